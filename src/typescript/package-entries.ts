import fs from 'node:fs';
import path from 'node:path';
import { moduleFile } from './module-file.js';
import { projectRoot } from './project-reads.js';
import { moduleKey } from './wrapper-index.js';

/**
 * Whether the package around a module hands it to code outside the repository, which may call any
 * of its exports: a library's entry. A package is an application when its package.json says
 * `"private": true`; otherwise the module is an entry when `main`, `module`, `browser`, `types`,
 * `bin` or `exports` names it (or names a file of the same name elsewhere, a build of it:
 * `dist/x.js` for `src/x.ts`, `lib/index.js` for the root's or src/'s index), when `exports` maps a pattern (`"./*"`), or when the package names
 * no entry and the module is its root `index.js`, which Node then loads. A module with no
 * package.json around it is published by nothing. An unreadable package.json could say anything.
 */

const ENTRY_FIELDS = ['main', 'module', 'browser', 'types', 'typings', 'bin', 'exports'] as const;

/** Ex) "main": "lib/index.js", "exports": { ".": { "import": "./esm/x.mjs" } }: every path a field names (keys of a map too). */
function entryPaths(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) entryPaths(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('.')) out.push(k);
      entryPaths(v, out);
    }
  }
}

const stem = (p: string): string => path.basename(p).replace(/\.(d\.)?[cm]?[jt]sx?$/i, '');

export function packageExposes(file: string): boolean {
  const root = projectRoot(file);
  if (!root) return false;
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return true;
  }
  if (!pkg || typeof pkg !== 'object') return true;
  if (pkg.private === true) return false;
  const abs = path.resolve(file);
  const key = moduleKey(abs);
  const entries: string[] = [];
  for (const field of ENTRY_FIELDS) entryPaths(pkg[field], entries);
  if (!entries.length) return key === moduleKey(path.join(root, 'index.js'));
  for (const e of entries) {
    if (e.includes('*')) return true;
    const target = moduleFile(path.resolve(root, e));
    if (target && moduleKey(target) === key) return true;
    // A build of the module under another folder (dist/x.js for src/x.ts): same name, same entry.
    if (stem(e) === stem(abs) && (stem(abs) !== 'index' || [root, path.join(root, 'src')].includes(path.dirname(abs)))) return true;
  }
  return false;
}
