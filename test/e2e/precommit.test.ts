import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers.js';
import { DISCARDED } from '../report-helpers.js';
import { git, snapshotRepo } from './repo.js';

/**
 * End to end with the real `pre-commit` program, installing our hooks the way users get them:
 * pre-commit clones the hook repository at a rev, runs `npm install` (our `prepare` builds
 * dist/), `npm pack`, and `npm install -g` of the tarball. The hook repository is a
 * snapshot of this work tree (tracked and untracked, not ignored: no node_modules, no dist),
 * so uncommitted work is what gets tested.
 */

// Installing the hook (npm install, the build, npm pack, npm install -g) takes well under a
// minute (test/e2e/install.test.ts times it); the bound leaves room for a loaded machine.
const INSTALL_TIMEOUT = 15 * 60_000;
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const skip = preCommit.error || preCommit.status !== 0 ? 'pre-commit is not on PATH (Debian: apt-get install -y pre-commit)' : false;
if (skip) console.log(`# skipping the pre-commit end-to-end test: ${skip}`);

function run(cwd: string, home: string) {
  const r = spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
    cwd, encoding: 'utf8', timeout: INSTALL_TIMEOUT, env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}${r.error ? `\n${r.error.message}` : ''}` };
}

describe('pre-commit hooks', () => {
  it('install from a git clone, fail naming POP001, fix the file, then pass', { skip, timeout: 2 * INSTALL_TIMEOUT }, () => {
    const base = fs.realpathSync(tempDir('popenlint-precommit-'));
    try {
      const hookRepo = path.join(base, 'hooks');
      const rev = snapshotRepo(hookRepo);
      const user = path.join(base, 'user');
      fs.mkdirSync(user);
      fs.writeFileSync(path.join(user, 'job.py'), DISCARDED);
      // Extensionless, executable, found by its shebang (identify tags it `python`).
      fs.writeFileSync(path.join(user, 'deploy'), `#!/usr/bin/env python3\n${DISCARDED}`, { mode: 0o755 });
      fs.writeFileSync(path.join(user, 'clean.py'), 'print(1)\n');
      fs.writeFileSync(path.join(user, '.pre-commit-config.yaml'), [
        'repos:',
        `  - repo: ${hookRepo}`,
        `    rev: ${rev}`,
        '    hooks:',
        '      - id: popenlint',
        '      - id: popenlint-fix',
        '',
      ].join('\n'));
      git(user, 'init', '-q');
      git(user, 'add', '-A');
      git(user, 'commit', '-qm', 'init');
      const home = path.join(base, 'pre-commit-home');

      const first = run(user, home);
      assert.equal(first.code, 1, first.out);
      assert.match(first.out, /popenlint\.+Failed/, first.out);
      assert.match(first.out, /job\.py:2:1: POP001/, first.out);
      assert.match(first.out, /deploy:3:1: POP001/, first.out);
      assert.match(first.out, /files were modified by this hook/, first.out);
      assert.equal(fs.readFileSync(path.join(user, 'job.py'), 'utf8'), "import os\nos.popen('make all >/dev/null')\n");

      const second = run(user, home);
      assert.equal(second.code, 0, second.out);
      assert.match(second.out, /popenlint\.+Passed/);
      assert.match(second.out, /popenlint \(fix\)\.+Passed/);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
