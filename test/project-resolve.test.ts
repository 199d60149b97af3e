import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cacheFolderListings } from '../src/folder-listing.js';
import { mayHoldSubmodules, resolveModule } from '../src/python/project.js';
import { tempDir } from './helpers.js';

/**
 * Import resolution (src/python/project.ts) is asked some 100,000 times over a Python install,
 * from the folder listings (issue 17): its answers must be those of the plain rules it stands
 * for, written here with path.join and stat alone, with the listings on and off. A module file
 * of `a.b` is `<base>/a/b.py`, else `<base>/a/b/__init__.py`; an absolute name is looked up from
 * the importing file's folder and each folder above, up to one that holds `.git` or the root; a
 * relative one from its folder, one folder up per extra dot.
 */

function isFile(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDir(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function split(name: string): { dots: number; parts: string[] } {
  const dots = /^\.*/.exec(name)![0].length;
  return { dots, parts: name.slice(dots).split('.').filter(Boolean) };
}

/** The folders an absolute name is looked up in, from `dir`: up to the one holding `.git`, or the root. */
function bases(dir: string): string[] {
  const out = [dir];
  while (path.dirname(dir) !== dir && !fs.existsSync(path.join(dir, '.git'))) out.push((dir = path.dirname(dir)));
  return out;
}

function relativeBase(dir: string, dots: number): string {
  for (let i = 1; i < dots; i++) dir = path.dirname(dir);
  return dir;
}

function expectedModule(from: string, name: string): string | null {
  const { dots, parts } = split(name);
  const file = (base: string) => {
    const stem = path.join(base, ...parts);
    return (parts.length ? [`${stem}.py`, path.join(stem, '__init__.py')] : [path.join(base, '__init__.py')]).find(isFile) ?? null;
  };
  const dir = path.dirname(from);
  if (dots > 0) return file(relativeBase(dir, dots));
  for (const base of bases(dir)) {
    const found = file(base);
    if (found) return found;
  }
  return null;
}

function expectedSubmodules(from: string, name: string): boolean {
  const { dots, parts } = split(name);
  const dir = path.dirname(from);
  if (!parts.length) return true;
  const held = (base: string) => isDir(path.join(base, ...parts));
  return dots > 0 ? held(relativeBase(dir, dots)) : bases(dir).some(held);
}

const TREE: Record<string, string> = {
  // The temporary folder's own .git ends every climb there: nothing above it (another run's
  // files in the system's temporary folder) is looked at.
  '.git/HEAD': '',
  'repo/.git/HEAD': '',
  'repo/app/__init__.py': '',
  'repo/app/main.py': '',
  'repo/app/util.py': '',
  'repo/app/sub/__init__.py': '',
  'repo/app/sub/deep/mod.py': '',
  'repo/app/sub/deep/pkg/__init__.py': '',
  'repo/app/sub/x.py': '',
  'repo/lib/__init__.py': '',
  'repo/lib/tools.py': '',
  'repo/lib/pkg/__init__.py': '',
  'repo/lib/pkg/inner.py': '',
  // A module and a package of the same name: the file wins.
  'repo/lib/both.py': '',
  'repo/lib/both/__init__.py': '',
  // A folder with no __init__.py (a namespace package) and one named like a module file.
  'repo/ns/leaf.py': '',
  'repo/odd.py/__init__.py': '',
  // Above the repository: never looked at from inside it.
  'outside.py': '',
  'shared/__init__.py': '',
  'shared/thing.py': '',
  'plain/a/b/c.py': '',
  'plain/a/b/__init__.py': '',
};

const FROM = ['repo/app/main.py', 'repo/app/sub/x.py', 'repo/app/sub/deep/mod.py', 'repo/lib/tools.py', 'repo/ns/leaf.py', 'plain/a/b/c.py', 'outside.py'];

const NAMES = [
  'app', 'app.util', 'app.sub', 'app.sub.x', 'app.sub.deep', 'app.sub.deep.mod', 'app.sub.deep.pkg', 'app.missing',
  'lib', 'lib.tools', 'lib.pkg', 'lib.pkg.inner', 'lib.both', 'lib.both.nothing', 'lib.link', 'lib.linked', 'lib.linkdir', 'lib.linkdir.inner',
  'ns', 'ns.leaf', 'odd', 'odd.py', 'outside', 'shared', 'shared.thing', 'a', 'a.b', 'a.b.c', 'b', 'b.c', 'c', 'util', 'sub', 'deep', 'mod', 'x',
  '.', '..', '...', '.util', '.sub', '.sub.x', '..util', '..app', '..lib.tools', '...lib', '.deep.mod', '.pkg', '.pkg.inner', '.missing', '....a',
];

function writeTree(): string {
  const dir = fs.realpathSync(tempDir('popenlint-resolve-'));
  for (const [rel, text] of Object.entries(TREE)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  // Links: a module file, a package folder, and one that points nowhere.
  fs.symlinkSync(path.join(dir, 'repo/lib/tools.py'), path.join(dir, 'repo/lib/linked.py'));
  fs.symlinkSync(path.join(dir, 'repo/lib/pkg'), path.join(dir, 'repo/lib/linkdir'));
  fs.symlinkSync(path.join(dir, 'repo/lib/gone.py'), path.join(dir, 'repo/lib/link.py'));
  return dir;
}

for (const listings of [true, false]) {
  test(`import resolution: the module files and package folders of the plain rules, folder listings ${listings ? 'on' : 'off'}`, () => {
    // A tree of its own per run: the answers are cached per folder for the process.
    const dir = writeTree();
    cacheFolderListings(listings);
    try {
      let found = 0;
      for (const rel of FROM) {
        const from = path.join(dir, rel);
        for (const name of NAMES) {
          const want = expectedModule(from, name);
          assert.equal(resolveModule(from, name), want, `${name} from ${rel}`);
          // Asked again: the cached answer.
          assert.equal(resolveModule(from, name), want, `${name} from ${rel} (again)`);
          if (want) found++;
          // Without the listings, mayHoldSubmodules may say true when unsure; with them, exactly.
          const may = mayHoldSubmodules(from, name);
          if (listings) assert.equal(may, expectedSubmodules(from, name), `submodules of ${name} from ${rel}`);
          else assert.ok(may || !expectedSubmodules(from, name), `submodules of ${name} from ${rel}`);
        }
      }
      assert.ok(found > 60, `${found} names resolved`);
    } finally {
      cacheFolderListings(false);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
