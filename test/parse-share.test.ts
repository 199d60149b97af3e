import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';
import { lintText } from '../src/engine.js';
import { takeParsedModule } from '../src/python/wrappers.js';
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
