#!/usr/bin/env node
/**
 * `npm run bundle`: the CLI and its worker as a few ES modules in dist/bundle/ (esbuild), which
 * bin/popenlint.js loads. One file to read and compile instead of a hundred to resolve is most
 * of a small run's start-up. What most runs never need stays out and loads on demand: the
 * Python parser (web-tree-sitter and its WebAssembly, a chunk of its own imported on the first
 * Python candidate) and TypeScript (ts-morph, required on the first JS/TS candidate). The
 * output is committed like dist/src (nothing builds at install), and esbuild's output is
 * deterministic, so CI can check that it matches the sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names carry a content hash: an old chunk would otherwise stay behind, and be committed.
fs.rmSync(path.join(ROOT, 'dist', 'bundle'), { recursive: true, force: true });

await build({
  absWorkingDir: ROOT,
  // pool.ts starts `./worker.js` next to itself: chunks and entries share one folder.
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/pool/worker.ts' },
  outdir: 'dist/bundle',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded on demand from node_modules (see typescript/load.ts, python/parse.ts, encoding.ts,
  // config.ts): each finds its own files (web-tree-sitter.wasm, ts-morph's TypeScript).
  external: ['ts-morph', 'web-tree-sitter', 'iconv-lite', 'smol-toml'],
  // CommonJS dependencies bundled in (vscode-languageserver, for `popenlint server`) require
  // Node's built-ins: an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __popenlintCreateRequire } from 'node:module';\nconst require = __popenlintCreateRequire(import.meta.url);" },
  plugins: [{
    name: 'string-width',
    // yargs' help layout: see src/cli/string-width.ts.
    setup(b) {
      // Only ES imports (yargs): cli-progress require()s string-width and expects the CommonJS
      // function, not a module namespace.
      b.onResolve({ filter: /^string-width$/ }, (args) => (args.kind === 'import-statement' ? { path: path.join(ROOT, 'src', 'cli', 'string-width.ts') } : undefined));
    },
  }],
  legalComments: 'eof',
  logLevel: 'warning',
});
