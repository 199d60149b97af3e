#!/usr/bin/env node
/**
 * `prepare` (and `npm run build:package`): compiles what the package ships, src/ and rules/,
 * to dist/, file by file (TypeScript's transpileModule: no type check, about a second).
 * Type checking is `tsc -p .`, which `npm test` runs; tsconfig's isolatedModules makes tsc
 * reject anything this per-file compile could get wrong.
 *
 * It needs no devDependency, so every way of installing works without a compiler toolchain:
 * - a clone with devDependencies (`npm ci`, pre-commit, `npx` from git) uses `typescript`;
 * - `npm ci --omit=dev` uses the TypeScript that ts-morph (a runtime dependency) bundles;
 * - `npm install -g git+…` runs this script in its clone with nothing installed at all
 *   (npm/cli#8440: npm's inner `npm install` inherits `npm_config_global` from the outer
 *   global install, so it installs the clone as a global link instead of installing its
 *   dependencies: `tsc: not found`). Then the runtime dependencies are installed here first,
 *   as a plain local install, scripts off.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'rules'];
const OUT = path.join(ROOT, 'dist');
const require = createRequire(path.join(ROOT, 'package.json'));

function compiler() {
  for (const [id, pick] of [['typescript', (m) => m], ['@ts-morph/common', (m) => m.ts]]) {
    try {
      return { ts: pick(require(id)), from: id };
    } catch {
      // not installed: try the next
    }
  }
  return null;
}

function installRuntimeDependencies() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(global|location|prefix)$/i.test(key)) delete env[key];
  }
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm && /\.[cm]?js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'install', '--omit=dev', '--ignore-scripts', '--no-save', '--no-package-lock', '--no-audit', '--no-fund'], {
    cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`npm install of the runtime dependencies failed (${r.error?.message ?? `exit ${r.status}`})`);
}

function* tsFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) yield p;
  }
}

function build() {
  let found = compiler();
  if (!found) {
    process.stderr.write('popenlint build: no TypeScript compiler installed (npm/cli#8440); installing the runtime dependencies\n');
    installRuntimeDependencies();
    found = compiler();
    if (!found) throw new Error('no TypeScript compiler: neither typescript nor @ts-morph/common resolves');
  }
  const { ts } = found;
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const { options } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, ROOT);
  // Per-file ESM output: the package is "type": "module", so NodeNext emits ES modules too.
  const { rootDir: _r, outDir: _o, ...rest } = options;
  const compilerOptions = { ...rest, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, sourceMap: false, declaration: false, isolatedModules: true };
  let count = 0;
  for (const dir of SOURCES) {
    fs.rmSync(path.join(OUT, dir), { recursive: true, force: true });
    for (const file of tsFiles(path.join(ROOT, dir))) {
      const rel = path.relative(ROOT, file);
      const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions, fileName: rel, reportDiagnostics: true });
      const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length) throw new Error(`${rel}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`);
      const target = path.join(OUT, rel.replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out.outputText);
      count++;
    }
  }
  process.stderr.write(`popenlint build: ${count} files to dist/ with ${found.from} ${ts.version}\n`);
}

try {
  build();
} catch (e) {
  process.stderr.write(`popenlint build: ${e.message}\n`);
  process.exit(1);
}
