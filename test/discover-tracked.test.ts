import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { discover } from '../src/discover.js';
import { tempDir } from './helpers.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function found(dir: string, named = '.'): string[] {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return discover([named], { exclude: [], forceExclude: false }).files.map((f) => f.path.split(path.sep).join('/')).sort();
  } finally {
    process.chdir(cwd);
  }
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

test('discovery: a file git tracks is linted though .gitignore matches it (git ignores untracked files only)', { skip: !hasGit && 'git is not installed' }, () => {
  const dir = tempDir();
  git(dir, 'init', '-q');
  // A dotfiles repository: ignore everything, add what is kept with `git add -f`.
  write(dir, { '.gitignore': '*\n', 'bin/tracked.py': 'x = 1\n', 'bin/scratch.py': 'x = 1\n', 'top.py': 'x = 1\n', 'deep/er/one.js': 'x\n' });
  git(dir, 'add', '-f', 'bin/tracked.py', 'deep/er/one.js');
  assert.deepEqual(found(dir), ['bin/tracked.py', 'deep/er/one.js']);
  // Configured excludes stay the user's word.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const files = discover(['.'], { exclude: [{ base: dir, patterns: ['deep/'] }], forceExclude: false }).files.map((f) => f.path.split(path.sep).join('/'));
    assert.deepEqual(files, ['bin/tracked.py']);
  } finally {
    process.chdir(cwd);
  }
});

test('discovery: a folder .gitignore hides is walked only for what git tracks in it', { skip: !hasGit && 'git is not installed' }, () => {
  const dir = tempDir();
  git(dir, 'init', '-q');
  write(dir, {
    '.gitignore': 'build/\nlocal.py\n', 'build/release.js': 'x\n', 'build/out.js': 'x\n', 'local.py': 'x = 1\n', 'src/app.py': 'x = 1\n',
    'src/build/gen.js': 'x\n', 'src/build/tmp.js': 'x\n',
  });
  git(dir, 'add', '-f', 'build/release.js', 'src/app.py', 'src/build/gen.js');
  assert.deepEqual(found(dir), ['build/release.js', 'src/app.py', 'src/build/gen.js']);
  // Named below the repository's top, the index is still the repository's.
  assert.deepEqual(found(dir, 'src'), ['src/app.py', 'src/build/gen.js']);
});

test('discovery: a `.git` folder git cannot read leaves .gitignore to decide alone', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '.git'));
  write(dir, { '.gitignore': 'ignored.py\n', 'ignored.py': 'x = 1\n', 'kept.py': 'x = 1\n' });
  assert.deepEqual(found(dir), ['kept.py']);
});
