import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../../rules/index.js';
import { defaultJobs, lintTargets, PARALLEL_MIN_CANDIDATES, targets } from '../../src/cli/run.js';
import { Settings } from '../../src/settings.js';
import { Progress, progressWanted } from '../../src/cli/progress.js';
import { Writable } from 'node:stream';
import type { FileResult } from '../../src/engine.js';
import type { EvidenceLevel } from '../../src/knowledge/evidence.js';
import { buildReport } from '../../src/report/model.js';
import { spawnSync } from 'node:child_process';
import { cli, FIXTURES, tempDir } from '../helpers.js';

/**
 * Worker threads change where files are parsed, never what is reported: a parallel run gives
 * the same results, in the same order, as a serial one. Correctness only; no timing here.
 */

function corpus(): string {
  const dir = tempDir('popenlint-perf-');
  fs.cpSync(FIXTURES, path.join(dir, 'fixtures'), { recursive: true });
  // Enough candidates that a parallel run really starts workers, with findings at known spots.
  for (let i = 0; i < PARALLEL_MIN_CANDIDATES * 3; i++) {
    fs.writeFileSync(path.join(dir, `gen_${String(i).padStart(2, '0')}.py`), [
      'import os, subprocess',
      `# file ${i}: é ü`,
      `os.popen('echo ${i}')`,
      'p = subprocess.Popen(["ls"], stdout=subprocess.PIPE)',
      'p.wait()',
      `s = "os.popen() in a string ${'x'.repeat(i)}"; os.popen("x")`,
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, `plain_${i}.py`), `print(${i})\n`);
    // A wrapper whose callers are in another file: seen only when the folder named is the
    // project (no repository or project file around the corpus), in whichever thread lints it.
    fs.writeFileSync(path.join(dir, `wrap_${String(i).padStart(2, '0')}.py`), 'import subprocess\ndef build(cmd):\n    q = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    q.wait()\n');
  }
  // Even wrappers get a quiet command (no finding), odd ones a command from outside (a warning naming the caller).
  fs.writeFileSync(path.join(dir, 'callers.py'), Array.from({ length: PARALLEL_MIN_CANDIDATES * 3 }, (_, i) => {
    const n = String(i).padStart(2, '0');
    return `import wrap_${n}\ndef call_${n}(arg):\n    wrap_${n}.build(${i % 2 ? 'arg' : "['mkfifo', '/tmp/f']"})\n`;
  }).join(''));
  // Past PARTIAL_MIN_CHARS: parsed in part (python/partial.ts), whichever thread lints it.
  const filler = Array.from({ length: 6000 }, (_, i) => `def f${i}(a):\n    return [a * ${i} for _ in range(3)]\n`).join('');
  fs.writeFileSync(path.join(dir, 'big.py'), `import os\np = os.popen('ls')\n${filler}def use():\n    return p.read()\n${filler}def main(cmd):\n    os.popen(cmd)\n`);
  fs.writeFileSync(path.join(dir, 'cp.js'), "const cp = require('child_process');\ncp.exec('ls');\n");
  fs.writeFileSync(path.join(dir, 'binary.py'), Buffer.from('import os\x00os.popen("x")\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'latin.py'), Buffer.concat([Buffer.from('import os\nos.popen("caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('")\n')]));
  fs.writeFileSync(path.join(dir, 'crlf.py'), 'import os\r\n\r\nos.popen("a")\r\n');
  return dir;
}

/** Everything a reporter or a caller can observe of one file's result. */
function observable(results: FileResult[]) {
  return results.map((r) => ({
    path: r.path,
    language: r.language,
    parsed: r.parsed,
    findings: r.findings,
    diagnostics: r.diagnostics,
    lines: r.findings.map((f) => r.source?.lineText(f.range.start.line - 1)),
  }));
}

async function run(dir: string, jobs: number, stats?: { workers: number }, evidence?: EvidenceLevel) {
  const settings = new Settings(evidence ? { evidence } : {}, allRules);
  const found = await targets({ paths: [dir], forceExclude: false }, settings);
  const results = await lintTargets(found.targets, settings, { jobs, progress: false, stats });
  return { targets: found.targets, results };
}

describe('parallel lint (worker threads)', () => {
  test('gives the same results as a serial run, in the same order', async () => {
    const dir = corpus();
    try {
      const serial = await run(dir, 1);
      const parallel = await run(dir, 2);
      const many = await run(dir, 5);
      assert.ok(serial.results.filter((r) => r.findings.length > 0).length >= PARALLEL_MIN_CANDIDATES * 2, 'the corpus has many files with findings');
      assert.deepEqual(observable(parallel.results), observable(serial.results));
      assert.deepEqual(observable(many.results), observable(serial.results));
      assert.deepEqual(buildReport(parallel.results, 'devnull'), buildReport(serial.results, 'devnull'));
      // One result per target, in the targets' order.
      assert.deepEqual(parallel.results.map((r) => r.path), parallel.targets.map((t) => t.path));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the folder named is the project of the files no repository claims, in every thread', async () => {
    const dir = corpus();
    try {
      const serial = await run(dir, 1, undefined, 'likely');
      const parallel = await run(dir, 2, undefined, 'likely');
      const wrappers = (r: { results: FileResult[] }) => r.results.filter((x) => /^wrap_/.test(path.basename(x.path))).map((x) => `${path.basename(x.path)}: ${x.findings.map((f) => f.message).join('; ')}`);
      const expected = Array.from({ length: PARALLEL_MIN_CANDIDATES * 3 }, (_, i) => {
        const n = String(i).padStart(2, '0');
        return `wrap_${n}.py: ${i % 2 ? `stdout pipe of subprocess.Popen() is not read before wait() (build() runs its parameter \`cmd\`, and the caller at callers.py:${i * 3 + 3} passes a command not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock` : ''}`;
      });
      assert.deepEqual(wrappers(serial), expected);
      assert.deepEqual(wrappers(parallel), expected);
      assert.deepEqual(observable(parallel.results), observable(serial.results));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('findings within a file are ordered by position', async () => {
    const dir = corpus();
    try {
      const { results } = await run(dir, 2);
      for (const r of results) {
        const starts = r.findings.map((f) => f.start);
        assert.deepEqual(starts, [...starts].sort((a, b) => a - b), r.path);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('keeps the source only for files with findings', async () => {
    const dir = corpus();
    try {
      const { results } = await run(dir, 2);
      for (const r of results) assert.equal(r.source !== undefined, r.findings.length > 0, r.path);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the CLI prints the same report with --jobs 1 and --jobs 3', () => {
    const dir = corpus();
    try {
      for (const format of ['json', 'text']) {
        const one = cli(['check', '.', '--format', format, '--jobs', '1'], { cwd: dir });
        const three = cli(['check', '.', '--format', format, '--jobs', '3'], { cwd: dir });
        assert.equal(one.code, 1, one.stderr);
        assert.equal(three.code, one.code);
        assert.equal(three.stdout, one.stdout);
        assert.equal(three.stderr, one.stderr);
      }
      // Paths come out sorted, then by position.
      const report = JSON.parse(cli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: dir }).stdout) as { findings: { path: string; line: number; column: number }[] };
      const keys = report.findings.map((f) => [f.path, f.line, f.column] as const);
      const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
      assert.deepEqual(keys, sorted);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the progress bar: drawn on a terminal once the run is slow, never under CI, off a terminal or for a short run', async () => {
    const draw = async (isTTY: boolean, env: NodeJS.ProcessEnv, delayMs: number, ticks: number) => {
      let out = '';
      const stream = Object.assign(new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } }), { isTTY, columns: 100 });
      const bar = new Progress(3, { stream, env, delayMs });
      if (ticks === 0) bar.stop();
      else {
        await new Promise((resolve) => setTimeout(resolve, delayMs + 30));
        await bar.shown;
      }
      for (let i = 0; i < ticks; i++) bar.tick();
      bar.stop();
      return out;
    };
    assert.match(await draw(true, {}, 0, 2), /popenlint .* \d+% \| [0-3]\/3 files/);
    assert.equal(await draw(true, { CI: 'true' }, 0, 2), '');
    assert.equal(await draw(false, {}, 0, 2), '');
    assert.equal(await draw(true, {}, 200, 0), '', 'a run shorter than the delay shows nothing');
    assert.equal(progressWanted(Object.assign(new Writable(), { isTTY: true }), { CI: '' }), true, 'CI set but empty counts as unset');
  });

  test('the CLI draws no progress bar when stderr is not a terminal', () => {
    const dir = corpus();
    try {
      const r = cli(['check', '.', '--format', 'concise', '--jobs', '2'], { cwd: dir, env: { CI: '' } });
      assert.doesNotMatch(r.stderr, /files \|/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the default jobs are the idle cores, at least one', () => {
    assert.equal(defaultJobs(2, 0), 2);
    assert.equal(defaultJobs(2, 0.4), 2);
    assert.equal(defaultJobs(2, 1.6), 1, 'a busy core is not counted');
    assert.equal(defaultJobs(8, 3.2), 5);
    assert.equal(defaultJobs(4, 12), 1, 'an overloaded machine still gets the main thread');
  });

  test('workers follow the candidates: none for a few small files, at most jobs - 1 for many', async () => {
    const dir = tempDir('popenlint-jobs-');
    try {
      for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `few_${i}.py`), `import os\nos.popen('echo ${i}')\n`);
      // Files the prefilter rules out never count, however many.
      for (let i = 0; i < PARALLEL_MIN_CANDIDATES * 3; i++) fs.writeFileSync(path.join(dir, `plain_${i}.py`), `print(${i})\n`);
      const few = { workers: -1 };
      await run(dir, 4, few);
      assert.equal(few.workers, 0, 'three small candidates: the main thread lints them');
      const gen = corpus();
      try {
        const many = { workers: -1 };
        await run(gen, 3, many);
        assert.ok(many.workers >= 1 && many.workers <= 2, `${many.workers} workers for jobs 3`);
        const serial = { workers: -1 };
        await run(gen, 1, serial);
        assert.equal(serial.workers, 0, '--jobs 1 starts none');
      } finally {
        fs.rmSync(gen, { recursive: true, force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('same results with 1 and 3 jobs over the standard library\'s candidates', async () => {
    const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
    if (r.status !== 0) return;
    const stdlib = r.stdout.trim();
    // The candidates only (the rest is ruled out before any parse, on either side), copied.
    const dir = tempDir('popenlint-stdlib-jobs-');
    try {
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory() && e.name !== 'site-packages' && e.name !== '__pycache__') walk(p);
          else if (e.isFile() && e.name.endsWith('.py') && /popen|Popen/.test(fs.readFileSync(p, 'latin1'))) {
            const to = path.join(dir, path.relative(stdlib, p));
            fs.mkdirSync(path.dirname(to), { recursive: true });
            fs.copyFileSync(p, to);
          }
        }
      };
      walk(stdlib);
      // Most of the standard library's findings are in its tests (`in-test`): shown from `likely`.
      const serial = await run(dir, 1, undefined, 'likely');
      const parallel = await run(dir, 3, undefined, 'likely');
      assert.ok(serial.results.filter((x) => x.parsed).length > 50);
      assert.ok(serial.results.some((x) => x.findings.length > 0));
      assert.deepEqual(observable(parallel.results), observable(serial.results));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
