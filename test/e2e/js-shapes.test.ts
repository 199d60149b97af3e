import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import { cli, runNode, tempDir } from '../helpers.js';

/**
 * One real `node` run per shape of issue 13 (fixtures/hazards/js/shapes/): as written the parent
 * hangs on a child blocked on a full pipe (killed after a timeout) or loses the child when it
 * exits; after popenlint's safe fix, or the hand-written drain where no fix is safe, it
 * completes. Each script's child writes 1 MiB, far past the ~20-243 KiB Node 20 takes.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/hazards/js/shapes/', import.meta.url));
// The shapes' children are node scripts, whose output merely can grow (`can-grow`): shown from `likely`.
const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20, evidence: 'likely' as const };

const run = (script: string, args: string[], ms: number) => runNode(script, args, ms, 'ignore');

async function findings(name: string, text: string) {
  return (await lintText(name, new SourceText(text), 'javascript', ENGINE)).findings;
}

/** The script as popenlint's safe fix leaves it, or the hand-written `.after.cjs` when no fix is safe. */
async function after(name: string, text: string, fixable: boolean): Promise<string> {
  if (!fixable) {
    assert.deepEqual((await findings(name, text))[0]!.fixes, [], 'no safe fix is offered');
    return fs.readFileSync(path.join(DIR, name.replace('.cjs', '.after.cjs')), 'utf8');
  }
  const outcome = await fixText(name, text, 'javascript', ENGINE, { strategy: 'devnull', unsafe: false });
  assert.equal(outcome.error, null);
  assert.equal(outcome.applied, 1);
  return outcome.text;
}

const HANGS: [file: string, fixable: boolean][] = [
  ['1-stderr-unread.cjs', true],
  ['3-stored-on-this.cjs', false],
  ['4-await-once-exit.cjs', true],
  ['5-destructured.cjs', false],
  ['6-let-reused.cjs', true],
  ['6-drain-in-if.cjs', false],
  ['8-read-after-exit.cjs', false],
];

for (const [name, fixable] of HANGS) {
  test(`shape ${name}: reported, hangs as written, completes after`, { timeout: 20_000 }, async () => {
    const dir = tempDir('popenlint-shape-');
    try {
      const text = fs.readFileSync(path.join(DIR, name), 'utf8');
      assert.equal((await findings(name, text)).length, 1, 'popenlint reports the shape');
      const fixed = await after(name, text, fixable);
      assert.deepEqual((await findings(name, fixed)).map((f) => f.message), [], 'nothing left to report');
      const before = path.join(dir, `before-${name}`);
      const later = path.join(dir, `after-${name}`);
      fs.writeFileSync(before, text);
      fs.writeFileSync(later, fixed);

      const hung = await run(before, [], 2500);
      assert.equal(hung.timedOut, true, 'the child blocked on a full pipe and the parent waited for it');
      assert.equal(hung.signal, 'SIGKILL');
      assert.doesNotMatch(hung.stdout, /exit/);

      const done = await run(later, [], 8000);
      assert.equal(done.timedOut, false);
      assert.equal(done.code, 0);
      assert.match(done.stdout, /^exit 0\b/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('shape 2-helper-dropped.cjs: the detached child dies when the app quits; without pipes it finishes', { timeout: 20_000 }, async () => {
  const dir = tempDir('popenlint-shape-');
  try {
    const name = '2-helper-dropped.cjs';
    const text = fs.readFileSync(path.join(DIR, name), 'utf8');
    const found = await findings(name, text);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /returned by run\(\) through update\(\) and dropped at line 15.*this process exits soon after \(line 16\), and the child dies at its next write/);
    const fixed = await after(name, text, false);
    const before = path.join(dir, `before-${name}`);
    const later = path.join(dir, `after-${name}`);
    fs.writeFileSync(before, text);
    fs.writeFileSync(later, fixed);

    const lost = path.join(dir, 'marker-before');
    assert.equal((await run(before, [lost], 3000)).code, 0);
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(fs.existsSync(lost), false, 'the child died at its first write after the parent exited');

    const kept = path.join(dir, 'marker-after');
    assert.equal((await run(later, [kept], 3000)).code, 0);
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(fs.existsSync(kept), true, 'the child finished its work');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('shape 7-options-changed.cjs: stdio changed after the declaration makes the options unknown: no finding; the value written (ignore) does not hang', { timeout: 20_000 }, async () => {
  const name = '7-options-changed.cjs';
  const file = path.join(DIR, name);
  assert.deepEqual(await findings(name, fs.readFileSync(file, 'utf8')), []);
  const done = await run(file, [], 8000);
  assert.equal(done.timedOut, false);
  assert.equal(done.stdout, 'exit 0\n');
});

test('shape 9-wrapper: a caller in another module drops the pipe of a wrapper\'s child; reading it there completes', { timeout: 30_000 }, async () => {
  const project = path.join(DIR, '9-wrapper');
  // A node script's output merely can grow: a warning from `likely`, which does not fail the run.
  const r = cli(['check', 'main.js', 'lib/proc.js', 'main.after.js', '--format', 'concise', '--evidence', 'likely'], { cwd: project });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(': POP102 ')[0]), ['main.js:4:1']);

  const hung = await run(path.join(project, 'main.js'), [], 2500);
  assert.equal(hung.timedOut, true, 'the child blocked on a full pipe and the parent waited for it');
  assert.equal(hung.signal, 'SIGKILL');
  const done = await run(path.join(project, 'main.after.js'), [], 8000);
  assert.equal(done.timedOut, false);
  assert.equal(done.stdout, 'exit 0\n');
});
