import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as api from '../src/api.js';
import { applyEdits, ConfigError, explain, fixText, getRule, Linter, lintFile, lintText, resolveConfig, rules, suppressionFor } from '../src/api.js';
import { tempDir } from './helpers.js';

const ARTICLE = "import os\ncmd = 'python test.py'\nos.popen(cmd)\n";
const EXEC = "const { exec } = require('child_process');\nexec('cat build.log');\n";

test('the package name resolves to the API (package.json "exports")', async () => {
  const self = (await import('popenlint')) as typeof api;
  assert.equal(typeof self.Linter, 'function');
  assert.deepEqual(Object.keys(self).sort(), Object.keys(api).sort());
});

test('lintText: a Python text gets its finding with position, message and every fix', async () => {
  const dir = tempDir();
  const r = await lintText(ARTICLE, { path: 'task.py', cwd: dir });
  assert.equal(r.language, 'python');
  assert.equal(r.parsed, true);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.findings.length, 1);
  const f = r.findings[0]!;
  assert.equal(f.rule, 'POP001');
  assert.equal(f.path, 'task.py');
  assert.deepEqual(f.range, { start: { line: 3, column: 1 }, end: { line: 3, column: 14 } });
  assert.equal(ARTICLE.slice(f.start, f.end), 'os.popen(cmd)');
  assert.match(f.message, /^output pipe of os\.popen\(\) is dropped \(`python` runs a program whose output can grow\): on Python 3\.10\+ the pipe stays open/);
  assert.deepEqual(f.fixes.map((x) => [x.strategy, x.applicability]), [['devnull', 'safe'], ['read', 'unsafe'], ['subprocess', 'unsafe']]);
  assert.equal(applyEdits(ARTICLE, f.fixes[0]!.edits), "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n");
});

test('lintTextSync: JS/TS text, language from the extension; a shebang decides for an extensionless name', async () => {
  await api.init(); // Python text needs the parser loaded; JS/TS never waits
  const linter = new Linter({ cwd: tempDir() });
  const js = linter.lintTextSync(EXEC, { path: 'src/build.js' });
  assert.equal(js.language, 'javascript');
  assert.deepEqual(js.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column]), [['POP101', 2, 1]]);
  const script = linter.lintTextSync(`#!/usr/bin/env python3\n${ARTICLE}`, { path: 'bin/task' });
  assert.equal(script.language, 'python');
  assert.deepEqual(script.findings.map((f) => f.range.start.line), [4]);
  assert.throws(() => linter.lintTextSync(ARTICLE, { path: 'notes.txt' }), TypeError);
  assert.equal(linter.lintTextSync(ARTICLE, { path: 'notes.txt', language: 'python' }).findings.length, 1);
});

test('lintText: a text that names no subprocess API is not parsed; one too deep to parse is a diagnostic', async () => {
  const linter = new Linter({ cwd: tempDir() });
  const clean = await linter.lintText('print(1)\n', { path: 'a.py' });
  assert.deepEqual([clean.parsed, clean.findings, clean.diagnostics], [false, [], []]);
  let deep = 'import os\n';
  for (let i = 0; i < 400; i++) deep += `${' '.repeat(i)}if x:\n`;
  const r = await linter.lintText(`${deep}${' '.repeat(400)}os.popen(cmd)\n`, { path: 'deep.py' });
  assert.equal(r.findings.length, 0);
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0]!.message, /^not parsed: \d+ distinct indentation levels/);
});

