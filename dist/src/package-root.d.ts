/**
 * The package's folder (the one holding its package.json): the same answer from src/ (tests),
 * dist/src/ (tsc's output, the API) and dist/bundle/ (the CLI's bundle), whose depths differ.
 */
export declare function packageRoot(): string;
