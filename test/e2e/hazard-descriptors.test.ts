import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { everyPython, fix, lint, pythonInterpreters, tempDir } from '../helpers.js';

/**
 * POP009 under the real python2.7: a server binds a listening socket, starts a worker it never
 * waits for, and exits. The worker inherited the socket (close_fds defaults to False on 2.7),
 * so while it lives nobody can bind the port again - "Address already in use" on restart.
 * After the fix (close_fds=True) the port is free as soon as the parent is gone.
 */
const PARENT = [
  'import socket, subprocess, sys',
  's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
  's.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)',
  "s.bind(('127.0.0.1', 0))",
  's.listen(5)',
  "open('port', 'w').write(str(s.getsockname()[1]))",
  "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(4)'])",
  "open('child.pid', 'w').write(str(p.pid))",
  "print 'serving'",
  '',
].join('\n');

// A restart: bind the same port with SO_REUSEADDR, as servers do. Fails while a live socket listens there.
const PROBE = "import socket, sys\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ntry:\n    s.bind(('127.0.0.1', int(sys.argv[1])))\n    s.listen(1)\n    print('bound')\nexcept socket.error as e:\n    print('error %s' % e.errno)\n";

function restart(bin: string, dir: string, script: string) {
  fs.writeFileSync(path.join(dir, 'server.py'), script);
  // No pipe back to us: the child would hold it, and this call would wait for the child.
  const err = fs.openSync(path.join(dir, 'stderr'), 'w');
  const r = spawnSync(bin, ['server.py'], { cwd: dir, stdio: ['ignore', 'ignore', err], timeout: 10_000 });
  fs.closeSync(err);
  assert.equal(r.status, 0, fs.readFileSync(path.join(dir, 'stderr'), 'utf8'));
  const port = fs.readFileSync(path.join(dir, 'port'), 'utf8');
  const pid = Number(fs.readFileSync(path.join(dir, 'child.pid'), 'utf8'));
  const probe = spawnSync(bin, ['-c', PROBE, port], { encoding: 'utf8' }).stdout.trim();
  let alive = true;
  try { process.kill(pid, 0); } catch { alive = false; }
  try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  return { childAlive: alive, restart: probe };
}

const py2 = pythonInterpreters().find((i) => i.name === 'python2.7')!;

