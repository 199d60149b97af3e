/** The folder of the nearest package.json above `file`, or null. */
export declare function projectRoot(file: string): string | null;
/** The project's JS/TS files (absolute path -> text), read once per project; null for a huge tree. */
export declare function sources(root: string): Map<string, string> | null;
/**
 * Ex) `inst.stdout.on('data', ...)`, `browser.stderr.pipe(log)`, `createInterface({ input: x.stdout })`:
 * any read of `.<key>` in another module of the project, except the parent's own `process.<key>`
 * and assignments to it. True when it cannot be told (no package.json, a huge tree).
 */
export declare function projectReadsMember(file: string, key: string): boolean;
