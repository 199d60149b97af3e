import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './helpers.js';
import { type ConfigCache, findConfig } from '../src/config.js';
import { cacheFolderListings } from '../src/folder-listing.js';
import { Settings } from '../src/settings.js';
import { allRules } from '../rules/index.js';
import { DISCARDED, tempTree } from './report-helpers.js';

/** Paths with findings, from --format json. */
function flagged(cwd: string, args: string[] = ['.']): string[] {
  const r = cli(['check', ...args, '--format', 'json'], { cwd });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  return [...new Set((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path))].sort();
}

function withTree(files: Record<string, string>, body: (dir: string) => void): void {
  const dir = tempTree(files);
  try {
    body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('config files', () => {
  it('reads [tool.popenlint], a package.json "popenlint" key and popenlint.toml; the nearest wins', () => {
    withTree({
      'pyproject.toml': '[tool.popenlint]\nignore = ["POP001"]\n',
      'top.py': DISCARDED,
      'a/popenlint.toml': 'select = ["POP001"]\n',
      'a/x.py': DISCARDED,
      'b/package.json': '{"name": "b", "popenlint": {"select": ["POP0"]}}\n',
      'b/y.py': DISCARDED,
      'c/package.json': '{"name": "c"}\n',
      'c/z.py': DISCARDED,
    }, (dir) => {
      // c/package.json has no "popenlint" key, so the pyproject above applies to c/z.py.
      assert.deepEqual(flagged(dir), ['a/x.py', 'b/y.py']);
    });
  });

  it('CLI flags override the config', () => {
    withTree({ 'popenlint.toml': 'ignore = ["POP001"]\n', 'a.py': DISCARDED }, (dir) => {
      assert.deepEqual(flagged(dir), []);
      assert.deepEqual(flagged(dir, ['.', '--select', 'POP001']), ['a.py']);
    });
    withTree({ 'popenlint.toml': 'select = ["POP001"]\n', 'a.py': DISCARDED }, (dir) => {
      assert.deepEqual(flagged(dir, ['.', '--ignore', 'POP001']), []);
    });
  });

  it('--config names a file that replaces discovery', () => {
    withTree({ 'popenlint.toml': 'ignore = ["POP001"]\n', 'strict.toml': 'select = ["POP001"]\n', 'a.py': DISCARDED }, (dir) => {
      assert.deepEqual(flagged(dir, ['.', '--config', 'strict.toml']), ['a.py']);
    });
  });

  it('per-file-ignores maps globs to rule ids', () => {
    withTree({
      'pyproject.toml': '[tool.popenlint.per-file-ignores]\n"tests/*.py" = ["POP001"]\n"legacy.py" = ["POP"]\n',
      'tests/t.py': DISCARDED, 'legacy.py': DISCARDED, 'app.py': DISCARDED,
    }, (dir) => {
      assert.deepEqual(flagged(dir), ['app.py']);
    });
  });

  it('files alike share one settings object, per-file-ignores or not (the engines and needles are cached by it: issue 17)', () => {
    withTree({
      'pyproject.toml': '[project]\nrequires-python = ">=3.8"\n[tool.popenlint.per-file-ignores]\n"tests/*.py" = ["POP001"]\n',
      'tests/t.py': DISCARDED, 'tests/u.py': DISCARDED, 'app.py': DISCARDED, 'lib.py': DISCARDED,
    }, (dir) => {
      const settings = new Settings({}, allRules);
      const [t, u, app, lib] = ['tests/t.py', 'tests/u.py', 'app.py', 'lib.py'].map((f) => settings.forFile(path.join(dir, f)).engine);
      assert.equal(t, u);
      assert.equal(app, lib);
      assert.notEqual(t, app);
      assert.ok(!t!.enabled.has('POP001') && app!.enabled.has('POP001'));
      assert.deepEqual((t!.target as { min: readonly number[] }).min, [3, 8]);
    });
  });

  it('exclude and extend-exclude skip files, except ones named on the command line unless --force-exclude', () => {
    withTree({
      'popenlint.toml': 'exclude = ["build/"]\nextend-exclude = ["gen_*.py"]\n',
      'build/b.py': DISCARDED, 'gen_x.py': DISCARDED, 'app.py': DISCARDED,
    }, (dir) => {
      assert.deepEqual(flagged(dir), ['app.py']);
      assert.deepEqual(flagged(dir, ['gen_x.py', 'build/b.py']), ['build/b.py', 'gen_x.py']);
      assert.deepEqual(flagged(dir, ['gen_x.py', 'build/b.py', 'app.py', '--force-exclude']), ['app.py']);
    });
  });

  it('a nested config\'s exclude applies below its folder', () => {
    withTree({
      'popenlint.toml': 'select = ["POP001"]\n',
      'sub/popenlint.toml': 'exclude = ["vendor/"]\n',
      'sub/vendor/v.py': DISCARDED, 'sub/s.py': DISCARDED,
    }, (dir) => {
      assert.deepEqual(flagged(dir), ['sub/s.py']);
      assert.deepEqual(flagged(dir, ['sub/vendor/v.py', '--force-exclude']), []);
    });
  });

  it('requires-python picks the Python 2 form of a fix; a pyproject with only that keeps the settings above', () => {
    withTree({
      'popenlint.toml': 'select = ["POP001"]\nstrategy = "subprocess"\n',
      'py2/pyproject.toml': '[project]\nname = "old"\nrequires-python = ">=2.7"\n',
      'py2/a.py': DISCARDED,
      'py3/pyproject.toml': '[project]\nname = "new"\nrequires-python = ">=3.8"\n',
      'py3/a.py': DISCARDED,
    }, (dir) => {
      const py2 = cli(['fix', 'py2/a.py', '--unsafe-fixes', '--diff'], { cwd: dir });
      assert.match(py2.stdout, /subprocess\.call\(/, py2.stdout + py2.stderr);
      const py3 = cli(['fix', 'py3/a.py', '--unsafe-fixes', '--diff'], { cwd: dir });
      assert.match(py3.stdout, /subprocess\.run\(/, py3.stdout + py3.stderr);
    });
  });

  describe('a bad key or value exits 2 and names the file and the key', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['unknown key', { 'popenlint.toml': 'selekt = ["POP001"]\n' }, /popenlint\.toml.*'selekt'/],
      ['bad strategy', { 'pyproject.toml': '[tool.popenlint]\nstrategy = "pray"\n' }, /pyproject\.toml.*'strategy'/],
      ['bad target-version', { 'popenlint.toml': 'target-version = "py4"\n' }, /popenlint\.toml.*'target-version'/],
      ['not a list', { 'popenlint.toml': 'ignore = "POP001"\n' }, /popenlint\.toml.*'ignore'/],
      ['unknown rule', { 'popenlint.toml': 'select = ["POP999"]\n' }, /popenlint\.toml.*'select'.*POP999/],
      ['unknown rule in per-file-ignores', { 'popenlint.toml': '[per-file-ignores]\n"*.py" = ["XYZ"]\n' }, /popenlint\.toml.*'per-file-ignores.*XYZ/],
      ['package.json', { 'package.json': '{"popenlint": {"strategy": 3}}\n' }, /package\.json.*'strategy'/],
      ['invalid TOML', { 'popenlint.toml': 'select = [\n' }, /popenlint\.toml: invalid TOML/],
      ['invalid pyproject.toml naming tool.popenlint', { 'pyproject.toml': '[tool.popenlint]\nselect = [\n' }, /pyproject\.toml: invalid TOML/],
      ['nested config', { 'sub/popenlint.toml': 'bogus = 1\n' }, /sub\/popenlint\.toml.*'bogus'/],
    ];
    for (const [name, files, pattern] of cases) {
      it(name, () => {
        withTree({ ...files, 'a.py': DISCARDED, 'sub/b.py': DISCARDED }, (dir) => {
          const r = cli(['check', '.'], { cwd: dir });
          assert.equal(r.code, 2, `${r.stdout}${r.stderr}`);
          assert.match(r.stderr, pattern);
        });
      });
    }
  });
});

describe("a found pyproject.toml that is not valid TOML (a Python project's file)", () => {
  it('without a popenlint section: warned once, ignored, and the files are still checked', () => {
    withTree({ 'pyproject.toml': '[tool.setuptools]\nzip-safe = false\n[tool.setuptools]\n', 'a.py': DISCARDED, 'sub/b.py': DISCARDED }, (dir) => {
      const r = cli(['check', '.'], { cwd: dir });
      assert.equal(r.code, 1, `${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /a\.py:\d+:\d+: POP001/);
      assert.match(r.stdout, /sub\/b\.py:\d+:\d+: POP001/);
      assert.equal(r.stderr.match(/pyproject\.toml: invalid TOML: .*; its settings are ignored/g)?.length, 1, r.stderr);
    });
  });
});

describe('config lookup from folder listings', () => {
  it('finds the configs stat finds, with no stat for a folder that holds none of the names (issue 17)', () => {
    withTree({
      'pyproject.toml': '[tool.popenlint]\nignore = ["POP001"]\n',
      'a/popenlint.toml': 'select = ["POP001"]\n',
      'a/deep/er/x.py': DISCARDED,
      'b/package.json': '{"name": "b", "popenlint": {"select": ["POP0"]}}\n',
      'b/pyproject.toml/keep': 'a folder named like a config is not one\n',
      'c/y.py': DISCARDED,
    }, (dir) => {
      fs.symlinkSync(path.join(dir, 'a', 'popenlint.toml'), path.join(dir, 'c', 'popenlint.toml'));
      const folders = ['a/deep/er', 'a', 'b', 'c', '.'].map((f) => path.join(dir, f));
      const answers = (): (string | null)[] => {
        const cache: ConfigCache = new Map();
        return folders.map((f) => findConfig(f, cache)?.file ?? null);
      };
      const byStat = answers();
      assert.deepEqual(byStat.map((f) => f && path.relative(dir, f)), ['a/popenlint.toml', 'a/popenlint.toml', 'b/package.json', 'c/popenlint.toml', 'pyproject.toml']);
      const asked: string[] = [];
      const existsSync = fs.existsSync;
      fs.existsSync = (p: fs.PathLike) => (asked.push(String(p)), existsSync(p));
      cacheFolderListings(true);
      try {
        assert.deepEqual(answers(), byStat);
      } finally {
        cacheFolderListings(false);
        fs.existsSync = existsSync;
      }
      // Only the link is followed by a stat (where it points decides).
      assert.deepEqual(asked, [path.join(dir, 'c', 'popenlint.toml')]);
    });
  });
});
