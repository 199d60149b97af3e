import fs from 'node:fs';
import path from 'node:path';

/**
 * Real paths, so that `.`, `..`, an absolute path, a trailing slash and a symlinked spelling of
 * the same tree are one place, and so are the paths a module resolver gives and the ones a
 * folder's listing gives.
 */

// Real paths by path: a folder's is looked up once (a file's is its folder's plus its name unless
// the file itself is a link), until forgetRealPaths.
const REAL = new Map<string, string>();

/** Forgets the real paths looked up so far (path-caches.ts: a long-lived process sees links and folders come and go). */
export function forgetRealPaths(): void {
  REAL.clear();
}

/** The real path of an absolute path; one not on disk is its folder's real path plus its name. */
export function realPath(abs: string): string {
  let real = REAL.get(abs);
  if (real === undefined) {
    try {
      real = fs.realpathSync.native(abs);
    } catch {
      // Not on disk (an editor's unsaved buffer, --stdin-filename): its folder's real path.
      const dir = path.dirname(abs);
      real = dir === abs ? abs : path.join(realPath(dir), path.basename(abs));
    }
    REAL.set(abs, real);
  }
  return real;
}

/** The part of `file` below `folder` (`tests/x.py`), by their real paths; null when it is not below it. */
export function partBelow(folder: string, file: string): string | null {
  const below = path.relative(realPath(path.resolve(folder)), realPath(path.resolve(file)));
  return below === '' || below === '..' || below.startsWith(`..${path.sep}`) || path.isAbsolute(below) ? null : below;
}

/** Whether `file` is `folder` or below it, by their real paths. */
export function isWithin(folder: string, file: string): boolean {
  return partBelow(folder, file) !== null || realPath(path.resolve(folder)) === realPath(path.resolve(file));
}
