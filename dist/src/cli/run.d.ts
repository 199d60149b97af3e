import type { FileResult } from '../finding.js';
import { type Target } from '../read.js';
import type { EngineOptions } from '../types.js';
import type { Settings } from '../settings.js';
export interface RunInput {
    paths: string[];
    stdinFilename?: string;
    forceExclude: boolean;
}
/** Paths (or stdin) -> lint targets, plus per-path problems such as a missing file. */
export declare function targets(input: RunInput, settings: Settings): Promise<{
    targets: Target[];
    results: FileResult[];
    passthrough?: Buffer;
}>;
export interface LintOptions {
    /** Worker threads; default os.availableParallelism(). 1 = lint on the main thread. */
    jobs?: number;
    /** Progress bar on stderr; default: only when stderr is a TTY and CI is unset (see progressWanted). */
    progress?: boolean;
    /** Build fix edits (see EngineOptions.fixEdits); default true. */
    fixEdits?: boolean;
    /** Called with each file's result as it is done (in any order), before lintTargets returns. */
    onResult?: (index: number, r: FileResult) => void;
    /** Filled in with how the run went: the worker threads it started, the Python parses of all threads. */
    stats?: {
        workers: number;
        parses?: number;
    };
}
/**
 * Workers start once the candidates (files past the prefilter) add up to this many bytes, or
 * this many files: below that, starting a worker (about 0.1 s: a thread, the engine and the
 * parser to load) costs more than it saves. Parsing costs roughly 1 ms per KB.
 */
export declare const PARALLEL_MIN_BYTES: number;
export declare const PARALLEL_MIN_CANDIDATES = 12;
/** From this many files, folder listings answer the stat calls of import resolution (see cacheFolderListings). */
export declare const LISTINGS_MIN_FILES = 64;
/**
 * Threads worth starting: the cores that are idle, as the load average counts them (like
 * `make -l`). A worker on a core that other work keeps busy only adds its start-up (a thread,
 * the engine, the parser) and competes with the main thread: on a 2-core machine at load 12,
 * a run over a Python install took 6.7 s with a worker and 4.3 s without.
 */
export declare function defaultJobs(cores?: number, load?: number): number;
/**
 * Lints every target and returns one result per target, in the order given; each result's
 * findings are sorted by position. Files are read and prefiltered on the main thread; once
 * enough work survives the prefilter (see PARALLEL_MIN_BYTES) and jobs > 1, the candidates go
 * to worker threads by path. The output is the same whatever the number of jobs.
 */
export declare function lintTargets(list: Target[], settings: Settings, options?: LintOptions): Promise<FileResult[]>;
/** A target's engine options: its settings', with the folder named that holds it. */
export declare function engineFor(settings: Settings, t: Target): EngineOptions;
