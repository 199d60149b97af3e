import fs from 'node:fs';
import path from 'node:path';
import { entryExists as exists, folderListing as listing, isFile, isFileIn, NOTHING, parentFolder } from '../folder-listing.js';

/**
 * What `from pkg.mod import *` brings into a file when `pkg.mod` is one of the project's own
 * modules (shape 8 of issue 12): `from src.core import *` where src/core.py says
 * `import subprocess` makes `subprocess.Popen(...)` in the importing file a real Popen.
 *
 * Only the module's top-level import lines are read (no parse): `import a`, `import a as b`,
 * `from a import b, c as d`, `from a import *` (followed, a few levels deep). `__all__` limits
 * the names as Python does; names with a leading underscore are not exported. Results are
 * cached per module file for the whole run.
 */
const STDLIB_STARS: Record<string, string[]> = {
  os: ['popen', 'popen2', 'popen3', 'popen4', 'system'],
  subprocess: ['Popen', 'PIPE', 'DEVNULL', 'STDOUT', 'call', 'run'],
  popen2: ['popen2', 'popen3', 'popen4', 'Popen3', 'Popen4'],
  platform: ['popen'],
};

const cache = new Map<string, Map<string, string> | null>();

/**
 * A string cut from a module's text, copied before a cache keeps it: V8 makes a substring of 13
 * characters or more a view of the whole text, and a run over a tree kept 60 MB of module texts
 * alive through the module names and function names of its caches.
 */
export function ownCopy(s: string): string {
  // A JSON round trip makes a flat string of its own (a concatenation would still be a view).
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
const MAX_BYTES = 1 << 20;

/** The file a module name points to, from the importing file: relative imports from its folder, absolute ones from it and every folder above up to the repository root. */
const resolved = new Map<string, Map<string, string | null>>();

let lastFile = '';
let lastDir = '';

/** The folder of an importing file: the same file asks for each of its imports in turn (path.resolve makes garbage). */
function folderOf(fromFile: string): string {
  if (fromFile !== lastFile || !path.isAbsolute(fromFile)) {
    lastDir = path.dirname(path.resolve(fromFile));
    lastFile = fromFile;
  }
  return lastDir;
}

export function resolveModule(fromFile: string, moduleName: string): string | null {
  return resolveFrom(folderOf(fromFile), moduleName);
}

function resolveFrom(dir: string, moduleName: string): string | null {
  let inDir = resolved.get(dir);
  if (!inDir) resolved.set(dir, (inDir = new Map()));
  let hit = inDir.get(moduleName);
  if (hit === undefined) {
    hit = resolveUncached(dir, moduleName);
    inDir.set(moduleOf(moduleName).name, hit);
  }
  return hit;
}

interface ModuleName {
  name: string;
  dots: number;
  parts: string[];
  /** The parts but the last joined as a relative path (`a/b` for `a.b.c`), '' for one part; null when a part is no plain word (path.join then). */
  head: string | null;
  /** `<first part>.py` (the file a one-part name may be), made once. */
  file: string;
}

/**
 * A module name's own copy (kept by the caches, one per name rather than one per folder that
 * asks for it) and its parts: a tree's files ask for the same few thousand names from each of
 * their folders and every folder above.
 */
const modules = new Map<string, ModuleName>();

function moduleOf(moduleName: string): ModuleName {
  let hit = modules.get(moduleName);
  if (!hit) {
    const name = ownCopy(moduleName);
    const dots = /^\.*/.exec(name)![0].length;
    const parts = name.slice(dots).split('.').filter(Boolean);
    const head = parts.every((p) => /^\w+$/.test(p)) ? parts.slice(0, -1).join(path.sep) : null;
    hit = { name, dots, parts, head, file: `${parts[0]}.py` };
    modules.set(name, hit);
  }
  return hit;
}

/** path.join(base, ...rel) for a normalized absolute base and a relative path of plain words. */
function under(base: string, rel: string): string {
  return rel === '' ? base : base.endsWith(path.sep) ? base + rel : base + path.sep + rel;
}

/** The module's file below `base`: `<base>/a/b.py`, else `<base>/a/b/__init__.py`; null when neither is a file. */
function moduleFile(base: string, m: ModuleName): string | null {
  if (!m.parts.length) {
    const init = path.join(base, '__init__.py');
    return isFile(init) ? init : null;
  }
  if (m.head === null) {
    const stem = path.join(base, ...m.parts);
    const init = path.join(stem, '__init__.py');
    return [`${stem}.py`, init].find(isFile) ?? null;
  }
  // The same paths as path.join makes, built from the folder they are in.
  const folder = under(base, m.head);
  const last = m.parts[m.parts.length - 1]!;
  const stem = under(folder, last);
  const file = `${stem}.py`;
  if (isFileIn(folder, `${last}.py`, file)) return file;
  const init = under(stem, '__init__.py');
  return isFileIn(stem, '__init__.py', init) ? init : null;
}

function resolveUncached(dir: string, moduleName: string): string | null {
  const m = moduleOf(moduleName);
  const { dots, parts } = m;
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = parentFolder(dir);
    return moduleFile(dir, m);
  }
  // Up through the folders above, to the one that holds `.git` or the root. Only the folder
  // asked keeps the answer (resolveFrom): the folders above are read, not written. Each
  // folder of a tree asks its own names, most of them found nowhere, and an answer kept at
  // every level of every climb cost more than the climb (issue 17: 100,000 such entries over
  // a Python install).
  for (;;) {
    // The folder's listing answers most names at once: neither `a.py` nor a folder `a` here.
    const list = listing(dir);
    const found = list && !list.has(parts[0]!) && (parts.length > 1 || !list.has(m.file)) ? null : moduleFile(dir, m);
    if (found) return found;
    const parent = parentFolder(dir);
    if (parent === dir || exists(dir, '.git')) return null;
    dir = parent;
    // A folder above that was asked itself has the answer for every folder below it.
    const known = resolved.get(dir)?.get(m.name);
    if (known !== undefined) return known;
  }
}

