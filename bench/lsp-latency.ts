/**
 * Editor latency of `popenlint server`: the time from a didOpen of a 2,000-line file to its
 * publishDiagnostics, over stdio, as an editor sees it. The first request loads the parsers (and
 * for JS/TS the TypeScript API); the target (issue 16) is on every request after it.
 * Self-contained: `npm run bench` calls measureLspLatency(); `node dist/bench/lsp-latency.js`
 * runs it alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  type ProtocolConnection, PublishDiagnosticsNotification, type PublishDiagnosticsParams, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

// Compiled to bench/dist/ (or dist/bench/): the package root is two folders up either way.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const LINES = 2000;
export const TARGET_MS = 50;
const ROUNDS = Math.max(5, Number(process.env.BENCH_LSP_ROUNDS ?? 20) || 20);

/**
 * About `lines` lines of ordinary Python, one function in `every` holding a finding (POP001 and
 * POP005 in turn); `salt` makes each text new.
 */
export function pythonFile(lines: number, salt: number, every: number): string {
  const out = ['import os', 'import subprocess', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `def task_${salt}_${i}(cmd, items):`,
      `    """Step ${i} of the nightly job."""`,
      '    total = 0',
      '    for item in items:',
      '        if item.get("skip"):',
      '            continue',
      '        total += len(item["name"]) * 2',
      i % every ? '    total += 1' : i % (2 * every) ? '    os.popen(cmd)' : '    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    proc.wait()',
      '    return total',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

/** About `lines` lines of ordinary JavaScript, one function in `every` holding a finding (POP101 and POP102 in turn). */
export function javascriptFile(lines: number, salt: number, every: number): string {
  const out = ["const { spawn, exec } = require('child_process');", ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `function task_${salt}_${i}(cmd, items) {`,
      '  let total = 0;',
      '  for (const item of items) {',
      '    if (item.skip) continue;',
      '    total += item.name.length * 2;',
      '  }',
      i % every ? '  total += 1;' : i % (2 * every) ? '  exec(cmd);' : "  const child = spawn(cmd, ['--all']);\n  child.on('close', () => {});",
      '  return total;',
      '}',
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

export interface LatencyResult {
  file: string;
  lines: number;
  findings: number;
  /** The first request of the session for this language (loads its parser), or null after another size. */
  firstMs: number | null;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The server's CPU time (user + system) per request, averaged over the rounds; null off Linux. */
  cpuMs: number | null;
  rounds: number;
}

/** CPU time of a process so far, from /proc (Linux; clock ticks are 1/100 s there). */
function cpuOf(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Just enough of an LSP client for timing: the tests have the full one (test/lsp-client.ts). */
class Client {
  readonly child: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'bin', 'popenlint.js'), 'server'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.waiting.get(p.uri)?.(p);
      this.waiting.delete(p.uri);
    });
    this.connection.listen();
  }

  async initialize(dir: string): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** didOpen, then the time until its publishDiagnostics arrives. */
  async open(uri: string, languageId: string, text: string): Promise<{ ms: number; findings: number }> {
    const published = new Promise<PublishDiagnosticsParams>((resolve) => this.waiting.set(uri, resolve));
    const t0 = performance.now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    const p = await published;
    return { ms: performance.now() - t0, findings: p.diagnostics.length };
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** Typical: a finding every 20 functions (about 10 in 2,000 lines); dense: one in every function (200). */
const DENSITIES = [['typical', 20], ['dense', 1]] as const;

export async function measureLspLatency(): Promise<LatencyResult[]> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-lsp-bench-')));
  const client = new Client(dir);
  let n = 0;
  try {
    await client.initialize(dir);
    const results: LatencyResult[] = [];
    for (const [language, ext, make] of [['python', 'py', pythonFile], ['javascript', 'js', javascriptFile]] as const) {
      for (const [density, every] of DENSITIES) {
        const uri = () => pathToFileURL(path.join(dir, `big-${n++}.${ext}`)).href;
        const first = await client.open(uri(), language, make(LINES, n, every));
        const times: number[] = [];
        const cpu0 = cpuOf(client.child.pid);
        for (let i = 1; i <= ROUNDS; i++) times.push((await client.open(uri(), language, make(LINES, n, every))).ms);
        const cpu1 = cpuOf(client.child.pid);
        times.sort((a, b) => a - b);
        results.push({
          file: `${language}, ${density}`, lines: make(LINES, 0, every).split('\n').length - 1, findings: first.findings,
          firstMs: density === 'typical' ? first.ms : null,
          medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.ceil(times.length * 0.95) - 1]!, maxMs: times.at(-1)!, rounds: ROUNDS,
          cpuMs: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / ROUNDS,
        });
      }
    }
    await client.shutdown();
    return results;
  } catch (e) {
    client.kill();
    throw e;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function latencyTable(results: LatencyResult[]): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `### Editor latency: \`popenlint server\`, didOpen -> publishDiagnostics over stdio (${results[0]?.rounds ?? 0} files after the first)`,
    '',
    '| file | findings | first request | median | p95 | max | server CPU per request |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.file}, ${r.lines} lines | ${r.findings} | ${r.firstMs === null ? '' : ms(r.firstMs)} | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${ms(r.maxMs)} | ${r.cpuMs === null ? 'n/a' : ms(r.cpuMs)} |`),
  ].join('\n');
}

/** Rows for bench.ts's targets table: [name, wall, pass, CPU, pass], judged on the typical files. */
export function latencyTargets(results: LatencyResult[]): [string, string, boolean, string, boolean][] {
  return results.filter((r) => r.firstMs !== null).map((r) => [
    `editor: ${r.file} ${r.lines}-line file, diagnostics <= ${TARGET_MS} ms after the first request (median)`,
    `${r.medianMs.toFixed(0)} ms`, r.medianMs <= TARGET_MS,
    r.cpuMs === null ? 'n/a' : `${r.cpuMs.toFixed(0)} ms`, r.cpuMs !== null && r.cpuMs <= TARGET_MS,
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureLspLatency().then((r) => process.stdout.write(`${latencyTable(r)}\n`), (e: Error) => {
    process.stderr.write(`lsp latency failed: ${e.stack ?? e}\n`);
    process.exitCode = 1;
  });
}
