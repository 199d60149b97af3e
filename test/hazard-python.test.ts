import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Strategy } from '../src/types.js';
import { fix, lint, pythonInterpreters, tempDir } from './helpers.js';

/**
 * Hazard tests: the real interpreter shows the failure in the unfixed program and not in the
 * fixed one. The article's pair: the parent runs os.popen(cmd) and exits at once; the child
 * sleeps 0.3 s, prints, and only then writes its marker file.
 */
const CHILD = [
  'import sys, time',
  'time.sleep(0.3)',
  "sys.stdout.write('1000' * 1024)",
  'sys.stdout.flush()',
  "open('marker', 'w').write('done')",
  '',
].join('\n');

function parentSource(python2: boolean): string {
  // The Python 2 version uses a print statement, as the article does, so the fixer targets 2.7.
  const tail = python2 ? "print 'started'\n" : "print('started')\n";
  return `import os\nimport sys\ncmd = sys.executable + ' child.py'\nos.popen(cmd)\n${tail}`;
}

async function markerAfter(dir: string, bin: string, script: string, waitMs: number): Promise<boolean> {
  fs.rmSync(path.join(dir, 'marker'), { force: true });
  fs.writeFileSync(path.join(dir, 'task.py'), script);
  const r = spawnSync(bin, ['task.py'], { cwd: dir, timeout: 10_000, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(path.join(dir, 'marker'))) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return fs.existsSync(path.join(dir, 'marker'));
}

for (const interp of pythonInterpreters()) {
  const python2 = interp.name === 'python2.7';
  test(`POP001 hazard under ${interp.name}: dropped os.popen kills the child; every strategy saves it`, async (t) => {
    if (!interp.bin) {
      console.log(`# skipped: ${interp.reason}`);
      t.skip(interp.reason);
      return;
    }
    const dir = tempDir('popenlint-hazard-');
    fs.writeFileSync(path.join(dir, 'child.py'), CHILD);
    const unfixed = parentSource(python2);
    assert.equal((await lint(unfixed, ['POP001'])).length, 1);
    assert.equal(await markerAfter(dir, interp.bin, unfixed, 1500), false, 'unfixed: the child must die of SIGPIPE before writing its marker');
    for (const strategy of ['devnull', 'read', 'subprocess'] as Strategy[]) {
      const fixed = await fix(unfixed, ['POP001'], strategy);
      assert.notEqual(fixed, unfixed, strategy);
      assert.equal(await markerAfter(dir, interp.bin, fixed, 3000), true, `${strategy}: the child must finish\n${fixed}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`POP005 hazard under ${interp.name}: Popen(stdout=PIPE).wait() on 200 KB hangs; fixed, it completes`, async (t) => {
    if (!interp.bin) {
      console.log(`# skipped: ${interp.reason}`);
      t.skip(interp.reason);
      return;
    }
    const dir = tempDir('popenlint-hazard-');
    const unfixed = [
      'import subprocess, sys',
      "p = subprocess.Popen([sys.executable, '-c', \"import sys; sys.stdout.write('x' * 200000)\"], stdout=subprocess.PIPE)",
      'p.wait()',
      "open('marker', 'w').write('done')",
      python2 ? "print 'ok'" : "print('ok')",
      '',
    ].join('\n');
    const run = (script: string) => {
      fs.rmSync(path.join(dir, 'marker'), { force: true });
      fs.writeFileSync(path.join(dir, 'task.py'), script);
      const r = spawnSync(interp.bin!, ['task.py'], { cwd: dir, timeout: 3000, killSignal: 'SIGKILL' });
      return { timedOut: r.error !== undefined || r.signal === 'SIGKILL', marker: fs.existsSync(path.join(dir, 'marker')) };
    };
    assert.deepEqual(run(unfixed), { timedOut: true, marker: false }, 'unfixed: parent and child deadlock');
    for (const strategy of ['devnull', 'read'] as Strategy[]) {
      const fixed = await fix(unfixed, ['POP005'], strategy);
      assert.notEqual(fixed, unfixed);
      assert.deepEqual(run(fixed), { timedOut: false, marker: true }, `${strategy}:\n${fixed}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
