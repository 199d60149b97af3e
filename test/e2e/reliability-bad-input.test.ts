import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertGoodReported, assertSurvived, check, dirWithGood, e902, fixLeaves, GOOD, type JsonFinding, run, STACK_FRAME } from '../bad-input.js';
import { cli, prng, tempDir } from '../helpers.js';

/**
 * Bad input never crashes or hangs a run. Every input is made here, in a temp dir. Each run
 * also holds good.py (see bad-input.ts). The largest inputs (10 MB, 3000-deep) are in
 * test/e2e/big-input.test.ts.
 */

test('a binary file with a .py name is reported, not linted or fixed', () => {
  const dir = dirWithGood();
  const rand = prng(7);
  const bytes = Buffer.from(Array.from({ length: 8192 }, () => Math.floor(rand() * 256)));
  fs.writeFileSync(path.join(dir, 'binary.py'), Buffer.concat([bytes, Buffer.from('os.popen(x)\0')]));
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'binary.py'), /binary file/);
  assertGoodReported(findings);
  fixLeaves(dir, ['binary.py']);
});

test('NUL bytes in an otherwise normal file: reported as binary, left alone', () => {
  const dir = dirWithGood();
  fs.writeFileSync(path.join(dir, 'nul.py'), "import os\nos.popen('a')\0\n");
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'nul.py'), /NUL/);
  assertGoodReported(findings);
  fixLeaves(dir, ['nul.py']);
});

test('invalid UTF-8: linted with replacement characters, but never rewritten', () => {
  const dir = dirWithGood();
  fs.writeFileSync(path.join(dir, 'latin.py'), Buffer.from("import os\nx = '\xe9t\xe9'\nos.popen('a')\n", 'latin1'));
  const findings = check(dir, ['.']);
  assert.ok(findings.some((f) => f.path === 'latin.py' && f.rule === 'POP001' && f.line === 3 && f.column === 1));
  const r = fixLeaves(dir, ['latin.py']);
  assert.match(r.stdout, /latin\.py:1:1: E902 .*not valid utf-8/);
});

test('a coding declaration naming an unknown or unsupported encoding is reported', () => {
  const dir = dirWithGood();
  fs.writeFileSync(path.join(dir, 'klingon.py'), "# -*- coding: klingon -*-\nimport os\nos.popen('a')\n");
  fs.writeFileSync(path.join(dir, 'utf16.py'), "# coding: utf-16\nimport os\nos.popen('a')\n");
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'klingon.py'), /unknown or unsupported encoding 'klingon'/);
  assert.match(e902(findings, 'utf16.py'), /unsupported encoding 'utf-16'/);
  assertGoodReported(findings);
  fixLeaves(dir, ['klingon.py', 'utf16.py']);
});

test('1000 nested blocks would abort tree-sitter: reported instead, and the run goes on', () => {
  const dir = dirWithGood();
  const lines = ['import os'];
  for (let i = 0; i < 1000; i++) lines.push(`${' '.repeat(i)}if x:`);
  lines.push(`${' '.repeat(1000)}os.popen('a')`, '');
  fs.writeFileSync(path.join(dir, 'nested.py'), lines.join('\n'));
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'nested.py'), /not parsed: 1000 distinct indentation levels/);
  assertGoodReported(findings);
  fixLeaves(dir, ['nested.py']);
});

