import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Strategy } from '../../src/types.js';
import { fix, lint, pythonInterpreters, tempDir } from '../helpers.js';

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

/** Runs `task.py` in dir (no timer on the success path: resolves when the process and its pipes are done). */
function runTask(bin: string, dir: string, script: string, timeout: number): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  fs.writeFileSync(path.join(dir, 'task.py'), script);
  return new Promise((resolve) => {
    const child = spawn(bin, ['task.py'], { cwd: dir, timeout, killSignal: 'SIGKILL', stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

/** Runs the parent in a folder of its own; waits for the child's exit status; says whether the marker came. */
async function childAfter(bin: string, script: string, waitMs: number): Promise<{ status: string | null; marker: boolean }> {
  const dir = tempDir('popenlint-hazard-');
  try {
    fs.writeFileSync(path.join(dir, 'child.py'), CHILD);
    const r = await runTask(bin, dir, script, 10_000);
    assert.equal(r.status, 0, r.stderr);
    const status = path.join(dir, 'status');
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline && !(fs.existsSync(status) && fs.readFileSync(status, 'utf8').endsWith('\n'))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { status: fs.existsSync(status) ? fs.readFileSync(status, 'utf8').trim() : null, marker: fs.existsSync(path.join(dir, 'marker')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The runs mostly wait (a child asleep, a deadlock cut by its timeout): the interpreters' tests run
// side by side, and within a test every run is independent, in its own folder.
describe('hazards under the real interpreters', { concurrency: true }, () => {
for (const interp of pythonInterpreters()) {
  const python2 = interp.name === 'python2.7';
  test(`POP001 hazard under ${interp.name}: dropped os.popen kills the child; every strategy saves it`, async (t) => {
    if (!interp.bin) {
      console.log(`# skipped: ${interp.reason}`);
      t.skip(interp.reason);
      return;
    }
    const bin = interp.bin;
    const unfixed = parentSource(python2);
    assert.equal((await lint(unfixed, ['POP001'])).length, 1);
    const strategies = ['devnull', 'read', 'subprocess'] as Strategy[];
    const fixes = await Promise.all(strategies.map((strategy) => fix(unfixed, ['POP001'], strategy)));
    const [before, ...after] = await Promise.all([unfixed, ...fixes].map((script) => childAfter(bin, script, 3000)));
    assert.deepEqual(before, { status: '1', marker: false }, 'unfixed: the child must die of a broken pipe (exit status 1) before writing its marker');
    strategies.forEach((strategy, i) => {
      const fixed = fixes[i]!;
      assert.notEqual(fixed, unfixed, strategy);
      assert.deepEqual(after[i], { status: '0', marker: true }, `${strategy}: the child must finish (exit status 0)\n${fixed}`);
    });
  });

  // What the message says happens to a dropped Popen's child once the parent is gone, checked:
  // Python 2.7 leaves SIGPIPE ignored in the child (no restore_signals before 3.2), so `cat` is not
  // killed: its write fails with EPIPE and it exits 1 after an error; 3.x restores the default and
  // the shell records 141 (128 + SIGPIPE).
  test(`POP005 message under ${interp.name}: a dropped Popen's shell child ${python2 ? 'gets EPIPE (exit 1)' : 'is killed by SIGPIPE (141)'}, as the message says`, async (t) => {
    if (!interp.bin) {
      console.log(`# skipped: ${interp.reason}`);
      t.skip(interp.reason);
      return;
    }
    const script = [
      'import subprocess',
      "subprocess.Popen('sleep 0.3; cat big.txt; echo $? >status', shell=True, stdout=subprocess.PIPE)",
      python2 ? "print 'started'" : "print('started')",
      '',
    ].join('\n');
    const [finding] = await lint(script, ['POP005']);
    assert.ok(finding, 'POP005 reports the dropped Popen');
    const says = python2 ? '`cat` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write' : '`cat` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write';
    assert.ok(finding.message.includes(says), finding.message);
    if (python2) assert.doesNotMatch(finding.message, /SIGPIPE/);
    const dir = tempDir('popenlint-hazard-');
    try {
      fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(300_000));
      const r = await runTask(interp.bin, dir, script, 10_000);
      assert.equal(r.status, 0, r.stderr);
      const status = path.join(dir, 'status');
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !(fs.existsSync(status) && fs.readFileSync(status, 'utf8').endsWith('\n'))) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(fs.existsSync(status) ? fs.readFileSync(status, 'utf8').trim() : null, python2 ? '1' : '141', python2 ? 'on 2.7 cat gets EPIPE and exits 1' : 'on 3.x cat is killed by SIGPIPE');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`POP005 hazard under ${interp.name}: Popen(stdout=PIPE).wait() on 200 KB hangs; fixed, it completes`, async (t) => {
    if (!interp.bin) {
      console.log(`# skipped: ${interp.reason}`);
      t.skip(interp.reason);
      return;
    }
    const unfixed = [
      'import subprocess, sys',
      "p = subprocess.Popen([sys.executable, '-c', \"import sys; sys.stdout.write('x' * 200000)\"], stdout=subprocess.PIPE)",
      'p.wait()',
      "open('marker', 'w').write('done')",
      python2 ? "print 'ok'" : "print('ok')",
      '',
    ].join('\n');
    // Each run in its own folder; the deadlocked one is killed by its 3 s timeout, the fixed ones end
    // on their own (their 20 s limit only bounds a failure: on a loaded machine 3 s was too short).
    const run = async (script: string) => {
      const dir = tempDir('popenlint-hazard-');
      try {
        const r = await runTask(interp.bin!, dir, script, script === unfixed ? 3000 : 20_000);
        return { status: r.status, signal: r.signal, marker: fs.existsSync(path.join(dir, 'marker')) };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    const strategies = ['devnull', 'read'] as Strategy[];
    const fixes = await Promise.all(strategies.map((strategy) => fix(unfixed, ['POP005'], strategy)));
    const [before, ...after] = await Promise.all([unfixed, ...fixes].map(run));
    assert.deepEqual(before, { status: null, signal: 'SIGKILL', marker: false }, 'unfixed: parent and child deadlock until the timeout kills the parent');
    strategies.forEach((strategy, i) => {
      const fixed = fixes[i]!;
      assert.notEqual(fixed, unfixed);
      assert.deepEqual(after[i], { status: 0, signal: null, marker: true }, `${strategy}:\n${fixed}`);
    });
  });
}
});
