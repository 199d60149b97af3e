import type { FileResult } from '../finding.js';
import { type Target } from '../read.js';
import type { Strategy } from '../types.js';
import type { Settings } from '../settings.js';
export interface FixRunOptions {
    strategy?: Strategy;
    unsafe: boolean;
    diff: boolean;
}
export interface FixFileResult {
    result: FileResult;
    applied: number;
    unsafeAvailable: number;
    /** Unified diff (with --diff) or the fixed text (stdin). */
    output: string | null;
    changed: boolean;
}
/** Fixes one file; an unexpected failure becomes that file's E902, never the run's end. */
export declare function fixTarget(t: Target, settings: Settings, options: FixRunOptions): Promise<FixFileResult>;
