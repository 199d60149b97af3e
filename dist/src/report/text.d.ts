import type { Colors } from 'picocolors/types.js';
import type { RunReport } from './model.js';
/** ruff-style: location, id, name, message, the source line with a caret, the fix on offer. */
export declare function formatText(report: RunReport, c: Colors): string;
export declare function formatConcise(report: RunReport, c: Colors): string;
export declare function summaryLine(report: RunReport, c: Colors): string;
