import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../helpers.js';
import { git, snapshotRepo } from './repo.js';

/**
 * Every way of installing popenlint, on a machine without a compiler toolchain: the steps run
 * with a PATH from which cc, gcc, g++, make and python are hidden (what node-gyp needs), so
 * anything that tries to build native code fails here. The repository installed is a snapshot
 * of this work tree. npm's cache is the user's (warm); pre-commit's cache starts empty.
 *
 * Each step's wall time is printed (`# install times` at the end) for the README's install
 * section; the asserts are on outcomes and sizes, not on times of a shared machine.
 */

const HIDDEN = /^(cc|c\+\+|cpp|gcc|g\+\+|clang|clang\+\+|make|gmake|cmake|python[0-9.]*|x86_64-linux-gnu-.*|aarch64-linux-gnu-.*)(-[0-9.]+)?$/;
const STEP_TIMEOUT = 10 * 60_000;
const MAX_INSTALLED_MB = 60;
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const noPreCommit = preCommit.error || preCommit.status !== 0 ? 'pre-commit is not on PATH (Debian: apt-get install -y pre-commit)' : false;

/** A folder of links to every program on PATH except compilers, make and python. */
function pathWithoutCompilers(dest: string): string {
  fs.mkdirSync(dest);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    // pyenv's shims are python; the interpreters stay reachable only by absolute path.
    if (!dir || dir.includes('.pyenv') || !fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (HIDDEN.test(name) || fs.existsSync(path.join(dest, name))) continue;
      fs.symlinkSync(path.join(dir, name), path.join(dest, name));
    }
  }
  return dest;
}

const times: [string, number][] = [];
const sizes: [string, string][] = [];

