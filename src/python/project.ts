import fs from 'node:fs';
import path from 'node:path';

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
const MAX_BYTES = 1 << 20;

/** The file a module name points to, from the importing file: relative imports from its folder, absolute ones from it and every folder above up to the repository root. */
const resolved = new Map<string, string | null>();

export function resolveModule(fromFile: string, moduleName: string): string | null {
  const key = `${path.dirname(path.resolve(fromFile))}\0${moduleName}`;
  let hit = resolved.get(key);
  if (hit === undefined) {
    hit = resolveUncached(fromFile, moduleName);
    resolved.set(key, hit);
  }
  return hit;
}

function resolveUncached(fromFile: string, moduleName: string): string | null {
  const dots = /^\.*/.exec(moduleName)![0].length;
  const parts = moduleName.slice(dots).split('.').filter(Boolean);
  const candidates = (base: string) => {
    const stem = path.join(base, ...parts);
    return parts.length ? [`${stem}.py`, path.join(stem, '__init__.py')] : [path.join(base, '__init__.py')];
  };
  let dir = path.dirname(path.resolve(fromFile));
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = path.dirname(dir);
    return candidates(dir).find(isFile) ?? null;
  }
  for (;;) {
    const found = candidates(dir).find(isFile);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return null;
    dir = parent;
  }
}

function isFile(file: string): boolean {
  try {
    // No exception for a missing file: most candidates are missing, and a throw costs.
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
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
      if (alias) out.set(alias.trim(), name.trim());
      else out.set(name.trim().split('.')[0]!, name.trim().split('.')[0]!);
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
      if (name) out.set((alias ?? name).trim(), `${source}.${name.trim()}`);
    }
  }
  const all = /^__all__\s*=\s*[[(]([^\])]*)[\])]/m.exec(text);
  if (all) {
    const listed = new Set([...all[1]!.matchAll(/['"](\w+)['"]/g)].map((x) => x[1]!));
    for (const k of [...out.keys()]) if (!listed.has(k)) out.delete(k);
  }
  for (const k of [...out.keys()]) if (k.startsWith('_')) out.delete(k);
  cache.set(file, out);
  return out;
}
