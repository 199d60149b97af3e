import fs from 'node:fs';
import { BLOCKS, BUILDS, CP, FIND, GROWS, NEVER, OUT, table, UNKNOWN } from './js-rules-table.js';

// POP102 spawn-output-never-consumed: the rule table (js-rules-table.ts says how the tables work).

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
const HANDLE = (body: string) => `function watch(child, file) {\n${body}\n}\n`;
const MODES = "const path = require('path');\nfunction handle(child, file) {\n  if (file) {\n    child.stderr.on('data', log);\n    return;\n  }\n  child.stdout.pipe(res);\n  child.stderr.on('data', log);\n}\nconst c = cp.spawn('yt-dlp', ['-o', target, url]);\n";
const YT_STDOUT = '`yt-dlp -o -` writes the video to stdout, and its progress on stderr (a line per block, about once a second, while it downloads)';
const LOST = ', and its exit status is lost';
const GROWS_YT = '`yt-dlp` prints its progress while it downloads';
const NODE = '`node` runs a program whose output can grow';
const PSQL = '`psql` prints the rows its queries return';
/** A module of a fixture project that returns a child's stdout to a route of another module. */
const CLIENT_PIPE = (project: string) => `fixtures/js-projects/${project}/lib/camera-stream.ts`;
/** POP102's message for stdout piped into an HTTP response by a handler that does not watch its client. */
const CLIENT = (where: string, evidence: string) => `spawn(): stdout is piped into the response of an HTTP request handler (${where}) with .pipe(), and nothing stops the child when the client goes away (${evidence}): once the client closes the connection, pipe() unpipes from the closed response and nobody reads stdout, so on Node 20 the child blocks for good once about 20–243 KiB are waiting, one blocked process per request that ended early; use stream.pipeline(), which destroys the pipe with the response, or kill the child on the request's 'close'`;
/** POP102's message for a stream read only once the other has been read to its end. */
const SEQUENTIAL = (later: string, first: string, loop: number, at: number, evidence: string) => `spawn(): ${later} is read only once ${first} has ended (the \`for await\` loop at line ${loop} reads ${first} to its end before the read at line ${at}) (${evidence}): ${first} ends only when the child exits, but on Node 20 the child blocks for good once about 20–243 KiB are waiting on ${later}, so neither ends and the parent waits for good`;

/** A library object that keeps its child until stop() and re-exposes its streams (fixtures/js-projects/). */
const VIEWER = (stop = "\nViewer.prototype.stop = function () {\n  this.proc.kill();\n};\n", extra = '') =>
  `const { spawn } = require('child_process');\n\nfunction Viewer(options) {\n  this.proc = spawn(options.command, options.args, { cwd: options.cwd });\n  this.stdout = this.proc.stdout;\n  this.stderr = this.proc.stderr;\n}\n${stop}${extra}\nmodule.exports = Viewer;\n`;
const EXPOSED = (project: string) => `fixtures/js-projects/${project}/lib/viewer.js`;

/** A library's start() that hands a server's child out in the object it returns (audit 10: dynamodb-localhost). */
const HANDED_OUT = (program: string, read = '') => `${CP}module.exports = {\n  start: function (port) {\n    const child = cp.spawn('${program}', ['--port', String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });${read}\n    child.on('error', (e) => { throw e; });\n    return { proc: child, port: port };\n  },\n};\n`;
const SERVER = (name: string) => `fixtures/js-projects/${name}/lib/server.js`;

