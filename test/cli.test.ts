import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, ROOT, tempDir } from './helpers.js';

test('quick start: the demo reports the article\'s POP001 and exits 1', () => {
  const r = cli(['check', 'fixtures/demo']);
  assert.equal(r.code, 1, r.stderr);
  // task.py has print statements: Python 2.7, where the child dies of EPIPE at its next write.
  assert.match(r.stdout, /fixtures\/demo\/task\.py:6:5: POP001 \[popen-result-discarded\] output pipe of os\.popen\(\) is dropped \(`python` runs a program whose output can grow\): on Python 2\.7 the pipe is closed at once: `python` dies of `IOError: \[Errno 32\] Broken pipe` at its next write/);
  assert.match(r.stdout, /6 \|     os\.popen\(cmd\)\n\s+\|     \^{13}/);
  assert.match(r.stdout, /Found 1 finding/);
  // The README's quick start shows this very output.
  assert.ok(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').includes(`\n${r.stdout.trim()}\n\`\`\``), 'README.md shows the demo\'s output as it is');
});

test('--format json follows the contract', () => {
  const r = cli(['check', 'fixtures/demo', '--format', 'json']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.deepEqual(out.summary, { files: 2, parsed: 1, findings: 1 });
  const f = out.findings[0];
  assert.deepEqual(Object.keys(f), ['rule', 'name', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'severity', 'evidence', 'fix']);
  assert.deepEqual([f.rule, f.name, f.path, f.line, f.column, f.endLine, f.endColumn, f.severity], ['POP001', 'popen-result-discarded', 'fixtures/demo/task.py', 6, 5, 6, 18, 'error']);
  assert.deepEqual(f.fix, { strategy: 'devnull', applicability: 'safe', edits: [{ line: 5, column: 26, endLine: 5, endColumn: 26, content: ' >/dev/null' }] });
});

test('exit codes: 0 clean, 1 findings, 2 usage error; --exit-zero', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'ok.py'), "import os\nprint(os.popen('du').read())\n");
  assert.equal(cli(['check', dir]).code, 0);
  fs.writeFileSync(path.join(dir, 'bad.py'), "import os\nos.popen('du')\n");
  assert.equal(cli(['check', dir]).code, 1);
  assert.equal(cli(['check', dir, '--exit-zero']).code, 0);
  const usage = cli(['check', dir, '--select', 'NOPE1']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /unknown rule selector 'NOPE1'/);
  assert.doesNotMatch(usage.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.equal(cli(['frobnicate']).code, 2);
});

test('--select turns on POP003; --ignore turns rules off', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'v.py'), "import os\nv = os.popen('git log').readline()\nos.popen('du')\n");
  const rules = (args: string[]) => JSON.parse(cli(['check', dir, '--format', 'json', ...args]).stdout).findings.map((f: { rule: string }) => f.rule);
  assert.deepEqual(rules([]), ['POP001']);
  assert.deepEqual(rules(['--select', 'POP003']), ['POP003']);
  assert.deepEqual(rules(['--extend-select', 'POP003']), ['POP003', 'POP001']);
  assert.deepEqual(rules(['--ignore', 'POP001']), []);
});

test('discovery: .gitignore, skipped folders, shebang scripts, prefilter', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'ignored.py\nbuild/\n');
  const bad = "import os\nos.popen('du')\n";
  for (const rel of ['ignored.py', 'build/x.py', 'node_modules/x.py', '.venv/x.py', 'venv/x.py', 'src/kept.py']) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), bad);
  }
  fs.writeFileSync(path.join(dir, 'deploy'), `#!/usr/bin/env python\n${bad}`);
  fs.writeFileSync(path.join(dir, 'notes'), bad);
  const out = JSON.parse(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
  assert.deepEqual(out.findings.map((f: { path: string }) => f.path).sort(), ['deploy', path.join('src', 'kept.py')]);
  // Explicit paths are linted even when ignored.
  assert.equal(cli(['check', 'ignored.py'], { cwd: dir }).code, 1);
});

