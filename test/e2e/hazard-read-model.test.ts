import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { everyPython, lint } from '../helpers.js';

/**
 * Hazard tests for the words of two POP005 findings whose read model is not "one pipe read to its
 * end while the other fills" (audit 29):
 * - a loop reading a line of stdout, then a line of stderr: the parent blocks in the readline()
 *   of the silent stderr while the command fills stdout (5000 lines, more than 64 KiB): a hang,
 *   ended here by the test's timeout (SIGKILL); communicate() returns.
 * - stdout made non-blocking and polled, stderr never read, the loop kills the command at its
 *   deadline: the parent returns after the deadline, the command killed (-9) and the line it
 *   prints after its stderr flood lost; with stderr read (communicate()) the line is there.
 * Each parent script runs under every Python found, with a timeout, and its status or signal is asserted.
 */
const FLOOD_STDOUT = "import sys\nfor i in range(5000):\n    sys.stdout.write('site %05d https://example.sharepoint.com/sites/x\\n' % i)\nsys.stdout.flush()\n";
const FLOOD_STDERR = "import sys\nsys.stderr.write('w' * 200000)\nsys.stderr.flush()\nsys.stdout.write('done\\n')\n";

const ALTERNATING = [
  'import subprocess, sys',
  'class Worker:',
  '    def run(self):',
  "        self.proc = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)",
  '        self.lines = 0',
  '        while self.proc.poll() is None:',
  '            self.read()',
  '    def read(self):',
  '        out = self.proc.stdout.readline()',
  '        err = self.proc.stderr.readline()',
  '        if out:',
  '            self.lines += 1',
  'w = Worker()',
  'w.run()',
  "print('%d %d' % (w.lines, w.proc.returncode))",
  '',
].join('\n');

const COMMUNICATE = [
  'import subprocess, sys',
  "p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)",
  'out, err = p.communicate()',
  "print('%d %d' % (len(out.splitlines()), p.returncode))",
  '',
].join('\n');

const NONBLOCKING = [
  'import fcntl, os, signal, sys, time',
  'from subprocess import Popen, PIPE',
  'def run_command(args, timeout=None):',
  '    p = Popen(args, stdout=PIPE, stderr=PIPE)',
  '    tstart = time.time()',
  "    out = b''",
  '    fcntl.fcntl(p.stdout, fcntl.F_SETFL, fcntl.fcntl(p.stdout, fcntl.F_GETFL) | os.O_NONBLOCK)',
  '    while True:',
  '        time.sleep(0.1)',
  '        retcode = p.poll()',
  '        try:',
  "            out += p.stdout.read() or b''",
  '        except Exception:',
  '            pass',
  '        if retcode is not None:',
  '            break',
  '        if timeout is not None and time.time() > tstart + timeout:',
  '            os.kill(p.pid, signal.SIGKILL)',
  '            p.wait()',
  '    return out, p.returncode',
  "out, code = run_command([sys.executable, 'child.py'], timeout=2)",
  "print('%d %d' % (int(b'done' in out), code))",
  '',
].join('\n');

function runParent(bin: string, child: string, script: string, ms: number): { status: number | null; signal: NodeJS.Signals | null; out: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-read-model-'));
  try {
    fs.writeFileSync(path.join(dir, 'child.py'), child);
    fs.writeFileSync(path.join(dir, 'task.py'), script);
    const r = spawnSync(bin, ['task.py'], { cwd: dir, timeout: ms, killSignal: 'SIGKILL', encoding: 'utf8' });
    return { status: r.status, signal: r.signal, out: r.stdout.trim() ? r.stdout.trim().split(' ').map(Number) : [] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('POP005: the read model in the message (audit 29)', { concurrency: true }, () => {
  // Reported at the call of run_command(), whose command (a python child) can grow
  test('the linter says the pipes are read in turn, and that the non-blocking loop kills at its deadline', async () => {
    const alternating = await lint(ALTERNATING, ['POP005']);
    assert.deepEqual(alternating.map((f) => [f.range.start.line, /are read in turn, one line of each by self\.read\(\) in a loop: the parent blocks in the readline\(\) of the pipe the command is not writing to/.test(f.message)]), [[4, true]]);
    assert.deepEqual(await lint(COMMUNICATE, ['POP005']), []);
    const polled = await lint(NONBLOCKING, ['POP005']);
    assert.deepEqual(polled.map((f) => [f.range.start.line, /stdout, made non-blocking, is polled in a loop .*the loop polls it until its deadline, then kills it: its work is left unfinished and its output lost$/.test(f.message)]), [[21, true]]);
  });
  for (const interp of everyPython().filter((i) => !i.py2)) {
    test(`under ${interp.name}: the alternating reads hang, communicate() returns`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const before = runParent(interp.bin, FLOOD_STDOUT, ALTERNATING, 5_000);
      assert.equal(before.signal, 'SIGKILL', `the parent was expected to hang until the timeout, exited ${before.status}`);
      const after = runParent(interp.bin, FLOOD_STDOUT, COMMUNICATE, 10_000);
      assert.deepEqual([after.signal, after.status, after.out], [null, 0, [5000, 0]]);
    });
    test(`under ${interp.name}: the non-blocking poll loop kills the command at its deadline, its last line lost`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const started = Date.now();
      const before = runParent(interp.bin, FLOOD_STDERR, NONBLOCKING, 10_000);
      assert.deepEqual([before.signal, before.status, before.out], [null, 0, [0, -9]], 'no hang: the command was killed (-9) and "done" never came');
      assert.ok(Date.now() - started >= 2_000, 'the parent returned only at the deadline');
      const after = runParent(interp.bin, FLOOD_STDERR, COMMUNICATE, 10_000);
      assert.deepEqual([after.signal, after.status, after.out], [null, 0, [1, 0]]);
    });
  }
});
