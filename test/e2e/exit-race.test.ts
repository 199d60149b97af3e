import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * POP102's exit race, on the real `node`: output collected by a 'data' listener and used in the
 * child's 'exit' listener. Node emits 'exit' when the process ends, not when its pipes do, so
 * what is written into the pipe after that moment is missing from the output used. Forced here
 * by a command whose last bytes come from a process it started in the background (the pipe's
 * other holder); with a direct child alone in an idle parent it was not seen on Linux (0 cut
 * short in 3,000 runs of 3, 30 and 300 KB), with several children at a time it is common
 * (test/e2e/exit-race-busy.test.ts). After popenlint's fix
 * ('exit' -> 'close') the output is whole, in the forced case and in every run of a direct child.
 */
const TASK = `const { spawn } = require('child_process');
const [cmd, ...args] = JSON.parse(process.argv[2]);
const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('exit', (code) => { console.log(JSON.stringify({ code, length: out.length })); });
`;
/** The same task keeping the lines with a readline interface's 'line' listener (audit 20: haskell-ghc-mod's shape). */
const LINES_TASK = `const { spawn } = require('child_process');
const readline = require('readline');
const [cmd, ...args] = JSON.parse(process.argv[2]);
const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
const lines = [];
readline.createInterface({ input: child.stdout }).on('line', (l) => lines.push(l));
child.on('exit', (code) => { console.log(JSON.stringify({ code, length: lines.join('').length })); });
`;
/** The same task reading stdout with a `for await` loop (audit 20: haskell-ghc-mod's async line reader). */
const LOOP_TASK = `const { spawn } = require('child_process');
const [cmd, ...args] = JSON.parse(process.argv[2]);
const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
child.on('exit', (code) => { console.log(JSON.stringify({ code, length: out.length })); });
(async () => { for await (const chunk of child.stdout) out += chunk; })();
`;
const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20, evidence: 'possible' as const };

async function fixed(task = TASK, said = /collected by the 'data' listener at line 5 and used \(`out`\) in the 'exit' listener at line 6/, evidence = 'lone-race'): Promise<string> {
  const found = (await lintText('task.js', new SourceText(task), 'javascript', ENGINE)).findings;
  assert.equal(found.length, 1, 'popenlint reports the race');
  // One child, started once at the top level, its command from argv: nothing here shows another
  // child or the process the command leaves behind, so the finding is `lone-race` (`possible`);
  // the command written here, with its `&`, is a `race` (INLINE_TASK).
  assert.equal(found[0]!.evidence, evidence);
  assert.match(found[0]!.message, said);
  const outcome = await fixText('task.js', task, 'javascript', ENGINE, { strategy: 'close', unsafe: true });
  assert.equal(outcome.error, null);
  assert.equal(outcome.applied, 1);
  assert.deepEqual((await lintText('task.js', new SourceText(outcome.text), 'javascript', ENGINE)).findings, [], 'nothing left to report');
  return outcome.text;
}

async function lengthSeen(script: string, argv: string[]): Promise<number> {
  const r = await runNode(script, [JSON.stringify(argv)], 10_000, 'ignore');
  assert.equal(r.timedOut, false);
  assert.equal(r.code, 0);
  const seen = JSON.parse(r.stdout) as { code: number; length: number };
  assert.equal(seen.code, 0, "the command's own exit status");
  return seen.length;
}

/** The task as written (output used at 'exit') and as popenlint's fix leaves it, in `dir`. */
async function scripts(dir: string, task = TASK, said?: RegExp, evidence?: string): Promise<{ before: string; after: string }> {
  const before = path.join(dir, 'before.cjs');
  const after = path.join(dir, 'after.cjs');
  fs.writeFileSync(before, task);
  fs.writeFileSync(after, await fixed(task, said, evidence));
  return { before, after };
}

/**
 * Runs the task with a tail the command leaves to a process in the background (written 0.3 s
 * after the command's exit), three times each way: the output used at 'exit' lacks it, the
 * output used at 'close' has it whole.
 */
async function tailCase(argv: string[], whole: number, task?: string, said?: RegExp, evidence?: string): Promise<void> {
  const dir = tempDir('popenlint-race-');
  try {
    const { before, after } = await scripts(dir, task, said, evidence);
    for (let i = 0; i < 3; i++) {
      assert.equal(await lengthSeen(before, argv), whole / 2, "'exit' came before the tail");
      assert.equal(await lengthSeen(after, argv), whole, "'close' waited for it");
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// 1000 bytes from the shell, then 1000 from a process it leaves in the background.
const BYTES = ['sh', '-c', 'head -c 1000 /dev/zero; (sleep 0.3; head -c 1000 /dev/zero) &'];

test("exit race: the tail written after the command's exit is missing at 'exit', whole at 'close'", { timeout: 60_000 }, async () => {
  await tailCase(BYTES, 2000);
});

/** The same command written in the code: popenlint sees the process it leaves in the background. */
const INLINE_TASK = `const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'head -c 1000 /dev/zero; (sleep 0.3; head -c 1000 /dev/zero) &'], { stdio: ['ignore', 'pipe', 'ignore'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('exit', (code) => { console.log(JSON.stringify({ code, length: out.length })); });
`;

test("exit race: a command line that leaves a process in the background (written in the code) is a race on every run; whole at 'close'", { timeout: 60_000 }, async () => {
  const said = /used \(`out`\) in the 'exit' listener at line 5: .*: the command line leaves `sleep 0\.3` running in the background \(`&`, no `wait`\), holding the pipe after the shell exits, so what it writes then is missing at 'exit' on every run/;
  await tailCase([], 2000, INLINE_TASK, said, 'race');
});

test("exit race: lines a readline interface keeps miss the tail at 'exit', whole at 'close'", { timeout: 60_000 }, async () => {
  // 10 lines of 99 characters from the shell, then 10 more from a process it leaves in the background.
  const lines = 'i=0; while [ $i -lt 10 ]; do head -c 99 /dev/zero | tr "\\\\0" x; echo; i=$((i+1)); done';
  const said = /collected by the 'line' listener of the readline interface at line 6 and used \(`lines`\) in the 'exit' listener at line 7/;
  await tailCase(['sh', '-c', `${lines}; (sleep 0.3; ${lines}) &`], 1980, LINES_TASK, said);
});

test("exit race: chunks a for await loop keeps miss the tail at 'exit', whole at 'close'", { timeout: 60_000 }, async () => {
  const said = /collected by the `for await` loop that reads it at line 6 and used \(`out`\) in the 'exit' listener at line 5/;
  await tailCase(BYTES, 2000, LOOP_TASK, said);
});

test("exit race: a direct child's 300 KB is whole at 'close' on every run", { timeout: 180_000 }, async (t) => {
  const dir = tempDir('popenlint-race-');
  try {
    const { before, after } = await scripts(dir);
    const size = 300 * 1024;
    const argv = [process.execPath, '-e', `process.stdout.write('x'.repeat(${size}))`];
    const runs = 40;
    let cut = 0;
    for (let i = 0; i < runs; i++) {
      if ((await lengthSeen(before, argv)) < size) cut++;
      assert.equal(await lengthSeen(after, argv), size);
    }
    // With one child in an idle parent the race is rare on Linux: measured, not asserted.
    t.diagnostic(`'exit' saw less than ${size} bytes in ${cut} of ${runs} runs`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
