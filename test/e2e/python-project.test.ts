import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { cli, pythonInterpreters, tempDir } from '../helpers.js';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';

/** Shape 8 of issue 12: names brought in by a star import of the project's own modules. */
function project(files: Record<string, string>, history = true): string {
  const dir = tempDir('popenlint-project-');
  if (history) fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Every finding of a check of `target`, as `file:line:col RULE message`. */
const withMessages = (target: string) => JSON.parse(cli(['check', '--evidence', 'likely', target, '--format', 'json', '--exit-zero']).stdout).findings.map((f: { path: string; line: number; column: number; rule: string; message: string }) => `${path.basename(f.path)}:${f.line}:${f.column} ${f.rule} ${f.message}`);

// The wrapper and caller shapes are tested at `likely`: a command from outside is a warning, not reported by default.
const findings = (dir: string) => JSON.parse(cli(['check', '--evidence', 'likely', dir, '--format', 'json', '--exit-zero']).stdout).findings.map((f: { path: string; line: number; column: number; rule: string }) => `${path.basename(f.path)}:${f.line}:${f.column} ${f.rule}`);

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

test('__all__ read one way for process names and for wrappers: annotated, a literal that lists the name, anything else exports nothing known', () => {
  const dir = project({
    'annotated.py': "import subprocess\nfrom subprocess import PIPE\n__all__: list[str] = ['helper']\ndef helper(): pass\n",
    'computed.py': "import subprocess\nfrom subprocess import PIPE\n__all__ = base.__all__ + ['helper']\n",
    'listed.py': "import subprocess\nfrom subprocess import PIPE\n__all__: tuple = ('subprocess', 'PIPE')\n",
    'a.py': "from annotated import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
    'b.py': "from computed import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
    'c.py': "from listed import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
  });
  assert.deepEqual(findings(dir), ['c.py:2:1 POP005']);
});

// The golden fix harness lints one file copied alone (and the metamorphic and snapshot tests
// lint fixtures by bare name), so a star import of a sibling module cannot resolve there: the
// fixes of shape 8 are checked here, through the CLI's `fix` on a project.
const STAR_TOOL = "from pkg.core import *\n\n\ndef build(script):\n    p = subprocess.Popen([sys.executable, script], stdout=PIPE, stderr=PIPE)\n    p.wait()\n    return p.returncode\n\n\ndef test_log(script):\n    p = subprocess.Popen([sys.executable, script], stdout=PIPE, stderr=STDOUT)\n    p.wait()\n    log = p.stdout.read()\n    return p.returncode, log\n";

test('shape 8: the fixes of a Popen reached through a project star import, per strategy, and the fixed code runs', () => {
  const expected: Record<string, string> = {
    devnull: STAR_TOOL.replace('stdout=PIPE, stderr=PIPE)', 'stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)').replace('    p.wait()\n    log = p.stdout.read()\n', '    p_out = p.communicate()[0]\n    log = p_out\n'),
    read: STAR_TOOL.replace('    p.wait()\n    return', '    p.communicate()\n    return').replace('    p.wait()\n    log = p.stdout.read()\n', '    p_out = p.communicate()[0]\n    log = p_out\n'),
  };
  const python = pythonInterpreters().find((i) => i.name === 'python3')!.bin;
  for (const strategy of ['devnull', 'read']) {
    const dir = project({
      'pkg/__init__.py': '',
      'pkg/core.py': 'import subprocess, sys\nfrom subprocess import PIPE, STDOUT\n',
      'tool.py': STAR_TOOL,
      // 300 KB on each stream: more than a pipe holds.
      'big.py': "import sys\nsys.stdout.write('x' * 300000)\nsys.stderr.write('y' * 300000)\n",
    });
    const r = cli(['fix', path.join(dir, 'tool.py'), '--select', 'POP005', '--strategy', strategy, '--unsafe-fixes']);
    assert.equal(r.code, 0, r.stderr);
    const fixed = fs.readFileSync(path.join(dir, 'tool.py'), 'utf8');
    assert.equal(fixed, expected[strategy], strategy);
    assert.deepEqual(findings(dir), [], `nothing left after --strategy ${strategy}`);
    if (!python) continue;
    // The names the fix uses (subprocess.DEVNULL) come through the star import: the fixed module runs to the end.
    const run = spawnSync(python, ['-c', "import tool\nassert tool.build('big.py') == 0\nrc, log = tool.test_log('big.py')\nassert rc == 0 and len(log) == 600000, len(log)\nprint('done')"], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.stdout.trim(), 'done', `${strategy}: ${run.stderr}`);
  }
});

test('shape 8: a star-imported project module is read once per run, however many files star-import it', async () => {
  const dir = project({
    'pkg/__init__.py': '',
    'pkg/core.py': 'import subprocess\nfrom subprocess import PIPE\n',
    'a.py': "from pkg.core import *\nsubprocess.Popen(['make'], stdout=PIPE).wait()\n",
    'b.py': "from pkg.core import *\np = subprocess.Popen(['make', 'install'], stdout=PIPE)\np.wait()\n",
    'sub/c.py': "from pkg.core import *\nsubprocess.Popen(['make', 'test'], stdout=PIPE).wait()\n",
  });
  const starModule = path.join(dir, 'pkg', 'core.py');
  // Counts the openings of the module's text: the star import reads its first bytes (openSync),
  // the wrapper summaries of shape 6 read it whole (readFileSync), since a star import also
  // brings the module's functions.
  const reads = { star: 0, whole: 0 };
  const { readFileSync, openSync } = fs;
  const isModule = (file: unknown) => typeof file === 'string' && path.resolve(file) === starModule;
  // readFileSync opens the file itself (through fs.openSync when it returns bytes): not a second read.
  let reading = 0;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (isModule(file)) reads.whole++;
    reading++;
    try {
      return (readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
    } finally {
      reading--;
    }
  }) as typeof fs.readFileSync;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    if (isModule(file) && !reading) reads.star++;
    return (openSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.openSync;
  try {
    const check = async (rel: string) => {
      const file = path.join(dir, rel);
      const r = await lintText(file, new SourceText(readFileSync(file, 'utf8')), 'python', { enabled: new Set(['POP005']), target: 'py3' });
      return r.findings.map((f) => `${rel}:${f.range.start.line} ${f.rule}`);
    };
    assert.deepEqual(await check('a.py'), ['a.py:2 POP005']);
    assert.deepEqual(reads, { star: 1, whole: 1 }, 'the first star import reads pkg/core.py once for its exports, once for its wrappers');
    // Two more files (one in another folder): both resolve Popen through the cached exports.
    assert.deepEqual([...(await check('b.py')), ...(await check('sub/c.py'))], ['b.py:2 POP005', 'sub/c.py:2 POP005']);
    assert.deepEqual(reads, { star: 1, whole: 1 }, 'the star exports (and the summary) of pkg/core.py are cached');
  } finally {
    fs.readFileSync = readFileSync;
    fs.openSync = openSync;
  }
});

test('shape 6: project wrappers, within a file and across modules, in files that never say popen', () => {
  const dir = project({
    'tools/__init__.py': '',
    'tools/shell.py': 'import os, subprocess\ndef run(cmd):\n    return os.popen(cmd)\ndef sh(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n',
    // Never says popen: the prefilter learns `run` and `sh` from tools/shell.py.
    'main.py': "from tools.shell import run, sh\nrun('apt-get upgrade -y')\nrun('iptables -F')\nsh('make').wait()\nout = sh('make').communicate()\n",
    'other.py': "import tools.shell as shell\nshell.run('python x.py')\nprint(shell.run('python y.py').read())\n",
    'local.py': "import os\ndef go(c):\n    return os.popen(c)\ngo('tar czvf x.tgz /srv')\n",
  });
  assert.deepEqual(findings(dir), ['local.py:4:1 POP001', 'main.py:2:1 POP001', 'main.py:4:1 POP005', 'other.py:2:1 POP001']);
  const messages = JSON.parse(cli(['check', '--evidence', 'likely', path.join(dir, 'main.py'), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.equal(messages[0], 'output pipe of os.popen() returned by run() (defined in tools.shell): the pipe is dropped (`apt-get` builds, installs or runs other programs: both streams can grow): on Python 3.10+ the pipe stays open: `apt-get` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited');
  // The cross-module Popen wrapper (main.py:4) and the wrapper defined in the same file (local.py:4).
  assert.equal(messages[1], 'stdout/stderr pipe of subprocess.Popen() returned by sh() (defined in tools.shell) is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock');
  assert.deepEqual(withMessages(path.join(dir, 'local.py')), [
    'local.py:4:1 POP001 output pipe of os.popen() returned by go() (defined in this module): the pipe is dropped (`tar czvf` lists every file): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited',
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

test('shape 6: a wrapper that binds the Popen and returns it on one path, imported as a submodule (from pkg import mod)', () => {
  const dir = project({
    'kit/__init__.py': '',
    // Waits on one path (judged here, the command is the caller's), returns the handle on the other.
    'kit/proc.py': "import subprocess\ndef start(args, wait=True):\n    handle = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if not wait:\n        return handle\n    return handle.wait() == 0\n",
    // Never says popen: `from kit import proc` brings the submodule kit/proc.py.
    'app.py': "from kit import proc\nproc.start(['python', 'serve.py'], wait=False)\nh = proc.start(args=['make'], wait=False)\nh.wait()\nout = h.stdout.read()\nok = proc.start(['git', 'rev-parse', 'HEAD'], wait=False).communicate()\n",
  });
  assert.deepEqual(findings(dir), ['app.py:2:1 POP005', 'app.py:3:5 POP005', 'proc.py:3:14 POP005']);
  const messages = JSON.parse(cli(['check', '--evidence', 'likely', path.join(dir, 'app.py'), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
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
  const messages = (file: string) => JSON.parse(cli(['check', '--evidence', 'likely', path.join(dir, file), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages('jobs/runner.py'), ['stdout pipe of subprocess.Popen() kept by Job (line 4) is not read before this wait() in Job.output() (`tshark -r` prints a line per frame of the saved capture, passed at ../scan.py:2): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  assert.deepEqual(messages('scan.py'), ['stdout pipe of subprocess.Popen() made by Job() (defined in jobs.runner) is not read before the wait() in Job.output() (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  assert.deepEqual(messages('watch.py'), ['stdout pipe of subprocess.Popen() made by Job() (defined in jobs.runner) is not read before the poll loop (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
});

test('shape 6: a class wrapper whose callers all pass quiet commands is not reported; one whose caller passes an unseen command is, at its wait only', () => {
  const quiet = project({ 'runner.py': RUNNER, 'use.py': "from runner import Job\nJob(['git', 'rev-parse', 'HEAD']).output()\nJob(['hcxtool', '-o', 'x']).output()\n" });
  assert.deepEqual(findings(quiet), []);
  const unseen = project({ 'runner.py': RUNNER, 'use.py': "import sys\nfrom runner import Job\nJob(sys.argv[1:]).output()\n" });
  assert.deepEqual(findings(unseen), ['runner.py:8:9 POP005']);
  assert.match(JSON.parse(cli(['check', '--evidence', 'likely', path.join(unseen, 'runner.py'), '--format', 'json']).stdout).findings[0].message, /in Job\.output\(\) \(a caller passes a command not known statically\)/);
});

test('item 1: a function wrapper whose command is its parameter is judged with its callers\' commands, at each growing caller; the definition only for callers not judged there', () => {
  const lib = "import os, subprocess\ndef exec_bash(command):\n    os.popen(command)\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n";
  // Every caller passes a quiet command: nothing at the definition (POP008's, opt-in).
  const quiet = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nexec_bash('killall dhcpd 2>/dev/null')\nrun('git rev-parse HEAD')\n" });
  assert.deepEqual(findings(quiet), []);
  // A caller passes a listed growing command: reported at that caller, not again at the definition.
  const loud = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nrun('tar czvf x.tgz /srv')\nexec_bash('tar czvf y.tgz /srv')\n" });
  assert.deepEqual(findings(loud), ['use.py:3:1 POP005', 'use.py:4:1 POP001']);
  const messages = (dir: string, file: string) => JSON.parse(cli(['check', '--evidence', 'likely', path.join(dir, file), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages(loud, 'use.py'), [
    'stdout pipe of subprocess.Popen() in run() (defined in lib) is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
    'output pipe of os.popen() in exec_bash() (defined in lib): the pipe is dropped (`tar czvf` lists every file): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited',
  ]);
  // A script run by its path is an interpreter running it: reported where it is passed. A program the
  // command table does not list, run once and waited for, is not (docs/hazards.md, the waited shapes).
  const script = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nrun('git rev-parse HEAD')\nrun('./collect-logs.sh')\n" });
  assert.deepEqual(findings(script), ['use.py:4:1 POP005']);
  assert.deepEqual(messages(script, 'use.py'), ['stdout pipe of subprocess.Popen() in run() (defined in lib) is not read before wait() (`collect-logs.sh` runs a script whose output can grow): `collect-logs.sh` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  const unlisted = project({ 'lib.py': lib, 'use.py': "from lib import exec_bash, run\nexec_bash('iptables -F')\nrun('git rev-parse HEAD')\nrun('osslsigncode sign -in a.exe -out b.exe')\n" });
  assert.deepEqual(findings(unlisted), []);
  // A caller the code does not show the command of, or no caller at all (an API for others):
  // the definition stays, and says which.
  const unseen = project({ 'lib.py': lib, 'use.py': "import sys\nfrom lib import exec_bash, run\nexec_bash('iptables -F')\nexec_bash(sys.argv[1])\nrun('git rev-parse HEAD')\n" });
  assert.deepEqual(findings(unseen), ['lib.py:3:5 POP001']);
  assert.match(messages(unseen, 'lib.py')[0], /\(exec_bash\(\) runs its parameter `command`, and the caller at use\.py:4 passes a command not known statically\)/);
  const api = project({ 'lib.py': lib });
  assert.deepEqual(findings(api), ['lib.py:3:5 POP001', 'lib.py:5:9 POP005']);
  assert.match(messages(api, 'lib.py')[1], /\(run\(\) runs its parameter `cmd`, and no caller in this repository shows the command\)/);
});

test('item 1: a wrapper of a wrapper, across modules: the outermost callers\' commands decide, and a growing one is reported where it is passed', () => {
  const tools = "import os, subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\ndef run_shell(command):\n    return execute(command)\ndef exec_bash(command):\n    os.popen(command)\ndef bash(c):\n    exec_bash(c)\n";
  const wrap = "from tools import cli\ndef sh(command):\n    return cli.run_shell(command)\n";
  // Quiet commands two and three levels up: nothing anywhere.
  const quiet = project({ 'tools/__init__.py': '', 'tools/cli.py': tools, 'wrap.py': wrap, 'main.py': "import wrap\nfrom tools import cli\ncli.run_shell('iwconfig')\ncli.run_shell('sysctl -w a=b')\nwrap.sh('iptables -F')\ncli.bash('kill 12')\n" });
  assert.deepEqual(findings(quiet), []);
  // A growing command three levels up: reported there only.
  const loud = project({ 'tools/__init__.py': '', 'tools/cli.py': tools, 'wrap.py': wrap, 'main.py': "import wrap\nfrom tools import cli\ncli.run_shell('iwconfig')\nwrap.sh('tar czvf /tmp/x.tgz /usr')\ncli.bash('rsync -av a b')\n" });
  assert.deepEqual(findings(loud), ['main.py:4:1 POP005', 'main.py:5:1 POP001']);
  const messages = JSON.parse(cli(['check', '--evidence', 'likely', path.join(loud, 'main.py'), '--format', 'json']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages, [
    'stdout pipe of subprocess.Popen() in execute() through sh() (defined in wrap) is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock',
    'output pipe of os.popen() in exec_bash() through bash() (defined in tools.cli): the pipe is dropped (`rsync -av` lists every file): on Python 3.10+ the pipe stays open: `rsync` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited',
  ]);
  // An unseen command at the top of the chain: the definition names that caller.
  const unseen = project({ 'tools/__init__.py': '', 'tools/cli.py': tools, 'wrap.py': wrap, 'main.py': "import sys, wrap\nfrom tools import cli\nwrap.sh(sys.argv[1])\ncli.bash('kill 12')\n" });
  assert.deepEqual(findings(unseen), ['cli.py:6:9 POP005']);
  assert.match(JSON.parse(cli(['check', '--evidence', 'likely', path.join(unseen, 'tools/cli.py'), '--format', 'json']).stdout).findings[0].message, /\(execute\(\) runs its parameter `command`, and the caller at \.\.\/main\.py:3 passes a command not known statically\)/);
});

test('a file that calls only a wrapper of a wrapper defined in a module without an opener is a candidate (the chain prefilter)', () => {
  const tools = "import subprocess\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n";
  // wrap.py never says popen: its function is found from its bytes, whatever ends its lines or
  // spaces its `def` (CRLF, a tab, a space before the parenthesis).
  for (const wrap of ['from tools import cli\ndef sh(command):\n    return cli.execute(command)\n', 'from tools import cli\r\n\r\ndef\tsh (command):\r\n    return cli.execute(command)\r\n']) {
    const dir = project({ 'tools/__init__.py': '', 'tools/cli.py': tools, 'wrap.py': wrap, 'main.py': "import wrap\nwrap.sh('tar czvf /tmp/x.tgz /usr')\n" });
    assert.deepEqual(findings(dir), ['main.py:2:1 POP005']);
  }
});

test('item 1: callers that reach a wrapper through a star import are judged too (private names and names left out of __all__ are not imported)', () => {
  const lib = "import os\n__all__ = ['exec_bash', 'hidden_name']\ndef exec_bash(command):\n    os.popen(command)\ndef hidden(command):\n    os.popen(command)\n";
  const quiet = project({ 'tools/__init__.py': '', 'tools/lib.py': lib, 'use.py': "from tools.lib import *\nexec_bash('iptables -F')\nexec_bash('ifconfig wlan0 up')\nhidden('tar czvf x.tgz /srv')\n" });
  // exec_bash: every caller seen and quiet; hidden: not exported, so its call is no caller (the definition stays).
  assert.deepEqual(findings(quiet), ['lib.py:6:5 POP001']);
  const loud = project({ 'tools/__init__.py': '', 'tools/lib.py': lib, 'use.py': "from tools.lib import *\nexec_bash('rsync -av a b')\n", 'other.py': "from tools.lib import hidden\nhidden('kill 1')\n" });
  assert.deepEqual(findings(loud), ['use.py:2:1 POP001']);
});

test('a copy without history (an unpacked release): the outermost folder with a project file holds the callers; none: the definition answers', () => {
  const lib = "import subprocess\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n";
  const plain = (files: Record<string, string>) => project(files, false);
  // setup.py at the top, another in a nested package: the callers in the whole project are seen, all quiet.
  const release = plain({ 'setup.py': 'from setuptools import setup\nsetup()\n', 'pkg/sub/setup.cfg': '', 'pkg/sub/lib.py': lib, 'app.py': "from pkg.sub.lib import run\nrun('git rev-parse HEAD')\n" });
  assert.deepEqual(findings(release), []);
  const loud = plain({ 'pyproject.toml': '', 'lib.py': lib, 'app.py': "from lib import run\nrun('tar czvf x.tgz /srv')\n" });
  assert.deepEqual(findings(loud), ['app.py:2:1 POP005']);
  // No project file, no history (a `git archive` export): the folder named on the command line is the project.
  const bare = plain({ 'lib.py': lib, 'app.py': "from lib import run\nrun('git rev-parse HEAD')\n" });
  assert.deepEqual(withMessages(bare), []);
  assert.deepEqual(withMessages(path.join(bare, '.')), []);
  const bareLoud = plain({ 'pkg/lib.py': lib, 'app.py': "from pkg.lib import run\nrun('tar czvf x.tgz /srv')\n" });
  assert.deepEqual(findings(bareLoud), ['app.py:2:1 POP005']);
  // A file named alone is no project: its callers cannot be listed, and the definition says so.
  assert.deepEqual(withMessages(path.join(bare, 'lib.py')), ['lib.py:3:9 POP005 stdout pipe of subprocess.Popen() is not read before wait() (run() runs its parameter `cmd`, whose callers this run cannot see: no repository around the file, or an installed library): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  // A folder named inside the export is the project for the files below it: the callers above are not seen.
  assert.deepEqual(withMessages(path.join(bareLoud, 'pkg')), ['lib.py:3:9 POP005 stdout pipe of subprocess.Popen() is not read before wait() (run() runs its parameter `cmd`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
});

test('a method that runs its parameter: judged with the calls on self in its class and its subclasses; any other call leaves it to the definition', () => {
  const lib = "import subprocess\nclass Tool(object):\n    def _run(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        errors = p.stderr.read()\n        return p.stdout.read(), errors\n    def clean(self, path):\n        self._run(['rm', '-f', path])\n";
  const sub = (cmd: string) => `import lib\nclass Base(lib.Tool):\n    pass\nclass Sub(Base):\n    def go(self, a, b):\n        self._run(['mv', a, b])\n        self._run(${cmd})\n`;
  assert.deepEqual(findings(project({ 'lib.py': lib, 'sub.py': sub("['rm', '-rf', b]") })), []);
  assert.deepEqual(withMessages(project({ 'lib.py': lib, 'sub.py': sub("['tar', 'czvf', 'x.tgz', a]") })), ['lib.py:4:13 POP005 stdout pipe of subprocess.Popen() is not read while stderr is read to its end (`tar czvf` lists every file, passed to _run() at sub.py:7): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  // Called on an instance elsewhere: a command this run may not see.
  const other = project({ 'lib.py': lib, 'sub.py': sub("['rm', '-rf', b]"), 'app.py': "import sys\nfrom lib import Tool\nTool()._run(sys.argv[1:])\n" });
  assert.deepEqual(findings(other), ['lib.py:4:13 POP005']);
});

test('a wrapper judged with its callers: a command a test passes is no evidence when the program passes ones not known', () => {
  const lib = "import subprocess\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n";
  const dir = project({ 'lib.py': lib, 'app.py': "import sys\nfrom lib import run\nrun(sys.argv[1])\n", 'tests/test_lib.py': "from lib import run\nrun('tar czvf x.tgz /srv')\n" });
  const messages = JSON.parse(cli(['check', '--evidence', 'likely', path.join(dir, 'lib.py'), '--format', 'json', '--exit-zero']).stdout).findings.map((f: { message: string }) => f.message);
  assert.deepEqual(messages, ['stdout pipe of subprocess.Popen() is not read before wait() (run() runs its parameter `cmd`, and the caller at app.py:3 passes a command not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock']);
  // The program's own callers all quiet: the test's growing command is reported where the test passes it, not again at the definition.
  const quiet = project({ 'lib.py': lib, 'app.py': "from lib import run\nrun('git rev-parse HEAD')\n", 'tests/test_lib.py': "from lib import run\nrun('tar czvf x.tgz /srv')\n" });
  assert.deepEqual(findings(quiet), ['test_lib.py:2:1 POP005']);
  // An unlisted program in a test, the program's callers quiet: the definition names the test's call.
  const unlisted = project({ 'lib.py': lib, 'app.py': "from lib import run\nrun('git rev-parse HEAD')\n", 'tests/test_lib.py': "from lib import run\nrun('big-output --all')\n" });
  assert.match(JSON.parse(cli(['check', path.join(unlisted, 'lib.py'), '--format', 'json', '--evidence', 'possible', '--exit-zero']).stdout).findings[0].message, /passed to run\(\) at tests\/test_lib\.py:2/);
});

test('a wrapper that drains only when its flag says so: each caller in another module judged by the flag it passes', () => {
  const cli_ = "import shlex, subprocess\ndef execute(cmd, wait=True, shell=False):\n    args = cmd if shell else shlex.split(cmd)\n    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, shell=shell)\n    if wait:\n        out, _ = proc.communicate()\n        return out\n    return ''\n";
  const dir = project({ 'util/__init__.py': '', 'util/cli.py': cli_, 'ui.py': "import util.cli\ndef on_click(cmd, wait=False):\n    util.cli.execute(cmd, wait=wait, shell=True)\nutil.cli.execute('make all')\nutil.cli.execute('make all', wait=True)\n" });
  assert.deepEqual(findings(dir), ['ui.py:3:5 POP005', 'cli.py:4:12 POP005']);
});

// Issue 11 (audit 4): an asyncio process kept on `self` by a base class, waited by a subclass
// another module of the package defines, and read by nobody.
test('asyncio process kept on self in a base class: a subclass in another module waits without reading (POP007)', () => {
  const base = "import asyncio\nfrom asyncio.subprocess import PIPE\n\n\nclass Tool:\n    command = None\n\n    async def run(self, *args):\n        self.proc = await asyncio.create_subprocess_exec(self.command, *args, stdout=PIPE, stderr=PIPE)\n\n    def stop(self):\n        if self.proc:\n            self.proc.kill()\n";
  const cracker = "from .base import Tool\n\n\nclass Cracker(Tool):\n    command = 'cracker'\n\n    async def result(self):\n        if self.proc:\n            await self.proc.wait()\n        return self.proc.returncode\n";
  const dir = project({ 'pkg/__init__.py': '', 'pkg/base.py': base, 'pkg/cracker.py': cracker });
  assert.deepEqual(withMessages(dir), [
    'base.py:9:27 POP007 stdout/stderr pipe of create_subprocess_exec() stored in `self.proc` is not read before the wait in Cracker.result() (cracker.py:9) (the command is not known statically): the command blocks once the pipe and asyncio\'s stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock',
  ]);
  // A subclass that reads the output (communicate), or one outside the package's imports, changes the verdict.
  const reads = project({ 'pkg/__init__.py': '', 'pkg/base.py': base, 'pkg/cracker.py': cracker, 'pkg/lister.py': "from .base import Tool\n\n\nclass Lister(Tool):\n    async def lines(self):\n        out, _ = await self.proc.communicate()\n        return out.splitlines()\n" });
  assert.deepEqual(withMessages(reads), []);
  const unrelated = project({ 'pkg/__init__.py': '', 'pkg/base.py': base, 'other.py': "from elsewhere import Tool\n\n\nclass Cracker(Tool):\n    async def result(self):\n        await self.proc.wait()\n" });
  assert.deepEqual(withMessages(unrelated), []);
});

test('a server kept on self, ended through a function of another module that only signals it: never read (POP005)', () => {
  const attack = "import util\nfrom subprocess import Popen, PIPE, STDOUT\n\n\nclass Attack(object):\n    def start(self):\n        self.web = Popen(['python3', '-m', 'http.server'], stdout=PIPE, stderr=STDOUT)\n\n    def stop(self):\n        if not util.kill_app(self.web):\n            print('failed')\n";
  const kills = "import os, signal\n\n\ndef kill_app(proc):\n    try:\n        os.kill(proc.pid, signal.SIGINT)\n    except OSError:\n        return False\n    return True\n";
  const message = 'attack.py:7:20 POP005 stdout pipe of subprocess.Popen() stored in `self.web` is never read in this module (`python3` runs a program whose output can grow): the pipe stays open: `python3` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write if the program exits first';
  // The import resolves from the file's folder, or only through a folder the program puts on sys.path (core/util.py).
  assert.deepEqual(withMessages(project({ 'attack.py': attack, 'util.py': kills })), [message]);
  assert.deepEqual(withMessages(project({ 'modules/attack.py': attack, 'core/util.py': kills })), [message]);
  // A function that reads what the server wrote, or two modules of that name: not reported.
  const reads = "def kill_app(proc):\n    proc.terminate()\n    return proc.communicate()[0]\n";
  assert.deepEqual(withMessages(project({ 'attack.py': attack, 'util.py': reads })), []);
  assert.deepEqual(withMessages(project({ 'modules/attack.py': attack, 'core/util.py': kills, 'lib/util.py': reads })), []);
});
