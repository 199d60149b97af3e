/**
 * `npm run bench`: popenlint against its floors (`node -e 0`, grep over the same source types)
 * and its peers (ruff-wasm, ast-grep, ESLint) on the same corpora in the same run, whole
 * processes, median of BENCH_RUNS (default 3) runs, peak RSS, and the targets of the scale
 * issue as PASS/FAIL. Not a test: nothing here fails a build. BENCH_KEEP=1 keeps the temporary
 * corpora; `npm run bench -- --readme` also rewrites the tables of docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Corpus, emptyCorpus, fileCorpus, hugeSource, manyFindingsSource, npmCorpus, pythonTreeCorpus, SOURCE_TYPES, stdlibCorpus } from './corpora.js';
import { type Command, repeat, type Stats } from './measure.js';
import { latencyTable, latencyTargets, measureLspLatency } from './lsp-latency.js';
import { parserCost, parserTable } from './parser.js';

// Compiled to bench/dist/ (tsc -p bench), next to the peers in bench/node_modules.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3) || 3);
const require = createRequire(import.meta.url);
const NODE = process.execPath;
const CLI = path.join(ROOT, 'bin', 'popenlint.js');

interface Tool {
  name: string;
  command(dir: string): Command;
  /** Findings (or matches) in the tool's output. */
  count(stdout: string): number | string;
}

