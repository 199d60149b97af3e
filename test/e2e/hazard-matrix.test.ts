import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { OutputClass } from '../../src/knowledge/commands.js';
import { type Lifetime, pipeHazard, type PipePattern } from '../../src/knowledge/runtimes.js';
import type { Target } from '../../src/knowledge/targets.js';
import { blockedInWrite } from '../hazard-run.js';
import { tempDir } from '../helpers.js';

/**
 * The hazard model, measured (issue 11, item 7): every row of pattern x runtime x command
 * class x parent lifetime runs on the real interpreters under ~/.pyenv and must break exactly
 * when knowledge/runtimes.ts says it does. "Breaks" means the child did not finish its work
 * (its marker file is missing: killed, or died of a broken pipe), or the parent never returned.
 *
 * The child does its work the way each class of command does: a quiet one works and prints
 * nothing; a bounded one works, then prints its few lines (its result); one that can grow
 * prints 300 KB while it works. It starts writing 0.3 s after it starts, as in the article.
 */
const CHILD = {
  none: "import time; time.sleep(0.3); open('marker', 'w').write('done')",
  bounded: "import sys, time; time.sleep(0.3); open('marker', 'w').write('done'); sys.stdout.write('x' * 100); sys.stdout.flush()",
  unbounded: "import sys, time; time.sleep(0.3); sys.stdout.write('x' * 300000); sys.stdout.flush(); open('marker', 'w').write('done')",
} satisfies Record<OutputClass, string>;

const CMD = (cls: OutputClass) => `[sys.executable, '-c', ${JSON.stringify(CHILD[cls])}]`;
const SHELL = (cls: OutputClass) => `sys.executable + ' -c "${CHILD[cls].replace(/'/g, "\\'")}"'`;

// The parent: the pattern, then it ends at once (short) or lives on for 1.5 s (long).
const PARENTS: Record<PipePattern, (cls: OutputClass) => string> = {
  'os-popen-dropped': (cls) => `os.popen(${SHELL(cls)})`,
  'closed-unread': (cls) => `os.popen(${SHELL(cls)}).close()`,
  'held-unread': (cls) => `p = os.popen(${SHELL(cls)})\ntime.sleep(LIVE)\np.close()`,
  'dropped-open': (cls) => `subprocess.Popen(${CMD(cls)}, stdout=subprocess.PIPE)`,
  waited: (cls) => `subprocess.Popen(${CMD(cls)}, stdout=subprocess.PIPE).wait()`,
  // The shell exits at once; the next subprocess call reaps it, and the dropped Popen's pipe closes.
  'background-dropped': (cls) => `subprocess.Popen(${SHELL(cls)} + ' &', shell=True, stdout=subprocess.PIPE)\ntime.sleep(0.1)\nsubprocess.call(['true'])`,
  // The consumer reads one byte and exits; the parent keeps its copy of the pipe and waits.
  'handed-held': (cls) => `p = subprocess.Popen(${CMD(cls)}, stdout=subprocess.PIPE)\nq = subprocess.Popen([sys.executable, '-c', 'import sys; sys.stdin.read(1)'], stdin=p.stdout)\nq.wait()\np.wait()`,
};

function parentSource(pattern: PipePattern, cls: OutputClass, lifetime: Lifetime): string {
  const live = lifetime === 'long' ? '1.5' : '0';
  return `import os, subprocess, sys, time\nLIVE = ${live}\n${PARENTS[pattern](cls)}\ntime.sleep(LIVE)\n`;
}

const PYENV = path.join(os.homedir(), '.pyenv', 'versions');
const interpreters = fs.existsSync(PYENV)
  ? fs.readdirSync(PYENV).filter((v) => /^\d+\.\d+\.\d+$/.test(v)).map((v) => ({ version: v, bin: path.join(PYENV, v, 'bin', 'python') })).filter((i) => fs.existsSync(i.bin))
  : [];
