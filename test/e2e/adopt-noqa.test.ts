import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintText } from '../../src/engine.js';
import { applyEdits } from '../../src/fix/apply.js';
import { codeWithoutComments, planNoqa } from '../../src/fix/noqa.js';
import { SourceText } from '../../src/source.js';
import type { Language } from '../../src/types.js';
import { findingsOf, generateRepo } from '../adopt-helpers.js';
import { cli, compileFileError, pythonInterpreters } from '../helpers.js';

const ALL = new Set(['POP001', 'POP002', 'POP003', 'POP004', 'POP005', 'POP101', 'POP102', 'POP103']);

/** What --add-noqa writes for one file's text (the plan, applied). */
async function noqa(code: string, language: Language = 'python', file = language === 'python' ? 'case.py' : 'case.js') {
  const source = new SourceText(code);
  const { findings } = await lintText(file, source, language, { enabled: ALL, target: 'py3' });
  const plan = await planNoqa(file, source, language, findings);
  return { text: applyEdits(code, plan.edits), plan, findings };
}

const python3 = pythonInterpreters().find((p) => p.name === 'python3')!;

describe('--add-noqa placement', () => {
  const cases: [string, string, string][] = [
    ['one line', "import os\nos.popen('make')\n", "import os\nos.popen('make')  # noqa: POP001\n"],
    ['merged with an existing noqa', "import os\nos.popen('make')  # noqa: E501\n", "import os\nos.popen('make')  # noqa: E501, POP001\n"],
    ['after another comment', "import os\nos.popen('make')  # type: ignore\n", "import os\nos.popen('make')  # type: ignore  # noqa: POP001\n"],
    ['trailing blanks replaced', "import os\nos.popen('make')   \n", "import os\nos.popen('make')  # noqa: POP001\n"],
    ['a multi-line call: on its first line', "import os\nos.popen(\n    'make'\n)\n", "import os\nos.popen(  # noqa: POP001\n    'make'\n)\n"],
    ['first line inside a string: on the last line', 'import os\nos.popen("""make\nall""")\n', 'import os\nos.popen("""make\nall""")  # noqa: POP001\n'],
    ['first line continued by a backslash: on the last line', "import os\nos.popen('make ' \\\n  'all')\n", "import os\nos.popen('make ' \\\n  'all')  # noqa: POP001\n"],
    ['two findings on one line: one comment', "import os\nos.popen('a'); os.popen('make')\n", "import os\nos.popen('a'); os.popen('make')  # noqa: POP001\n"],
    ['CRLF kept', "import os\r\nos.popen('make')\r\nx = 1\r\n", "import os\r\nos.popen('make')  # noqa: POP001\r\nx = 1\r\n"],
  ];
  for (const [name, input, expected] of cases) {
    it(`Python: ${name}`, async () => {
      const { text, plan } = await noqa(input);
      assert.equal(text, expected);
      assert.equal(plan.skipped.length, 0);
      const again = await noqa(text);
      assert.equal(again.findings.length, 0, 'the comment takes effect');
      assert.equal(again.plan.edits.length, 0);
    });
  }

  it('JS: popenlint-disable-line at the end of the line', async () => {
    const input = "const { spawn } = require('child_process');\nfunction go() {\n  spawn('du', ['-l']);\n}\n";
    const { text } = await noqa(input, 'javascript');
    assert.equal(text, "const { spawn } = require('child_process');\nfunction go() {\n  spawn('du', ['-l']); // popenlint-disable-line POP102\n}\n");
    assert.equal((await noqa(text, 'javascript')).findings.length, 0);
  });

  it('JS: merged into an existing directive; above the line when it ends in another comment; never inside a template literal', async () => {
    const merged = await noqa("const cp = require('child_process');\ncp.spawn('du'); // popenlint-disable-line POP103 -- reviewed\n", 'javascript');
    assert.equal(merged.text, "const cp = require('child_process');\ncp.spawn('du'); // popenlint-disable-line POP103, POP102 -- reviewed\n");
    const commented = await noqa("const cp = require('child_process');\nif (x) {\n  cp.spawn('du'); // start it\n}\n", 'javascript');
    assert.equal(commented.text, "const cp = require('child_process');\nif (x) {\n  // popenlint-disable-next-line POP102\n  cp.spawn('du'); // start it\n}\n");
    const mergedAbove = await noqa("const cp = require('child_process');\n// popenlint-disable-next-line POP103\ncp.spawn('du'); // start it\n", 'javascript');
    assert.equal(mergedAbove.text, "const cp = require('child_process');\n// popenlint-disable-next-line POP103, POP102\ncp.spawn('du'); // start it\n");
    // The line starts inside a template: the comment goes at its end.
    const template = "const cp = require('child_process');\nconst s = `a\n${1}`; cp.spawn('du');\n";
    assert.equal((await noqa(template, 'javascript')).text, "const cp = require('child_process');\nconst s = `a\n${1}`; cp.spawn('du'); // popenlint-disable-line POP102\n");
    // Starts and ends inside templates: no place for a comment, nothing written, the reason given.
    const boxed = "const cp = require('child_process');\nconst s = `a\n${1}`; cp.spawn('du'); const t = `b\nc`;\n";
    const out = await noqa(boxed, 'javascript');
    assert.equal(out.text, boxed);
    assert.match(out.plan.skipped[0]!.reason, /template literal/);
    for (const r of [merged, commented, mergedAbove]) assert.equal((await noqa(r.text, 'javascript')).findings.length, 0);
  });
});