test('discovery: ruff\'s default excludes; Python build output skipped, JS build scripts and a package named build kept', () => {
  const dir = tempDir();
  const py = "import os\nos.popen('du')\n";
  const js = "const cp = require('child_process');\ncp.exec('tar czvf a.tgz .');\n";
  const pyFiles = ['build/lib/pkg/x.py', '_build/x.py', 'site-packages/x.py', 'lib/__pypackages__/x.py', '.eggs/x.py', '.nox/x.py',
    '.direnv/x.py', '.pytest_cache/x.py', '.pytype/x.py', '.ipynb_checkpoints/x.py', 'buck-out/x.py', 'env/lib/python3.12/site-packages/x.py',
    'src/tool/build/__init__.py', 'dist/x.py', 'src/kept.py'];
  for (const rel of pyFiles) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), py);
  }
  fs.writeFileSync(path.join(dir, 'build', 'release.js'), js);
  fs.mkdirSync(path.join(dir, 'site-packages', 'static'));
  fs.writeFileSync(path.join(dir, 'site-packages', 'static', 'x.js'), js);
  const found = (args: string[]) => JSON.parse(cli(['check', ...args, '--format', 'json'], { cwd: dir }).stdout).findings.map((f: { path: string }) => f.path).sort();
  assert.deepEqual(found(['.']), [path.join('build', 'release.js'), path.join('dist', 'x.py'), path.join('src', 'kept.py'), path.join('src', 'tool', 'build', '__init__.py')]);
  // Named paths are linted, unless --force-exclude (as pre-commit passes every changed file).
  const named = [path.join('build', 'lib', 'pkg', 'x.py'), path.join('.eggs', 'x.py'), 'build', path.join('build', 'release.js')];
  assert.deepEqual(found(named), [path.join('.eggs', 'x.py'), path.join('build', 'lib', 'pkg', 'x.py'), path.join('build', 'release.js')]);
  assert.deepEqual(found(['--force-exclude', ...named]), [path.join('build', 'release.js')]);
  assert.equal(cli(['check', '--stdin-filename', path.join('site-packages', 'y.py'), '--force-exclude'], { cwd: dir, input: py }).code, 0);
  assert.equal(cli(['check', '--stdin-filename', path.join('site-packages', 'y.py')], { cwd: dir, input: py }).code, 1);
});

test('a missing path is reported by name', () => {
  const r = cli(['check', 'does/not/exist.py']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /does\/not\/exist\.py:1:1: E902 .*No such file or directory/);
});

test('--stdin-filename reads stdin and reports it as that path', () => {
  const r = cli(['check', '--stdin-filename', 'job.py', '--format', 'concise'], { input: "import os\nos.popen('du')\n" });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^job\.py:2:1: POP001 /m);
});

test('--stdin-filename with --force-exclude: an excluded name is not linted, and fix echoes it', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.popenlint]\nexclude = ["gen/"]\n');
  const source = "import os\nos.popen('du')\n";
  assert.equal(cli(['check', '--stdin-filename', 'gen/x.py', '--force-exclude'], { cwd: dir, input: source }).code, 0);
  assert.equal(cli(['check', '--stdin-filename', 'gen/x.py'], { cwd: dir, input: source }).code, 1);
  const fixed = cli(['fix', '--stdin-filename', 'gen/x.py', '--force-exclude'], { cwd: dir, input: source });
  assert.equal(fixed.stdout, source);
});

test('fix writes the safe fix, --diff writes nothing, --unsafe-fixes applies the rest', () => {
  const dir = tempDir();
  const file = path.join(dir, 'task.py');
  const source = "import os\nos.popen('python test.py')\np = os.popen('make')\np.close()\n";
  fs.writeFileSync(file, source, { mode: 0o754 });
  const diff = cli(['fix', '--diff', file]);
  assert.equal(diff.code, 1);
  assert.match(diff.stdout, /^-os\.popen\('python test\.py'\)$/m);
  assert.match(diff.stdout, /^\+os\.popen\('python test\.py >\/dev\/null'\)$/m);
  assert.equal(fs.readFileSync(file, 'utf8'), source, '--diff writes nothing');

  const r = cli(['fix', file, '--strategy', 'read']);
  assert.match(r.stderr, /Fixed 0 findings.*2 more fixes available with `--unsafe-fixes`/s);
  const unsafe = cli(['fix', file, '--strategy', 'read', '--unsafe-fixes']);
  assert.equal(unsafe.code, 0, unsafe.stdout + unsafe.stderr);
  assert.equal(fs.readFileSync(file, 'utf8'), "import os\nwith os.popen('python test.py') as pipe:\n    pipe.read()\np = os.popen('make')\np.read()\np.close()\n");
  assert.equal(fs.statSync(file).mode & 0o777, 0o754, 'mode kept');
  assert.deepEqual(fs.readdirSync(dir), ['task.py'], 'no temp file left');
  assert.equal(cli(['check', file]).code, 0);
});

