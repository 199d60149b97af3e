import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { childPath } from '../src/discover.js';
import { dottedNamesInBytes, holdsImportWord, importStatementsInBytes } from '../src/python/import-bytes.js';
import { dottedNames, importStatements } from '../src/python/project-imports.js';
import { importsProjectWrapper, wrapperNamesByText } from '../src/python/wrapper-prefilter.js';
import { ROOT } from './helpers.js';

// Import lines at their edges: parenthesized names over lines, a star after a line break, CR
// line ends, `import a, b as c`, indented imports, non-ASCII bytes, no final newline.
const CASES = [
  'import os\nfrom a.b import (x,\n    y as z)  # comment\nfrom . import w\n',
  'from m import \\\n  *\nfrom n import\n*\n',
  'from m import (a, b\nfrom q import c\n',
  'try:\n    import tools.sh as sh, other\nexcept ImportError:\n    from .util import run; run()\n',
  'x = 1\rimport a\rfrom b import c\r',
  'from caf\xe9 import th\xe9\nimport \xe9t\xe9\nfrom z import y',
  '"""import nothing"""\nreimport = 1\nimportant()\nfrom r import (s)\nsh . run()\nsh\n.run\nprint(y.z)\n',
  'from a import b # no ) here\n\n\n)\n',
  '',
];

function fixturesPy(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'fixtures'));
  return out;
}

test('import lines read from the bytes are those read from the latin1 text', () => {
  const texts = [...CASES.map((c) => Buffer.from(c, 'latin1')), ...fixturesPy().map((f) => fs.readFileSync(f))];
  assert.ok(texts.length > 50);
  for (const bytes of texts) {
    const text = bytes.toString('latin1');
    assert.deepEqual(importStatementsInBytes(bytes), importStatements(text, true), text.slice(0, 80));
    assert.equal(holdsImportWord(bytes), /\bimport\b/.test(text));
    const a = dottedNames(text);
    const b = dottedNamesInBytes(bytes);
    for (const name of ['sh', 'os', 'run', 'y', 'a', 'x', 'tools', 'subprocess']) assert.equal(b(name), a(name), `${name} in ${text.slice(0, 40)}`);
  }
});

test('import lines read from the bytes: names, stars and modules', () => {
  const read = (s: string) => importStatementsInBytes(Buffer.from(s, 'latin1'));
  assert.deepEqual(read(CASES[0]!), [
    { moduleName: 'os', names: [] },
    { moduleName: 'a.b', names: ['x', 'y'], star: false },
    { moduleName: '.', names: ['w'], star: false },
  ]);
  assert.deepEqual(read('from n import\n*\n'), [{ moduleName: 'n', names: [], star: true }]);
  assert.deepEqual(read('    import tools.sh as sh, other\n'), [{ moduleName: 'tools.sh', names: [] }, { moduleName: 'other', names: [] }]);
  assert.deepEqual(read('x = 1\rimport a\rfrom b import c\r'), [{ moduleName: 'a', names: [] }, { moduleName: 'b', names: ['c'], star: false }]);
  // A UTF-8 byte order mark before an import on the first line (as the text: U+FEFF).
  assert.deepEqual(read('\xef\xbb\xbffrom utils.run import go\n'), [{ moduleName: 'utils.run', names: ['go'], star: false }]);
  assert.deepEqual(importStatements('\ufeffimport utils.run\n', false), [{ moduleName: 'utils.run', names: [] }]);
  assert.equal(holdsImportWord(Buffer.from('reimport = important')), false);
  assert.equal(dottedNamesInBytes(Buffer.from('sh\n .run()'))('sh'), true);
  assert.equal(dottedNamesInBytes(Buffer.from('bash.run()'))('sh'), false);
});

test('a wrapper of an imported wrapper is found after the import was followed (the module is read again)', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-import-bytes-')));
  try {
    fs.writeFileSync(path.join(dir, 'a.py'), 'import subprocess\n\n\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n');
    // b.py names no opener: its imports come from its bytes, its functions from its text, which
    // is read after a.py took the shared buffer (b.py's text must be b.py's, not a.py's).
    fs.writeFileSync(path.join(dir, 'b.py'), 'from a import run\n\n\ndef sh(command, quiet=False):\n    return run(command)\n\n\ndef other(x):\n    return x\n');
    fs.writeFileSync(path.join(dir, 'c.py'), 'import b\n\nb.sh("make")\n');
    fs.writeFileSync(path.join(dir, 'd.py'), 'import b\n\nb.other("make")\n');
    assert.deepEqual(wrapperNamesByText(path.join(dir, 'b.py')), ['sh']);
    assert.equal(importsProjectWrapper(path.join(dir, 'c.py'), fs.readFileSync(path.join(dir, 'c.py'))), true);
    assert.equal(importsProjectWrapper(path.join(dir, 'd.py'), fs.readFileSync(path.join(dir, 'd.py'))), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('childPath is path.join for a folder and one of its entries', () => {
  for (const dir of ['/', '/a', '/a/b c', 'a', 'a/', './', '.', '..', '../x', 'foo/bar', ''])
    for (const name of ['a', 'b.py', 'x y', '...', '.git', 'caf\u00e9']) assert.equal(childPath(dir, name), path.join(dir, name), `${dir} + ${name}`);
});
