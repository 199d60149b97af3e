/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
/**
 * popenlint's own version, from its own package.json (found from this module, wherever the
 * bundle or tsc put it), whoever depends on it: yargs' default would find the package.json
 * of the project popenlint is installed in.
 */
export declare function version(): string;
export declare function main(rawArgv: string[]): Promise<number>;
