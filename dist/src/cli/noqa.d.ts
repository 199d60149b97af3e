import { type FileResult } from '../engine.js';
import { type Target } from '../read.js';
import type { Settings } from '../settings.js';
/**
 * `check --add-noqa`: writes a suppression comment for every finding into the files (see
 * fix/noqa.ts for where each goes), then checks each file before writing it: the code without
 * comments is the same as before, the findings that got a comment are gone, and the parser
 * finds no new syntax error. A file that fails a check is left as it was and named on stderr.
 * Files keep their encoding, BOM, line endings and mode (writeDecoded, writeAtomic).
 * Exit 0 when every finding got its comment, 1 when some could not (they are listed).
 */
export declare function addNoqa(results: FileResult[], list: Target[], settings: Settings, options: {
    quiet: boolean;
}): Promise<number>;
