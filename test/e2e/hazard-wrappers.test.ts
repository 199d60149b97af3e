import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lint, pythonInterpreters, tempDir } from '../helpers.js';

/**
 * The wrapper and path shapes of issue 12 that have no fix, run by the real interpreter: the
 * finding's source shows the failure, the corrected source (what the message asks for) does not.
 * The child leaves `child-done` when it gets through its work.
 */
const BIG = "import sys; sys.stdout.write('x' * 300000); sys.stdout.flush(); open('child-done', 'w').write('1')";
const SLOW = "import time; time.sleep(0.5); open('child-done', 'w').write('1')";
const q = (s: string) => JSON.stringify(s);
const job = (order: string) => `import subprocess, sys, time\nclass Job(object):\n    def __init__(self, command):\n        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def output(self):\n${order}\n    def __del__(self):\n        if self.proc.poll() is None:\n            self.proc.kill()\n`;
const WAIT_FIRST = '        self.proc.wait()\n        return self.proc.communicate()';
const READ_FIRST = '        out = self.proc.communicate()\n        self.proc.wait()\n        return out';
const pollLoop = (read: string) => `import subprocess, sys, time\np = subprocess.Popen([sys.executable, '-c', ${q(BIG)}], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\ndeadline = time.time() + 1.5\nwhile time.time() < deadline:\n    time.sleep(0.1)\n${read}    if p.poll() is None:\n        continue\n    out, err = p.communicate()\n    break\n`;

/**
 * The harness: the case's code runs as the body of a thread the parent joins for 3 s; then the
 * parent writes whether the work is still blocked and whether the child got through it. It
 * leads its own process group, and a blocked run ends by killing that group (the child too).
 */
function harness(code: string): string {
  const body = code.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  return `import os, signal, subprocess, sys, threading, time\nos.setpgrp()\ndef main():\n${body}\n    time.sleep(1)\nt = threading.Thread(target=main)\nt.daemon = True\nt.start()\nt.join(3)\nstate = 'blocked' if t.is_alive() else 'done'\nopen('result', 'w').write(state + (' child-done' if os.path.exists('child-done') else ''))\nos.killpg(0, signal.SIGKILL) if state == 'blocked' else None\n`;
}

const cases = [
  {
    name: 'a class whose method waits before it reads, called with a growing command: deadlock',
    before: `${job(WAIT_FIRST)}Job([sys.executable, '-c', ${q(BIG)}]).output()\n`,
    after: `${job(READ_FIRST)}Job([sys.executable, '-c', ${q(BIG)}]).output()\n`,
    blocked: 'blocked',
  },
  {
    name: 'a dropped object whose __del__ kills the child: the child never finishes',
    before: `${job(READ_FIRST)}Job([sys.executable, '-c', ${q(SLOW)}])\n`,
    after: `${job(READ_FIRST)}j = Job([sys.executable, '-c', ${q(SLOW)}])\nj.output()\n`,
    blocked: 'done',
  },
  {
    name: 'a poll() tested by an if in a loop, the pipes read only once the child has exited: the child is still blocked at the deadline',
    before: pollLoop(''),
    // Reading in the loop (communicate() with a timeout) lets the child finish.
    after: pollLoop("    try:\n        out, err = p.communicate(timeout=0.1)\n    except subprocess.TimeoutExpired:\n        pass\n"),
    blocked: 'done',
  },
];

/** Runs the harness in its own folder; the child of a run that ends is never waited for by a timer. */
async function run(bin: string, code: string): Promise<string> {
  const dir = tempDir('popenlint-wrapper-');
  try {
    fs.writeFileSync(path.join(dir, 'task.py'), harness(code));
    await new Promise((resolve) => spawn(bin, ['task.py'], { cwd: dir, timeout: 10000, killSignal: 'SIGKILL', stdio: 'ignore' }).on('close', resolve));
    return fs.existsSync(path.join(dir, 'result')) ? fs.readFileSync(path.join(dir, 'result'), 'utf8') : 'no result';
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const python3 = pythonInterpreters().find((i) => i.name === 'python3');

// The runs mostly wait (a 3 s join, a 1.5 s deadline, a 1 s sleep): the cases run side by side,
// and each case's two runs too, each in its own folder.
describe('wrapper shapes under python3', { concurrency: true }, () => {
for (const c of cases) {
  test(`POP005 ${c.name}`, async (t) => {
    if (!python3?.bin) return t.skip(python3?.reason ?? 'no python3');
    assert.equal((await lint(c.before, ['POP005'])).length, 1, 'reported');
    assert.deepEqual(await lint(c.after, ['POP005']), [], 'the corrected source is not');
    const [before, after] = await Promise.all([run(python3.bin, c.before), run(python3.bin, c.after)]);
    // Before: the child never gets through its work (blocked on the full pipe, or killed).
    assert.equal(before, c.blocked);
    assert.equal(after, 'done child-done');
  });
}
});
