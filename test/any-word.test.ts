import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { AnyWord } from '../src/any-word.js';
import { ROOT } from './helpers.js';

/**
 * AnyWord (the prefilter's gate) answers exactly what a search per word answers: a word at any
 * offset, at the very start and end, overlapping another, split by the stride, or one byte short.
 */

const some = (words: readonly Buffer[], b: Buffer) => words.some((w) => b.includes(w));
/** AnyWord.which's answer, as a search per word gives it: the words found, in the order given. */
const which = (any: AnyWord, words: readonly Buffer[], b: Buffer) => {
  const found = any.which(b);
  return words.filter((w) => found.has(w));
};
const each = (words: readonly Buffer[], b: Buffer) => words.filter((w) => b.includes(w));

// The gate words of the default Python rules (prefilter.ts) and sets with short, overlapping,
// repeated and non-ASCII words.
const WORD_SETS = [
  ['popen', 'Popen3', 'Popen4', 'PIPE', 'pipe', 'openpty', 'check_output', 'getoutput', 'socket', 'flock', 'lockf', 'SimpleXMLRPCServer'],
  ['ab', 'abc', 'bc'],
  ['aaaa', 'aaab'],
  ['caf\u00e9', 'th\u00e9\u00e9'],
  ['x'],
  ['pipe', 'pipe'],
];

test('AnyWord: the same answer as a search per word, for each word at every offset and cut at either end', () => {
  for (const set of WORD_SETS) {
    const words = set.map((w) => Buffer.from(w, 'utf8'));
    const any = new AnyWord(words);
    for (const word of words) {
      for (let before = 0; before < 8; before++) {
        for (let after = 0; after < 4; after++) {
          const whole = Buffer.concat([Buffer.alloc(before, 0x2e), word, Buffer.alloc(after, 0x2e)]);
          assert.equal(any.in(whole), true, `${word} after ${before} bytes, ${after} after`);
          assert.deepEqual(which(any, words, whole), each(words, whole), `${word} after ${before} bytes, ${after} after`);
          // The word less its first or its last byte: found only when that is another word.
          for (const cut of [whole.subarray(0, before + word.length - 1), Buffer.concat([Buffer.alloc(before, 0x2e), word.subarray(1)])]) {
            assert.equal(any.in(cut), some(words, cut), `${cut.toString('latin1')}`);
            assert.deepEqual(which(any, words, cut), each(words, cut), `${cut.toString('latin1')}`);
          }
        }
      }
    }
    assert.equal(any.in(Buffer.alloc(0)), false);
  }
});

test('AnyWord: the same answer as a search per word over random texts of the words\' letters', () => {
  let seed = 17;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const set of WORD_SETS) {
    const words = set.map((w) => Buffer.from(w, 'utf8'));
    const any = new AnyWord(words);
    const letters = Buffer.concat(words);
    for (let n = 0; n < 2000; n++) {
      const b = Buffer.alloc(random(40));
      for (let i = 0; i < b.length; i++) b[i] = letters[random(letters.length)]!;
      assert.equal(any.in(b), some(words, b), b.toString('latin1'));
      assert.deepEqual(which(any, words, b), each(words, b), b.toString('latin1'));
    }
  }
});

test('AnyWord.which: every word of a text, each once, with CRLF lines, bytes that are no UTF-8 and words at both ends', () => {
  const words = WORD_SETS[0]!.map((w) => Buffer.from(w, 'utf8'));
  const any = new AnyWord(words);
  const texts = [
    Buffer.from('popen\r\nx = PIPE\r\nsocket.socket()\r\nflock'),
    Buffer.concat([Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('check_output'), Buffer.from([0xc3, 0x28, 0xa0]), Buffer.from('pipe\r\n')]),
    Buffer.concat([Buffer.from('Popen3'), Buffer.alloc(70_000, 0xe9), Buffer.from('lockf')]),
    Buffer.from('pipepipe popenpopen SimpleXMLRPCServer'),
    Buffer.from('\r\n\r\n'),
    Buffer.alloc(0),
  ];
  for (const b of texts) assert.deepEqual(which(any, words, b), each(words, b), b.toString('latin1'));
  assert.deepEqual(which(any, words, texts[2]!).map(String), ['Popen3', 'lockf']);
});

test("AnyWord: the same answer as a search per word over this package's sources, with every rule's words", () => {
  const words = [...new Set(allRules.flatMap((r) => [...(r.prefilter ?? [r]).flatMap((g) => [...g.needles, ...(g.requires ?? [])])]))].map((w) => Buffer.from(w, 'utf8'));
  const any = new AnyWord(words);
  const one = words.map((w) => new AnyWord([w]));
  let files = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(py|ts|js)$/.test(e.name)) {
        const b = fs.readFileSync(p);
        files++;
        assert.equal(any.in(b), some(words, b), p);
        assert.deepEqual(which(any, words, b), each(words, b), p);
        for (const [i, w] of words.entries()) assert.equal(one[i]!.in(b), b.includes(w), `${w} in ${p}`);
      }
    }
  };
  for (const dir of ['fixtures', 'src']) walk(path.join(ROOT, dir));
  assert.ok(files > 100);
});
