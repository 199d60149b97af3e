import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid/invalid tables for the JS/TS rules, ESLint RuleTester style: each invalid case gives the
 * 1-based lines its rule must report, each valid case must produce no finding of its rule.
 * `file` picks the parser (.ts, .tsx, .mjs...); the default is case.js.
 */
interface Case {
  code: string;
  file?: string;
  /** Lines that must be reported (invalid cases only). */
  lines?: number[];
}

const CP = "const cp = require('child_process');\n";
const UTIL = "const util = require('util');\n";

async function linesOf(rule: string, c: Case): Promise<number[]> {
  const r = await lintText(c.file ?? 'case.js', new SourceText(c.code), 'javascript', { enabled: new Set([rule]), target: 'py3' });
  assert.deepEqual(r.internalErrors, []);
  return r.findings.filter((f) => f.rule === rule).map((f) => f.range.start.line);
}

function table(rule: string, valid: Record<string, Case>, invalid: Record<string, Case>): void {
  for (const [name, c] of Object.entries(valid)) {
    test(`${rule} valid: ${name}`, async () => {
      assert.deepEqual(await linesOf(rule, c), []);
      assert.equal(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule]), 0);
    });
  }
  for (const [name, c] of Object.entries(invalid)) {
    test(`${rule} invalid: ${name}`, async () => {
      assert.deepEqual(await linesOf(rule, c), c.lines ?? [2]);
      assert.ok(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule]) > 0);
    });
  }
}

table('POP101', {
  'callback (arrow)': { code: `${CP}cp.exec('ls', (err, out) => console.log(out));` },
  'callback (function declaration)': { code: `${CP}function done(e) {}\ncp.exec('ls', done);` },
  'callback after options': { code: `${CP}cp.execFile('git', ['status'], { cwd: '/' }, function (e) {});` },
  'callback of unknown shape (a parameter)': { code: `${CP}function run(cmd, cb) { cp.exec(cmd, cb); }` },
  'listener on the child': { code: `${CP}const c = cp.exec('ls');\nc.on('exit', (code) => console.log(code));` },
  'chained listener': { code: `${CP}cp.exec('ls').on('close', () => {});` },
  'stdout piped': { code: `${CP}cp.exec('ls').stdout.pipe(process.stdout);` },
  returned: { code: `${CP}function f() { return cp.exec('ls'); }` },
  'arrow body': { code: `${CP}const f = () => cp.exec('ls');` },
  stored: { code: `${CP}this.child = cp.exec('ls');` },
  'passed on': { code: `${CP}children.push(cp.exec('ls'));` },
  exported: { code: "import { exec } from 'child_process';\nexport const child = exec('ls');", file: 'case.mjs' },
  'execSync / spawnSync': { code: `${CP}cp.execSync('ls');\ncp.spawnSync('ls');` },
  'RegExp#exec': { code: `${CP}/a+/.exec('aaa');\nconst re = /b/;\nre.exec('b');` },
  'db.exec': { code: `${CP}db.exec('DELETE FROM t');` },
  'shelljs exec': { code: "const shell = require('shelljs');\nshell.exec('ls');\nconst { exec } = require('shelljs');\nexec('ls');" },
  'parameter shadows the import': { code: "const { exec } = require('child_process');\nfunction f(exec) { exec('ls'); }" },
  'block-scoped const shadows the import': { code: "const { exec } = require('child_process');\n{ const exec = (s) => s; exec('ls'); }" },
  'reassigned variable': { code: "let exec = require('child_process').exec;\nexec = mock;\nexec('ls');" },
  'both pipes redirected in the shell': { code: `${CP}cp.exec('make >/dev/null 2>&1 &');` },
  'promisified exec is POP103, not POP101': { code: `${CP}const run = require('util').promisify(cp.exec);\nrun('ls');` },
  'type-only mention': { code: "import type { ChildProcess } from 'child_process';\nlet c: ChildProcess;", file: 'case.ts' },
}, {
  'destructured require': { code: "const { exec } = require('child_process');\nexec('ls');" },
  'destructured require with rename, node: specifier': { code: "const { exec: run } = require('node:child_process');\nrun('ls');" },
  'named import with rename': { code: "import { exec as run } from 'child_process';\nrun('ls');", file: 'case.mjs' },
  'default import': { code: "import cp from 'node:child_process';\ncp.exec('ls');", file: 'case.mjs' },
  'namespace import, execFile': { code: "import * as cp from 'child_process';\ncp.execFile('git', ['status']);", file: 'case.ts' },
  'namespace require with options': { code: `${CP}cp.exec('ls', { cwd: '/' });` },
  'require(...).exec(...)': { code: "// one line\nrequire('child_process').exec('ls');" },
  'member bound to a name': { code: "const exec = require('child_process').exec;\nexec('ls');" },
  'import = require (TypeScript)': { code: "import cp = require('child_process');\ncp.exec('ls');", file: 'case.ts' },
  'await import()': { code: "const { exec } = await import('node:child_process');\nexec('ls');", file: 'case.mjs' },
  'element access': { code: `${CP}cp['exec']('ls');` },
  'kept but unused': { code: `${CP}const child = cp.exec('ls');` },
  'only unref()': { code: `${CP}cp.exec('ls').unref();` },
  'void': { code: `${CP}void cp.exec('ls');` },
  'TypeScript cast': { code: "import { exec, ChildProcess } from 'child_process';\n(exec('ls') as ChildProcess);", file: 'case.ts' },
  'TSX file': { code: "import { exec } from 'child_process';\nexec('ls'); const el = <div>{1}</div>;", file: 'case.tsx' },
  'options object bound to a const': { code: `${CP}const opts = { cwd: '/' };\ncp.exec('ls', opts);`, lines: [3] },
  'inside a function whose parameter has another name': { code: `${CP}function f(cmd) { cp.exec(cmd); }` },
  'stdout redirected but stderr still piped': { code: `${CP}cp.exec('make >/dev/null');` },
});

