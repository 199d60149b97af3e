import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quickCheckArgs } from '../src/cli/quick-args.js';
import { assertQuickAsYargs, QUICK_ARGS, QUICK_QUICK_ARGS } from './cli-equivalence.js';

/**
 * `check PATH...` with common flags is read without yargs (start-up time). The CLI must do
 * exactly what it does through yargs: `--debug` (which the quick reader leaves to yargs, and
 * which changes nothing here) sends the same command line through yargs for comparison.
 */
describe('check without yargs', () => {
  test('reads plain paths and the common flags, as yargs would', () => {
    assert.deepEqual(quickCheckArgs(['check', 'a.py', 'src', '--format', 'json', '--exit-zero', '-q', '--jobs', '2', '--select=POP001,POP002']), {
      paths: ['a.py', 'src'], format: 'json', 'force-exclude': false, 'exit-zero': true, quiet: true, statistics: false, debug: false,
      'suppress-all': false, 'prune-suppressions': false, 'add-noqa': false, jobs: 2, select: ['POP001', 'POP002'],
    });
    assert.deepEqual(quickCheckArgs(['check'])?.paths, []);
  });

  test('leaves everything else to yargs', () => {
    for (const argv of [
      ['fix', 'a.py'], ['check', '--help'], ['check', 'a.py', '--no-color'], ['check', '--format', 'yaml'], ['check', '--format'],
      ['check', '--jobs', 'two'], ['check', '--exit-zero', '--exit-zero'], ['check', '--exit-zero=false'], ['check', '-'],
      ['check', '--select', '--quiet'], ['check', '--select', ','], ['check', '--debug'], ['check', '--diff'], ['check', '--fix'],
      ['check', '--output-file', 'x'], ['check', '--config', 'x.toml'],
    ]) {
      assert.equal(quickCheckArgs(argv), null, argv.join(' '));
    }
  });

  test('the CLI prints the same with and without yargs (more command lines: test/e2e/cli-equivalence.test.ts)', () => {
    assertQuickAsYargs(QUICK_ARGS.slice(0, QUICK_QUICK_ARGS));
  });
});
