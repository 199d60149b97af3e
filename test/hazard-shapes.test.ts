import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Strategy } from '../src/types.js';
import { fix, lint, pythonInterpreters, tempDir } from './helpers.js';

/**
 * Hazard tests for the deadlock shapes (issue 12), run by the real interpreter. The child
 * writes 300 KB (past the 64 KiB pipe, and past asyncio's buffers), then leaves `child-done`;
 * the parent leaves `parent-done` when it gets past the hazard. Before the fix the run hits a
 * 4 s timeout with neither marker, the child asleep in the kernel's pipe_write (read from
 * /proc/PID/wchan), the parent waiting. 
 * After the fix both markers are there.
 */
const BIG = "import sys; sys.stdout.write('x' * 300000); sys.stdout.flush(); open('child-done', 'w').write('1')";
const BIG_ERR = "import sys; sys.stderr.write('e' * 300000); sys.stderr.flush(); sys.stdout.write('ok'); open('child-done', 'w').write('1')";
const READY = "import sys; print('ready'); sys.stdout.flush(); sys.stdout.write('x' * 300000); sys.stdout.flush(); open('child-done', 'w').write('1')";

interface Shape {
  rule: string;
  name: string;
  source: string;
  strategy: Strategy;
  /** Python 3 only (asyncio, f-strings...). */
  py3?: boolean;
}

const q = (s: string) => JSON.stringify(s);
const DONE = "open('parent-done', 'w').write('1')";

const shapes: Shape[] = [
  {
    rule: 'POP005', name: 'shape 1: wait() before the first read', strategy: 'read',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', ${q(BIG)}], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\np.wait()\nout = p.stdout.read()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 1: a poll() loop before the first read', strategy: 'devnull',
    source: `import subprocess, sys, time\np = subprocess.Popen([sys.executable, '-c', ${q(BIG)}], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    time.sleep(0.05)\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 2: stdout read to its end while stderr fills', strategy: 'devnull',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', ${q(BIG_ERR)}], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 3: a partial read, then wait()', strategy: 'read',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', ${q(READY)}], stdout=subprocess.PIPE)\nline = p.stdout.readline()\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 7: the second binding of a name is waited unread', strategy: 'read',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', 'print(1)'], stdout=subprocess.PIPE)\np.communicate()\np = subprocess.Popen([sys.executable, '-c', ${q(BIG)}], stdout=subprocess.PIPE)\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP007', name: 'asyncio: await proc.wait() before the read', strategy: 'read', py3: true,
    source: `import asyncio, sys\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', ${q(BIG)}, stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n    ${DONE}\nasyncio.run(main())\n`,
  },
];

/** The kernel function a process sleeps in ('anon_pipe_write', 'pipe_write', 'do_wait'...), or ''. */
function wchan(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/wchan`, 'utf8');
  } catch {
    return '';
  }
}

function childrenOf(pid: number): number[] {
  const r = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout.split(/\s+/).filter(Boolean).map(Number);
}

/**
 * Runs the parent in its own process group with no pipe back to us (so a blocked grandchild
 * cannot keep this call waiting); after 4 s records where the child sleeps, then kills the group.
 */
async function run(bin: string, dir: string, script: string) {
  for (const m of ['child-done', 'parent-done']) fs.rmSync(path.join(dir, m), { force: true });
  fs.writeFileSync(path.join(dir, 'task.py'), script);
  const parent = spawn(bin, ['task.py'], { cwd: dir, detached: true, stdio: 'ignore' });
  const exited = new Promise<boolean>((resolve) => parent.on('exit', () => resolve(true)));
  const timedOut = !(await Promise.race([exited, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 4000))]));
  let childState = 'exited';
  if (timedOut) {
    // The child writes into the pipe nobody reads: Linux shows it asleep in the pipe's write.
    const states = childrenOf(parent.pid!).map(wchan);
    childState = states.some((s) => /pipe_write/.test(s)) ? 'blocked in pipe_write' : `not blocked in a write: ${states.join(', ')}`;
    try { process.kill(-parent.pid!, 'SIGKILL'); } catch { /* already gone */ }
    await exited;
  }
  return {
    timedOut,
    childState,
    child: fs.existsSync(path.join(dir, 'child-done')),
    parent: fs.existsSync(path.join(dir, 'parent-done')),
  };
}

// Each deadlock costs its full timeout: the cases run side by side.
describe('deadlock shapes under the real interpreters', { concurrency: 6 }, () => {
for (const interp of pythonInterpreters()) {
  for (const shape of shapes) {
    test(`${shape.rule} ${shape.name} under ${interp.name}: deadlock before the fix, done after`, async (t) => {
      if (!interp.bin) return t.skip(interp.reason);
      if (shape.py3 && interp.name === 'python2.7') return t.skip('asyncio is Python 3');
      const dir = tempDir('popenlint-shape-');
      const findings = (await lint(shape.source, [shape.rule])).filter((f) => f.rule === shape.rule);
      assert.equal(findings.length, 1, `one ${shape.rule} finding:\n${findings.map((f) => f.message).join('\n')}`);
      assert.deepEqual(await run(interp.bin, dir, shape.source), { timedOut: true, childState: 'blocked in pipe_write', child: false, parent: false }, 'unfixed: the child blocks on its write, the parent waits');
      // The fix is made for the interpreter that runs it: no subprocess.DEVNULL on 2.7.
      const fixed = await fix(shape.source, [shape.rule], shape.strategy, true, 'python', interp.name === 'python2.7' ? 'py2' : 'py3');
      assert.notEqual(fixed, shape.source, 'a fix applies');
      assert.deepEqual(await run(interp.bin, dir, fixed), { timedOut: false, childState: 'exited', child: true, parent: true }, `fixed (${shape.strategy}):\n${fixed}`);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
}
});
