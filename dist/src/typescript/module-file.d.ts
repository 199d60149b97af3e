/** The file a relative specifier names: as written, with an extension added, its index, or TS's `./x.js` for x.ts. */
export declare function moduleFile(base: string): string | null;
