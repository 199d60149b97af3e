import fs from 'node:fs';
import path from 'node:path';

// Where a relative specifier of a module of the project leads on disk.

const MODULE_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts'];
const EXTENSION_RE = /\.([cm]?[jt]sx?)$/i;

/** The file a relative specifier names: as written, with an extension added, its index, or TS's `./x.js` for x.ts. */
export function moduleFile(base: string): string | null {
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
