import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';
import { lintText } from '../src/engine.js';
import { keepLintTrees, lintTreeCounts, takeParsedModule } from '../src/python/wrappers.js';
import { SourceText } from '../src/source.js';

/** Issue 17: a project module parsed for its wrappers is not parsed again when it is linted. */
function project(): string {
  const dir = tempDir('popenlint-parse-share-');
  fs.mkdirSync(path.join(dir, '.git'));
  // a_main.py sorts first: its wrapper call makes sh.py parse before sh.py is linted.
  fs.writeFileSync(path.join(dir, 'a_main.py'), "import sh\nsh.run('make all')\n");
  fs.writeFileSync(path.join(dir, 'sh.py'), "import os\n\n\ndef run(cmd):\n    return os.popen(cmd)\n\n\nos.popen('python job.py')\n");
  return dir;
}

const findings = (target: string) =>
  JSON.parse(cli(['check', target, '--format', 'json', '--exit-zero', '--jobs', '1']).stdout).findings.map((f: { path: string; line: number; column: number; rule: string; message: string }) => `${path.basename(f.path)}:${f.line}:${f.column} ${f.rule} ${f.message}`);

test('a module linted from the tree its wrapper summary parsed: the same findings as a parse of its own', () => {
  const dir = project();
  const together = findings(dir);
  // Checked alone, sh.py is parsed by its own lint (no importer asked for its wrappers first).
  const alone = [...findings(path.join(dir, 'a_main.py')), ...findings(path.join(dir, 'sh.py'))];
  assert.deepEqual(together, alone);
  assert.deepEqual(together.map((f: string) => f.split(' ').slice(0, 2).join(' ')), ['a_main.py:2:1 POP001', 'sh.py:8:1 POP001']);
});

test('the shared tree is handed out once, and only for the text it was parsed from', async () => {
  const dir = project();
  const main = path.join(dir, 'a_main.py');
  const sh = path.join(dir, 'sh.py');
  await lintText(main, new SourceText(fs.readFileSync(main, 'utf8')), 'python', { enabled: new Set(['POP001']), target: 'py3' });
  const text = fs.readFileSync(sh, 'utf8');
  const tree = takeParsedModule(sh, text);
  assert.ok(tree);
  assert.equal(tree.rootNode.text, text);
  tree.delete();
  assert.equal(takeParsedModule(sh, text), null);
  const other = project();
  await lintText(path.join(other, 'a_main.py'), new SourceText(fs.readFileSync(path.join(other, 'a_main.py'), 'utf8')), 'python', { enabled: new Set(['POP001']), target: 'py3' });
  // The file changed since (an editor's buffer): its own parse.
  assert.equal(takeParsedModule(path.join(other, 'sh.py'), `${text}# edited\n`), null);
});

test('a candidate linted before the candidate that imports it: its tree is kept for that one wrapper summary, and taken once', async () => {
  // b_main.py sorts after sh2.py here: sh2.py is linted first, then b_main.py asks for its wrappers.
  const dir = tempDir('popenlint-parse-keep-');
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, 'b_main.py'), "import sh2\nsh2.run('make all')\n");
  const sh = path.join(dir, 'sh2.py');
  fs.writeFileSync(sh, "import os\n\n\ndef run(cmd):\n    return os.popen(cmd)\n\n\nos.popen('python job.py')\n");
  const main = path.join(dir, 'b_main.py');
  // Two files: the CLI keeps no tree (it does over many files): the findings of a parse of its own.
  const expected = findings(dir);
  const options = { enabled: new Set(['POP001']), target: 'py3' as const };
  keepLintTrees((file) => file === sh);
  try {
    const first = await lintText(sh, new SourceText(fs.readFileSync(sh, 'utf8')), 'python', options);
    assert.equal(lintTreeCounts().kept, 1, 'kept after its lint');
    const parsed = lintTreeCounts().parsed;
    const second = await lintText(main, new SourceText(fs.readFileSync(main, 'utf8')), 'python', options);
    assert.deepEqual(lintTreeCounts(), { kept: 0, parsed }, 'taken by the wrapper summary, not parsed again');
    const got = [...first.findings.map((f) => ['sh2.py', f]), ...second.findings.map((f) => ['b_main.py', f])].map(([file, f]) => {
      const g = f as { range: { start: { line: number; column: number } }; rule: string; message: string };
      return `${file}:${g.range.start.line}:${g.range.start.column} ${g.rule} ${g.message}`;
    });
    assert.deepEqual(got.sort(), [...expected].sort());
    // A module that names no opener is never kept (its summary needs no parse).
    const plain = path.join(dir, 'plain.py');
    fs.writeFileSync(plain, "import subprocess\nsubprocess.call(['make'])\n");
    keepLintTrees(() => true);
    await lintText(plain, new SourceText(fs.readFileSync(plain, 'utf8')), 'python', { enabled: new Set(['POP001', 'POP006']), target: 'py3' });
    assert.equal(lintTreeCounts().kept, 0);
  } finally {
    keepLintTrees(null);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
