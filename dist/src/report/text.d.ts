import type { Colors } from 'picocolors/types.js';
import type { OutputFinding, RunReport } from './model.js';
/** ruff-style: location, id, name, message, the source line with a caret, the fix on offer. */
export declare function formatText(report: RunReport, c: Colors): string;
export declare function formatConcise(report: RunReport, c: Colors): string;
/** The findings alone, as text or concise prints them (a streamed run prints them file by file). */
export declare function formatFindings(findings: readonly OutputFinding[], c: Colors, concise: boolean): string;
export declare function summaryLine(report: RunReport, c: Colors): string;
/** `--quiet`: the text without its summary lines (the findings' count, the hidden ones). */
export declare function dropSummaryLines(text: string): string;
