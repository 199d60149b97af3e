import type { FileResult } from '../finding.js';
import { type TextSummary } from '../python/wrapper-prefilter.js';
import type { EngineOptions, Language } from '../types.js';
/**
 * A lint worker (see pool.ts; cli/run.ts decides when to start one). It gets a file by path, with the engine options
 * the main thread resolved for it, and answers with plain data: findings, diagnostics and,
 * only for a file with findings, its decoded text so the main thread can rebuild the
 * SourceText that reporters read lines and positions from.
 */
export interface WorkerTask {
    path: string;
    abs: string;
    language: Language;
    engine: EngineOptions;
    /** The main thread found the file to be a candidate: the prefilter is not run again. */
    prefiltered?: boolean;
}
/** What crosses the thread boundary: a FileResult without its SourceText (rebuilt from decoded). */
export type WireResult = Omit<FileResult, 'source'>;
/** A file to lint, with the prefilter's module summaries the worker has not had yet. */
export interface WorkerMessage {
    index: number;
    task: WorkerTask;
    summaries: TextSummary[];
}
export interface WorkerReply {
    index: number;
    result: WireResult;
    /** Parses this worker made since its last reply (LintOptions.stats). */
    parses: number;
}
