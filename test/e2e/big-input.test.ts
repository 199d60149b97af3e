import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertGoodReported, assertSurvived, check, dirWithGood, run } from '../bad-input.js';

/** The largest bad inputs (slow: tens of MB written and parsed): they neither crash nor hang a run. */

test('a 10 MB file is linted within the bound, finding at the right line', (t) => {
  const dir = dirWithGood();
  // A generated data module (the usual reason for a 10 MB .py) and one 10 MB line.
  const rows: string[] = ['import os\n', 'DATA = [\n'];
  let size = 0;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const row = `    ('row-${i}', ${i}, ${(i * 0.5).toFixed(1)}, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),\n`;
    rows.push(row);
    size += row.length;
  }
  rows.push(']\n', "os.popen('python test.py')\n");
  fs.writeFileSync(path.join(dir, 'data.py'), rows.join(''));
  const line = `import os\nS = '${'a'.repeat(10 * 1024 * 1024)}'\nos.popen('python test.py')\n`;
  fs.writeFileSync(path.join(dir, 'line.py'), line);
  // 20 MB of input: removed even when an assertion fails.
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const findings = check(dir, ['.'], 60_000);
  assert.ok(findings.some((f) => f.path === 'data.py' && f.rule === 'POP001' && f.line === rows.length), JSON.stringify(findings));
  assert.ok(findings.some((f) => f.path === 'line.py' && f.rule === 'POP001' && f.line === 3));
  assertGoodReported(findings);
  fs.rmSync(path.join(dir, 'data.py'));
  // The fix of a 10 MB file edits only the popen line.
  const r = run(dir, ['fix', 'line.py']);
  assertSurvived(r, 60_000);
  const fixed = fs.readFileSync(path.join(dir, 'line.py'), 'utf8');
  assert.ok(fixed === line.replace("test.py')", "test.py >/dev/null')"), 'only the popen line changed');
});

test('a 3000-deep nested expression is linted, and fixed, like any file', () => {
  const dir = dirWithGood();
  const depth = 3000;
  const files: Record<string, string> = {
    'parens.py': `import os\nx = ${'('.repeat(depth)}1${')'.repeat(depth)}\nos.popen('python a.py')\n`,
    'lists.py': `import os\nx = ${'['.repeat(depth)}${']'.repeat(depth)}\nos.popen('python a.py')\n`,
    'calls.py': `import os\nx = ${'f('.repeat(depth)}1${')'.repeat(depth)}\nos.popen('python a.py')\n`,
    'lambdas.py': `import os\nx = ${'lambda: '.repeat(depth)}1\nos.popen('python a.py')\n`,
    'attrs.py': `import os\nx = a${'.b'.repeat(depth * 10)}\nos.popen('python a.py')\n`,
    'sum.py': `import os\nx = ${'1 + '.repeat(depth * 10)}1\nos.popen('python a.py')\n`,
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const findings = check(dir, ['.']);
  for (const name of Object.keys(files)) {
    assert.deepEqual(findings.filter((f) => f.path === name).map((f) => `${f.rule}:${f.line}`), ['POP001:3'], name);
  }
  assertGoodReported(findings);
  const r = run(dir, ['fix', '.']);
  assertSurvived(r);
  for (const [name, text] of Object.entries(files)) {
    assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text.replace("os.popen('python a.py')", "os.popen('python a.py >/dev/null')"), name);
  }
});

