import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
export let ts = undefined;
export function loadTs() {
    if (!ts)
        ts = requireTypeScript();
    return ts;
}
/**
 * ts-morph's `ts` is the TypeScript that @ts-morph/common bundles (typescript.js, 9 MB), and it is
 * all we use: required alone it skips ts-morph's own code, and compiled with a V8 code cache
 * it loads in about half the time (some 100 ms less for a run over one small JS file).
 */
function requireTypeScript() {
    const require = createRequire(import.meta.url);
    let file;
    try {
        file = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
    }
    catch {
        return require('ts-morph').ts;
    }
    return (loadWithCodeCache(file) ?? require(file));
}
/**
 * The user's own cache folder for V8 code caches: created private (0700) under the temporary
 * folder, and used only while it is still a private folder of this user, since code cache data
 * is trusted by V8. Null when there is none (Windows, another owner, a read-only disk).
 */
function cacheDir() {
    if (typeof process.getuid !== 'function')
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
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its size and mtime, and this Node. A missing or rejected cache is written at exit, by
 * then holding the functions this run compiled. Null when no cache folder can be used.
 */
function loadWithCodeCache(file) {
    const dir = cacheDir();
    if (!dir)
        return null;
    const { Script } = process.getBuiltinModule('node:vm');
    const { wrap } = process.getBuiltinModule('node:module');
    const st = fs.statSync(file);
    const key = `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
    const cacheFile = path.join(dir, `${key}.v8cache`);
    let cachedData;
    try {
        cachedData = fs.readFileSync(cacheFile);
    }
    catch {
        cachedData = undefined;
    }
    const script = new Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
    const module = { exports: {} };
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    if (!cachedData || script.cachedDataRejected) {
        process.once('exit', () => {
            try {
                const tmp = `${cacheFile}.${process.pid}.tmp`;
                fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
                fs.renameSync(tmp, cacheFile);
            }
            catch {
                // No cache this time; the next run tries again.
            }
        });
    }
    return module.exports;
}
