import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from './helpers.js';

/**
 * Start-up: TypeScript loads through a V8 code cache kept in a private folder of the user's
 * temporary directory (src/typescript/load.ts). The cache changes how fast, never what is found,
 * and a folder others could write to is never trusted.
 */

function run(dir: string, tmp: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), 'check', 'task.js', '--format', 'concise'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' } });
}

test('TypeScript code cache: written once in a private folder, same findings with it', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    const first = run(dir, tmp);
    assert.equal(first.status, 1, first.stderr);
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    const files = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
    assert.equal(files.length, 1, 'one cache file');
    assert.equal(fs.statSync(cacheDir).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(cacheDir, files[0]!)).mode & 0o777, 0o600);
    const second = run(dir, tmp);
    assert.equal(second.stdout, first.stdout);
    assert.match(second.stdout, /task\.js:2:1: POP101/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('TypeScript code cache: a folder others can write to is not used', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = tempDir('popenlint-startup-');
  try {
    const tmp = path.join(dir, 'tmp');
    const cacheDir = path.join(tmp, `popenlint-${process.getuid!()}`);
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.chmodSync(cacheDir, 0o777);
    fs.writeFileSync(path.join(dir, 'task.js'), "const { exec } = require('child_process');\nexec('cat build.log');\n");
    const r = run(dir, tmp);
    assert.match(r.stdout, /task\.js:2:1: POP101/);
    assert.deepEqual(fs.readdirSync(cacheDir), [], 'nothing written to, or read from, a world-writable folder');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
