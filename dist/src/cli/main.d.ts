/** Exit codes: 0 clean, 1 findings, 2 usage/config/internal error. */
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
export declare function main(argv: string[]): Promise<number>;
