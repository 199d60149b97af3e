import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decode, declaredPythonEncoding, encodeStrict, normalizeEncoding } from '../../src/encoding.js';
import { cli, compileError, pythonInterpreters, tempDir } from '../helpers.js';

/**
 * Legacy encodings under `fix`: PEP 263 files in latin-1, GBK and cp1252 (plus BOM,
 * Emacs-style names and old-Mac CR line ends) are fixed in their own encoding, and every byte
 * outside the edit stays as it was. The expected bytes are built independently of popenlint:
 * the source with the edited literal replaced, encoded with iconv-lite.
 */

interface Case {
  name: string;
  /** iconv-lite name used to write the file. */
  encoding: string;
  bom?: boolean;
  text: string;
  /** The os.popen(...) call; the fix appends ` >/dev/null` inside its literal. */
  call: string;
  /** Valid Python 2 (compiled with python2.7 when present) / Python 3. */
  py2: boolean;
  py3: boolean;
}

const CASES: Case[] = [
  {
    name: 'latin1.py', encoding: 'latin1', py2: true, py3: false,
    text: "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nimport os\n# caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\nx = 'na\u00efve fa\u00e7ade'; os.popen('cat \u00f1and\u00fa')\nprint x\n",
    call: "os.popen('cat \u00f1and\u00fa')",
  },
  {
    name: 'gbk.py', encoding: 'gbk', py2: true, py3: false,
    text: "# coding: gbk\r\nimport os\r\n# \u4e2d\u6587\u6ce8\u91ca\r\nmsg = '\u7ba1\u9053\u7834\u88c2'; os.popen('cat \u4f60\u597d')\r\nprint msg\r\n",
    call: "os.popen('cat \u4f60\u597d')",
  },
  {
    name: 'cp1252.py', encoding: 'cp1252', py2: true, py3: true,
    text: "# vim: set fileencoding=cp1252 :\nimport os\nq = '\u201csmart\u201d \u2013 \u20ac5'\nif q:\n\tq = '\u2026'; os.popen(\"du \u201cx\u201d\")\n",
    call: "os.popen(\"du \u201cx\u201d\")",
  },
  {
    name: 'gb2312.py', encoding: 'gbk', py2: true, py3: true,
    text: "# -*- coding: gb2312 -*-\nimport os\ns = '\u6c49\u5b57'; os.popen('cat \u6c49')\n",
    call: "os.popen('cat \u6c49')",
  },
  {
    name: 'emacs.py', encoding: 'latin1', py2: true, py3: true,
    text: "# -*- mode: python; coding: latin-1-unix -*-\nimport os\ns = '\u00e9'; os.popen('cat \u00e9')\n",
    call: "os.popen('cat \u00e9')",
  },
  {
    name: 'bom.py', encoding: 'utf8', bom: true, py2: true, py3: true,
    text: "import os\ns = '\u00e9\u4e2d\ud83d\ude00'; os.popen('cat \ud83d\ude00')\n",
    call: "os.popen('cat \ud83d\ude00')",
  },
  {
    name: 'cr.py', encoding: 'latin1', py2: true, py3: true,
    text: "#!/usr/bin/python\r# coding: latin-1\rimport os\rs = '\u00e9'; os.popen('cat \u00e9')\r",
    call: "os.popen('cat \u00e9')",
  },
];

const encode = (c: Case, text: string) => Buffer.concat([c.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), iconv.encode(text, c.encoding)]);

