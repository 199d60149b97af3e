import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_VENDORED, vendoredPythonReason, vendoredReason } from '../src/vendored.js';
import { DocumentLinter } from '../src/server/lint.js';
import { cli, tempDir } from './helpers.js';

const CODE = "const cp = require('child_process');\ncp.spawn('find', ['/']);\n";

test('vendored: yarn releases and plugins, minified files and bundles, long lines', () => {
  const b = Buffer.from(CODE);
  assert.equal(vendoredReason('.yarn/releases/yarn-4.1.0.cjs', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('/repo/.yarn/plugins/@yarnpkg/plugin-x.cjs', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('dist/app.min.js', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('dist/app-bundle.js', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('src/yarn.js', b), null);
  assert.equal(vendoredReason('src/minimal.js', b), null);
  const long = Buffer.from(`${CODE}const data = '${'x'.repeat(5001)}';\n`);
  assert.equal(vendoredReason('src/gen.js', long), 'a generated file (a line is longer than 5000 bytes)');
  assert.equal(vendoredReason('src/gen.js', long, { skip: true, lineLength: 0 }), null);
  assert.equal(vendoredReason('src/gen.js', long, { skip: true, lineLength: 10_000 }), null);
  assert.equal(vendoredReason('.yarn/releases/yarn.cjs', b, { skip: false, lineLength: 5000 }), null);
});

test('vendored files are skipped by discovery runs, and linted with skip-vendored = false', () => {
  const dir = tempDir('popenlint-vendored-');
  try {
    fs.mkdirSync(path.join(dir, '.yarn', 'releases'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.yarn', 'releases', 'yarn-4.0.0.cjs'), CODE);
    fs.writeFileSync(path.join(dir, 'app.min.js'), CODE);
    fs.writeFileSync(path.join(dir, 'own.js'), CODE);
    const skipped = cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir });
    assert.equal(skipped.code, 1, skipped.stderr);
    assert.deepEqual(skipped.stdout.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]), ['own.js']);

    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    const all = cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir });
    assert.deepEqual(all.stdout.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]).sort(), ['.yarn/releases/yarn-4.0.0.cjs', 'app.min.js', 'own.js']);

    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'vendored-line-length = -1\n');
    const bad = cli(['check', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'vendored-line-length' must be a whole number of bytes/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('fix leaves vendored files as check does: untouched, the user\'s own file fixed', () => {
  const dir = tempDir('popenlint-vendored-fix-');
  try {
    fs.mkdirSync(path.join(dir, '.yarn', 'releases'), { recursive: true });
    for (const f of ['.yarn/releases/yarn-4.0.0.cjs', 'app.min.js', 'own.js']) fs.writeFileSync(path.join(dir, f), CODE);
    const fixed = cli(['fix', '.', '--unsafe-fixes'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.match(fixed.stdout + fixed.stderr, /Fixed 1 finding in 1 file/);
    assert.equal(fs.readFileSync(path.join(dir, '.yarn', 'releases', 'yarn-4.0.0.cjs'), 'utf8'), CODE);
    assert.equal(fs.readFileSync(path.join(dir, 'app.min.js'), 'utf8'), CODE);
    assert.equal(fs.readFileSync(path.join(dir, 'own.js'), 'utf8'), CODE.replace("['/'])", "['/'], { stdio: 'ignore' })"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('compiled output: JavaScript in the outDir of a tsconfig.json, whose TypeScript source is in the tree, is skipped; one without its source is linted', () => {
  const dir = tempDir('popenlint-compiled-');
  try {
    fs.mkdirSync(path.join(dir, 'src', 'utils'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'built', 'utils'), { recursive: true });
    // JSON with comments, as tsc reads it.
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // where tsc writes\n  "compilerOptions": { "outDir": "built", "sourceMap": true, },\n  "include": ["src/"]\n}\n');
    fs.writeFileSync(path.join(dir, 'src', 'utils', 'run.ts'), CODE);
    fs.writeFileSync(path.join(dir, 'built', 'utils', 'run.js'), CODE);
    fs.writeFileSync(path.join(dir, 'built', 'orphan.js'), CODE);
    assert.equal(vendoredReason(path.join(dir, 'built', 'utils', 'run.js'), Buffer.from(CODE)), 'compiled from ../../src/utils/run.ts, which is linted');
    assert.equal(vendoredReason(path.join(dir, 'built', 'orphan.js'), Buffer.from(CODE)), null);
    assert.equal(vendoredReason(path.join(dir, 'src', 'utils', 'run.ts'), Buffer.from(CODE)), null);
    const files = (out: string) => out.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]).sort();
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir }).stdout), ['built/orphan.js', 'src/utils/run.ts']);
    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir }).stdout), ['built/orphan.js', 'built/utils/run.js', 'src/utils/run.ts']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const PY = "import subprocess\ndef build():\n    p = subprocess.Popen(['make'], stdout=subprocess.PIPE)\n    p.wait()\n";

test('vendored Python: a released package in a folder of third-party packages (Medusa ext/, lib/) is skipped; the project\'s own packages there are linted', () => {
  const dir = tempDir('popenlint-vendored-py-');
  try {
    const pkg = (folder: string, name: string, init: string, extra: Record<string, string> = {}) => {
      fs.mkdirSync(path.join(dir, folder, name), { recursive: true });
      fs.writeFileSync(path.join(dir, folder, name, '__init__.py'), init);
      for (const [f, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, folder, name, f), text);
      fs.writeFileSync(path.join(dir, folder, name, 'task.py'), PY);
    };
    // ext/: three released packages (a __version__, tornado's `version = "..."`, a LICENSE) and the project's own helper.
    pkg('ext', 'boto', "__version__ = '2.49.0'\n");
    pkg('ext', 'tornado', '"""The Tornado web server."""\nversion = "6.5.2"\n');
    pkg('ext', 'bencode', '', { LICENSE: 'MIT\n' });
    pkg('ext', 'traktor', '# ours\n');
    // lib/: one released package only: the project's own layout, linted.
    pkg('lib', 'myproj', "__version__ = '1.0'\n");
    fs.writeFileSync(path.join(dir, 'own.py'), PY);
    assert.equal(vendoredPythonReason(path.join(dir, 'ext', 'boto', 'task.py')), 'a copy of the package boto in ext/, a folder of third-party packages');
    assert.equal(vendoredPythonReason(path.join(dir, 'ext', 'tornado', 'task.py')), 'a copy of the package tornado in ext/, a folder of third-party packages');
    assert.equal(vendoredPythonReason(path.join(dir, 'ext', 'traktor', 'task.py')), null);
    assert.equal(vendoredPythonReason(path.join(dir, 'lib', 'myproj', 'task.py')), null);
    assert.equal(vendoredPythonReason(path.join(dir, 'ext', 'boto', 'task.py'), { skip: false, lineLength: 5000 }), null);
    // A folder named for third-party code: one copied package with no release file of its own
    // (cowrie's vendor/ja4), or a module right in it, is a copy; not when the tree linted is
    // itself below such a folder.
    assert.equal(vendoredPythonReason(path.join(dir, 'src', 'vendor', 'ja4', 'ja4.py'), DEFAULT_VENDORED, dir), 'a copy of the package ja4 in vendor/, a folder of third-party code');
    assert.equal(vendoredPythonReason(path.join(dir, 'third_party', 'six.py'), DEFAULT_VENDORED, dir), 'a copy of the module six in third_party/, a folder of third-party code');
    assert.equal(vendoredPythonReason(path.join(dir, 'src', 'vendor', 'ja4', 'ja4.py'), DEFAULT_VENDORED, path.join(dir, 'src', 'vendor')), null);
    assert.equal(vendoredPythonReason(path.join(dir, 'src', 'vendor', 'ja4', 'ja4.py'), DEFAULT_VENDORED, path.join(dir, 'src', 'vendor', 'ja4')), null);
    assert.equal(vendoredPythonReason(path.join(dir, 'src', 'vendorize', 'ja4.py'), DEFAULT_VENDORED, dir), null);
    const files = (out: string) => out.split('\n').filter((l) => l.includes('POP005')).map((l) => l.split(':').slice(0, 3).join(':')).sort();
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP005'], { cwd: dir }).stdout), ['ext/traktor/task.py:3:9', 'lib/myproj/task.py:3:9', 'own.py:3:9']);
    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP005'], { cwd: dir }).stdout), ['ext/boto/task.py:3:9', 'ext/bencode/task.py:3:9', 'ext/tornado/task.py:3:9', 'ext/traktor/task.py:3:9', 'lib/myproj/task.py:3:9', 'own.py:3:9'].sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('vendored Python: a file named by itself is judged inside its own project, whatever the working folder', () => {
  const dir = tempDir('popenlint-vendored-alone-');
  try {
    const project = path.join(dir, 'app');
    const copy = path.join(project, 'vendor', 'ja4', 'ja4.py');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(path.join(project, 'pyproject.toml'), '[project]\nname = "app"\n');
    fs.writeFileSync(copy, PY);
    // Another project, run from: a checkout that itself lives in someone's vendor/ is its own.
    const other = path.join(dir, 'vendor', 'mine');
    fs.mkdirSync(path.join(other, '.git'), { recursive: true });
    fs.writeFileSync(path.join(other, 'run.py'), PY);
    assert.equal(vendoredPythonReason(copy), 'a copy of the package ja4 in vendor/, a folder of third-party code');
    assert.equal(vendoredPythonReason(path.join(other, 'run.py')), null);
    const pop005 = (args: string[]) => cli(['check', ...args, '--format', 'concise', '--select', 'POP005'], { cwd: other }).stdout.split('\n').filter((l) => l.includes('POP005')).length;
    assert.equal(pop005([copy]), 0);
    assert.equal(pop005(['run.py']), 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the editor agrees with check: a vendored file opened in the server gets no findings, and all are linted with skip-vendored = false', async () => {
  const dir = tempDir('popenlint-vendored-server-');
  try {
    const long = `${CODE}const data = '${'x'.repeat(5001)}';\n`;
    const files: Record<string, [string, string]> = {
      'own.js': ['javascript', CODE],
      'app.min.js': ['javascript', CODE],
      '.yarn/releases/yarn-4.0.0.cjs': ['javascript', CODE],
      'gen.js': ['javascript', long],
      'own.py': ['python', PY],
      'vendor/ja4/ja4.py': ['python', PY],
    };
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "app"\n');
    for (const [rel, [, text]] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const linter = new DocumentLinter();
    // Each file as the editor has it open: its findings, `path:line:column rule`, as check prints them.
    const editor = async () => {
      const out: string[] = [];
      for (const [rel, [languageId, text]] of Object.entries(files)) {
        for (const f of (await linter.lint(path.join(dir, rel), languageId, text))?.findings ?? []) out.push(`${rel}:${f.range.start.line}:${f.range.start.column} ${f.rule}`);
      }
      return out.sort();
    };
    const check = () => cli(['check', ...Object.keys(files), '--format', 'concise'], { cwd: dir }).stdout.split('\n').filter((l) => / POP\d+ /.test(l)).map((l) => l.replace(/^(\S+:\d+:\d+): (POP\d+) .*/, '$1 $2')).sort();
    assert.deepEqual(await editor(), ['own.js:2:1 POP102', 'own.py:3:9 POP005']);
    assert.deepEqual(check(), await editor());

    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    linter.reload();
    assert.deepEqual(await editor(), ['.yarn/releases/yarn-4.0.0.cjs:2:1 POP102', 'app.min.js:2:1 POP102', 'gen.js:2:1 POP102', 'own.js:2:1 POP102', 'own.py:3:9 POP005', 'vendor/ja4/ja4.py:3:9 POP005']);
    assert.deepEqual(check(), await editor());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
