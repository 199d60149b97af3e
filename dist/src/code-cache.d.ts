/**
 * Records that this run used a part of the program (`check`, `python`, `js`...). V8 puts in a
 * cache the functions the run that wrote it had compiled, so a cache written by a run over an
 * empty folder would leave a Python run to compile its rules on every start: a run that used a
 * part its cache was not made with writes the cache again at exit, with the functions of both.
 */
export declare function codeCacheUses(part: string): void;
/**
 * V8's flags for the WebAssembly optimizing tier, as a process starts with them.
 * `--liftoff-only` turns off dynamic tiering and tier-up too (flag implications), and
 * `--no-liftoff-only` alone does not turn them back on: the parser then kept its baseline code
 * (parsing the Python install's candidates took 1.3-1.4x the CPU).
 */
export declare const OPTIMIZING_TIER = "--no-liftoff-only --wasm-dynamic-tiering --wasm-tier-up";
/**
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its folder, size and mtime, this Node and its V8 flags (`cachedDataVersionTag`). A missing or
 * rejected cache is written at exit (the process is done with V8's flags by then), holding
 * the functions this run compiled; so is one made by runs that used less of the program than
 * this one (codeCacheUses), among the `parts` that matter for the file (all when not given).
 * Null when no cache folder can be used (the caller then requires the file as usual).
 */
export declare function requireWithCodeCache(file: string, parts?: readonly string[]): unknown;
