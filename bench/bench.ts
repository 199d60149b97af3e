/**
 * `npm run bench`: popenlint against its peers on the same corpora, whole processes, median of
 * BENCH_RUNS (default 3) runs, peak RSS, and the targets of the performance issue as PASS/FAIL.
 * Not a test: nothing here fails a build. BENCH_KEEP=1 keeps the temporary corpora.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Corpus, emptyCorpus, npmCorpus, scaledCorpus, stdlibCorpus } from './corpora.js';
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
const signed = (ms: number) => `${ms < 0 ? '−' : '+'}${sec(Math.abs(ms))}`;
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
  fs.rmSync(seen, { force: true });
  // A resolve hook sees every module, ESM (web-tree-sitter) and CommonJS required from ESM.
  fs.writeFileSync(hook, `import fs from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); fs.appendFileSync(${JSON.stringify(seen)}, r.url + '\\n'); return r; }\n`);
  const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hook).href)});`;
  execFileSync(NODE, ['--import', register, CLI, 'check', dir, '--format', 'json', '--exit-zero', '--jobs', '1'], { stdio: 'ignore' });
  const urls = fs.readFileSync(seen, 'utf8');
  return ['ts-morph', 'web-tree-sitter', 'typescript', 'cli-progress'].filter((m) => urls.includes(`/node_modules/${m}/`));
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return `${cpu}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-bench-'));
  const load0 = os.loadavg()[0]!;
  const started = Date.now();
  try {
    process.stderr.write(`preparing corpora in ${tmp}...\n`);
    const tools = setupPeers(tmp);
    const stdlib = stdlibCorpus(tmp);
    const npm = npmCorpus(tmp);
    const empty = emptyCorpus(tmp);
    const { scaled, extras } = scaledCorpus(tmp, stdlib, 10);
    const out: string[] = [`## popenlint bench (${new Date().toISOString().slice(0, 10)})`, '', `Machine: ${machine()}.`, `Median of ${RUNS} runs, whole process (spawned CLI), peak RSS from ${fs.existsSync('/usr/bin/time') ? 'GNU time' : '/proc VmHWM'}.`, ''];

    const py = await runCorpus(stdlib, [tools.popenlint, tools.popenlintSerial, tools.ruff, tools.astGrep, tools.grep]);
    const js = await runCorpus(npm, [tools.popenlint, tools.popenlintSerial, tools.eslint, tools.grep]);
    process.stderr.write('  empty folder: popenlint...');
    const emptyStats = await repeat(tools.popenlint.command(empty.dir), 9, 1);
    process.stderr.write(` ${emptyStats.wallMs.toFixed(0)} ms\n`);
    const scaledRows = await runCorpus(scaled, [tools.popenlint, tools.grep]);
    const extrasRows = await runCorpus(extras, [tools.popenlint, tools.grep]);
    process.stderr.write('  popenlint server: didOpen -> diagnostics...\n');
    const lsp = await measureLspLatency();
    const loadedEmpty = loadedModules(empty.dir, tmp);
    const loadedPy = loadedModules(stdlib.dir, tmp);

    process.stderr.write('  parser alone...');
    const parser = parserCost(ROOT, stdlib.dir, tmp);
    process.stderr.write(` ${(parser.parseCpuMinMs / 1000).toFixed(2)} s\n`);
    out.push(table(stdlib, py), '', table(npm, js), '', table(scaled, scaledRows), '', table(extras, extrasRows), '', parserTable(parser), '', latencyTable(lsp), '');
    const p = (rows: Row[], name = 'popenlint') => rows.find((r) => r.tool.name === name)!.stats;
    const cpu = (st: Stats) => st.cpuMs ?? NaN;
    // Each time target is judged on wall time (what a user waits for) and, because a shared or
    // busy machine inflates wall time unevenly, on CPU time (user + system) as well.
    const faster = (corpus: string, rows: Row[], peer: string, x: number): Target => {
      const wall = p(rows, peer).wallMs / p(rows).wallMs;
      const c = cpu(p(rows, peer)) / cpu(p(rows));
      return [`${corpus}: >= ${x}x faster than ${peer}`, `${wall.toFixed(1)}x`, wall >= x, `${c.toFixed(1)}x`, c >= x];
    };
    const growth = p(scaledRows).wallMs - p(py).wallMs;
    const prefilterCost = p(extrasRows).wallMs - emptyStats.wallMs;
    const growthCpu = cpu(p(scaledRows)) - cpu(p(py));
    const prefilterCpu = cpu(p(extrasRows)) - cpu(emptyStats);
    type Target = [string, string, boolean, string, boolean];
    const rss = p(py).rssKb;
    const targets: Target[] = [
      faster('stdlib', py, 'ruff-wasm S605', 10),
      faster('stdlib', py, 'ast-grep scan', 20),
      ['stdlib: peak RSS <= 200 MB', `${mb(rss)} MB`, rss !== null && rss <= 200 * 1024, '', rss !== null && rss <= 200 * 1024],
      faster('npm', js, 'eslint + security', 5),
      ['empty folder: <= 150 ms (median of 9)', `${emptyStats.wallMs.toFixed(0)} ms`, emptyStats.wallMs <= 150, `${cpu(emptyStats).toFixed(0)} ms`, cpu(emptyStats) <= 150],
      ['start-up loads no parser (empty folder)', loadedEmpty.length ? `loads ${loadedEmpty.join(', ')}` : 'none loaded', loadedEmpty.length === 0, '', loadedEmpty.length === 0],
      ['Python run does not load ts-morph', loadedPy.length ? `loads ${loadedPy.join(', ')}` : 'none', !loadedPy.includes('ts-morph') && !loadedPy.includes('typescript'), '', !loadedPy.includes('ts-morph')],
      [
        '10x non-candidates: growth <= 1.25 x prefilter cost + 0.15 s',
        `${signed(growth)} s vs ${sec(prefilterCost)} s`, growth <= prefilterCost * 1.25 + 150,
        `${signed(growthCpu)} s vs ${sec(prefilterCpu)} s`, growthCpu <= prefilterCpu * 1.25 + 150,
      ],
      ...latencyTargets(lsp),
    ];
    out.push(
      '### Targets',
      '',
      'The prefilter cost is popenlint alone on the 10x extra files, minus its empty-folder time.',
      '',
      '| target | wall | result | CPU | result |',
      '|---|---:|---|---:|---|',
    );
    for (const [name, wall, okWall, c, okCpu] of targets) out.push(`| ${name} | ${wall} | ${okWall ? 'PASS' : 'FAIL'} | ${c} | ${okCpu ? 'PASS' : 'FAIL'} |`);
    out.push('', `Load average ${load0.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end (a busy machine inflates every wall time). Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    process.stdout.write(`${out.join('\n')}\n`);
    fs.mkdirSync(path.join(ROOT, 'bench', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'dist', 'last-run.md'), `${out.join('\n')}\n`);
  } finally {
    if (process.env.BENCH_KEEP) process.stderr.write(`kept ${tmp}\n`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
