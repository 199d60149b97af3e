import type { Colors } from 'picocolors/types.js';
import type { RunReport } from './model.js';
/**
 * `--statistics`: one line per rule with its count instead of the findings, as ruff does;
 * `[*]` marks rules whose findings all have a safe fix. JSON for `--format json`, else text.
 */
export declare function formatStatistics(report: RunReport, json: boolean, c: Colors): string;
