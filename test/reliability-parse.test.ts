import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indentLevelBound, MAX_INDENT_LEVELS, ParseLimitError, parsePython, syntaxErrorCount } from '../src/python/parse.js';

/**
 * The tree-sitter wrapper on hostile input. Measured on tree-sitter 0.25 /
 * tree-sitter-python 0.25: strings of any size parse (the binding feeds itself through a
 * callback), 3000-deep brackets parse, but ~510 nested blocks abort the process inside the
 * external scanner, so parsePython refuses such text with a ParseLimitError first.
 */

const nestedBlocks = (levels: number, indent = (i: number) => ' '.repeat(i)) =>
  ['import os', ...Array.from({ length: levels }, (_, i) => `${indent(i)}if x:`), `${indent(levels)}os.popen('a')`, ''].join('\n');

test('a 10 MB string parses whole, offsets exact past surrogate pairs', () => {
  // Astral characters (2 UTF-16 units) all through the text, so chunk edges fall inside pairs.
  const text = `s = '${'\u00e9\u4e2d\ud83d\ude00a'.repeat(2_000_000)}'\nimport os\nos.popen('x')\n`;
  assert.ok(text.length > 10_000_000);
  const tree = parsePython(text);
  assert.equal(syntaxErrorCount(tree), 0);
  const last = tree.rootNode.lastChild!;
  assert.equal(last.text, "os.popen('x')");
  assert.equal(last.startIndex, text.lastIndexOf('os.popen'));
  assert.deepEqual(last.startPosition, { row: 2, column: 0 });
});

test('3000-deep brackets and calls parse without error', () => {
  for (const [open, close] of [['(', ')'], ['[', ']'], ['f(', ')'], ['{1:', '}']]) {
    const tree = parsePython(`x = ${open!.repeat(3000)}1${close!.repeat(3000)}\n`);
    assert.equal(syntaxErrorCount(tree), 0, open);
  }
});

test('too many nested blocks: ParseLimitError, not a process abort', () => {
  assert.doesNotThrow(() => parsePython(nestedBlocks(MAX_INDENT_LEVELS)));
  assert.throws(() => parsePython(nestedBlocks(MAX_INDENT_LEVELS + 1)), (e) => e instanceof ParseLimitError && /301 distinct indentation levels/.test(e.message));
  assert.throws(() => parsePython(nestedBlocks(3000)), ParseLimitError);
  assert.throws(() => parsePython(nestedBlocks(600, (i) => '\t'.repeat(i))), ParseLimitError);
});

test('indentLevelBound measures widths the way the scanner does', () => {
  assert.equal(indentLevelBound(''), 0);
  assert.equal(indentLevelBound('a\n  b\n    c\n  d\n'), 2);
  assert.equal(indentLevelBound('a\n\tb\n        c\n'), 1, 'a tab counts 8, like 8 spaces');
  assert.equal(indentLevelBound('a\n  \r  b\n'), 1, 'CR resets the width');
  assert.equal(indentLevelBound('a\n  \\\n  b\n'), 1, 'a backslash continuation carries the width on: 4');
  assert.equal(indentLevelBound(Buffer.from('a\n  b\n')), 1, 'bytes work too');
  assert.equal(indentLevelBound(nestedBlocks(1000)), 1000);
});

test('old-Mac CR line ends parse as lines; node text keeps the CRs', () => {
  const text = "import os\rx = (1,\r 2)\ros.popen('a')\r";
  const tree = parsePython(text);
  assert.equal(syntaxErrorCount(tree), 0);
  assert.equal(tree.rootNode.namedChildCount, 3);
  assert.equal(tree.rootNode.namedChildren[1]!.text, 'x = (1,\r 2)');
  assert.equal(tree.rootNode.namedChildren[2]!.startPosition.row, 3);
});

test('a finding in a statement the parser had to repair keeps its place but offers no fix', async () => {
  const { init, Linter } = await import('../src/api.js');
  await init(); // lintTextSync on Python text needs the parser loaded
  const linter = new Linter({ select: ['POP001'], evidence: 'possible' });
  // `1 +` leaves the simple statement line broken: tree-sitter repairs it with an ERROR node.
  const broken = "import os\nif x:\n    os.popen('ls'); 1 +\n";
  const r = linter.lintTextSync(broken, { path: 'a.py' });
  assert.deepEqual(r.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column, f.fixes.length]), [['POP001', 3, 5, 0]]);
  const fixed = await linter.fixText(broken, { path: 'a.py', unsafe: true });
  assert.deepEqual([fixed.changed, fixed.applied], [false, 0]);
  // The same call in an intact statement is fixable: the guard is about the repair only.
  const whole = linter.lintTextSync("import os\nif x:\n    os.popen('ls'); 1 + 2\n", { path: 'a.py' });
  assert.equal(whole.findings[0]!.fixes.length, 3);
});