table('POP102', {
  "stdio 'ignore'": { code: `${CP}cp.spawn('find', ['/'], { stdio: 'ignore' });` },
  "stdio 'inherit'": { code: `${CP}cp.spawn('find', { stdio: 'inherit' });` },
  'stdio array, stdout ignored': { code: `${CP}cp.spawn('find', ['/'], { stdio: ['pipe', 'ignore', 'pipe'] });` },
  'stdio array, stdout inherited or an fd': { code: `${CP}cp.spawn('a', [], { stdio: ['pipe', 'inherit', 'pipe'] });\ncp.spawn('b', [], { stdio: [0, process.stdout, 2] });` },
  'fork with default stdio': { code: `${CP}cp.fork('worker.js');\ncp.fork('worker.js', [], { silent: false });` },
  "on('data')": { code: `${CP}const c = cp.spawn('find', ['/']);\nc.stdout.on('data', (d) => process.stdout.write(d));` },
  'pipe': { code: `${CP}cp.spawn('find', ['/']).stdout.pipe(process.stdout);` },
  'resume': { code: `${CP}const c = cp.spawn('find', ['/']);\nc.stdout.resume();` },
  'setEncoding then on(data)': { code: `${CP}const c = cp.spawn('find');\nc.stdout.setEncoding('utf8').on('data', console.log);` },
  'for await': { code: `${CP}async function f() {\n  const c = cp.spawn('find');\n  for await (const chunk of c.stdout) console.log(chunk);\n}` },
  'readline.createInterface': { code: `${CP}const readline = require('readline');\nconst c = cp.spawn('find');\nreadline.createInterface({ input: c.stdout }).on('line', console.log);` },
  'stream aliased then read': { code: `${CP}const c = cp.spawn('find');\nconst out = c.stdout;\nout.on('data', console.log);` },
  'stdio[1]': { code: `${CP}const c = cp.spawn('find');\nc.stdio[1].on('data', console.log);` },
  'event name not literal': { code: `${CP}const c = cp.spawn('find');\nc.stdout.on(eventName, console.log);` },
  returned: { code: `${CP}function start() { return cp.spawn('server'); }` },
  'resolved from a promise': { code: `${CP}new Promise((resolve) => resolve(cp.spawn('server')));` },
  'stored on this': { code: `${CP}class A { start() { this.proc = cp.spawn('server'); } }` },
  'options unknown (parameter)': { code: `${CP}function run(args, opts) { cp.spawn('x', args, opts); }` },
  'options spread without stdio': { code: `${CP}function run(opts) { cp.spawn('x', [], { ...opts, cwd: '/' }); }` },
  'args unknown, no options': { code: `${CP}function run(what) { cp.spawn('x', what); }` },
  spawnSync: { code: `${CP}cp.spawnSync('find', ['/']);` },
  'parameter shadows spawn': { code: "const { spawn } = require('child_process');\nfunction f(spawn) { spawn('x'); }" },
  'not child_process': { code: "const { spawn } = require('cross-spawn-like');\nspawn('x');" },
}, {
  'dropped, default stdio': { code: `${CP}cp.spawn('find', ['/']);` },
  'destructured rename, node: specifier': { code: "const { spawn: sp } = require('node:child_process');\nsp('find');" },
  'listener on exit only': { code: `${CP}const c = cp.spawn('find', ['/']);\nc.on('close', (code) => console.log(code));` },
  'chained listener': { code: `${CP}cp.spawn('find').on('exit', () => {});` },
  "stdio 'pipe'": { code: `${CP}cp.spawn('find', { stdio: 'pipe' });` },
  'stdio array, stdout piped': { code: `${CP}cp.spawn('find', [], { stdio: ['ignore', 'pipe', 'inherit'] });` },
  'stdio array shorter than 2': { code: `${CP}cp.spawn('find', [], { stdio: ['inherit'] });` },
  'fork silent': { code: `${CP}cp.fork('worker.js', [], { silent: true });` },
  "only stdout.on('end')": { code: `${CP}const c = cp.spawn('find');\nc.stdout.on('end', () => {});` },
  'options const': { code: `${CP}const opts = { cwd: '/' };\ncp.spawn('find', [], opts);`, lines: [3] },
  'assigned later': { code: `${CP}let c;\nc = cp.spawn('find');\nc.on('exit', () => {});`, lines: [3] },
  'args from split()': { code: `${CP}cp.spawn('find', '/ -name x'.split(' '));` },
  'named import, TypeScript': { code: "import { spawn } from 'node:child_process';\nconst c = spawn('find', ['/'] as string[]);\nc.on('exit', () => {});", file: 'case.ts' },
  'spread before stdio': { code: `${CP}function f(o) { cp.spawn('x', [], { ...o, stdio: 'pipe' }); }` },
});

