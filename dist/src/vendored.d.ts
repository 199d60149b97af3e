/**
 * Vendored bundles are not the user's code: Yarn's checked-in release (`.yarn/releases/yarn-*.cjs`,
 * 2-4 MB that name child_process hundreds of times), minified files, and generated files whose
 * lines run to thousands of characters, and JavaScript tsc compiled from a TypeScript source
 * in the tree (see compiled.ts). Linting them costs seconds per file and reports what
 * the user cannot fix. Skipped by default; `skip-vendored = false` in the config lints them,
 * `vendored-line-length` sets the line length that marks a generated file (0: never).
 */
export interface VendoredOptions {
    skip: boolean;
    /** A line longer than this (in bytes) marks a generated file; 0 turns the test off. */
    lineLength: number;
}
export declare const DEFAULT_VENDORED: VendoredOptions;
/** Why a JS/TS file counts as vendored, or null. */
export declare function vendoredReason(path: string, bytes: Buffer, options?: VendoredOptions): string | null;
/**
 * Why a Python file counts as vendored, or null: it sits below a folder whose name says it holds
 * third-party code (`vendor`, `_vendor`, `third_party`...), or in a package that carries a release
 * of its own (its own setup.py, LICENSE or `__version__`) inside a folder often used for copies
 * (`ext`, `lib`, `deps`...) that holds at least three such packages. A project's own package in
 * `lib/` (no version of its own, or the only one there) stays linted.
 */
export declare function vendoredPythonReason(path: string, options?: VendoredOptions, namedFolder?: string): string | null;
