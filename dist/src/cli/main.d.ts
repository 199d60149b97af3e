import { type Format } from '../report/index.js';
import type { Strategy } from '../types.js';
/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
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
/**
 * popenlint's own version, from its own package.json (found from this module, wherever the
 * bundle or tsc put it), whoever depends on it: yargs' default would find the package.json
 * of the project popenlint is installed in.
 */
export declare function version(): string;
export declare function main(rawArgv: string[]): Promise<number>;
