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
 * sleeps 0.3 s, prints, and only then writes its marker file. The shell that runs the child
 * records its exit status: 1 when it died of BrokenPipeError (IOError on 2.7), 0 when it finished.
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
  return `import os\nimport sys\ncmd = sys.executable + ' child.py; echo $? >status'\nos.popen(cmd)\n${tail}`;
}

/** Runs the parent; waits for the child's exit status; says whether the marker came. */
async function childAfter(dir: string, bin: string, script: string, waitMs: number): Promise<{ status: string | null; marker: boolean }> {
  for (const f of ['marker', 'status']) fs.rmSync(path.join(dir, f), { force: true });
  fs.writeFileSync(path.join(dir, 'task.py'), script);
  const r = spawnSync(bin, ['task.py'], { cwd: dir, timeout: 10_000, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const status = path.join(dir, 'status');
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && !(fs.existsSync(status) && fs.readFileSync(status, 'utf8').endsWith('\n'))) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { status: fs.existsSync(status) ? fs.readFileSync(status, 'utf8').trim() : null, marker: fs.existsSync(path.join(dir, 'marker')) };
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
    assert.deepEqual(await childAfter(dir, interp.bin, unfixed, 3000), { status: '1', marker: false }, 'unfixed: the child must die of a broken pipe (exit status 1) before writing its marker');
    for (const strategy of ['devnull', 'read', 'subprocess'] as Strategy[]) {
      const fixed = await fix(unfixed, ['POP001'], strategy);
      assert.notEqual(fixed, unfixed, strategy);
      assert.deepEqual(await childAfter(dir, interp.bin, fixed, 3000), { status: '0', marker: true }, `${strategy}: the child must finish (exit status 0)\n${fixed}`);
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
      return { status: r.status, signal: r.signal, marker: fs.existsSync(path.join(dir, 'marker')) };
    };
    assert.deepEqual(run(unfixed), { status: null, signal: 'SIGKILL', marker: false }, 'unfixed: parent and child deadlock until the timeout kills the parent');
    for (const strategy of ['devnull', 'read'] as Strategy[]) {
      const fixed = await fix(unfixed, ['POP005'], strategy);
      assert.notEqual(fixed, unfixed);
      assert.deepEqual(run(fixed), { status: 0, signal: null, marker: true }, `${strategy}:\n${fixed}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
