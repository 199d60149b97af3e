import type { Format } from '../report/index.js';
import type { EvidenceLevel } from '../knowledge/evidence.js';
import type { Strategy } from '../types.js';
/** The command line as main.ts reads it (through yargs, or quick-args.ts for a plain `check`). */
export interface CommonArgs {
    paths: string[];
    format: Format;
    select?: string[];
    'extend-select'?: string[];
    ignore?: string[];
    exclude?: string[];
    'extend-exclude'?: string[];
    config?: string;
    'stdin-filename'?: string;
    'force-exclude': boolean;
    'exit-zero': boolean;
    /** The weakest evidence reported: known (default), likely, possible (knowledge/evidence.ts). */
    evidence?: EvidenceLevel;
    /** Warnings fail the run once there are more than this many (ESLint's flag); unset: never. */
    'max-warnings'?: number;
    quiet: boolean;
    color?: boolean;
    strategy?: Strategy;
    'target-version'?: string;
    'output-file'?: string;
    statistics: boolean;
    'changed-since'?: string;
    jobs?: number;
    debug: boolean;
    report?: string[] | string;
    'changed-first'?: string;
    'suppressions-location'?: string;
}
export interface CheckArgs extends CommonArgs {
    'suppress-all': boolean;
    'suppress-rule'?: string[];
    'prune-suppressions': boolean;
    'add-noqa': boolean;
}
export interface FixArgs extends CommonArgs {
    'unsafe-fixes': boolean;
    diff: boolean;
}
