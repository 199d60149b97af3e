/** Forgets the files found so far (path-caches.ts: a long-lived process sees modules come and go). */
export declare function forgetModuleFiles(): void;
/** The file a relative specifier names: as written, with an extension added, its index, or TS's `./x.js` for x.ts. */
export declare function moduleFile(base: string): string | null;
