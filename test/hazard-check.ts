import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../src/engine.js';
import { fixText } from '../src/fix/apply.js';
import type { Target } from '../src/knowledge/targets.js';
import type { PythonTarget } from '../src/python/context.js';
import { SourceText } from '../src/source.js';
import { CHILDREN, type HazardCase } from './hazard-cases.js';
import { execute } from './hazard-run.js';
import { tempDir } from './helpers.js';

/**
 * The check of one hazard case (test/hazard-cases.ts) on one interpreter: popenlint reports the
 * program and fixes it, the program breaks as written in the way the case says, and the fixed
 * program runs clean.
 */

/** A folder holding the case's program, its project modules and the children; a `.git` bounds module lookup. */
export function prepare(c: HazardCase): string {
  const dir = tempDir('popenlint-hazard-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries({ ...CHILDREN, ...c.files, 'main.py': c.source })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** popenlint's findings of the case's rule on main.py, and main.py fixed with the case's strategy. */
export async function lintAndFix(c: HazardCase, dir: string, target: PythonTarget | Target): Promise<{ messages: string[]; fixed: string }> {
  const file = path.join(dir, 'main.py');
  const options = { enabled: new Set([c.rule]), target, evidence: 'possible' as const };
  const r = await lintText(file, new SourceText(c.source), 'python', options);
  const outcome = await fixText(file, c.source, 'python', options, { strategy: c.strategy, unsafe: true });
  if (outcome.error) throw new Error(outcome.error);
  return { messages: r.findings.filter((f) => f.rule === c.rule).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`), fixed: outcome.text };
}

/**
 * The whole check for one case on one interpreter: reported, broken before the fix in the way
 * the case says, clean after it.
 */
export async function checkCase(c: HazardCase, bin: string, target: PythonTarget | Target): Promise<void> {
  const dir = prepare(c);
  // The fixed program runs in a folder of its own, at the same time as the unfixed one.
  const fixedDir = c.noFix ? null : prepare(c);
  try {
    const { messages, fixed } = await lintAndFix(c, dir, target);
    assert.equal(messages.length, c.findings ?? 1, `${c.findings ?? 1} ${c.rule} finding(s):\n${messages.join('\n')}`);
    if (c.noFix) assert.equal(fixed, c.source, `no ${c.strategy} fix`);
    else assert.notEqual(fixed, c.source, `a ${c.strategy} fix applies`);
    const settle = c.before === 'lost' ? 'status' : c.before === 'waits' ? (c.rule === 'POP008' ? 'done' : 'status') : null;
    if (fixedDir) fs.writeFileSync(path.join(fixedDir, 'main.py'), fixed);
    if (c.before === 'held' && fixedDir) return await checkHeld(c, bin, target, fixed, dir, fixedDir);
    const [before, after] = await Promise.all([execute(bin, dir, c.before === 'deadlock', settle), fixedDir ? execute(bin, fixedDir, false, settle) : null]);
    if (!after && c.before === 'cut') {
      // The child blocked on the full pipe during the pause, was ended unfinished, and the parent read short.
      assert.deepEqual({ blocked: before.blocked, hung: before.hung, code: before.code, child: before.child, parent: before.parent }, { blocked: true, hung: false, code: 0, child: false, parent: false }, JSON.stringify(before));
      return;
    }
    if (!after) {
      assert.deepEqual({ blocked: before.blocked, hung: before.hung, child: before.child, parent: before.parent }, { blocked: true, hung: true, child: false, parent: false }, JSON.stringify(before));
      return;
    }
    const show = `unfixed: ${JSON.stringify(before)}\nfixed (${c.strategy}): ${JSON.stringify(after)}\n${fixed}`;
    switch (c.before) {
      case 'deadlock':
        // The child asleep in pipe_write, the parent still waiting, neither got past it.
        assert.deepEqual({ blocked: before.blocked, hung: before.hung, child: before.child, parent: before.parent }, { blocked: true, hung: true, child: false, parent: false }, show);
        assert.deepEqual({ hung: after.hung, code: after.code, child: after.child, parent: after.parent }, { hung: false, code: 0, child: true, parent: true }, show);
        break;
      case 'lost':
        // Killed half-way: BrokenPipeError (IOError on 2.7), exit status 1, work not done.
        assert.deepEqual({ status: before.status, child: before.child, code: before.code }, { status: '1', child: false, code: 0 }, show);
        if (c.blocksFirst) assert.equal(before.blocked, true, `the child blocks on the full pipe while the parent lives\n${show}`);
        assert.deepEqual({ status: after.status, child: after.child, code: after.code, blocked: after.blocked }, { status: '0', child: true, code: 0, blocked: false }, show);
        break;
      case 'status-lost':
        // The command failed (its error on stderr), the parent exits 0 all the same; fixed, it raises.
        assert.equal(before.code, 0, show);
        assert.match(before.stderr, /mkdir/, show);
        assert.equal(after.code, 1, show);
        assert.match(after.stderr, /CalledProcessError/, show);
        break;
      case 'waits': {
        // pclose() waits: when the parent exits, the command (1 s long) has ended. In the
        // background it has not, and it still finishes later (for POP001 the child no longer
        // dies of a broken pipe either).
        const ended = c.rule === 'POP008' ? 'done' : 'status';
        assert.deepEqual({ before: before.atExit[ended], after: after.atExit[ended] }, { before: true, after: false }, `the command had ended when the parent exited (${before.ms} ms), and not after the fix (${after.ms} ms)\n${show}`);
        if (c.rule === 'POP008') assert.equal(after.done, true, show);
        else assert.deepEqual({ before: [before.status, before.child], after: [after.status, after.child] }, { before: ['1', false], after: ['0', true] }, show);
        break;
      }
    }
  } finally {
    for (const d of [dir, fixedDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  }
}

/**
 * `held`: before the fix the producer sleeps in pipe_write and the parent waits for good (cut as
 * soon as that is seen); after it the producer dies of the closed pipe, with the exit status the
 * case says for the interpreter, and the parent finishes. Where popenlint's fix leaves a finding
 * (`byHand`), the program with that fix alone must still hang, and the one completed by hand
 * must finish.
 */
async function checkHeld(c: HazardCase, bin: string, target: PythonTarget | Target, fixed: string, dir: string, fixedDir: string): Promise<void> {
  const py2 = target === 'py2' || (typeof target === 'object' && target.min[0] === 2);
  let completed: string | null = null;
  if (c.byHand) {
    const left = (await lintAndFix({ ...c, source: fixed }, fixedDir, target)).messages;
    assert.equal(left.length, 1, `one finding left after popenlint's fix:\n${left.join('\n')}\n${fixed}`);
    assert.match(left[0]!, c.byHand.remaining);
    completed = c.byHand.complete(fixed);
    assert.notEqual(completed, fixed, 'the hand-written close applies');
    assert.deepEqual((await lintAndFix({ ...c, source: completed }, fixedDir, target)).messages, [], `nothing left once completed:\n${completed}`);
  }
  const completeDir = completed === null ? null : prepare({ ...c, source: completed });
  try {
    const [before, after, done] = await Promise.all([
      execute(bin, dir, true, null),
      execute(bin, fixedDir, completed !== null, null),
      completeDir ? execute(bin, completeDir, false, null) : null,
    ]);
    const show = `unfixed: ${JSON.stringify(before)}\nfixed (${c.strategy}): ${JSON.stringify(after)}\n${fixed}` + (done ? `\ncompleted by hand: ${JSON.stringify(done)}\n${completed}` : '');
    const hangs = (r: typeof before) => ({ blocked: r.blocked, hung: r.hung, parent: r.parent });
    // The producer asleep on the pipe this process holds, the parent still waiting.
    assert.deepEqual(hangs(before), { blocked: true, hung: true, parent: false }, show);
    if (done) assert.deepEqual(hangs(after), { blocked: true, hung: true, parent: false }, `popenlint's fix alone leaves the hang its remaining finding names\n${show}`);
    const finished = done ?? after;
    assert.deepEqual(
      { blocked: finished.blocked, hung: finished.hung, code: finished.code, parent: finished.parent, producer: finished.producer },
      { blocked: false, hung: false, code: 0, parent: true, producer: py2 ? c.producer!.py2 : c.producer!.py3 },
      show,
    );
  } finally {
    if (completeDir) fs.rmSync(completeDir, { recursive: true, force: true });
  }
}
