import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cacheFolderListings } from '../src/folder-listing.js';
import { importsProjectWrapper, useWithoutWrapper, wrapperNamesByText } from '../src/python/wrapper-prefilter.js';
import { WrapperReach } from '../src/python/wrapper-reach.js';
import { cli, tempDir } from './helpers.js';

/**
 * The modules a run finds to have no project wrapper once every file is read (wrapper-reach.ts)
 * must have none in the wrapper prefilter's own summary, and a file found to import no module
 * with one must not be a caller of one: the reach may say "maybe" too often, never "no" wrongly.
 */

// A wrapper that leaves its pipe undrained inside (judged with each caller's command), and one that returns the handle.
const PIPED = 'import subprocess\ndef execute(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\ndef start(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n';

const TREE: Record<string, string> = {
  'tools/__init__.py': '',
  'tools/piped.py': PIPED,
  // A wrapper of a wrapper, and one of that: found only through the chain.
  'tools/outer.py': 'from tools.piped import execute\ndef go(cmd):\n    return execute(cmd)\n',
  'tools/outmost.py': 'import tools.outer as o\ndef run_it(cmd):\n    return o.go(cmd)\n',
  // A class that keeps a piped Popen: a wrapper with no command to follow.
  'tools/job.py': 'import subprocess\nclass Job:\n    def __init__(self, cmd):\n        self.p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n',
  // Imports a wrapper module, never calls its wrapper: none.
  'tools/unused.py': 'from tools.piped import start\ndef helper(x):\n    return x + 1\n',
  // A cycle of imports through a wrapper.
  'tools/cyc_a.py': 'from tools import cyc_b\nfrom tools.piped import execute\ndef a(cmd):\n    return execute(cmd)\n',
  'tools/cyc_b.py': 'from tools import cyc_a\ndef b(cmd):\n    return cyc_a.a(cmd)\n',
  'tools/plain.py': 'import json\ndef dump(x):\n    return json.dumps(x)\n',
  // A module the run does not read (vendor/ is not noted below): it may have any wrapper.
  'vendor/__init__.py': '',
  'vendor/ext.py': PIPED,
  'uses_vendor.py': 'from vendor.ext import execute\ndef v(cmd):\n    execute(cmd)\n',
  'callers/__init__.py': '',
  'callers/c1.py': "from tools.outmost import run_it\nrun_it('tar czvf /tmp/a.tgz /usr')\n",
  'callers/c2.py': "from tools.job import Job\nJob('make').p.wait()\n",
  'callers/c3.py': "from tools.unused import helper\nhelper(1)\n",
  'callers/c4.py': "from tools.plain import dump\ndump(1)\n",
  'callers/c5.py': "from uses_vendor import v\nv('tar czvf /tmp/a.tgz /usr')\n",
  'callers/c6.py': "from tools.cyc_b import b\nb('tar czvf /tmp/a.tgz /usr')\n",
};

function writeTree(files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir('popenlint-reach-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('wrapper reach: a module found to have no wrapper has none in its summary; a file found to import none calls none (issue 17)', () => {
  const dir = writeTree(TREE);
  try {
    const files = Object.keys(TREE).map((rel) => path.join(dir, rel));
    // The prefilter's own answers first, with no reach.
    const names = new Map(files.map((f) => [f, wrapperNamesByText(f)]));
    const calls = new Map(files.map((f) => [f, importsProjectWrapper(f, fs.readFileSync(f))]));
    assert.deepEqual(names.get(path.join(dir, 'tools/outmost.py')), ['run_it'], 'the chain is found without the reach');
    assert.equal(calls.get(path.join(dir, 'callers/c1.py')), true);
    cacheFolderListings(true);
    try {
      const reach = new WrapperReach();
      for (const f of files) if (!f.includes(`${path.sep}vendor${path.sep}`)) reach.note(f, fs.readFileSync(f));
      reach.settle((f) => fs.readFileSync(f));
      const none = files.filter((f) => reach.hasNoWrapper(f)).map((f) => path.relative(dir, f)).sort();
      for (const f of none) assert.deepEqual(names.get(path.join(dir, f)), [], `${f}: found to have none, but its summary has some`);
      // It does rule modules out: those that name no opener and call no imported wrapper.
      assert.deepEqual(none, ['callers/__init__.py', 'callers/c1.py', 'callers/c2.py', 'callers/c3.py', 'callers/c4.py', 'callers/c5.py', 'callers/c6.py', 'tools/__init__.py', 'tools/plain.py', 'tools/unused.py']);
      const skipped = files.filter((f) => !reach.mayImportWrapper(f));
      for (const f of skipped) assert.equal(calls.get(f), false, `${path.relative(dir, f)}: not read again, but it calls a wrapper`);
      assert.ok(skipped.includes(path.join(dir, 'callers/c3.py')) && skipped.includes(path.join(dir, 'callers/c4.py')));
      // With the reach in use, the prefilter answers as it did.
      useWithoutWrapper((f) => reach.hasNoWrapper(f));
      for (const f of files) assert.equal(importsProjectWrapper(f, fs.readFileSync(f)), calls.get(f), path.relative(dir, f));
    } finally {
      useWithoutWrapper(null);
      cacheFolderListings(false);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('wrapper reach: over a tree large enough for it, the CLI still reports the callers of wrappers of wrappers, in a cycle of imports and through a module it does not read', () => {
  const filler = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`pkg/m${i}.py`, `import json\ndef f${i}(x):\n    return json.dumps(x)\n`]));
  const dir = writeTree({ ...TREE, ...filler, 'pkg/__init__.py': '' });
  try {
    // vendor/ is not among the paths: a module the run does not read may have a wrapper.
    const r = cli(['check', 'callers', 'tools', 'uses_vendor.py', 'pkg', '--format', 'json', '--jobs', '1'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const found = (JSON.parse(r.stdout) as { findings: { path: string; line: number; rule: string }[] }).findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort();
    assert.deepEqual(found, ['callers/c1.py:2 POP005', 'callers/c2.py:2 POP005', 'callers/c5.py:2 POP005', 'callers/c6.py:2 POP005', 'tools/piped.py:3 POP005']);
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
