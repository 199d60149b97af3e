import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers.js';
import { DISCARDED, tempTree } from '../report-helpers.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });

function flagged(cwd: string, args: string[]): string[] {
  const r = cli(['check', ...args, '--format', 'json'], { cwd });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  return [...new Set((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path))].sort();
}

describe('CLI flags for CI', () => {
  it('--changed-since REF: committed, staged, unstaged and untracked changes only', () => {
    const dir = tempTree({ 'old.py': DISCARDED, 'committed.py': DISCARDED, 'staged.py': DISCARDED, 'edited.py': DISCARDED, 'sub/deep.py': DISCARDED, '.gitignore': 'ignored.py\n' });
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'base');
      git(dir, 'tag', 'base');
      fs.appendFileSync(path.join(dir, 'committed.py'), '# changed\n');
      git(dir, 'commit', '-qam', 'second');
      fs.appendFileSync(path.join(dir, 'staged.py'), '# changed\n');
      git(dir, 'add', 'staged.py');
      fs.appendFileSync(path.join(dir, 'edited.py'), '# changed\n');
      fs.appendFileSync(path.join(dir, 'sub/deep.py'), '# changed\n');
      fs.writeFileSync(path.join(dir, 'new.py'), DISCARDED);
      fs.writeFileSync(path.join(dir, 'ignored.py'), DISCARDED);
      assert.deepEqual(flagged(dir, ['.', '--changed-since', 'base']), ['committed.py', 'edited.py', 'new.py', 'staged.py', 'sub/deep.py']);
      assert.deepEqual(flagged(dir, ['.', '--changed-since', 'HEAD']), ['edited.py', 'new.py', 'staged.py', 'sub/deep.py']);
      // From a subfolder, git's root-relative paths still match.
      assert.deepEqual(flagged(path.join(dir, 'sub'), ['.', '--changed-since', 'HEAD']), ['deep.py']);
      const bad = cli(['check', '.', '--changed-since', 'no-such-ref'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /no-such-ref/);
      const dash = cli(['check', '.', '--changed-since=--output=x'], { cwd: dir });
      assert.equal(dash.code, 2, 'a ref that looks like an option is refused, not run');
      assert.ok(!fs.existsSync(path.join(dir, 'x')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--changed-since outside a git repository exits 2', () => {
    const dir = tempTree({ 'a.py': DISCARDED });
    try {
      const r = cli(['check', '.', '--changed-since', 'HEAD'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /git repository/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--statistics prints counts per rule (text and json)', () => {
    const dir = tempTree({ 'a.py': `${DISCARDED}os.popen('du')\n`, 'b.py': DISCARDED });
    try {
      const text = cli(['check', '.', '--statistics'], { cwd: dir });
      assert.equal(text.code, 1);
      assert.equal(text.stdout, '3\tPOP001\t[*] popen-result-discarded\n');
      const json = cli(['check', '.', '--statistics', '--format', 'json'], { cwd: dir });
      assert.deepEqual(JSON.parse(json.stdout), [{ code: 'POP001', name: 'popen-result-discarded', count: 3, fixable: 3 }]);
      assert.equal(cli(['check', '.', '--statistics', '--exit-zero'], { cwd: dir }).code, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colors: off when piped, FORCE_COLOR turns them on, NO_COLOR and --no-color win', () => {
    const dir = tempTree({ 'a.py': DISCARDED });
    const esc = /\x1b\[/;
    try {
      assert.doesNotMatch(cli(['check', '.'], { cwd: dir, env: { NO_COLOR: '' } }).stdout, esc);
      assert.match(cli(['check', '.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout, esc);
      assert.doesNotMatch(cli(['check', '.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '0' } }).stdout, esc);
      assert.doesNotMatch(cli(['check', '.'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, esc);
      assert.doesNotMatch(cli(['check', '.', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout, esc);
      assert.match(cli(['check', '.', '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, esc);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--stdin-filename, --quiet, --exit-zero, --output-file', () => {
    const dir = tempTree({ 'popenlint.toml': 'ignore = ["POP001"]\n', 'sub/popenlint.toml': 'select = ["POP001"]\n' });
    try {
      // The stdin source is reported as F, with F's config.
      const r = cli(['check', '--stdin-filename', 'sub/x.py', '--format', 'concise'], { cwd: dir, input: DISCARDED });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^sub\/x\.py:2:1: POP001 /);
      assert.equal(cli(['check', '--stdin-filename', 'x.py'], { cwd: dir, input: DISCARDED }).code, 0);
      const quiet = cli(['check', '--stdin-filename', 'sub/x.py', '--quiet', '--format', 'concise'], { cwd: dir, input: DISCARDED });
      assert.doesNotMatch(quiet.stdout, /Found/);
      assert.equal(cli(['check', '--stdin-filename', 'sub/x.py', '--exit-zero'], { cwd: dir, input: DISCARDED }).code, 0);
      const out = cli(['check', '--stdin-filename', 'sub/x.py', '--output-file', 'report.txt'], { cwd: dir, input: DISCARDED });
      assert.equal(out.stdout, '');
      assert.match(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), /POP001/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
