import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readTarget } from '../src/read.js';
import { WriteError, writeAtomic } from '../src/fix/write.js';
import { cli, tempDir } from './helpers.js';

/**
 * A fix never corrupts a file: atomic replace, mode kept, symlinks kept, no write over
 * a file that changed since it was read, no temp file left even when a step fails. Failures are
 * injected by swapping one fs function for the length of a call (write.ts calls through the
 * shared `fs` module object, so the swap reaches it).
 */

const GOOD = "import os\nos.popen('python test.py')\n";
const GOOD_FIXED = "import os\nos.popen('python test.py >/dev/null')\n";

function tempFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.includes('.popenlint-'));
}

/** Runs `body` with fs[name] replaced; always restores it. */
function withFsPatched<K extends 'fsyncSync' | 'renameSync' | 'writeFileSync'>(name: K, replacement: (typeof fs)[K], body: () => void): void {
  const original = fs[name];
  (fs as unknown as Record<string, unknown>)[name] = replacement;
  try {
    body();
  } finally {
    (fs as unknown as Record<string, unknown>)[name] = original;
  }
}

function setup(): { dir: string; file: string; original: Buffer } {
  const dir = tempDir('popenlint-write-');
  const file = path.join(dir, 'a.py');
  fs.writeFileSync(file, GOOD);
  return { dir, file, original: fs.readFileSync(file) };
}

test('writeAtomic replaces the content and keeps the mode, setgid bit included', () => {
  const { dir, file, original } = setup();
  fs.chmodSync(file, 0o2751);
  writeAtomic(file, Buffer.from(GOOD_FIXED), original);
  assert.equal(fs.readFileSync(file, 'utf8'), GOOD_FIXED);
  assert.equal(fs.statSync(file).mode & 0o7777, 0o2751);
  assert.deepEqual(tempFiles(dir), []);
});

test('writeAtomic through a symlink rewrites the target; the link stays a link', () => {
  const { dir, file, original } = setup();
  const link = path.join(dir, 'link.py');
  fs.symlinkSync('a.py', link);
  writeAtomic(link, Buffer.from(GOOD_FIXED), original);
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.equal(fs.readlinkSync(link), 'a.py');
  assert.equal(fs.readFileSync(file, 'utf8'), GOOD_FIXED);
  assert.deepEqual(tempFiles(dir), []);
});

test('a file changed on disk since it was read is not overwritten', () => {
  const { dir, file } = setup();
  const edited = "import os\nos.popen('edited meanwhile')\n";
  fs.writeFileSync(file, edited);
  assert.throws(() => writeAtomic(file, Buffer.from(GOOD_FIXED), Buffer.from(GOOD)), (e) => e instanceof WriteError && /changed on disk/.test(e.message));
  assert.equal(fs.readFileSync(file, 'utf8'), edited);
  assert.deepEqual(tempFiles(dir), []);
});

test('a save by another program while the fix is written wins; the fix is dropped', () => {
  const { dir, file, original } = setup();
  const edited = "import os\nos.popen('saved by an editor')\n";
  const fsync = fs.fsyncSync;
  withFsPatched('fsyncSync', (fd) => {
    fsync(fd);
    fs.writeFileSync(file, edited);
  }, () => {
    assert.throws(() => writeAtomic(file, Buffer.from(GOOD_FIXED), original), (e) => e instanceof WriteError && /changed on disk while/.test(e.message));
  });
  assert.equal(fs.readFileSync(file, 'utf8'), edited);
  assert.deepEqual(tempFiles(dir), []);
});

test('an I/O error mid-write leaves the original intact and no temp file', () => {
  for (const name of ['fsyncSync', 'renameSync', 'writeFileSync'] as const) {
    const { dir, file, original } = setup();
    const eio = () => {
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    };
    withFsPatched(name, eio as never, () => {
      assert.throws(() => writeAtomic(file, Buffer.from(GOOD_FIXED), original), (e) => e instanceof WriteError && e.message === 'cannot write: EIO', name);
    });
    assert.ok(fs.readFileSync(file).equals(original), `${name}: original intact`);
    assert.deepEqual(tempFiles(dir), [], `${name}: no temp file`);
  }
});

test('writeAtomic turns every failure into a WriteError with a one-line reason', () => {
  const dir = tempDir('popenlint-write-');
  fs.symlinkSync('loop.py', path.join(dir, 'loop.py'));
  fs.mkdirSync(path.join(dir, 'folder.py'));
  const cases: [string, RegExp][] = [
    [path.join(dir, 'gone.py'), /^file vanished/],
    [path.join(dir, 'loop.py'), /^cannot write: ELOOP$/],
    [path.join(dir, 'folder.py'), /^not a regular file/],
  ];
  for (const [file, reason] of cases) {
    assert.throws(() => writeAtomic(file, Buffer.from('x'), Buffer.from('')), (e) => e instanceof WriteError && reason.test(e.message), file);
  }
  assert.deepEqual(tempFiles(dir), []);
});

test('readTarget: vanished, folder, FIFO and loop become one-line reasons, never a throw or a block', () => {
  const dir = tempDir('popenlint-read-');
  fs.mkdirSync(path.join(dir, 'folder.py'));
  fs.symlinkSync('loop.py', path.join(dir, 'loop.py'));
  const fifo = path.join(dir, 'fifo.py');
  const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;
  const expect: [string, RegExp][] = [
    ['gone.py', /^file vanished before it could be read$/],
    ['folder.py', /^is a directory; skipped$/],
    ['loop.py', /^cannot read: too many levels of symbolic links$/],
  ];
  for (const [name, reason] of expect) {
    const r = readTarget({ path: name, abs: path.join(dir, name), language: 'python' });
    assert.ok(!Buffer.isBuffer(r) && reason.test(r.error), `${name}: ${JSON.stringify(r)}`);
  }
  if (hasFifo) {
    const r = readTarget({ path: 'fifo.py', abs: fifo, language: 'python' });
    assert.ok(!Buffer.isBuffer(r) && /not a regular file/.test(r.error));
  }
});

test('fix through the CLI keeps mode and symlinks, and leaves no temp file', () => {
  const dir = tempDir('popenlint-write-');
  fs.mkdirSync(path.join(dir, 'real'));
  const target = path.join(dir, 'real', 'script.py');
  fs.writeFileSync(target, GOOD);
  fs.chmodSync(target, 0o755);
  fs.symlinkSync(path.join('real', 'script.py'), path.join(dir, 'link.py'));
  const r = cli(['fix', 'link.py'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(fs.lstatSync(path.join(dir, 'link.py')).isSymbolicLink());
  assert.equal(fs.readFileSync(target, 'utf8'), GOOD_FIXED);
  assert.equal(fs.statSync(target).mode & 0o777, 0o755);
  assert.deepEqual([...tempFiles(dir), ...tempFiles(path.join(dir, 'real'))], []);
});

test('a file reached by its name and through a symlink is linted and fixed once', () => {
  const dir = tempDir('popenlint-write-');
  fs.writeFileSync(path.join(dir, 'a.py'), GOOD);
  fs.symlinkSync('a.py', path.join(dir, 'b.py'));
  const r = cli(['check', '--format', 'json', '.'], { cwd: dir });
  const findings = (JSON.parse(r.stdout) as { findings: { path: string }[] }).findings;
  assert.deepEqual(findings.map((f) => f.path), ['a.py']);
});