table('POP102', {
  // Blind audit 34 (vscode-cnb): an AppleScript file writes only its errors on stderr; audit 16
  // (heroku-cli pg:pull): pg_restore given words not known here (the connection, `-d DB` among
  // them) restores into a database and writes nothing on stdout.
  'osascript running an AppleScript file, stderr never read': { code: `${CP}const c = cp.spawn('osascript', [scriptPath, imagePath]);\nc.stdout.on('data', (d) => done(d.toString()));` },
  'pg_restore fed by pg_dump, its connection words spread from a helper': { code: `${CP}const { connArgs } = require('./push-pull');\nconst dump = cp.spawn('pg_dump', ['-F', 'c', ...connArgs(source, true)], { stdio: ['pipe', 'pipe', 2] });\nconst restore = cp.spawn('pg_restore', ['--verbose', '-F', 'c', '--no-acl', ...connArgs(target)], { stdio: ['pipe', 'pipe', 2] });\ndump.stdout.pipe(restore.stdin);\nrestore.on('close', done);` },
  // The object that holds the child handed to a library (audit 22: hydra gives node-7z's stream its
  // ChildProcess, and Seven.listen() drains both streams): read where we cannot see.
  'a child kept on an object that is handed to a library': { code: "const { spawn } = require('child_process');\nconst Seven = require('node-7z');\nfunction extract(file, dest) {\n  const stream = Seven.extractFull(file, '.', { $defer: true });\n  stream._childProcess = spawn(stream._bin, stream._args, { cwd: dest, detached: true });\n  stream.on('end', () => done());\n  Seven.listen(stream);\n}" },
  // One child started at the module's top level, its stdout piped to each request's response: the
  // next viewer's pipe() resumes it, not one blocked child per request (audit 30: machina's raspivid).
  'a camera spawned once at the top level, piped to each response': { code: "const { spawn } = require('child_process');\nconst http = require('http');\nconst child = spawn('ffmpeg', ['-f', 'v4l2', '-i', '/dev/video0', '-f', 'mpegts', '-'], { stdio: ['ignore', 'pipe', 'ignore'] });\nhttp.createServer((req, res) => {\n  child.stdout.pipe(res);\n}).listen(8001);" },
  // webpack-cli prints its stats and errors on stdout; stderr stays all but empty (audit 30: mustafaadnan.xyz, measured).
  'webpack --watch with stdout read and stderr not': { code: `${CP}const child = cp.spawn('webpack', ['--watch', '--mode=development'], { shell: true });\nchild.stdout.on('data', (c) => console.log(c.toString()));` },
  'webpack build with stdout read and stderr not': { code: `${CP}const child = cp.spawn('webpack build --config webpack.prod.js --mode=production', { shell: true });\nchild.stdout.on('data', (c) => console.log(c.toString()));\nchild.on('close', done);` },
  // A setting named for an everyday word that is also a program (watch(1)) holds a command line, not the program.
  'a program word that is an everyday word, without a location word: not that program': { code: `${CP}const w = cp.spawn(config.watch, [], { stdio: ['ignore', 'ignore', 'pipe'] });\nw.stderr.on('data', log);` },
  // A name with no wildcard selects a few files on stdout (the stderr of its walk is shown here).
  'args from split(), a find of one name': { code: `${CP}cp.spawn('find', '/ -name x'.split(' '), ${OUT});` },
  // stdout handed this process's own stdout: no pipe either.
  "a 'data' listener on a child whose stdout is this process's stdout": { code: `${CP}const c = cp.spawn(cmd, args, { stdio: ['ignore', process.stdout, 'pipe'] });\nlet out = '';\nc.stdout?.on('data', (d) => { out += d; });\nc.stderr.resume();\nc.on('exit', () => resolve(out));` },
  // stdio 'inherit': no pipe, so nothing collected and no race (audit 16: vscode-catch2-test-adapter deploy.ts).
  "a 'data' listener on a child whose stdio is inherited, output used at 'exit'": { file: 'test/repo_scripts/deploy.ts', code: `${CP}const c = cp.spawn(command, args, { stdio: 'inherit' });\nlet output = '';\nc.stdout?.on('data', (chunk) => { output += chunk.toString(); });\nc.on('exit', (code) => { if (code == 0) resolve(output); });` },
  // const sp = isJson || spawn(...): no child when isJson, and one read whenever it exists (audit 10: 0x).
  'a child made only under a test, read under the same test': { code: `${CP}const isJson = f.endsWith('.json');\nconst sp = isJson || cp.spawn(process.execPath, ['--prof-process', f], { stdio: ['ignore', 'pipe', 'pipe'] });\nif (!isJson) sp.stdout.on('data', (d) => out.push(d));\nif (!isJson) sp.stderr.pipe(process.stderr);` },
  // A server handed out to callers: one of the project reads a child's stdout, or the module reads it, or the program is no server.
  "a server handed out, the project's other module reads a child's stdout": { code: HANDED_OUT('redis-server'), file: SERVER('exposed-read') },
  'a server handed out, its stdout read here': { code: HANDED_OUT('redis-server', "\n    child.stdout.on('data', (d) => log(d));"), file: SERVER('server-unread') },
  'a program the table does not say serves, handed out': { code: HANDED_OUT('mytool'), file: SERVER('server-unread') },
  'streams read only with a handler the caller gives, the child returned, read by another module': { code: `${CP}exports.execute = function (cmd, onOut) {\n  const c = cp.spawn('make', [cmd]);\n  if (typeof onOut === 'function') c.stdout.on('data', onOut);\n  c.stderr.resume();\n  c.on('close', () => {});\n  return c;\n};\n`, file: SERVER('exposed-read') },
  'streams read only with a handler, the child returned, nothing waits for it here': { code: `${CP}exports.execute = function (cmd, onOut) {\n  const c = cp.spawn('make', [cmd]);\n  if (typeof onOut === 'function') c.stdout.on('data', onOut);\n  c.stderr.resume();\n  return c;\n};\n`, file: SERVER('server-unread') },
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
  // A program written here, its words the callers': judged by theirs (`git rev-parse` prints a line).
  'a git helper whose callers pass quiet subcommands, stdout never read': { code: `${CP}function run(args) {\n  const c = cp.spawn('git', args);\n  c.on('close', done);\n}\nrun(['rev-parse', 'HEAD']);\nrun(['--version']);` },
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
  'stdio array, a conditional whose every branch writes elsewhere': { code: `${CP}cp.spawn('find', ['/'], { stdio: ['ignore', quiet ? 'ignore' : process.stdout, (quiet) ? 'ignore' : 'inherit'] });` },
  'fork with default stdio': { code: `${CP}cp.fork('worker.js');\ncp.fork('worker.js', [], { silent: false });` },
  "on('data')": { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.stdout.on('data', (d) => process.stdout.write(d));` },
  'both streams read': { code: `${CP}const c = cp.spawn('find', ['/']);\nc.stdout.on('data', console.log);\nc.stderr.on('data', console.error);` },
  'pipe': { code: `${CP}cp.spawn('find', ['/'], ${OUT}).stdout.pipe(process.stdout);` },
  'resume': { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.stdout.resume();` },
  'setEncoding then on(data)': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.setEncoding('utf8').on('data', console.log);` },
  // A child piped into a response by a handler that learns when the client goes away, or by pipeline(), which destroys the pipe with it.
  "stdout piped into a response, the child killed on the request's 'close'": { code: `${CP}require('http').createServer((req, res) => {\n  const ff = cp.spawn('ffmpeg', ['-i', req.url.slice(1), '-f', 'webm', 'pipe:1'], { stdio: ['ignore', 'pipe', 'ignore'] });\n  ff.stdout.pipe(res);\n  req.on('close', () => ff.kill());\n});` },
  'stdout handed to stream.pipeline() with the response': { code: `${CP}const { pipeline } = require('stream');\napp.get('/video', (req, res) => {\n  const ff = cp.spawn('ffmpeg', ['-i', 'in.mp4', '-f', 'webm', 'pipe:1'], { stdio: ['ignore', 'pipe', 'ignore'] });\n  pipeline(ff.stdout, res, () => {});\n});` },
  "stdout piped into a writable that is not a handler's response": { code: `${CP}function save(res) {\n  const ff = cp.spawn('ffmpeg', ['-i', 'in.mp4', '-f', 'webm', 'pipe:1'], { stdio: ['ignore', 'pipe', 'ignore'] });\n  ff.stdout.pipe(res);\n}` },
  // Both streams read at once, or the second one already read while the first is iterated: nothing waits on a full pipe.
  'stderr and stdout iterated at once in Promise.all': { code: `${CP}async function run(cmd, args) {\n  const p = cp.spawn(cmd, args);\n  let out = '';\n  let err = '';\n  await Promise.all([\n    (async () => { for await (const c of p.stderr) err += c; })(),\n    (async () => { for await (const c of p.stdout) out += c; })(),\n  ]);\n  return out;\n}` },
  "stdout collected by a 'data' listener before stderr is iterated to its end": { code: `${CP}async function run(cmd, args) {\n  const p = cp.spawn(cmd, args);\n  let out = '';\n  p.stdout.on('data', (d) => { out += d; });\n  for await (const c of p.stderr) console.error(String(c));\n  return out;\n}` },
  'stderr iterated only to its first chunk (break), then stdout': { code: `${CP}async function run(cmd, args) {\n  const p = cp.spawn(cmd, args);\n  let err = '';\n  for await (const c of p.stderr) { err = String(c); break; }\n  let out = '';\n  for await (const c of p.stdout) out += c;\n  return out + err;\n}` },
  'stdout iterated after stderr, stderr not a pipe': { code: `${CP}async function run(cmd, args) {\n  const p = cp.spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });\n  let out = '';\n  if (p.stderr) for await (const c of p.stderr) console.error(String(c));\n  for await (const c of p.stdout) out += c;\n  return out;\n}` },
  'for await': { code: `${CP}async function f() {\n  const c = cp.spawn('find', [], ${OUT});\n  for await (const chunk of c.stdout) console.log(chunk);\n}` },
  'readline.createInterface': { code: `${CP}const readline = require('readline');\nconst c = cp.spawn('find', [], ${OUT});\nreadline.createInterface({ input: c.stdout }).on('line', console.log);` },
  'stream aliased then read': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nconst out = c.stdout;\nout.on('data', console.log);` },
  'stdio[1] and stdio[2]': { code: `${CP}const c = cp.spawn('find');\nc.stdio[1].on('data', console.log);\nc.stdio[2].pipe(process.stderr);` },
  'event name not literal': { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.on(eventName, console.log);` },
  'returned to an unknown caller (exported)': { code: `${CP}export function start() { return cp.spawn('server'); }`, file: 'case.mjs' },
  'returned by a helper whose caller reads it': { code: `${CP}function start() { return cp.spawn('server', [], ${OUT}); }\nconst s = start();\ns.stdout.pipe(process.stdout);` },
  'resolved from a promise': { code: `${CP}new Promise((resolve) => resolve(cp.spawn('server')));` },
  // A helper's child read by one caller and only waited for by others, whose words decide (audit 36: vscode-better-git-line-blame).
  'a git helper: one caller reads stdout, the others only wait for ls-files --error-unmatch and cat-file -e': { code: `${CP}function gitSpawn(root, args) {\n  return cp.spawn('git', ['-C', root, ...args]);\n}\nfunction checkTracked(root, path, done) {\n  gitSpawn(root, ['ls-files', '--error-unmatch', path]).on('close', (code) => done(code === 0));\n}\nfunction exists(root, sha, path, done) {\n  gitSpawn(root, ['cat-file', '-e', sha + ':' + path]).on('close', (code) => done(code === 0));\n}\nasync function gitStdout(root, args) {\n  let out = '';\n  for await (const d of gitSpawn(root, args).stdout) out += d;\n  return out;\n}` },
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
  // Issue 11: output kept by 'line' listeners or a Writable, not used at 'exit' (audit 20).
  "'line' listeners keeping the lines, the 'exit' listener using only the code": { code: `${CP}import * as readline from 'readline';\nconst c = cp.spawn('ghc-modi', []);\nc.stderr.resume();\nconst lines = [];\nreadline.createInterface({ input: c.stdout }).on('line', (l) => lines.push(l));\nc.on('exit', (code) => done(code));` },
  "'line' listeners keeping the lines, used at 'close'": { code: `${CP}import * as readline from 'readline';\nconst c = cp.spawn('ghc-modi', []);\nc.stderr.resume();\nconst lines = [];\nconst rl = readline.createInterface({ input: c.stdout });\nrl.on('line', (l) => lines.push(l));\nc.on('close', (code) => done(code, lines));` },
  "stderr piped into a file, the 'exit' listener reading another variable": { code: `${CP}import * as fs from 'fs';\nconst c = cp.spawn('make', [], { stdio: ['ignore', 'inherit', 'pipe'] });\nlet log = '';\nc.stderr.pipe(fs.createWriteStream('make.log'));\nc.on('exit', (code) => done(code, log));` },
  // A loop or a sink that keeps the output, the child's end awaited with 'close', or not read at 'exit'.
  "a for await loop over stdout, resolved at 'close'": { code: `${CP}async function run() {\n  const c = cp.spawn('ghc-modi', [], { stdio: ['pipe', 'pipe', 'inherit'] });\n  const lines = [];\n  c.on('close', (code) => done(code, lines));\n  for await (const l of c.stdout) lines.push(l);\n}` },
  "concat-stream's callback, the 'exit' listener taking the code only": { code: `${CP}const concat = require('concat-stream');\nconst c = cp.spawn('git', ['log'], { stdio: ['ignore', 'pipe', 'inherit'] });\nlet out;\nc.stdout.pipe(concat((buf) => { out = buf; }));\nc.on('exit', (code) => done(code));` },
  // A child kept in a property another method assigns too: the other method's listeners may be on another child.
  "a generator of the class reading a child another method also keeps there": { code: `${CP}class P {\n  constructor() { this.proc = cp.spawn('ghc-modi', []); }\n  restart() { this.proc = cp.spawn('ghc-modi', ['--restart']); }\n  async interact() {\n    const out = [];\n    this.proc.stderr.resume();\n    this.proc.once('exit', () => done(out));\n    for await (const l of this.readgen(this.proc.stdout)) out.push(l);\n  }\n  async *readgen(s) { for await (const c of s) yield String(c); }\n}` },
  "a Writable keeping stderr, the 'exit' listener not reading it": { code: `${CP}import { Writable } from 'stream';\nconst c = cp.fork('worker.js', [], { silent: true });\nlet err = '';\nconst sink = new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } });\nc.stdout.resume();\nc.stderr.pipe(sink);\nc.on('exit', (code) => done(code));` },
  // A thunk the 'exit' listener hands to a function that runs it after 'close' (audit 18: inspector's
  // smoke-tui), and a timer that gives the pipes time to drain (node-java-caller): not read at 'exit'.
  "a thunk handed on at 'exit', run after 'close'": { code: `${CP}const c = cp.spawn('node', ['tui.js'], ${OUT});\nlet out = '';\nlet closed = false;\nc.stdout.on('data', (d) => (out += d));\nfunction done(code, message) { if (closed) finish(code, message); else c.once('close', () => finish(code, message)); }\nfunction finish(code, message) { console.error(message()); process.exit(code); }\nc.on('close', () => { closed = true; });\nc.on('exit', (code) => done(1, () => 'exited ' + code + ': ' + out));` },
  "the output read by a timer the 'exit' listener sets": { code: `${CP}const c = cp.spawn('java', ['-version']);\nlet err = '';\nc.stderr.on('data', (d) => (err += d));\nc.on('close', () => resolve(err));\nc.on('exit', () => { setTimeout(() => resolve(err), 200); });` },
  // The child returned by a private method (audit 28: homebridge-eufy-security): its caller's output used at 'close'.
  "a private method returns the child, its caller collects stdout and uses it at 'close'": { file: 'src/render.ts', code: `import * as cp from 'child_process';\nexport class Renderer {\n  private start(args: string[]) {\n    const c = cp.spawn('dot', args);\n    c.stderr.resume();\n    return c;\n  }\n  render(file: string): Promise<Buffer> {\n    const c = this.start(['-Tpng', file]);\n    const out: Buffer[] = [];\n    c.stdout.on('data', (d) => out.push(d));\n    return new Promise((resolve) => c.on('close', () => resolve(Buffer.concat(out))));\n  }\n}` },
  // ffmpeg's arguments written here name an output file: stdout is quiet, and nothing collected there is lost.
  "ffmpeg writing a file, stdout collected and used at 'exit'": { code: `${CP}const ff = cp.spawn('ffmpeg', ['-i', 'a.mp4', 'b.webm']);\nlet out = '';\nff.stdout.on('data', (d) => { out += d; });\nff.stderr.resume();\nff.on('exit', () => done(out));` },
  "collected on 'data', used in 'close'": { code: `${CP}const c = cp.spawn('make', [], ${OUT});\nlet out = '';\nc.stdout.on('data', (d) => (out += d));\nc.on('close', () => console.log(out));` },
  // spawn('ffmpeg') alone checks that it is installed: its banner and a usage hint (audit 26: TGVCBot)
  'ffmpeg alone, its streams never read': { code: `${CP}const ff = cp.spawn('ffmpeg');\nff.on('error', () => console.log('ffmpeg is not installed'));` },
  // One frame (blind audit 46: wabot-aq's overlay, `-frames:v 1`; simple-thumbnail's `-vframes 1`): the banner and a stats line.
  'ffmpeg rendering one frame, its stderr never read': { code: `${CP}const p = cp.spawn('ffmpeg', ['-y', '-i', img, '-filter_complex', layers.join(';'), '-frames:v', '1', out]);\np.on('close', () => resolve(fs.readFileSync(out)));` },
  'ffmpeg writing one thumbnail image, its stderr never read': { code: `${CP}const p = cp.spawn('ffmpeg', ['-ss', '5', '-i', src, '-vf', 'scale=320:-1', \`\${dir}/thumb.jpg\`]);\np.on('close', done);` },
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
  "one counting handler for 'exit' and stderr 'close'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet err = '';\nlet left = 2;\nconst onEnd = () => { if (--left === 0) reject(new Error(err)); };\nc.stdout.resume();\nc.stderr.on('data', (d) => { err += d; });\nc.stderr.on('close', onEnd);\nc.on('exit', onEnd);` },
  // A value the 'data' listener makes from something else than its chunk is no output (audit 24: foreground-child immortal-child.ts).
  "a timer set by 'data', cleared at 'exit'; the output used at 'close'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nlet timer;\nc.stdout.on('data', (d) => {\n  out += d;\n  if (timer === undefined) timer = setTimeout(() => c.kill(), 200);\n});\nc.stderr.resume();\nc.on('exit', () => timer !== undefined && clearTimeout(timer));\nc.on('close', () => done(out));` },
  // The chunk is a variable, not a name: a nested function's own `d` and a property `d` are not it.
  "a timer whose callback names its parameter like the chunk, cleared at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nlet timer;\nlet last;\nc.stdout.on('data', (d) => {\n  out += d;\n  last = { d: Date.now() };\n  timer = setTimeout((d) => d.kill(), 200, c);\n});\nc.stderr.resume();\nc.on('exit', () => { clearTimeout(timer); log(last); });\nc.on('close', () => done(out));` },
  "a property named like the output, at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet stdout = '';\nc.stdout.on('data', (d) => { stdout += d; });\nc.stderr.resume();\nc.on('exit', (code) => { c.stdout.removeAllListeners(); done(code); });\nc.on('close', () => done(stdout));` },
  "spawn handed in as a parameter typed as another module's function": { file: 'src/spawn.ts', code: "import * as fake from './fake-spawn';\nconst run = (actualSpawn: typeof fake.spawn) => {\n  const c = actualSpawn('elm', ['make']);\n  const out: Buffer[] = [];\n  c.stdout.on('data', (d) => out.push(d));\n  c.on('exit', () => done(Buffer.concat(out)));\n};" },
  "'exit' and the streams' 'end' both awaited by one helper": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nlet left = 2;\nfunction finish() { if (--left === 0) done(out); }\nc.stdout.on('data', (d) => { out += d; });\nc.stdout.on('end', finish);\nc.stderr.resume();\nc.on('exit', finish);` },
  // Issue 11: a command taken from the module chosen per platform is the commands written there.
  'clipboard commands of per-platform modules (they print nothing)': { file: 'fixtures/js-projects/platform-modules/index.js', code: `${CP}let config;\nswitch (process.platform) {\n  case 'darwin': config = require('./platform/darwin'); break;\n  case 'win32': config = require('./platform/win32'); break;\n  default: config = require('./platform/linux');\n}\nconst child = cp.spawn(config.copy.command, config.copy.args, { env: process.env });\nchild.on('exit', (code) => done(code));\nchild.stdin.end(text);` },
  "output used in a stream 'end' listener set up at 'exit'": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nc.stdout.on('data', (d) => { out += d; });\nc.stderr.resume();\nc.on('exit', (code) => { c.stdout.on('end', () => done(code, out)); });` },
  // Audit 16 (cdk8s-cli): the output resolves a helper's promise that its only caller drops.
  "output used at 'exit' only in a debug log": { code: `${CP}const c = cp.spawn('unoconv', ['--stdout', f]);\nlet out = '';\nc.stdout.on('data', (d) => { out += d; });\nc.stderr.resume();\nc.on('exit', (code) => { log.debug(out); done(code); });` },
  // Audit 16 (node-red-nodes ping6): a child started in another child's 'close' listener, read as it runs.
  "a child started in another child's 'close' listener, its stdout read as it runs": { code: `${CP}const first = cp.spawn('ping', ['-c', '1', host]);\nfirst.stdout.resume();\nfirst.on('close', () => {\n  const again = cp.spawn('ping6', [...opts, host]);\n  let line = '';\n  again.stdout.on('data', (d) => { line += d; });\n  again.on('close', () => done(line));\n});` },
  "a child kept on this: another method's listeners are another child's": { code: `${CP}class Say {\n  speak(text) {\n    this.child = cp.spawn('say', [text]);\n    this.child.stdout.resume();\n    this.child.on('exit', () => { this.child = null; });\n  }\n  voices(cb) {\n    let v = '';\n    this.child = cp.spawn('say', ['-v', '?']);\n    this.child.stderr.resume();\n    this.child.stdout.on('data', (d) => { v += d; });\n    this.child.on('close', () => cb(v));\n  }\n}` },
  // Audits 10 and 12: output of a few lines is written at once, before the child exits (a version probe).
  "'data' echoing to this process's stdout, the 'exit' listener clearing the line": { code: `${CP}const c = cp.spawn('npm', ['install']);\nc.stdout.resume();\nc.stderr.on('data', (b) => { readline.clearLine(process.stdout, 0); process.stdout.write(String(b)); });\nc.on('exit', () => { readline.clearLine(process.stdout, 0); done(); });` },
  // A child handed to a function of this module (passed-child.ts): what it reads of the child counts.
  'a child handed to a local function that reads both streams': { code: `${CP}${HANDLE("  child.stdout.pipe(process.stdout);\n  child.stderr.on('data', log);")}const c = cp.spawn('yt-dlp', ['-o', out, url]);\nwatch(c, out);` },
  'a child handed to a local function that hands it on': { code: `${CP}${HANDLE('  pool.push(child);')}const c = cp.spawn('yt-dlp', ['-o', out, url]);\nwatch(c, out);` },
  'a child handed to a local function that reads stdout only when asked': { code: `${CP}${HANDLE('  if (file) child.stdout.pipe(process.stdout);')}const c = cp.spawn('npm', ['ci'], ${OUT});\nwatch(c, out);` },
  'a child handed to a function whose stdout branch this caller takes (null file)': { code: `${CP}${MODES}handle(c, null);` },
  'a child handed to a function with a mode not known here': { code: `${CP}${MODES}handle(c, target);` },
  'yt-dlp -o -, arguments spread from a list that may hold -q': { code: `${CP}const quiet = verbose ? [] : ['-q'];\nconst yt = cp.spawn('yt-dlp', [...quiet, '-o', '-', url], { stdio: ['ignore', 'pipe', 'pipe'] });\nyt.stdout.pipe(res);` },
  'yt-dlp writing the video to stdout quietly, stderr not read': { code: `${CP}const yt = cp.spawn('yt-dlp', ['-q', '-o', '-', url], { stdio: ['ignore', 'pipe', 'pipe'] });\nyt.stdout.pipe(res);` },
  // bash -c of a line held in a name, through a template of that name alone: `source` and `env` print a few lines (audit 40: piston).
  'env -i bash -c `${line}`: the environment, stderr unread': { code: `${CP}function envOf(dir) {\n  const line = \`cd \${dir}; source environment; env\`;\n  const proc = cp.spawn('env', ['-i', 'bash', '-c', \`\${line}\`], { stdio: ['ignore', 'pipe', 'pipe'] });\n  proc.stdout.on('data', (d) => out.push(d));\n  proc.on('close', done);\n}` },
  // cvlc at its default verbosity prints its banner and its errors only (audit 32: a robot's sound scripts, `cvlc sound.mp3`).
  'cvlc playing a file, its pipes unread': { code: `${CP}const player = cp.spawn('cvlc', ['stop.mp3']);` },
  // Blind audit 42: ffmpeg's null muxer (`-f null -`) writes nothing on stdout; cpplint's diagnostics
  // go to stderr, stdout has a line per file it is given; ssh-keygen named by a Windows path is ssh-keygen.
  'ffmpeg -f null - with stderr read': { code: `${CP}const c = cp.spawn('ffmpeg', ['-i', p, '-af', 'silencedetect', '-f', 'null', '-'], { stdio: ['ignore', 'pipe', 'pipe'] });\nc.stderr.on('data', collect);\nc.on('close', done);` },
  'cpplint of one file with stderr read': { code: `${CP}const c = cp.spawn('cpplint.exe', [file]);\nc.stderr.on('data', collect);\nc.stderr.on('end', done);` },
  'ssh-keygen by its Windows path with stderr read': { code: `${CP}const c = cp.spawn('C:\\\\Windows\\\\System32\\\\OpenSSH\\\\ssh-keygen.exe', ['-q', '-t', 'ed25519', '-f', key, '-N', '']);\nc.stderr.on('data', collect);\nc.on('close', done);` },
}, {
  'a git helper: one caller reads stdout, the other only waits for git log': { code: `${CP}function gitSpawn(root, args) {\n  return cp.spawn('git', ['-C', root, ...args]);\n}\nfunction lastChange(root, done) {\n  gitSpawn(root, ['log', '--format=%H']).on('close', (code) => done(code === 0));\n}\nasync function gitStdout(root, args) {\n  let out = '';\n  for await (const d of gitSpawn(root, args).stdout) out += d;\n  return out;\n}`, errors: [[3, 10, 'spawn(): stdout is never read, the child being returned by gitSpawn() and only waited for at line 6 (`git` can print a lot: the command the caller at case.js:6 passes): on Node 20 the child blocks for good once about 20–243 KiB are waiting']] },
  // Audit 30 (ffmpeg-progress): an example runs the project's 10 s fixture; reported as in-example, at `possible` only (the snapshot pins it).
  'ffmpeg progress with stderr not read, in an examples folder': { code: `${CP}const child = cp.spawn('ffmpeg', ['-re', '-i', config.inputFile, '-progress', '-', '-f', 'null', '-']);\nchild.stdout.on('data', show);`, file: 'examples/progress-stdout.js', errors: [[2, 15, NEVER('stderr', '`ffmpeg -progress -` writes its media to stdout and logs its progress on stderr')]] },
  // --progress prints the ProgressPlugin's lines on stderr on every build.
  'webpack --watch --progress with stderr not read': { code: `${CP}const child = cp.spawn('webpack', ['--watch', '--progress']);\nchild.stdout.on('data', show);`, errors: [[2, 15, NEVER('stderr', '`webpack --progress --watch` runs in watch mode: it prints its progress on stderr and its stats on stdout on every change until it is stopped')]] },
  // stdout piped into an HTTP response, nothing stopping the child when the client leaves (audit 26:
  // nodejs-ffmpeg-stream-server, timearmor): blocked for good once the viewer is gone (test/e2e/js-hazard-client-pipe.test.ts).
  'stdout piped into the response of http.createServer, stderr never read': { code: `import http from 'http';\nimport { spawn } from 'child_process';\nhttp.createServer((request, response) => {\n  const ffmpeg = spawn('ffmpeg', ['-i', 'in.mp4', '-c:v', 'libx264', '-f', 'matroska', 'pipe:1']);\n  ffmpeg.stdout.pipe(response);\n});`, file: 'case.mjs', errors: [[4, 18, CLIENT('line 5', '`ffmpeg -f matroska pipe:1` writes its media to stdout and logs its progress on stderr')], [4, 18, NEVER('stderr', '`ffmpeg -f matroska pipe:1` writes its media to stdout and logs its progress on stderr')]] },
  "stdout piped into the response of an express route": { code: `${CP}app.get('/video/:id', (req, res) => {\n  const ff = cp.spawn('ffmpeg', ['-i', req.params.id, '-f', 'webm', 'pipe:1'], { stdio: ['ignore', 'pipe', 'ignore'] });\n  res.writeHead(200, { 'Content-Type': 'video/webm' });\n  ff.stdout.pipe(res);\n});`, errors: [[3, 14, CLIENT('line 5', '`ffmpeg -f webm pipe:1` writes its media to stdout and logs its progress on stderr')]] },
  'stdout returned, piped into a response by a route of another module': { code: fs.readFileSync(CLIENT_PIPE('client-pipe'), 'utf8'), file: CLIENT_PIPE('client-pipe'), errors: [[4, 14, CLIENT('../routes/streams.ts:9', '`ffmpeg -f webm pipe:1` writes its media to stdout and logs its progress on stderr')]] },
  // One stream read to its end before the other is read at all (audit 26: tinyexec's _waitForOutput):
  // the child blocks on the unread one, the first never ends (test/e2e/js-hazard-sequential.test.ts).
  'stderr iterated to its end before stdout': { code: `${CP}async function run(cmd, args) {\n  const p = cp.spawn(cmd, args);\n  let err = '';\n  let out = '';\n  for await (const c of p.stderr) err += c;\n  for await (const c of p.stdout) out += c;\n  return { out, err };\n}`, errors: [[3, 13, SEQUENTIAL('stdout', 'stderr', 6, 7, UNKNOWN)]] },
  'stdout iterated to its end before stderr is read by a listener': { code: `${CP}async function build(targets) {\n  const p = cp.spawn('make', targets);\n  let out = '';\n  for await (const c of p.stdout) out += c;\n  let err = '';\n  p.stderr.on('data', (d) => { err += d; });\n  return out;\n}`, errors: [[3, 13, SEQUENTIAL('stderr', 'stdout', 5, 7, BUILDS('make'))]] },
  'a class keeping the streams, read one after the other in the method that awaits the result, another method reading both': { file: 'src/main.ts', code: "import { spawn, type ChildProcess } from 'node:child_process';\nimport type { Readable } from 'node:stream';\nexport class Proc {\n  protected _process?: ChildProcess;\n  protected _out?: Readable;\n  protected _err?: Readable;\n  constructor(private cmd: string, private args: string[]) {}\n  get process() { return this._process; }\n  async *lines() {\n    const all = merge([this._err!, this._out!]);\n    for await (const l of all) yield l;\n  }\n  async output() {\n    let stderr = '';\n    let stdout = '';\n    if (this._err) {\n      for await (const c of this._err) stderr += c.toString();\n    }\n    if (this._out) {\n      for await (const c of this._out) stdout += c.toString();\n    }\n    return { stdout, stderr };\n  }\n  start() {\n    const handle = spawn(this.cmd, this.args, this.options());\n    if (handle.stderr) this._err = handle.stderr;\n    if (handle.stdout) this._out = handle.stdout;\n    this._process = handle;\n  }\n}", errors: [[25, 20, SEQUENTIAL('stdout', 'stderr', 17, 20, UNKNOWN)]] },
  'a git helper one of whose callers passes git log -p, stdout never read': { code: `${CP}function run(args) {\n  const c = cp.spawn('git', args);\n  c.on('close', done);\n}\nrun(['rev-parse', 'HEAD']);\nrun(['log', '-p']);`, errors: [[3, 13, NEVER('stdout', '`git log -p` prints a diff per commit: the command the caller at case.js:7 passes')]] },
  // ... but an object the module keeps to itself is read only here.
  'a child kept on a local object that stays in the module': { code: "const { spawn } = require('child_process');\nfunction walk(dir) {\n  const job = { dir };\n  job.child = spawn('find', [dir]);\n  job.child.on('exit', (code) => console.log(job.dir, code));\n}", errors: [[4, 15, NEVER('stdout and stderr', FIND)]] },
  // The program's path from a package named for it, or a name that holds the program's name as a
  // word beside a word for a location (audit 22: PetCam's `require('ffmpeg-static')`); a live RTSP
  // input prints ffmpeg's stats line for as long as the camera streams.
  'ffmpeg from ffmpeg-static, a live camera relayed to stdout, stderr never read': { code: `${CP}const pathToFfmpeg = require('ffmpeg-static');\nfunction record(url, out) {\n  const p = cp.spawn(pathToFfmpeg, ['-rtsp_transport', 'tcp', '-i', url, '-f', 'mpeg1video', '-']);\n  p.stdout.pipe(out);\n}`, errors: [[4, 13, NEVER('stderr', '`ffmpeg -f mpeg1video -` writes its media to stdout and logs its progress on stderr')]] },
  'ffmpeg from a config property named for it, a v4l2 camera streamed to a URL': { code: `${CP}function relay(config) {\n  return new Promise((done) => cp.spawn(config.ffmpegDir, ['-f', 'v4l2', '-i', '/dev/video0', '-f', 'mpegts', 'http://localhost:8081/feed']).on('close', done));\n}`, errors: [[3, 32, NEVER('stderr', '`ffmpeg -f v4l2` reads or writes a network, live or segmented stream: it logs each segment it opens and its stats line on stderr for as long as the stream runs')]] },
  // Handed out in the object start() returns: nothing in the project reads a child's stdout.
  'a server handed out in the object a library function returns': {
    code: HANDED_OUT('redis-server'),
    file: SERVER('server-unread'),
    errors: [[4, 19, "spawn(): stdout is never read, the child being returned by start() as `proc` to callers outside this module, and no code in this project reads a child's stdout (`redis-server` serves until it is stopped and logs every request or event): unless every caller reads it, on Node 20 the child blocks for good once about 20–243 KiB are waiting"]],
  },
  'DynamoDB Local returned by a library function': {
    code: `${CP}exports.start = function (dir, jar) {\n  return cp.spawn('java', ['-Djava.library.path=' + dir + '/DynamoDBLocal_lib', '-jar', jar], { stdio: ['pipe', 'pipe', process.stderr] });\n};\n`,
    file: SERVER('server-unread'),
    errors: [[3, 10, "spawn(): stdout is never read, the child being returned by start() to callers outside this module, and no code in this project reads a child's stdout (`java -Djava.library.path=…/DynamoDBLocal_lib` runs DynamoDB Local, which serves until it is stopped and logs on stdout): unless every caller reads it, on Node 20 the child blocks for good once about 20–243 KiB are waiting"]],
  },
  // An API that reads the streams only for a caller that gives a handler, and returns the child
  // (audit 14: node-rsync's execute(callback, stdoutHandler, stderrHandler)).
  'streams read only with a handler the caller gives, the child returned': {
    code: `${CP}function Sync() { this.handlers = {}; }\nSync.prototype.execute = function (callback, onOut, onErr) {\n  this.handlers = { stdout: onOut, stderr: onErr };\n  const c = cp.spawn('make', ['-C', this.dir], { stdio: 'pipe' });\n  if (typeof this.handlers.stdout === 'function') c.stdout.on('data', this.handlers.stdout);\n  if (typeof this.handlers.stderr === 'function') c.stderr.on('data', this.handlers.stderr);\n  c.on('close', (code) => callback(code));\n  return c;\n};\nmodule.exports = Sync;\n`,
    file: SERVER('server-unread'),
    errors: [[5, 13, `spawn(): stdout is read only when \`typeof this.handlers.stdout === 'function'\` and stderr is read only when \`typeof this.handlers.stderr === 'function'\`, a handler the caller may give, the child being returned by execute() to callers outside this module, and no code in this project reads a child's stdout and stderr (${BUILDS('make')}): a caller that gives none leaves them unread, and ${BLOCKS}`]],
  },
  'node running a script of the project whose required module logs': { file: 'fixtures/js-projects/silent-supervisor/index.js', code: `${CP}const path = require('path');\nconst child = cp.spawn('node', [path.join(__dirname, 'bin', 'watch.js')]);\nchild.on('close', done);`, errors: [[3, 15, NEVER('stdout and stderr', '`node` runs a program whose output can grow')]] },
  'cmd.exe with /c runs a program': { code: `${CP}const child = cp.spawn('cmd.exe', ['/c', __dirname + '/build.cmd']);\nchild.on('close', () => {});`, errors: [[2, 15, NEVER('stdout and stderr', '`cmd.exe` runs a program whose output can grow')]] },
  // Re-exposed only, nothing in the project reads them, and the child lives until stop().
  'streams only re-exposed on the object that keeps the child until stop()': {
    code: VIEWER(),
    file: EXPOSED('exposed-unread'),
    errors: [[4, 15, `spawn(): stdout and stderr are only re-exposed as \`this.stdout\` and \`this.stderr\`, which nothing in this project reads, for a child that runs until this code stops it (line 10) (${UNKNOWN}): unless every user of the object reads them, ${BLOCKS}`]],
  },
  'a static class property written elsewhere is not its declared value': { code: `${CP}class Term {\n  static PATH = '/usr/bin/gnome-terminal';\n}\nTerm.PATH = process.env.TERMINAL_CMD;\nconst c = cp.spawn(Term.PATH, args);\nc.on('exit', (code) => done(code));`, errors: [[6, 11, 'spawn(): stdout and stderr are never read (the command is not known statically): on Node 20 the child blocks for good once about 20–243 KiB are waiting']] },
  'node running a script of the project that prints': { file: 'fixtures/hazards/js/scripts/main.js', code: `${CP}const child = cp.spawn('node', ['./ticker.js']);\nchild.on('exit', done);`, errors: [[2, 15, 'spawn(): stdout and stderr are never read (`node` runs a program whose output can grow): on Node 20 the child blocks for good once about 20–243 KiB are waiting']] },
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
  // Issue 11 (audit 12: vscode-ruby's RuboCop formatter): a private method named `spawn` that
  // calls `cp.spawn` is still followed to its callers (`cp.spawn` is the module's function), and
  // `const spawnOpt = options ? options : {}` is the caller's options, which set no stdio here.
  'a private spawn() around cp.spawn, options given or none': {
    file: 'src/rubocop.ts',
    code: "import * as cp from 'child_process';\nexport class RuboCop {\n  private spawn = (args: string[], options?: cp.SpawnOptions): cp.ChildProcess => {\n    const spawnOpt: cp.SpawnOptions = options ? options : {};\n    if (!spawnOpt.cwd) spawnOpt.cwd = process.cwd();\n    return cp.spawn('rubocop', args, spawnOpt);\n  };\n  correct(file: string, done: (code: number | null) => void) {\n    const rubo = this.spawn(['-a', '-f', 'simple', file], { env: process.env });\n    rubo.stderr!.on('data', (d) => console.log(`${d}`));\n    rubo.on('exit', done);\n  }\n}\n",
    errors: [[9, 18, CALLER('spawn', 'line 6', 'stdout', '`rubocop` prints a line per problem or file')]],
  },
  'a private spawn() around cp.spawn whose caller asks for inherit': {
    file: 'src/rubocop.ts',
    code: "import * as cp from 'child_process';\nexport class RuboCop {\n  private spawn(args: string[], options?: cp.SpawnOptions): cp.ChildProcess {\n    const spawnOpt = options || {};\n    return cp.spawn('rubocop', args, spawnOpt);\n  }\n  correct(file: string, done: (code: number | null) => void) {\n    this.spawn(['-a', file], { stdio: 'inherit' }).on('exit', done);\n  }\n}\n",
    errors: [],
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
  // JavaScript for Automation writes console.log on stderr; pg_restore of a file with no database named prints the SQL.
  'osascript running a JXA script, stderr never read': { code: `${CP}const c = cp.spawn('osascript', ['-l', 'JavaScript', scriptPath]);\nc.stdout.on('data', (d) => done(d.toString()));`, errors: [[2, 11, NEVER('stderr', '`osascript -l JavaScript` runs JavaScript for Automation: the value its script ends with on stdout, its console.log lines on stderr')]] },
  'pg_restore of a file, no database named, stdout never read': { code: `${CP}const r = cp.spawn('pg_restore', ['-F', 'c', 'latest.dump'], ${OUT});\nr.on('close', done);`, errors: [[2, 11, NEVER('stdout', '`pg_restore` writes the dump to stdout')]] },
  'listener on exit only': { code: `${CP}const c = cp.spawn('find', ['/'], ${OUT});\nc.on('close', (code) => console.log(code));`, errors: [[2, 11, NEVER('stdout', FIND)]] },
  'chained listener': { code: `${CP}cp.spawn('find', [], ${OUT}).on('exit', () => {});`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  "stdio 'pipe'": { code: `${CP}cp.spawn('find', { stdio: 'pipe' });`, errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'stdio array, stdout piped': { code: `${CP}cp.spawn('find', [], { stdio: ['ignore', 'pipe', 'inherit'] });`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  'stdio array, stdout piped on one branch of a conditional': { code: `${CP}cp.spawn('find', [], { stdio: ['ignore', capture ? 'pipe' : process.stdout, 'inherit'] });`, errors: [[2, 1, NEVER('stdout', FIND)]] },
  'stdio array, stderr the default on one branch of a conditional': { code: `${CP}const c = cp.spawn('find', [], { stdio: ['ignore', 'inherit', verbose ? 'inherit' : (undefined)] });\nc.on('exit', done);`, errors: [[2, 11, NEVER('stderr', FIND)]] },
  'stdio array shorter than 2': { code: `${CP}cp.spawn('find', [], { stdio: ['inherit'] });`, errors: [[2, 1, NEVER('stdout and stderr', FIND)]] },
  'fork silent': { code: `${CP}cp.fork('worker.js', [], { silent: true });`, errors: [[2, 1, NEVER('stdout and stderr', '`node` runs a program whose output can grow', 'fork')]] },
  "only stdout.on('end')": { code: `${CP}const c = cp.spawn('find', [], ${OUT});\nc.stdout.on('end', () => {});`, errors: [[2, 11, NEVER('stdout', FIND)]] },
  'options const': { code: `${CP}const opts = { cwd: '/' };\ncp.spawn('find', [], opts);`, errors: [[3, 1, NEVER('stdout and stderr', FIND)]] },
  'options const, another key changed later': { code: `${CP}const opts = { stdio: ['ignore', 'pipe', 'inherit'] };\nopts.cwd = '/';\ncp.spawn('find', [], opts);`, errors: [[4, 1, NEVER('stdout', FIND)]] },
  'assigned later': { code: `${CP}let c;\nc = cp.spawn('find', [], ${OUT});\nc.on('exit', () => {});`, errors: [[3, 5, NEVER('stdout', FIND)]] },
  'args from split()': { code: `${CP}cp.spawn('find', '/ -type f'.split(' '), ${OUT});`, errors: [[2, 1, NEVER('stdout', FIND)]] },
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
  // Shape 7: options whose stdio is written after their declaration: js-rules-pop102-options.test.ts.
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
  // Audit 32 (a restore script): the child is started in a .then callback that does not return it, and the next .then exits.
  'a child started in a promise chain, the next then link exiting': { code: `${CP}connect()\n  .then(function () {\n    if (gz) return load();\n    else cp.spawn('psql', ['-f', file]);\n  })\n  .catch(function (err) { console.error(err); })\n  .then(function () {\n    console.log('done');\n    process.exit();\n  });`, errors: [[5, 10, `${NEVER('stdout', PSQL)}; this process exits soon after (line 10), and the child dies at its next write`]] },
  'a child started in a promise chain and returned, the next then link exiting': { code: `${CP}connect()\n  .then(function () {\n    const c = cp.spawn('psql', ['-f', file]);\n    return new Promise((r) => c.on('close', r));\n  })\n  .then(function () {\n    process.exit();\n  });`, errors: [[4, 15, NEVER('stdout', PSQL)]] },
  'a fire-and-forget child in a test, the process exiting right after': { code: `${CP}cp.spawn('node', ['setup.js'], ${OUT});\nprocess.exit(0);`, file: 'test/setup.js', errors: [[2, 1, `${NEVER('stdout', '`node` runs a program whose output can grow')}; this process exits soon after (line 3), and the child dies at its next write`]] },
  'a background child in a test, known to grow': { code: `${CP}let child;\nbefore(() => { child = cp.spawn('tail', ['-f', 'app.log'], ${OUT}); });\nafter(() => child.kill());`, file: 'test/log.test.js', errors: [[3, 24, NEVER('stdout', '`tail -f` follows the file without end')]] },
  'the program found by name: getBinPath(\'go\')': { code: `${CP}const go = cp.spawn(getBinPath('go'), ['list', './...']);\ngo.stdout.on('data', collect);`, errors: [[2, 12, NEVER('stderr', '`go list ./...` lists every package of the tree, and reports downloads and errors for each on stderr')]] },
  // Command knowledge: `git fetch` names every fetched ref on stderr.
  'git fetch: stdout read, stderr never': { code: `${CP}const f = cp.spawn('git', ['fetch', '--all']);\nf.stdout.on('data', collect);`, errors: [[2, 11, NEVER('stderr', '`git fetch` names every fetched ref on stderr')]] },
  'either of two programs, one of them loud': { code: `${CP}cp.spawn(verbose ? 'tar' : 'true', ['cvf', 'x.tar', '.']);`, errors: [[2, 1, NEVER('stdout', '`tar cvf` lists every file')]] },
  // `typeof handler === 'function'` tests a callback the caller may give, never the stream (a
  // stream is not a function), even when the handler sits under a key named `stdout` (audit 14: node-rsync).
  'streams read only when the caller gives a handler': { code: `${CP}function execute(cmd, handlers, done) {\n  const c = cp.spawn('make', [cmd]);\n  if (typeof handlers.stdout === 'function') c.stdout.on('data', handlers.stdout);\n  if (typeof handlers.stderr === 'function') c.stderr.on('data', handlers.stderr);\n  c.on('close', done);\n}\nexecute('all', {}, done);`, errors: [[3, 13, `spawn(): stdout is read only when \`typeof handlers.stdout === 'function'\` and stderr is read only when \`typeof handlers.stderr === 'function'\` (${BUILDS('make')}): ${BLOCKS}`]] },
  'a test of the child stream itself is no guard': { code: `${CP}const c = cp.spawn('make');\nif (c.stdout) c.stdout.pipe(process.stdout);\nif (typeof c.stderr !== 'undefined') c.stderr.pipe(process.stderr);`, errors: [] },
  'stdout read under an if, stderr never': { code: `${CP}const c = cp.spawn('make');\nif (verbose) c.stdout.pipe(process.stdout);`, errors: [[2, 11, `spawn(): stdout is read only when \`verbose\` and stderr is never read (${BUILDS('make')}): ${BLOCKS}`]] },
  // cross-spawn is child_process.spawn under another name (same ChildProcess, same pipes).
  'cross-spawn, required': { code: "const spawn = require('cross-spawn');\nconst c = spawn('find', ['/']);\nc.on('close', done);", errors: [[2, 11, NEVER('stdout and stderr', FIND)]] },
  'cross-spawn, default import': { code: "import spawn from 'cross-spawn';\nspawn('find', ['/'], { stdio: ['ignore', 'pipe', 'inherit'] });", file: 'case.mjs', errors: [[2, 1, NEVER('stdout', FIND)]] },
  'cross-spawn, named import': { code: "import { spawn } from 'cross-spawn';\nspawn('make', [], { stdio: ['ignore', 'pipe', 'inherit'] }).on('exit', done);", file: 'case.mts', errors: [[2, 1, NEVER('stdout', BUILDS('make'))]] },
  'a walker in each per-platform module': { file: 'fixtures/js-projects/platform-modules/index.js', code: `${CP}let config;\nswitch (process.platform) {\n  case 'darwin': config = require('./platform/darwin'); break;\n  case 'win32': config = require('./platform/win32'); break;\n  default: config = require('./platform/linux');\n}\nconst child = cp.spawn(config.list.command, config.list.args);\nchild.on('exit', (code) => done(code));`, errors: [[8, 15, NEVER('stdout and stderr', FIND)]] },
  'detached and unref()ed: killed when the parent exits': { code: `${CP}const c = cp.spawn('node', ['job.js'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });\nc.unref();`, errors: [[2, 11, `spawn(): stdout is never read (\`node\` runs a program whose output can grow): ${BLOCKS}; once this process exits, its next write kills it`]] },
  // Blind audit 32 (a video server): the child handed to a function that reads only its stderr.
  'a child handed to a local function that reads only stderr': { code: `${CP}${HANDLE("  child.stderr.on('data', log);\n  child.on('close', (code) => done(code, file));")}const c = cp.spawn('yt-dlp', ['--newline', '-o', out, url]);\nwatch(c, out);`, errors: [[6, 11, `spawn(): stdout is never read, the child being handed to watch() at line 7, which reads only its stderr (${GROWS_YT}): ${BLOCKS}`]] },
  'a child handed to a local arrow function that reads neither stream': { code: `${CP}const track = (child) => { child.on('exit', (code) => done(code)); };\ntrack(cp.spawn('find', ['/'], ${OUT}));`, errors: [[3, 7, `spawn(): stdout is never read, the child being handed to track() at line 3, which reads neither of its streams (${FIND}): ${BLOCKS}`]] },
  // Blind audit 32: the function's file mode, which this caller chooses, returns before it reads stdout.
  'a child handed to a function whose early-returning file mode this caller takes': { code: `${CP}${MODES}handle(c, path.join(dir, 'v.mp4'));`, errors: [[11, 11, `spawn(): stdout is never read, the child being handed to handle() at line 12, which reads only its stderr (${GROWS_YT}): ${BLOCKS}`]] },
  'yt-dlp -o -, arguments spread from a list chosen by a condition': { code: `${CP}const cookieArgs = cookies ? ['--cookies', cookies] : [];\nconst yt = cp.spawn('yt-dlp', [...cookieArgs, '-o', '-', url], { stdio: ['ignore', 'pipe', 'pipe'] });\nyt.stdout.pipe(res);`, errors: [[3, 12, NEVER('stderr', YT_STDOUT)]] },
  // Blind audit 32: with `-o -` yt-dlp writes the video to stdout and its progress to stderr.
  'yt-dlp writing the video to stdout, stderr piped and not read': { code: `${CP}const yt = cp.spawn('yt-dlp', ['-f', 'best', '-o', '-', url], { stdio: ['ignore', 'pipe', 'pipe'] });\nyt.stdout.pipe(res);`, errors: [[2, 12, NEVER('stderr', '`yt-dlp -o -` writes the video to stdout, and its progress on stderr (a line per block, about once a second, while it downloads)')]] },
  'bash -c `${line}`, a line that grows: stderr unread': { code: `${CP}function build(dir) {\n  const line = \`cd \${dir} && make\`;\n  const proc = cp.spawn('bash', ['-c', \`\${line}\`], { stdio: ['ignore', 'pipe', 'pipe'] });\n  proc.stdout.on('data', (d) => out.push(d));\n  proc.on('close', done);\n}`, errors: [[4, 16, NEVER('stderr', BUILDS('make'))]] },
  'cvlc -v playing a file: its log': { code: `${CP}const player = cp.spawn('cvlc', ['-v', 'stop.mp3']);`, errors: [[2, 16, NEVER('stdout and stderr', '`cvlc -v` plays while it prints its log, for as long as it runs')]] },
});
