import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ts as TS } from 'ts-morph';

/**
 * The TypeScript compiler API bundled with ts-morph. Requiring it costs half a second or more,
 * so it is loaded on the first JS/TS file that survives the prefilter, never at startup.
 * Modules of the front-end and the JS rules read the live binding `ts`, which is set before any
 * of their functions runs (lintJsText calls loadTs first).
 */
export type Ts = typeof TS;

export let ts: Ts = undefined as unknown as Ts;

export function loadTs(): Ts {
  if (!ts) ts = requireTypeScript();
  return ts;
}

/**
 * ts-morph's `ts` is the TypeScript that @ts-morph/common bundles (typescript.js, 9 MB), and it is
 * all we use: required alone it skips ts-morph's own code, and compiled with a V8 code cache
 * it loads in about half the time (some 100 ms less for a run over one small JS file).
 */
function requireTypeScript(): Ts {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js');
  } catch {
    return (require('ts-morph') as { ts: Ts }).ts;
  }
  return (loadWithCodeCache(file) ?? require(file)) as Ts;
}

/**
 * The user's own cache folder for V8 code caches: created private (0700) under the temporary
 * folder, and used only while it is still a private folder of this user, since code cache data
 * is trusted by V8. Null when there is none (Windows, another owner, a read-only disk).
 */
function cacheDir(): string | null {
  if (typeof process.getuid !== 'function') return null;
  const dir = path.join(os.tmpdir(), `popenlint-${process.getuid()}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o077) === 0 ? dir : null;
  } catch {
    return null;
  }
}

/**
 * Requires a CommonJS file through vm.Script with a code cache kept in cacheDir(), keyed by the
 * file, its size and mtime, and this Node. A missing or rejected cache is written at exit, by
 * then holding the functions this run compiled. Null when no cache folder can be used.
 */
function loadWithCodeCache(file: string): unknown {
  const dir = cacheDir();
  if (!dir) return null;
  const { Script } = process.getBuiltinModule('node:vm');
  const { wrap } = process.getBuiltinModule('node:module') as unknown as { wrap(source: string): string };
  const st = fs.statSync(file);
  const key = `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const cacheFile = path.join(dir, `${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
      } catch {
        // No cache this time; the next run tries again.
      }
    });
  }
  return module.exports;
}