function astGrepBinary(): string {
  const dirs = [path.dirname(require.resolve('@ast-grep/cli/package.json'))];
  try {
    dirs.push(path.dirname(require.resolve(`@ast-grep/cli-${process.platform}-${process.arch}-gnu/package.json`)));
  } catch { /* other platforms: the cli package's own binary */ }
  for (const d of dirs) {
    const bin = path.join(d, process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep');
    if (fs.existsSync(bin)) return bin;
  }
  throw new Error('ast-grep binary not found; run npm run bench (it installs bench/package.json)');
}

function setupPeers(tmp: string) {
  // ast-grep: os.popen(...) as an expression statement, i.e. its result dropped (POP001's core case).
  const rule = path.join(tmp, 'popen-discarded.yml');
  fs.writeFileSync(rule, [
    'id: popen-result-discarded',
    'language: python',
    'severity: warning',
    'message: result of os.popen() is discarded; the pipe closes unread',
    'rule:',
    '  kind: expression_statement',
    '  has:',
    '    pattern: os.popen($$$ARGS)',
    '',
  ].join('\n'));
  // ESLint: flat config in the corpora folder (files outside a config's folder are ignored).
  const eslintConfig = path.join(tmp, 'eslint.config.mjs');
  const plugin = pathToFileURL(require.resolve('eslint-plugin-security')).href;
  fs.writeFileSync(eslintConfig, [
    `import security from ${JSON.stringify(plugin)};`,
    'export default [',
    '  { files: ["**/*.js", "**/*.cjs"], languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" } },',
    '  { files: ["**/*.mjs"], languageOptions: { ecmaVersion: "latest", sourceType: "module" } },',
    '  { plugins: { security }, rules: { "security/detect-child-process": "error" } },',
    '];',
    '',
  ].join('\n'));
  const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
  const astGrep = astGrepBinary();
  const json = <T>(s: string, f: (v: T) => number): number | string => {
    try {
      return f(JSON.parse(s) as T);
    } catch {
      return '?';
    }
  };
  const popenlint = (extra: string[] = [], label = 'popenlint'): Tool => ({
    name: label,
    command: (dir) => ({ argv: [NODE, CLI, 'check', dir, '--format', 'json', '--exit-zero', ...extra] }),
    count: (s) => json<{ findings: { rule: string }[] }>(s, (v) => v.findings.filter((f) => f.rule.startsWith('POP')).length),
  });
  const tools = {
    popenlint: popenlint(),
    popenlintSerial: popenlint(['--jobs', '1'], 'popenlint --jobs 1'),
    ruff: {
      name: 'ruff-wasm S605',
      command: (dir: string) => ({ argv: [NODE, path.join(ROOT, 'bench', 'dist', 'ruff-runner.js'), dir] }),
      count: (s: string) => Number(s.trim().split(' ')[1] ?? NaN),
    },
    astGrep: {
      name: 'ast-grep scan',
      command: (dir: string) => ({ argv: [astGrep, 'scan', '--rule', rule, '--json=compact', dir] }),
      count: (s: string) => json<unknown[]>(s, (v) => v.length),
    },
    eslint: {
      name: 'eslint + security',
      command: (dir: string) => ({ argv: [NODE, eslintBin, '-c', eslintConfig, '--format', 'json', '--no-warn-ignored', path.relative(tmp, dir)], cwd: tmp }),
      count: (s: string) => json<{ messages: { ruleId: string | null }[] }[]>(s, (v) => v.reduce((n, r) => n + r.messages.filter((m) => m.ruleId === 'security/detect-child-process').length, 0)),
    },
    grep: {
      name: 'grep -rl (floor)',
      command: (dir: string) => ({ argv: ['grep', '-rlE', 'popen|Popen|child_process', dir] }),
      count: (s: string) => s.split('\n').filter(Boolean).length,
    },
  } satisfies Record<string, Tool>;
  return tools;
}

interface Row {
  tool: Tool;
  stats: Stats;
}

const sec = (ms: number) => (ms >= 10_000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const mb = (kb: number | null) => (kb === null ? 'n/a' : (kb / 1024).toFixed(0));

async function runCorpus(corpus: Corpus, tools: Tool[], warmup = 1): Promise<Row[]> {
  const rows: Row[] = [];
  for (const tool of tools) {
    process.stderr.write(`  ${corpus.name}: ${tool.name}...`);
    const stats = await repeat(tool.command(corpus.dir), RUNS, tool.name.startsWith('popenlint') ? warmup : 0);
    process.stderr.write(` ${sec(stats.wallMs)} s\n`);
    rows.push({ tool, stats });
  }
  return rows;
}

function table(corpus: Corpus, rows: Row[]): string {
  const base = rows.find((r) => r.tool.name === 'popenlint')!.stats.wallMs;
  const lines = [
    `### ${corpus.name}: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.candidates} contain popen/Popen/child_process (grep -l)`,
    '',
    '| tool | wall (median) | min–max | CPU | peak RSS | vs popenlint | findings |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { tool, stats } of rows) {
    const ratio = tool.name === 'popenlint' ? '1.0x' : `${(stats.wallMs / base).toFixed(1)}x`;
    lines.push(`| ${tool.name} | ${sec(stats.wallMs)} s | ${sec(stats.minMs)}–${sec(stats.maxMs)} s | ${stats.cpuMs === null ? 'n/a' : `${sec(stats.cpuMs)} s`} | ${mb(stats.rssKb)} MB | ${ratio} | ${tool.count(stats.runs[0]!.stdout)} |`);
  }
  return lines.join('\n');
}

/** Which heavy modules a popenlint run loads on its main thread (ES modules and CommonJS). */
function loadedModules(dir: string, tmp: string): string[] {
  const seen = path.join(tmp, 'loaded.txt');
  const hook = path.join(tmp, 'loaded-hook.mjs');
  const preload = path.join(tmp, 'loaded-preload.cjs');
  fs.rmSync(seen, { force: true });
  // A resolve hook sees the ES modules; the CLI's bundle is CommonJS (dist/bundle/cli.cjs), whose
  // require() calls (web-tree-sitter, TypeScript) only Module._resolveFilename sees.
  fs.writeFileSync(hook, `import fs from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); fs.appendFileSync(${JSON.stringify(seen)}, r.url + '\\n'); return r; }\n`);
  fs.writeFileSync(preload, `const Module = require('node:module');\nconst fs = require('node:fs');\nconst resolve = Module._resolveFilename;\nModule._resolveFilename = function (...args) { const r = resolve.apply(this, args); fs.appendFileSync(${JSON.stringify(seen)}, r + '\\n'); return r; };\n`);
  const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hook).href)});`;
  execFileSync(NODE, ['--import', register, '--require', preload, CLI, 'check', dir, '--format', 'json', '--exit-zero', '--jobs', '1'], { stdio: 'ignore' });
  const urls = fs.readFileSync(seen, 'utf8');
  return ['ts-morph', 'web-tree-sitter', 'typescript', 'cli-progress'].filter((m) => urls.includes(`/node_modules/${m}/`));
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return `${os.hostname()}: ${cpu}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

type Target = [name: string, wall: string, okWall: boolean, cpu: string, okCpu: boolean];

const ms = (v: number) => `${v.toFixed(0)} ms`;

