import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, FIXTURES } from '../helpers.js';

/**
 * The wrapper summaries' gates (src/python/wrappers.ts, `useWrapperGates`; off with
 * POPENLINT_WRAPPER_GATES=off) only spare work: whole runs over the fixtures and this machine's
 * Python install (the standard library and site-packages) give the same JSON with and without
 * them, at the default evidence level and at `possible`, every rule on.
 */
test('the same report with the wrapper gates on and off: fixtures and the Python install', (t) => {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  const stdlib = r.status === 0 ? r.stdout.trim() : null;
  if (!stdlib) t.diagnostic('python3 not available: the fixtures only');
  // site-packages is a default exclude of a walk: named, it is linted too.
  const sitePackages = stdlib ? path.join(stdlib, 'site-packages') : null;
  const targets = [FIXTURES, ...(stdlib ? [stdlib] : []), ...(sitePackages && fs.existsSync(sitePackages) ? [sitePackages] : [])];
  for (const evidence of ['known', 'possible']) {
    const run = (gates: string) => cli(['check', ...targets, '--select', 'POP', '--format', 'json', '--exit-zero', '--evidence', evidence], { env: { POPENLINT_WRAPPER_GATES: gates } });
    const on = run('on');
    const off = run('off');
    assert.equal(on.code, 0, on.stderr);
    assert.equal(off.code, 0, off.stderr);
    const report = JSON.parse(on.stdout);
    assert.ok(report.summary.findings > 100, `${report.summary.findings} findings compared (${evidence})`);
    assert.equal(on.stdout, off.stdout, `--evidence ${evidence}`);
  }
});
