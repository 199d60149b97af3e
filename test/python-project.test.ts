import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';

/** Shape 8 of issue 12: names brought in by a star import of the project's own modules. */
function project(files: Record<string, string>): string {
  const dir = tempDir('popenlint-project-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Every finding of a check of `target`, as `file:line:col RULE message`. */
const withMessages = (target: string) => JSON.parse(cli(['check', target, '--format', 'json', '--exit-zero']).stdout).findings.map((f: { path: string; line: number; column: number; rule: string; message: string }) => `${path.basename(f.path)}:${f.line}:${f.column} ${f.rule} ${f.message}`);

const findings = (dir: string) => JSON.parse(cli(['check', dir, '--format', 'json', '--exit-zero']).stdout).findings.map((f: { path: string; line: number; column: number; rule: string }) => `${path.basename(f.path)}:${f.line}:${f.column} ${f.rule}`);

test('from src.core import * where src/core.py imports subprocess: the Popen is resolved', () => {
  const dir = project({
    'src/__init__.py': '',
    'src/core.py': 'import os\nimport subprocess\nfrom subprocess import PIPE\n',
    'tool.py': "from src.core import *\np = subprocess.Popen(['make'], stdout=PIPE)\np.wait()\nos.popen('python job.py')\n",
    // Relative star import, two levels: the chain is followed.
    'src/sub/__init__.py': '',
    'src/sub/deep.py': "from ..core import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
  });
  assert.deepEqual(findings(dir), ['deep.py:2:1 POP005', 'tool.py:2:5 POP005', 'tool.py:4:1 POP001']);
  // The names the star import brings in are judged as if imported here: same messages as a plain import.
  assert.deepEqual(withMessages(path.join(dir, 'tool.py')), [
    'tool.py:2:5 POP005 stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
    'tool.py:4:1 POP001 output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited',
  ]);
});

test('__all__ limits a star import; a module that is not the project\'s resolves nothing', () => {
  const dir = project({
    'core.py': "import subprocess\n__all__ = ['helper']\ndef helper(): pass\n",
    'tool.py': "from core import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
    'other.py': "from somewhere_else import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
  });
  assert.deepEqual(findings(dir), []);
});

test('shape 6: project wrappers, within a file and across modules, in files that never say popen', () => {
  const dir = project({
    'tools/__init__.py': '',
    'tools/shell.py': 'import os, subprocess\ndef run(cmd):\n    return os.popen(cmd)\ndef sh(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n',
    // Never says popen: the prefilter learns `run` and `sh` from tools/shell.py.
    'main.py': "from tools.shell import run, sh\nrun('apt-get update')\nrun('iptables -F')\nsh('make').wait()\nout = sh('make').communicate()\n",
    'other.py': "import tools.shell as shell\nshell.run('python x.py')\nprint(shell.run('python y.py').read())\n",
    'local.py': "import os\ndef go(c):\n    return os.popen(c)\ngo('tar czvf x.tgz /srv')\n",
  });
  assert.deepEqual(findings(dir), ['local.py:4:1 POP001', 'main.py:2:1 POP001', 'main.py:4:1 POP005', 'other.py:2:1 POP001']);
  const messages = JSON.parse(cli(['check', path.join(dir, 'main.py'), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.equal(messages[0], 'output pipe of os.popen() returned by run() (defined in tools.shell): the pipe is dropped (`apt-get` builds, installs or runs other programs: both streams can grow): on Python 3.10+ the pipe stays open: `apt-get` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited');
  // The cross-module Popen wrapper (main.py:4) and the wrapper defined in the same file (local.py:4).
  assert.equal(messages[1], 'stdout/stderr pipe of subprocess.Popen() returned by sh() (defined in tools.shell) is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock');
  assert.deepEqual(withMessages(path.join(dir, 'local.py')), [
    'local.py:4:1 POP001 output pipe of os.popen() returned by go() (defined at line 3): the pipe is dropped (`tar czvf` lists every file): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited',
  ]);
});

test('shape 6: a wrapper module is summarised once, however many modules call its wrappers', async () => {
  const dir = project({
    'tools/__init__.py': '',
    'tools/shell.py': 'import subprocess\ndef sh(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n',
    'a.py': "from tools.shell import sh\nsh('make').wait()\n",
    'b.py': "import tools.shell as shell\nshell.sh('make install').wait()\n",
    'c.py': "from tools.shell import sh\np = sh('make test')\np.wait()\n",
  });
  const wrapperModule = path.join(dir, 'tools', 'shell.py');
  // Counts the reads of the wrapper module's text (the summary parses what it reads).
  let reads = 0;
  const readFileSync = fs.readFileSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string' && path.resolve(file) === wrapperModule) reads++;
    return (readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  try {
    const check = async (rel: string) => {
      const file = path.join(dir, rel);
      const r = await lintText(file, new SourceText(readFileSync(file, 'utf8')), 'python', { enabled: new Set(['POP005']), target: 'py3' });
      return r.findings.map((f) => `${rel}:${f.range.start.line} ${f.rule}`);
    };
    assert.deepEqual(await check('a.py'), ['a.py:2 POP005']);
    const first = reads;
    assert.ok(first >= 1, 'the first caller reads the wrapper module');
    // Two more callers: both still judged through the summary, the module is not read again.
    assert.deepEqual([...(await check('b.py')), ...(await check('c.py'))], ['b.py:2 POP005', 'c.py:2 POP005']);
    assert.equal(reads, first, 'the summary of tools/shell.py is cached');
  } finally {
    fs.readFileSync = readFileSync;
  }
});