test('stdin: deep nesting and NUL bytes are reported under the --stdin-filename name', () => {
  const nested = ['import os', ...Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}if x:`), `${' '.repeat(1000)}os.popen('a')`, ''].join('\n');
  for (const [input, reason] of [[nested, /not parsed: 1000 distinct indentation levels/], ["import os\nos.popen('a')\0\n", /binary file/]] as const) {
    const start = Date.now();
    const r = cli(['check', '--format', 'json', '--stdin-filename', 'piped.py'], { input });
    assertSurvived({ ...r, ms: Date.now() - start });
    assert.equal(r.code, 1);
    assert.match(e902((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings, 'piped.py'), reason);
  }
});

test('an unreadable file is reported and the run goes on', (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: file permissions are not enforced');
    return;
  }
  const dir = dirWithGood();
  fs.writeFileSync(path.join(dir, 'secret.py'), GOOD);
  fs.chmodSync(path.join(dir, 'secret.py'), 0);
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'secret.py'), /permission denied/);
  assertGoodReported(findings);
});

test('a FIFO named x.py is never opened: skipped in a walk, reported when named', async (t) => {
  const dir = dirWithGood();
  const fifo = path.join(dir, 'x.py');
  if (spawnSync('mkfifo', [fifo]).status !== 0) {
    t.skip('mkfifo unavailable');
    return;
  }
  // A writer blocks in open() until someone opens the FIFO for reading: it must stay blocked.
  const writer = spawn('sh', ['-c', 'printf "import os\\nos.popen(1)\\n" > x.py'], { cwd: dir, stdio: 'ignore' });
  try {
    assertGoodReported(check(dir, ['.']));
    const named = check(dir, ['x.py', 'good.py']);
    assert.match(e902(named, 'x.py'), /not a regular file/);
    assertGoodReported(named);
    fixLeaves(dir, []);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(writer.exitCode, null, 'nobody opened the FIFO for reading');
  } finally {
    writer.kill();
  }
});

test('symlink loops, dangling links and a .gitignore FIFO neither hang nor stop the walk', () => {
  const dir = dirWithGood();
  fs.symlinkSync('loop2.py', path.join(dir, 'loop1.py'));
  fs.symlinkSync('loop1.py', path.join(dir, 'loop2.py'));
  fs.symlinkSync('self.py', path.join(dir, 'self.py'));
  fs.symlinkSync('nowhere.py', path.join(dir, 'dangling.py'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
  fs.symlinkSync(dir, path.join(dir, 'sub', 'root'));
  spawnSync('mkfifo', [path.join(dir, 'sub', '.gitignore')]);
  const findings = check(dir, ['.']);
  assert.deepEqual(findings.map((f) => `${f.path} ${f.rule}`), ['good.py POP001'], 'walks skip broken links quietly');
  const named = check(dir, ['loop1.py', 'self.py', 'dangling.py', 'sub', 'good.py']);
  assert.match(e902(named, 'loop1.py'), /Too many levels of symbolic links/);
  assert.match(e902(named, 'self.py'), /Too many levels of symbolic links/);
  assert.match(e902(named, 'dangling.py'), /No such file or directory/);
  assertGoodReported(named);
  fixLeaves(dir, []);
});

test('a missing path on the command line is reported by name; the others still run', () => {
  const dir = dirWithGood();
  const findings = check(dir, ['missing.py', 'no/such/dir', 'good.py']);
  assert.match(e902(findings, 'missing.py'), /No such file or directory/);
  assert.match(e902(findings, 'no/such/dir'), /No such file or directory/);
  assertGoodReported(findings);
});

test('file and folder names that are not valid UTF-8 are reported, not "vanished"', () => {
  const dir = dirWithGood();
  const latin = (name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);
  fs.writeFileSync(latin('caf\xe9.py'), GOOD);
  fs.mkdirSync(latin('d\xe9p\xf4t'));
  fs.writeFileSync(Buffer.concat([latin('d\xe9p\xf4t'), Buffer.from('/a.py')]), GOOD);
  fs.writeFileSync(path.join(dir, 'real\ufffd.py'), GOOD);
  const findings = check(dir, ['.']);
  assert.match(e902(findings, 'caf\ufffd.py'), /^name is not valid UTF-8; skipped$/);
  assert.match(e902(findings, 'd\ufffdp\ufffdt'), /^name is not valid UTF-8; skipped$/);
  assert.ok(findings.some((f) => f.path === 'real\ufffd.py' && f.rule === 'POP001'), 'a real U+FFFD in a name is fine');
  assertGoodReported(findings);
});

test('a folder named x.py is walked, never read as a file', () => {
  const dir = dirWithGood();
  fs.mkdirSync(path.join(dir, 'x.py'));
  fs.writeFileSync(path.join(dir, 'x.py', 'inner.py'), GOOD);
  const findings = check(dir, ['.']);
  assert.deepEqual(findings.map((f) => `${f.path}:${f.line} ${f.rule}`), ['good.py:2 POP001', 'x.py/inner.py:2 POP001']);
  assert.equal(check(dir, ['x.py']).length, 1);
});

test('empty and whitespace-only files are clean and stay byte for byte', () => {
  const dir = tempDir('popenlint-bad-');
  const files: Record<string, string> = { 'empty.py': '', 'spaces.py': '   ', 'blank.py': '\n\n\n', 'mixed.py': ' \t\r\n\f\n\t\t\r\n   ', 'cr.py': '\r\r\r' };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const r = run(dir, ['check', '.']);
  assertSurvived(r);
  assert.equal(r.code, 0, r.stdout);
  const f = run(dir, ['fix', '.']);
  assertSurvived(f);
  for (const [name, text] of Object.entries(files)) assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text);
});

test('usage and config errors exit 2 with one line, no stack trace', () => {
  const dir = dirWithGood();
  for (const args of [['check', '--format', 'nope'], ['check', '--select', 'POP999'], ['frobnicate']]) {
    const r = run(dir, args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /popenlint: error: /);
    assert.doesNotMatch(r.stderr, STACK_FRAME);
  }
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.popenlint\nselect = ');
  const r = run(dir, ['check', '.']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /pyproject\.toml/);
  assert.doesNotMatch(r.stderr, STACK_FRAME);
});