test('POP009 hazard under python2.7: the unwaited child keeps the listening socket; close_fds=True frees it', async (t) => {
  if (!py2.bin) return t.skip(py2.reason);
  const dir = tempDir('popenlint-fds-');
  const findings = await lint(PARENT, ['POP009']);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /keeps the socket opened by `socket.socket\(\)` \(a restart fails with "Address already in use"/);
  // EADDRINUSE is 98 on Linux.
  assert.deepEqual(restart(py2.bin, dir, PARENT), { childAlive: true, restart: 'error 98' });
  const fixed = await fix(PARENT, ['POP009'], 'subprocess');
  assert.match(fixed, /close_fds=True\)/);
  assert.deepEqual(restart(py2.bin, dir, fixed), { childAlive: true, restart: 'bound' });
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * POP006 under the real interpreters: the parent makes a pipe, starts a child it does not wait
 * for, closes its own write end and reads to the end. The child inherited the write end
 * (python2.7 by default; python3 with close_fds=False and a pipe2() made without O_CLOEXEC), so
 * the read blocks until the child exits: past the timeout here. After the fix (close_fds=True)
 * the read sees EOF at once and the parent exits 0. On 2.7 and every 3.x under ~/.pyenv.
 */
const READER = (pipe: string, popenArgs: string) => [
  'import os, subprocess',
  `r, w = ${pipe}`,
  `p = subprocess.Popen(['sleep', '6']${popenArgs})`,
  "open('child.pid', 'w').write(str(p.pid))",
  'os.close(w)',
  'os.read(r, 1)',
  '',
].join('\n');

function readToEnd(bin: string, dir: string, script: string) {
  fs.writeFileSync(path.join(dir, 'reader.py'), script);
  // No pipe back to us: the child would hold it, and this call would wait for the child.
  const r = spawnSync(bin, ['reader.py'], { cwd: dir, stdio: 'ignore', timeout: 2_000 });
  const pid = Number(fs.readFileSync(path.join(dir, 'child.pid'), 'utf8'));
  try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  return { status: r.status, signal: r.signal };
}

// Every interpreter: 2.7 with close_fds defaulting to False, each 3.x with close_fds=False and a pipe2() without O_CLOEXEC.
const ALL = everyPython();
const CASES = ALL.map((interp) => (interp.py2
  ? [`${interp.name}, close_fds defaulting to False`, interp, 'py2', 'os.pipe()', '']
  : [`${interp.name}, close_fds=False and pipe2() without O_CLOEXEC`, interp, 'py3', 'os.pipe2(0)', ', close_fds=False']) as [string, (typeof ALL)[number], 'py2' | 'py3', string, string]);

for (const [name, interp, target, pipe, args] of CASES) {
  test(`POP006 hazard under ${name}: the read to the end blocks until the child exits; close_fds=True sees EOF at once`, async (t) => {
    if (!interp.bin) return t.skip(interp.reason);
    const dir = tempDir('popenlint-fds-');
    const script = READER(pipe, args);
    const findings = await lint(script, ['POP006'], 'python', target);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    assert.match(findings[0]!.message, /keeps the pipe made by `os\.pipe2?\(\)` \(its reader never sees EOF/);
    assert.deepEqual(readToEnd(interp.bin, dir, script), { status: null, signal: 'SIGTERM' });
    const fixed = await fix(script, ['POP006'], 'subprocess', true, 'python', target);
    assert.match(fixed, /close_fds=True\)/);
    assert.deepEqual(readToEnd(interp.bin, dir, fixed), { status: 0, signal: null });
    // Python 3's own os.pipe() is not inheritable (PEP 446): nothing to report, nothing blocks.
    if (target === 'py3') {
      const plain = READER('os.pipe()', args);
      assert.deepEqual(await lint(plain, ['POP006'], 'python', target), []);
      assert.deepEqual(readToEnd(interp.bin, dir, plain), { status: 0, signal: null });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

/**
 * POP006, the background job: the parent reads a shell line's output to EOF while a command of
 * that line runs on in the background (`job &`) holding the pipe's write end. The read, and the
 * parent, wait for the job (cut here by the timeout, SIGTERM); after the fix (the job's output to
 * /dev/null) the parent exits 0 at once. The same on python2.7 (os.popen) and every 3.x
 * (check_output).
 */
const JOB = `sh -c 'echo $$ > job.pid; exec sleep 20' &`;
const PY2_READER = `import os\nout = os.popen("${JOB}").read()\n`;
const PY3_READER = `import subprocess\nout = subprocess.check_output("${JOB}", shell=True)\n`;

for (const interp of ALL) {
  const [script, target] = interp.py2 ? [PY2_READER, 'py2' as const] : [PY3_READER, 'py3' as const];
  test(`POP006 hazard under ${interp.name}: a background job keeps the pipe the parent reads; sent to /dev/null, the parent exits at once`, async (t) => {
    if (!interp.bin) return t.skip(interp.reason);
    const dir = tempDir('popenlint-fds-');
    const findings = await lint(script, ['POP006'], 'python', target);
    assert.deepEqual(findings.map((f) => f.message), ["`sh` runs in the background (`&`) and inherits the write end of the pipe " + (target === 'py2' ? 'os.popen() reads: read()' : 'subprocess.check_output() reads: check_output()') + ' sees EOF only when `sh` exits, so the parent blocks for as long as it runs']);
    const run = (text: string) => {
      fs.writeFileSync(path.join(dir, 'reader.py'), text);
      fs.rmSync(path.join(dir, 'job.pid'), { force: true });
      const r = spawnSync(interp.bin!, ['reader.py'], { cwd: dir, stdio: 'ignore', timeout: 2_000 });
      // The job may write its pid after a parent that exits at once: wait for it (up to 2 s), so
      // that it is killed and cannot write into the folder while it is removed.
      const pidFile = path.join(dir, 'job.pid');
      for (let i = 0; i < 40 && !(fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8').trim()); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      try { process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL'); } catch { /* gone */ }
      return { status: r.status, signal: r.signal };
    };
    assert.deepEqual(run(script), { status: null, signal: 'SIGTERM' });
    const fixed = await fix(script, ['POP006'], 'devnull', true, 'python', target);
    assert.match(fixed, />\/dev\/null 2>&1 &/);
    assert.deepEqual(run(fixed), { status: 0, signal: null });
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });
}