table('POP103', {
  awaited: { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { await run('ls'); }` },
  returned: { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nfunction f() { return run('ls'); }` },
  'catch': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').catch(console.error);` },
  'then with a rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').then(console.log, console.error);` },
  'void (on purpose)': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nvoid run('ls');` },
  'Promise.all': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nPromise.all([run('a'), run('b')]);` },
  'bound then awaited': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { const p = run('ls'); await p; }` },
  'promisify of something else': { code: `${UTIL}const readFile = util.promisify(require('fs').readFile);\nreadFile('x');` },
  'local promisify': { code: `${CP}function promisify(f) { return f; }\nconst run = promisify(cp.exec);\nrun('ls');` },
  'plain exec with callback': { code: `${CP}cp.exec('ls', () => {});` },
}, {
  'util.promisify, dropped in an async function': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { run('ls'); }`, lines: [4] },
  'destructured promisify, execFile': { code: "const { promisify } = require('node:util');\nconst { execFile } = require('child_process');\nconst git = promisify(execFile);\ngit('git', ['push']);", lines: [4] },
  'ES imports': { code: "import { promisify } from 'util';\nimport { exec } from 'child_process';\nconst sh = promisify(exec);\nsh('ls');", file: 'case.mts', lines: [4] },
  'inline require chain': { code: "// one line\nrequire('util').promisify(require('child_process').exec)('ls');" },
  'promisify of a bound exec': { code: `${CP}${UTIL}const run = util.promisify(cp.exec.bind(cp));\nrun('ls');`, lines: [4] },
  'bound, never read': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nconst p = run('ls');`, lines: [4] },
  'then without rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').then(console.log);`, lines: [4] },
  'finally': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').finally(() => {});`, lines: [4] },
});

test('suppressions: next-line and file-level comments', async () => {
  const code = `${CP}// popenlint-disable-next-line POP101\ncp.exec('a');\ncp.exec('b');\n`;
  assert.deepEqual(await linesOf('POP101', { code }), [4]);
  assert.deepEqual(await linesOf('POP101', { code: `// popenlint-disable\n${code}` }), []);
  assert.deepEqual(await linesOf('POP101', { code: `${CP}// popenlint-disable-next-line POP102\ncp.exec('a');\n` }), [3]);
});

test('a syntax error elsewhere does not hide a finding', async () => {
  const code = `${CP}function broken() { const a = 1 +; }\ncp.spawn('find');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.ok(r.syntaxErrors > 0);
  assert.deepEqual(r.findings.map((f) => f.range.start.line), [3]);
});

test('positions are 1-based and count code points', async () => {
  const code = `${CP}const s = '😀'; cp.spawn('find');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.deepEqual(r.findings[0]!.range.start, { line: 2, column: 16 });
});
