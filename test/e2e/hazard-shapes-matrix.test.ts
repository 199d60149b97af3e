import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Target } from '../../src/knowledge/targets.js';
import { appliesTo, CASES } from '../hazard-cases.js';
import { checkCase } from '../hazard-check.js';

/**
 * The issue 12 shapes (test/hazard-cases.ts) on every interpreter under ~/.pyenv: 2.7 for the
 * Python 2 shapes, 3.6 to 3.13 for the others. popenlint lints and fixes each program for that
 * exact version (`target` = the version), so the fix it writes must run there: no
 * subprocess.DEVNULL on 2.7, no subprocess.run before 3.5. Before the fix the program deadlocks
 * (the child asleep in pipe_write, the parent waiting), loses its child (exit status 1), loses a
 * failure, or waits where it meant not to; after it, it completes.
 */
const PYENV = path.join(os.homedir(), '.pyenv', 'versions');
const interpreters = fs.existsSync(PYENV)
  ? fs.readdirSync(PYENV).filter((v) => /^\d+\.\d+\.\d+$/.test(v)).map((v) => ({ version: v, bin: path.join(PYENV, v, 'bin', 'python') })).filter((i) => fs.existsSync(i.bin))
  : [];
if (interpreters.length === 0) console.log(`# no interpreters under ${PYENV}: the shape matrix is skipped`);

describe('issue 12 shapes on every interpreter', { concurrency: 4 }, () => {
  for (const { version, bin } of interpreters) {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    const target: Target = { min: [major, minor], max: [major, minor], source: `python ${version}` };
    for (const c of CASES) {
      if (!appliesTo(c, [major, minor])) continue;
      test(`${version} ${c.rule} ${c.name}: ${c.before} before the fix, clean after`, async () => {
        await checkCase(c, bin, target);
      });
    }
  }
});