describe('install without a compiler', { timeout: 60 * 60_000 }, () => {
  let base = '';
  let repo = '';
  let rev = '';
  let env: NodeJS.ProcessEnv = {};

  /** Runs a command with the compilers hidden; records its wall time under `label`. */
  const run = (label: string | null, cmd: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: STEP_TIMEOUT, env: { ...env, ...extraEnv } });
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    if (label) times.push([label, s]);
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', out: `${r.stdout}${r.stderr}${r.error ? `\n${r.error.message}` : ''}` };
  };
  const ok = (r: ReturnType<typeof run>) => assert.equal(r.code, 0, r.out);
  /** The quick start's check: the demo's one finding, exit code 1. */
  const demoFound = (r: ReturnType<typeof run>) => {
    assert.equal(r.code, 1, r.out);
    assert.match(r.stdout, /demo\/task\.py:6:5: POP001 \[popen-result-discarded\]/);
  };
  /** npm 11 lists dependencies whose install scripts it skipped; there must be none. */
  const noInstallScripts = (r: ReturnType<typeof run>) => assert.doesNotMatch(r.out, /install-scripts|node-gyp|gyp ERR/, r.out);
  const megabytes = (dir: string) => Number(spawnSync('du', ['-sk', dir], { encoding: 'utf8' }).stdout.split('\t')[0]) / 1024;

  before(() => {
    base = fs.realpathSync(tempDir('popenlint-install-'));
    repo = path.join(base, 'repo');
    rev = snapshotRepo(repo);
    const bin = pathWithoutCompilers(path.join(base, 'bin'));
    env = { ...process.env, PATH: bin, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };
    for (const c of ['cc', 'gcc', 'g++', 'make', 'python3', 'python']) {
      assert.notEqual(spawnSync('sh', ['-c', `command -v ${c}`], { env }).status, 0, `${c} is still on PATH`);
    }
  });

  after(() => {
    const width = Math.max(...times.map(([l]) => l.length));
    console.log(['# install times (s)', ...times.map(([l, s]) => `#   ${l.padEnd(width)}  ${s.toFixed(1)}`), '# sizes', ...sizes.map(([l, v]) => `#   ${l}: ${v}`)].join('\n'));
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  it('a fresh clone: npm ci, then the quick start, with no install script anywhere', () => {
    const clone = path.join(base, 'clone');
    git(base, 'clone', '-q', repo, clone);
    const ci = run('clone: npm ci', 'npm', ['ci'], clone);
    ok(ci);
    noInstallScripts(ci);
    demoFound(run('clone: npx popenlint check fixtures/demo', 'npx', ['popenlint', 'check', 'fixtures/demo'], clone));
    const ls = run(null, 'npm', ['install-scripts', 'ls'], clone);
    if (ls.code === 0) assert.match(ls.stdout, /No packages with unreviewed install scripts/, ls.out);
    sizes.push(['clone node_modules', `${megabytes(path.join(clone, 'node_modules')).toFixed(0)} MB`]);
  });

  it('npm ci --omit=dev: nothing to build, runs without devDependencies', () => {
    const clone = path.join(base, 'clone-prod');
    git(base, 'clone', '-q', repo, clone);
    const ci = run('clone: npm ci --omit=dev', 'npm', ['ci', '--omit=dev'], clone);
    ok(ci);
    noInstallScripts(ci);
    assert.ok(!fs.existsSync(path.join(clone, 'node_modules', 'typescript')), 'no devDependency installed');
    demoFound(run(null, process.execPath, ['bin/popenlint.js', 'check', 'fixtures/demo'], clone));
    sizes.push(['clone node_modules --omit=dev', `${megabytes(path.join(clone, 'node_modules')).toFixed(0)} MB`]);
  });

  it('npm pack, then npm install -g of the tarball: no tests or benchmark inside, at most 60 MB installed', () => {
    const clone = path.join(base, 'clone');
    const pack = run('npm pack', 'npm', ['pack', '--json'], clone);
    ok(pack);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[]; size: number }[];
    const files = packed!.files.map((f) => f.path);
    assert.deepEqual(files.filter((f) => /^(dist\/(test|bench)|test|bench|fixtures|scripts)\/|\.map$/.test(f)), []);
    for (const f of ['bin/popenlint.js', 'bin/package.json', 'dist/bundle/start.cjs', 'dist/bundle/cli.cjs', 'dist/bundle/yargs.cjs', 'dist/bundle/worker.js', 'dist/src/api.js', 'dist/src/pool/worker.js', 'dist/src/python/parse.js', 'src/python/grammar/tree-sitter-python.wasm']) assert.ok(files.includes(f), f);
    sizes.push(['tarball', `${(packed!.size / 1024).toFixed(0)} KB, ${files.length} files`]);
    const prefix = path.join(base, 'global-tgz');
    const install = run('npm install -g ./popenlint-*.tgz', 'npm', ['install', '-g', '--prefix', prefix, path.join(clone, packed!.filename)], base);
    ok(install);
    noInstallScripts(install);
    demoFound(run(null, path.join(prefix, 'bin', 'popenlint'), ['check', path.join(clone, 'fixtures/demo')], clone));
    const mb = megabytes(path.join(prefix, 'lib', 'node_modules', 'popenlint'));
    sizes.push(['installed from the tarball', `${mb.toFixed(1)} MB`]);
    assert.ok(mb <= MAX_INSTALLED_MB, `${mb} MB installed`);
  });

  it('npm install -g git+file://…: a real copy, no script to approve', () => {
    const prefix = path.join(base, 'global-git');
    const install = run('npm install -g git+file://…', 'npm', ['install', '-g', '--prefix', prefix, `git+file://${repo}#${rev}`], base);
    ok(install);
    noInstallScripts(install);
    const installed = path.join(prefix, 'lib', 'node_modules', 'popenlint');
    assert.ok(!fs.lstatSync(installed).isSymbolicLink(), 'a real copy, not a link into npm\'s temporary clone');
    assert.ok(!fs.existsSync(path.join(installed, 'dist', 'test')), 'no tests');
    demoFound(run(null, path.join(prefix, 'bin', 'popenlint'), ['check', path.join(repo, 'fixtures/demo')], base));
    sizes.push(['installed from git', `${megabytes(installed).toFixed(1)} MB`]);
  });

  it('npx from a git URL', () => {
    const r = run('npx git+file://… check', 'npx', ['--yes', `git+file://${repo}#${rev}`, 'check', path.join(repo, 'fixtures/demo')], base);
    demoFound(r);
    noInstallScripts(r);
  });

  it('pre-commit: first run from an empty pre-commit cache, then a warm git commit with both hooks', { skip: noPreCommit }, () => {
    const user = path.join(base, 'user');
    fs.mkdirSync(user);
    fs.writeFileSync(path.join(user, 'job.py'), "import os\nos.popen('make all')\n");
    fs.writeFileSync(path.join(user, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${repo}`, `    rev: ${rev}`, '    hooks:', '      - id: popenlint', '      - id: popenlint-fix', ''].join('\n'));
    git(user, 'init', '-q');
    git(user, 'add', '-A');
    git(user, 'commit', '-qm', 'init');
    const home = { PRE_COMMIT_HOME: path.join(base, 'pre-commit-home') };
    const first = run('pre-commit: first run (hook install included)', 'pre-commit', ['run', '--all-files', '--color', 'never'], user, home);
    assert.equal(first.code, 1, first.out);
    assert.match(first.out, /job\.py:2:1: POP001/);
    assert.match(first.out, /files were modified by this hook/);
    ok(run(null, 'pre-commit', ['install'], user, home));
    git(user, 'add', '-A');
    git(user, 'commit', '-qm', 'fixed');
    fs.writeFileSync(path.join(user, 'more.py'), "import os\nprint(os.getcwd())\n");
    git(user, 'add', 'more.py');
    // Both hooks run on the staged Python file; the commit succeeds.
    const commit = run('pre-commit: warm git commit, both hooks', 'git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-m', 'more'], user, home);
    ok(commit);
    assert.match(commit.out, /popenlint\.+Passed/);
    assert.match(commit.out, /popenlint \(fix\)\.+Passed/);
  });
});
