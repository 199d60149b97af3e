/**
 * The Python parser's own cost, apart from the CLI: loading it (web-tree-sitter and the WASM
 * grammar) in a fresh process, and parsing the stdlib files that survive the prefilter. Shown
 * next to the native tree-sitter binding it replaced, measured the same way (figures below).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ParserCost {
  files: number;
  mb: number;
  /** parse.js imported and a first one-line parse, in a fresh process (median of 5). */
  loadMs: number;
  /** One pass over the files, CPU time (user + system) of the parsing thread: min and median (the parser loaded as the CLI loads it). */
  parseCpuMinMs: number;
  parseCpuMedianMs: number;
}

/**
 * tree-sitter 0.25.1 (native, node-gyp) with tree-sitter-python 0.25.0, the parser before
 * web-tree-sitter, measured by this same code from a build of commit c8d13ed on the bench
 * machine (2-core AMD EPYC, Node 20.20.2, load average 16: the load time is noisy, the CPU
 * time much less), the better of two runs, on the Python 3.11 stdlib's 94 candidates.
 * Measured alternately with the WASM parser: 564-580 ms CPU min, 112-191 ms load.
 */
export const NATIVE: ParserCost & { when: string } = {
  when: '2026-12-01', files: 94, mb: 4.14, loadMs: 80, parseCpuMinMs: 456, parseCpuMedianMs: 459,
};

// The parse passes load the parser as the CLI does (engineJs): V8's flags set at start-up
// (--liftoff-only), then the engine's own for a run that parses much. Loaded from parse.js
// alone, the passes never saw a flag the CLI left wrong (the optimizing tier lost, 1d09e55 to
// perf9: 1.3-1.4x the parse CPU in every CLI run and in the server).
const CHILD = `
const [parseJs, list, passes, engineJs] = process.argv.slice(1);
const t0 = performance.now();
let parsePython;
if (engineJs) {
  (await import('node:v8')).setFlagsFromString('--liftoff-only');
  ({ parsePython } = await (await import(engineJs)).loadPythonParser());
} else ({ parsePython } = await import(parseJs));
parsePython('x = 1\\n'); // the native binding loaded its addon on first use
const loadMs = performance.now() - t0;
const fs = await import('node:fs');
const texts = JSON.parse(fs.readFileSync(list, 'utf8')).map((f) => fs.readFileSync(f, 'utf8'));
const cpu = [];
for (let i = 0; i < Number(passes); i++) {
  const c = process.cpuUsage();
  for (const t of texts) parsePython(t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
console.log(JSON.stringify({ loadMs, cpu }));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function parserCost(root: string, corpusDir: string, tmp: string): ParserCost {
  const files: string[] = [];
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) {
        const b = fs.readFileSync(p);
        if (/popen|Popen/.test(b.toString('latin1'))) { files.push(p); bytes += b.length; }
      }
    }
  };
  walk(corpusDir);
  const list = path.join(tmp, 'parser-files.json');
  fs.writeFileSync(list, JSON.stringify(files));
  const parseJs = pathToFileURL(path.join(root, 'dist', 'src', 'python', 'parse.js')).href;
  const engineJs = pathToFileURL(path.join(root, 'dist', 'src', 'engine.js')).href;
  const run = (passes: number, engine = false) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, parseJs, list, String(passes), ...(engine ? [engineJs] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { loadMs: number; cpu: number[] };
  const loads = Array.from({ length: 5 }, () => run(0).loadMs);
  const { cpu } = run(5, true);
  return { files: files.length, mb: bytes / 1e6, loadMs: median(loads), parseCpuMinMs: Math.min(...cpu), parseCpuMedianMs: median(cpu) };
}

export function parserTable(wasm: ParserCost): string {
  const row = (name: string, c: ParserCost) => `| ${name} | ${c.loadMs.toFixed(0)} ms | ${(c.parseCpuMinMs / 1000).toFixed(2)} s | ${(c.parseCpuMedianMs / 1000).toFixed(2)} s | ${(c.mb / (c.parseCpuMinMs / 1000)).toFixed(1)} MB/s |`;
  return [
    `### Python parser alone: ${wasm.files} stdlib files that survive the prefilter, ${wasm.mb.toFixed(2)} MB`,
    '',
    '| parser | load (fresh process, median of 5) | parse CPU, min of 5 | median of 5 | throughput (min) |',
    '|---|---:|---:|---:|---:|',
    row('web-tree-sitter 0.27 + tree-sitter-python.wasm (now; parse passes under the CLI\'s V8 flags)', wasm),
    row(`native tree-sitter 0.25.1 (before, measured ${NATIVE.when}: ${NATIVE.files} files, ${NATIVE.mb} MB)`, NATIVE),
    '',
    `WASM / native parse CPU (min): ${(wasm.parseCpuMinMs / NATIVE.parseCpuMinMs).toFixed(2)}x.`,
  ].join('\n');
}
