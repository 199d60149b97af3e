/**
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its size and mtime, this Node and its V8 flags (`cachedDataVersionTag`). A missing or
 * rejected cache is written at exit (the process is done with V8's flags by then), holding
 * the functions this run compiled. Null when no cache folder can be used (the caller then
 * requires the file as usual).
 */
export declare function requireWithCodeCache(file: string): unknown;
