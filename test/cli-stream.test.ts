import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { TextStream } from '../src/cli/stream.js';
import { lintTarget } from '../src/read.js';
import type { FileResult } from '../src/finding.js';
import { assertStreamedAsReported, QUICK_STREAM_ARGS, STREAM_ARGS, streamCorpus } from './cli-equivalence.js';
import { cli } from './helpers.js';

/**
 * `check --format text|concise` prints each file's findings as the run goes (src/cli/stream.ts).
 * What it prints must be byte for byte the report printed at the end (a `--report` file turns
 * streaming off while stdout keeps its format), and a file is printed as soon as it and every
 * file before it are done.
 */
describe('streamed text output', () => {
  test('prints what the report printed at the end prints, in text and concise format (the other flags: test/e2e/cli-equivalence.test.ts)', () => {
    const dir = streamCorpus();
    try {
      assertStreamedAsReported(dir, STREAM_ARGS.slice(0, QUICK_STREAM_ARGS));
      assert.match(cli(['check', '.', '--format', 'concise'], { cwd: dir }).stdout, /^a\.py:2:1: POP001/, 'a.py before a/b.py, as the report sorts paths');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('prints each file once those before it are done, and lets its text go', async () => {
    const dir = streamCorpus();
    try {
      const names = ['a.py', 'm00.py', 'm01.py'];
      const results: FileResult[] = [];
      for (const name of names) {
        results.push(await lintTarget({ path: name, abs: path.join(dir, name), language: 'python' }, { enabled: new Set(['POP001']), target: 'py3', evidence: 'likely' }));
      }
      const writes = [] as string[];
      const stream = new TextStream(3, true, false, false, () => 'primary', (t) => writes.push(t));
      stream.take(2, results[2]!);
      stream.take(1, results[1]!);
      assert.equal(writes.length, 0, "nothing before the first file is done");
      assert.ok(results[0]!.source, 'the first file still holds its text');
      stream.take(0, results[0]!);
      assert.deepEqual(writes.map((w) => w.split(':')[0]), names);
      assert.equal(results[0]!.source, undefined, 'printed: its text let go');
      assert.deepEqual(stream.finish(), { errors: 1, warnings: 2 });
      assert.match(writes.at(-1)!, /^Found 3 findings \(2 warnings\) in 3 files checked\./);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
