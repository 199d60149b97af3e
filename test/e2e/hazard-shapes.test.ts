import { describe, test } from 'node:test';
import { appliesTo, CASES, isQuick } from '../hazard-cases.js';
import { checkCase } from '../hazard-check.js';
import { pythonInterpreters } from '../helpers.js';

/**
 * Hazard tests for the shapes of issue 12 (and the fixes of issue 11), run by python3 and
 * python2.7 with the fix made for `py3` / `py2` as a whole: before popenlint's fix the program
 * deadlocks (the child asleep in pipe_write, the parent waiting; cut as soon as that is seen),
 * loses its child (exit status 1, work not done), loses a failure, or waits where it meant not
 * to; after the fix it completes. The cases are in test/hazard-cases.ts and test/hazard-held-cases.ts,
 * the check in test/hazard-check.ts. The quick
 * ones (one per rule) run in `npm test` (test/hazard-shapes.test.ts), all the others here;
 * test/e2e/hazard-shapes-matrix.test.ts runs every case on every interpreter under ~/.pyenv, with
 * the fix made for that exact version.
 */
describe('issue 12 shapes under python3 and python2.7', { concurrency: 6 }, () => {
  for (const interp of pythonInterpreters()) {
    const py2 = interp.name === 'python2.7';
    for (const c of CASES) {
      if (isQuick(c, py2)) continue;
      test(`${c.rule} ${c.name} under ${interp.name}: ${c.before} before the fix, clean after`, async (t) => {
        if (!interp.bin) return t.skip(interp.reason);
        if (!appliesTo(c, py2 ? [2, 7] : [3, 99])) return t.skip(py2 ? 'a Python 3 case' : 'a Python 2 case');
        // The fix is made for the interpreter that runs it: no subprocess.DEVNULL on 2.7.
        await checkCase(c, interp.bin, py2 ? 'py2' : 'py3');
      });
    }
  }
});
