import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { describeTarget, fromPythonVersionFile, fromSetupCfg, fromSetupPy, fromShebang, forgetProjectTargets, fromToxIni, parseRequiresPython, parseTargetVersion, projectTarget, type Target } from '../src/knowledge/targets.js';
import { tempDir } from './helpers.js';
import { cacheFolderListings } from '../src/folder-listing.js';
import { lintTextSync, loadPythonParser } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { DEFAULT_TARGET } from '../src/knowledge/targets.js';

const show = (t: Target | null) => (t ? describeTarget(t) : null);

const requires: [string, string | null][] = [
  ['>=3.8', 'Python 3.8+'],
  ['>=2.7, !=3.0.*, !=3.1.*', 'Python 2.7+'],
  ['>=2.7,<3', 'Python 2.7'],
  ['>=3.6,<3.10', 'Python 3.6–3.9'],
  ['~=3.8', 'Python 3.8+'],
  ['~=3.8.1', 'Python 3.8'],
  ['==3.11.*', 'Python 3.11'],
  ['==2.7.*', 'Python 2.7'],
  ['>3.7', 'Python 3.8+'],
  ['<3.6', 'Python 2.0–3.5'],
  ['<=3.9', 'Python 2.0–3.9'],
  ['>=3.7,<4', 'Python 3.7+'],
  ['!=3.0.*', null],
  ['', null],
];

describe('requires-python', () => {
  for (const [spec, expected] of requires) test(JSON.stringify(spec), () => assert.equal(show(parseRequiresPython(spec)), expected));
});

test('--target-version: py311 means 3.11 and newer, as in ruff', () => {
  assert.equal(show(parseTargetVersion('py311')), 'Python 3.11+');
  assert.equal(show(parseTargetVersion('py27')), 'Python 2.7+');
  assert.equal(show(parseTargetVersion('py3')), 'Python 3.0+');
  assert.equal(parseTargetVersion('3.11'), null);
  assert.equal(parseTargetVersion('py4'), null);
});

test('setup.py: python_requires, else classifiers', () => {
  assert.equal(show(fromSetupPy("setup(name='x', python_requires='>=3.6')")), 'Python 3.6+');
  assert.equal(show(fromSetupPy("classifiers=['Programming Language :: Python :: 2.7', 'Programming Language :: Python :: 3.5']")), 'Python 2.7–3.5');
  assert.equal(fromSetupPy('setup()'), null);
});

test('setup.cfg, tox.ini, .python-version, shebang', () => {
  assert.equal(show(fromSetupCfg('[options]\npython_requires = >=3.9\n')), 'Python 3.9+');
  assert.equal(show(fromToxIni('[tox]\nenvlist = py27, py3{8,9}\n')), 'Python 2.7–3.9');
  assert.equal(show(fromToxIni('[tox]\nenvlist =\n    py36-django\n    py312\n')), 'Python 3.6–3.12');
  assert.equal(show(fromPythonVersionFile('3.11.4\n')), 'Python 3.11');
  assert.equal(show(fromShebang('#!/usr/bin/env python2\nimport os\n')), 'Python 2.7');
  assert.equal(show(fromShebang('#!/usr/bin/python2.7\n')), 'Python 2.7');
  assert.equal(fromShebang('#!/usr/bin/env python\n'), null);
  assert.equal(fromShebang('#!/usr/bin/env python3\n'), null);
});

test('project files are read nearest first, in order: pyproject, setup.py, setup.cfg, tox.ini, .python-version', () => {
  const root = tempDir('popenlint-target-');
  fs.mkdirSync(path.join(root, '.git'));
  fs.writeFileSync(path.join(root, 'setup.py'), "setup(python_requires='>=2.7')\n");
  fs.writeFileSync(path.join(root, 'tox.ini'), '[tox]\nenvlist = py39\n');
  const sub = path.join(root, 'pkg', 'sub');
  fs.mkdirSync(sub, { recursive: true });
  assert.equal(show(projectTarget(sub)), 'Python 2.7+');
  const other = path.join(root, 'other');
  fs.mkdirSync(other);
  fs.writeFileSync(path.join(other, 'pyproject.toml'), '[project]\nname = "x"\nrequires-python = ">=3.12"\n[tool.x]\n');
  fs.writeFileSync(path.join(other, '.python-version'), '3.8\n');
  assert.equal(show(projectTarget(other)), 'Python 3.12+');
  fs.rmSync(root, { recursive: true, force: true });
});

test('project files are found the same from folder listings (a run over a tree) as by stat: a link, a folder named like one, none', () => {
  const root = tempDir('popenlint-target-');
  fs.mkdirSync(path.join(root, '.git'));
  fs.writeFileSync(path.join(root, 'tox.ini'), '[tox]\nenvlist = py39\n');
  const folders = ['linked', 'named/setup.py', 'named', 'plain/deep', 'versioned', '.'].map((f) => path.join(root, f));
  for (const f of folders) fs.mkdirSync(f, { recursive: true });
  fs.writeFileSync(path.join(root, 'real-setup.cfg'), '[options]\npython_requires = >=3.10\n');
  fs.symlinkSync(path.join(root, 'real-setup.cfg'), path.join(root, 'linked', 'setup.cfg'));
  fs.writeFileSync(path.join(root, 'versioned', '.python-version'), '3.8\n');
  const answers = () => {
    forgetProjectTargets();
    return folders.map((f) => show(projectTarget(f)));
  };
  const byStat = answers();
  assert.deepEqual(byStat, ['Python 3.10+', 'Python 3.9', 'Python 3.9', 'Python 3.9', 'Python 3.8', 'Python 3.9']);
  cacheFolderListings(true);
  try {
    assert.deepEqual(answers(), byStat);
  } finally {
    cacheFolderListings(false);
    forgetProjectTargets();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a python2 shebang replaces the default target also when the default is a copy (as a worker thread receives it)', async () => {
  await loadPythonParser();
  const text = '#!/usr/bin/python2.7\nimport subprocess\nsubprocess.Popen(["make"], stdout=subprocess.PIPE)\n';
  const lint = (target: Target) => lintTextSync('job.py', new SourceText(text), 'python', { enabled: new Set(['POP005']), target, evidence: 'likely' as const })
    .findings.map((f) => `${f.rule} ${f.message} ${f.fixes.map((x) => JSON.stringify(x.edits)).join('|')}`);
  const same = lint(DEFAULT_TARGET);
  assert.equal(same.length, 1);
  assert.match(same[0]!, /EPIPE/, 'the shebang made it Python 2.7');
  assert.deepEqual(lint(structuredClone(DEFAULT_TARGET)), same);
});
