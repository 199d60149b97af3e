/**
 * The ruff peer: ruff's WebAssembly build, rule S605 (start-process-with-a-shell, which flags
 * os.popen and friends), over every .py file of a folder. Prints "files diagnostics".
 * Run as its own process by bench.ts, so its wall time and memory are measured like a CLI's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const SKIP = new Set(['.git', 'node_modules', '.venv', '__pycache__']);

function* pythonFiles(dir: string): Generator<string> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) yield* pythonFiles(p);
    } else if (e.isFile() && (e.name.endsWith('.py') || e.name.endsWith('.pyi'))) yield p;
  }
}

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: ruff-runner DIR\n');
  process.exit(2);
}
const workspace = new Workspace({ lint: { select: ['S605'] } }, PositionEncoding.Utf16);
let files = 0;
let diagnostics = 0;
for (const file of pythonFiles(root)) {
  files++;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const found = workspace.check(text) as { code: string | null }[];
  diagnostics += found.filter((d) => d.code === 'S605').length;
}
process.stdout.write(`${files} ${diagnostics}\n`);