/** 1-based line and code-point column of `offset`, lines ending at LF, CRLF or CR. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

const interpreters = pythonInterpreters();

test('check reports correct lines and columns in legacy-encoded files', () => {
  const dir = tempDir('popenlint-enc-');
  for (const c of CASES) fs.writeFileSync(path.join(dir, c.name), encode(c, c.text));
  const r = cli(['check', '--format', 'json', '.'], { cwd: dir });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const findings = (JSON.parse(r.stdout) as { findings: { path: string; rule: string; line: number; column: number; endColumn: number }[] }).findings;
  for (const c of CASES) {
    const start = position(c.text, c.text.indexOf(c.call));
    const end = position(c.text, c.text.indexOf(c.call) + c.call.length);
    const mine = findings.filter((f) => f.path === c.name);
    assert.deepEqual(mine.map((f) => [f.rule, f.line, f.column, f.endColumn]), [['POP001', start.line, start.column, end.column]], c.name);
  }
});

test('fix writes each file back in its own encoding, changing only the edited bytes', (t) => {
  const dir = tempDir('popenlint-enc-');
  for (const c of CASES) fs.writeFileSync(path.join(dir, c.name), encode(c, c.text));
  const r = cli(['fix', '.'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const c of CASES) {
    const fixedCall = c.call.replace(/(['"])\)$/, ' >/dev/null$1)');
    const expected = encode(c, c.text.replace(c.call, fixedCall));
    const actual = fs.readFileSync(path.join(dir, c.name));
    // Whole-file equality: the prefix before the edit and the suffix after it are the original bytes.
    assert.ok(actual.equals(expected), `${c.name}:\n${actual.toString('hex')}\n${expected.toString('hex')}`);
  }
  const again = cli(['fix', '.'], { cwd: dir });
  assert.equal(again.code, 0);
  for (const c of CASES) assert.ok(fs.readFileSync(path.join(dir, c.name)).equals(encode(c, c.text.replace(c.call, c.call.replace(/(['"])\)$/, ' >/dev/null$1)')))), `${c.name}: second fix changes nothing`);

  for (const { name, bin, reason } of interpreters) {
    if (!bin) {
      t.diagnostic(`skipped compiling with ${name}: ${reason}`);
      console.log(`# skip: ${reason}`);
      continue;
    }
    for (const c of CASES) {
      if (name === 'python2.7' ? !c.py2 : !c.py3) continue;
      const error = compileError(bin, fs.readFileSync(path.join(dir, c.name)));
      assert.equal(error, null, `${name} compiles fixed ${c.name}`);
    }
  }
});

test('a file not valid in its declared encoding is left alone, with a message', () => {
  const dir = tempDir('popenlint-enc-');
  const bytes = Buffer.concat([Buffer.from("# coding: gbk\nimport os\nx = '"), Buffer.from([0x81]), Buffer.from("'\nos.popen('du')\n")]);
  fs.writeFileSync(path.join(dir, 'broken.py'), bytes);
  const r = cli(['fix', 'broken.py'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^broken\.py:1:1: E902 .*not fixed: the file is not valid gbk, so it could not be written back byte for byte$/m);
  assert.ok(fs.readFileSync(path.join(dir, 'broken.py')).equals(bytes));
});

test('encodeStrict refuses text the encoding cannot hold', () => {
  assert.equal(encodeStrict('x = "\u4e2d"', 'latin1'), null);
  assert.equal(encodeStrict('x = "\u20ac"', 'latin1'), null);
  assert.equal(encodeStrict('x = "\ud800"', 'utf-8'), null, 'a lone surrogate would become U+FFFD');
  assert.equal(encodeStrict('x = "\ud800"', 'gbk'), null);
  assert.deepEqual(encodeStrict('x = "\u20ac"', 'cp1252'), Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0x80, 0x22]));
  assert.deepEqual(encodeStrict('\ud83d\ude00', 'utf-8'), Buffer.from([0xf0, 0x9f, 0x98, 0x80]));
});

test('PEP 263: only lines 1-2, only after a comment line, any line ending', () => {
  const d = (s: string) => declaredPythonEncoding(Buffer.from(s, 'latin1'));
  assert.equal(d('# -*- coding: latin-1 -*-\n'), 'latin-1');
  assert.equal(d('#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n'), 'cp1252');
  assert.equal(d('#!/usr/bin/python\r# coding=gbk\r'), 'gbk');
  assert.equal(d('#!/usr/bin/python\r\n# coding: gbk\r\n'), 'gbk');
  assert.equal(d('import os\n# coding: latin-1\n'), null, 'a code line first ends the search');
  assert.equal(d('#\n#\n# coding: latin-1\n'), null, 'line 3 is too late');
  assert.equal(d('x = 1  # coding: latin-1\n'), null, 'not a comment-only line');
});

test('encoding names: Python spellings accepted, non-ASCII-compatible ones refused', () => {
  const accepted: [string, string][] = [['utf-8-unix', 'utf-8'], ['UTF_8', 'utf-8'], ['utf8-sig', 'utf-8'], ['latin-1-dos', 'latin1'], ['iso-8859-1', 'latin1'], ['ISO_8859_1', 'latin1'], ['cp936', 'gbk'], ['euc-cn', 'gbk'], ['cp1252', 'cp1252'], ['shift_jis', 'shift-jis']];
  for (const [name, canonical] of accepted) assert.equal(normalizeEncoding(name), canonical, name);
  for (const name of ['utf-16', 'utf-32', 'utf-7', 'base64', 'hex', 'klingon']) assert.equal(normalizeEncoding(name), null, name);
  const bytes = Buffer.from("# coding: utf-8-unix\nx = '\u00e9'\n");
  assert.equal(decode(bytes, 'python').text, "# coding: utf-8-unix\nx = '\u00e9'\n");
});
