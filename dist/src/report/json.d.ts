import type { RunReport } from './model.js';
/** The contract of DESIGN.md: 1-based lines and code-point columns, `fix` null or the chosen one. */
export declare function formatJson(report: RunReport): string;
