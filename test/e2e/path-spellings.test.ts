import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cli, FIXTURES, tempDir } from '../helpers.js';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';

/**
 * The same tree named on the command line in different spellings (`.`, `./`, `..`, relative,
 * absolute, with a trailing slash, through a symlink, from inside or outside it) gets the same
 * findings: what is test code is judged by the path inside the folder named, whatever the working
 * folder and whatever path the module resolver or the file list gives. The printed paths stay
 * the ones the user gave.
 *
 * fixtures/js-projects/test-caller: a JS exec() wrapper whose only caller with a known command is
 * a test helper (test/assets/restore.ts), and a Python wrapper called from tests/ and from the
 * program. The copy is kept under a folder named `tests/`, as a checkout may be.
 *
 * A file named by itself is judged by its place in its own project (the folder of its repository
 * or project file, here the package.json's), as when its project is named: whether it is test
 * code, and which files may call its functions, are the same from its project, from its own
 * folder, from outside (relative or absolute) and through the symlink.
 */
describe('path spellings', () => {
  const dir = tempDir('popenlint-spell-');
  const tree = path.join(dir, 'tests', 'test-caller');
  const link = path.join(dir, 'link');
  fs.mkdirSync(path.dirname(tree));
  fs.cpSync(path.join(FIXTURES, 'js-projects', 'test-caller'), tree, { recursive: true });
  fs.symlinkSync(tree, link, 'dir');
  // [working folder, path named]
  const spellings: [string, string][] = [
    [tree, '.'], [tree, './'], [path.join(tree, 'src'), '..'], [path.join(tree, 'src'), '../'],
    [dir, 'tests/test-caller'], [dir, 'link'], [dir, 'link/'], [link, '.'],
    [tree, tree], [tree, `${tree}/`], [tree, link], [dir, tree], [dir, link], [path.join(tree, 'test'), link], [path.parse(dir).root, `${link}/`],
  ];

  // The JSON report with each path made relative to the tree (and checked to be the one given).
  function report(cwd: string, named: string, level?: string): unknown {
    const r = cli(['check', named, '--format', 'json', ...(level ? ['--evidence', level] : [])], { cwd });
    assert.ok(r.code === 0 || r.code === 1, `${cwd} $ check ${named}: ${r.stderr}`);
    const json = JSON.parse(r.stdout) as { findings: { path: string }[] };
    for (const f of json.findings) {
      assert.ok(f.path.startsWith(path.join(named, '.') === '.' ? '' : path.normalize(named).replace(/\/$/, '')), `${f.path} is printed as given (${named})`);
      f.path = path.relative(fs.realpathSync(tree), fs.realpathSync(path.resolve(cwd, f.path)));
    }
    return json;
  }

  // At `possible` every finding is in the report, with its evidence and message.
  test('every spelling gives the same report', () => {
    const expected = report(tree, '.', 'possible');
    for (const [cwd, named] of spellings) assert.deepEqual(report(cwd, named, 'possible'), expected, `${cwd} $ popenlint check ${named}`);
  });

  test('the test helper does not make the wrapper a finding of its own at the default level', () => {
    const json = report(dir, link) as { findings: { path: string; line: number; rule: string }[] };
    assert.deepEqual(json.findings.map((f) => `${f.path}:${f.line} ${f.rule}`), ['tools/steprun.py:5 POP005']);
    const possible = report(dir, link, 'possible') as { findings: { path: string; line: number; rule: string; message: string }[] };
    assert.deepEqual(possible.findings.map((f) => `${f.path}:${f.line} ${f.rule}`), ['src/common.ts:7 POP104', 'tests/helpers.py:5 POP005', 'tools/steprun.py:5 POP005']);
    assert.match(possible.findings[0]!.message, /command the caller hands in/);
  });

  // Each file named alone, in every spelling [working folder, path named], from `else/`, a folder beside the tree.
  const elsewhere = path.join(dir, 'else');
  fs.mkdirSync(elsewhere);
  const alone = (file: string): [string, string][] => [
    [tree, file], [path.join(tree, path.dirname(file)), path.basename(file)], [path.join(tree, 'src'), `../${file}`],
    [dir, path.join('tests', 'test-caller', file)], [dir, path.join('link', file)],
    [tree, path.join(tree, file)], [elsewhere, path.join(tree, file)], [elsewhere, path.join(link, file)], [path.parse(dir).root, path.join(link, file)],
  ];

  // At `possible` every finding is there with its evidence (`in-test`, hidden at the default level) and message.
  test('a file named alone is judged as in its project, in every spelling', () => {
    const whole = (report(tree, '.', 'possible') as { findings: { path: string }[] }).findings;
    for (const file of ['tests/helpers.py', 'tools/steprun.py', 'src/common.ts']) {
      const expected = whole.filter((f) => f.path === file);
      assert.equal(expected.length, 1, file);
      for (const [cwd, named] of alone(file)) {
        assert.deepEqual((report(cwd, named, 'possible') as { findings: unknown[] }).findings, expected, `${cwd} $ popenlint check ${named} --evidence possible`);
      }
    }
  });

  // The API with a folder named through the symlink and the file by its real path (an editor that
  // resolves links): the file is below the named folder by real paths, so that folder is its
  // repository (not "no repository around the file"). Its callers, listed in the link's spelling,
  // are not yet matched to the real path of the module they import.
  test('a Python file below a folder named through a symlink is in that repository', async () => {
    const file = path.join(tree, 'tools', 'steprun.py');
    const r = await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence: 'possible', namedFolder: link });
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.evidence]), [[5, 'deadlock']]);
    assert.match(r.findings[0]!.message, /no caller in this repository shows the command/);
  });

  test.after?.(() => fs.rmSync(dir, { recursive: true, force: true }));
});
