import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { vendoredReason } from '../src/vendored.js';
import { cli, tempDir } from './helpers.js';

const CODE = "const cp = require('child_process');\ncp.spawn('find', ['/']);\n";

test('vendored: yarn releases and plugins, minified files and bundles, long lines', () => {
  const b = Buffer.from(CODE);
  assert.equal(vendoredReason('.yarn/releases/yarn-4.1.0.cjs', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('/repo/.yarn/plugins/@yarnpkg/plugin-x.cjs', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('dist/app.min.js', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('dist/app-bundle.js', b), 'a vendored or minified bundle');
  assert.equal(vendoredReason('src/yarn.js', b), null);
  assert.equal(vendoredReason('src/minimal.js', b), null);
  const long = Buffer.from(`${CODE}const data = '${'x'.repeat(5001)}';\n`);
  assert.equal(vendoredReason('src/gen.js', long), 'a generated file (a line is longer than 5000 bytes)');
  assert.equal(vendoredReason('src/gen.js', long, { skip: true, lineLength: 0 }), null);
  assert.equal(vendoredReason('src/gen.js', long, { skip: true, lineLength: 10_000 }), null);
  assert.equal(vendoredReason('.yarn/releases/yarn.cjs', b, { skip: false, lineLength: 5000 }), null);
});

test('vendored files are skipped by discovery runs, and linted with skip-vendored = false', () => {
  const dir = tempDir('popenlint-vendored-');
  try {
    fs.mkdirSync(path.join(dir, '.yarn', 'releases'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.yarn', 'releases', 'yarn-4.0.0.cjs'), CODE);
    fs.writeFileSync(path.join(dir, 'app.min.js'), CODE);
    fs.writeFileSync(path.join(dir, 'own.js'), CODE);
    const skipped = cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir });
    assert.equal(skipped.code, 1, skipped.stderr);
    assert.deepEqual(skipped.stdout.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]), ['own.js']);

    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    const all = cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir });
    assert.deepEqual(all.stdout.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]).sort(), ['.yarn/releases/yarn-4.0.0.cjs', 'app.min.js', 'own.js']);

    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'vendored-line-length = -1\n');
    const bad = cli(['check', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'vendored-line-length' must be a whole number of bytes/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('compiled output: JavaScript in the outDir of a tsconfig.json, whose TypeScript source is in the tree, is skipped; one without its source is linted', () => {
  const dir = tempDir('popenlint-compiled-');
  try {
    fs.mkdirSync(path.join(dir, 'src', 'utils'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'built', 'utils'), { recursive: true });
    // JSON with comments, as tsc reads it.
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // where tsc writes\n  "compilerOptions": { "outDir": "built", "sourceMap": true, },\n  "include": ["src/"]\n}\n');
    fs.writeFileSync(path.join(dir, 'src', 'utils', 'run.ts'), CODE);
    fs.writeFileSync(path.join(dir, 'built', 'utils', 'run.js'), CODE);
    fs.writeFileSync(path.join(dir, 'built', 'orphan.js'), CODE);
    assert.equal(vendoredReason(path.join(dir, 'built', 'utils', 'run.js'), Buffer.from(CODE)), 'compiled from ../../src/utils/run.ts, which is linted');
    assert.equal(vendoredReason(path.join(dir, 'built', 'orphan.js'), Buffer.from(CODE)), null);
    assert.equal(vendoredReason(path.join(dir, 'src', 'utils', 'run.ts'), Buffer.from(CODE)), null);
    const files = (out: string) => out.split('\n').filter((l) => l.includes('POP102')).map((l) => l.split(':')[0]).sort();
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir }).stdout), ['built/orphan.js', 'src/utils/run.ts']);
    fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'skip-vendored = false\n');
    assert.deepEqual(files(cli(['check', '.', '--format', 'concise', '--select', 'POP102'], { cwd: dir }).stdout), ['built/orphan.js', 'built/utils/run.js', 'src/utils/run.ts']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
