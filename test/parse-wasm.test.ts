import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { MAX_INDENT_LEVELS } from '../src/python/parse-limit.js';
import { cli, ROOT, tempDir } from './helpers.js';

/**
 * The WebAssembly parser (web-tree-sitter + tree-sitter-python.wasm) where it differs from the
 * native binding it replaced. Each case runs in its own process: a WebAssembly trap poisons
 * the module for the rest of the process, by design of these tests.
 */

const PARSE_JS = path.join(ROOT, 'dist/src/python/parse.js');
const GRAMMAR = path.join(ROOT, 'src/python/grammar/tree-sitter-python.wasm');

/** Runs an ES module body in a fresh node process; returns its last stdout line as JSON. */
function inChild(body: string): unknown {
  const dir = tempDir('popenlint-wasm-');
  try {
    // The module must resolve web-tree-sitter from the repository's node_modules.
    const file = path.join(ROOT, 'dist', `wasm-probe-${process.pid}-${path.basename(dir)}.mjs`);
    fs.writeFileSync(file, body);
    try {
      const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!);
    } finally {
      fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const NESTED = `const nested = (n) => ['import os', ...Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:'), ' '.repeat(n) + "os.popen('a')", ''].join('\\n');`;

/**
 * The raw parser, without parsePython's guard (and without parse.js, whose own parser would
 * change the heap's layout), in a fresh process: the first parse is `levels` deep.
 */
function rawNested(levels: number) {
  return inChild(`
    import fs from 'node:fs';
    import { Language, Parser } from 'web-tree-sitter';
    ${NESTED}
    await Parser.init();
    const p = new Parser();
    p.setLanguage(await Language.load(fs.readFileSync(${JSON.stringify(GRAMMAR)})));
    const probe = () => { try { return p.parse("import os\\nos.popen('a')\\n").rootNode.toString(); } catch (e) { return 'threw: ' + e.message; } };
    let deep;
    try { deep = 'hasError ' + p.parse(nested(${levels})).rootNode.hasError; } catch (e) { deep = 'threw: ' + e.message; }
    console.log(JSON.stringify({ deep, after: probe() }));
  `) as { deep: string; after: string };
}

test('the indentation guard is still needed: past ~510 levels the WASM scanner traps and corrupts every later parse', () => {
  const atLimit = rawNested(MAX_INDENT_LEVELS);
  assert.equal(atLimit.deep, 'hasError false', 'MAX_INDENT_LEVELS nested blocks parse cleanly');
  assert.match(atLimit.after, /^\(module \(import_statement/);
  // Where the overflowing write lands depends on the heap's layout: from a fresh module it traps.
  const deep = rawNested(600);
  assert.equal(deep.deep, 'threw: memory access out of bounds');
  assert.notEqual(deep.after, atLimit.after, 'after the trap, a clean file no longer parses right');
});

test('after a WebAssembly trap, parsePython refuses every later file with the reason instead of trusting the module', () => {
  const r = inChild(`
    import { Parser } from 'web-tree-sitter';
    const { parsePython } = await import(${JSON.stringify(PARSE_JS)});
    const ok = parsePython("import os\\nos.popen('a')\\n").rootNode.type;
    const parse = Parser.prototype.parse;
    Parser.prototype.parse = function () { Parser.prototype.parse = parse; throw new WebAssembly.RuntimeError('memory access out of bounds'); };
    const messages = [];
    for (let i = 0; i < 2; i++) { try { parsePython('x = 1\\n'); messages.push('parsed'); } catch (e) { messages.push(e.message); } }
    console.log(JSON.stringify({ ok, messages }));
  `) as { ok: string; messages: string[] };
  assert.equal(r.ok, 'module');
  assert.deepEqual(r.messages, [
    'not parsed: the Python parser failed (memory access out of bounds)',
    'not parsed: the Python parser failed earlier in this run (memory access out of bounds)',
  ]);
});

test('the parser loads only for a Python file that survives the prefilter', () => {
  const dir = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'plain.py'), 'print(1)\n');
    const hook = path.join(dir, 'hook.mjs');
    const preload = path.join(dir, 'preload.cjs');
    const seen = path.join(dir, 'seen.txt');
    // A module resolve hook that appends every URL the run resolves to a file, and the same for
    // require() (the CLI's bundle is CommonJS, which ES module hooks do not see).
    fs.writeFileSync(hook, [
      "import fs from 'node:fs';",
      `export async function resolve(s, c, next) { const r = await next(s, c); fs.appendFileSync(${JSON.stringify(seen)}, r.url + '\\n'); return r; }`,
      '',
    ].join('\n'));
    fs.writeFileSync(preload, [
      "const Module = require('node:module');",
      "const fs = require('node:fs');",
      'const resolve = Module._resolveFilename;',
      `Module._resolveFilename = function (...args) { const r = resolve.apply(this, args); fs.appendFileSync(${JSON.stringify(seen)}, r + '\\n'); return r; };`,
      '',
    ].join('\n'));
    const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hook).href)});`;
    const loaded = (args: string[]) => {
      fs.rmSync(seen, { force: true });
      const r = spawnSync(process.execPath, ['--import', register, '--require', preload, path.join(ROOT, 'bin/popenlint.js'), ...args, '--jobs', '1'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const urls = fs.readFileSync(seen, 'utf8').split('\n');
      assert.ok(urls.some((u) => u.endsWith('/bundle/start.cjs')), 'the hook saw the run');
      return urls.filter((u) => /web-tree-sitter|python\/parse\.js|bundle\/parse-/.test(u));
    };
    assert.deepEqual(loaded(['check', 'plain.py']), [], 'no candidate: neither web-tree-sitter nor parse.js');
    fs.writeFileSync(path.join(dir, 'job.py'), "import os\nos.popen('make')\n");
    assert.ok(loaded(['check', 'job.py']).some((u) => u.includes('web-tree-sitter')), 'a candidate loads the parser');
    const r = cli(['check', 'job.py', '--jobs', '1'], { cwd: dir });
    assert.match(r.stdout, /job\.py:2:1: POP001/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the grammar is the tree-sitter-python release that grammar/source.json names, byte for byte', () => {
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/python/grammar/source.json'), 'utf8')) as { package: string; version: string; integrity: string; sha256: string };
  assert.equal(source.package, 'tree-sitter-python');
  assert.match(source.integrity, /^sha512-/);
  assert.equal(createHash('sha256').update(fs.readFileSync(GRAMMAR)).digest('hex'), source.sha256, 'run `npm run grammar` after changing the grammar');
  assert.match(fs.readFileSync(path.join(ROOT, 'src/python/grammar/LICENSE'), 'utf8'), /MIT License/);
});
