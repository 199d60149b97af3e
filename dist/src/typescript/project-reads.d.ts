/**
 * The folder of the nearest package.json above `file`, or null: asked for every caller site a
 * rule weighs, each folder is looked at once (project-folder.ts).
 */
export declare function projectRoot(file: string): string | null;
/**
 * Whether `other`, a module of the project of `file`, is test code, judged by its path inside
 * the project (`test/...`), not by where the run started: an absolute path outside the working
 * folder is otherwise judged by its name alone.
 */
export declare function isProjectTest(other: string, file: string): boolean;
/** Forgets the projects' files read so far (path-caches.ts: a long-lived process sees modules come, go and change). */
export declare function forgetProjectSources(): void;
/** The project's JS/TS files (absolute path -> text), read once per project until forgotten; null for a huge tree. */
export declare function sources(root: string): Map<string, string> | null;
/**
 * Ex) `inst.stdout.on('data', ...)`, `browser.stderr.pipe(log)`, `createInterface({ input: x.stdout })`:
 * any read of `.<key>` in another module of the project, except the parent's own `process.<key>`
 * and assignments to it. True when it cannot be told (no package.json, a huge tree).
 */
export declare function projectReadsMember(file: string, key: string): boolean;
