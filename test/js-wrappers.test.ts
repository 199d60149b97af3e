import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';

/**
 * Issue 13, shape 9: a project function that spawns a child and returns it, called from other
 * modules that never read its pipes. The run indexes the wrappers first, then checks their
 * callers (which never name child_process themselves).
 */
const BLOCKS = 'on Node 20 the child blocks for good once about 93–243 KiB are waiting';

function project(files: Record<string, string>): string {
  const dir = tempDir('popenlint-wrappers-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ engines: { node: '>=20' } }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

test('callers of a CommonJS and an ESM wrapper are checked across modules', () => {
  const dir = project({
    'lib/proc.js': [
      "const { spawn } = require('child_process');",
      'function start(cmd, args) {',
      '  const child = spawn(cmd, args);',
      "  child.on('error', (e) => console.error(e));",
      '  return child;',
      '}',
      "function fifo(args) { return spawn('mkfifo', args); }",
      'module.exports = { start, fifo };',
      '',
    ].join('\n'),
    'lib/build.mjs': "import { spawn } from 'node:child_process';\nexport function build(target) {\n  return spawn('make', [target], { stdio: ['ignore', 'pipe', 'inherit'] });\n}\n",
    'app.js': [
      "const { start, fifo } = require('./lib/proc');",
      "const proc = require('./lib/proc.js');",
      "start('find', ['/']).on('exit', (code) => console.log(code));",
      "const ok = start('find', ['/']);",
      'ok.stdout.pipe(process.stdout);',
      'ok.stderr.pipe(process.stderr);',
      "fifo(['/tmp/f']);",
      "  proc.start('node', ['server.js']);",
      "start('mkfifo', ['/tmp/quiet']);",
      '',
    ].join('\n'),
    'src/app2.ts': "import { build } from '../lib/build.mjs';\n\nbuild('all').on('close', () => {});\nexport function again() { return build('x'); }\n",
  });
  try {
    for (const jobs of ['1', '2']) {
      const r = cli(['check', '.', '--format', 'concise', '--jobs', jobs], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const start = (evidence: string) => `start() returns the child spawned at ${path.join('lib', 'proc.js')}:3, and its stdout and stderr are never read here (${evidence}): ${BLOCKS}`;
      assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1), [
        `app.js:3:1: POP102 ${start('`find` names every file it finds, and every directory it cannot read on stderr')}`,
        `app.js:8:3: POP102 ${start('`node` runs a program whose output can grow')}`,
        `${path.join('src', 'app2.ts')}:3:1: POP102 build() returns the child spawned at ${path.join('lib', 'build.mjs')}:3, and its stdout is never read here (\`make\` builds, installs or runs other programs: both streams can grow): ${BLOCKS}`,
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a wrapper that reads its own pipes, or whose callers all read them, gives no finding', () => {
  const dir = project({
    'lib/run.js': "const cp = require('child_process');\nexports.run = function (cmd) {\n  const c = cp.spawn(cmd, [], { stdio: 'inherit' });\n  return c;\n};\nexports.pipe = (cmd) => cp.spawn(cmd, [], { stdio: ['ignore', 'pipe', 'ignore'] });\n",
    'main.js': "const { run, pipe } = require('./lib/run');\nrun('make').on('exit', () => {});\npipe('ls').stdout.pipe(process.stdout);\n",
  });
  try {
    const r = cli(['check', '.', '--format', 'concise'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
