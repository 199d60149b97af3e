import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import type { Finding } from '../src/types.js';
import type { WrapperIndex } from '../src/typescript/wrapper-index.js';
import { buildWrapperIndex } from '../src/typescript/wrappers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS } from './snapshot.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid/invalid tables for the JS/TS rules, ESLint RuleTester style: each invalid case gives
 * every finding of its rule as [line, column, message] (1-based), each valid case must produce
 * no finding of its rule. `file` picks the parser (.ts, .tsx, .mjs...); the default is case.js.
 * Messages are for Node 20 (the target is pinned, whatever Node runs the tests). Each invalid
 * case's ends and every fix's edit are pinned by its entry in test/snapshots/rules/<RULE>.snap,
 * so a fix that no case checks fails the test.
 */
type Expected = [line: number, column: number, message: string];

interface Case {
  code: string;
  file?: string;
  /** Findings that must be reported (invalid cases only). */
  errors?: Expected[];
  /** Other modules of the project (path -> code), indexed for their wrappers as a project run does. */
  modules?: Record<string, string>;
  /** The package's `engines.node` range (default: Node 20 alone). */
  nodeRange?: string;
}

/** The project wrapper index of a case's other modules, as `check` builds it before linting. */
function wrappersOf(c: Case): WrapperIndex | undefined {
  if (!c.modules) return undefined;
  return buildWrapperIndex(Object.entries(c.modules).map(([name, text]) => ({ abs: path.resolve(name), display: name, text })));
}

const CP = "const cp = require('child_process');\n";
const UTIL = "const util = require('util');\n";
/** stdout piped, stderr shown to the user: the stdout-only cases. */
const OUT = "{ stdio: ['ignore', 'pipe', 'inherit'] }";