test('configuration per file: the nearest config applies, options override it, clearCache rereads it', async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'legacy'));
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.popenlint]\nignore = ["POP001"]\nexclude = ["gen/"]\n');
  fs.writeFileSync(path.join(dir, 'legacy', 'pyproject.toml'), '[project]\nrequires-python = ">=2.7"\n');
  const linter = new Linter({ cwd: dir });
  assert.deepEqual((await linter.lintText(ARTICLE, { path: 'task.py' })).findings, []);
  const top = linter.configFor('task.py');
  assert.equal(top.file, path.join(dir, 'pyproject.toml'));
  assert.equal(top.rules.includes('POP001'), false);
  assert.equal(top.target, 'py3');
  assert.equal(top.excluded, false);
  assert.equal(linter.configFor('gen/out.py').excluded, true);
  // A sub-project that only says which Python it needs keeps the settings above it.
  const legacy = linter.configFor('legacy/task.py');
  assert.equal(legacy.target, 'py2');
  assert.equal(legacy.rules.includes('POP001'), false);
  // Options win over the file, as flags do.
  assert.equal((await lintText(ARTICLE, { path: 'task.py', cwd: dir, select: ['POP001'] })).findings.length, 1);
  assert.deepEqual(resolveConfig('task.py', { cwd: dir, extendSelect: ['POP003'] }).rules.includes('POP003'), true);
  // The config changes on disk: the linter sees it after clearCache.
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.popenlint]\nignore = []\n');
  assert.deepEqual((await linter.lintText(ARTICLE, { path: 'task.py' })).findings, []);
  linter.clearCache();
  assert.equal((await linter.lintText(ARTICLE, { path: 'task.py' })).findings.length, 1);
});

test('configuration errors are ConfigError naming the file or option', async () => {
  assert.throws(() => new Linter({ select: ['POP999'] }), (e: unknown) => e instanceof ConfigError && /--select: unknown rule selector 'POP999'/.test(e.message));
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'selct = ["POP001"]\n');
  const linter = new Linter({ cwd: dir });
  await assert.rejects(linter.lintText(ARTICLE, { path: 'a.py' }), (e: unknown) => e instanceof ConfigError && e.message.includes(`${path.join(dir, 'popenlint.toml')}: unknown key 'selct'`));
});

test('isolated: no config file is read, not even a broken one; the options alone decide', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'ignore = ["POP001"]\nexclude = ["task.py"]\n');
  const linter = new Linter({ cwd: dir, isolated: true });
  assert.deepEqual((await linter.lintText(ARTICLE, { path: 'task.py' })).findings.map((f) => f.rule), ['POP001']);
  assert.deepEqual(linter.configFor('task.py'), { file: null, rules: rules.filter((r) => r.defaultEnabled).map((r) => r.id), target: 'py3', strategy: 'primary', excluded: false, evidence: 'known' });
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'selct = ["POP001"]\n');
  assert.equal((await new Linter({ cwd: dir, isolated: true, select: ['POP1'] }).lintText(EXEC, { path: 'run.js' })).findings.length, 1);
});

test('lintFile: decodes the file in its own encoding and reports unreadable files as E902', async () => {
  const dir = tempDir();
  const text = "# -*- coding: latin-1 -*-\nimport os\nos.popen('cat caf\u00e9')\n";
  fs.writeFileSync(path.join(dir, 'latin.py'), Buffer.from(text, 'latin1'));
  const r = await lintFile('latin.py', { cwd: dir });
  assert.equal(r.text, text);
  assert.deepEqual(r.findings.map((f) => [f.rule, f.range.start.line, f.range.end.column]), [['POP001', 3, 21]]);
  const gone = await lintFile('gone.py', { cwd: dir });
  assert.deepEqual(gone.diagnostics, [{ path: 'gone.py', code: 'E902', message: 'file vanished before it could be read' }]);
  await assert.rejects(lintFile('README', { cwd: dir }), TypeError);
});

