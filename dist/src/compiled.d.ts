/**
 * JavaScript that tsc wrote from a TypeScript source in the same tree (`built/x.js` from
 * `src/x.ts`, the `outDir` of the nearest tsconfig.json): the same code twice, so every finding
 * twice, the copy one nobody edits. The source is linted; the copy is skipped, but only when its
 * source is really there (a package that ships its compiled output alone keeps it linted).
 */
export declare function compiledSource(file: string): string | null;
