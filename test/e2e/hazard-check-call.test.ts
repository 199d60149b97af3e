import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { everyPython, lint, tempDir } from '../helpers.js';

/**
 * Hazard test for POP005's check_call() with stderr=PIPE whose handler reads the exception's
 * stderr: the command fails with an error message of a few bytes, far below the pipe's 64 KiB,
 * and the handler prints `e.stderr`. check_call() never reads the pipe, so the message is lost
 * whatever its size: None on Python 3.5+, an AttributeError on 2.7 (CalledProcessError has no
 * stderr there). `subprocess.run(..., check=True)` reads the pipe and the handler gets it.
 */
const FAILING = "[sys.executable, '-c', \"import sys; sys.stderr.write('boom'); sys.exit(3)\"]";

const CHECK_CALL = [
  'import subprocess, sys',
  'try:',
  `    subprocess.check_call(${FAILING}, stderr=subprocess.PIPE)`,
  'except subprocess.CalledProcessError as e:',
  '    sys.stdout.write(repr(e.stderr))',
  '',
].join('\n');

const RUN = CHECK_CALL.replace('subprocess.check_call(', 'subprocess.run(').replace('stderr=subprocess.PIPE)', 'stderr=subprocess.PIPE, check=True)');

function run(bin: string, script: string): { status: number | null; stdout: string; stderr: string } {
  const dir = tempDir('popenlint-checkcall-');
  try {
    fs.writeFileSync(path.join(dir, 'task.py'), script);
    const r = spawnSync(bin, ['task.py'], { cwd: dir, timeout: 10_000, killSignal: 'SIGKILL', encoding: 'utf8' });
    assert.equal(r.signal, null, `the parent was killed by ${r.signal} (timeout): ${r.stderr}`);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('POP005: check_call() with stderr=PIPE loses the error text its handler reads', { concurrency: true }, () => {
  test('the linter reports check_call() and not run(check=True)', async () => {
    const before = await lint(CHECK_CALL, ['POP005']);
    assert.deepEqual(before.map((f) => [f.range.start.line, f.evidence, f.message.split(',')[0]]), [[3, 'any-size', 'stderr pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it']]);
    assert.deepEqual(await lint(RUN, ['POP005']), []);
  });
  for (const interp of everyPython()) {
    const py2 = interp.py2;
    test(`under ${interp.name}: the error text is lost before, kept by run(check=True)`, (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      const before = run(interp.bin, CHECK_CALL);
      if (py2) {
        assert.equal(before.status, 1);
        assert.match(before.stderr, /AttributeError: .*stderr/);
        return;
      }
      assert.deepEqual([before.status, before.stdout], [0, 'None']);
      const after = run(interp.bin, RUN);
      assert.deepEqual([after.status, after.stdout], [0, "b'boom'"]);
    });
  }
});
