import type { FileResult } from '../finding.js';
import { type Target } from '../read.js';
import type { WorkerTask } from './worker.js';
/**
 * Worker threads that lint files by path (see worker.ts). Each worker loads the engine, never
 * the CLI. Results come back in whatever order the workers finish; `finish` places them.
 */
export interface Pool {
    submit(index: number, task: WorkerTask): void;
    /** Lints queued tasks on the calling thread until the queue is empty. */
    help(): Promise<void>;
    /** Resolves when every submitted task has a result. */
    drain(): Promise<void>;
    close(): Promise<void>;
    /** Worker threads started so far. */
    readonly started: number;
    /** Python parses the workers made (reported with their results). */
    readonly parses: number;
}
/**
 * Starts `size` workers; `list` holds the targets that task indexes refer to. `modulesOf` names
 * the modules whose summaries linting a task may parse: a task goes to the thread that already
 * claimed them, so that a module is summarised (parsed) in one thread only.
 */
export declare function startPool(size: number, finish: (index: number, r: FileResult) => void, list: Target[], modulesOf?: (index: number) => string[]): Promise<Pool>;
