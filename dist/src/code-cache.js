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
/**
 * Deletes the caches of other builds of the file `w` caches (another size or mtime, same Node,
 * arch and flags): an upgrade or a rebuild leaves one cache a file, not one a build.
 */
function removeStale(w) {
    const dir = path.dirname(w.file);
    const own = path.basename(w.file);
    for (const name of fs.readdirSync(dir)) {
        if (name !== own && name.startsWith(w.stale.prefix) && name.endsWith(w.stale.suffix))
            fs.rmSync(path.join(dir, name), { force: true });
    }
}
const pending = [];
let writesAtExit = false;
/**
 * V8 flags a run may change after start-up: `--liftoff-only` (cli/start.ts sets it,
 * engine.loadPythonParser may take it back). A cache records the flags it was made under and
 * is rejected under others, so a cache compiled before the run changed one is written with
 * the flag put back as it was.
 */
const TOGGLED_FLAGS = ['--liftoff-only', '--no-liftoff-only'];
function writePending() {
    const v8 = process.getBuiltinModule('node:v8');
    for (const flags of [null, ...TOGGLED_FLAGS]) {
        if (!pending.length)
            return;
        if (flags)
            v8.setFlagsFromString(flags);
        const tag = v8.cachedDataVersionTag();
        for (const w of pending.filter((p) => p.tag === tag)) {
            pending.splice(pending.indexOf(w), 1);
            try {
                const tmp = `${w.file}.${process.pid}.tmp`;
                fs.writeFileSync(tmp, w.script.createCachedData(), { mode: 0o600 });
                fs.renameSync(tmp, w.file);
                removeStale(w);
            }
            catch {
                // No cache this time; the next run tries again.
            }
        }
    }
}
/**
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its size and mtime, this Node and its V8 flags (`cachedDataVersionTag`). A missing or
 * rejected cache is written at exit (the process is done with V8's flags by then), holding
 * the functions this run compiled. Null when no cache folder can be used (the caller then
 * requires the file as usual).
 */
export function requireWithCodeCache(file) {
    const dir = cacheDir();
    if (!dir)
        return null;
    const { Script } = process.getBuiltinModule('node:vm');
    const { wrap } = process.getBuiltinModule('node:module');
    const st = fs.statSync(file);
    const tag = process.getBuiltinModule('node:v8').cachedDataVersionTag();
    const safe = (text) => text.replace(/[^\w.-]/g, '_');
    const stale = { prefix: `${safe(path.basename(file))}-`, suffix: `-${safe(`${process.version}-${process.arch}-${tag}`)}.v8cache` };
    const key = `${stale.prefix}${st.size}-${Math.floor(st.mtimeMs)}${stale.suffix}`;
    const cacheFile = path.join(dir, key);
    let cachedData;
    try {
        cachedData = fs.readFileSync(cacheFile);
    }
    catch {
        cachedData = undefined;
    }
    const bytes = fs.readFileSync(file);
    // An ASCII file (the CLI's bundle) becomes a one-byte string by a copy; UTF-8 is decoded.
    const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const script = new Script(wrap(text), { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) {
        if (!writesAtExit)
            process.once('exit', writePending);
        writesAtExit = true;
        pending.push({ script, file: cacheFile, tag, stale });
    }
    const module = { exports: {} };
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    return module.exports;
}