/**
 * False when no `moduleName.<name>` can resolve from `fromFile`, whatever the name: no folder
 * that resolveModule would look in for a submodule (`<base>/<module path>/`, at each base it
 * climbs through) exists. Asked before resolving each name of `from pkg import a, b, c`: most
 * `pkg` are modules or live elsewhere, and then no name needs a look. True when unsure.
 */
export function mayHoldSubmodules(fromFile: string, moduleName: string): boolean {
  return mayHoldFrom(folderOf(fromFile), moduleName);
}

function mayHoldFrom(dir: string, moduleName: string): boolean {
  let inDir = packages.get(dir);
  if (!inDir) packages.set(dir, (inDir = new Map()));
  let hit = inDir.get(moduleName);
  if (hit === undefined) inDir.set(moduleOf(moduleName).name, (hit = packageFolderExists(dir, moduleName)));
  return hit;
}

const packages = new Map<string, Map<string, boolean>>();

function packageFolderExists(dir: string, moduleName: string): boolean {
  const m = moduleOf(moduleName);
  const { dots, parts } = m;
  const folder = (base: string) => {
    if (!parts.length) return true;
    // No folder `parts[0]` in the base's listing: nothing below it.
    const above = listing(base);
    const e = above?.get(parts[0]!);
    if (above && !(e && (e.isDirectory() || e.isSymbolicLink()))) return false;
    const list = listing(m.head === null ? path.join(base, ...parts) : under(under(base, m.head), parts[parts.length - 1]!));
    return list !== NOTHING; // null: cannot tell without the listings
  };
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = parentFolder(dir);
    return folder(dir);
  }
  // The bases resolveUncached climbs through: up to the folder holding `.git`, or the root.
  // Only the folder asked keeps the answer (mayHoldFrom), as for resolveUncached.
  for (;;) {
    if (folder(dir)) return true;
    const parent = parentFolder(dir);
    if (parent === dir || exists(dir, '.git')) return false;
    dir = parent;
    const known = packages.get(dir)?.get(m.name);
    if (known !== undefined) return known;
  }
}

/** name -> qualified name of what a star import of the module binds (only imports). */
export function starExports(fromFile: string, moduleName: string, depth = 0): Map<string, string> | null {
  if (STDLIB_STARS[moduleName]) return new Map(STDLIB_STARS[moduleName]!.map((n) => [n, `${moduleName}.${n}`]));
  const file = resolveModule(fromFile, moduleName);
  if (!file || depth > 3) return null;
  if (cache.has(file)) return cache.get(file)!;
  cache.set(file, null); // a cycle of star imports ends here
  let text: string;
  try {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_BYTES));
    fs.readSync(fd, buf, 0, buf.length, 0);
    fs.closeSync(fd);
    text = buf.toString('utf8');
  } catch {
    return null;
  }
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^import[ \t]+([^\n#;]+)/gm)) {
    for (const item of m[1]!.split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (!name) continue;
      if (alias) out.set(ownCopy(alias.trim()), ownCopy(name.trim()));
      else out.set(ownCopy(name.trim().split('.')[0]!), ownCopy(name.trim().split('.')[0]!));
    }
  }
  for (const m of text.matchAll(/^from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm)) {
    const source = m[1]!;
    const names = m[2]!.replace(/[()\\\n]/g, ' ').trim();
    if (names === '*') {
      for (const [k, v] of starExports(file, source, depth + 1) ?? []) out.set(k, v);
      continue;
    }
    if (source.startsWith('.')) continue; // the project's own names: not a process API
    for (const item of names.split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name) out.set(ownCopy((alias ?? name).trim()), `${source}.${name.trim()}`);
    }
  }
  const listed = allNames(text);
  for (const k of [...out.keys()]) if (k.startsWith('_') || (listed && !listed.has(k))) out.delete(k);
  cache.set(file, out);
  return out;
}

/**
 * What `from module import *` may bring, from the module's `__all__`: the names of a literal list
 * or tuple of strings, an empty set for any other `__all__` (it exports nothing known), null
 * without one (then every public name). Names with a leading underscore are never exported.
 */
export function allNames(text: string): Set<string> | null {
  const m = /^__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(]([^\])]*)[\])]/m.exec(text);
  if (m) return new Set([...m[1]!.matchAll(/['"](\w+)['"]/g)].map((x) => ownCopy(x[1]!)));
  return /^__all__\b/m.test(text) ? new Set() : null;
}
