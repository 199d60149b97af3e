import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, ROOT, tempDir } from '../helpers.js';
import { tempTree } from '../report-helpers.js';

/** What ruff and ESLint users type every day (issue 10, "Conventions users expect"). */

const BAD = "import os\nos.popen('du -a')\n";
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

test('check --fix applies safe fixes; check --fix --unsafe-fixes the unsafe ones too', () => {
  const dir = tempTree({ 'a.py': BAD, 'b.py': BAD });
  const safe = cli(['check', '--fix', 'a.py'], { cwd: dir });
  assert.equal(safe.code, 0, safe.stdout + safe.stderr);
  assert.equal(read(dir, 'a.py'), "import os\nos.popen('du -a >/dev/null')\n");
  assert.match(safe.stderr, /Fixed 1 finding in 1 file/);
  const unsafeOnly = cli(['check', '--fix', '--strategy', 'read', 'b.py'], { cwd: dir });
  assert.equal(unsafeOnly.code, 1);
  assert.equal(read(dir, 'b.py'), BAD, 'the read fix is unsafe');
  const unsafe = cli(['check', '--fix', '--unsafe-fixes', '--strategy', 'read', 'b.py'], { cwd: dir });
  assert.equal(unsafe.code, 0, unsafe.stdout + unsafe.stderr);
  assert.match(read(dir, 'b.py'), /with os\.popen\('du -a'\) as \w+:\n    \w+\.read\(\)/);
  assert.equal(cli(['check', 'a.py', 'b.py'], { cwd: dir }).code, 0, 'nothing left to fix');
});

test('-V and --version print popenlint\'s version', () => {
  for (const flag of ['-V', '--version']) {
    const r = cli([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${PACKAGE_VERSION}\n`);
  }
});

test('--version is popenlint\'s own when it is installed as a dependency of another package', () => {
  // The layout npm makes: host/node_modules/{popenlint,yargs,...}, with the host's package.json on top.
  const host = tempDir();
  fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify({ name: 'host', version: '9.9.9' }));
  const modules = path.join(host, 'node_modules');
  fs.mkdirSync(path.join(modules, 'popenlint'), { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  for (const name of ['bin', 'dist', 'package.json']) fs.symlinkSync(path.join(ROOT, name), path.join(modules, 'popenlint', name));
  // Symlinks kept as paths, so every module lives where npm would have put it.
  const r = spawnSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', path.join(modules, 'popenlint/bin/popenlint.js'), '--version'], { cwd: host, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${PACKAGE_VERSION}\n`);
});

test('--exclude replaces the config\'s exclude; --extend-exclude adds to it', () => {
  const dir = tempTree({
    'pyproject.toml': '[tool.popenlint]\nexclude = ["gen/"]\n',
    'gen/g.py': BAD, 'old/v.py': BAD, 'legacy/l.py': BAD, 'src/s.py': BAD,
  });
  const paths = (...args: string[]) => (JSON.parse(cli(['check', '--format', 'json', ...args], { cwd: dir }).stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
  assert.deepEqual(paths('.'), ['legacy/l.py', 'old/v.py', 'src/s.py']);
  assert.deepEqual(paths('--extend-exclude', 'old/,legacy', '.'), ['src/s.py']);
  assert.deepEqual(paths('--exclude', 'old/', '.'), ['gen/g.py', 'legacy/l.py', 'src/s.py']);
  // A file named on the command line is linted unless --force-exclude (pre-commit).
  assert.deepEqual(paths('--extend-exclude', 'src/', '--force-exclude', 'src/s.py', 'legacy/l.py'), ['legacy/l.py']);
});

test('ESLint-style suppressions in JS/TS: disable-line, disable/enable ranges, a file-wide disable at the top', () => {
  const CP = "const cp = require('child_process');\n";
  const dir = tempTree({
    'ranges.js': [
      CP.trimEnd(),
      "cp.exec('a'); // popenlint-disable-line POP101",
      "cp.exec('b');",
      '/* popenlint-disable POP101 */',
      "cp.exec('c');",
      "cp.spawn('find');",
      '/* popenlint-enable POP101 */',
      "cp.exec('d');",
      "const s = '/* popenlint-disable */';",
      "cp.exec('e'); /* popenlint-disable-line */",
      '// popenlint-disable-next-line POP101 -- fire and forget on purpose',
      "cp.exec('f');",
      '',
    ].join('\n'),
    'top.ts': `/* popenlint-disable */\n${CP}cp.exec('a');\ncp.spawn('find');\n`,
    'middle.js': `${CP}cp.exec('above');\n// popenlint-disable\ncp.exec('below');\n`,
  });
  const r = cli(['check', '--format', 'json', '--evidence', 'possible', '.'], { cwd: dir });
  const found = (JSON.parse(r.stdout) as { findings: { path: string; rule: string; line: number }[] }).findings.map((f) => `${f.path}:${f.line}:${f.rule}`);
  assert.deepEqual(found, ['middle.js:2:POP101', 'ranges.js:3:POP101', 'ranges.js:6:POP102', 'ranges.js:8:POP101']);
});
