import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit, rangeOf } from '../src/server/positions.js';

/** The LSP edge: UTF-16 positions, and the one-edit form of a fixed document. */

const doc = (text: string) => TextDocument.create('file:///x.py', 'python', 1, text);

test('a range after an astral character counts its two UTF-16 code units', () => {
  const text = 'a = "😀"; os.popen("ls")\n';
  const start = text.indexOf('os.popen');
  assert.deepEqual(rangeOf(doc(text), start, start + 2), { start: { line: 0, character: 10 }, end: { line: 0, character: 12 } });
  assert.equal([...text.slice(0, start)].length, 9, 'nine code points before it');
});

for (const [name, before, after, expected] of [
  ['insertion', 'os.popen("ls")\n', 'os.popen("ls >/dev/null")\n', { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, newText: ' >/dev/null' }],
  // Without the guard the edit would start between the two halves of 😀 and 😁 (same high surrogate).
  ['surrogate pair kept whole', 'x = "😀"\n', 'x = "😁"\n', { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } }, newText: '😁' }],
  // Nor end between \r and \n of a CRLF.
  ['CRLF kept whole', 'a\r\nb\r\n', 'a\nb\r\n', { range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, newText: '\n' }],
] as const) {
  test(`minimalEdit: ${name}`, () => {
    const d = doc(before);
    const edit = minimalEdit(d, after);
    assert.deepEqual(edit, expected);
    assert.equal(TextDocument.applyEdits(d, [edit!]), after);
  });
}

test('minimalEdit: nothing to do', () => assert.equal(minimalEdit(doc('x\n'), 'x\n'), null));
