import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from './helpers.js';

/**
 * Two CLI equivalences, each checked over a list of command lines: `npm test` runs the first
 * ones (test/cli-stream.test.ts, test/cli-quick-args.test.ts), `npm run test:e2e` the rest
 * (test/e2e/cli-equivalence.test.ts). Each command line costs two CLI processes.
 */

/** A folder of 34 Python files: 31 findings of POP001, one of POP005, a clean file, a binary one. */
export function streamCorpus(): string {
  const dir = tempDir('popenlint-stream-');
  for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `m${String(i).padStart(2, '0')}.py`), `import os\n# ${i}\nos.popen(cmd_${i})\n`);
  fs.mkdirSync(path.join(dir, 'a'));
  fs.writeFileSync(path.join(dir, 'a', 'b.py'), "import subprocess\np = subprocess.Popen(['du'], stdout=subprocess.PIPE)\np.wait()\n");
  fs.writeFileSync(path.join(dir, 'a.py'), 'import os\nos.popen("du")\n');
  fs.writeFileSync(path.join(dir, 'clean.py'), 'print(1)\n');
  fs.writeFileSync(path.join(dir, 'bad.py'), Buffer.from('import os\x00os.popen("du")\n', 'latin1'));
  return dir;
}

/** `check .` arguments whose streamed text output must equal the report printed at the end. */
export const STREAM_ARGS: string[][] = [['--format', 'text', '--evidence', 'likely'], ['--format', 'concise', '-q', '--evidence', 'likely'], ['--format', 'concise'], ['--format', 'text', '--jobs', '3', '--evidence', 'likely'], ['--select', 'POP005'], ['--ignore', 'POP001,POP005']];
export const QUICK_STREAM_ARGS = 2;

/** Streamed (`check .` alone) and printed at the end (`--report` turns streaming off): the same bytes, the same exit code. */
export function assertStreamedAsReported(dir: string, argvs: string[][]): void {
  for (const argv of argvs) {
    const streamed = cli(['check', '.', ...argv], { cwd: dir });
    const atEnd = cli(['check', '.', ...argv, '--report', `json:${path.join(dir, 'out.json')}`], { cwd: dir });
    fs.rmSync(path.join(dir, 'out.json'), { force: true });
    assert.equal(streamed.stdout, atEnd.stdout, argv.join(' '));
    assert.equal(streamed.stderr, atEnd.stderr, argv.join(' '));
    assert.equal(streamed.code, atEnd.code, argv.join(' '));
  }
}

/** Command lines the quick reader takes (src/cli/quick-args.ts), run in a folder holding a.py and b.py. */
export const QUICK_ARGS: string[][] = [
  ['check', '.'],
  ['check', 'a.py', 'b.py', '--format', 'json'],
  ['check', '.', '--', 'a.py'],
  ['check', '.', '--format=concise', '--exit-zero'],
  ['check', '.', '--select', 'POP001', '-q'],
  ['check', '.', '--ignore=POP001', '--statistics', '--jobs', '1'],
  ['check', 'missing.py'],
];
export const QUICK_QUICK_ARGS = 3;

/** The same command line read by the quick reader and, with `--debug` (which it leaves to yargs), by yargs: the same output and exit code. */
export function assertQuickAsYargs(argvs: string[][]): void {
  const dir = tempDir('popenlint-quick-');
  try {
    fs.writeFileSync(path.join(dir, 'a.py'), "import os\nos.popen('ls')\n");
    fs.writeFileSync(path.join(dir, 'b.py'), "import subprocess\np = subprocess.Popen(['du'], stdout=subprocess.PIPE)\np.wait()\n");
    for (const argv of argvs) {
      const quick = cli(argv, { cwd: dir });
      const viaYargs = cli([...argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length), '--debug', ...(argv.includes('--') ? argv.slice(argv.indexOf('--')) : [])], { cwd: dir });
      assert.equal(quick.stdout, viaYargs.stdout, argv.join(' '));
      assert.equal(quick.stderr, viaYargs.stderr, argv.join(' '));
      assert.equal(quick.code, viaYargs.code, argv.join(' '));
      // Each case must exercise what it names: --statistics prints a row (b.py's `du` is reported).
      if (argv.includes('--statistics')) assert.match(quick.stdout, /^1\tPOP005\t/m, argv.join(' '));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