/** The performance tables (docs/performance.md, linked from the README), between the bench markers, replaced by this run's. */
function updateReadme(text: string): void {
  const file = path.join(ROOT, 'docs', 'performance.md');
  const readme = fs.readFileSync(file, 'utf8');
  const begin = '<!-- bench:begin (npm run bench -- --readme) -->';
  const end = '<!-- bench:end -->';
  const a = readme.indexOf(begin);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/performance.md has no ${begin} ... ${end} section`);
  fs.writeFileSync(file, `${readme.slice(0, a + begin.length)}\n${text}${readme.slice(b)}`);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-bench-'));
  const load0 = os.loadavg()[0]!;
  const started = Date.now();
  try {
    process.stderr.write(`preparing corpora in ${tmp}...\n`);
    const tools = setupPeers(tmp);
    const tree = pythonTreeCorpus(tmp);
    const stdlib = stdlibCorpus(tmp);
    const npm = npmCorpus(tmp);
    const empty = emptyCorpus(tmp);
    const smallPy = fileCorpus(tmp, 'one small Python file', 'task.py', "import os\n\ndef run(cmd):\n    os.popen(cmd)\n");
    const smallJs = fileCorpus(tmp, 'one small JS file', 'task.js', "const { exec } = require('child_process');\nexec('make');\n");
    const many = fileCorpus(tmp, '300 findings in 20k lines', 'many.py', manyFindingsSource());
    const huge = fileCorpus(tmp, 'one 11 MB file, one hazard at its end', 'huge.py', hugeSource());
    const out: string[] = [
      `## popenlint bench (${new Date().toISOString().slice(0, 10)})`, '',
      `Machine: ${machine()}.`,
      `Median of ${RUNS} runs (start-up: of 9), whole processes, peak RSS from ${fs.existsSync('/usr/bin/time') ? 'GNU time' : '/proc VmHWM'}; CPU is user + system. Floors and peers are measured in the same run: on a shared machine, compare ratios.`, '',
    ];

    // Floors: what any tool pays. `node -e 0` for start-up, grep over the same source types for a tree.
    const sourceGrep: Tool = {
      name: 'grep -rlE (floor)',
      command: (dir) => ({ argv: ['grep', '-rlE', 'popen|Popen|child_process', ...SOURCE_TYPES.map((t) => `--include=*.${t}`), dir] }),
      count: (o) => o.split('\n').filter(Boolean).length,
    };
    const nodeFloor: Tool = { name: 'node -e 0 (floor)', command: () => ({ argv: [NODE, '-e', '0'] }), count: () => '' };
    const startupRows: Row[] = [];
    for (const [corpus, tool] of [[empty, nodeFloor], [empty, tools.popenlint], [smallPy, tools.popenlint], [smallJs, tools.popenlint]] as const) {
      process.stderr.write(`  ${corpus.name}: ${tool.name}...`);
      const stats = await repeat(tool.command(corpus.dir), 9, 1);
      process.stderr.write(` ${ms(stats.wallMs)}\n`);
      startupRows.push({ tool: { ...tool, name: tool === nodeFloor ? tool.name : `popenlint: ${corpus.name}` }, stats });
    }
    const treeRows = await runCorpus(tree, [tools.popenlint, tools.popenlintSerial, tools.ruff, tools.astGrep, sourceGrep]);
    const hugeRows = await runCorpus(huge, [tools.popenlint, sourceGrep]);
    const fixDiff: Tool = {
      name: 'popenlint fix --diff',
      command: (dir) => ({ argv: [NODE, CLI, 'fix', '--diff', dir] }),
      count: (o) => o.split('\n').filter((l) => /^\+[^+]/.test(l)).length,
    };
    const manyRows = await runCorpus(many, [tools.popenlint, fixDiff, sourceGrep]);
    const jsRows = await runCorpus(npm, [tools.popenlint, tools.eslint, tools.grep]);
    process.stderr.write('  popenlint server: didOpen -> diagnostics...\n');
    const lsp = await measureLspLatency();
    const loadedEmpty = loadedModules(empty.dir, tmp);
    const loadedPy = loadedModules(smallPy.dir, tmp);
    process.stderr.write('  parser alone...');
    const parser = parserCost(ROOT, stdlib.dir, tmp);
    process.stderr.write(` ${(parser.parseCpuMinMs / 1000).toFixed(2)} s\n`);

    const lines = ['### Start-up', '', '| run | wall (median of 9) | min–max | CPU | peak RSS |', '|---|---:|---:|---:|---:|'];
    for (const { tool, stats } of startupRows) lines.push(`| ${tool.name} | ${ms(stats.wallMs)} | ${ms(stats.minMs)}–${ms(stats.maxMs)} | ${stats.cpuMs === null ? 'n/a' : ms(stats.cpuMs)} | ${mb(stats.rssKb)} MB |`);
    out.push(lines.join('\n'), '', table(tree, treeRows), '', table(huge, hugeRows), '', table(many, manyRows), '', table(npm, jsRows), '', parserTable(parser), '', latencyTable(lsp), '');

    const p = (rows: Row[], name = 'popenlint') => rows.find((r) => r.tool.name === name)!.stats;
    const cpu = (st: Stats) => st.cpuMs ?? NaN;
    const faster = (corpus: string, rows: Row[], peer: string, x: number): Target => {
      const wall = p(rows, peer).wallMs / p(rows).wallMs;
      const c = cpu(p(rows, peer)) / cpu(p(rows));
      return [`${corpus}: >= ${x}x faster than ${peer}`, `${wall.toFixed(1)}x`, wall >= x, `${c.toFixed(1)}x`, c >= x];
    };
    const floorRatio = (corpus: string, rows: Row[], x: number): Target => {
      const f = p(rows, sourceGrep.name);
      const wall = p(rows).wallMs / f.wallMs;
      const c = cpu(p(rows)) / cpu(f);
      return [`${corpus}: <= ${x}x the grep floor (${sec(f.wallMs)} s wall, ${sec(cpu(f))} s CPU)`, `${wall.toFixed(1)}x`, wall <= x, `${c.toFixed(1)}x`, c <= x];
    };
    const within = (name: string, st: Stats, limitMs: number): Target => [`${name}: <= ${sec(limitMs)} s`, `${sec(st.wallMs)} s`, st.wallMs <= limitMs, `${sec(cpu(st))} s`, cpu(st) <= limitMs];
    const rssAtMost = (name: string, st: Stats, limitMb: number): Target => [`${name}: peak RSS <= ${limitMb} MB`, `${mb(st.rssKb)} MB`, st.rssKb !== null && st.rssKb <= limitMb * 1024, '', st.rssKb !== null && st.rssKb <= limitMb * 1024];
    const [nodeStats, emptyStats, smallPyStats, smallJsStats] = startupRows.map((r) => r.stats) as [Stats, Stats, Stats, Stats];
    const overNode = (name: string, st: Stats, extraMs: number): Target => {
      const wall = st.wallMs - nodeStats.wallMs;
      const c = cpu(st) - cpu(nodeStats);
      return [`${name}: <= node -e 0 (${ms(nodeStats.wallMs)}, CPU ${ms(cpu(nodeStats))}) + ${extraMs} ms`, `+${ms(wall)}`, wall <= extraMs, `+${ms(c)}`, c <= extraMs];
    };
    const targets: Target[] = [
      floorRatio('Python tree', treeRows, 2),
      rssAtMost('Python tree', p(treeRows), 200),
      faster('Python tree', treeRows, 'ruff-wasm S605', 3),
      faster('Python tree', treeRows, 'ast-grep scan', 3),
      within('11 MB file', p(hugeRows), 3000),
      rssAtMost('11 MB file', p(hugeRows), 400),
      within('300 findings in 20k lines: check', p(manyRows), 3000),
      within('300 findings in 20k lines: fix --diff', p(manyRows, fixDiff.name), 5000),
      overNode('empty folder', emptyStats, 80),
      overNode('one small Python file', smallPyStats, 80),
      overNode('one small JS file', smallJsStats, 250),
      faster('npm', jsRows, 'eslint + security', 5),
      ['start-up loads no parser (empty folder)', loadedEmpty.length ? `loads ${loadedEmpty.join(', ')}` : 'none loaded', loadedEmpty.length === 0, '', loadedEmpty.length === 0],
      ['a Python run does not load TypeScript', loadedPy.length ? `loads ${loadedPy.join(', ')}` : 'none', !loadedPy.includes('ts-morph') && !loadedPy.includes('typescript'), '', !loadedPy.includes('ts-morph')],
      ...latencyTargets(lsp),
    ];
    out.push('### Targets', '', 'Each time target is judged on wall time and on CPU time (user + system, all threads): a busy machine inflates wall time unevenly.', '', '| target | wall | result | CPU | result |', '|---|---:|---|---:|---|');
    for (const [name, wall, okWall, c, okCpu] of targets) out.push(`| ${name} | ${wall} | ${okWall ? 'PASS' : 'FAIL'} | ${c} | ${okCpu ? 'PASS' : 'FAIL'} |`);
    out.push('', `Load average ${load0.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end. Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    const text = `${out.join('\n')}\n`;
    process.stdout.write(text);
    fs.mkdirSync(path.join(ROOT, 'bench', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'dist', 'last-run.md'), text);
    if (process.argv.includes('--readme')) updateReadme(text.replace(/^## .*\n\n/, ''));
  } finally {
    if (process.env.BENCH_KEEP) process.stderr.write(`kept ${tmp}\n`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