test('explain prints docs, fixes with safety, and a reproduction; rules lists the catalogue', () => {
  const e = cli(['explain', 'POP001']);
  assert.equal(e.code, 0);
  for (const section of ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## Fix safety', '## Reproduction', '## References']) {
    assert.ok(e.stdout.includes(section), section);
  }
  assert.match(e.stdout, /`devnull` \(safe\)/);
  assert.equal(cli(['explain', 'POP999']).code, 2);
  const rules = cli(['rules']);
  for (const id of ['POP001', 'POP002', 'POP003', 'POP004', 'POP005', 'POP007', 'POP008']) assert.match(rules.stdout, new RegExp(id));
});

// Every rule's reproduction runs in test/e2e/rule-reproductions.test.ts.

test('target version: Python 2 syntax, else --target-version, else requires-python; names never decide', () => {
  const dir = tempDir();
  const file = path.join(dir, 'job.py');
  const subprocessFix = (args: string[], source = "import os\nos.popen('make')\n") => {
    fs.writeFileSync(file, source);
    cli(['fix', file, '--strategy', 'subprocess', '--unsafe-fixes', ...args], { cwd: dir });
    return fs.readFileSync(file, 'utf8').split('\n').find((l) => l.includes('shell=True'));
  };
  // Nothing known: CPython 3.10+.
  assert.equal(subprocessFix([]), "subprocess.run('make', shell=True, stdout=subprocess.DEVNULL)");
  // Python 2 in the target: no DEVNULL, no run; os.devnull rather than '/dev/null'.
  assert.equal(subprocessFix(['--target-version', 'py27']), "subprocess.call('make', shell=True, stdout=open(os.devnull, 'w'))");
  // 3.4: DEVNULL exists (3.3), run does not (3.5).
  assert.equal(subprocessFix(['--target-version', 'py34']), "subprocess.call('make', shell=True, stdout=subprocess.DEVNULL)");
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nrequires-python = ">=2.7"\n');
  assert.equal(subprocessFix([]), "subprocess.call('make', shell=True, stdout=open(os.devnull, 'w'))");
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nrequires-python = ">=3.8"\n');
  // The user's flag wins over the project file (issue 10, item 9).
  assert.equal(subprocessFix(['--target-version', 'py27']), "subprocess.call('make', shell=True, stdout=open(os.devnull, 'w'))");
  // A Python-2-looking name does not decide; Python 2 syntax does.
  assert.equal(subprocessFix([], "import os\nx = raw_input()\nos.popen('make')\n"), "subprocess.run('make', shell=True, stdout=subprocess.DEVNULL)");
  assert.equal(subprocessFix(['--target-version', 'py311'], "import os\nx = raw_input()\nos.popen('make')\n"), "subprocess.run('make', shell=True, stdout=subprocess.DEVNULL)");
  assert.equal(subprocessFix(['--target-version', 'py311'], "import os\nos.popen('make')\nprint 'x'\n"), "subprocess.call('make', shell=True, stdout=open(os.devnull, 'w'))");
  // setup.py, and a devnull handle already in scope is reused.
  fs.rmSync(path.join(dir, 'pyproject.toml'));
  fs.writeFileSync(path.join(dir, 'setup.py'), "setup(python_requires='>=2.6')\n");
  assert.equal(subprocessFix([], "import os\nDN = open(os.devnull, 'w')\nos.popen('make')\n"), "subprocess.call('make', shell=True, stdout=DN)");
});
