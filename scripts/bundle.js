#!/usr/bin/env node
/**
 * `npm run bundle`: the CLI in dist/bundle/ (esbuild), which bin/popenlint.js loads. One file to
 * read and compile instead of a hundred to resolve is most of a small run's start-up:
 * - cli.cjs: the CLI as one CommonJS file, which start.cjs (src/cli/start.ts) compiles with a
 *   V8 code cache (src/code-cache.ts): Node 20 keeps no compiled code of ES modules. Code a
 *   run may not need is only read, not compiled: esbuild runs a module imported with import()
 *   on the first call. What is large and rarely needed stays in files of its own: yargs
 *   (yargs.cjs, for anything but `check PATH...`), the language server's library (required
 *   from node_modules by `popenlint server`), web-tree-sitter and TypeScript (node_modules,
 *   on the first Python or JS/TS candidate).
 * - worker.js and its chunks: the lint worker (src/pool/worker.ts) as ES modules; a worker
 *   starts only for a run with many candidates.
 * The output is committed like dist/src (nothing builds at install), and esbuild's output is
 * deterministic, so CI can check that it matches the sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names carry a content hash: an old chunk would otherwise stay behind, and be committed.
fs.rmSync(path.join(ROOT, 'dist', 'bundle'), { recursive: true, force: true });

// Loaded on demand from node_modules (see typescript/load.ts, python/parse.ts, encoding.ts,
// config.ts): each finds its own files (web-tree-sitter.wasm, ts-morph's TypeScript).
const EXTERNAL = ['ts-morph', 'web-tree-sitter', 'iconv-lite', 'smol-toml'];

/** yargs' help layout: see src/cli/string-width.ts. */
const stringWidth = {
  name: 'string-width',
  setup(b) {
    // Only ES imports (yargs): cli-progress require()s string-width and expects the CommonJS
    // function, not a module namespace.
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.kind === 'import-statement' ? { path: path.join(ROOT, 'src', 'cli', 'string-width.ts') } : undefined));
  },
};

/**
 * CommonJS has no import.meta: the file's own URL stands in (config, parser, TypeScript, worker
 * paths). vm.Script (code-cache.ts) has no dynamic import(): an external one (yargs.cjs) becomes
 * a require.
 */
const cjsOptions = {
  format: 'cjs',
  supported: { 'dynamic-import': false },
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__popenlintUrl' },
  banner: { js: "const __popenlintUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const common = {
  absWorkingDir: ROOT,
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
};

/** The line of python/parse.ts that CommonJS cannot hold (a top-level await); the CLI awaits parserReady instead. */
const TOP_LEVEL_AWAIT = '\nawait parserReady;\n';

await build({
  ...common,
  ...cjsOptions,
  entryPoints: { cli: 'src/cli/main.ts' },
  external: [...EXTERNAL, 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageserver-textdocument'],
  plugins: [stringWidth, {
    name: 'cli',
    setup(b) {
      b.onResolve({ filter: /^yargs$/ }, () => ({ path: './yargs.cjs', external: true }));
      b.onLoad({ filter: /[\\/]src[\\/]python[\\/]parse\.ts$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes(TOP_LEVEL_AWAIT)) throw new Error(`${args.path} no longer has the line${TOP_LEVEL_AWAIT}: see scripts/bundle.js`);
        return { contents: text.replace(TOP_LEVEL_AWAIT, '\n'), loader: 'ts' };
      });
    },
  }],
});

/**
 * Two edits of cli.cjs, each measured on a run's start-up:
 * - esbuild escapes non-ASCII text in strings and regular expressions but keeps comments as
 *   they are: one `…` made V8 hold the whole 1 MB source as a two-byte string, decoded from
 *   UTF-8 (code-cache.ts reads an ASCII file as latin1, a plain copy).
 * - `import fs from 'node:fs'` becomes `__toESM(require("node:fs"), 1)` in each of some 70
 *   modules, each a fresh copy of the built-in's properties as getters: one copy per built-in
 *   serves them all (a built-in's properties do not change; the getters read it live).
 */
function editCli(file) {
  const text = fs.readFileSync(file, 'utf8');
  const helper = 'var __toESM = (mod, isNodeMode, target) => (';
  if (!text.includes(helper)) throw new Error(`${file}: esbuild's __toESM helper changed: see scripts/bundle.js`);
  const edited = text
    .replace(/__toESM\(require\("(node:[\w/]+)"\), 1\)/g, '__builtinESM("$1")')
    .replace(helper, `var __builtinESMs = new Map();\nvar __builtinESM = (id) => {\n  let m = __builtinESMs.get(id);\n  if (!m) __builtinESMs.set(id, m = __toESM(require(id), 1));\n  return m;\n};\n${helper}`)
    .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  fs.writeFileSync(file, edited);
}
editCli(path.join(ROOT, 'dist', 'bundle', 'cli.cjs'));

// yargs alone (with the string-width above), required by cli.cjs when it needs it: its exports
// are the yargs function, which is what `import yargs from 'yargs'` reads from a CommonJS file.
await build({
  ...common,
  ...cjsOptions,
  stdin: { contents: "module.exports = require('yargs').default;", resolveDir: ROOT, sourcefile: 'yargs-entry.cjs' },
  outfile: 'dist/bundle/yargs.cjs',
  outdir: undefined,
  plugins: [stringWidth],
});

// What bin/popenlint.js requires (start.cjs): loads cli.cjs with its code cache. CommonJS, as the
// bin is: no ES module loader starts for a run.
await build({ ...common, ...cjsOptions, entryPoints: { start: 'src/cli/start.ts' } });

await build({
  ...common,
  // pool.ts starts `./worker.js` next to itself: the worker's files share the CLI's folder.
  entryPoints: { worker: 'src/pool/worker.ts' },
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  external: EXTERNAL,
  // CommonJS dependencies bundled in require Node's built-ins: an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __popenlintCreateRequire } from 'node:module';\nconst require = __popenlintCreateRequire(import.meta.url);" },
  plugins: [stringWidth],
});
