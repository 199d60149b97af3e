import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LISTINGS_MIN_FILES } from '../../src/cli/run.js';
import { cli, tempDir } from '../helpers.js';

/**
 * Issue 17: a project module's wrapper summary is a parse of it, made by the thread that lints a
 * file importing it. With worker threads, the files that import a module go to the thread that
 * summarised it first: the module is parsed there only, not once per thread.
 */
const MODULES = 4;
const IMPORTERS = 10;
const FILLER = Array.from({ length: 1500 }, (_, i) => `def f${i}(a):\n    return [a * ${i} for _ in range(3)]\n`).join('');

function project(): string {
  const dir = tempDir('popenlint-parse-threads-');
  fs.mkdirSync(path.join(dir, '.git'));
  for (let m = 0; m < MODULES; m++) {
    // A wrapper module: a function that returns its handle, and its own hazard.
    fs.writeFileSync(path.join(dir, `zsh${m}.py`), `import os\n\n\ndef run(cmd):\n    return os.popen(cmd)\n\n\nos.popen('job ${m}')\n`);
  }
  // Listed before the modules (zsh*.py), so that an importer's lint summarises a module before
  // the module's own lint, which then takes the tree (wrappers.ts, takeParsedModule) in that thread.
  // Interleaved, so that the files of each module arrive at the pool one after another.
  for (let i = 0; i < IMPORTERS; i++) {
    // Some code to parse, so that both threads have work while the other lints.
    for (let m = 0; m < MODULES; m++) fs.writeFileSync(path.join(dir, `a_use_${m}_${i}.py`), `import zsh${m}\nzsh${m}.run('make ${i}')\n${FILLER}`);
  }
  // Enough files that the run notes every module's imports before linting (WrapperReach).
  for (let i = 0; i < LISTINGS_MIN_FILES; i++) fs.writeFileSync(path.join(dir, `plain_${i}.py`), `print(${i})\n`);
  return dir;
}

/** A fresh process each (the main thread keeps its summaries for a run): findings, workers and parses (POPENLINT_STATS). */
function run(dir: string, jobs: number) {
  const r = cli(['check', dir, '--format', 'json', '--exit-zero', '--jobs', String(jobs)], { env: { POPENLINT_STATS: '1' } });
  assert.equal(r.code, 0, r.stderr);
  const m = /popenlint: (\d+) worker\(s\), (\d+) Python parse\(s\)/.exec(r.stderr);
  assert.ok(m, r.stderr);
  const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; rule: string }[] }).findings.map((f) => `${path.basename(f.path)}:${f.line} ${f.rule}`);
  return { findings, stats: { workers: Number(m[1]), parses: Number(m[2]) } };
}

test('each wrapper module is parsed in one thread: not once per thread', () => {
  const dir = project();
  try {
    const serial = run(dir, 1);
    assert.equal(serial.findings.filter((f) => f.startsWith('a_use_')).length, MODULES * IMPORTERS, serial.findings.join('\n'));
    // Each importer, and each module once (its summary, whose tree its lint takes).
    assert.equal(serial.stats.parses, MODULES * IMPORTERS + MODULES);
    for (let attempt = 0; attempt < 3; attempt++) {
      const parallel = run(dir, 2);
      assert.deepEqual(parallel.findings, serial.findings);
      assert.equal(parallel.stats.workers, 1);
      // Each module summarised once (one thread), not once per thread. (Its own lint in a worker
      // parses it again, where the serial run's takes the summary's tree: not yet shared.)
      assert.ok(parallel.stats.parses <= serial.stats.parses + MODULES, `${parallel.stats.parses} parses, serial ${serial.stats.parses}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
