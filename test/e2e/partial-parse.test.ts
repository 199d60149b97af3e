import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lintPythonText, lintText, loadPythonParser } from '../../src/engine.js';
import { topLevelChunks } from '../../src/python/partial.js';
import { SourceText } from '../../src/source.js';
import type { EngineOptions } from '../../src/types.js';
import { pythonRules } from '../../rules/index.js';
import { FIXTURES } from '../helpers.js';

/**
 * A large Python file is parsed in part: the top-level statements that mention a candidate, and
 * the imports (src/python/partial.ts). The findings, their fixes and their edits must be exactly
 * those of a whole-file parse, on every fixture and on the standard library's candidates.
 */

const ALL = new Set(pythonRules.map((r) => r.meta.id));

function pythonFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'site-packages' && e.name !== '__pycache__') pythonFiles(p, out);
    else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function stdlibCandidates(): string[] {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return pythonFiles(r.stdout.trim()).filter((f) => /popen|Popen/.test(fs.readFileSync(f, 'latin1')));
}

async function lint(file: string, text: string, options: EngineOptions) {
  const r = await lintText(file, new SourceText(text), 'python', options);
  // Everything observable: position, message, every fix with its edits.
  return r.findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, message: f.message, fixes: f.fixes.map((x) => ({ ...x })) }));
}

describe('partial parse', () => {
  test('cuts at top-level statements only: strings, brackets, continuations, decorators, else/except', () => {
    const text = [
      '# header', 'import os', '@dec', '@dec2(', '  1)', 'def f():', "    s = '''", 'def not_a_statement():', "'''",
      '    return (1,', '2)', 'if x:', '    pass', 'else:', '    pass', 'x = 1 + \\', '2', 'try:', '    import a', 'except ImportError:', '    a = None', 'class C: pass', '',
    ].join('\n');
    const chunks = topLevelChunks(text)!.map(([s, e]) => text.slice(s, e).split('\n')[0]);
    assert.deepEqual(chunks, ['# header', 'import os', '@dec', 'if x:', 'x = 1 + \\', 'try:', 'class C: pass']);
    assert.equal(topLevelChunks("x = 'open\ny = 1\n"), null, 'an unterminated string: no cut');
    assert.equal(topLevelChunks('x = (1,\ny = 2\n'), null, 'an open bracket: no cut');
    assert.equal(topLevelChunks('x = 1\ry = 2\r'), null, 'lone CR line ends: no cut');
  });

  test('a large file is parsed in part, and only what the rules need', async () => {
    await loadPythonParser();
    const filler = Array.from({ length: 3000 }, (_, i) => `def f${i}(a):\n    return [a * ${i} for _ in range(3)]\n`).join('');
    const text = `import os\n${filler}def main(cmd):\n    os.popen(cmd)\n`;
    const py = lintPythonText('big.py', new SourceText(text), { enabled: ALL, target: 'py3', partialParse: 'always' });
    try {
      const ranges = py.tree.getIncludedRanges();
      const parsed = ranges.reduce((n, r) => n + r.endIndex - r.startIndex, 0);
      assert.ok(parsed < text.length / 50, `parsed ${parsed} of ${text.length} characters`);
      assert.deepEqual(py.findings.map((f) => [f.rule, f.start]), [['POP001', text.indexOf('os.popen')]]);
    } finally {
      py.tree.delete();
    }
  });

  test('the places of Python 2 syntax are in the first part: a module that says print() all over is parsed whole at once', async () => {
    await loadPythonParser();
    const { parseCounts } = await import('../../src/python/parse.js');
    const filler = Array.from({ length: 3000 }, (_, i) => `def f${i}(a):\n    print(a, ${i})\n`).join('');
    const text = `import os\n${filler}def main(cmd):\n    os.popen(cmd)\n`;
    const before = parseCounts.parses;
    const py = lintPythonText('big.py', new SourceText(text), { enabled: ALL, target: 'py3', partialParse: 'always' });
    try {
      assert.equal(parseCounts.parses - before, 1, 'one parse, of the whole file');
      assert.deepEqual(py.findings.map((f) => [f.rule, f.start]), [['POP001', text.indexOf('os.popen')]]);
    } finally {
      py.tree.delete();
    }
  });

  test('a name the rules look up outside the parsed statements widens the part', async () => {
    // The handle is bound in one statement and read in another, far away: without it, POP002
    // would report a pipe that is read.
    const filler = Array.from({ length: 200 }, (_, i) => `def f${i}(a):\n    return a + ${i}\n`).join('');
    const text = `import os\np = os.popen('du -a')\n${filler}def use():\n    return p.read()\n${filler.replace(/def f/g, 'def g')}q = os.popen('du -a')\n`;
    const options: EngineOptions = { enabled: ALL, target: 'py3' };
    const whole = await lint('w.py', text, { ...options, partialParse: 'never' });
    assert.deepEqual(whole.map((f) => [f.rule, f.start]), [['POP002', text.lastIndexOf("os.popen('du -a')")]], 'q is never read; p is');
    assert.deepEqual(await lint('w.py', text, { ...options, partialParse: 'always' }), whole);
  });

  test('every statement one question needs is added at once: more of them than rounds of widening still make a part', async () => {
    await loadPythonParser();
    const filler = (tag: string) => Array.from({ length: 100 }, (_, i) => `def ${tag}${i}(a):\n    return a + ${i}\n`).join('');
    // Six reads of `p` and six numbers that look like Python 2 octals (in strings), each far
    // from the others: one round of widening each would pass MAX_PARTIAL_ROUNDS (a whole parse).
    const uses = Array.from({ length: 6 }, (_, i) => `${filler(`f${i}_`)}def use${i}():\n    return p.read(), '0${i}755'\n`).join('');
    const text = `import os\np = os.popen('du -a')\n${uses}${filler('g')}q = os.popen('du -a')\n`;
    const options: EngineOptions = { enabled: ALL, target: 'py3' };
    const whole = await lint('w.py', text, { ...options, partialParse: 'never' });
    assert.deepEqual(whole.map((f) => [f.rule, f.start]), [['POP002', text.lastIndexOf("os.popen('du -a')")]], 'q is never read; p is');
    assert.deepEqual(await lint('w.py', text, { ...options, partialParse: 'always' }), whole);
    const py = lintPythonText('w.py', new SourceText(text), { ...options, partialParse: 'always' });
    try {
      const parsed = py.tree.getIncludedRanges().reduce((n, r) => n + r.endIndex - r.startIndex, 0);
      assert.ok(parsed < text.length / 10, `parsed ${parsed} of ${text.length} characters`);
    } finally {
      py.tree.delete();
    }
  });

  test('same findings, fixes and edits with and without it: every fixture and the stdlib candidates', async () => {
    const files = [...pythonFiles(path.join(FIXTURES, 'python')), ...pythonFiles(path.join(FIXTURES, 'demo')), ...stdlibCandidates()];
    assert.ok(files.length > 100, `${files.length} files`);
    let findings = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const target of ['py3', 'py2'] as const) {
        const options: EngineOptions = { enabled: ALL, target };
        const whole = await lint(file, text, { ...options, partialParse: 'never' });
        const part = await lint(file, text, { ...options, partialParse: 'always' });
        assert.deepEqual(part, whole, `${file} (${target})`);
        findings += whole.length;
      }
    }
    assert.ok(findings > 50, `${findings} findings compared`);
  });
});