test('fixText: the fix loop with the configured strategy, unsafe fixes only when asked', async () => {
  const dir = tempDir();
  const safe = await fixText(ARTICLE, { path: 'task.py', cwd: dir });
  assert.deepEqual([safe.changed, safe.applied, safe.error, safe.remaining], [true, 1, null, []]);
  assert.equal(safe.text, "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n");
  const refused = await fixText(ARTICLE, { path: 'task.py', cwd: dir, strategy: 'read' });
  assert.deepEqual([refused.changed, refused.unsafeAvailable, refused.remaining.length], [false, 1, 1]);
  const read = await fixText(ARTICLE, { path: 'task.py', cwd: dir, strategy: 'read', unsafe: true });
  assert.equal(read.text, "import os\ncmd = 'python test.py'\nwith os.popen(cmd) as pipe:\n    pipe.read()\n");
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'strategy = "subprocess"\n');
  const configured = await fixText(ARTICLE, { path: 'task.py', cwd: dir, unsafe: true });
  assert.match(configured.text, /subprocess\.run\(cmd, shell=True, stdout=subprocess\.DEVNULL\)/);
  const clean = await fixText('x = 1\n', { path: 'a.py', cwd: dir });
  assert.deepEqual([clean.changed, clean.text], [false, 'x = 1\n']);
});

test('suppressionFor: the edit silences exactly that finding, in both languages', async () => {
  const linter = new Linter({ cwd: tempDir() });
  for (const [text, file] of [[ARTICLE, 'a.py'], [`function f() {\n  ${EXEC.split('\n')[1]}\n}\n${EXEC.split('\n')[0]}\n`, 'a.js']] as const) {
    const before = await linter.lintText(text, { path: file });
    assert.equal(before.findings.length, 1, file);
    const edit = suppressionFor(text, before.findings[0]!, before.language)!;
    const after = applyEdits(text, [edit]);
    assert.deepEqual((await linter.lintText(after, { path: file })).findings, [], after);
  }
  assert.equal(applyEdits(ARTICLE, [suppressionFor(ARTICLE, { rule: 'POP001', start: 33, end: 46 }, 'python')!]).split('\n')[2], 'os.popen(cmd)  # noqa: POP001');
  const merged = "import os\nos.popen(cmd)  # noqa: POP002\n";
  assert.equal(applyEdits(merged, [suppressionFor(merged, { rule: 'POP001', start: 10, end: 23 }, 'python')!]), "import os\nos.popen(cmd)  # noqa: POP002,POP001\n");
  assert.equal(suppressionFor("import os\nos.popen(cmd) \\\n  .close()\n", { rule: 'POP001', start: 10, end: 23 }, 'python'), null);
  const indented = suppressionFor(`function f() {\n  exec('make');\n}\n`, { rule: 'POP101', start: 17, end: 29 }, 'javascript')!;
  assert.deepEqual(indented, { start: 15, end: 15, content: '  // popenlint-disable-next-line POP101\n' });
});

test('catalogue: every rule by id and name, and its explanation', () => {
  assert.deepEqual(rules.map((r) => r.id), [...rules.map((r) => r.id)].sort());
  for (const r of rules) {
    assert.equal(getRule(r.id), r);
    assert.equal(getRule(r.id.toLowerCase()), r);
    assert.equal(getRule(r.name), r);
    const text = explain(r.id)!;
    assert.ok(text.startsWith(`# ${r.id} ${r.name}\n`), text.slice(0, 80));
    assert.match(text, /## Reproduction\n/);
  }
  assert.equal(getRule('POP999'), undefined);
  assert.equal(explain('nope'), undefined);
});

test('a rule that throws is reported in errors, apart from findings and diagnostics', async (t) => {
  const { pythonRules } = await import('../rules/index.js');
  const rule = pythonRules.find((r) => r.meta.id === 'POP002')!;
  const check = rule.check;
  rule.check = () => { throw new Error('boom'); };
  t.after(() => { rule.check = check; });
  const r = await lintText(ARTICLE, { path: 'a.py', cwd: tempDir(), select: ['POP001', 'POP002'] });
  assert.deepEqual(r.findings.map((f) => f.rule), ['POP001'], 'the other rules still run');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.errors?.map((e) => [e.path, e.message]), [['a.py', 'POP002 failed: boom']]);
  const fixed = await fixText(ARTICLE, { path: 'a.py', cwd: tempDir(), select: ['POP001', 'POP002'] });
  assert.equal(fixed.applied, 1);
  assert.deepEqual(fixed.errors?.map((e) => e.message), ['POP002 failed: boom']);
});
