import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appliesTo, CASES, isQuick, QUICK_CASES } from './hazard-cases.js';
import { checkCase } from './hazard-check.js';
import { pythonInterpreters } from './helpers.js';

/**
 * Hazard tests for the shapes of issue 12 (and the fixes of issue 11), one case per rule, run by
 * python3 (POP004's by python2.7): before popenlint's fix the program deadlocks (the child asleep
 * in pipe_write, the parent waiting; cut as soon as that is seen), loses its child (exit status 1,
 * work not done), loses a failure, or waits where it meant not to; after the fix it completes.
 * The cases are in test/hazard-cases.ts (and test/hazard-held-cases.ts), the check in
 * test/hazard-check.ts, the runner in test/hazard-run.ts; the other cases run on python3 and
 * python2.7 in test/e2e/hazard-shapes.test.ts, and all of them on every interpreter under
 * ~/.pyenv in test/e2e/hazard-shapes-matrix.test.ts (`npm run test:e2e`, run by CI).
 */
test('the quick hazard cases exist, one per rule that has cases', () => {
  const names = new Set(CASES.map((c) => `${c.rule} ${c.name}`));
  for (const q of QUICK_CASES) assert.ok(names.has(q), `no hazard case named ${q}`);
  assert.deepEqual(QUICK_CASES.map((q) => q.split(' ')[0]), [...new Set(CASES.map((c) => c.rule))].sort());
});

describe('issue 12 shapes under the real interpreters, one per rule', { concurrency: true }, () => {
  for (const interp of pythonInterpreters()) {
    const py2 = interp.name === 'python2.7';
    for (const c of CASES) {
      if (!isQuick(c, py2)) continue;
      test(`${c.rule} ${c.name} under ${interp.name}: ${c.before} before the fix, clean after`, async (t) => {
        if (!interp.bin) return t.skip(interp.reason);
        assert.ok(appliesTo(c, py2 ? [2, 7] : [3, 99]));
        // The fix is made for the interpreter that runs it: no subprocess.DEVNULL on 2.7.
        await checkCase(c, interp.bin, py2 ? 'py2' : 'py3');
      });
    }
  }
});