const BLOCKS = 'on Node 20 the child blocks for good once about 93–243 KiB are waiting';
const GROWS = (program: string) => `\`${program}\` is not known to be quiet: its output can grow`;
const UNKNOWN = 'the command is not known statically';
/** Builds and package managers: both streams can grow (commands.data.ts). */
const BUILDS = (program: string) => `\`${program}\` builds, installs or runs other programs: both streams can grow`;
const FIND = '`find` names every file it finds, and every directory it cannot read on stderr';
/** POP104's evidence: what the SCALING table says of find. */
const WALKS = '`find` prints a line per file it walks';
/** POP104's message for a command the table says grows, under a maxBuffer set below Node's default. */
const SMALL = (fn: string, evidence: string, size: string, fails: string) => `${fn}() keeps the whole output of a command whose output can grow (${evidence}): ${size}, below Node's default (1 MiB on Node 20), and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
/** POP102's message for streams that are never read. */
const NEVER = (streams: string, evidence: string, fn = 'spawn') => `${fn}(): ${streams} ${streams.includes(' and ') ? 'are' : 'is'} never read (${evidence}): ${BLOCKS}`;
const EXEC = (fn: string, evidence: string) => `${fn}() without a callback, its ChildProcess unused (${evidence}): on Node 20 the child is killed once its output passes maxBuffer (1 MiB), or at its next write once this process exits, and nobody learns that it failed`;
const CAUGHT = (fn: string, line: number) => `${fn}() without a callback inside a try: a failed command never reaches the catch at line ${line} (exec reports it only to a callback, after the try has ended), so its exit code and errors are lost`;
const UNWATCHED = (fn: string, evidence: string) => `${fn}() without a callback, and nothing here looks at its exit code or signal (${evidence}): exec still buffers the output, so on Node 20 the child is killed once it passes maxBuffer (1 MiB) even if its streams are read, and nobody learns that it failed`;
const FLOATING = (fn: string) => `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, which crashes the process on Node 20`;

async function findingsOf(rule: string, c: Case): Promise<Finding[]> {
  const wrappers = wrappersOf(c);
  const r = await lintText(c.file ?? 'case.js', new SourceText(c.code), 'javascript', { enabled: new Set([rule]), target: 'py3', evidence: 'possible', nodeMajor: 20, ...(c.nodeRange ? { nodeRange: c.nodeRange } : {}), ...(wrappers ? { wrappers } : {}) });
  assert.deepEqual(r.internalErrors, []);
  return r.findings.filter((f) => f.rule === rule);
}

function expected(findings: Finding[]): Expected[] {
  return findings.map((f) => [f.range.start.line, f.range.start.column, f.message]);
}

function table(rule: string, valid: Record<string, Case>, invalid: Record<string, Case>): void {
  for (const [name, c] of Object.entries(valid)) {
    test(`${rule} valid: ${name}`, async () => {
      assert.deepEqual(await findingsOf(rule, c), []);
      assert.equal(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule], 'py3', wrappersOf(c)), 0);
    });
  }
  const snapshots = new SnapshotFile(path.join(SNAPSHOTS, 'rules', `${rule}.snap`));
  for (const [name, c] of Object.entries(invalid)) {
    test(`${rule} invalid: ${name}`, async () => {
      const findings = await findingsOf(rule, c);
      assert.deepEqual(expected(findings), c.errors);
      snapshots.check(name, renderFindings(c.code, findings));
      // Messages that name a line ("dropped at line 8") move with it: the variants cannot match them.
      if (c.errors?.length && !c.errors.some(([, , m]) => /line \d+/.test(m))) assert.ok(await assertMetamorphic(c.file ?? 'case.js', c.code, 'javascript', [rule], 'py3', wrappersOf(c)) > 0);
    });
  }
  test(`${rule} snapshots: every entry belongs to a case`, () => snapshots.finish());
}

table('POP101', {
  'callback (arrow)': { code: `${CP}cp.exec('ls', (err, out) => console.log(out));` },
  'callback (function declaration)': { code: `${CP}function done(e) {}\ncp.exec('ls', done);` },
  'callback after options': { code: `${CP}cp.execFile('git', ['status'], { cwd: '/' }, function (e) {});` },
  'a launcher chosen by platform in a template': { code: `${CP}const open = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';\ncp.exec(\`\${open} "\${dir}"\`);` },
  'a callback handed in by name': { code: `${CP}function run(cmd, done) { cp.exec(cmd, done); }` },
  "a child the code stops itself: POP104's": { code: `${CP}const p = cp.exec(config.server);\np.on('close', () => next());\nfunction stopServer() { p.kill(); }` },
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
  // Quiet commands: nothing to cut short (fire and forget is not a hazard).
  'quiet: mkfifo': { code: `${CP}cp.exec('mkfifo /tmp/fifo');` },
  'quiet: git rev-parse': { code: `${CP}cp.execFile('git', ['rev-parse', '--show-toplevel']);` },
  'quiet: dot -V': { code: `${CP}cp.execFile('dot', ['-V']);` },
  'quiet: sudo kill': { code: `${CP}cp.exec('sudo kill -9 1234');` },
  'quiet: xdg-open a URL': { code: `${CP}cp.execFile('xdg-open', [url]);` },
  // try/catch: only with a catch that does something, and nothing else learning the outcome.
  'inside a try with an empty catch (the failure is not wanted)': { code: `${CP}try { cp.exec('taskkill /pid 12 /T /F'); } catch (e) {}` },
  'inside a try, the exit code read by a listener': { code: `${CP}try {\n  cp.exec('taskkill /pid 12 /T /F').on('exit', (code) => code && warn(code));\n} catch (e) { warn(e); }` },
  'inside a try, but in a function defined there': { code: `${CP}try { setTimeout(() => { cp.exec('kill 12').on('error', log); }, 10); } catch (e) { warn(e); }` },
  // Used children: the exit code looked at, or a command that cannot reach maxBuffer.
  'streams read, exit code looked at in close': { code: `${CP}function run(cmd, done) {\n  const c = cp.exec(cmd);\n  c.stdout.on('data', show);\n  c.on('close', (code, signal) => done(code, signal));\n}` },
  'streams read, exitCode read': { code: `${CP}function run(cmd) {\n  const c = cp.exec(cmd);\n  c.stdout.pipe(process.stdout);\n  c.on('close', () => report(c.exitCode));\n}` },
  'close handler passed by name': { code: `${CP}function run(cmd, done) {\n  const c = cp.exec(cmd);\n  c.stdout.pipe(process.stdout);\n  c.on('close', done);\n}` },
  'quiet command, close handler ignores the code': { code: `${CP}cp.exec('mkdir -p out').on('close', () => next());` },
  'unlisted program, close handler ignores the code': { code: `${CP}cp.exec('ls').on('close', () => next());` },
  // A line that starts with a choice of written texts: each choice is judged (a launcher; an unlisted player, appended to since).
  'a launcher chosen by platform, in a template': { code: `${CP}const open = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';\ncp.exec(\`\${open} "\${dir}"\`);` },
  // osascript -e prints the value its inline AppleScript ends with: a Terminal tab, nothing.
  'osascript with an inline script that opens a Terminal window': { code: `${CP}cp.exec(\`osascript -e 'tell application "Terminal" to do script "cd \${dir}"' -e 'tell application "Terminal" to activate'\`);` },
  'a player line chosen between written texts, then appended to': { code: `${CP}var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi ';\nif (subs) line += ' --subtitles ' + subs;\nconst p = cp.exec(line + ' ' + url);\np.on('exit', () => process.exit(0));` },
}, {
  'osascript running a shell command inline: its output is the value it prints': { code: `${CP}cp.exec(\`osascript -e 'do shell script "find / -name x"'\`);`, errors: [[2, 1, EXEC('exec', '`osascript -e do shell script "find / -name x"` returns the output of a shell command and prints it')]] },
  'a line chosen between written texts, one of them growing': { code: `${CP}const cmd = deep ? 'du -a ' : 'du -s ';\ncp.exec(cmd + dir);`, errors: [[3, 1, EXEC('exec', '`du` prints a line per directory')]] },
  'a line chosen between written texts, then replaced: not known': { code: `${CP}var line = 'omxplayer ';\nif (hook) line = hook;\ncp.exec(line + url);`, errors: [[4, 1, EXEC('exec', UNKNOWN)]] },
  'a template choosing between a quiet and a growing command': { code: `${CP}cp.exec(\`\${clean ? 'rm -rf out' : 'find out'} -name '*.o'\`);`, errors: [[2, 1, EXEC('exec', FIND)]] },
  'destructured require': { code: "const { exec } = require('child_process');\nexec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'destructured require with rename, node: specifier': { code: "const { exec: run } = require('node:child_process');\nrun('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'named import with rename': { code: "import { exec as run } from 'child_process';\nrun('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'default import': { code: "import cp from 'node:child_process';\ncp.exec('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'namespace import, execFile': { code: "import * as cp from 'child_process';\ncp.execFile('git', ['log']);", file: 'case.ts', errors: [[2, 1, EXEC('execFile', '`git` can print a lot')]] },
  'namespace require with options': { code: `${CP}cp.exec('ls', { cwd: '/' });`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'require(...).exec(...)': { code: "// one line\nrequire('child_process').exec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'member bound to a name': { code: "const exec = require('child_process').exec;\nexec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'import = require (TypeScript)': { code: "import cp = require('child_process');\ncp.exec('ls');", file: 'case.ts', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'await import()': { code: "const { exec } = await import('node:child_process');\nexec('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'element access': { code: `${CP}cp['exec']('ls');`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'kept but unused': { code: `${CP}const child = cp.exec('ls');`, errors: [[2, 15, EXEC('exec', GROWS('ls'))]] },
  'only unref()': { code: `${CP}cp.exec('ls').unref();`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'void': { code: `${CP}void cp.exec('ls');`, errors: [[2, 6, EXEC('exec', GROWS('ls'))]] },
  'TypeScript cast': { code: "import { exec, ChildProcess } from 'child_process';\n(exec('ls') as ChildProcess);", file: 'case.ts', errors: [[2, 2, EXEC('exec', GROWS('ls'))]] },
  'TSX file': { code: "import { exec } from 'child_process';\nexec('ls'); const el = <div>{1}</div>;", file: 'case.tsx', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'options object bound to a const': { code: `${CP}const opts = { cwd: '/' };\ncp.exec('ls', opts);`, errors: [[3, 1, EXEC('exec', GROWS('ls'))]] },
  'command unknown (a parameter)': { code: `${CP}function f(cmd) { cp.exec(cmd); }`, errors: [[2, 19, EXEC('exec', UNKNOWN)]] },
  'stdout redirected but stderr still piped': { code: `${CP}cp.exec('make >/dev/null');`, errors: [[2, 1, EXEC('exec', 'its stdout is redirected, but `make` can still write without bound on stderr')]] },
  'a quiet command next to a growing one': { code: `${CP}cp.exec('mkdir -p out && npm run build');`, errors: [[2, 1, EXEC('exec', BUILDS('npm'))]] },
  // A catch that shows the failure is wanted: reported whatever the command (taskkill is quiet).
  'inside a try whose catch reports': { code: `${CP}function stop(pid) {\n  try {\n    cp.exec('taskkill /pid ' + pid + ' /T /F');\n  } catch (e) {\n    log.error('could not stop it');\n  }\n}`, errors: [[4, 5, CAUGHT('exec', 5)]] },
  'inside a try, an error listener only': { code: `${CP}try { cp.execFile('kill', ['-TERM', pid]).on('error', log); } catch (e) { log(e); }`, errors: [[2, 7, CAUGHT('execFile', 2)]] },
  // Used, but nothing looks at the exit code: exec still kills the child at maxBuffer.
  'streams read, close handler ignores the code (unknown command)': { code: `${CP}function postExec(command, cb) {\n  const c = cp.exec(command);\n  c.stdout.on('data', (d) => process.stdout.write(d));\n  c.on('close', () => cb(null));\n  c.on('error', (e) => console.error(e));\n}`, errors: [[3, 13, UNWATCHED('exec', UNKNOWN)]] },
  'stdout piped, a command known to grow': { code: `${CP}cp.exec('git log').stdout.pipe(process.stdout);`, errors: [[2, 1, UNWATCHED('exec', '`git` can print a lot')]] },
});

/** A factory of wrappers with TS overloads: the async one spawns, stdio set from a parameter when given. */
const RUNNER = [
  "import * as cp from 'child_process';",
  'function makeRunner(sync: false): (file: string, args: string[], stdio?: cp.StdioOptions | null, options?: cp.SpawnOptions) => cp.ChildProcess;',
  'function makeRunner(sync: true): (file: string, args: string[], stdio?: cp.StdioOptions | null, options?: cp.SpawnSyncOptions) => cp.SpawnSyncReturns<Buffer>;',
  'function makeRunner(sync: boolean) {',
  '  return (file: string, args: string[], stdio?: cp.StdioOptions | null, options?: cp.SpawnOptions) => {',
  '    if (stdio) {',
  '      options = options || {};',
  '      options.stdio = stdio;',
  '    }',
  '    if (sync) return cp.spawnSync(file, args, options);',
  '    return cp.spawn(file, args, options);',
  '  };',
  '}',
  'export let run = makeRunner(false);',
  'export let runSync = makeRunner(true);',
  '',
].join('\n');
/** A CommonJS wrapper whose caller passes the stdio value, and one whose caller passes the options. */
const PASSES = {
  'lib/proc.js': `${CP}exports.start = function (cmd, args, stdio) {\n  return cp.spawn(cmd, args, { stdio, cwd: __dirname });\n};\nexports.launch = (cmd, args, opts) => cp.spawn(cmd, args, opts);\n`,
};
/** POP102's message at the caller of a wrapper whose stdio the caller decides. */
const CALLER = (fn: string, at: string, streams: string, evidence: string, when = '', tail = '') => `${fn}() returns the child spawned at ${at}, and ${when ? `when ${when}, ` : ''}its ${streams} ${streams.includes(' and ') ? 'are pipes that are' : 'is a pipe that is'} never read here (${evidence}): ${BLOCKS}${tail}`;
const LOST = ', and its exit status is lost';
/** POP102's message for output collected by 'data' listeners and used at the child's 'exit'. */
const EXIT_RACE = (fn: string, streams: string, dataLines: string, names: string, exitLine: number) => `${fn}(): ${streams} ${streams.includes(' and ') ? 'are' : 'is'} collected by the 'data' listener${dataLines.includes(' and ') ? 's at lines' : ' at line'} ${dataLines} and used (${names}) in the 'exit' listener at line ${exitLine}: Node emits 'exit' without waiting for the streams to end ('close' waits), so on some runs the output used is cut short (a race: seen on macOS, and whenever a process the command started still holds the pipe)`;
const NODE = '`node` runs a program whose output can grow';

/** A library object that keeps its child until stop() and re-exposes its streams (fixtures/js-projects/). */
const VIEWER = (stop = "\nViewer.prototype.stop = function () {\n  this.proc.kill();\n};\n", extra = '') =>
  `const { spawn } = require('child_process');\n\nfunction Viewer(options) {\n  this.proc = spawn(options.command, options.args, { cwd: options.cwd });\n  this.stdout = this.proc.stdout;\n  this.stderr = this.proc.stderr;\n}\n${stop}${extra}\nmodule.exports = Viewer;\n`;
const EXPOSED = (project: string) => `fixtures/js-projects/${project}/lib/viewer.js`;

/** A library's start() that hands a server's child out in the object it returns (audit 10: dynamodb-localhost). */
const HANDED_OUT = (program: string, read = '') => `${CP}module.exports = {\n  start: function (port) {\n    const child = cp.spawn('${program}', ['--port', String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });${read}\n    child.on('error', (e) => { throw e; });\n    return { proc: child, port: port };\n  },\n};\n`;
const SERVER = (name: string) => `fixtures/js-projects/${name}/lib/server.js`;

table('POP102', {
  // const sp = isJson || spawn(...): no child when isJson, and one read whenever it exists (audit 10: 0x).
  'a child made only under a test, read under the same test': { code: `${CP}const isJson = f.endsWith('.json');\nconst sp = isJson || cp.spawn(process.execPath, ['--prof-process', f], { stdio: ['ignore', 'pipe', 'pipe'] });\nif (!isJson) sp.stdout.on('data', (d) => out.push(d));\nif (!isJson) sp.stderr.pipe(process.stderr);` },
  // A server handed out to callers: one of the project reads a child's stdout, or the module reads it, or the program is no server.
  "a server handed out, the project's other module reads a child's stdout": { code: HANDED_OUT('redis-server'), file: SERVER('exposed-read') },
  'a server handed out, its stdout read here': { code: HANDED_OUT('redis-server', "\n    child.stdout.on('data', (d) => log(d));"), file: SERVER('server-unread') },
  'a program the table does not say serves, handed out': { code: HANDED_OUT('mytool'), file: SERVER('server-unread') },
  'cmd.exe without /c or /k runs no command': { code: `${CP}const child = cp.spawn('cmd.exe', [__dirname + '/supervise.js', '1', '2']);\nchild.on('close', () => {});` },
  // Streams re-exposed on the object that keeps the child: read by the project, or by the module.
  "streams re-exposed on the object, read by the project's other module": { code: VIEWER(), file: EXPOSED('exposed-read') },
  'streams re-exposed, read by a method of the module': { code: VIEWER(undefined, "Viewer.prototype.log = function (out) {\n  this.stdout.pipe(out);\n  this.stderr.pipe(out);\n};\n"), file: EXPOSED('exposed-unread') },
  'streams re-exposed, a child this code never stops': { code: VIEWER(''), file: EXPOSED('exposed-unread') },
  // Issue 11: wrappers whose caller decides the stdio, and calls that do not pipe or that read.
  'factory-made wrapper, stdio inherited by the caller': { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { run } from './runner';\nrun('node', ['server.js'], 'inherit').on('exit', done);" },
  "factory-made wrapper, the caller's options ignore the output": { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { run } from './runner';\nrun('npm', ['ci'], null, { stdio: 'ignore' });" },
  'the sync wrapper of the same factory (spawnSync waits and collects)': { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { runSync } from './runner';\nrunSync('npm', ['ci'], null, { cwd: dir });" },
  'factory-made wrapper, stdio from a parameter of the caller (unknown)': { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { run } from './runner';\nexport function serve(stdio: 'pipe' | 'inherit') {\n  run('node', ['server.js'], stdio).on('exit', done);\n}" },
  'factory-made wrapper, both streams read by the caller': { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { run } from './runner';\nconst c = run('node', ['server.js'], 'pipe');\nc.stdout!.pipe(process.stdout);\nc.stderr!.pipe(process.stderr);" },
  'factory-made wrapper, a quiet command': { file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER }, code: "import { run } from './runner';\nrun('mkfifo', ['/tmp/f'], null);" },
  'stdio value from the caller: ignored': { file: 'main.js', modules: PASSES, code: "const { start } = require('./lib/proc');\nstart('make', ['all'], 'ignore');" },
  "options from the caller: stdio 'inherit'": { file: 'main.js', modules: PASSES, code: "const { launch } = require('./lib/proc');\nlaunch('make', ['all'], { stdio: 'inherit' }).on('exit', done);" },
  "a local helper's callers: stdio inherited, or both streams read": { code: `${CP}const run = (cmd, args, stdio) => cp.spawn(cmd, args, { stdio });\nrun('make', ['all'], 'inherit');\nconst c = run('make', ['docs'], 'pipe');\nc.stdout.pipe(process.stdout);\nc.stderr.pipe(process.stderr);` },
  "a local helper's caller passes a stdio it got (unknown)": { code: `${CP}function run(cmd, args, opts) {\n  return cp.spawn(cmd, args, opts);\n}\nfunction build(opts) {\n  run('make', [], opts).on('exit', done);\n}` },
  "a wrapper's stdio parameter with a default: not modelled": { file: 'main.js', modules: { 'lib/w.js': `${CP}exports.w = (cmd, stdio = 'inherit') => cp.spawn(cmd, [], { stdio });\n` }, code: "const { w } = require('./lib/w');\nw('make');" },
  "a wrapper's own stdio before the caller's options: not modelled": { file: 'main.js', modules: { 'lib/w.js': `${CP}exports.w = (cmd, opts) => cp.spawn(cmd, [], { stdio: 'inherit', ...opts });\n` }, code: "const { w } = require('./lib/w');\nw('make');" },
  // A test running the project's own script and waiting for it: the same output on every run.
  "a test that waits for the project's script": { code: `${CP}it('builds', (done) => {\n  cp.spawn('node', ['build.js'], ${OUT}).on('exit', () => done());\n});`, file: 'test/build.test.js' },
  'a test that forks a helper and waits': { code: `${CP}test('cli', async () => {\n  const c = cp.fork(helper, ['-c', '-'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });\n  await once(c, 'close');\n});`, file: 'test/e2e/cli.test.js' },
  // node --eval of an inline program readable here that writes nothing: its stdout stays empty.
  'node --eval of a program that writes nothing': { code: `${CP}const script = ["import path from 'node:path'", \`const root = \${JSON.stringify(dir)}\`, 'if (!path.isAbsolute(root)) throw new Error(root)'].join('\\n');\nconst c = cp.spawn(process.execPath, ['--input-type=module', '--eval', script], { stdio: ['ignore', 'pipe', 'pipe'] });\nc.stderr.on('data', collect);\nc.on('exit', done);` },
  // path.resolve(dir, '..', 'Update.exe'): the program is Update.exe, not node.
  "path.resolve(dirname(execPath), '..', 'Update.exe')": { code: `${CP}const path = require('path');\nfunction run(args, done) {\n  const exe = path.resolve(path.dirname(process.execPath), '..', 'Update.exe');\n  cp.spawn(exe, args, { detached: true }).on('close', done);\n}` },
  // A -version probe prints its banner on stdout: stderr stays empty, whatever the program.
  'a -version probe of a program in a variable': { code: `${CP}const p = cp.spawn(ffmpegPath, ['-version']);\np.stdout.on('data', collect);\np.on('close', done);` },
  // An environment variable or a path setting beside the written program: the same program elsewhere.
  // A name that says which program it locates: gitPath is git, and `git rev-parse` prints a line.
  'a program named by its path variable, quiet': { code: `${CP}const p = cp.spawn(options.gitPath, ['rev-parse', 'HEAD']);\np.on('close', done);` },
  'pandoc from an environment variable, or pandoc: stderr holds warnings': { code: `${CP}const program = process.env.PANDOC || 'pandoc';\nconst p = cp.spawn(program, ['-f', 'markdown', '-t', 'html']);\np.stdout.on('data', collect);\np.on('close', done);` },
  'a local function returns a configured path or the written program': { code: `${CP}function converter() {\n  if (settings.converterPath) return settings.converterPath;\n  return 'pandoc';\n}\nconst p = cp.spawn(converter(), args);\np.stdout.on('data', collect);\np.on('close', done);` },
  "stdio 'ignore'": { code: `${CP}cp.spawn('find', ['/'], { stdio: 'ignore' });` },
  "stdio 'inherit'": { code: `${CP}cp.spawn('find', { stdio: 'inherit' });` },
  'stdio array, stdout and stderr not pipes': { code: `${CP}cp.spawn('find', ['/'], { stdio: ['pipe', 'ignore', 'inherit'] });` },
  'stdio array, an inherited stream or an fd': { code: `${CP}cp.spawn('a', [], { stdio: ['pipe', 'inherit', 'ignore'] });\ncp.spawn('b', [], { stdio: [0, process.stdout, 2] });` },
  'fork with default stdio': { code: `${CP}cp.fork('worker.js');\ncp.fork('worker.js', [], { silent: false });` },
  "on('data')": { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.stdout.on('data', (d) => process.stdout.write(d));` },
  'both streams read': { code: `${CP}const c = cp.spawn('find', ['/']);\nc.stdout.on('data', console.log);\nc.stderr.on('data', console.error);` },
  'pipe': { code: `${CP}cp.spawn('find', ['/'], ${OUT}).stdout.pipe(process.stdout);` },
  'resume': { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.stdout.resume();` },
  'setEncoding then on(data)': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.setEncoding('utf8').on('data', console.log);` },
  'for await': { code: `${CP}async function f() {\n  const c = cp.spawn('find', [], ${OUT});\n  for await (const chunk of c.stdout) console.log(chunk);\n}` },
  'readline.createInterface': { code: `${CP}const readline = require('readline');\nconst c = cp.spawn('find', [], ${OUT});\nreadline.createInterface({ input: c.stdout }).on('line', console.log);` },
  'stream aliased then read': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nconst out = c.stdout;\nout.on('data', console.log);` },
  'stdio[1] and stdio[2]': { code: `${CP}const c = cp.spawn('find');\nc.stdio[1].on('data', console.log);\nc.stdio[2].pipe(process.stderr);` },
  'event name not literal': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.on(eventName, console.log);` },
  'returned to an unknown caller (exported)': { code: `${CP}export function start() { return cp.spawn('server'); }`, file: 'case.mjs' },
  'returned by a helper whose caller reads it': { code: `${CP}function start() { return cp.spawn('server', [], ${OUT}); }\nconst s = start();\ns.stdout.pipe(process.stdout);` },
  'resolved from a promise': { code: `${CP}new Promise((resolve) => resolve(cp.spawn('server')));` },
  'stored on this and bound in one statement, read through the binding': { code: `${CP}class A {\n  start() {\n    const h = this.proc = cp.spawn('server');\n    h.stdout.on('data', () => {});\n    h.stderr.on('data', () => {});\n  }\n}` },
  'stored on this, read in the class': { code: `${CP}class A {\n  start() { this.proc = cp.spawn('server', [], ${OUT}); }\n  log() { this.proc.stdout.pipe(process.stdout); }\n}` },
  'stored in an array, drained in the module': { code: `${CP}const kids = [];\nkids.push(cp.spawn('w', [], ${OUT}));\nfor (const k of kids) k.stdout.on('data', console.log);` },
  'stored in an exported Map': { code: `${CP}export const kids = new Map();\nkids.set(1, cp.spawn('w', [], ${OUT}));`, file: 'case.mjs' },
  // Shape 3, valid: a Set drained by iterating it. Shape 6, valid: a reused let, each child read.
  'stored in a Set, drained by iterating it': { code: `${CP}const kids = new Set();\nkids.add(cp.spawn('w', [], ${OUT}));\nfor (const k of kids) k.stdout.on('data', console.log);` },
  'a let reused: both children are read': { code: `${CP}let c = cp.spawn('make', ['a'], ${OUT});\nc.stdout.pipe(out);\nc = cp.spawn('make', ['b'], ${OUT});\nc.stdout.pipe(out);` },
  'drained in both branches of an if': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nif (verbose) c.stdout.pipe(process.stdout);\nelse c.stdout.resume();` },
  'if that tests the child, named with a $': { code: `${CP}const $c = cp.spawn('find', [], ${OUT});\nif ($c.pid) $c.stdout.on('data', console.log);` },
  'if that tests the stream itself': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nif (c.stdout) c.stdout.on('data', console.log);` },
  'the spawn itself under the if': { code: `${CP}if (verbose) {\n  const c = cp.spawn('find', [], ${OUT});\n  c.stdout.on('data', console.log);\n}` },
  'destructured stream, read': { code: `${CP}const { stdout } = cp.spawn('find', [], ${OUT});\nstdout.on('data', console.log);` },
  "options changed after declaration: opts.stdio = 'ignore'": { code: `${CP}const opts = { cwd: '/' };\nopts.stdio = 'ignore';\ncp.spawn('find', ['/'], opts);` },
  'options changed after declaration: Object.assign': { code: `${CP}const opts = {};\nObject.assign(opts, { stdio: 'inherit' });\ncp.spawn('find', ['/'], opts);` },
  'options handed to a function before the call': { code: `${CP}const opts = {};\nconfigure(opts);\ncp.spawn('find', ['/'], opts);` },
  'options unknown (parameter)': { code: `${CP}function run(args, opts) { cp.spawn('x', args, opts); }` },
  'options spread without stdio': { code: `${CP}function run(opts) { cp.spawn('x', [], { ...opts, cwd: '/' }); }` },
  'args unknown, no options': { code: `${CP}function run(what) { cp.spawn('x', what); }` },
  spawnSync: { code: `${CP}cp.spawnSync('find', ['/']);` },
  'parameter shadows spawn': { code: "const { spawn } = require('child_process');\nfunction f(spawn) { spawn('x'); }" },
  'not child_process': { code: "const { spawn } = require('cross-spawn-like');\nspawn('x');" },
  'cross-spawn with stdio inherited': { code: "const spawn = require('cross-spawn');\nspawn('find', ['/'], { stdio: 'inherit' });" },
  'cross-spawn.sync (spawnSync: waits and collects)': { code: "const spawn = require('cross-spawn');\nspawn.sync('find', ['/']);" },
  // Quiet commands: what they write is drained by Node at exit.
  'quiet: mkfifo': { code: `${CP}cp.spawn('mkfifo', ['/tmp/fifo']);` },
  'quiet: git rev-parse': { code: `${CP}cp.spawn('git', ['rev-parse', 'HEAD']).on('exit', done);` },
  'quiet: dot -V': { code: `${CP}cp.spawn('dot', ['-V']);` },
  'quiet: xdg-open': { code: `${CP}cp.spawn('xdg-open', [url], { detached: true }).unref();` },
  // A terminal emulator named by a static property of a class of this file runs the command in its own window;
  // osascript running a script file prints the value the script ends with on stdout (its stderr read here).
  'a terminal emulator in a static class property': { code: `${CP}class Term {\n  private static PATH = '/usr/bin/gnome-terminal';\n  open(args) {\n    const c = cp.spawn(Term.PATH, ['--title', 'x', '-x', 'bash', '-c', args]);\n    c.on('exit', (code) => done(code));\n  }\n}`, file: 'case.ts' },
  'osascript running a script file, its stderr read': { code: `${CP}const osa = cp.spawn('/usr/bin/osascript', ['./helper.scpt', '-w', dir]);\nosa.stderr.on('data', (d) => { err += d; });\nosa.on('exit', (code) => done(code, err));` },
  // A script of the project, by a literal path from this file: read, and judged as an inline program is.
  'node.exe running a script of the project that writes nothing': { file: 'fixtures/hazards/js/scripts/main.js', code: `${CP}const child = cp.spawn(win ? 'node.exe' : 'node', ['./sleep-forever.js']);\nchild.on('exit', done);` },
  // The same, named from __dirname, with the project modules it requires (one level) read too.
  'process.execPath running a script of the project joined to __dirname': { file: 'fixtures/js-projects/silent-supervisor/index.js', code: `${CP}const path = require('path');\nconst child = cp.spawn(process.execPath, [path.join(__dirname, 'bin', 'supervise.js'), String(process.pid), String(pid)]);\nchild.on('close', done);` },
  'fork(silent) of a script of the project resolved from __dirname': { file: 'fixtures/js-projects/silent-supervisor/index.js', code: `${CP}const path = require('path');\nconst child = cp.fork(path.resolve(__dirname, 'bin/supervise.js'), [String(pid)], { silent: true });\nchild.on('close', done);` },
  'node running __dirname + a script of the project': { file: 'fixtures/js-projects/silent-supervisor/index.js', code: `${CP}const child = cp.spawn('node', [__dirname + '/bin/supervise.js']);\nchild.on('close', done);` },
  'node running a script of the project that writes nothing': { file: 'fixtures/hazards/js/scripts/main.js', code: `${CP}const child = cp.spawn('node', ['./sleep-forever.js', 'x'.repeat(100)]);\nchild.on('exit', done);` },
  // Launchers: the launcher exits at once and Node drains what it leaves unread, so the program it
  // starts writes on freely while this process lives; an exit forced right after kills it.
  'xdg-open in a live parent: Node drains the pipes the launcher leaves': { code: `${CP}cp.spawn('xdg-open', [url]).on('exit', done);` },
  'a background fixture in a test file (started, killed, never waited for)': { code: `${CP}let child;\nbeforeEach(() => { child = cp.spawn('node', ['fixture.js'], ${OUT}); });\nafterEach(() => child.kill());`, file: 'test/attach.test.js' },
  'a terminal emulator named by a static property of a class': { code: `${CP}class Terminal {\n  private static TERM = '/usr/bin/gnome-terminal';\n  open(args: string[]) {\n    const t = cp.spawn(Terminal.TERM, ['--', ...args]);\n    t.on('exit', (code) => this.done(code));\n  }\n}`, file: 'case.ts' },
  'a fixture spawned by test.js at the package root, killed by the test': { code: `${CP}test('finds it', async () => {\n  const child = cp.spawn('node', ['fixtures/sleep.js']);\n  await check(child.pid);\n  child.kill(9);\n  await once(child, 'exit');\n});`, file: 'test.js' },
  "process.exit in a string is not the parent exiting": { code: `${CP}cp.spawn('node', ['fixture.js'], ${OUT});\nawait evaluate('process.exit(0)');`, file: 'test/debug.test.mjs' },
  'gocode close, found with getBinPath()': { code: `${CP}cp.spawn(getBinPath('gocode'), ['close']);` },
  'either of two quiet programs (a conditional)': { code: `${CP}const name = gomod ? 'gocode-gomod' : 'gocode';\nconst bin = getBinPath(name);\ncp.spawn(bin, ['close']);` },
  // Shape 4, valid: waiting for the exit after the drain is fine.
  "drained, then await once(child, 'exit')": { code: `${CP}const { once } = require('events');\nasync function f() {\n  const c = cp.spawn('make', [], ${OUT});\n  c.stdout.pipe(process.stdout);\n  await once(c, 'exit');\n}` },
  // Shape 8, valid: collected while the child runs, used in 'close'.
  "collected on 'data', used in 'close'": { code: `${CP}const c = cp.spawn('make', [], ${OUT});\nlet out = '';\nc.stdout.on('data', (d) => (out += d));\nc.on('close', () => console.log(out));` },
  'ffmpeg: stdout quiet, stderr read': { code: `${CP}const ff = cp.spawn('ffmpeg', ['-i', 'a.mp4', 'b.webm']);\nff.stderr.on('data', log);` },
  // Command knowledge: an unlisted program's stderr carries diagnostics (pandoc's warnings), one
  // package's `go list` a few downloads, Squirrel's shortcut commands log to a file.
  'pandoc: stdout read, stderr has warnings only': { code: `${CP}const p = cp.spawn('pandoc', ['-s', '-f', from, '-t', to]);\np.stdout.on('data', collect);` },
  'go list of one package: stdout read': { code: `${CP}const g = cp.spawn(getBinPath('go'), ['list'], { cwd });\ng.stdout.on('data', collect);` },
  'Squirrel shortcut commands print nothing': { code: `${CP}cp.spawn('Update.exe', ['--createShortcut=' + target], { detached: true }).on('close', done);` },
  'an unlisted program: only its stdout is read': { code: `${CP}const l = cp.spawn('latexml', ['--quiet', file]);\nl.stdout.on('data', collect);` },
  // Output used at 'close', or not output at all: no exit race.
  "output collected by 'data' and used at 'close'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nc.stdout.on('data', (d) => { out += d; });\nc.stderr.on('data', (d) => { out += d; });\nc.on('close', (code) => done(code, out));` },
  "a flag set by 'data', tested at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet seen = false;\nc.stdout.on('data', () => { seen = true; });\nc.stderr.resume();\nc.on('exit', (code) => done(code, seen));` },
  "chunks forwarded as they come, only the code used at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nc.stdout.on('data', (d) => emitter.emit('data', d));\nc.stderr.on('data', (d) => log(d));\nc.on('exit', (code) => done(code));` },
  "'exit' and the streams' 'end' both awaited by one helper": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nlet left = 2;\nfunction finish() { if (--left === 0) done(out); }\nc.stdout.on('data', (d) => { out += d; });\nc.stdout.on('end', finish);\nc.stderr.resume();\nc.on('exit', finish);` },
  // Issue 11: a command taken from the module chosen per platform is the commands written there.
  'clipboard commands of per-platform modules (they print nothing)': { file: 'fixtures/js-projects/platform-modules/index.js', code: `${CP}let config;\nswitch (process.platform) {\n  case 'darwin': config = require('./platform/darwin'); break;\n  case 'win32': config = require('./platform/win32'); break;\n  default: config = require('./platform/linux');\n}\nconst child = cp.spawn(config.copy.command, config.copy.args, { env: process.env });\nchild.on('exit', (code) => done(code));\nchild.stdin.end(text);` },
  "output used in a stream 'end' listener set up at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nc.stdout.on('data', (d) => { out += d; });\nc.stderr.resume();\nc.on('exit', (code) => { c.stdout.on('end', () => done(code, out)); });` },
  "stderr used only in the error of a failed exit": { code: `${CP}const c = cp.spawn('osascript', args);\nlet err = '';\nc.stdout.resume();\nc.stderr.on('data', (d) => { err += d; });\nc.on('exit', (code) => {\n  if (code === 0) resolve();\n  else reject(new Error(err || 'exit ' + code));\n});` },
  "output logged only after an early return on success": { code: `${CP}const c = cp.fork('worker.js', { stdio: 'pipe' });\nconst bufs = [];\nc.stdout.on('data', (b) => bufs.push(b));\nc.stderr.on('data', (b) => bufs.push(b));\nc.on('exit', (code) => {\n  if (code === 0) return resolve();\n  console.error(Buffer.concat(bufs).toString());\n  reject(new Error('failed'));\n});` },
  "a child kept on this: another method's listeners are another child's": { code: `${CP}class Say {\n  speak(text) {\n    this.child = cp.spawn('say', [text]);\n    this.child.stdout.resume();\n    this.child.on('exit', () => { this.child = null; });\n  }\n  voices(cb) {\n    let v = '';\n    this.child = cp.spawn('say', ['-v', '?']);\n    this.child.stderr.resume();\n    this.child.stdout.on('data', (d) => { v += d; });\n    this.child.on('close', () => cb(v));\n  }\n}` },
  "in a test file": { file: 'test/run.test.js', code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nc.stdout.on('data', (d) => { out += d; });\nc.stderr.resume();\nc.on('exit', (code) => done(code, out));` },
}, {
  // Handed out in the object start() returns: nothing in the project reads a child's stdout.
  'a server handed out in the object a library function returns': {
    code: HANDED_OUT('redis-server'),
    file: SERVER('server-unread'),
    errors: [[4, 19, "spawn(): stdout is never read, the child being returned by start() as `proc` to callers outside this module, and no code in this project reads a child's stdout (`redis-server` serves until it is stopped and logs every request or event): unless every caller reads it, on Node 20 the child blocks for good once about 93–243 KiB are waiting"]],
  },
  'DynamoDB Local returned by a library function': {
    code: `${CP}exports.start = function (dir, jar) {\n  return cp.spawn('java', ['-Djava.library.path=' + dir + '/DynamoDBLocal_lib', '-jar', jar], { stdio: ['pipe', 'pipe', process.stderr] });\n};\n`,
    file: SERVER('server-unread'),
    errors: [[3, 10, "spawn(): stdout is never read, the child being returned by start() to callers outside this module, and no code in this project reads a child's stdout (`java -Djava.library.path=…/DynamoDBLocal_lib` runs DynamoDB Local, which serves until it is stopped and logs on stdout): unless every caller reads it, on Node 20 the child blocks for good once about 93–243 KiB are waiting"]],
  },
  'node running a script of the project whose required module logs': { file: 'fixtures/js-projects/silent-supervisor/index.js', code: `${CP}const path = require('path');\nconst child = cp.spawn('node', [path.join(__dirname, 'bin', 'watch.js')]);\nchild.on('close', done);`, errors: [[3, 15, NEVER('stdout and stderr', '`node` runs a program whose output can grow')]] },
  'cmd.exe with /c runs a program': { code: `${CP}const child = cp.spawn('cmd.exe', ['/c', __dirname + '/build.cmd']);\nchild.on('close', () => {});`, errors: [[2, 15, NEVER('stdout and stderr', '`cmd.exe` runs a program whose output can grow')]] },
  // Re-exposed only, nothing in the project reads them, and the child lives until stop().
  'streams only re-exposed on the object that keeps the child until stop()': {
    code: VIEWER(),
    file: EXPOSED('exposed-unread'),
    errors: [[4, 15, `spawn(): stdout and stderr are only re-exposed as \`this.stdout\` and \`this.stderr\`, which nothing in this project reads, for a child that runs until this code stops it (line 10) (${UNKNOWN}): unless every user of the object reads them, ${BLOCKS}`]],
  },
  'a static class property written elsewhere is not its declared value': { code: `${CP}class Term {\n  static PATH = '/usr/bin/gnome-terminal';\n}\nTerm.PATH = process.env.TERMINAL_CMD;\nconst c = cp.spawn(Term.PATH, args);\nc.on('exit', (code) => done(code));`, errors: [[6, 11, 'spawn(): stdout and stderr are never read (the command is not known statically): on Node 20 the child blocks for good once about 93–243 KiB are waiting']] },
  'node running a script of the project that prints': { file: 'fixtures/hazards/js/scripts/main.js', code: `${CP}const child = cp.spawn('node', ['./ticker.js']);\nchild.on('exit', done);`, errors: [[2, 15, 'spawn(): stdout and stderr are never read (`node` runs a program whose output can grow): on Node 20 the child blocks for good once about 93–243 KiB are waiting']] },
  'xdg-open, then an exit forced at once: the program it starts dies at its next write': { code: `${CP}cp.spawn('xdg-open', [url], { detached: true }).unref();\nprocess.exit(0);`, errors: [[2, 1, "spawn(): stderr is never read (`xdg-open` starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs): Node drains it once the launcher exits, but this process exits soon after (line 3), and that program then dies at its next write"]] },
  // Issue 11: a factory-made wrapper (TS overloads) whose stdio the caller decides.
  'factory-made wrapper, a conditional stdio with a pipe branch': {
    file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER },
    code: "import { run } from './runner';\nexport function serve(verbose: boolean) {\n  const mode = verbose ? 'inherit' : 'pipe';\n  const server = run('node', ['server.js'], mode);\n  server.on('exit', (code) => console.log('server exited', code));\n}",
    errors: [[4, 18, CALLER('run', 'lib/runner.ts:11', 'stdout and stderr', NODE, '`verbose` is false')]],
  },
  // A string cannot be changed by the functions it is handed to: the closure still sees the pipe branch.
  'factory-made wrapper, a conditional stdio also handed to other functions, read in a closure': {
    file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER },
    code: "import { run } from './runner';\nexport function serve(quiet: boolean) {\n  let stdio = quiet ? 'pipe' : 'inherit';\n  log(stdio);\n  return ready().then(() => {\n    const server = run('node', ['server.js'], stdio);\n    server.on('exit', (code) => console.log('server exited', code));\n  });\n}",
    errors: [[6, 20, CALLER('run', 'lib/runner.ts:11', 'stdout and stderr', NODE, '`quiet` is true')]],
  },
  // Issue 11 (audit 3): the stdio reaches the wrapper through a parameter of a second function.
  'factory-made wrapper, the stdio handed through a local function': {
    file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER },
    code: "import { run } from './runner';\nexport function start(quiet: boolean) {\n  const stdio = quiet ? 'pipe' : 'inherit';\n  startEmulator(stdio);\n}\nfunction startEmulator(stdio: string) {\n  const child = run('emulator', ['-avd', 'test'], stdio);\n  child.on('error', (e) => console.warn(e));\n}",
    errors: [[7, 17, CALLER('run', 'lib/runner.ts:11', 'stdout and stderr', '`emulator` runs a machine or a program under emulation and logs for as long as it runs', '`quiet` is true')]],
  },
  'factory-made wrapper, null stdio, the child dropped': {
    file: 'lib/main.ts', modules: { 'lib/runner.ts': RUNNER },
    code: "import { run } from './runner';\nexport function install(dir: string) {\n  run('npm', ['install', 'left-pad'], null, { cwd: dir });\n}",
    errors: [[3, 3, CALLER('run', 'lib/runner.ts:11', 'stdout and stderr', BUILDS('npm'), '', LOST)]],
  },
  'an arrow factory choosing spawnSync or spawn, options defaulting to {}': {
    file: 'lib/m.ts',
    modules: { 'lib/u.ts': "import { spawn as sp, spawnSync as sps, SpawnOptions } from 'child_process';\nconst factory = (sync: boolean) => (cmd: string, args: string[], stdio?: string, opts: SpawnOptions = {}) =>\n  sync ? sps(cmd, args, { ...opts, stdio }) : sp(cmd, args, { ...opts, stdio });\nexport const run = factory(false);\nexport const runSync = factory(true);\n" },
    code: "import { run, runSync } from './u';\nrun('npm', ['ci']);\nrunSync('npm', ['ci']);\nrun('npm', ['ci'], 'inherit');",
    errors: [[2, 1, CALLER('run', 'lib/u.ts:3', 'stdout and stderr', BUILDS('npm'), '', LOST)]],
  },
  // Options restated with a spread or Object.assign, stdio set on a branch: only the calls that pipe.
  'options restated with stdio ({ ...opts, stdio }, Object.assign)': {
    file: 'main.js',
    modules: { 'lib/w.js': `${CP}exports.a = function (cmd, args, stdio, opts) {\n  if (stdio) opts = { ...opts, stdio };\n  return cp.spawn(cmd, args, opts);\n};\nexports.b = function (cmd, args, quiet, opts) {\n  if (quiet) opts = Object.assign({}, opts, { stdio: 'pipe' });\n  return cp.spawn(cmd, args, opts);\n};\nexports.c = function (cmd, args, opts) {\n  opts = { ...opts, env: process.env };\n  return cp.spawn(cmd, args, opts);\n};\n` },
    code: "const { a, b, c } = require('./lib/w');\na('make', [], 'inherit');\na('make', [], null, { stdio: 'ignore' });\na('make', []);\nb('make', [], true, { stdio: 'inherit' });\nb('make', [], false, { stdio: 'inherit' });\nc('make', [], { stdio: 'inherit' });\nc('make', []);",
    errors: [
      [4, 1, CALLER('a', 'lib/w.js:4', 'stdout and stderr', BUILDS('make'), '', LOST)],
      [5, 1, CALLER('b', 'lib/w.js:8', 'stdout and stderr', BUILDS('make'), '', LOST)],
      [8, 1, CALLER('c', 'lib/w.js:12', 'stdout and stderr', BUILDS('make'), '', LOST)],
    ],
  },
  'stdio value from the caller: omitted': { file: 'main.js', modules: PASSES, code: "const { start } = require('./lib/proc');\nstart('make', ['all']).on('exit', done);", errors: [[2, 1, CALLER('start', 'lib/proc.js:3', 'stdout and stderr', BUILDS('make'))]] },
  'stdio value from the caller: an array piping stdout': { file: 'main.js', modules: PASSES, code: "const { start } = require('./lib/proc');\nstart('make', ['all'], ['ignore', 'pipe', 'inherit']);", errors: [[2, 1, CALLER('start', 'lib/proc.js:3', 'stdout', BUILDS('make'), '', LOST)]] },
  'options from the caller: none': { file: 'main.js', modules: PASSES, code: "const { launch } = require('./lib/proc');\nconst c = launch('node', ['job.js']);\nc.on('close', done);", errors: [[2, 11, CALLER('launch', 'lib/proc.js:5', 'stdout and stderr', NODE)]] },
  // Issue 11: a helper of the module that takes its stdio from its callers.
  'a local helper with the stdio its callers pass': {
    code: `${CP}function run(cmd, args, stdio) {\n  return cp.spawn(cmd, args, { stdio });\n}\nrun('make', ['all'], null);\nrun('make', ['docs'], 'inherit');\nrun('tar', ['cvf', 'a.tar', '.'], verbose ? 'inherit' : 'pipe').on('exit', done);`,
    errors: [
      [5, 1, CALLER('run', 'line 3', 'stdout and stderr', BUILDS('make'), '', LOST)],
      [7, 1, CALLER('run', 'line 3', 'stdout', '`tar cvf` lists every file', '`verbose` is false')],
    ],
  },
  // Issue 11: wrappers assigned as members of module.exports, an arrow and a method.
  'wrappers in the module.exports object': {
    file: 'main.js', modules: { 'lib/p.js': `${CP}module.exports = {\n  run: (cmd, args) => cp.spawn(cmd, args),\n  start(cmd, args) { return cp.spawn(cmd, args, ${OUT}); },\n};\n` },
    code: "const p = require('./lib/p');\nconst { run } = require('./lib/p');\nrun('make', []).on('exit', done);\np.start('make', []).on('exit', done);",
    errors: [
      [3, 1, `run() returns the child spawned at lib/p.js:3, and its stdout and stderr are never read here (${BUILDS('make')}): ${BLOCKS}`],
      [4, 1, `start() returns the child spawned at lib/p.js:4, and its stdout is never read here (${BUILDS('make')}): ${BLOCKS}`],
    ],
  },
  'dropped, default stdio': { code: `${CP}cp.spawn('find', ['/']);`, errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'a user command or a written program: either can write': { code: `${CP}const program = task.command || 'pandoc';\nconst p = cp.spawn(program, ['-f', 'markdown']);\np.stdout.on('data', collect);\np.on('close', done);`, errors: [[3, 11, NEVER('stderr', UNKNOWN)]] },
  'destructured rename, node: specifier': { code: "const { spawn: sp } = require('node:child_process');\nsp('find');", errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'listener on exit only': { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.on('close', (code) => console.log(code));`, errors: [[2, 11, NEVER('stdout', FIND)]] },
  'chained listener': { code: `${CP}cp.spawn('find', [], ${OUT}).on('exit', () => {});`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  "stdio 'pipe'": { code: `${CP}cp.spawn('find', { stdio: 'pipe' });`, errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'stdio array, stdout piped': { code: `${CP}cp.spawn('find', [], { stdio: ['ignore', 'pipe', 'inherit'] });`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  'stdio array shorter than 2': { code: `${CP}cp.spawn('find', [], { stdio: ['inherit'] });`, errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'fork silent': { code: `${CP}cp.fork('worker.js', [], { silent: true });`, errors: [[2, 1, NEVER('stdout and stderr', '`node` runs a program whose output can grow', 'fork')]] },
  "only stdout.on('end')": { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.on('end', () => {});`, errors: [[2, 11, NEVER('stdout', FIND)]] },
  'options const': { code: `${CP}const opts = { cwd: '/' };\ncp.spawn('find', [], opts);`, errors: [[3, 1, NEVER('stdout and stderr', FIND)]] },
  'options const, another key changed later': { code: `${CP}const opts = { stdio: ['ignore', 'pipe', 'inherit'] };\nopts.cwd = '/';\ncp.spawn('find', [], opts);`, errors: [[4, 1, NEVER('stdout', FIND)]] },
  'assigned later': { code: `${CP}let c;\nc = cp.spawn('find', [], ${OUT});\nc.on('exit', () => {});`, errors: [[3, 5, NEVER('stdout', FIND)]] },
  'args from split()': { code: `${CP}cp.spawn('find', '/ -name x'.split(' '), ${OUT});`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  'named import, TypeScript': { code: "import { spawn } from 'node:child_process';\nconst c = spawn('find', ['/'] as string[], { stdio: ['ignore', 'pipe', 'inherit'] });\nc.on('exit', () => {});", file: 'case.ts', errors: [[2, 11, NEVER('stdout', FIND)]] },
  'spread before stdio': { code: `${CP}function f(o) { cp.spawn('x', [], { ...o, stdio: 'pipe' }); }`, errors: [[2, 17, NEVER('stdout', GROWS('x'))]] },
  // Shape 1: stderr piped and never read while stdout is read.
  'stderr never read while stdout is': { code: `${CP}const ff = cp.spawn('ffmpeg', ['-i', 'in.mp4', '-f', 'mp4', '-']);\nff.stdout.pipe(out);`, errors: [[2, 12, NEVER('stderr', '`ffmpeg -f mp4 -` writes its media to stdout and logs its progress on stderr')]] },
  'ffmpeg writing a file: stderr': { code: `${CP}const ff = cp.spawn('ffmpeg', ['-i', 'in.mp4', 'out.webm']);\nff.on('close', done);`, errors: [[2, 12, NEVER('stderr', '`ffmpeg` logs its progress on stderr')]] },
  // Shape 2: a child returned by a local helper and dropped (the Electron/Squirrel snippet).
  'returned by a helper, dropped by the caller': {
    code: `${CP}const run = function (command, args) {\n  let child;\n  try { child = cp.spawn(command, args, { detached: true }); } catch (e) {}\n  return child;\n};\nconst update = (args) => run(updateExe, args);\nupdate(['--createShortcut', 'app.exe']);\nsetTimeout(() => app.quit(), 1000);`,
    // The helper's command is its parameter: the caller that passes it is named.
    errors: [[4, 17, `spawn(): stdout and stderr are never read, the child being returned by run() through update() and dropped at line 8 (the caller at case.js:7 passes a command not known statically): ${BLOCKS}; this process exits soon after (line 9), and the child dies at its next write`]],
  },
  'returned by a helper, only waited for by the caller': {
    code: `${CP}function build() { return cp.spawn('make', [], ${OUT}); }\nbuild().on('exit', done);`,
    errors: [[2, 27, `spawn(): stdout is never read, the child being returned by build() and only waited for at line 3 (${BUILDS('make')}): ${BLOCKS}`]],
  },
  // Shape 3: stored on this / in an object / in a container, drained nowhere in the module.
  'stored on this and bound in one statement, neither read': { code: `${CP}class Server {\n  start() { const h = this.proc = cp.spawn('node', ['server.js']); h.unref(); }\n  stop() { this.proc.kill(); }\n}`, errors: [[3, 35, `${NEVER('stdout and stderr', '`node` runs a program whose output can grow')}; once this process exits, its next write kills it`]] },
  'stored on this, only killed': { code: `${CP}class Server {\n  start() { this.proc = cp.spawn('node', ['server.js']); }\n  stop() { this.proc.kill(); }\n}`, errors: [[3, 25, NEVER('stdout and stderr', '`node` runs a program whose output can grow')]] },
  'stored in an object': { code: `${CP}const state = { child: cp.spawn('make', [], ${OUT}) };\nstate.child.on('exit', done);`, errors: [[2, 24, NEVER('stdout', BUILDS('make'))]] },
  'stored in an array, drained nowhere': { code: `${CP}const kids = [];\nkids.push(cp.spawn('w', [], ${OUT}));\nfor (const k of kids) k.kill();`, errors: [[3, 11, NEVER('stdout', GROWS('w'))]] },
  'stored in a Map, drained nowhere': { code: `${CP}const kids = new Map();\nkids.set('a', cp.spawn('w', [], ${OUT}));`, errors: [[3, 15, NEVER('stdout', GROWS('w'))]] },
  'stored in a Set, drained nowhere': { code: `${CP}const kids = new Set();\nkids.add(cp.spawn('w', [], ${OUT}));\nfor (const k of kids) k.kill();`, errors: [[3, 10, NEVER('stdout', GROWS('w'))]] },
  // Shape 4: waiting is not an escape.
  "await once(child, 'exit')": { code: `${CP}const { once } = require('events');\nasync function f() {\n  const c = cp.spawn('make', [], ${OUT});\n  await once(c, 'exit');\n}`, errors: [[4, 13, NEVER('stdout', BUILDS('make'))]] },
  "new Promise(r => child.on('close', r))": { code: `${CP}async function f() {\n  const c = cp.spawn('make', [], ${OUT});\n  await new Promise((r) => c.on('close', r));\n}`, errors: [[3, 13, NEVER('stdout', BUILDS('make'))]] },
  // Shape 5: destructuring.
  'destructured, stdout unused': { code: `${CP}const { stdout, pid } = cp.spawn('make', [], ${OUT});\nconsole.log(pid);`, errors: [[2, 25, NEVER('stdout', BUILDS('make'))]] },
  // Shape 6: bindings, not names.
  'a let reused: the first child is never read': { code: `${CP}let c = cp.spawn('make', ['a'], ${OUT});\nc.on('exit', done);\nc = cp.spawn('make', ['b'], ${OUT});\nc.stdout.pipe(out);`, errors: [[2, 9, NEVER('stdout', BUILDS('make'))]] },
  'drain inside an if covers that path only': { code: `${CP}const c = cp.spawn('make', [], ${OUT});\nif (verbose) c.stdout.pipe(process.stdout);`, errors: [[2, 11, `spawn(): stdout is read only when \`verbose\` (${BUILDS('make')}): otherwise ${BLOCKS}`]] },
  // Shape 7: options whose stdio changed after declaration count as unknown (no finding): the
  // value written is not read, so this 'pipe' is a known miss, pinned here.
  "options changed after declaration: opts.stdio = 'pipe'": { code: `${CP}const opts = { stdio: 'ignore' };\nopts.stdio = 'pipe';\ncp.spawn('find', ['/'], opts);`, errors: [] },
  // Shape 8: output read only after exit.
  "read in the 'exit' listener": { code: `${CP}const c = cp.spawn('make', [], ${OUT});\nc.on('exit', () => { out = c.stdout.read(); });`, errors: [[2, 11, `spawn(): stdout is read only after the child exits (${BUILDS('make')}): Node throws away what is waiting at exit, and ${BLOCKS}`]] },
  "collected in the 'close' listener": { code: `${CP}const c = cp.spawn('make', [], ${OUT});\nc.on('close', () => c.stdout.on('data', collect));`, errors: [[2, 11, `spawn(): stdout is read only after the child exits (${BUILDS('make')}): Node throws away what is waiting at exit, and ${BLOCKS}`]] },
  "read after await once(child, 'close')": { code: `${CP}const { once } = require('events');\nasync function f() {\n  const c = cp.spawn('make', [], ${OUT});\n  await once(c, 'close');\n  return c.stdout.read();\n}`, errors: [[4, 13, `spawn(): stdout is read only after the child exits (${BUILDS('make')}): Node throws away what is waiting at exit, and ${BLOCKS}`]] },
  'a test that waits for an unknown command': { code: `${CP}it('builds', (done) => {\n  cp.spawn(tool, ['build'], ${OUT}).on('exit', () => done());\n});`, file: 'test/build.test.js', errors: [[3, 3, NEVER('stdout', UNKNOWN)]] },
  // node --eval of a program that prints, or that loads a package: what it prints is unknown.
  'node --eval of a program that prints': { code: `${CP}const c = cp.spawn(process.execPath, ['--eval', 'console.log(process.versions)'], ${OUT});\nc.on('exit', done);`, errors: [[2, 11, NEVER('stdout', '`node` runs a program whose output can grow')]] },
  'node --eval of a program that loads a package': { code: `${CP}const c = cp.spawn('node', ['--eval', "import pad from 'left-pad'; pad('a', 3)"], ${OUT});\nc.on('exit', done);`, errors: [[2, 11, NEVER('stdout', '`node` runs a program whose output can grow')]] },
  'node --eval of a program with code interpolated': { code: `${CP}const c = cp.spawn('node', ['--eval', \`run(\${body})\`], ${OUT});\nc.on('exit', done);`, errors: [[2, 11, NEVER('stdout', '`node` runs a program whose output can grow')]] },
  // path.join/resolve: the program is the last segment.
  "path.join(root, 'bin', 'find')": { code: `${CP}const path = require('path');\nconst c = cp.spawn(path.join(root, 'bin', 'find'), ['/'], ${OUT});\nc.on('exit', done);`, errors: [[3, 11, NEVER('stdout', FIND)]] },
  'a fire-and-forget child in a test, the process exiting right after': { code: `${CP}cp.spawn('node', ['setup.js'], ${OUT});\nprocess.exit(0);`, file: 'test/setup.js', errors: [[2, 1, `${NEVER('stdout', '`node` runs a program whose output can grow')}; this process exits soon after (line 3), and the child dies at its next write`]] },
  'a background child in a test, known to grow': { code: `${CP}let child;\nbefore(() => { child = cp.spawn('tail', ['-f', 'app.log'], ${OUT}); });\nafter(() => child.kill());`, file: 'test/log.test.js', errors: [[3, 24, NEVER('stdout', '`tail -f` follows the file without end')]] },
  'the program found by name: getBinPath(\'go\')': { code: `${CP}const go = cp.spawn(getBinPath('go'), ['list', './...']);\ngo.stdout.on('data', collect);`, errors: [[2, 12, NEVER('stderr', '`go list ./...` lists every package of the tree, and reports downloads and errors for each on stderr')]] },
  // Command knowledge: `git fetch` names every fetched ref on stderr.
  'git fetch: stdout read, stderr never': { code: `${CP}const f = cp.spawn('git', ['fetch', '--all']);\nf.stdout.on('data', collect);`, errors: [[2, 11, NEVER('stderr', '`git fetch` names every fetched ref on stderr')]] },
  'either of two programs, one of them loud': { code: `${CP}cp.spawn(verbose ? 'tar' : 'true', ['cvf', 'x.tar', '.']);`, errors: [[2, 1, NEVER('stdout', '`tar cvf` lists every file')]] },
  'stdout read under an if, stderr never': { code: `${CP}const c = cp.spawn('make');\nif (verbose) c.stdout.pipe(process.stdout);`, errors: [[2, 11, `spawn(): stdout is read only when \`verbose\` and stderr is never read (${BUILDS('make')}): ${BLOCKS}`]] },
  // cross-spawn is child_process.spawn under another name (same ChildProcess, same pipes).
  'cross-spawn, required': { code: "const spawn = require('cross-spawn');\nconst c = spawn('find', ['/']);\nc.on('close', done);", errors: [[2, 11, NEVER('stdout and stderr', FIND)]] },
  'cross-spawn, default import': { code: "import spawn from 'cross-spawn';\nspawn('find', ['/'], { stdio: ['ignore', 'pipe', 'inherit'] });", file: 'case.mjs', errors: [[2, 1, NEVER('stdout', FIND)]] },
  'cross-spawn, named import': { code: "import { spawn } from 'cross-spawn';\nspawn('make', [], { stdio: ['ignore', 'pipe', 'inherit'] }).on('exit', done);", file: 'case.mts', errors: [[2, 1, NEVER('stdout', BUILDS('make'))]] },
  'a walker in each per-platform module': { file: 'fixtures/js-projects/platform-modules/index.js', code: `${CP}let config;\nswitch (process.platform) {\n  case 'darwin': config = require('./platform/darwin'); break;\n  case 'win32': config = require('./platform/win32'); break;\n  default: config = require('./platform/linux');\n}\nconst child = cp.spawn(config.list.command, config.list.args);\nchild.on('exit', (code) => done(code));`, errors: [[8, 15, NEVER('stdout and stderr', FIND)]] },
  'detached and unref()ed: killed when the parent exits': { code: `${CP}const c = cp.spawn('node', ['job.js'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });\nc.unref();`, errors: [[2, 11, `spawn(): stdout is never read (\`node\` runs a program whose output can grow): ${BLOCKS}; once this process exits, its next write kills it`]] },
  // Issue 11: output collected by 'data' listeners and used at the child's 'exit' (a race).
  "chunks collected by 'data', concatenated at 'exit'": { code: `${CP}function convert(f, cb) {\n  const c = cp.spawn('unoconv', ['--stdout', f]);\n  const chunks = [];\n  c.stdout.on('data', (d) => chunks.push(d));\n  c.stderr.resume();\n  c.on('exit', (code) => cb(code, Buffer.concat(chunks)));\n}`, errors: [[3, 13, EXIT_RACE('spawn', 'stdout', '5', '`chunks`', 7)]] },
  "a string built by 'data', resolved at 'exit' (once)": { code: `${CP}const run = () => new Promise((resolve) => {\n  const c = cp.spawn('npm', ['pack'], { stdio: ['ignore', 'pipe', 'inherit'] });\n  let out = '';\n  c.stdout.on('data', (b) => (out += b.toString()));\n  c.once('exit', () => resolve(out.trim()));\n});`, errors: [[3, 13, EXIT_RACE('spawn', 'stdout', '5', '`out`', 6)]] },
  "named 'data' listener, the output used by a helper the 'exit' listener calls": { code: `${CP}let out = '';\nfunction onOut(d) { out += d.toString(); }\nfunction report(code) { done(code, JSON.parse(out)); }\nconst c = cp.spawn('sh', ['-c', script]);\nc.stderr.resume();\nc.stdout.addListener('data', onOut);\nc.on('exit', function (code) { if (code === 0) report(code); });`, errors: [[5, 11, EXIT_RACE('spawn', 'stdout', '7', '`out`', 8)]] },
  "both streams into properties, used at 'exit' of a fork": { code: `${CP}class Job {\n  start() {\n    const c = cp.fork('job.js', [], { silent: true });\n    c.stdout.on('data', (d) => { this.out += d; });\n    c.stderr.on('data', (d) => { this.err += d; });\n    c.on('exit', (code) => this.done(code, this.out, this.err));\n  }\n}`, errors: [[4, 15, EXIT_RACE('fork', 'stdout and stderr', '5 and 6', '`this.out` and `this.err`', 7)]] },
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
  'util.promisify, dropped in an async function': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { run('ls'); }`, errors: [[4, 22, FLOATING('exec')]] },
  'destructured promisify, execFile': { code: "const { promisify } = require('node:util');\nconst { execFile } = require('child_process');\nconst git = promisify(execFile);\ngit('git', ['push']);", errors: [[4, 1, FLOATING('execFile')]] },
  'ES imports': { code: "import { promisify } from 'util';\nimport { exec } from 'child_process';\nconst sh = promisify(exec);\nsh('ls');", file: 'case.mts', errors: [[4, 1, FLOATING('exec')]] },
  'inline require chain': { code: "// one line\nrequire('util').promisify(require('child_process').exec)('ls');", errors: [[2, 1, FLOATING('exec')]] },
  'promisify of a bound exec': { code: `${CP}${UTIL}const run = util.promisify(cp.exec.bind(cp));\nrun('ls');`, errors: [[4, 1, FLOATING('exec')]] },
  'bound, never read': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nconst p = run('ls');`, errors: [[4, 11, FLOATING('exec')]] },
  'then without rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').then(console.log);`, errors: [[4, 1, FLOATING('exec')]] },
  'finally': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').finally(() => {});`, errors: [[4, 1, FLOATING('exec')]] },
  // The command's output does not matter here: a quiet command that fails rejects all the same.
  'a quiet command (mkfifo): its failure still crashes the process': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('mkfifo /tmp/fifo');`, errors: [[4, 1, FLOATING('exec')]] },
  'a growing command (find)': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nrun('find', ['/']);`, errors: [[4, 1, FLOATING('execFile')]] },
});

/** POP104's message: `size` is "by default on Node 20" or "here". */
const PAST = (fn: string, evidence: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', size = '1 MiB by default on Node 20') =>
  `${fn}() keeps the whole output of a command that grows with what it walks (${evidence}): maxBuffer is ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;

/** POP104's `size` for options the caller hands in. */
const CALLERS = '1 MiB by default on Node 20 (the options come from the caller, and nothing here raises it)';

const HANDED = (fn: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', size = '1 MiB by default on Node 20') =>
  `${fn}() keeps the whole output of a command the caller hands in, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte): maxBuffer is ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;

/** POP104's message for output that grows with time: `span` is how long it takes to pass maxBuffer. */
const TIMED = (fn: string, evidence: string, span: string, doing: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', size = '1 MiB by default on Node 20') =>
  `${fn}() keeps the whole output of a command whose output grows with time (${evidence}): maxBuffer is ${size}, which it passes after ${span} of ${doing}; then Node kills it with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
const HANDBRAKE = (name: string) => `\`${name}\` prints a progress line 3 to 5 times a second while it encodes`;
const FFMPEG = (codec: string) => `\`ffmpeg -c:v ${codec}\` prints its stats line every half second while it encodes`;

/** POP104's message for a converter whose stdout is the whole document. */
const CONVERTER = (fn: string, evidence: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', size = '1 MiB by default on Node 20', reads = `${fn}() keeps`) =>
  `${reads} the whole output of a converter (${evidence}, as large as the document it is given): maxBuffer is ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;

/** POP104's message for exec() of a language server handed to the client made at `line`. */
const LANGUAGE_SERVER = (line: number) =>
  `exec() without a callback still buffers the whole output of a language server (the child is returned to the language client made at line ${line}, which talks to it over its stdin and stdout for the whole session): maxBuffer is 1 MiB by default on Node 20, and once the protocol traffic on stdout or the server's log on stderr passes it, Node kills the server with SIGTERM and the editor loses it; start it with spawn(), which does not buffer`;

/** POP104's message for exec() without a callback, a growing command, its exit listener at `line`. */
const WATCHED = (evidence: string, line: number, size = '1 MiB by default on Node 20') =>
  `exec() without a callback still buffers the whole output of a command whose output can grow (${evidence}; a build's or a test run's log can pass a megabyte): maxBuffer is ${size}, and past it Node kills the child with SIGTERM, so the exit listener at line ${line} gets the signal, not the command's end; raise maxBuffer, or spawn() and read the output as it comes`;
const NPM = '`npm` builds, installs or runs other programs: both streams can grow';

/** POP104's message for a child the code stops itself, at `line`. */
const STOPPED = (fn: string, line: number, what: string, reads = `${fn}() without a callback still buffers`, fails = 'its streams end cut short', size = '1 MiB by default on Node 20') =>
  `${reads} the whole output of a child that runs until this code stops it (line ${line}), ${what} that writes for as long as it runs: maxBuffer is ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;

table('POP104', {
  // A curried helper whose every caller passes a quiet command (audit 10: karma-firefox-launcher).
  'a curried helper whose callers pass tasklist and taskkill': { code: `${CP}const createExec = (log) => (command) => {\n  try { return String(cp.execSync(command)); } catch (e) { log(e); return ''; }\n};\nconst run = createExec(console.log);\nrun('tasklist.exe /FI "IMAGENAME eq firefox.exe" /FO CSV /NH');\nrun('taskkill.exe /F /PID ' + pid);` },
  'the same helper of an object, its caller passing a quiet command': { code: `${CP}module.exports = {\n  exec(line, options) {\n    return new Promise((resolve) => cp.exec(line, options, (e, out) => resolve(out)));\n  },\n  open(cmd) { return this.exec('start powershell.exe ' + cmd); },\n};` },
  // iw without scan prints a line; `this.exec` of a function used elsewhere too is not resolved.
  'iw dev info through the object\'s own exec': { code: `${CP}module.exports = { exec: cp.exec, info: function (i, cb) { this.exec('iw dev ' + i + ' info', (e, out) => cb(e, out)); } };` },
  'this.exec of a function that is not only the property': { code: `${CP}function scan(i, cb) { this.exec('iw dev ' + i + ' scan', (e, out) => cb(e, out)); }\nmodule.exports = { exec: cp.exec, scan: scan };\nscan.call(other, 'wlan0', done);` },
  // A converter whose document nobody takes (a probe looks at the error only), or written to a file.
  'a converter run on a file of its own, only its error looked at': { code: `${CP}cp.exec('antiword ' + __filename, (error) => done(!error));` },
  'pandoc writing its document to a file (-o)': { code: `${CP}cp.exec(\`pandoc \${src} -o \${dst}\`, (e, out) => done(e, out));` },
  'pdftotext writing to a text file': { code: `${CP}cp.execFile('pdftotext', [pdf, txt], (e, out) => done(e, out));` },
  // A child returned to code that is no language client, for a command that prints a line.
  'exec() returned to an unknown caller': { code: `${CP}function serverOptions() { return cp.exec('git rev-parse HEAD'); }\nmodule.exports = serverOptions;` },
  // extend() raises maxBuffer past what the command can print.
  'a caller command under a maxBuffer raised with extend()': { code: `${CP}const extend = require('util-extend');\nfunction run(command, options) {\n  const p = cp.exec(command, extend({ maxBuffer: 64 * 1024 * 1024 }, options.exec));\n  p.on('close', (code) => done(code));\n}` },
  // Progress that grows with time, out of reach: quiet flags, a probe, a meter that needs hours.
  'ffmpeg -nostats': { code: `${CP}cp.exec('ffmpeg -nostats -i in.mkv out.mp4', (e) => {});` },
  // find with a name test prints only the files it selects: a name without a wildcard, written or known at run time.
  'find looking for one file name under a directory': { code: `${CP}function locate(name, dir) { return cp.execSync(\`find \${dir} -name \${name} -type f\`, { encoding: 'utf8' }).split('\\n')[0]; }` },
  'find looking for a written file name': { code: `${CP}cp.execFile('find', [root, '-name', 'package.json', '-type', 'f'], (e, out) => use(out));` },
  'a command line a local function builds for a program that writes to a file': { code: `${CP}function ocr(input, output) { return 'tesseract ' + input + ' ' + output; }\nfunction run(file, done) { cp.exec(ocr(file, file + '.out'), (e) => done(e)); }` },
  'find stopping at its first match': { code: `${CP}cp.exec("find / -name '*.so' -print -quit", (e, out) => use(out));` },
  'ffmpeg at log level error': { code: `${CP}cp.execFile('ffmpeg', ['-v', 'error', '-i', src, dst], (e) => {});` },
  'ffmpeg describing its input only': { code: `${CP}cp.exec(\`ffmpeg -i \${file}\`, (e, out, err) => parse(err));` },
  'ffmpeg turning an image into a sticker': { code: `${CP}cp.exec(\`ffmpeg -i \${png} -vcodec libwebp -s 512:512 \${webp}\`, (e) => {});` },
  'ffmpeg converting audio': { code: `${CP}cp.exec(\`ffmpeg -i \${input} -vn -ar 44100 -b:a 192k \${output}\`, (e) => {});` },
  'ffmpeg remuxing (-c:v copy)': { code: `${CP}cp.execFile('ffmpeg', ['-i', src, '-c:v', 'copy', '-c:a', 'aac', dst], (e) => {});` },
  'ffmpeg taking one frame': { code: `${CP}cp.execFile('ffmpeg', ['-ss', '5', '-i', src, '-vframes', '1', 'thumb.png'], (e) => {});` },
  "HandBrakeCLI's preset list": { code: `${CP}cp.execFile('HandBrakeCLI', ['--preset-list'], (e, out, err) => {});` },
  "curl's meter: 1 MiB takes hours": { code: `${CP}cp.exec('curl -L -o app.zip https://example.org/app.zip', (e) => {});` },
  'yt-dlp printing the JSON of a video': { code: `${CP}cp.execFile('yt-dlp', ['-j', url], (e, out) => JSON.parse(out));` },
  // Counts written in the source, and quiet or summing forms of walkers.
  'git log: ten commits with their files': { code: `${CP}cp.execFile('git', ['log', '-n', '10', '--name-status'], (e, out) => {});` },
  'git log: a thousand commits, a line each': { code: `${CP}cp.exec('git log --max-count=1000 --format=%H', (e, out) => {});` },
  'git diff --quiet': { code: `${CP}cp.exec('git diff --quiet HEAD', (e) => {});` },
  'du -sh': { code: `${CP}cp.exec('du -sh /var/log', (e, out) => {});` },
  'tar creating an archive quietly': { code: `${CP}cp.exec('tar czf backup.tgz data', (e) => {});` },
  // A child the code stops, when it cannot pass maxBuffer or is not this rule's.
  'a quiet child stopped by the code': { code: `${CP}const c = cp.exec('sleep 100');\nsetTimeout(() => c.kill(), 1000);` },
  'a server stopped by the code, maxBuffer raised': { code: `${CP}class S {\n  start(script) { this.proc = cp.execFile(script, { maxBuffer: Infinity }); }\n  stop() { this.proc.kill(); }\n}` },
  'a tool with a callback, killed on cancellation': { code: `${CP}function lint(token, done) {\n  const p = cp.execFile(config.linter, ['--json'], { cwd }, (e, out) => done(out));\n  token.onCancellationRequested(() => p.kill());\n}` },
  'a command killed on a timeout, its exit code read': { code: `${CP}function run(done) {\n  const c = cp.exec(config.task);\n  c.on('exit', (code) => done(code));\n  setTimeout(() => c.kill(), 5000);\n}` },
  'a server stopped by a test': { code: `${CP}const server = cp.exec('node server.js');\nafter(() => server.kill());`, file: 'test/server.test.js' },
  'a pass-through: command, options and callback handed in': { code: `${CP}module.exports = { exec: (command, options, callback) => cp.exec(command, options, callback) };` },
  // Quiet, bounded or merely talkative commands: a megabyte is far away.
  'quiet: git rev-parse': { code: `${CP}cp.execFile('git', ['rev-parse', 'HEAD'], (e, out) => {});` },
  'bounded: git log -n 5': { code: `${CP}cp.exec('git log -n 5 --oneline', (e, out) => {});` },
  'bounded: one go package': { code: `${CP}cp.execFile('go', ['list', '-json', 'fmt'], (e, out) => {});` },
  'can grow, but not with a tree: npm install': { code: `${CP}cp.exec('npm install', (e, out) => {});` },
  'a local helper called only with written commands': { code: `${CP}function command(cmd) {\n  return new Promise((resolve) => cp.exec(cmd, { cwd: root }, (e, out) => resolve(out)));\n}\nconst head = () => command('git rev-parse HEAD');` },
  "a command from the caller, the caller's options raised here": { code: `${CP}function run(cmd, opt, done) {\n  opt.maxBuffer = 64 * 1024 * 1024;\n  cp.exec(cmd, opt, (e, out) => done(out));\n}` },
  'a command from the caller, options handed to other code first': { code: `${CP}function run(cmd, opt, done) {\n  prepare(opt);\n  cp.exec(cmd, opt, (e, out) => done(out));\n}` },
  'a command from the caller, Object.assign raises maxBuffer': { code: `${CP}function run(cmd, done) {\n  const o = { cwd: root };\n  Object.assign(o, { maxBuffer: Infinity });\n  cp.exec(cmd, o, done);\n}` },
  "a local helper whose callers raise maxBuffer": { code: `${CP}function run(cmd, opt, done) { cp.exec(cmd, opt, done); }\nrun(task.script, { maxBuffer: 1e9 }, log);` },
  "a proxy: command and options handed in, the result handed back": { code: `${CP}${UTIL}export const run = (command, options) => util.promisify(cp.exec)(command, options);`, file: 'case.mjs' },
  'a hand-written limit of 64 MiB around spawn': { code: `${CP}function run(file, args, done) {\n  const child = cp.spawn(file, args);\n  let out = '';\n  child.stdout.on('data', (d) => {\n    out += d;\n    if (out.length > 64 * 1024 * 1024) child.kill();\n  });\n  child.on('close', () => done(out));\n}` },
  'a kill on a timeout, not on a size': { code: `${CP}function run(file, args, done) {\n  const child = cp.spawn(file, args);\n  let out = '';\n  child.stdout.on('data', (d) => { out += d; });\n  if (out.length < 1024) setTimeout(() => child.kill(), 5000);\n  child.on('close', () => done(out));\n}` },
  'a kill past a time, not a size': { code: `${CP}function run(file, args) {\n  const child = cp.spawn(file, args);\n  const start = Date.now();\n  child.stdout.on('data', (d) => { if (Date.now() - start > 5000) child.kill(); });\n}` },
  'a kill past a count of lines': { code: `${CP}function run(file, args) {\n  const child = cp.spawn(file, args);\n  let lines = 0;\n  child.stdout.on('data', (d) => { lines++; if (lines > 1000) child.kill(); });\n}` },
  'a hand-written limit around a quiet program': { code: `${CP}const child = cp.spawn('git', ['rev-parse', 'HEAD']);\nlet out = '';\nchild.stdout.on('data', (d) => { out += d; if (out.length > 4096) child.kill(); });` },
  "the project's own configuration, loaded here": { code: `${CP}const config = loadConfig();\ncp.exec(config.lint || 'eslint .', (e, out) => console.log(out));` },
  'a let command line built by appending, bounded': { code: `${CP}let cmd = 'git log';\nif (short) cmd += ' -n 5';\ncmd += ' --oneline';\ncp.exec(cmd, (e, out) => console.log(out));` },
  'a let command line replaced by another': { code: `${CP}let cmd = 'git log';\nif (quick) cmd = 'git rev-parse HEAD';\ncp.exec(cmd, (e, out) => console.log(out));` },
  'maxBuffer from a setting with a large fallback': { code: `${CP}function run(cmd, done) { cp.exec(cmd, { maxBuffer: config.maxBuffer || 64 * 1024 * 1024 }, done); }` },
  'a named literal raised after its declaration': { code: `${CP}const o = {};\no.maxBuffer = 1 << 28;\ncp.execFile('find', ['.'], o, (e, out) => {});` },
  'exec without a callback, streams read, maxBuffer raised': { code: `${CP}function run(cmd, done) {\n  const child = cp.exec(cmd, { maxBuffer: Infinity });\n  child.stdout.on('data', show);\n  child.on('close', (code) => done(code));\n}` },
  'a command from the caller, maxBuffer raised': { code: `${CP}function run(cmd, done) { cp.exec(cmd, { maxBuffer: 64 * 1024 * 1024 }, done); }` },
  'a command from the caller, maxBuffer from a setting': { code: `${CP}function run(cmd, done) { cp.exec(cmd, { maxBuffer: settings.maxBuffer * 1024 }, done); }` },
  'a program from the caller, without a shell': { code: `${CP}function probe(binPath, done) { cp.execFile(binPath, ['--daemon', 'start'], done); }` },
  'spawnSync of a command from the caller, without a shell': { code: `${CP}function run(cmd, args) { return cp.spawnSync(cmd, args); }` },
  'execSync of a command from the caller, output inherited': { code: `${CP}function run(cmd) { cp.execSync(cmd, { stdio: 'inherit' }); }` },
  'the walker piped into head': { code: `${CP}cp.exec('find / -name core | head -n 1', (e, out) => {});` },
  'the walker writing to a file': { code: `${CP}cp.exec('find / > files.txt', (e) => {});` },
  'maxBuffer raised past 1 MiB': { code: `${CP}cp.exec('git diff', { maxBuffer: 64 * 1024 * 1024 }, (e, out) => {});` },
  'maxBuffer Infinity': { code: `${CP}cp.execFile('find', ['.'], { maxBuffer: Infinity }, (e, out) => {});` },
  'maxBuffer only known at run time': { code: `${CP}cp.execFile('find', ['.'], { maxBuffer: limit }, (e, out) => {});` },
  'options spread (may set maxBuffer)': { code: `${CP}cp.execFile('find', ['.'], { ...opts }, (e, out) => {});` },
  'spawn streams the output': { code: `${CP}cp.spawn('find', ['.']).stdout.on('data', collect);` },
  'exec without a callback is POP101\'s': { code: `${CP}cp.exec('find .');` },
  // exec() without a callback, exit watched: only for a command that grows, by a listener that reads the outcome.
  'exec of npm run, the close listener ignores its arguments': { code: `${CP}const p = cp.exec('npm run build');\np.on('close', (_code) => next());` },
  'exec of a short command, exit watched': { code: `${CP}const p = cp.exec('git rev-parse HEAD');\np.on('exit', (code) => done(code));` },
  'exec of npm run, maxBuffer raised, exit watched': { code: `${CP}const p = cp.exec('npm run build', { maxBuffer: Infinity });\np.on('exit', (code, signal) => done(code, signal));` },
  "in the project's own scripts: it walks the project": { code: `${CP}const files = cp.execSync('git ls-files', { encoding: 'utf8' }).split('\\n');`, file: 'scripts/check-headers.mjs' },
  'in a test file: it walks the fixture it made': { code: `${CP}const files = cp.execSync('git ls-tree -r HEAD --name-only', { cwd: bare });`, file: 'test/git.test.js' },
  // A loop over commands written here runs those commands, not the caller's: the loudest judges.
  'a for-of loop over quiet git commands': { code: `${CP}function release() {\n  for (const cmd of ['git add -A', 'git commit -a -m x', 'git push origin']) cp.execSync(cmd);\n}` },
  'forEach over quiet git commands': { code: `${CP}['git add -A', 'git push origin'].forEach((cmd) => cp.execSync(cmd));` },
  'forEach over a let list of git commands, the git binary a property': { code: `${CP}function Publish(opts) { this.git = opts.git || 'git'; }\nPublish.prototype.push = function (version) {\n  let cmds = [\n    this.git + ' commit -a -m "v' + version + '"',\n    this.git + ' push --tags',\n  ];\n  cmds.forEach((cmd) => { cp.execSync(cmd); });\n};` },
  // A listed growing command counts against a small limit only: Node's default, or a large setting, is not one.
  'a build under Node\'s default maxBuffer': { code: `${CP}const log = cp.execSync('make all').toString();` },
  'a build under a 10 MiB maxBuffer': { code: `${CP}const log = cp.execSync('make all', { maxBuffer: 10 * 1024 * 1024 }).toString();` },
  'a version probe of a build tool under a small maxBuffer': { code: `${CP}const v = cp.execSync('make --version', { maxBuffer: 100 * 1024 }).toString();` },
  'a quiet command under a small maxBuffer': { code: `${CP}const head = cp.execSync('git rev-parse HEAD', { maxBuffer: 64 * 1024 }).toString();` },
  'a setting whose declared default is 8 MiB': { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}const vscode = require('vscode');\nconst conf = vscode.workspace.getConfiguration('lint');\ncp.execFile('clang', ['-fsyntax-only', f], { maxBuffer: conf.get('completion.maxBuffer') }, (e, out) => done(out));` },
  'a setting the package.json does not declare': { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}cp.execFile('clang', ['-fsyntax-only', f], { maxBuffer: config.get('other.maxBuffer') }, (e, out) => done(out));` },
}, {
  // Audit 10 (wireless-tools): `this.exec` in a function that is a property of the object holding `exec: child_process.exec`.
  "iw scan through the exported object's own exec, the callback made by a local function": {
    code: `${CP}var iw = module.exports = { exec: cp.exec, scan: scan };\nfunction parse(cb) { return function (error, stdout) { cb(error, stdout); }; }\nfunction scan(iface, cb) {\n  this.exec('iw dev ' + iface + ' scan', parse(cb));\n}\n`,
    errors: [[5, 3, PAST('exec', '`iw scan` prints 2 to 5 KB for every access point in range: 50 to 100 networks in an office pass 200 KiB, some 250 pass 1 MiB')]],
  },
  'iw scan on Node 10: 200 KiB': {
    code: `${CP}var iw = { exec: cp.exec, scan: function (iface, cb) { this.exec('iw dev ' + iface + ' scan', function (e, out) { cb(e, out); }); } };\nmodule.exports = iw;\n`,
    nodeRange: '>=10',
    errors: [[2, 56, PAST('exec', '`iw scan` prints 2 to 5 KB for every access point in range: 50 to 100 networks in an office pass 200 KiB, some 250 pass 1 MiB', undefined, '200 KiB by default on Node 10 to 11 (1 MiB from Node 12)')]],
  },
  // A converter's document on stdout, with the options another module picks out of the caller's.
  'antiword printing a document, options picked by a helper from the caller\'s': {
    code: `${CP}const util = require('./util');\nfunction extract(file, options, cb) {\n  cp.exec('antiword \"' + file + '\"', util.execOptions('doc', options), (error, text) => cb(error, text));\n}`,
    errors: [[4, 3, CONVERTER('exec', '`antiword` prints the whole converted document on stdout', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', CALLERS)]],
  },
  'pdftotext to stdout on Node 8 to 11 (200 KiB)': {
    code: `${CP}function text(pdf, cb) {\n  cp.execFile('pdftotext', ['-layout', pdf, '-'], (e, out) => cb(e, out));\n}`,
    nodeRange: '>=8',
    errors: [[3, 3, CONVERTER('execFile', '`pdftotext -` prints the text of the whole document on stdout', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', '200 KiB by default on Node 8 to 11 (1 MiB from Node 12)')]],
  },
  'pandoc without -o, promisified': {
    code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function html(md) { const { stdout } = await run(\`pandoc -f markdown -t html \${md}\`); return stdout; }`,
    errors: [[4, 52, CONVERTER('exec', '`pandoc` prints the whole converted document on stdout', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER', undefined, 'promisified exec() keeps')]],
  },
  // A caller's command line under a size written here, the defaults merged with extend().
  'a caller command under 1000 KiB set with extend()': {
    code: `${CP}const extend = require('util-extend');\nfunction run(command, options) {\n  options = extend(extend({}, defaults), options);\n  const proc = cp.exec(command, extend({ maxBuffer: 1000 * 1024 }, options.exec));\n  proc.stdout.on('data', (d) => log(d));\n  proc.on('close', (code) => done(code));\n}`,
    errors: [[5, 16, HANDED('exec', 'its streams end cut short', '1000 KiB here').replace('exec() keeps', 'exec() without a callback still buffers')]],
  },
  // A child returned to a language client: a language server, whatever the program.
  'exec() returned to new LanguageClient() as its server': {
    code: `${CP}const lc = require('vscode-languageclient');\nconst serverOptions = async () => {\n  const bin = await findServer();\n  return cp.exec(bin);\n};\nconst client = new lc.LanguageClient('x', 'X', serverOptions, {});`,
    errors: [[5, 10, LANGUAGE_SERVER(7)]],
  },
  // Output that grows with time: an encode of an hour passes 1 MiB.
  'HandBrakeCLI through util.format, its path in a name': { code: `${CP}${UTIL}function encode(options, done) {\n  const handbrakePath = options.HandbrakeCLIPath || defaultHandbrakeCLIPath;\n  cp.exec(util.format('"%s" %s', handbrakePath, toArgs(options).join(' ')), done);\n}`, errors: [[5, 3, TIMED('exec', HANDBRAKE('HandbrakeCLI'), '47 to 71 minutes', 'encoding')]] },
  'ffmpeg transcoding, promisified': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nasync function transcode(src, dst) {\n  await run('ffmpeg', ['-y', '-i', src, '-c:v', 'libx264', dst]);\n}`, errors: [[5, 9, `promisified ${TIMED('execFile', FFMPEG('libx264'), '76 to 117 minutes', 'encoding', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')}`]] },
  'ffmpeg encoding VP9 through a shell line': { code: `${CP}cp.exec(\`ffmpeg -hide_banner -i \${src} -c:v libvpx-vp9 -b:v 2M \${dst}\`, (e) => {});`, errors: [[2, 1, TIMED('exec', FFMPEG('libvpx-vp9'), '76 to 117 minutes', 'encoding')]] },
  // A child that runs until the code stops it writes for as long as it runs.
  'a server kept in a property, stopped in another method': { code: `${CP}class Server {\n  start(script, opts) {\n    this.proc = cp.execFile(script, { shell: '/bin/bash', ...opts });\n    this.proc.on('exit', () => this.restart());\n  }\n  stop() {\n    this.proc.kill();\n  }\n}`, errors: [[4, 17, STOPPED('execFile', 8, 'a command not known statically', undefined, undefined, CALLERS)]] },
  'a watcher bound to a name, its exit code read, stopped on SIGINT': { code: `${CP}function watch() {\n  const w = cp.exec(config.watch);\n  w.on('exit', (code) => console.log('watcher exited', code));\n  process.on('SIGINT', () => w.kill());\n}`, errors: [[3, 13, STOPPED('exec', 5, 'a command not known statically')]] },
  'a dev server with a callback, stopped later': { code: `${CP}const dev = cp.exec('npm run dev', (e) => e && console.error(e));\nprocess.on('SIGTERM', () => dev.kill());`, errors: [[2, 13, STOPPED('exec', 3, '`npm`', 'exec() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  // Counts the code does not write, and listings that grow with the tree or the archive.
  'git log: the count and the files from the caller': { code: `${CP}function log(n, done) {\n  cp.execFile('git', ['log', \`-n \${n}\`, '--name-status'], (e, out) => done(out));\n}`, errors: [[3, 3, PAST('execFile', '`git log --name-status` prints the files or the diff of every commit it lists, growing with the history')]] },
  'git log: arguments built by a local function, options from the caller': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nfunction args(o) {\n  let a = ['log', '--format=%H'];\n  a = withPaths(a, o);\n  return a;\n}\nasync function commits(o) {\n  const { stdout } = await run('git', args(o), { cwd: o.repo, ...o.execOptions });\n  return stdout;\n}`, errors: [[10, 28, `promisified ${PAST('execFile', '`git log` prints output that grows with the repository', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER', CALLERS)}`]] },
  'du without -s': { code: `${CP}cp.exec('du -h /var', (e, out) => {});`, errors: [[2, 1, PAST('exec', '`du` prints a line per directory it walks (per file with -a)')]] },
  'tar listing an archive': { code: `${CP}cp.execFile('tar', ['-tzf', archive], (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`tar -tzf` names every file of the archive')]] },
  'execFile with a callback: find': { code: `${CP}cp.execFile('find', ['.', '-type', 'f'], (error, stdout) => {});`, errors: [[2, 1, PAST('execFile', WALKS)]] },
  'exec with a callback: grep -r': { code: `${CP}cp.exec('grep -rn TODO src', (error, stdout) => {});`, errors: [[2, 1, PAST('exec', '`grep -rn` prints every match in the tree')]] },
  'git log without a count': { code: `${CP}cp.execFile('git', ['log', '--format=%H'], { cwd: repo }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`git log` prints output that grows with the repository')]] },
  'go vet over the workspace, program found by name': { code: `${CP}const go = getBinPath('go');
cp.execFile(go, ['vet', './...'], { cwd }, (e, out, err) => {});`, errors: [[3, 1, PAST('execFile', '`go vet ./...` reports on every package of the pattern')]] },
  'arguments pushed before the call': { code: `${CP}const args = tags ? ['-tags', tags] : [];
args.push('-modified', 'referrers', pos);
const p = cp.execFile(getBinPath('guru'), args, { env }, (e, out) => {});`, errors: [[4, 11, PAST('execFile', '`guru referrers` prints a line per reference across the workspace')]] },
  'maxBuffer written as the default': { code: `${CP}cp.execFile('go-symbols', [dir, query], { maxBuffer: 1024 * 1024 }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`go-symbols` prints every symbol of the workspace that matches the query', undefined, '1 MiB here')]] },
  'promisified, awaited': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);
async function f() { return (await run('git ls-files')).stdout; }`, errors: [[4, 36, `promisified ${PAST('exec', '`git ls-files` prints output that grows with the repository', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')}`]] },
  'execSync': { code: `${CP}const out = cp.execSync('find . -name "*.js"');`, errors: [[2, 13, PAST('execSync', '`find -name *.js` prints every file in the tree that the pattern matches', 'the call throws ENOBUFS')]] },
  // A shell command the caller hands in (a task runner's or a build plugin's hook) can be any build.
  'a command from a parameter': { code: `${CP}function run(cmd, done) { cp.exec(cmd, (e, out) => done(out)); }`, errors: [[2, 27, HANDED('exec')]] },
  "a hook from this.options, a method as the callback": { code: `${CP}class Plugin {\n  build() { cp.exec(this.options.onBuild, this.puts); }\n  puts(error, stdout) {}\n}`, errors: [[3, 13, HANDED('exec')]] },
  'a command function or string, per file': { code: `${CP}module.exports = (command, opt) => (file, cb) => {\n  const cmd = typeof command === 'function' ? command(file) : command;\n  cp.exec(cmd, (e, out) => cb(e, out));\n};`, errors: [[4, 3, HANDED('exec')]] },
  'options chosen between two literals': { code: `${CP}function run(command, env) {\n  const options = env ? { env } : {};\n  return new Promise((resolve) => cp.exec(command, options, (e, out) => resolve(out)));\n}`, errors: [[4, 35, HANDED('exec')]] },
  'a small maxBuffer written in the source': { code: `${CP}function run(cmd, done) { cp.exec(cmd, { maxBuffer: 200 * 1024 }, done); }`, errors: [[2, 27, HANDED('exec', undefined, '200 KiB here')]] },
  "the caller's options, nothing here raises maxBuffer": { code: `${CP}function run(cmd, opt, done) { cp.exec(cmd, opt, (e, out) => done(out)); }`, errors: [[2, 32, HANDED('exec', undefined, CALLERS)]] },
  "the caller's options, a promise around the callback": { code: `${CP}function run(cmd, opts) {\n  return new Promise((resolve) => cp.exec(cmd, opts, (e, out) => resolve(out)));\n}`, errors: [[3, 35, HANDED('exec', undefined, CALLERS)]] },
  "the caller's options, defaults filled in": { code: `${CP}function run(cmd, opts, done) {\n  opts = opts || {};\n  opts.env = opts.env || process.env;\n  cp.exec(cmd, opts, (e, out) => done(out));\n}`, errors: [[5, 3, HANDED('exec', undefined, CALLERS)]] },
  "the caller's options spread under the wrapper's own": { code: `${CP}function run(cmd, opts, done) { cp.exec(cmd, { ...opts, cwd: root }, done); }`, errors: [[2, 33, HANDED('exec', undefined, CALLERS)]] },
  'a named literal whose maxBuffer is lowered later': { code: `${CP}const o = { cwd };\no.maxBuffer = 100 * 1024;\ncp.execFile('find', ['.'], o, (e, out) => {});`, errors: [[4, 1, PAST('execFile', WALKS, undefined, '100 KiB here')]] },
  'maxBuffer from a setting with a small fallback': { code: `${CP}function run(cmd, done) {\n  const maxBuffer = (settings.maxBuffer || 200) * 1024;\n  cp.exec(cmd, { cwd, maxBuffer }, done);\n}`, errors: [[4, 3, HANDED('exec', undefined, '200 KiB here unless a setting raises it')]] },
  'exec of npm run without a callback, streams shown, the exit signal read': { code: `${CP}function run(script) {\n  const p = cp.exec('npm run ' + script);\n  p.stdout.on('data', show);\n  p.on('exit', (code, signal) => report(signal === 'SIGTERM' ? 'stopped' : code));\n}`, errors: [[3, 13, WATCHED(NPM, 5)]] },
  'exec of a program a setting names, npm by default, exit chained': { code: `${CP}function npmBin() { return settings['bin'] || 'npm'; }\nfunction run(args) {\n  cp.exec(npmBin() + ' ' + args.join(' ')).on('close', done);\n}`, errors: [[4, 3, WATCHED(NPM, 4)]] },
  'tesseract printing the hOCR of a list of images on stdout': { code: `${CP}function ocr(list, done) {\n  cp.exec(\`tesseract \${list} stdout hocr\`, (error, stdout) => done(error, stdout));\n}`, errors: [[3, 3, CONVERTER('exec', '`tesseract stdout` prints the text it recognises on stdout, a page per image')]] },
  'tesseract in a command line joined from an array, its program a setting or tesseract': { code: `${CP}function ocr(file, config, done) {\n  const binary = config.binary || 'tesseract';\n  cp.exec([binary, file, 'stdout', ...config.presets].join(' '), (e, out) => done(e, out));\n}`, errors: [[4, 3, CONVERTER('exec', '`tesseract stdout` prints the text it recognises on stdout, a page per image')]] },
  'exec of make, Node 10: 200 KiB': { code: `${CP}const p = cp.exec('make all');\np.once('exit', function (code) { process.exitCode = code; });`, nodeRange: '^10.13', errors: [[2, 11, WATCHED('`make` builds, installs or runs other programs: both streams can grow', 3, '200 KiB by default on Node 10')]] },
  'exec without a callback, streams read, close watched': { code: `${CP}function run(cmd, done) {\n  const child = cp.exec(cmd);\n  let out = '';\n  child.stdout.on('data', (d) => { out += d; });\n  child.on('close', (code) => done(code, out));\n}`, errors: [[3, 17, HANDED('exec', 'its streams end cut short').replace('exec() keeps', 'exec() without a callback still buffers')]] },
  // exec's maxBuffer written by hand around spawn(): the kill is as sure as Node's.
  'a hand-written limit around spawn, program and arguments from the caller': { code: `${CP}function run(file, args, done) {\n  const child = cp.spawn(file, args);\n  let out = '';\n  child.stdout.on('data', (d) => {\n    out += d;\n    if (out.length > 200 * 1024) child.kill();\n  });\n  child.on('close', () => done(out));\n}`, errors: [[3, 17, "spawn() of a program and arguments the caller hands in, which can be any build, test run or tool writing its result to stdout: the code counts its output and kills the child at line 7 once it passes 200 KiB, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  'a hand-written limit through a killing helper, a walker': { code: `${CP}const limit = 512 * 1024;\nconst child = cp.spawn('find', ['.', '-type', 'f']);\nlet seen = 0;\nconst stop = () => process.kill(child.pid, 'SIGKILL');\nchild.stdout.on('data', (d) => { seen += d.length; if (seen >= limit) stop(); });`, errors: [[3, 15, `spawn() of a command that grows with what it walks (${WALKS}): the code counts its output and kills the child at line 6 once it passes 512 KiB, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it`]] },
  "a hand-written limit from the wrapper's defaults, which the caller's options may replace": { code: `${CP}function run(file, args, given) {\n  const options = { maxBuffer: 500 * 1024, killSignal: 'SIGKILL' };\n  for (const k of Object.keys(given)) options[k] = given[k];\n  const child = cp.spawn(file, args);\n  let size = 0;\n  child.stdout.on('data', (d) => { size += d.length; if (size > options.maxBuffer) child.kill(options.killSignal); });\n  return child;\n}`, errors: [[5, 17, "spawn() of a program and arguments the caller hands in, which can be any build, test run or tool writing its result to stdout: the code counts its output and kills the child at line 7 once it passes 500 KiB unless the caller's options raise it, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  "a task's command through a second name for this.data, either of two keys": { code: `${CP}class Task {\n  run(done) {\n    const data = this.data;\n    cp.exec(data.command || data.cmd, (e, out) => done(out));\n  }\n}`, errors: [[5, 5, HANDED('exec')]] },
  'a hook through self = this': { code: `${CP}function Plugin(options) { this.options = options; }\nPlugin.prototype.apply = function () {\n  const self = this;\n  cp.exec(self.options.onDone, (e, out) => console.log(out));\n};`, errors: [[5, 3, HANDED('exec')]] },
  'a let command line built by appending': { code: `${CP}let cmd = 'git log --format=%H';\nif (since) cmd += \` --since=\${since}\`;\ncp.exec(cmd, (e, out) => console.log(out));`, errors: [[4, 1, PAST('exec', '`git log` prints output that grows with the repository')]] },
  'a program named by its path variable, the line built by appending and reducing': { code: `${CP}function search(options, done) {\n  let line = options.rgPath + ' --vimgrep';\n  if (options.multiline) line += ' -U';\n  line = options.globs.reduce((acc, g) => \`\${acc} -g \${g}\`, line);\n  cp.exec(line, (e, out) => done(out));\n}`, errors: [[6, 3, PAST('exec', '`rg` prints a line per file it walks')]] },
  'a hand-written limit from a setting around a command only known at run time': { code: `${CP}const maxBuffer = task.maxBuffer || 200 * 1024;\nlet proc;\nproc = cp.spawn(task.command, task.args);\nlet size = 0;\nconst stop = function (why) { process.kill(proc.pid, 'SIGTERM'); };\nproc.stdout.on('data', (d) => { if (size + d.length > maxBuffer) stop('stdout'); else size += d.length; });`, errors: [[4, 8, "spawn() of a command not known statically, whose output can grow: the code counts its output and kills the child at line 7 once it passes 200 KiB unless a setting raises it, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  'spawnSync with shell: true': { code: `${CP}function task(command) { return cp.spawnSync(command, { shell: true }); }`, errors: [[2, 33, HANDED('spawnSync', 'the result carries ENOBUFS with the output cut short')]] },
  'an exported helper: its callers are elsewhere': { code: `${CP}export function sh(cmd) { return cp.execSync(cmd, { encoding: 'utf8' }); }`, file: 'case.mjs', errors: [[2, 34, HANDED('execSync', 'the call throws ENOBUFS')]] },
  // A loop over commands written here runs those commands, not the caller's: the loudest judges.
  'a for-of loop over a const list with a growing command, under a small maxBuffer': { code: `${CP}const STEPS = ['git status', 'git log --oneline'];\nfunction report() {\n  for (const cmd of STEPS) cp.execSync(cmd, { maxBuffer: 1024 * 100 });\n}`, errors: [[4, 28, PAST('execSync', '`git log` prints output that grows with the repository', 'the call throws ENOBUFS', '100 KiB here')]] },
  'forEach over a list with find': { code: `${CP}['git status', 'find . -type f'].forEach((cmd) => { cp.execSync(cmd); });`, errors: [[2, 53, PAST('execSync', WALKS, 'the call throws ENOBUFS')]] },
  'a command line a local function builds and returns: find walking a directory': { code: `${CP}function listing(dir) { return \`find \${dir} -type f\`; }\nfunction walk(dir, done) { cp.exec(listing(dir), (e, out) => done(out)); }`, errors: [[3, 28, PAST('exec', WALKS)]] },
  'a command built by a function the caller hands in': { code: `${CP}function runInto(file, settings, options, build, done) {\n  const cmd = build(settings, file);\n  cp.exec(cmd, options, (e) => done(e));\n}`, errors: [[4, 3, `exec() keeps the whole output of a command built by \`build()\`, a function the caller hands in, which can build any command line (a build or a test run can log past a megabyte): maxBuffer is ${CALLERS}, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`]] },
  'engines.node >=0.8: the range spans the 200 KiB default and the 1 MiB one': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '>=0.8', errors: [[2, 32, HANDED('exec', undefined, '200 KiB by default on Node 0.8 to 11 (1 MiB from Node 12)')]] },
  'engines.node ^10.13: a range below Node 12 only': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '^10.13', errors: [[2, 32, HANDED('exec', undefined, '200 KiB by default on Node 10')]] },
  // Issue 11: a command the table says grows, under a maxBuffer chosen below Node's default.
  'a build under a 100 KiB maxBuffer written here': { code: `${CP}const log = cp.execSync('make', { maxBuffer: 100 * 1024 }).toString();`, errors: [[2, 13, SMALL('execSync', "`make` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 100 KiB here', 'the call throws ENOBUFS')]] },
  "maxBuffer from an editor setting: its declared default (getConfiguration(section).get(key))": { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}const vscode = require('vscode');\nconst conf = vscode.workspace.getConfiguration('lint');\ncp.execFile('clang', ['-fsyntax-only', f], { maxBuffer: conf.get('diagnostic.maxBuffer') }, (e, out, err) => done(err));`, errors: [[4, 1, SMALL('execFile', "`clang` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 256 KiB, the default of the setting `lint.diagnostic.maxBuffer` (package.json), unless the user raises it', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  "maxBuffer from a project helper's setting, named by the end of its key": { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}const { getConf } = require('./conf');\ncp.execFile('gcc', ['-fsyntax-only', f], { cwd: dir, maxBuffer: getConf('diagnostic.maxBuffer') }, (e, out, err) => done(err));`, errors: [[3, 1, SMALL('execFile', "`gcc` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 256 KiB, the default of the setting `lint.diagnostic.maxBuffer` (package.json), unless the user raises it', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  'engines.node >=14.17: one default across the range': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '>=14.17', errors: [[2, 32, HANDED('exec', undefined, '1 MiB by default on Node 14')]] },
  'engines.node ^0.10 || ^0.12: the 0.x releases named by their minor': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '^0.10 || ^0.12', errors: [[2, 32, HANDED('exec', undefined, '200 KiB by default on Node 0.10')]] },
  // A wrapper whose command its caller passes: judged by that command, the caller named (audit 10: kitematic).
  'a helper of an object whose caller passes docker-machine -D': {
    code: `${CP}const util = {\n  execFile(args, options) {\n    return new Promise((resolve) => cp.execFile(args[0], args.slice(1), options, (e, out) => resolve(out)));\n  },\n  create() { return this.execFile(['docker-machine', '-D', 'create', 'default']); },\n};\nmodule.exports = util;`,
    errors: [[4, 37, `execFile() keeps the whole output of a command that grows with what it walks (\`docker-machine -D\` logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)), as the caller at case.js:6 passes it: maxBuffer is ${CALLERS}, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`]],
  },
});

test('POP104 on a Node 10 target: curl\'s meter passes 200 KiB in half an hour', async () => {
  const code = `${CP}cp.exec('curl -o app.zip https://example.org/app.zip', (e) => {});\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP104']), target: 'py3', nodeMajor: 10 });
  assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.range.start.column, f.message]), [
    [2, 1, TIMED('exec', '`curl` prints its progress meter on stderr about once a second', '31 to 43 minutes', 'downloading', undefined, '200 KiB by default on Node 10')],
  ]);
});

test('POP103 on a Node 14 target: the rejection is only a warning there', async () => {
  const code = `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 14 });
  assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.range.start.column, f.message]), [
    [4, 1, 'promise of promisified exec() is never awaited or handled: a failing command becomes an unhandled rejection, only a warning on Node 14, and the failure is lost'],
  ]);
});

test('suppressions: next-line and file-level comments', async () => {
  const code = `${CP}// popenlint-disable-next-line POP101\ncp.exec('a');\ncp.exec('b');\n`;
  assert.deepEqual((await findingsOf('POP101', { code })).map((f) => f.range.start.line), [4]);
  assert.deepEqual(await findingsOf('POP101', { code: `// popenlint-disable\n${code}` }), []);
  assert.deepEqual((await findingsOf('POP101', { code: `${CP}// popenlint-disable-next-line POP102\ncp.exec('a');\n` })).map((f) => f.range.start.line), [3]);
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
