import { type FileResult } from '../finding.js';
import type { Strategy } from '../types.js';
import type { CommonArgs } from './args.js';
/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
export declare function useColor(args: CommonArgs): boolean;
/** The report goes to -o (its folders created), else to `stream` (stdout; stderr beside a patch). */
export declare function emit(args: CommonArgs, text: string, stream?: NodeJS.WritableStream): void;
/**
 * popenlint's own version, from its own package.json (found from this module, wherever the
 * bundle or tsc put it), whoever depends on it: yargs' default would find the package.json
 * of the project popenlint is installed in.
 */
export declare function version(): string;
/**
 * popenlint's own failures, one line each on stderr whatever the format (JSON and SARIF also
 * carry them); with --debug, where they happened. They make the run exit 2.
 */
export declare function reportErrors(args: CommonArgs, results: FileResult[]): number;
/**
 * Formats the run once for stdout (or --output-file) and once per `--report FORMAT:PATH`, all
 * from the same findings. Returns the main text; the extra reports are written here.
 */
export declare function render(args: CommonArgs, results: FileResult[], strategy: Strategy | ((r: FileResult) => Strategy)): Promise<{
    text: string;
    count: Tally;
}>;
/** Findings by severity, for the exit status. */
export interface Tally {
    errors: number;
    warnings: number;
}
export declare function tally(findings: readonly {
    severity: string;
}[]): Tally;
/**
 * The exit status of a run that found `count` (ESLint's contract): 1 when there is an error, or
 * more warnings than --max-warnings allows; warnings alone do not fail the run.
 */
export declare function findingsExit(args: CommonArgs, count: Tally): number;
/** A bad command line: one line on stderr, exit 2. */
export declare class UsageError extends Error {
}
