import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { everyPython, lint, runCountingParent } from '../helpers.js';

/**
 * Hazard test for POP005's pipe closed at once (powerline's `readlines()`): the parent closes the
 * stderr pipe right after the Popen and reads stdout. The child prints a line, pauses (so the
 * close has happened: deterministic), writes one warning to stderr and then the rest of its
 * output: its stderr write fails (EPIPE; a non-Python child is killed by SIGPIPE), the child
 * dies there, and the lines after it never come. With stderr=DEVNULL every line comes.
 */
const LINES = 20;
const CHILD = [
  'import sys, time',
  "sys.stdout.write('line 0\\n')",
  'sys.stdout.flush()',
  'time.sleep(0.3)',
  "sys.stderr.write('warning: something\\n')",
  'sys.stderr.flush()',
  `for i in range(1, ${LINES}):`,
  "    sys.stdout.write('line %d\\n' % i)",
  'sys.stdout.flush()',
  '',
].join('\n');

const CLOSED = [
  'import subprocess, sys',
  "p = subprocess.Popen([sys.executable, 'child.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)",
  'p.stderr.close()',
  'count = 0',
  'for line in p.stdout:',
  '    count += 1',
  'p.wait()',
  "print('%d %d' % (count, p.returncode))",
  '',
].join('\n');

const DEVNULL = CLOSED.replace('stderr=subprocess.PIPE)', 'stderr=subprocess.DEVNULL)').replace('p.stderr.close()\n', '');


describe('POP005: a stderr pipe closed at once kills the child at its first warning', { concurrency: true }, () => {
  test('the linter reports the close and not stderr=DEVNULL', async () => {
    const before = await lint(CLOSED, ['POP005']);
    assert.deepEqual(before.map((f) => [f.range.start.line, f.range.start.column, f.message.split(':')[0]]), [[2, 5, 'stderr pipe of subprocess.Popen() is closed before it is read, while the command runs and its stdout is read (`python` runs a program whose output can grow)']]);
    assert.deepEqual(await lint(DEVNULL, ['POP005']), []);
  });
  for (const interp of everyPython()) {
    test(`under ${interp.name}: the child dies at its warning before, every line after`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const before = runCountingParent(interp.bin, CHILD, CLOSED);
      assert.equal(before.status, 0);
      assert.notEqual(before.child, 0, 'the child died at its stderr write');
      assert.equal(before.counted, 1, 'only the line before the warning came');
      const after = runCountingParent(interp.bin, CHILD, DEVNULL.replace('subprocess.DEVNULL', interp.py2 ? "open('/dev/null', 'w')" : 'subprocess.DEVNULL'));
      assert.deepEqual([after.status, after.child, after.counted], [0, 0, LINES]);
    });
  }
});
