import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

/**
 * The package runs the JavaScript committed in dist/src and dist/rules (tsc output; see the
 * README's "How it is built"), so that no way of installing it has to build anything.
 */

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>; dependencies: Record<string, string>; files: string[];
};

test('no lifecycle script: a git install (npm, npx, pre-commit) runs nothing', () => {
  // npm 11 blocks a git dependency's prepare unless the user allows it, and npm/cli#8440 runs it
  // without our dependencies; any of these scripts (build too) makes npm prepare the clone.
  const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'];
  assert.deepEqual(Object.keys(pkg.scripts).filter((s) => lifecycle.includes(s)), []);
});

test('runtime dependencies are what the CLI imports', () => {
  assert.ok(!('tree-sitter' in pkg.dependencies) && !('tree-sitter-python' in pkg.dependencies), 'no native parser');
  for (const dep of Object.keys(pkg.dependencies)) {
    const used = execFileSync('git', ['grep', '-l', '-e', `from '${dep}`, '-e', `import('${dep}`, '--', 'src', 'rules'], { cwd: ROOT, encoding: 'utf8' }).trim();
    assert.ok(used, `${dep} is a dependency but nothing in src/ or rules/ imports it`);
  }
});

test('every committed file in dist/src and dist/rules has its TypeScript source', () => {
  const built = execFileSync('git', ['ls-files', '--', 'dist'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(built.includes('dist/src/cli/main.js'), 'dist/src is committed');
  // x.js, and x.d.ts or source maps should they be emitted one day, all come from x.ts.
  const source = (f: string) => f.replace(/^dist\//, '').replace(/(\.d\.ts|\.js)(\.map)?$/, '.ts');
  const orphans = built.filter((f) => !/^dist\/(src|rules)\//.test(f) || !fs.existsSync(path.join(ROOT, source(f))));
  assert.deepEqual(orphans, [], 'remove these from dist/ (their source is gone)');
});
