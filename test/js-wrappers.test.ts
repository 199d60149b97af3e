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
const BLOCKS = 'on Node 20 the child blocks for good once about 20–243 KiB are waiting';

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
      // `node server.js` and `make` merely can grow: `likely` shows them too.
      const r = cli(['check', '.', '--format', 'concise', '--jobs', jobs, '--evidence', 'likely'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const start = (evidence: string) => `start() returns the child spawned at ${path.join('lib', 'proc.js')}:3, and its stdout and stderr are never read here (${evidence}): ${BLOCKS}`;
      assert.deepEqual(r.stdout.trim().split('\n').slice(0, -1), [
        `app.js:3:1: POP102 ${start('`find` names every file it finds, and every directory it cannot read on stderr')}`,
        // Dropped: nothing (here or in start()) waits for its exit either.
        `app.js:8:3: POP102 warning: ${start('`node` runs a program whose output can grow')}, and its exit status is lost`,
        `${path.join('src', 'app2.ts')}:3:1: POP102 warning: build() returns the child spawned at ${path.join('lib', 'build.mjs')}:3, and its stdout is never read here (\`make\` builds, installs or runs other programs: both streams can grow): ${BLOCKS}`,
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

/**
 * The hosts that lint one file at a time (the public API, the LSP server, the ESLint plugin, a
 * CLI run over one file) have no project index: they read the modules the file imports by
 * relative path from disk, so a wrapper's callers are checked there too.
 */
const WRAPPER = "const spawn = require('cross-spawn');\nfunction start(cmd, args) {\n  return spawn(cmd, args);\n}\nmodule.exports = { start };\n";
const CALLER = "const { start } = require('./lib/proc');\nstart('find', ['/']).on('exit', (code) => console.log(code));\nstart('mkfifo', ['/tmp/quiet']);\n";
const CALLER_MESSAGE = `start() returns the child spawned at ${path.join('lib', 'proc.js')}:3, and its stdout and stderr are never read here (\`find\` names every file it finds, and every directory it cannot read on stderr): ${BLOCKS}`;

test('one file at a time: the API (lintText, lintFile), a CLI run over one file and the ESLint plugin read the imported wrapper from disk', async () => {
  const dir = fs.realpathSync(project({ 'lib/proc.js': WRAPPER, 'app.js': CALLER }));
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    const { Linter } = await import('../src/api.js');
    const linter = new Linter({ cwd: dir });
    const app = path.join(dir, 'app.js');
    const viaText = await linter.lintText(CALLER, { path: app });
    assert.deepEqual(viaText.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column, f.message]), [['POP102', 2, 1, CALLER_MESSAGE]]);
    const viaFile = await linter.lintFile(app);
    assert.deepEqual(viaFile.findings.map((f) => f.message), [CALLER_MESSAGE]);
    // A text that is not on disk next to the module: nothing to follow, no finding.
    const elsewhere = await linter.lintText(CALLER, { path: path.join(dir, 'nowhere', 'app.js') });
    assert.deepEqual(elsewhere.findings, []);

    const one = cli(['check', 'app.js', '--format', 'concise'], { cwd: dir });
    assert.equal(one.code, 1, one.stderr);
    assert.equal(one.stdout.split('\n')[0], `app.js:2:1: POP102 ${CALLER_MESSAGE}`);

    const { ESLint } = await import('eslint');
    const plugin = (await import('../src/eslint/index.js')).default;
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ plugins: { popenlint: plugin }, rules: { 'popenlint/spawn-output-never-consumed': 'error' } }] });
    const [result] = await eslint.lintFiles(['app.js']);
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line, m.column, m.message]), [['popenlint/spawn-output-never-consumed', 2, 1, CALLER_MESSAGE]]);
  } finally {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('one file at a time: the LSP server publishes the wrapper\'s caller, and follows the module when it changes on disk', { timeout: 60_000 }, async () => {
  const { LspClient } = await import('./lsp-client.js');
  const { pathToFileURL } = await import('node:url');
  const dir = fs.realpathSync(project({ 'lib/proc.js': WRAPPER, 'app.js': CALLER }));
  const client = new LspClient({ cwd: dir });
  try {
    await client.initialize(dir, undefined, { debounceMs: 50 });
    const uri = pathToFileURL(path.join(dir, 'app.js')).href;
    const published = client.diagnostics(uri, 1);
    await client.open(uri, 'javascript', CALLER);
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]), [['POP102', 1, 0, CALLER_MESSAGE]]);
    // The wrapper now shows its child's output itself: the next lint of the caller reads the new module.
    fs.writeFileSync(path.join(dir, 'lib', 'proc.js'), WRAPPER.replace('spawn(cmd, args)', "spawn(cmd, args, { stdio: 'inherit' })"));
    const next = client.diagnostics(uri, 2);
    await client.change(uri, 2, [{ text: `${CALLER}// edited\n` }]);
    assert.deepEqual((await next).diagnostics, []);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
