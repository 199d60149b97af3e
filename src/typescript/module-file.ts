import fs from 'node:fs';
import path from 'node:path';

// Where a relative specifier of a module of the project leads on disk.

const MODULE_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts'];
const EXTENSION_RE = /\.([cm]?[jt]sx?)$/i;

// Asked for each relative specifier of every module of the project that names a wrapper's name,
// for each wrapper and each child a rule follows into other modules (module-importers.ts): up to
// 33 stats a specifier, the same ones again and again. Kept until forgetModuleFiles.
const FOUND = new Map<string, string | null>();

/** Forgets the files found so far (path-caches.ts: a long-lived process sees modules come and go). */
export function forgetModuleFiles(): void {
  FOUND.clear();
}

/** The file a relative specifier names: as written, with an extension added, its index, or TS's `./x.js` for x.ts. */
export function moduleFile(base: string): string | null {
  let found = FOUND.get(base);
  if (found === undefined) FOUND.set(base, (found = lookUp(base)));
  return found;
}

function lookUp(base: string): string | null {
  const stem = base.replace(EXTENSION_RE, '');
  const candidates = [base, ...MODULE_EXTENSIONS.map((e) => base + e), ...MODULE_EXTENSIONS.map((e) => stem + e), ...MODULE_EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // Not this one.
    }
  }
  return null;
}
