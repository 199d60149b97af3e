import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { everyPython, lint, tempDir } from '../helpers.js';

/**
 * POP005 with a pipe chosen by a condition (src/python/pipe-choice.ts), run by the real
 * interpreters. The child writes 300 000 bytes, then leaves `child-done`.
 * - daq's shape (audit 25): `pipeout = PIPE if capture else None`, then `wait(timeout)` before
 *   `communicate()`: on the runs that capture, the child blocks at 64 KiB and the wait times out
 *   with its work unfinished. The fix (communicate with the timeout) gets it through.
 * - the paired shape (scapy, holland): the wait runs only when nothing is piped, the read when
 *   it is: both runs finish, and the linter says nothing.
 */
const BIG = "import sys; sys.stdout.write('x' * 300000); sys.stdout.flush(); open('child-done', 'w').write('1')";
const CHILD = `[sys.executable, '-c', ${JSON.stringify(BIG)}]`;

const WAIT_FIRST = [
  'import subprocess, sys',
  'def run(command, capture=False):',
  '    pipeout = subprocess.PIPE if capture else None',
  '    p = subprocess.Popen(command, stdout=pipeout, stderr=pipeout)',
  '    p.wait(timeout=2)',
  '    return p.communicate()',
  '',
].join('\n');

const FIXED = WAIT_FIRST.replace('    p.wait(timeout=2)\n    return p.communicate()', '    return p.communicate(timeout=2)');

const PAIRED = [
  'import subprocess, sys',
  'def run(command, capture=False):',
  '    pipeout = subprocess.PIPE if capture else None',
  '    p = subprocess.Popen(command, stdout=pipeout, stderr=pipeout)',
  '    if capture:',
  '        return p.communicate(timeout=2)',
  '    p.wait(timeout=2)',
  '',
].join('\n');

// The module run with `capture`: the result says whether the wait gave up, and whether the child got through.
function run(bin: string, code: string, capture: boolean): string {
  const dir = tempDir('popenlint-choice-');
  try {
    const call = `try:\n    run(${CHILD}, capture=${capture ? 'True' : 'False'})\n    state = 'done'\nexcept subprocess.TimeoutExpired:\n    state = 'timed-out'\n`;
    // Without capture the child writes to this process's stdout: sent to /dev/null by spawnSync.
    fs.writeFileSync(path.join(dir, 'task.py'), `${code}${call}open('result', 'w').write(state + (' child-done' if __import__('os').path.exists('child-done') else ''))\n`);
    spawnSync(bin, ['task.py'], { cwd: dir, timeout: 15000, killSignal: 'SIGKILL', stdio: 'ignore' });
    return fs.existsSync(path.join(dir, 'result')) ? fs.readFileSync(path.join(dir, 'result'), 'utf8') : 'no result';
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('POP005: a pipe chosen by a condition', () => {
  test('the linter reports the wait before the read, not the paired shape nor the fix', async () => {
    const found = await lint(WAIT_FIRST, ['POP005']);
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.column, f.message.split(' (run()')[0]]), [[4, 9, 'stdout/stderr pipe of subprocess.Popen() (piped when `capture`) is not read before wait()']]);
    assert.deepEqual(await lint(PAIRED, ['POP005']), []);
    assert.deepEqual(await lint(FIXED, ['POP005']), []);
  });
  for (const interp of everyPython().filter((i) => !i.py2)) {
    test(`under ${interp.name}: the capturing run times out with the child blocked; the fix and the paired shape finish`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      // wait(timeout=) exists from 3.3 on.
      assert.equal(run(interp.bin, WAIT_FIRST, true), 'timed-out');
      assert.equal(run(interp.bin, WAIT_FIRST, false), 'done child-done', 'no pipe: the same wait is harmless');
      assert.equal(run(interp.bin, FIXED, true), 'done child-done');
      assert.equal(run(interp.bin, PAIRED, true), 'done child-done');
      assert.equal(run(interp.bin, PAIRED, false), 'done child-done');
    });
  }
});
