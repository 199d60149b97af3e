import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
/**
 * V8 code caches for the CommonJS files a run compiles most of: the CLI's bundle
 * (dist/bundle/cli.cjs, see cli/start.ts) and TypeScript (typescript/load.ts). Node 20 caches no
 * compiled code of its own (no module.enableCompileCache), so each file is compiled through
 * vm.Script with the cache this user's earlier run left. The cache changes how fast a run
 * starts, never what it does: a missing, stale or rejected cache means a normal compile, and
 * a folder that cannot be written means no cache at all.
 */
/**
 * The user's own cache folder: created private (0700) under the temporary folder, and used
 * only while it is still a private folder of this user, since code cache data is trusted by
 * V8. Null when there is none (Windows, another owner, a read-only disk) or the user turned
 * caches off (`POPENLINT_NO_CACHE=1`).
 */
function cacheDir() {
    if (typeof process.getuid !== 'function' || process.env.POPENLINT_NO_CACHE)
        return null;
    const dir = path.join(os.tmpdir(), `popenlint-${process.getuid()}`);
    try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const st = fs.lstatSync(dir);
        return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o077) === 0 ? dir : null;
    }
    catch {
        return null;
    }
}
const STATE = Symbol.for('popenlint.code-cache');
const state = (globalThis[STATE] ??= { loaded: [], used: new Set(), writesAtExit: false });
/**
 * Records that this run used a part of the program (`check`, `python`, `js`...). V8 puts in a
 * cache the functions the run that wrote it had compiled, so a cache written by a run over an
 * empty folder would leave a Python run to compile its rules on every start: a run that used a
 * part its cache was not made with writes the cache again at exit, with the functions of both.
 */
export function codeCacheUses(part) {
    state.used.add(part);
}
/**
 * A cache file is a header line naming the parts it was made with, then V8's data. Null when
 * the header is not there (a damaged file, or one of an older build).
 */
const HEADER = 'popenlint-code-cache 1 ';
function readCache(bytes) {
    if (bytes.toString('latin1', 0, HEADER.length) !== HEADER)
        return null;
    const nl = bytes.indexOf(10, HEADER.length);
    if (nl < 0 || nl > 1024)
        return null;
    const list = bytes.toString('latin1', HEADER.length, nl);
    return { made: new Set(list ? list.split(',') : []), data: bytes.subarray(nl + 1) };
}
/**
 * The parts a file's cache should be made with after this run: those it was made with and those
 * this run used that matter for it; null when the cache it has already holds them.
 */
function partsToWrite(l) {
    const want = new Set(l.made ?? []);
    for (const part of state.used)
        if (!l.parts || l.parts.includes(part))
            want.add(part);
    return !l.made || want.size > l.made.size ? want : null;
}
/**
 * Deletes the caches of other builds of the file `l` caches (same folder, another size or
 * mtime, same Node, arch and flags): an upgrade or a rebuild leaves one cache a file, not one a build.
 */
function removeStale(l) {
    const dir = path.dirname(l.file);
    const own = path.basename(l.file);
    for (const name of fs.readdirSync(dir)) {
        if (name !== own && name.startsWith(l.stale.prefix) && name.endsWith(l.stale.suffix))
            fs.rmSync(path.join(dir, name), { force: true });
    }
}
/**
 * V8's flags for the WebAssembly optimizing tier, as a process starts with them.
 * `--liftoff-only` turns off dynamic tiering and tier-up too (flag implications), and
 * `--no-liftoff-only` alone does not turn them back on: the parser then kept its baseline code
 * (parsing the Python install's candidates took 1.3-1.4x the CPU).
 */
export const OPTIMIZING_TIER = '--no-liftoff-only --wasm-dynamic-tiering --wasm-tier-up';
/**
 * V8 flags a run may change after start-up: `--liftoff-only` (cli/start.ts sets it,
 * engine.loadPythonParser may take it back: OPTIMIZING_TIER). A cache records the flags it was made under and
 * is rejected under others, so a cache compiled before the run changed one is written with
 * the flag put back as it was.
 */
const TOGGLED_FLAGS = ['--liftoff-only', OPTIMIZING_TIER];
function writeAtExit() {
    const writes = state.loaded.map((l) => ({ l, parts: partsToWrite(l) })).filter((w) => w.parts);
    state.loaded = [];
    const v8 = process.getBuiltinModule('node:v8');
    for (const flags of [null, ...TOGGLED_FLAGS]) {
        if (!writes.length)
            return;
        if (flags)
            v8.setFlagsFromString(flags);
        const tag = v8.cachedDataVersionTag();
        for (const w of writes.filter((x) => x.l.tag === tag)) {
            writes.splice(writes.indexOf(w), 1);
            try {
                const tmp = `${w.l.file}.${process.pid}.tmp`;
                const header = Buffer.from(`${HEADER}${[...w.parts].sort().join(',')}\n`, 'latin1');
                fs.writeFileSync(tmp, Buffer.concat([header, w.l.script.createCachedData()]), { mode: 0o600 });
                fs.renameSync(tmp, w.l.file);
                removeStale(w.l);
            }
            catch {
                // No cache this time; the next run tries again.
            }
        }
    }
}
/** FNV-1a of a path, 8 hex digits (node:crypto costs a small run start-up time). */
function pathHash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16).padStart(8, '0');
}
/**
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its folder, size and mtime, this Node and its V8 flags (`cachedDataVersionTag`). A missing or
 * rejected cache is written at exit (the process is done with V8's flags by then), holding
 * the functions this run compiled; so is one made by runs that used less of the program than
 * this one (codeCacheUses), among the `parts` that matter for the file (all when not given).
 * Null when no cache folder can be used (the caller then requires the file as usual).
 */
export function requireWithCodeCache(file, parts) {
    const dir = cacheDir();
    if (!dir)
        return null;
    const { Script } = process.getBuiltinModule('node:vm');
    const { wrap } = process.getBuiltinModule('node:module');
    const st = fs.statSync(file);
    const tag = process.getBuiltinModule('node:v8').cachedDataVersionTag();
    const safe = (text) => text.replace(/[^\w.-]/g, '_');
    // The file's folder is part of the key: two installs used by one user (two projects, two
    // worktrees) keep a cache each, instead of deleting each other's on every run (removeStale).
    const stale = { prefix: `${safe(path.basename(file))}-${pathHash(path.dirname(file))}-`, suffix: `-${safe(`${process.version}-${process.arch}-${tag}`)}.v8cache` };
    const key = `${stale.prefix}${st.size}-${Math.floor(st.mtimeMs)}${stale.suffix}`;
    const cacheFile = path.join(dir, key);
    let cache = null;
    try {
        cache = readCache(fs.readFileSync(cacheFile));
    }
    catch {
        cache = null;
    }
    const bytes = fs.readFileSync(file);
    // An ASCII file (the CLI's bundle) becomes a one-byte string by a copy; UTF-8 is decoded.
    const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const script = new Script(wrap(text), { filename: file, cachedData: cache?.data });
    if (!state.writesAtExit)
        process.once('exit', writeAtExit);
    state.writesAtExit = true;
    state.loaded.push({ script, file: cacheFile, tag, stale, made: cache && !script.cachedDataRejected ? cache.made : null, parts: parts ?? null });
    const module = { exports: {} };
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    return module.exports;
}
