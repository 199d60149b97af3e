import { type FileResult } from '../finding.js';
import type { Strategy } from '../types.js';
/**
 * `check --format text|concise` prints each file's findings as soon as that file and every file
 * before it are done, in the order the report would list them (paths sorted), then the summary:
 * the output is the same as the one report printed at the end, but it starts early and a file's
 * text is let go once printed. Only where nothing after the lint can change or reorder the
 * findings: no bulk suppressions file, no --statistics, --changed-first, --report or
 * --output-file, and targets already in the report's order (see streamable).
 */
export declare class TextStream {
    private readonly count;
    private readonly concise;
    private readonly color;
    private readonly quiet;
    private readonly strategy;
    private readonly write;
    private next;
    private readonly ready;
    private files;
    private findings;
    private warnings;
    private safe;
    private unsafe;
    private readonly hidden;
    constructor(count: number, concise: boolean, color: boolean, quiet: boolean, strategy: (r: FileResult) => Strategy, write: (text: string) => void);
    /** A file's result (any order): printed once all those before it are. */
    readonly take: (index: number, r: FileResult) => void;
    private print;
    /** The summary line, once every file is printed; the findings by severity. */
    finish(): {
        errors: number;
        warnings: number;
    };
    private filter;
}
/** A bulk suppressions file would filter findings after the run. */
export declare function suppressionsFileExists(location: string): boolean;