if (interpreters.length === 0) console.log(`# no interpreters under ${PYENV}: the matrix is skipped`);

async function measure(bin: string, source: string): Promise<{ hung: boolean; finished: boolean; blocked: boolean }> {
  const dir = tempDir('popenlint-matrix-');
  fs.writeFileSync(path.join(dir, 'task.py'), source);
  const parent = spawn(bin, ['task.py'], { cwd: dir, detached: true, stdio: 'ignore' });
  const exited = new Promise<true>((resolve) => parent.on('exit', () => resolve(true)));
  // While a long-lived parent still runs (it lives 1.5 s), is the child stuck on a full pipe?
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const blocked = blockedInWrite(parent.pid!);
  const hung = !(await Promise.race([exited, new Promise<false>((resolve) => setTimeout(() => resolve(false), 6000))]));
  // A child still running after its parent: give it the time it needs to finish or die.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  try { process.kill(-parent.pid!, 'SIGKILL'); } catch { /* group gone */ }
  const finished = fs.existsSync(path.join(dir, 'marker'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { hung, finished, blocked };
}

const classes: OutputClass[] = ['none', 'bounded', 'unbounded'];
const lifetimes: Lifetime[] = ['short', 'long'];

describe('hazard matrix: the model predicts what the interpreters do', { concurrency: 4 }, () => {
  for (const { version, bin } of interpreters) {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    const target: Target = { min: [major, minor], max: [major, minor], source: `python ${version}` };
    for (const pattern of Object.keys(PARENTS) as PipePattern[]) {
      for (const cls of classes) {
        for (const lifetime of lifetimes) {
          test(`${version} ${pattern} ${cls} ${lifetime}`, async () => {
            const predicted = pipeHazard(pattern, target, cls, { program: 'python' }, lifetime);
            const measured = await measure(bin, parentSource(pattern, cls, lifetime));
            // Broken: the parent never returned, the child never finished, or it sat blocked on
            // a full pipe while the parent lived (a Python 3 child unblocked by the parent's
            // exit may then finish, its output silently lost).
            const broke = measured.hung || !measured.finished || measured.blocked;
            assert.equal(broke, predicted.breaks, `model: ${predicted.breaks ? predicted.how : 'nothing breaks'}; measured: ${JSON.stringify(measured)}`);
          });
        }
      }
    }
  }
});

// A program that prints without checking its writes (l2ping's printf; here dash's echo, which
// reports the error and goes on), backgrounded in a shell=True Popen that is dropped: on 2.7 it
// inherits SIGPIPE ignored and runs to its end once the pipe is closed under it; on 3.x it is
// killed by SIGPIPE at its next write. The model says so for a command with `writeErrors`.
const LOOP = "sh -c 'i=0; while [ $i -lt 30 ]; do echo line $i; i=$((i+1)); sleep 0.03; done; echo done > marker'";

describe('hazard matrix: a backgrounded program that ignores write errors', { concurrency: 4 }, () => {
  for (const { version, bin } of interpreters) {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    const target: Target = { min: [major, minor], max: [major, minor], source: `python ${version}` };
    test(`${version} background-dropped, writes unchecked`, async () => {
      const predicted = pipeHazard('background-dropped', target, 'unbounded', { program: 'l2ping', ignoresWriteErrors: true }, 'long');
      const source = `import subprocess, time\nsubprocess.Popen(${JSON.stringify(`${LOOP} &`)}, shell=True, stdout=subprocess.PIPE)\ntime.sleep(0.2)\nsubprocess.call(['true'])\ntime.sleep(1.5)\n`;
      const measured = await measure(bin, source);
      const broke = measured.hung || !measured.finished || measured.blocked;
      assert.equal(broke, predicted.breaks, `model: ${predicted.breaks ? predicted.how : 'nothing breaks'}; measured: ${JSON.stringify(measured)}`);
    });
  }
});
