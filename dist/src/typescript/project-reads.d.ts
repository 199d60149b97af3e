/**
 * Ex) `inst.stdout.on('data', ...)`, `browser.stderr.pipe(log)`, `createInterface({ input: x.stdout })`:
 * any read of `.<key>` in another module of the project, except the parent's own `process.<key>`
 * and assignments to it. True when it cannot be told (no package.json, a huge tree).
 */
export declare function projectReadsMember(file: string, key: string): boolean;
