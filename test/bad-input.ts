import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from './helpers.js';

/**
 * Shared by the bad-input tests (test/e2e/reliability-bad-input.test.ts and the slow ones in
 * test/e2e/big-input.test.ts). Each run also holds good.py, a file with one finding, so each
 * test shows that the run went on past the bad file: good.py is still reported by `check` and
 * still fixed by `fix`.
 */

export const GOOD = "import os\nos.popen('python test.py')\n";
export const GOOD_FIXED = "import os\nos.popen('python test.py >/dev/null')\n";
/** A V8 stack frame, e.g. "    at visit (file:///...js:12:3)". */
export const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;
/** A sanity bound against hangs, not a benchmark. */
export const TIME_LIMIT_MS = 20_000;

export interface JsonFinding { rule: string; path: string; line: number; column: number; message: string }

export interface Run { code: number | null; stdout: string; stderr: string; ms: number }

export function run(cwd: string, args: string[]): Run {
  const start = Date.now();
  const r = cli(args, { cwd });
  return { ...r, ms: Date.now() - start };
}

/** Exit 0 or 1, no stack trace, within the time bound. */
export function assertSurvived(r: Run, limit = TIME_LIMIT_MS): void {
  const all = `${r.stdout}\n${r.stderr}`;
  assert.ok(r.code === 0 || r.code === 1, `exit 0 or 1, got ${r.code}\n${all}`);
  assert.doesNotMatch(all, STACK_FRAME, 'no stack trace reaches the user');
  assert.doesNotMatch(all, /internal error/, 'no internal error');
  assert.ok(r.ms < limit, `took ${r.ms} ms (limit ${limit})`);
}

export function check(cwd: string, paths: string[], limit?: number): JsonFinding[] {
  const r = run(cwd, ['check', '--format', 'json', '--evidence', 'possible', ...paths]);
  assertSurvived(r, limit);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

/** The one E902 for `file`: its reason is a single line. */
export function e902(findings: JsonFinding[], file: string): string {
  const hits = findings.filter((f) => f.rule === 'E902' && f.path === file);
  assert.equal(hits.length, 1, `one E902 for ${file}: ${JSON.stringify(findings)}`);
  assert.match(hits[0]!.message, /^[^\n]+$/);
  return hits[0]!.message;
}

export function assertGoodReported(findings: JsonFinding[]): void {
  assert.ok(findings.some((f) => f.path === 'good.py' && f.rule === 'POP001' && f.line === 2), `good.py still linted: ${JSON.stringify(findings)}`);
}

export function dirWithGood(): string {
  const dir = tempDir('popenlint-bad-');
  fs.writeFileSync(path.join(dir, 'good.py'), GOOD);
  return dir;
}

/** `fix` over the folder: good.py fixed, the bad file byte for byte as it was, no temp file. */
export function fixLeaves(dir: string, bad: string[], limit?: number): Run {
  const before = new Map(bad.map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  const r = run(dir, ['fix', '--evidence', 'possible', '.']);
  assertSurvived(r, limit);
  assert.equal(fs.readFileSync(path.join(dir, 'good.py'), 'utf8'), GOOD_FIXED, 'the run went on and fixed good.py');
  for (const [f, bytes] of before) assert.ok(fs.readFileSync(path.join(dir, f)).equals(bytes), `${f} unchanged on disk`);
  assertNoTempFiles(dir);
  return r;
}

/** Own walk: readdir's `recursive` option follows folder symlinks, and these folders loop. */
export function assertNoTempFiles(dir: string): void {
  const left: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (/popenlint-.*\.tmp$/.test(e.name)) left.push(path.join(d, e.name));
      if (e.isDirectory()) walk(path.join(d, e.name));
    }
  };
  walk(dir);
  assert.deepEqual(left, [], 'no temp files left behind');
}
