import { type Format, type FormatOptions } from '../report/index.js';
import type { RunReport } from '../report/model.js';
/**
 * Several reports from one run: `--format` says what goes to stdout (or --output-file), and
 * each `--report FORMAT:PATH` writes one more report of the same findings to a file, so CI
 * lints once and gets annotations, SARIF and a Markdown summary together.
 */
export declare class ReportError extends Error {
}
export interface ReportSpec {
    format: Format;
    path: string;
}
/** `sarif:out/popenlint.sarif` -> { format, path }. The format is everything before the first colon. */
export declare function parseReportSpec(spec: string): ReportSpec;
export declare function parseReportSpecs(specs: string[] | string | undefined): ReportSpec[];
/** Writes a report file, creating its folder; a failure is one line naming the file. */
export declare function writeReport(file: string, text: string): void;
/** The repository's CODEOWNERS (GitHub's and GitLab's locations), or undefined when there is none. */
export declare function loadCodeOwners(root: string): FormatOptions['owners'];
/**
 * `--changed-first REF`: findings in files that differ from REF come first, in their usual order,
 * then the others. GitHub shows only 10 annotations of each type per step, so the ones a pull
 * request is about must not be crowded out. A ref git cannot resolve keeps the usual order
 * (with a warning): ordering must never fail a run.
 */
export declare function changedFirst(report: RunReport, ref: string, cwd: string, warn: (message: string) => void): void;