describe('--add-noqa verification: code without comments', () => {
  const same = async (file: string, a: string, b: string, language: Language) => (await codeWithoutComments(file, a, language)).code === (await codeWithoutComments(file, b, language)).code;
  it('equal when only comments were added, different when a "comment" landed in a string, a template or JSX text', async () => {
    const py = 'x = """a\nb"""\ny = 1\n';
    assert.ok(await same('a.py', py, 'x = """a\nb"""  # noqa: POP001\ny = 1  # note\n', 'python'));
    assert.ok(!(await same('a.py', py, 'x = """a  # noqa: POP001\nb"""\ny = 1\n', 'python')));
    assert.ok(await same('a.py', 'x = 1\r\ny = 2\r\n', 'x = 1  # noqa: POP001\r\ny = 2\r\n', 'python'));
    const js = 'const s = `a\nb`;\nf();\n';
    assert.ok(await same('a.js', js, 'const s = `a\nb`;\n// popenlint-disable-next-line POP102\nf();\n', 'javascript'));
    assert.ok(!(await same('a.js', js, 'const s = `a\n// popenlint-disable-next-line POP102\nb`;\nf();\n', 'javascript')));
    const jsx = 'const e = (\n  <div>\n    {f()}\n  </div>\n);\n';
    assert.ok(!(await same('a.jsx', jsx, 'const e = (\n  <div>\n    // popenlint-disable-next-line POP102\n    {f()}\n  </div>\n);\n', 'javascript')));
  });
});

describe('--add-noqa on a generated repository', () => {
  it('adds comments, then check is clean, the files compile, a second run changes nothing', { skip: python3.bin ? false : python3.reason }, async () => {
    const latin1 = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\r\nimport os\r\n# caf'), Buffer.from([0xe9]), Buffer.from("\r\nos.popen('make')\r\n")]);
    const { dir } = generateRepo(18, 12, {
      'app/legacy.py': "import os\nos.popen(\"\"\"make\n all\"\"\")\nos.popen('make x')  # noqa: E501\n",
      'web/tpl.js': "const cp = require('child_process');\nfunction f() {\n  cp.spawn('du');\n  return `x\n${cp.exec('make')}`;\n}\n",
    });
    try {
      fs.writeFileSync(path.join(dir, 'app/latin.py'), latin1);
      fs.writeFileSync(path.join(dir, 'scripts/deploy'), "#!/usr/bin/env python3\nimport os\nos.popen('make deploy')\n", { mode: 0o755 });
      const before = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      assert.ok(before.length > 15, String(before.length));

      const r = cli(['check', '.', '--add-noqa'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const files = new Set(before.map((f) => f.path));
      assert.match(r.stderr, new RegExp(`Added ${before.length} suppression comments in ${files.size} files\\.`));

      const after = cli(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(after.code, 0, after.stdout);
      assert.deepEqual(findingsOf(after.stdout), []);
      // Every file still compiles.
      for (const file of files) {
        const abs = path.join(dir, file);
        const isJs = file.endsWith('.js');
        // The Python files through one interpreter (a process per file cost more than the compile).
        const c = isJs ? spawnSync(process.execPath, ['--check', abs], { encoding: 'utf8' }) : null;
        const error = c ? (c.status === 0 ? null : `exit status ${c.status}: ${c.stderr}`) : await compileFileError(python3.bin!, abs);
        assert.equal(error, null, `${file}: ${error}`);
      }
      // Encoding, line ends and mode kept.
      const latinAfter = fs.readFileSync(path.join(dir, 'app/latin.py'));
      assert.deepEqual(latinAfter, Buffer.concat([latin1.subarray(0, latin1.length - 2), Buffer.from('  # noqa: POP001\r\n')]));
      assert.equal(fs.statSync(path.join(dir, 'scripts/deploy')).mode & 0o777, 0o755);
      assert.match(fs.readFileSync(path.join(dir, 'scripts/deploy'), 'utf8'), /os\.popen\('make deploy'\) {2}# noqa: POP001\n$/);
      const legacy = fs.readFileSync(path.join(dir, 'app/legacy.py'), 'utf8');
      assert.equal(legacy, "import os\nos.popen(\"\"\"make\n all\"\"\")  # noqa: POP001\nos.popen('make x')  # noqa: E501, POP001\n");

      // Idempotent: the second run adds nothing and writes nothing.
      const snapshot = new Map([...files].map((f) => [f, fs.readFileSync(path.join(dir, f))]));
      const again = cli(['check', '.', '--add-noqa'], { cwd: dir });
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, /Added 0 suppression comments in 0 files\./);
      for (const [f, bytes] of snapshot) assert.deepEqual(fs.readFileSync(path.join(dir, f)), bytes, f);
      // No temp file left behind.
      const leftovers = spawnSync('find', [dir, '-name', '*.popenlint-*'], { encoding: 'utf8' }).stdout.trim();
      assert.equal(leftovers, '');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused with other suppression flags and with --stdin-filename', () => {
    const r = cli(['check', '.', '--add-noqa', '--suppress-all']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--add-noqa writes comments into files; use it without --suppress-all/);
    const s = cli(['check', '--add-noqa', '--stdin-filename', 'x.py'], { input: "import os\nos.popen('make')\n" });
    assert.equal(s.code, 2);
    assert.match(s.stderr, /cannot be used with --stdin-filename/);
  });
});
