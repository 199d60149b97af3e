import fs from 'node:fs';
import { test } from 'node:test';
import { assertQuickAsYargs, assertStreamedAsReported, QUICK_ARGS, QUICK_QUICK_ARGS, QUICK_STREAM_ARGS, STREAM_ARGS, streamCorpus } from '../cli-equivalence.js';

/** The command lines of test/cli-equivalence.ts past the ones `npm test` runs. */
test('streamed text output: what the report printed at the end prints, in concise format, with --jobs 3, --select, --ignore', () => {
  const dir = streamCorpus();
  try {
    assertStreamedAsReported(dir, STREAM_ARGS.slice(QUICK_STREAM_ARGS));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('check without yargs: the CLI prints the same with and without yargs, with --format=concise, --select, --statistics, a missing file', () => {
  assertQuickAsYargs(QUICK_ARGS.slice(QUICK_QUICK_ARGS));
});
