import type { RunReport } from './model.js';
/** The JSON contract (docs/formats.md): 1-based lines and code-point columns, `fix` null or the chosen one. */
export declare function formatJson(report: RunReport): string;
