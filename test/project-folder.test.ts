import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from './helpers.js';
import { isProjectTest, projectRoot } from '../src/typescript/project-reads.js';
import { ownProjectFolder, repositoryFolder, PYTHON_PROJECT_FILES } from '../src/project-folder.js';

/**
 * A project's folder is asked for at every caller site a rule weighs (project-reads.ts
 * isProjectTest, projectRoot) and for every file named alone (test-files.ts): each folder is
 * looked at once, whatever the number of files and sites that ask.
 */

// The existence checks made while `run` runs (the folder listings are off outside a CLI run: each is a stat).
function lookups(run: () => void): number {
  const real = fs.existsSync;
  let n = 0;
  fs.existsSync = (p: fs.PathLike) => {
    n++;
    return real(p);
  };
  try {
    run();
  } finally {
    fs.existsSync = real;
  }
  return n;
}

test('the nearest package.json is looked for once per folder', () => {
  const dir = tempDir('popenlint-root-');
  const project = path.join(dir, 'app');
  fs.mkdirSync(path.join(project, 'src', 'deep'), { recursive: true });
  fs.mkdirSync(path.join(project, 'test'));
  fs.writeFileSync(path.join(project, 'package.json'), '{}');
  const file = path.join(project, 'src', 'deep', 'a.js');
  const first = lookups(() => assert.equal(projectRoot(file), project));
  assert.ok(first >= 3, `${first} lookups for the first file`);
  // The same folder, a folder walked past, and every caller site weighed: no lookup again.
  assert.equal(lookups(() => {
    assert.equal(projectRoot(path.join(project, 'src', 'deep', 'b.js')), project);
    assert.equal(projectRoot(path.join(project, 'src', 'c.js')), project);
    for (let i = 0; i < 50; i++) assert.equal(isProjectTest(path.join(project, 'test', `t${i}.js`), file), true);
    assert.equal(isProjectTest(path.join(project, 'src', 'c.js'), file), false);
  }), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a repository folder: the nearest history, else the outermost project file', () => {
  const dir = tempDir('popenlint-root-');
  const outer = path.join(dir, 'outer');
  const inner = path.join(outer, 'tests', 'inner');
  fs.mkdirSync(path.join(inner, 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(outer, 'package.json'), '{}');
  fs.writeFileSync(path.join(inner, 'pyproject.toml'), '');
  // Python's callers: the outermost Python project file; a file named alone: the outermost of either language.
  assert.equal(repositoryFolder(path.join(inner, 'pkg'), PYTHON_PROJECT_FILES), inner);
  assert.equal(ownProjectFolder(path.join(inner, 'pkg')), outer);
  const fresh = tempDir('popenlint-root-');
  fs.mkdirSync(path.join(fresh, '.git'));
  fs.mkdirSync(path.join(fresh, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(fresh, 'a', 'setup.py'), '');
  assert.equal(ownProjectFolder(path.join(fresh, 'a', 'b')), fresh);
  assert.equal(repositoryFolder(path.join(fresh, 'a', 'b'), PYTHON_PROJECT_FILES), fresh);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(fresh, { recursive: true, force: true });
});
