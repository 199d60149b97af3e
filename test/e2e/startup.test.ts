import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Start-up: the CLI's bundle (dist/bundle/cli.cjs) and TypeScript load through V8 code caches
 * kept in a private folder of the user's temporary directory (src/code-cache.ts). A cache
 * changes how fast, never what is found; a folder others could write to is never trusted, and
 * a cache that does not fit (another build, damaged) is compiled past and written again.
 */

function run(dir: string, tmp: string, file = 'task.js') {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), 'check', file, '--format', 'concise'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' } });
}

const caches = (cacheDir: string) => fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')).sort();

test('code caches: written once in a private folder, same findings with them', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    fs.writeFileSync(path.join(dir, 'job.py'), "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n");
    const first = run(dir, tmp);
    assert.equal(first.status, 1, first.stderr);
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    const files = caches(cacheDir);
    assert.deepEqual(files.map((f) => f.replace(/(\.c?js)-.*/, '$1')), ['cli.cjs', 'typescript.js'], 'one cache for the CLI, one for TypeScript');
    assert.equal(fs.statSync(cacheDir).mode & 0o777, 0o700);
    for (const f of files) assert.equal(fs.statSync(path.join(cacheDir, f)).mode & 0o777, 0o600);
    const mtimes = () => files.map((f) => fs.statSync(path.join(cacheDir, f)).mtimeMs);
    const written = mtimes();
    const second = run(dir, tmp);
    assert.equal(second.stdout, first.stdout);
    assert.match(second.stdout, /task\.js:2:1: POP101/);
    assert.deepEqual(mtimes(), written, 'accepted, so not written again');
    // A Python run loads the parser, which changes V8's flags (engine.loadPythonParser): the
    // CLI's cache, made under the start-up flags, is still the one used. It was made by a run
    // without Python, so it is written again with the Python rules' functions; TypeScript's is not.
    const py = run(dir, tmp, 'job.py');
    assert.match(py.stdout, /job\.py:2:5: POP005/, py.stderr);
    const withParser = caches(cacheDir);
    assert.deepEqual(withParser.map((f) => f.replace(/(\.c?js)-.*/, '$1')), ['cli.cjs', 'typescript.js', 'web-tree-sitter.cjs'], "the parser's JavaScript has one too");
    assert.deepEqual(withParser.filter((f) => !f.startsWith('web-tree-sitter')), files, 'no other cache');
    const [cliAfterPy, tsAfterPy] = mtimes();
    assert.notEqual(cliAfterPy, written[0], "the CLI's cache is written again");
    assert.equal(tsAfterPy, written[1], "TypeScript's is not");
    assert.match(fs.readFileSync(path.join(cacheDir, files[0]!), 'latin1').split('\n')[0]!, /^popenlint-code-cache 1 check,js,python$/);
    const again = run(dir, tmp, 'job.py');
    assert.equal(again.stdout, py.stdout);
    assert.deepEqual(mtimes(), [cliAfterPy, tsAfterPy], 'a cache made with every part the run used is not written again');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code caches: a damaged cache is compiled past, the findings are the same, and it is written again', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    const first = run(dir, tmp);
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    const files = caches(cacheDir);
    for (const f of files) fs.writeFileSync(path.join(cacheDir, f), Buffer.alloc(4096, 7));
    const second = run(dir, tmp);
    assert.equal(second.status, 1, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, '');
    assert.deepEqual(caches(cacheDir), files);
    for (const f of files) assert.notEqual(fs.readFileSync(path.join(cacheDir, f))[0], 7, `${f} written again`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code caches: a folder others can write to is not used', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.chmodSync(cacheDir, 0o777);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    const r = run(dir, tmp);
    assert.match(r.stdout, /task\.js:2:1: POP101/);
    assert.deepEqual(fs.readdirSync(cacheDir), [], 'nothing written to, or read from, a world-writable folder');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code caches: a run that changes V8 flags (the parser optimized, workers) writes none the next run would reject', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.mkdirSync(path.join(dir, 'src'));
    const hazard = "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n";
    // Enough candidates for workers (PARALLEL_MIN_CANDIDATES), whose start changes V8's flags for good.
    for (let i = 0; i < 14; i++) fs.writeFileSync(path.join(dir, 'src', `job${i}.py`), hazard);
    const many = spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), 'check', 'src', '--jobs', '2', '--format', 'concise'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' } });
    assert.equal(many.stdout.match(/POP005/g)?.length, 14, many.stderr);
    // Over 2 MB of Python: the parser gets V8's optimizing tier (--no-liftoff-only), put back for the cache.
    fs.writeFileSync(path.join(dir, 'big.py'), `${hazard}${'x = 1\n'.repeat(360_000)}`);
    const big = run(dir, tmp, 'big.py');
    assert.match(big.stdout, /big\.py:2:5: POP005/, big.stderr);
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    const files = caches(cacheDir);
    // The CLI's cache, made under the start-up flags, only by the run with the optimizing tier.
    // web-tree-sitter's JavaScript is compiled before that flag changes (engine.loadPythonParser),
    // and after the workers' change in the first run: one cache for each, each read by runs like it.
    assert.deepEqual(files.map((f) => f.replace(/(\.c?js)-.*/, '$1')), ['cli.cjs', 'web-tree-sitter.cjs', 'web-tree-sitter.cjs'], 'written by the run with the optimizing tier');
    const written = files.map((f) => fs.statSync(path.join(cacheDir, f)).mtimeMs);
    const one = run(dir, tmp, 'src/job0.py');
    assert.match(one.stdout, /job0\.py:2:5: POP005/, one.stderr);
    assert.deepEqual(caches(cacheDir), files);
    assert.deepEqual(files.map((f) => fs.statSync(path.join(cacheDir, f)).mtimeMs), written, 'accepted, so not written again');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code caches: writing a cache removes the caches of other builds of the same file (same folder) under this Node, and no other', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    run(dir, tmp);
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    const cli = caches(cacheDir).find((f) => f.startsWith('cli.cjs-'))!;
    // cli.cjs-<folder hash>-<size>-<mtime>-<node>-<arch>-<tag>.v8cache: an older build in this
    // folder under this Node, this build under another Node, and a build in another folder (another
    // install or worktree: each would delete the other's cache on every run).
    const [, folder, size, mtime, ...runtime] = cli.replace(/\.v8cache$/, '').split('-');
    assert.match(folder!, /^[0-9a-f]{8}$/);
    const olderBuild = `cli.cjs-${folder}-${Number(size) - 1}-${Number(mtime) - 1000}-${runtime.join('-')}.v8cache`;
    const otherNode = `cli.cjs-${folder}-${size}-${mtime}-v18.0.0-${runtime.slice(1).join('-')}.v8cache`;
    const otherFolder = `cli.cjs-00000000-${Number(size) - 1}-${Number(mtime) - 1000}-${runtime.join('-')}.v8cache`;
    for (const f of [olderBuild, otherNode, otherFolder]) fs.writeFileSync(path.join(cacheDir, f), 'old');
    fs.rmSync(path.join(cacheDir, cli));
    const again = run(dir, tmp);
    assert.match(again.stdout, /task\.js:2:1: POP101/);
    const now = caches(cacheDir);
    assert.ok(now.includes(cli), 'the cache is written again');
    assert.ok(!now.includes(olderBuild), 'the older build\'s cache is removed');
    assert.ok(now.includes(otherNode), 'another Node\'s cache is kept');
    assert.ok(now.includes(otherFolder), 'another folder\'s cache is kept');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code caches: POPENLINT_NO_CACHE turns them off, with the same findings', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    const off = spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), 'check', 'task.js', '--format', 'concise'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', POPENLINT_NO_CACHE: '1' } });
    assert.equal(off.status, 1, off.stderr);
    assert.match(off.stdout, /task\.js:2:1: POP101/);
    assert.deepEqual(fs.readdirSync(tmp), [], 'no cache folder');
    assert.equal(run(dir, tmp).stdout, off.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('start-up: a small Python run starts no ES module loader and no fs/promises (bin/popenlint.js and start.cjs are CommonJS)', () => {
  const dir = tempDir('popenlint-startup-');
  try {
    fs.writeFileSync(path.join(dir, 'job.py'), "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n");
    // Node's own record of the built-in modules it compiled, printed at exit.
    const preload = path.join(dir, 'preload.cjs');
    fs.writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, `\\n${process.moduleLoadList.join('\\n')}\\n`));\n");
    const r = spawnSync(process.execPath, ['--require', preload, path.join(ROOT, 'bin/popenlint.js'), 'check', 'job.py', '--format', 'concise', '--jobs', '1'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.match(r.stdout, /job\.py:2:5: POP005/, r.stderr);
    const loaded = r.stderr.split('\n');
    assert.ok(loaded.includes('NativeModule vm'), 'the list is there');
    for (const m of ['internal/modules/esm/translators', 'internal/modules/esm/module_job', 'internal/fs/promises', 'internal/readline/interface']) {
      assert.ok(!loaded.includes(`NativeModule ${m}`), `${m} is not loaded`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the parser's optimizing tier: after the CLI's --liftoff-only, loading the parser for a large run puts every V8 flag back as a fresh process has it", () => {
  // --liftoff-only turns off dynamic tiering and tier-up as well (V8's flag implications), and
  // --no-liftoff-only alone left them off: the parser ran its baseline code (1.3-1.4x the CPU).
  // V8's flag hash (cachedDataVersionTag) covers every flag: the same hash, the same flags.
  const engine = JSON.stringify(new URL('dist/src/engine.js', `file://${ROOT}`).href);
  const script = `import v8 from 'node:v8';
const fresh = v8.cachedDataVersionTag();
v8.setFlagsFromString('--liftoff-only');
const start = v8.cachedDataVersionTag();
const { loadPythonParser } = await import(${engine});
const { parsePython } = await loadPythonParser();
parsePython('x = 1\\n').delete();
console.log(JSON.stringify({ fresh, start, loaded: v8.cachedDataVersionTag() }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const tags = JSON.parse(r.stdout) as { fresh: number; start: number; loaded: number };
  assert.notEqual(tags.start, tags.fresh, '--liftoff-only changes the hash');
  assert.equal(tags.loaded, tags.fresh, 'every flag as a fresh process has it');
});
