import { parentPort } from 'node:worker_threads';
import type { FileResult } from '../finding.js';
import { crashed, lintTarget } from '../read.js';
import { cacheFolderListings } from '../folder-listing.js';
import { takeTextSummaries, type TextSummary } from '../python/wrapper-prefilter.js';
import type { EngineOptions, Language } from '../types.js';
import { parseCounts } from '../python/parse-counts.js';

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

if (parentPort) {
  const port = parentPort;
  // A worker lives for one run over a fixed set of files (see cacheFolderListings).
  cacheFolderListings(true);
  let reported = 0;
  const parses = () => {
    const n = parseCounts.parses - reported;
    reported = parseCounts.parses;
    return n;
  };
  port.on('message', async (m: WorkerMessage) => {
    const { task } = m;
    // The import graph the CLI's prefilter already followed is not followed again here.
    takeTextSummaries(m.summaries);
    let reply: WorkerReply;
    try {
      const r = await lintTarget({ path: task.path, abs: task.abs, language: task.language }, task.engine, undefined, task.prefiltered);
      const result: WireResult = { path: r.path, language: r.language, findings: r.findings, diagnostics: r.diagnostics, parsed: r.parsed };
      if (r.decoded) result.decoded = r.decoded;
      if (r.errors) result.errors = r.errors;
      if (r.hidden) result.hidden = r.hidden;
      reply = { index: m.index, result, parses: parses() };
      port.postMessage(reply);
    } catch (e) {
      // lintTarget turns file problems into diagnostics; this is a bug (say, a result that cannot
      // be cloned): report it for this file, as a serial run would, and keep the worker.
      reply = { index: m.index, result: crashed(task, e), parses: parses() };
      port.postMessage(reply);
    }
  });
}
