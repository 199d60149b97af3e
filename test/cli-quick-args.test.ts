import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { quickCheckArgs } from '../src/cli/quick-args.js';
import { cli, tempDir } from './helpers.js';

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

  test('the CLI prints the same with and without yargs', () => {
    const dir = tempDir('popenlint-quick-');
    try {
      fs.writeFileSync(path.join(dir, 'a.py'), "import os\nos.popen('ls')\n");
      fs.writeFileSync(path.join(dir, 'b.py'), "import subprocess\np = subprocess.Popen(['ls'], stdout=subprocess.PIPE)\np.wait()\n");
      for (const argv of [
        ['check', '.'],
        ['check', 'a.py', 'b.py', '--format', 'json'],
        ['check', '.', '--format=concise', '--exit-zero'],
        ['check', '.', '--select', 'POP001', '-q'],
        ['check', '.', '--ignore=POP001', '--statistics', '--jobs', '1'],
        ['check', 'missing.py'],
        ['check', '.', '--', 'a.py'],
      ]) {
        const quick = cli(argv, { cwd: dir });
        const viaYargs = cli([...argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length), '--debug', ...(argv.includes('--') ? argv.slice(argv.indexOf('--')) : [])], { cwd: dir });
        assert.equal(quick.stdout, viaYargs.stdout, argv.join(' '));
        assert.equal(quick.stderr, viaYargs.stderr, argv.join(' '));
        assert.equal(quick.code, viaYargs.code, argv.join(' '));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
