import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';

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
});

test('shape 6: a wrapper that binds the Popen and returns it on one path, imported as a submodule (from pkg import mod)', () => {
  const dir = project({
    'kit/__init__.py': '',
    // Waits on one path (judged here, the command is the caller's), returns the handle on the other.
    'kit/proc.py': "import subprocess\ndef start(args, wait=True):\n    handle = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if not wait:\n        return handle\n    return handle.wait() == 0\n",
    // Never says popen: `from kit import proc` brings the submodule kit/proc.py.
    'app.py': "from kit import proc\nproc.start(['python', 'serve.py'], wait=False)\nh = proc.start(args=['make'], wait=False)\nh.wait()\nout = h.stdout.read()\nok = proc.start(['git', 'rev-parse', 'HEAD'], wait=False).communicate()\n",
  });
  assert.deepEqual(findings(dir), ['app.py:2:1 POP005', 'app.py:3:5 POP005', 'proc.py:3:14 POP005']);
  const messages = JSON.parse(cli(['check', path.join(dir, 'app.py'), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages, [
    'stdout/stderr pipe of subprocess.Popen() returned by start() (defined in kit.proc) is never read (`python` runs a program whose output can grow): the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited',
    'stdout/stderr pipe of subprocess.Popen() returned by start() (defined in kit.proc) is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
  ]);
});

// A class wrapper: __init__ keeps the Popen on self, output() waits before it reads.
const RUNNER = "import subprocess\nclass Job(object):\n    def __init__(self, command):\n        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def poll(self):\n        return self.proc.poll()\n    def output(self):\n        self.proc.wait()\n        return self.proc.communicate()\n";

test('shape 6: a class wrapper judged at its callers and at its own wait, with the commands the repository passes', () => {
  const dir = project({
    'jobs/__init__.py': '',
    'jobs/runner.py': RUNNER,
    'scan.py': "from jobs.runner import Job\nout = Job(['tshark', '-r', 'cap.pcap']).output()\n",
    // A poll loop through the wrapper's poll() before the read; a quiet command.
    'watch.py': "import time\nfrom jobs import runner\nj = runner.Job(['tshark', '-r', 'big.pcap'])\nwhile j.poll() is None:\n    time.sleep(1)\nprint(j.output())\nrunner.Job(['git', 'rev-parse', 'HEAD']).output()\n",
  });
  assert.deepEqual(findings(dir), ['runner.py:8:9 POP005', 'scan.py:2:7 POP005', 'watch.py:3:5 POP005']);
  const messages = (file: string) => JSON.parse(cli(['check', path.join(dir, file), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages('jobs/runner.py'), ['stdout pipe of subprocess.Popen() kept by Job (line 4) is not read before this wait() in Job.output() (`tshark -r` prints a line per frame of the saved capture, passed at ../scan.py:2): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  assert.deepEqual(messages('scan.py'), ['stdout pipe of subprocess.Popen() made by Job() (defined in jobs.runner) is not read before the wait() in Job.output() (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  assert.deepEqual(messages('watch.py'), ['stdout pipe of subprocess.Popen() made by Job() (defined in jobs.runner) is not read before the poll loop (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
});

test('shape 6: a class wrapper whose callers all pass quiet commands is not reported; one whose caller passes an unseen command is, at its wait only', () => {
  const quiet = project({ 'runner.py': RUNNER, 'use.py': "from runner import Job\nJob(['git', 'rev-parse', 'HEAD']).output()\nJob(['hcxtool', '-o', 'x']).output()\n" });
  assert.deepEqual(findings(quiet), []);
  const unseen = project({ 'runner.py': RUNNER, 'use.py': "import sys\nfrom runner import Job\nJob(sys.argv[1:]).output()\n" });
  assert.deepEqual(findings(unseen), ['runner.py:8:9 POP005']);
  assert.match(JSON.parse(cli(['check', path.join(unseen, 'runner.py'), '--format', 'json']).stdout).findings[0].message, /in Job\.output\(\) \(a caller passes a command not known statically\)/);
});

test('item 1: a function wrapper whose command is its parameter is judged with its callers\' commands, at the definition and at each growing caller', () => {
  const lib = "import os, subprocess\ndef exec_bash(command):\n    os.popen(command)\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n";
  // Every caller passes a quiet command: nothing at the definition (POP008's, opt-in).
  const quiet = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nexec_bash('killall dhcpd 2>/dev/null')\nrun('git rev-parse HEAD')\n" });
  assert.deepEqual(findings(quiet), []);
  // A caller passes a growing command: the definition names it, and the caller is reported.
  const loud = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nrun('tar czvf x.tgz /srv')\nexec_bash('tar czvf y.tgz /srv')\n" });
  assert.deepEqual(findings(loud), ['lib.py:3:5 POP001', 'lib.py:5:9 POP005', 'use.py:3:1 POP005', 'use.py:4:1 POP001']);
  const messages = (dir: string, file: string) => JSON.parse(cli(['check', path.join(dir, file), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages(loud, 'lib.py'), [
    'output pipe of os.popen() is dropped (`tar czvf` lists every file, passed to exec_bash() at use.py:4): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first',
    'stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file, passed to run() at use.py:3): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
  ]);
  assert.deepEqual(messages(loud, 'use.py'), [
    'stdout pipe of subprocess.Popen() in run() (defined in lib) is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
    'output pipe of os.popen() in exec_bash() (defined in lib): the pipe is dropped (`tar czvf` lists every file): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited',
  ]);
  // A caller the code does not show the command of, or no caller at all (an API for others):
  // the definition stays (the command is not known statically).
  const unseen = project({ 'lib.py': lib, 'use.py': "import sys\nfrom lib import exec_bash\nexec_bash('iptables -F')\nexec_bash(sys.argv[1])\n" });
  assert.deepEqual(findings(unseen), ['lib.py:3:5 POP001', 'lib.py:5:9 POP005']);
});
