import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { cli } from '../helpers.js';
import { SnapshotFile, SNAPSHOTS } from '../snapshot.js';

/**
 * Real code nobody here wrote: this machine's Python standard library (with whatever
 * site-packages it holds, named on the command line since a walk skips it). The run must finish without a crash or an internal error, and its
 * findings (every rule) must be the reviewed ones in test/snapshots/corpus/stdlib.snap: a new
 * finding is a false positive until a reader has judged it.
 */
test('scans the Python standard library without a crash', (t) => {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (r.status !== 0) {
    t.skip('python3 not available');
    return;
  }
  const stdlib = r.stdout.trim();
  // site-packages is a default exclude of a walk: named, it is linted too.
  const sitePackages = path.join(stdlib, 'site-packages');
  const out = cli(['check', stdlib, ...(fs.existsSync(sitePackages) ? [sitePackages] : []), '--select', 'POP', '--format', 'json', '--exit-zero']);
  assert.equal(out.code, 0, out.stderr);
  assert.doesNotMatch(out.stderr, /internal error|at .*\.js:\d+/);
  const report = JSON.parse(out.stdout);
  assert.ok(report.summary.files > 500, `scanned ${report.summary.files} files`);
  const internal = report.findings.filter((f: { rule: string; message: string }) => f.rule === 'E902' && /internal error/.test(f.message));
  assert.deepEqual(internal, []);
  console.log(`# stdlib ${stdlib}: ${report.summary.files} files, ${report.summary.parsed} parsed, ${report.summary.findings} findings`);
  // E902 (files that are not valid Python on purpose, in test folders) differ between versions.
  const lines = report.findings
    .filter((f: { rule: string }) => f.rule !== 'E902')
    .map((f: { path: string; line: number; column: number; rule: string; message: string }) => `${path.relative(stdlib, f.path)}:${f.line}:${f.column} ${f.rule} ${f.message}`);
  const snap = new SnapshotFile(path.join(SNAPSHOTS, 'corpus', 'stdlib.snap'));
  snap.check('python3 stdlib, --select POP', lines.length ? `${lines.join('\n')}\n` : '(no findings)\n');
  snap.finish();
});
