import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { everyPython, lint, runCountingParent } from '../helpers.js';

/**
 * Hazard test for POP005's poll-guarded readline() loop: the child prints LINES lines at once and
 * exits; the parent reads one line, then sleeps inside the loop body (as a parent busy with a
 * line does), so the child has exited by the next `poll()`: the loop stops with the other lines
 * still in the pipe. Deterministic: the child's exit always comes before the second poll().
 * The loop that reads until readline() returns empty (the finding's advice) gets every line.
 */
const LINES = 50;
const CHILD = `import sys\nfor i in range(${LINES}):\n    sys.stdout.write('line %d\\n' % i)\nsys.stdout.flush()\n`;

const POLL_LOOP = [
  'import subprocess, sys, time',
  "p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE)",
  'count = 0',
  'while p.poll() is None:',
  '    line = p.stdout.readline()',
  '    if line:',
  '        count += 1',
  '    time.sleep(0.5)',
  "print('%d %d' % (count, p.returncode))",
  '',
].join('\n');

const READ_TO_END = [
  'import subprocess, sys, time',
  "p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE)",
  'count = 0',
  "for line in iter(p.stdout.readline, b''):",
  '    count += 1',
  '    time.sleep(0.01)',
  'p.wait()',
  "print('%d %d' % (count, p.returncode))",
  '',
].join('\n');


describe('POP005: a readline() loop guarded by poll() drops the last lines', { concurrency: true }, () => {
  test('the linter reports the poll loop and not the loop that reads to the end', async () => {
    const before = await lint(POLL_LOOP, ['POP005']);
    assert.deepEqual(before.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[2, 'stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`']]);
    assert.deepEqual(await lint(READ_TO_END, ['POP005']), []);
  });
  for (const interp of everyPython()) {
    test(`under ${interp.name}: lines lost before, all read after`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const before = runCountingParent(interp.bin, CHILD, POLL_LOOP);
      assert.equal(before.status, 0);
      assert.equal(before.child, 0, 'the child exited normally');
      assert.ok(before.counted < LINES, `the poll loop read ${before.counted} of ${LINES} lines`);
      const after = runCountingParent(interp.bin, CHILD, READ_TO_END);
      assert.deepEqual([after.status, after.child, after.counted], [0, 0, LINES]);
    });
  }
});

/**
 * The same loss through a generator the handle is handed to (audit 15: tito's run_subprocess()):
 * the loop takes poll() before its readline() and stops once that poll saw the exit. The parent
 * is busy with a line (sleeps) while the child prints everything and exits: the next round reads
 * one more line and stops, with the other lines still in the pipe.
 */
const GENERATOR = [
  'import subprocess, sys, time',
  'def run_subprocess(p):',
  '    while True:',
  '        retcode = p.poll()',
  '        line = p.stdout.readline()',
  '        if len(line) > 0:',
  '            yield line',
  '        if retcode is not None:',
  '            break',
  "p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE)",
  'count = 0',
  'for line in run_subprocess(p):',
  '    count += 1',
  '    time.sleep(0.5)',
  "print('%d %d' % (count, p.wait()))",
  '',
].join('\n');

describe('POP005: a generator whose readline() loop stops once poll() saw the exit drops the last lines', { concurrency: true }, () => {
  test('the linter reports the Popen handed to the generator', async () => {
    const found = await lint(GENERATOR, ['POP005']);
    assert.deepEqual(found.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[10, 'stdout pipe of subprocess.Popen() is read with readline() by run_subprocess() in a loop that stops once `retcode = p.poll()` has seen the command exit']]);
  });
  for (const interp of everyPython()) {
    test(`under ${interp.name}: lines lost`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const before = runCountingParent(interp.bin, CHILD, GENERATOR);
      assert.equal(before.status, 0);
      assert.equal(before.child, 0, 'the child exited normally');
      assert.ok(before.counted < LINES, `the generator's loop read ${before.counted} of ${LINES} lines`);
    });
  }
});

/**
 * The same loss where the loop's test asks a method of the class whether the child is alive
 * (audits 11 and 13: youtube-dl-gui's and yt-dlg's `while self._proc_is_alive()`), and where a
 * reader thread breaks out once `poll()` has seen the exit (audit 11: esphome's _stdout_thread).
 * The parent is busy with a line (sleeps) while the child prints everything and exits.
 */
const PREDICATE = [
  'import subprocess, sys, time',
  'class Downloader:',
  '    def __init__(self):',
  '        self._proc = None',
  '    def download(self):',
  "        self._proc = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE)",
  '        count = 0',
  '        while self._proc_is_alive():',
  '            line = self._proc.stdout.readline()',
  '            if line:',
  '                count += 1',
  '            time.sleep(0.5)',
  '        return count',
  '    def _proc_is_alive(self):',
  '        if self._proc is None:',
  '            return False',
  '        return self._proc.poll() is None',
  'd = Downloader()',
  'count = d.download()',
  "print('%d %d' % (count, d._proc.wait()))",
  '',
].join('\n');

