import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { discover } from '../src/discover.js';
import { cacheFolderListings, seedFolderListing, walkedFolderSet } from '../src/folder-listing.js';
import { outsideNames } from '../src/python/outside-names.js';
import { cli, tempDir } from './helpers.js';

/**
 * The wrapper reach resolves an absolute import only when its first name may reach a module the
 * run does not read (outside-names.ts), or when a module of its last name may have a wrapper: an
 * import it leaves unresolved must bring a module the run read, or none.
 */

function writeTree(files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir('popenlint-outside-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('outside names: what the walk left out, at any depth, and what lies above it; never a package read whole', () => {
  const dir = writeTree({
    '.gitignore': 'ignored_pkg_q/\ninner_ign_q/\n',
    'pure_pkg_q/__init__.py': '',
    'pure_pkg_q/mod_a_q.py': 'import os\n',
    'pure_pkg_q/sub_q/__init__.py': '',
    'pure_pkg_q/data_q.txt': 'not Python',
    'ignored_pkg_q/__init__.py': '',
    'mixed_pkg_q/__init__.py': '',
    'mixed_pkg_q/deep_q/inner_ign_q/mod_q.py': '',
    'unread_mod_q.py': '',
    'pure_mod_q.py': '',
    'node_modules/dep_q/index.py': '',
  });
  try {
    const found = discover([dir], { exclude: [], forceExclude: false, onListing: seedFolderListing });
    cacheFolderListings(true);
    try {
      const read = new Set(found.files.map((f) => f.abs).filter((f) => !f.endsWith('unread_mod_q.py')));
      const names = outsideNames(walkedFolderSet(), new Set([...read].map((f) => path.dirname(f))), (f) => read.has(f));
      assert.ok(names, 'every folder can be listed');
      // Left out by the walk (ignored, skipped), not read, or holding such a thing below.
      for (const n of ['ignored_pkg_q', 'inner_ign_q', 'deep_q', 'mixed_pkg_q', 'unread_mod_q', 'unread_mod_q.py', 'node_modules']) assert.ok(names.has(n), n);
      // The folder above the walk lists the tree itself.
      assert.ok(names.has(path.basename(dir)));
      for (const n of ['pure_pkg_q', 'pure_mod_q', 'mod_a_q', 'sub_q', 'data_q.txt']) assert.ok(!names.has(n), n);
    } finally {
      cacheFolderListings(false);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('wrapper reach: a wrapper module the walk leaves out (.gitignore) is outside the run, and may have any wrapper; a chain inside the walk is followed', () => {
  const piped = 'import subprocess\ndef execute(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n';
  const filler = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`pkg/m${i}.py`, `import json\ndef f${i}(x):\n    return json.dumps(x)\n`]));
  const dir = writeTree({
    ...filler,
    '.gitignore': 'vendored_q/\n',
    'pkg/__init__.py': '',
    'vendored_q/__init__.py': '',
    'vendored_q/ext.py': piped,
    // Imports the left-out module and passes its parameter on: a wrapper of a wrapper.
    'pkg/uses.py': 'from vendored_q.ext import execute\ndef v(cmd):\n    execute(cmd)\n',
    'pkg/caller.py': "from pkg.uses import v\nv('tar czvf /tmp/a.tgz /usr')\n",
    // A chain inside the walk: its imports are resolved once a module of their last name may have a wrapper.
    'chain_q/__init__.py': '',
    'chain_q/piped_q.py': piped,
    'chain_q/outer_q.py': 'from chain_q.piped_q import execute\ndef go(cmd):\n    return execute(cmd)\n',
    'chain_q/outmost_q.py': 'import chain_q.outer_q as o\ndef run_it(cmd):\n    return o.go(cmd)\n',
    'chain_q/caller_q.py': "from chain_q.outmost_q import run_it\nrun_it('tar czvf /tmp/a.tgz /usr')\n",
  });
  try {
    fs.mkdirSync(path.join(dir, '.git'));
    const r = cli(['check', '.', '--format', 'json', '--jobs', '1'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const found = (JSON.parse(r.stdout) as { findings: { path: string; line: number; rule: string }[] }).findings.map((f) => `${f.path}:${f.line} ${f.rule}`);
    assert.deepEqual(found, ['chain_q/caller_q.py:2 POP005', 'pkg/caller.py:2 POP005']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