const THREAD_BREAK = [
  'import subprocess, sys, threading, time',
  'class Runner:',
  '    def spawn(self):',
  '        self.count = 0',
  "        self._proc = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)",
  '        t = threading.Thread(target=self._stdout_thread)',
  '        t.start()',
  '        return t',
  '    def _stdout_thread(self):',
  '        while True:',
  '            data = self._proc.stdout.readline()',
  '            if data:',
  '                self.count += 1',
  '                time.sleep(0.5)',
  '            if self._proc.poll() is not None:',
  '                break',
  '        self._proc.wait(1.0)',
  'r = Runner()',
  'r.spawn().join()',
  "print('%d %d' % (r.count, r._proc.returncode))",
  '',
].join('\n');

describe('POP005: a loop that asks a predicate method, or breaks once poll() saw the exit, drops the last lines', { concurrency: true }, () => {
  test('the linter reports both', async () => {
    const predicate = await lint(PREDICATE, ['POP005']);
    assert.deepEqual(predicate.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[6, 'stdout pipe of subprocess.Popen() is read with readline() only while `self._proc_is_alive()`']]);
    const broken = await lint(THREAD_BREAK, ['POP005']);
    assert.deepEqual(broken.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[5, 'stdout pipe of subprocess.Popen() is read with readline() in a loop that stops once `self._proc.poll()` has seen the command exit']]);
  });
  for (const interp of everyPython()) {
    test(`under ${interp.name}: lines lost`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      for (const script of [PREDICATE, THREAD_BREAK]) {
        const r = runCountingParent(interp.bin, CHILD, script);
        assert.equal(r.status, 0);
        assert.equal(r.child, 0, 'the child exited normally');
        assert.ok(r.counted < LINES, `the loop read ${r.counted} of ${LINES} lines`);
      }
    });
  }
});

/**
 * The same loss where the loop calls a method of the class that reads one line (audit 29:
 * OneDriveGUI's sync worker, `while proc.poll() is None: self.read_stdout()`), or a function local
 * to the loop's. The parent is busy with a line (sleeps) while the child prints everything and
 * exits. After the fix (the finding's advice: read the rest after the loop, until readline()
 * returns empty) every line is read, and the linter says nothing.
 */
const METHOD = (after: boolean) => [
  'import subprocess, sys, time',
  'class Worker:',
  '    def run(self):',
  '        self.count = 0',
  "        self.proc = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)",
  '        while self.proc.poll() is None:',
  '            self.read_stdout()',
  ...(after ? ['        while self.read_stdout():', '            pass'] : []),
  '    def read_stdout(self):',
  '        line = self.proc.stdout.readline()',
  '        if line:',
  '            self.count += 1',
  '        if self.count == 1:',
  '            time.sleep(0.5)',
  '        return line',
  'w = Worker()',
  'w.run()',
  "print('%d %d' % (w.count, w.proc.returncode))",
  '',
].join('\n');

const LOCAL = [
  'import subprocess, sys, time',
  'def sync():',
  "    p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE)",
  '    lines = []',
  '    def pump():',
  '        line = p.stdout.readline()',
  '        if line:',
  '            lines.append(line)',
  '        if len(lines) == 1:',
  '            time.sleep(0.5)',
  '    while p.poll() is None:',
  '        pump()',
  '    return len(lines), p.returncode',
  "print('%d %d' % sync())",
  '',
].join('\n');

describe('POP005: a poll loop that reads through a method or a local function drops the last lines', { concurrency: true }, () => {
  test('the linter reports both, and not the method loop that reads the rest after it', async () => {
    const method = await lint(METHOD(false), ['POP005']);
    assert.deepEqual(method.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[5, 'stdout pipe of subprocess.Popen() is read with readline() by self.read_stdout() only while `self.proc.poll() is None`']]);
    const local = await lint(LOCAL, ['POP005']);
    assert.deepEqual(local.map((f) => [f.range.start.line, f.message.split(':')[0]]), [[3, 'stdout pipe of subprocess.Popen() is read with readline() by pump() only while `p.poll() is None`']]);
    assert.deepEqual(await lint(METHOD(true), ['POP005']), []);
  });
  for (const interp of everyPython()) {
    test(`under ${interp.name}: lines lost before, all read after`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      for (const script of [METHOD(false), LOCAL]) {
        const r = runCountingParent(interp.bin, CHILD, script);
        assert.equal(r.status, 0);
        assert.equal(r.child, 0, 'the child exited normally');
        assert.ok(r.counted < LINES, `the loop read ${r.counted} of ${LINES} lines`);
      }
      const after = runCountingParent(interp.bin, CHILD, METHOD(true));
      assert.deepEqual([after.status, after.child, after.counted], [0, 0, LINES]);
    });
  }
});
