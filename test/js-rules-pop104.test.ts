import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { CP, SMALL, table, UTIL, WALKS, WALKS_FS } from './js-rules-table.js';
import { tempDir } from './helpers.js';

// POP104 exec-output-past-maxbuffer: the rule table (js-rules-table.ts says how the tables work).

/** POP104's message: `size` is "by default on Node 20" or "here". */
/** POP104's message for a program written here run with argument words from outside (`value`), `words` bringing its loudest line. */
const OPEN = (fn: string, program: string, value: string, words: string) =>
  `${fn}() keeps the whole output of \`${program}\` run with argument words from outside this code (\`${value}\`): with some (${words}) it prints a report for every live host of the targets it scans: a list of targets or a large range (a /16) passes 1 MiB; maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`;
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
const LIVE = (format: string) => `\`ffmpeg -f ${format}\` prints its stats line every half second for as long as its live input runs`;
const FFMPEG = (codec: string) => `\`ffmpeg -c:v ${codec}\` prints its stats line every half second while it encodes`;

/** POP104's message for a converter whose stdout is the whole document. */
const CONVERTER = (fn: string, evidence: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', size = '1 MiB by default on Node 20', reads = `${fn}() keeps`) =>
  `${reads} the whole output of a converter (${evidence}, as large as the document it is given): maxBuffer is ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;

/** POP104's message for yt-dlp's info JSON, promisified. */
const YT_DLP = (fn: string, command: string, what = 'every video a URL names') =>
  `promisified ${fn}() keeps the whole output of the description in JSON of ${what} (${command} prints every format and the automatic captions in some 150 languages: ${what === 'one video' ? 'several hundred KB for a YouTube video, past 1 MiB for some' : 'several hundred KB for one YouTube video, past 1 MiB for some, and that once per entry of a playlist, a channel or a search'}): maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER; raise maxBuffer, or spawn() and read the output as it comes`;

/** POP104's message for `git show <rev>:<path>`, the path known at run time: the file whole. */
const FILE_WHOLE = (fn: string, fails = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short') =>
  `${fn}() keeps the whole output of a command that prints a file whole (\`git show …:…\` prints a file of the repository as it was at that revision, whole: as large as the file): maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
/** POP104's message for `git blame` of a file known at run time: every line of it, annotated. */
const BLAME = (fn: string, size = '1 MiB by default on Node 20') =>
  `${fn}() keeps the whole output of a command that prints a file whole (\`git blame …\` prints every line of the file with its commit, author and date, some 70 bytes a line more than the file (hundreds with --line-porcelain): a file of 5,000 to 10,000 lines passes 1 MiB): maxBuffer is ${size}, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`;
const GIT_DIFF = '`git diff` prints output that grows with the repository';
const GIT_LOG = '`git log` prints output that grows with the repository';
const TAR = '`tar czvf` names every file of the archive';

/** POP104's message for exec() of a language server handed to the client made at `line`. */
const LANGUAGE_SERVER = (line: number) =>
  `exec() without a callback still buffers the whole output of a language server (the child is returned to the language client made at line ${line}, which talks to it over its stdin and stdout for the whole session): maxBuffer is 1 MiB by default on Node 20, and once the protocol traffic on stdout or the server's log on stderr passes it, Node kills the server with SIGTERM and the editor loses it; start it with spawn(), which does not buffer`;

/** POP104's message for exec() without a callback, a growing command, its exit listener at `line`. */
const WATCHED = (evidence: string, line: number, size = '1 MiB by default on Node 20') =>
  `exec() without a callback still buffers the whole output of a command whose output can grow (${evidence}; a build's or a test run's log can pass a megabyte): maxBuffer is ${size}, and past it Node kills the child with SIGTERM, so the exit listener at line ${line} gets the signal, not the command's end; raise maxBuffer, or spawn() and read the output as it comes`;
/** POP104's message for exec() without a callback whose streams the code reads, a command that can grow. */
const STREAMED = (evidence: string, size = '1 MiB by default on Node 20') =>
  `exec() without a callback still buffers the whole output of a command whose output can grow (${evidence}), even though this code reads its streams as they come: maxBuffer is ${size}, Node counts every byte it reads against it, and past it kills the child with SIGTERM, so the command stops midway and its streams end cut short; pass maxBuffer: Infinity, or spawn() and read the output as it comes`;
const NPM = '`npm` builds, installs or runs other programs: both streams can grow';

/** POP104's message for a child the code stops itself, at `line`. */
const STOPPED = (fn: string, line: number, what: string, reads = `${fn}() without a callback still buffers`, fails = 'its streams end cut short', size = '1 MiB by default on Node 20') =>
  `${reads} the whole output of a child that runs until this code stops it (line ${line}), ${what} that writes for as long as it runs: maxBuffer is ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;

/** POP104's message for a command the knowledge says runs until it is stopped (a watcher, a server). */
const LIVES = (evidence: string, reads = 'exec() without a callback still buffers', fails = 'its streams end cut short', size = '1 MiB by default on Node 20') =>
  `${reads} the whole output of a child that runs until it is stopped (${evidence}): maxBuffer is ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;

const PANDOC_WRAPPER = 'import { exec } from "child_process";\n\nexport default function spawnPandoc(command: any, options: any, callback: any) {\n  exec("pandoc " + command, options, callback);\n}\n';
/** A project on disk (a temporary folder: fixtures/ is what the fuzz test mutates) with the wrapper and two callers in other modules; the html caller passes `html` after `-t html5`. */
function pandocProject(html: string): string {
  const dir = tempDir('popenlint-tail-');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const caller = (name: string, args: string) => `import spawnPandoc from "./spawn-pandoc";\n\nexport function ${name}(path: string, newPath: string, done: (out: string) => void) {\n  spawnPandoc(\`${args}\`, {}, (err: any, stdout: any) => done(stdout));\n}\n`;
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, engines: { node: '>=20' } }));
  fs.writeFileSync(path.join(dir, 'src', 'spawn-pandoc.ts'), PANDOC_WRAPPER);
  fs.writeFileSync(path.join(dir, 'src', 'word.ts'), caller('word', '-s ${path} -o ${newPath}'));
  fs.writeFileSync(path.join(dir, 'src', 'html.ts'), caller('html', `-s \${path} -t html5${html}`));
  return path.join(dir, 'src', 'spawn-pandoc.ts');
}
/**
 * A project on disk with a module whose function starts a server with execFile and returns it, and
 * a module that keeps what it returns and, in `stopper`, kills it (blind audit 36: simple_dns_test).
 */
function serverProject(stopper: string): string {
  const dir = tempDir('popenlint-stop-');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, engines: { node: '>=20' } }));
  fs.writeFileSync(path.join(dir, 'subprocess.js'), SERVER_MODULE);
  fs.writeFileSync(path.join(dir, 'app.js'), `let proc;\nipc.on('start', () => {\n  proc = require('./subprocess.js').proc();\n});\n${stopper}\n`);
  return path.join(dir, 'subprocess.js');
}
const SERVER_MODULE = "function newprocess() {\n  const p = require('child_process').execFile(server, ['-c', config]);\n  p.stdout.on('data', (d) => console.log(`${d}`));\n  p.on('close', (code) => console.log('exit', code));\n  return p;\n}\nmodule.exports.proc = newprocess;\n";
const STOPPED_THERE = serverProject("const stop = () => {\n  if (proc) proc.kill();\n};\nipc.on('stop', stop);");
const CUT_THERE = serverProject("setTimeout(() => proc.kill(), 5000);");
const TO_FILE = pandocProject(' --output=index.html');
const TO_STDOUT = pandocProject('');

table('POP104', {
  // Blind audit 34: the volume read from the call, not the program's name. Windows find.exe
  // filtering a few lines it is given (cli-microsoft365's wmic output); `git show REV:package.json`
  // of a path written here (vscode-csharp's createTags.ts); `git diff --name-only` whose words come
  // through two wrappers, `['diff'].concat(args)` (publishLocalizationContent.ts); `dotnet restore`.
  'Windows find /V filtering the lines it is given': { code: `${CP}const r = cp.spawnSync('wmic', ['PROCESS', 'get', 'Caption'], { encoding: 'utf8' });\nconst f = cp.spawnSync('find', ['/V', '"Caption"'], { encoding: 'utf8', input: r.stdout, windowsVerbatimArguments: true });\nuse(f.stdout);` },
  'Windows find /c /v counting lines': { code: `${CP}cp.exec('tasklist | find /c /v ""', (e, out) => use(out));` },
  // Blind audit 46 (release-please): `git ls-tree REF PATH` without -r prints the entry of that path, not the repository.
  'git ls-tree of one path at a ref, promisified': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nasync function exists(ref, path) {\n  const r = await run('git', ['ls-tree', ref, path], { cwd: dir });\n  return !!r.stdout.trim();\n}` },
  'git show of a file the code names, at a revision': { code: `${CP}function pkgAt(commit) {\n  const packageJsonPath = 'package.json';\n  return git(['show', \`\${commit}:\${packageJsonPath}\`]);\n}\nfunction git(args) {\n  return cp.spawnSync('git', args, { encoding: 'utf8' }).stdout;\n}\nmodule.exports = pkgAt;` },
  'git diff --name-only through two wrappers, the words appended by concat': { code: `${CP}function gitDiff(args) { return git(['diff'].concat(args)); }\nfunction git(args) { return cp.spawnSync('git', args, { encoding: 'utf8' }).stdout; }\nmodule.exports = () => [git(['add', '.']), gitDiff(['--cached', '--name-only'])];` },
  'git diff writing the patch to the file --output names': { code: `${CP}cp.execFileSync('git', ['diff', '--no-index', '--relative', \`--output=\${name}.diff\`, '--', a, b]);` },
  // An identity function around each literal line (audit 38, get-bing-bg): the callers' lines decide, git status/add/push print a few lines.
  'exec wrapper whose callers pass literal git lines through an identity cmd()': { code: `${CP}const cmd = (c) => c;\nconst run = (c) => new Promise((resolve, reject) => {\n  cp.exec(c, { shell: 'bash' }, (err, stdout) => (err ? reject(err) : resolve(stdout)));\n});\nrun(cmd('git status')).then(() => run(cmd('git add .'))).then(() => run(cmd('git push -u origin master')));` },
  'dotnet restore through a wrapper under 500 KiB': { code: `${CP}function run(command) {\n  return new Promise((resolve) => cp.exec(command, { maxBuffer: 500 * 1024 }, (error, stdout) => resolve(stdout)));\n}\nmodule.exports = (root) => run(\`dotnet restore \${root}\`);` },
  // dotnet's housekeeping subcommands print a few lines (blind audit 34: vscode-csharp).
  'dotnet dev-certs and dotnet tool install through a wrapper under 500 KiB': { code: `${CP}function run(command) {\n  return new Promise((resolve) => cp.exec(command, { maxBuffer: 500 * 1024 }, (error, stdout, stderr) => resolve({ error, stdout, stderr })));\n}\nfunction trust() { return run('dotnet dev-certs https --trust'); }\nfunction ef() { return run('dotnet tool install -g dotnet-ef'); }` },
  // yt-dlp's entries in brief, or a maxBuffer raised past any description.
  'yt-dlp -J --flat-playlist lists a playlist in brief': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function list(url) { const { stdout } = await run(\`yt-dlp -J --flat-playlist \${url}\`); return JSON.parse(stdout); }` },
  'yt-dlp --dump-json under a 50 MiB maxBuffer': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function info(url) { const { stdout } = await run(\`yt-dlp --dump-json "\${url}"\`, { maxBuffer: 50 * 1024 * 1024 }); return JSON.parse(stdout); }` },
  'yt-dlp -j spliced with words that are removed: not known': { code: `${CP}const args = ['-j', url];\nargs.splice(0, 1);\ncp.execFile('yt-dlp', args, (e, out) => done(out));` },
  // A title asked of yt-dlp is one line.
  'yt-dlp --get-title is one line': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function title(url) { const { stdout } = await run(\`yt-dlp --get-title \${url}\`); return stdout; }` },
  // The caller's options filled in with 200 KiB: a command that prints a line stays far below it.
  // Audit 18 (gulp-git branch.js): words known only at run time keep `git branch` a listing of refs, far below 200 KiB.
  'git branch with options and a name known only at run time, under 200 KiB': { code: `${CP}module.exports = function (name, opt, cb) {\n  if (!opt.args) opt.args = ' ';\n  return cp.exec('git branch ' + opt.args + ' ' + name, { cwd: opt.cwd, maxBuffer: 200 * 1024 }, cb);\n};` },
  // Audit 18 (gulp-git clean.js): `git clean` names each untracked entry it removes, a directory as one line: far below 200 KiB.
  'git clean with options known only at run time, under 200 KiB': { code: `${CP}module.exports = function (paths, opt, cb) {\n  if (!opt.args) opt.args = ' ';\n  const maxBuffer = opt.maxBuffer || 200 * 1024;\n  return cp.exec('git clean ' + opt.args + ' -- ' + paths, { cwd: opt.cwd, maxBuffer }, (err, stdout) => cb(err, stdout));\n};`, nodeRange: '>= 0.9.0' },
  'a quiet git command under a maxBuffer filled in when the caller left it unset': { code: `${CP}module.exports = function (opt, cb) {\n  if (!opt.maxBuffer) opt.maxBuffer = 200 * 1024;\n  return cp.exec('git rev-parse HEAD', { cwd: opt.cwd, maxBuffer: opt.maxBuffer }, cb);\n};`, nodeRange: '>= 0.9.0' },
  // A curried helper whose every caller passes a quiet command (audit 10: karma-firefox-launcher).
  'a curried helper whose callers pass tasklist and taskkill': { code: `${CP}const createExec = (log) => (command) => {\n  try { return String(cp.execSync(command)); } catch (e) { log(e); return ''; }\n};\nconst run = createExec(console.log);\nrun('tasklist.exe /FI "IMAGENAME eq firefox.exe" /FO CSV /NH');\nrun('taskkill.exe /F /PID ' + pid);` },
  'the same helper of an object, its caller passing a quiet command': { code: `${CP}module.exports = {\n  exec(line, options) {\n    return new Promise((resolve) => cp.exec(line, options, (e, out) => resolve(out)));\n  },\n  open(cmd) { return this.exec('start powershell.exe ' + cmd); },\n};` },
  // iw without scan prints a line; `this.exec` of a function used elsewhere too is not resolved.
  'iw dev info through the object\'s own exec': { code: `${CP}module.exports = { exec: cp.exec, info: function (i, cb) { this.exec('iw dev ' + i + ' info', (e, out) => cb(e, out)); } };` },
  'this.exec of a function that is not only the property': { code: `${CP}function scan(i, cb) { this.exec('iw dev ' + i + ' scan', (e, out) => cb(e, out)); }\nmodule.exports = { exec: cp.exec, scan: scan };\nscan.call(other, 'wlan0', done);` },
  // A default-exported wrapper that writes the program and takes the rest of the line from its
  // callers in other modules, all of which pass -o (audit 30: phodit's spawn-pandoc.ts).
  // A kill in a timeout cuts short a command that would have ended by itself: not a planned stop.
  'a child returned to a module that kills it in a timeout': { file: CUT_THERE, code: SERVER_MODULE },
  'a wrapper "pandoc " + command whose callers in other modules all pass -o': { file: TO_FILE, code: PANDOC_WRAPPER },
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
  // locate walks nothing: a pattern without a wildcard prints the indexed paths that contain it (audit 18: systeminformation).
  'locate looking for a path fragment': { code: `${CP}cp.exec('locate bin/postgres', (e, out) => use(out.split('\\n')));` },
  'locate looking for a name the code is given': { code: `${CP}function where(name, done) { cp.execFile('locate', [name], (e, out) => done(out)); }` },
  // Tests the code keeps in a variable set elsewhere: they select what it looks for (audit 20: codecov-node's report search).
  'find with tests appended from a module variable': { code: `${CP}var patterns = '';\nif (!isWindows) patterns = '-type f ( -name *.lcov -or -name lcov.info )'.split(' ');\nfunction scan(root) { return cp.execFileSync('find', [root].concat(patterns)).toString(); }` },
  'find with tests spread from a parameter': { code: `${CP}function scan(root, tests) { return cp.execFileSync('find', [root, ...tests]).toString(); }` },
  'find looking for a written file name': { code: `${CP}cp.execFile('find', [root, '-name', 'package.json', '-type', 'f'], (e, out) => use(out));` },
  'a command line a local function builds for a program that writes to a file': { code: `${CP}function ocr(input, output) { return 'tesseract ' + input + ' ' + output; }\nfunction run(file, done) { cp.exec(ocr(file, file + '.out'), (e) => done(e)); }` },
  'find stopping at its first match': { code: `${CP}cp.exec("find / -name '*.so' -print -quit", (e, out) => use(out));` },
  'ffmpeg at log level error': { code: `${CP}cp.execFile('ffmpeg', ['-v', 'error', '-i', src, dst], (e) => {});` },
  'ffmpeg describing its input only': { code: `${CP}cp.exec(\`ffmpeg -i \${file}\`, (e, out, err) => parse(err));` },
  'ffmpeg turning an image into a sticker': { code: `${CP}cp.exec(\`ffmpeg -i \${png} -vcodec libwebp -s 512:512 \${webp}\`, (e) => {});` },
  'ffmpeg converting audio': { code: `${CP}cp.exec(\`ffmpeg -i \${input} -vn -ar 44100 -b:a 192k \${output}\`, (e) => {});` },
  'ffmpeg remuxing (-c:v copy)': { code: `${CP}cp.execFile('ffmpeg', ['-i', src, '-c:v', 'copy', '-c:a', 'aac', dst], (e) => {});` },
  'ffmpeg taking one frame': { code: `${CP}cp.execFile('ffmpeg', ['-ss', '5', '-i', src, '-vframes', '1', 'thumb.png'], (e) => {});` },
  'ffmpeg recording at log level error, its list one of two assigned ones': { code: `${CP}const ffmpeg = require('ffmpeg-static');\nfunction record(input, out, done) {\n  let args = ['-loglevel', 'error', '-f', 'avfoundation', '-i', '1', out];\n  if (input) args = ['-loglevel', 'error', '-f', 'avfoundation', '-i', input, out];\n  cp.execFile(ffmpeg, args, (e) => done(e));\n}` },
  'ffmpeg recording, a list assigned then changed in place (words not known)': { code: `${CP}function record(input, out, done) {\n  let args = ['-i', input, out];\n  if (live) args = ['-f', 'dshow', '-i', input, out];\n  args.unshift('-loglevel', 'error');\n  cp.execFile('ffmpeg', args, (e) => done(e));\n}` },
  "HandBrakeCLI's preset list": { code: `${CP}cp.execFile('HandBrakeCLI', ['--preset-list'], (e, out, err) => {});` },
  "curl's meter: 1 MiB takes hours": { code: `${CP}cp.exec('curl -L -o app.zip https://example.org/app.zip', (e) => {});` },
  // Counts written in the source, and quiet or summing forms of walkers.
  'git log: ten commits with their files': { code: `${CP}cp.execFile('git', ['log', '-n', '10', '--name-status'], (e, out) => {});` },
  // The commits since a release or a bump (audit 18: x-minecraft-launcher's prepare-pr action).
  'git log: the commits of a range': { code: `${CP}const out = cp.execFileSync('git', ['log', '--format=%H%x1f%s%x1f%b%x1e', \`\${baseline}..HEAD\`, '--', dir], { encoding: 'utf8' });\nconsole.log(out);` },
  // The commits since the previous release tag, `A..` being `A..HEAD` (blind audit 44: action-tag-and-release).
  'git shortlog: the commits since a tag': { code: `${CP}const notes = (prev, cb) => cp.exec(\`git --no-pager shortlog --no-merges \${prev}..\`, cb);\nmodule.exports = notes;` },
  // promisifyAll's twin of a function other than exec/execFile is not exec's.
  "bluebird's spawnAsync is no exec": { code: "const Promise = require('bluebird');\nconst cp = Promise.promisifyAll(require('child_process'));\ncp.spawnAsync('find', ['/']).then(() => {});" },
  "promisifyAll of another object": { code: "const Promise = require('bluebird');\nconst fs = Promise.promisifyAll(require('fs'));\nfs.execAsync('find /').then((out) => use(out));" },
  'git log: a thousand commits, a line each': { code: `${CP}cp.exec('git log --max-count=1000 --format=%H', (e, out) => {});` },
  // Audit 30 (how-old-is-it): past maxBuffer the callback still gets the start Node kept, and reads only that.
  'git log --reverse, the callback reads the first match of a regex, not the error': { code: `${CP}cp.exec('git log --reverse', (e, out) => {\n  const m = out.match(/Date:\\s+(.*)/);\n  console.log(m[1]);\n});`, file: 'src/index.ts' },
  'git log, the callback reads the first line': { code: `${CP}cp.execFile('git', ['log', '--format=%H %s'], (_err, stdout) => console.log(stdout.toString().trim().split('\\n')[0]));` },
  'git log, the first line destructured, a regex exec, a startsWith': { code: `${CP}cp.exec('git log --format=%H', (e, stdout) => {\n  const [first] = stdout.split(/\\r?\\n/);\n  const m = /^([0-9a-f]+)/.exec(stdout);\n  if (stdout.startsWith('fatal')) return;\n  use(first, m);\n});` },
  // how-old-is-it's own shape: a wrapper hands stdout to its caller's callback; the caller that runs `git log` reads its first match, the other runs a one-line count.
  'a wrapper handing stdout on, the git log caller reading its first match': { code: `${CP}function execute(command, callback) {\n  cp.exec(command, function (error, stdout, stderr) {\n    callback(stdout);\n  });\n}\nexecute('git rev-list --count HEAD', (output) => { output && console.log(output); });\nexecute('git log --reverse', (output) => {\n  const allDates = output.match(/Date:\\s+(.*)/);\n  console.log(allDates[1]);\n});`, file: 'src/index.ts' },
  // The last lines or a stretch of a container's log: as long as asked for.
  'docker logs --tail 200, promisified': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function logs(id) { const { stdout } = await run(\`docker logs --tail 200 \${id}\`); return stdout; }` },
  // One object named, a listing without -o json (a line a pod), the last lines of a log.
  'kubectl get of one pod named, -o json': { code: `${CP}cp.exec(\`kubectl get pod \${name} -o json\`, (e, out) => use(JSON.parse(out)));` },
  'kubectl get of one object as type/name, -o yaml': { code: `${CP}cp.execFile('kubectl', ['get', 'deployment/web', '-o', 'yaml'], (e, out) => use(out));` },
  'kubectl get pods -o wide': { code: `${CP}cp.exec('kubectl get pods -o wide', (e, out) => use(out));` },
  'kubectl logs --tail=100': { code: `${CP}cp.exec(\`kubectl logs --tail=100 \${pod}\`, (e, out) => show(out));` },
  // One host a URL names (blind audit 40: CyberSecureHub-API), or a program that cannot grow whatever its words.
  'nmap of one host from a URL': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function scan(req, res) { const { stdout } = await run(\`nmap \${req.params.host}\`); res.send(stdout); }` },
  // Words the code chose, held by a local name (audit 24: oclif's gitSha).
  'git with a local list of arguments chosen between two literals': { code: `${CP}${UTIL}const exec = util.promisify(cp.exec);\nasync function gitSha(cwd, short) {\n  const args = short ? ['rev-parse', '--short', 'HEAD'] : ['rev-parse', 'HEAD'];\n  const { stdout } = await exec(\`git \${args.join(' ')}\`, { cwd });\n  return stdout.trim();\n}` },
  // Node's execFile takes the options object second when no argument list is given.
  'nmap through execFile with an options object named options': { code: `${CP}function scan(options, cb) { cp.execFile('nmap', options, (e, out) => cb(out)); }\nmodule.exports = scan;` },
  'nmap through execFile with opts and a named callback': { code: `${CP}function scan(opts, callback) { cp.execFile('nmap', opts, callback); }\nmodule.exports = scan;` },
  // ...an object by its shape whatever its name: a default of {}, a type literal.
  'nmap through execFile with options defaulted to an object': { code: `${CP}function scan(nmapOptions = {}, cb) { cp.execFile('nmap', nmapOptions, (e, out) => cb(out)); }\nmodule.exports = scan;` },
  'nmap through execFile with options typed as an object': { code: `${CP}function scan(nmapArgs: { cwd: string }, cb) { cp.execFile('nmap', nmapArgs, (e, out) => cb(out)); }\nmodule.exports = scan;`, file: 'case.ts' },
  'whois with the arguments a user typed': { code: `${CP}function look(obj, cb) { cp.exec('whois ' + obj.parameters, (e, out) => cb(out)); }` },
  'docker logs --since 10m': { code: `${CP}cp.execFile('docker', ['logs', '--since', '10m', id], (e, out) => show(out));` },
  'git diff --quiet': { code: `${CP}cp.exec('git diff --quiet HEAD', (e) => {});` },
  // A line per changed file: 1 MiB is 20,000 files (audit 22: git-cz's staged files).
  'git diff --cached --name-only': { code: `${CP}const files = cp.execSync('git diff --cached --name-only', { encoding: 'utf8' }).split('\\n');` },
  // The root commits, one in nearly every repository (audit 24: astro's telemetry).
  'git rev-list --max-parents=0': { code: `${CP}const first = cp.execSync('git rev-list --max-parents=0 HEAD', { timeout: 500 }).toString().trim();` },
  // A line per matching file, not per match (audit 24: qunit's release prep).
  // The work tree's changes: a line per changed file (audit 24: angular-cli's `ng update` check).
  'git ls-files of the changed and untracked files, through a helper': { code: `${CP}function execGit(args) { return cp.execFileSync('git', args, { encoding: 'utf8', stdio: 'pipe' }); }\nconst dirty = execGit(['ls-files', '-m', '-d', '-o', '--exclude-standard']).trim() !== '';` },
  'git grep --name-only': { code: `${CP}const files = cp.execSync('git grep --name-only -i unreleased docs/', { encoding: 'utf8' });` },
  'du -sk or -sb chosen by a name (spawnSync)': { code: `${CP}const param = isMac ? '-sk' : '-sb';\nconst { stdout } = cp.spawnSync('du', [param, folder]);` },
  'du -sh': { code: `${CP}cp.exec('du -sh /var/log', (e, out) => {});` },
  'tar creating an archive quietly': { code: `${CP}cp.exec('tar czf backup.tgz data', (e) => {});` },
  // A child the code stops, when it cannot pass maxBuffer or is not this rule's.
  'a quiet child stopped by the code': { code: `${CP}const c = cp.exec('sleep 100');\nsetTimeout(() => c.kill(), 1000);` },
  'a server stopped by the code, maxBuffer raised': { code: `${CP}class S {\n  start(script) { this.proc = cp.execFile(script, { maxBuffer: Infinity }); }\n  stop() { this.proc.kill(); }\n}` },
  'a tool with a callback, killed on cancellation': { code: `${CP}function lint(token, done) {\n  const p = cp.execFile(config.linter, ['--json'], { cwd }, (e, out) => done(out));\n  token.onCancellationRequested(() => p.kill());\n}` },
  // A local function named for stopping that only a timeout calls cuts a one-shot query short (audit 36: dumlj-build's `npm show NAME time --json`).
  'a one-shot command killed by a local kill() that only a timeout calls': { code: `${CP}function latest(name) {\n  return new Promise((resolve, reject) => {\n    const c = cp.exec(config.query + name, (error, stdout) => {\n      clearTimeout(timer);\n      error ? reject(error) : resolve(JSON.parse(stdout));\n    });\n    const kill = (reason) => {\n      reject(new Error(reason));\n      c.kill();\n    };\n    const timer = setTimeout(() => kill('timed out'), 3000);\n  });\n}` },
  // A registry query, its output read at 'exit': the package's metadata, 206 KB for typescript's 3,481 versions.
  'npm view of a package\'s publication times, watched at its exit': { code: `${CP}function versions(name, done) {\n  const c = cp.exec(\`npm view \${name} time --json\`);\n  let out = '';\n  c.stdout.on('data', (d) => { out += d; });\n  c.on('exit', (code) => done(code, out));\n}` },
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
  'a let command line built by appending, bounded': { code: `${CP}let cmd = 'git log';\ncmd += ' -n 5';\nif (short) cmd += ' --oneline';\ncp.exec(cmd, (e, out) => console.log(out));` },
  // `o.cmd` names a property, not the line: the line is replaced, its text no longer known.
  'a let command line replaced by a property named like it': { code: `${CP}function list(o) {\n  let cmd = 'find . -type f';\n  if (o.quick) cmd = o.cmd + ' -maxdepth 1';\n  cp.exec(cmd, (e, out) => console.log(out));\n}` },
  // appium's extension CLI lists its plugins and ends; only `appium` itself serves (audit 12: webdriverio).
  "appium's plugin list, promisified": { code: `${CP}${UTIL}async function plugins(appiumCommandPath) {\n  const { stderr, stdout } = await util.promisify(cp.exec)(\`\${appiumCommandPath} plugin list --installed\`);\n  return stderr || stdout;\n}` },
  // A program written here, its words the callers': judged by theirs (audit 24: live-server's
  // --version/--help under a 1 KiB maxBuffer; a git helper called with quiet subcommands).
  "a git helper whose callers pass quiet subcommands, under 64 KiB": { code: `${CP}function git(args, cb) { return cp.execFile('git', args, { maxBuffer: 64 * 1024 }, cb); }\ngit(['rev-parse', 'HEAD'], (e, o) => use(o));\ngit(['--version'], (e, o) => use(o));` },
  "a script's --version and --help under a 1 KiB maxBuffer": { code: `${CP}const path = require('path');\nconst cmd = path.join(__dirname, 'cli.js');\nfunction run(args, cb) { cp.execFile(cmd, args, { maxBuffer: 1024 }, cb); }\nrun(['--version'], (e, o) => use(o));\nrun(['--help'], (e, o) => use(o));` },
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
  // Audit 16 (napi-rs): git's transfer commands name the refs they update, far below 1 MiB.
  'exec of git fetch without a callback, the exit watched': { code: `${CP}const p = cp.exec('git fetch origin', { cwd: dir });\np.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('fetch failed: ' + code))));` },
  'exec of git push --tags in a repository, the exit watched': { code: `${CP}const p = cp.exec('cd ' + dir + ' && git push --tags origin');\np.on('exit', (code, signal) => done(code, signal));` },
  'exec of a shell script without a callback, output piped, maxBuffer Infinity': { code: `${CP}function deploy(script) {\n  const c = cp.exec('sh ./' + script, { maxBuffer: Infinity });\n  c.stdout.pipe(process.stdout);\n  c.on('exit', done);\n}` },
  'exec of git rev-parse without a callback, stdout read, the child handed on': { code: `${CP}const run = cp.exec('git rev-parse HEAD');\nrun.stdout.on('data', show);\njoin(run);` },
  "a gulpfile's short build without a callback, output forwarded": { code: `${CP}const run = cp.exec('tsc -p .');\nrun.stdout.pipe(process.stdout);\njoin(run);`, file: 'gulpfile.js' },
  'exec of npm run, maxBuffer raised, exit watched': { code: `${CP}const p = cp.exec('npm run build', { maxBuffer: Infinity });\np.on('exit', (code, signal) => done(code, signal));` },
  "in the project's own scripts: it walks the project": { code: `${CP}const files = cp.execSync('git ls-files', { encoding: 'utf8' }).split('\\n');`, file: 'scripts/check-headers.mjs' },
  // A build file runs on the project's own tree and dependencies (audit 20: popcorn-desktop's gulpfile).
  "in the project's gulpfile: it lists the project's own dependencies": { code: `${CP}cp.exec('yarn list --prod --json', { maxBuffer: 1024 * 500 }, (error, stdout) => deps(JSON.parse(stdout)));`, file: 'gulpfile.js' },
  "in the project's webpack config": { code: `${CP}const tree = cp.execSync('npm ls --prod --json', { maxBuffer: 200 * 1024 });`, file: 'build/webpack.config.renderer.prod.js' },
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
  // spawnSync() buffers like exec: not for a command that prints a line, nor output it does not pipe.
  // A property an assignment changes is not the constant; dot writing to a file prints nothing.
  'dot from an object whose property is reassigned': { code: "const { spawnSync } = require('child_process');\nconst C = { exec: 'dot' };\nC.exec = process.env.DOT;\nconst { stdout } = spawnSync(C.exec, ['-Tsvg'], { input: g });" },
  'dot -o writes the image to a file': { code: "const { spawnSync } = require('child_process');\nconst { status } = spawnSync('dot', ['-Tsvg', '-o', 'out.svg'], { input: g });" },
  'spawnSync of git diff --quiet': { code: `${CP}const changed = cp.spawnSync('git', ['diff', '--quiet', base]).status !== 0;` },
  'spawnSync of git diff with its output inherited': { code: `${CP}cp.spawnSync('git', ['diff', base], { stdio: 'inherit' });` },
  'spawnSync of git diff, every branch of a conditional inheriting': { code: `${CP}cp.spawnSync('git', ['diff', base], { stdio: ['ignore', ci ? process.stdout : 'inherit', 'inherit'] });` },
  'spawnSync of git diff under a 64 MiB maxBuffer': { code: `${CP}const d = cp.spawnSync('git', ['diff', base], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;` },
  // git show of a file the project names is the size the project sees; a probe looks at the error only.
  'git show of a file the project names': { code: `${CP}cp.exec('git show ' + sha + ':package.json', (e, out) => done(out));` },
  'git show of a file, only the error looked at': { code: `${CP}cp.exec(\`git show \${sha}:"\${file}"\`, (e) => done(!e));` },
  // git blame of a range prints those lines; of a file the project names, the size its maintainers
  // see; --incremental prints a record per run of lines from one commit; only the error looked at.
  'git blame of one line (audit 36: vscode-git-line-blame)': { code: `${CP}cp.exec(\`git blame --porcelain -L \${line},+1 -- "\${file}"\`, (e, out) => done(out));` },
  'git blame of a file the project names': { code: `${CP}cp.exec('git blame README.md', (e, out) => done(out));` },
  'git blame --incremental': { code: `${CP}cp.execFile('git', ['blame', '--incremental', file], (e, out) => done(out));` },
  'git blame, only the error looked at': { code: `${CP}cp.exec(\`git blame \${file}\`, (e) => done(!e));` },
  'git show of a commit without its patch': { code: `${CP}cp.exec(\`git show -s --format=%B \${sha}\`, (e, out) => done(out));` },
  // A short build or compile under exec prints far less than 1 MiB; only its watch mode runs on.
  'tsc -p . with a callback': { code: `${CP}cp.exec('tsc -p .', (e, out) => done(e, out));` },
  'a watcher option turned off': { code: `${CP}cp.exec('jest --watchAll=false', (e, out) => done(e, out));` },
  'npm run build, promisified': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function build() { await run('npm run build'); }` },
  // A watcher whose child nobody keeps or listens to: POP101 has it.
  'a watcher dropped outright': { code: `${CP}cp.exec('tsc --watch');` },
  'a watcher under a 64 MiB maxBuffer': { code: `${CP}const w = cp.exec('webpack --watch', { maxBuffer: 64 * 1024 * 1024 });\nw.stdout.on('data', show);` },
  'a setting the package.json does not declare': { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}cp.execFile('clang', ['-fsyntax-only', f], { maxBuffer: config.get('other.maxBuffer') }, (e, out) => done(out));` },
  // -name '*.git': the repositories of the tree, a line each (audit 40: a workspace's git folders).
  'find -name *.git: the repositories': { code: `${CP}function repos(dir) {\n  return cp.execSync(\`find \${dir} -name "*.git";\`).toString().split('\\n');\n}` },
  // xargs prints what its command prints for each word: nothing for rm, a few lines for words written here.
  'xargs rm over the files git lists': { code: `${CP}cp.exec('git ls-files -d | xargs rm -f', (e, out) => show(out));` },
  // Fed by a listing that does not grow with a tree, xargs runs its command on input not known here: it can grow, no more.
  'merged branches into xargs git branch -d': { code: `${CP}cp.exec('git branch --merged | grep -v main | xargs git branch -d', (e, out) => show(out));` },
  'xargs wc over two files written here': { code: `${CP}cp.exec('echo a.txt b.txt | xargs wc -l', (e, out) => show(out));` },
}, {
  'dotnet build through the same wrapper': { code: `${CP}function run(command) {\n  return new Promise((resolve) => cp.exec(command, { maxBuffer: 500 * 1024 }, (error, stdout, stderr) => resolve({ error, stdout, stderr })));\n}\nfunction build() { return run('dotnet build'); }`, errors: [[3, 35, "exec() keeps the whole output of a command whose output can grow (`dotnet` builds, installs or runs other programs: both streams can grow: the command the caller at case.js:5 passes): maxBuffer is 500 KiB here, below Node's default (1 MiB on Node 20), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes"]] },
  // The same wrapper with one caller that takes the document from stdout: that caller named.
  'a wrapper "pandoc " + command with a caller in another module without -o': { file: TO_STDOUT, code: PANDOC_WRAPPER, errors: [[4, 3, 'exec() keeps the whole output of a converter (`pandoc` prints the whole converted document on stdout, as large as the document it is given), as the caller at html.ts:4 passes it: maxBuffer is 1 MiB by default on Node 20 (the options come from the caller, and nothing here raises it), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes']] },
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
  // A wrapper of a written line whose caller's words are not known (a path built at run time): the
  // line stays as written here, `antiword` and a file (test/e2e/js-hazard.test.ts, H14).
  'antiword with a file the caller builds at run time': {
    code: `${CP}function extractText(file, cb) {\n  cp.exec('antiword -m UTF-8.txt "' + file + '"', (e, out) => cb(e, out));\n}\nextractText(require('path').join(dir, 'report.doc'), done);`,
    errors: [[3, 3, "exec() keeps the whole output of a converter (`antiword` prints the whole converted document on stdout, as large as the document it is given), as the caller at case.js:5 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes"]],
  },
  'pdftotext to stdout on Node 8 to 11 (200 KiB)': {
    code: `${CP}function text(pdf, cb) {\n  cp.execFile('pdftotext', ['-layout', pdf, '-'], (e, out) => cb(e, out));\n}`,
    nodeRange: '>=8',
    errors: [[3, 3, CONVERTER('execFile', '`pdftotext -` prints the text of the whole document on stdout', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', '200 KiB by default on Node 8 to 11 (1 MiB from Node 12)')]],
  },
  // Graphviz renders the graph it is given on stdout; the program a property of a module's object literal, spawnSync
  // the default of a function the caller may hand in (audit 28: dependency-cruiser's dot reporter).
  'dot -Tsvg by spawnSync, from a constant object, behind an injectable default': {
    code: "const { spawnSync } = require('child_process');\nconst CONSTANTS = { exec: 'dot', format: 'svg' };\nfunction convert(pDot, pOptions) {\n  const run = pOptions.spawnFunction || spawnSync;\n  const { stdout, status } = run(CONSTANTS.exec, [`-T${CONSTANTS.format}`], { input: pDot });\n  return status === 0 ? stdout.toString('utf8') : null;\n}",
    errors: [[5, 30, CONVERTER('spawnSync', '`dot` prints the whole rendered graph on stdout', 'the result carries ENOBUFS with the output cut short')]],
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
  'git ls-tree -r of a ref, every file': { code: `${CP}cp.execFile('git', ['ls-tree', '-r', '--name-only', ref], (e, out) => use(out));`, errors: [[2, 1, PAST('execFile', '`git ls-tree -r` lists every file of the tree')]] },
  'ffmpeg encoding VP9 through a shell line': { code: `${CP}cp.exec(\`ffmpeg -hide_banner -i \${src} -c:v libvpx-vp9 -b:v 2M \${dst}\`, (e) => {});`, errors: [[2, 1, TIMED('exec', FFMPEG('libvpx-vp9'), '76 to 117 minutes', 'encoding')]] },
  // Blind audit 40 (node-video-kit): a desktop recording whose arguments are one of several lists,
  // or lists joined with concat(); the program's path from the package that installs it.
  'ffmpeg recording, its list one of two assigned ones': { code: `${CP}const ffmpeg = require('ffmpeg-static');\nfunction record(input, out, done) {\n  let args;\n  if (input) args = ['-f', 'avfoundation', '-i', input, out];\n  else args = ['-f', 'avfoundation', '-i', '1', out];\n  return cp.execFile(ffmpeg, args, (e) => done(e));\n}`, errors: [[7, 10, TIMED('execFile', LIVE('avfoundation'), '76 to 117 minutes', 'relaying a live stream')]] },
  'ffmpeg recording, its list joined with concat() from lists held in names': { code: `${CP}const ffmpeg = require('@ffmpeg-installer/ffmpeg').path;\nfunction record(screen, out, done) {\n  const head = ['-y'];\n  let input = ['-f', 'dshow', '-i', 'video=' + screen];\n  if (screen === 'desktop') input = ['-f', 'gdigrab', '-i', 'desktop'];\n  cp.execFile(ffmpeg, head.concat(input).concat([out]), (e) => done(e));\n}`, errors: [[7, 3, TIMED('execFile', LIVE('dshow'), '76 to 117 minutes', 'relaying a live stream')]] },
  // A child that runs until the code stops it writes for as long as it runs.
  // Blind audit 36 (simple_dns_test): the server is started by one module, returned, and stopped by another.
  'a server returned to a module that stops it': { file: STOPPED_THERE, code: SERVER_MODULE, errors: [[2, 13, STOPPED('execFile', 6, 'a command not known statically').replace('(line 6)', '(app.js:6)')]] },
  'a server returned to a caller of this module that stops it': { code: `${CP}function start() {\n  const p = cp.execFile(server, ['--port', port]);\n  p.stdout.on('data', log);\n  return p;\n}\nlet child = start();\nfunction shutdown() {\n  child.kill();\n}`, errors: [[3, 13, STOPPED('execFile', 9, 'a command not known statically')]] },
  'a server kept in a property, stopped in another method': { code: `${CP}class Server {\n  start(script, opts) {\n    this.proc = cp.execFile(script, { shell: '/bin/bash', ...opts });\n    this.proc.on('exit', () => this.restart());\n  }\n  stop() {\n    this.proc.kill();\n  }\n}`, errors: [[4, 17, STOPPED('execFile', 8, 'a command not known statically', undefined, undefined, CALLERS)]] },
  'a watcher bound to a name, its exit code read, stopped on SIGINT': { code: `${CP}function watch() {\n  const w = cp.exec(config.watch);\n  w.on('exit', (code) => console.log('watcher exited', code));\n  process.on('SIGINT', () => w.kill());\n}`, errors: [[3, 13, STOPPED('exec', 5, 'a command not known statically')]] },
  // Audit 20 (vscode-elm): a detached reactor shown in an output channel, stopped by its process group.
  'a reactor in a module variable, its output shown, its process group killed in stop()': { code: `${CP}let reactor;\nfunction start() {\n  try {\n    reactor = cp.exec(reactorCommand(), { cwd: root });\n    reactor.stdout.on('data', (d) => oc.append(d.toString()));\n    reactor.stderr.on('data', (d) => oc.append(d.toString()));\n  } catch (e) {\n    console.error(e);\n  }\n}\nfunction stopReactor() {\n  process.kill(-reactor.pid, 'SIGKILL');\n}`, errors: [[5, 15, STOPPED('exec', 13, 'a command not known statically')]] },
  'a watcher with a callback, stopped by a local stop() given to SIGINT': { code: `${CP}function watch() {\n  const w = cp.exec(config.watch, (e) => e && console.error(e));\n  const stop = () => {\n    w.kill();\n  };\n  process.on('SIGINT', stop);\n}`, errors: [[3, 13, STOPPED('exec', 5, 'a command not known statically', 'exec() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  // A local stop function handed on (audit 20: vscode-elm's `executingCmd.kill = killProcess`): its holder stops the child when it chooses.
  'a command with a callback, its local killProcess() handed on as the promise\'s kill': { code: `${CP}function execCmd() {\n  let child;\n  const running = new Promise((resolve) => {\n    child = cp.exec(config.elm, (e, out) => resolve(out));\n  });\n  running.kill = killProcess;\n  return running;\n  function killProcess() {\n    child.kill('SIGINT');\n  }\n}`, errors: [[5, 13, STOPPED('exec', 10, '`elm`', 'exec() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  'a dev server with a callback, stopped later': { code: `${CP}const dev = cp.exec('npm run dev', (e) => e && console.error(e));\nprocess.on('SIGTERM', () => dev.kill());`, errors: [[2, 13, STOPPED('exec', 3, '`npm`', 'exec() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  // Counts the code does not write, and listings that grow with the tree or the archive.
  'git log: the count and the files from the caller': { code: `${CP}function log(n, done) {\n  cp.execFile('git', ['log', \`-n \${n}\`, '--name-status'], (e, out) => done(out));\n}`, errors: [[3, 3, PAST('execFile', '`git log --name-status` prints the files or the diff of every commit it lists, growing with the history')]] },
  'git log: arguments built by a local function, options from the caller': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nfunction args(o) {\n  let a = ['log', '--format=%H'];\n  a = withPaths(a, o);\n  return a;\n}\nasync function commits(o) {\n  const { stdout } = await run('git', args(o), { cwd: o.repo, ...o.execOptions });\n  return stdout;\n}`, errors: [[10, 28, `promisified ${PAST('execFile', '`git log` prints output that grows with the repository', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER', CALLERS)}`]] },
  // A flag word held by a name bound to a choice of literals: the louder one (audit 18: HeroicGamesLauncher).
  'du with -sk or -ah chosen by a name': { code: `${CP}const flag = all ? '-ah' : '-sk';\ncp.execFile('du', [flag, dir], (e, out) => {});`, errors: [[3, 1, PAST('execFile', '`du` prints a line per directory it walks (per file with -a)')]] },
  'du without -s': { code: `${CP}cp.exec('du -h /var', (e, out) => {});`, errors: [[2, 1, PAST('exec', '`du` prints a line per directory it walks (per file with -a)')]] },
  'tar listing an archive': { code: `${CP}cp.execFile('tar', ['-tzf', archive], (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`tar -tzf` names every file of the archive')]] },
  // A container's whole log grows for as long as it runs (audit 12: serverless's invoke local).
  'docker logs of a container, promisified': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function logs(id) { const { stdout } = await run(\`docker logs \${id}\`); return stdout; }`, errors: [[4, 52, PAST('exec', '`docker logs` prints the whole log of the container, which grows for as long as the container runs', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER').replace('exec() keeps', 'promisified exec() keeps')]] },
  // Every pod of a namespace whole, in JSON, through a wrapper whose callers pass the words (blind audit 40: snuggs).
  'kubectl get pods -o json through a wrapper of the program': { code: `${CP}${UTIL}const exec = util.promisify(cp.exec);\nconst run = async (cmd) => {\n  const s = 'kubectl ' + cmd;\n  const { stdout } = await exec(s);\n  return stdout;\n};\nmodule.exports = async () => JSON.parse(await run('get pods -o json'));`, errors: [[6, 28, `promisified ${PAST('exec', '`kubectl get -o json` prints every object it lists whole, 5 to 15 KiB a pod in JSON or YAML: some hundred pods pass 1 MiB', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER').replace('MiB):', 'MiB), as the caller at case.js:9 passes it:')}`]] },
  'kubectl logs of a pod, its whole log': { code: `${CP}cp.execFile('kubectl', ['logs', pod, '-n', ns], (e, out) => show(out));`, errors: [[2, 1, PAST('execFile', '`kubectl logs` prints the whole log of the pod, which grows for as long as the pod runs')]] },
  // A program written here, every argument word from outside (blind audit 40: penmode3-plugin's nmap console).
  'nmap with the arguments a user typed': { code: `${CP}function scan(obj, cb) {\n  cp.exec('nmap ' + obj.parameters, (error, stdout) => cb(stdout));\n}\nmodule.exports = scan;`, errors: [[3, 3, OPEN('exec', 'nmap', 'obj.parameters', '`nmap -iL`')]] },
  // A list by its type, or by the options that follow it, whatever its name.
  'nmap through execFile, options typed as a list of words': { code: `${CP}function scan(options: string[], cb) {\n  cp.execFile('nmap', options, (e, out) => cb(out));\n}\nmodule.exports = scan;`, file: 'case.ts', errors: [[3, 3, OPEN('execFile', 'nmap', 'options', '`nmap -iL`')]] },
  'nmap through execFile, opts followed by its options': { code: `${CP}function scan(opts, cb) {\n  cp.execFile('nmap', opts, { cwd: '/tmp' }, (e, out) => cb(out));\n}\nmodule.exports = scan;`, errors: [[3, 3, OPEN('execFile', 'nmap', 'opts', '`nmap -iL`')]] },
  'nmap through execFile, the arguments split from a setting': { code: `${CP}cp.execFile('nmap', config.nmapArgs.split(' '), (e, out) => show(out));`, errors: [[2, 1, OPEN('execFile', 'nmap', "config.nmapArgs.split(' ')", '`nmap -iL`')]] },
  'nmap with a target list written here': { code: `${CP}cp.exec('nmap -sV -iL targets.txt', (e, out) => show(out));`, errors: [[2, 1, PAST('exec', '`nmap -iL` prints a report for every live host of the targets it scans: a list of targets or a large range (a /16) passes 1 MiB')]] },
  // Prefix reads that are not: the error decides (a cut run fails), a global match, the whole output.
  'git log --reverse, the callback throws the error before its first match': { code: `${CP}cp.exec('git log --reverse', (e, out) => {\n  if (e) throw e;\n  console.log(out.match(/Date:\\s+(.*)/)[1]);\n});`, errors: [[2, 1, PAST('exec', GIT_LOG)]] },
  // The count appended under a condition: without it, the whole history.
  'a let command line built by appending, its count appended under a condition': { code: `${CP}let cmd = 'git log';\nif (short) cmd += ' -n 5';\ncmd += ' --oneline';\ncp.exec(cmd, (e, out) => console.log(out));`, errors: [[5, 1, PAST('exec', GIT_LOG)]] },
  'git log, every match of a global regex': { code: `${CP}cp.exec('git log', (e, out) => console.log(out.match(/Date:.*/g)));`, errors: [[2, 1, PAST('exec', GIT_LOG)]] },
  'git log, the first line and the count of lines': { code: `${CP}cp.exec('git log --format=%H', (e, out) => console.log(out.split('\\n')[0], out.split('\\n').length));`, errors: [[2, 1, PAST('exec', GIT_LOG)]] },
  'a command that does work, killed past maxBuffer, the first line read': { code: `${CP}cp.exec('tar czvf out.tgz .', (e, out) => console.log(out.split('\\n')[0]));`, errors: [[2, 1, PAST('exec', TAR)]] },
  // Callers that tie are named each once (two on a line are one place); one that reads only the start of the log is not named.
  'a wrapper handing stdout on, git log callers that tie after one reading only the first date': { code: `${CP}function execute(command, callback) {\n  cp.exec(command, (error, stdout) => callback(stdout));\n}\nexecute('git log --reverse', (output) => console.log(output.match(/Date:\\s+(.*)/)[1]));\nexecute('git log', (output) => console.log(output));\nexecute('git log', (a) => show(a)); execute('git log', (b) => keep(b));`, errors: [[3, 3, 'exec() keeps the whole output of a command that grows with what it walks (`git log` prints output that grows with the repository), as the callers at case.js:6 and case.js:7 pass it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes']] },
  // Blind audit 42 (raconteur): the repository is a second parameter written before the callers' git words.
  // The first release, with no previous tag: the whole history (blind audit 44: action-tag-and-release's other arm).
  'git shortlog of HEAD when there is no previous tag': { code: `${CP}const notes = (prev, cb) => cp.exec(\`git --no-pager shortlog --no-merges \${prev ? \`\${prev}..\` : 'HEAD'}\`, cb);\nmodule.exports = notes;`, errors: [[2, 29, PAST('exec', '`git shortlog` prints output that grows with the repository')]] },
  'a git -C wrapper whose callers pass diff': { code: `${CP}function git(command, repo) {\n  return new Promise((resolve) => cp.exec(\`git -C "\${repo}" \${command}\`, (e, out) => resolve(out)));\n}\ngit('rev-parse HEAD', dir);\ngit('diff --cached', dir);`, errors: [[3, 35, PAST('exec', '`git diff` prints output that grows with the repository').replace('): maxBuffer', '), as the caller at case.js:6 passes it: maxBuffer')]] },
  // The same as a method of a class whose instance a setter may swap (a mock for the tests).
  'a git -C method called on an instance a setter may replace': { code: `${CP}class Git {\n  run(command, repo) {\n    return new Promise((resolve) => cp.exec(\`git -C \${repo} \${command}\`, (e, out) => resolve(out)));\n  }\n}\nlet git = new Git();\nfunction use(g) { git = g; }\ngit.run('diff main', dir);`, errors: [[4, 37, PAST('exec', '`git diff` prints output that grows with the repository').replace('): maxBuffer', '), as the caller at case.js:9 passes it: maxBuffer')]] },
  // Blind audit 42 (git-visualize): xargs runs wc on every file echo names.
  'echo of a list of files into xargs wc -l': { code: `${CP}cp.exec(\`echo \${files.join(' ')} | xargs wc -l\`, (e, out) => show(out));`, errors: [[2, 1, PAST('exec', '`xargs wc` prints what `wc` prints for every word of its input')]] },
  'git ls-files into xargs grep': { code: `${CP}cp.exec('git ls-files | xargs grep -n TODO', (e, out) => show(out));`, errors: [[2, 1, PAST('exec', '`xargs grep` prints what `grep` prints for every word of its input')]] },
  'a git wrapper whose callers tie in five places': { code: `${CP}function git(args, done) {\n  cp.execFile('git', args, (e, out) => done(out));\n}\ngit(['log'], show);\ngit(['log'], show);\ngit(['log'], show);\ngit(['log'], show);\ngit(['log'], show);\ngit(['rev-parse', 'HEAD'], show);`, errors: [[3, 3, 'execFile() keeps the whole output of a command that grows with what it walks (`git log` prints output that grows with the repository), as the callers at case.js:5, case.js:6, case.js:7 and 2 more pass it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes']] },
  // The same identity cmd(), one caller running git log: that caller named.
  'exec wrapper whose callers pass literal git lines through an identity cmd(), one git log': { code: `${CP}function cmd(c) { return c; }\nconst run = (c) => new Promise((resolve, reject) => {\n  cp.exec(c, { shell: 'bash' }, (err, stdout) => (err ? reject(err) : resolve(stdout)));\n});\nrun(cmd('git status')).then(() => run(cmd('git log')));`, errors: [[4, 3, 'exec() keeps the whole output of a command that grows with what it walks (`git log` prints output that grows with the repository), as the caller at case.js:6 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes']] },
  'a wrapper handing stdout on, one git log caller printing all of it': { code: `${CP}function execute(command, callback) {\n  cp.exec(command, (error, stdout) => callback(stdout));\n}\nexecute('git log', (output) => console.log(output));\nexecute('git log --reverse', (output) => console.log(output.match(/Date:\\s+(.*)/)[1]));`, errors: [[3, 3, 'exec() keeps the whole output of a command that grows with what it walks (`git log` prints output that grows with the repository), as the caller at case.js:5 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes']] },
  // Words appended with concat() follow the array's own: `git log` and more, as a spread gives.
  'git log words with more appended by concat()': { code: `${CP}function history(extra, done) { cp.execFile('git', ['log', '--format=%H'].concat(extra), (e, out) => done(out)); }`, errors: [[2, 33, PAST('execFile', GIT_LOG)]] },
  'find on a start point known only at run time, no test': { code: `${CP}function scan(root) { return cp.execFileSync('find', [root]).toString(); }`, errors: [[2, 30, PAST('execFileSync', WALKS, 'the call throws ENOBUFS')]] },
  'execFile with a callback: find': { code: `${CP}cp.execFile('find', ['.', '-type', 'f'], (error, stdout) => {});`, errors: [[2, 1, PAST('execFile', WALKS)]] },
  'exec with a callback: grep -r': { code: `${CP}cp.exec('grep -rn TODO src', (error, stdout) => {});`, errors: [[2, 1, PAST('exec', '`grep -rn` prints every match in the tree')]] },
  'git grep printing every match': { code: `${CP}cp.execFile('git', ['grep', '-n', 'TODO'], { cwd: repo }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`git grep` prints output that grows with the repository')]] },
  'git rev-list of the whole history': { code: `${CP}cp.execFile('git', ['rev-list', 'HEAD'], { cwd: repo }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`git rev-list` prints output that grows with the repository')]] },
  'git log without a count': { code: `${CP}cp.execFile('git', ['log', '--format=%H'], { cwd: repo }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`git log` prints output that grows with the repository')]] },
  'go vet over the workspace, program found by name': { code: `${CP}const go = getBinPath('go');
cp.execFile(go, ['vet', './...'], { cwd }, (e, out, err) => {});`, errors: [[3, 1, PAST('execFile', '`go vet ./...` reports on every package of the pattern')]] },
  'arguments pushed before the call': { code: `${CP}const args = tags ? ['-tags', tags] : [];
args.push('-modified', 'referrers', pos);
const p = cp.execFile(getBinPath('guru'), args, { env }, (e, out) => {});`, errors: [[4, 11, PAST('execFile', '`guru referrers` prints a line per reference across the workspace')]] },
  'maxBuffer written as the default': { code: `${CP}cp.execFile('go-symbols', [dir, query], { maxBuffer: 1024 * 1024 }, (e, out) => {});`, errors: [[2, 1, PAST('execFile', '`go-symbols` prints every symbol of the workspace that matches the query', undefined, '1 MiB here')]] },
  'promisified, awaited': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);
async function f() { return (await run('git ls-files')).stdout; }`, errors: [[4, 36, `promisified ${PAST('exec', '`git ls-files` prints output that grows with the repository', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')}`]] },
  // node-cmd's runSync(line) is execSync(line) in a try: past maxBuffer the result carries the error and no data.
  'node-cmd runSync of a walker': { code: "const cmd = require('node-cmd');\nconst r = cmd.runSync('find / -type f');", errors: [[2, 11, PAST('execSync', WALKS_FS, 'runSync() catches the ENOBUFS execSync throws and returns `data: null`, with only the stderr text as `err`')]] },
  'execSync': { code: `${CP}const out = cp.execSync('find . -name "*.js"');`, errors: [[2, 13, PAST('execSync', '`find -name *.js` prints only the files that the pattern matches, a number that grows with the tree', 'the call throws ENOBUFS')]] },
  // -type d: only the directories, a line each (the message says so).
  'execSync of find -type d': { code: `${CP}const out = cp.execSync('find src -type d');`, errors: [[2, 13, PAST('execSync', '`find -type d` prints a line per directory it walks', 'the call throws ENOBUFS')]] },
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
  // Audit 32 (a deploy tool): exec() with no callback kills the child past maxBuffer even while the code streams its output.
  'exec of a shell script without a callback, output piped to the parent, exit awaited': { code: `${CP}function deploy(script) {\n  return new Promise((resolve, reject) => {\n    const c = cp.exec('sh ./' + script);\n    c.stdout.pipe(process.stdout);\n    c.stderr.pipe(process.stderr);\n    c.on('exit', resolve);\n  });\n}`, errors: [[4, 15, STREAMED('`sh` runs a program whose output can grow')]] },
  'exec of npm install without a callback, output read by a data listener, the child handed on': { code: `${CP}async function install() {\n  const run = cp.exec('npm install');\n  run.stdout.on('data', (d) => process.stdout.write(d));\n  await join(run);\n}`, errors: [[3, 15, STREAMED(NPM)]] },
  // Audit 32 (sketch-bot): a gulpfile that starts the app's server runs it for as long as it is used.
  'a gulpfile running npm start without a callback, output forwarded': { code: `${CP}async function start() {\n  const run = cp.exec('cd www && npm start');\n  run.stdout.on('data', (d) => process.stdout.write(d));\n  await join(run);\n}`, file: 'gulpfile.js', errors: [[3, 15, LIVES("`npm start` runs the project's start script, by convention its server or app, which logs until it is stopped")]] },
  'exec without a callback, streams read, close watched': { code: `${CP}function run(cmd, done) {\n  const child = cp.exec(cmd);\n  let out = '';\n  child.stdout.on('data', (d) => { out += d; });\n  child.on('close', (code) => done(code, out));\n}`, errors: [[3, 17, HANDED('exec', 'its streams end cut short').replace('exec() keeps', 'exec() without a callback still buffers')]] },
  // exec's maxBuffer written by hand around spawn(): the kill is as sure as Node's.
  'a hand-written limit around spawn, program and arguments from the caller': { code: `${CP}function run(file, args, done) {\n  const child = cp.spawn(file, args);\n  let out = '';\n  child.stdout.on('data', (d) => {\n    out += d;\n    if (out.length > 200 * 1024) child.kill();\n  });\n  child.on('close', () => done(out));\n}`, errors: [[3, 17, "spawn() of a program and arguments the caller hands in, which can be any build, test run or tool writing its result to stdout: the code counts its output and kills the child at line 7 once it passes 200 KiB, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  'a hand-written limit through a killing helper, a walker': { code: `${CP}const limit = 512 * 1024;\nconst child = cp.spawn('find', ['.', '-type', 'f']);\nlet seen = 0;\nconst stop = () => process.kill(child.pid, 'SIGKILL');\nchild.stdout.on('data', (d) => { seen += d.length; if (seen >= limit) stop(); });`, errors: [[3, 15, `spawn() of a command that grows with what it walks (${WALKS}): the code counts its output and kills the child at line 6 once it passes 512 KiB, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it`]] },
  "a hand-written limit from the wrapper's defaults, which the caller's options may replace": { code: `${CP}function run(file, args, given) {\n  const options = { maxBuffer: 500 * 1024, killSignal: 'SIGKILL' };\n  for (const k of Object.keys(given)) options[k] = given[k];\n  const child = cp.spawn(file, args);\n  let size = 0;\n  child.stdout.on('data', (d) => { size += d.length; if (size > options.maxBuffer) child.kill(options.killSignal); });\n  return child;\n}`, errors: [[5, 17, "spawn() of a program and arguments the caller hands in, which can be any build, test run or tool writing its result to stdout: the code counts its output and kills the child at line 7 once it passes 500 KiB unless the caller's options raise it, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  "a task's command through a second name for this.data, either of two keys": { code: `${CP}class Task {\n  run(done) {\n    const data = this.data;\n    cp.exec(data.command || data.cmd, (e, out) => done(out));\n  }\n}`, errors: [[5, 5, HANDED('exec')]] },
  'a hook through self = this': { code: `${CP}function Plugin(options) { this.options = options; }\nPlugin.prototype.apply = function () {\n  const self = this;\n  cp.exec(self.options.onDone, (e, out) => console.log(out));\n};`, errors: [[5, 3, HANDED('exec')]] },
  'a let command line built by appending': { code: `${CP}let cmd = 'git log --format=%H';\nif (since) cmd += \` --since=\${since}\`;\ncp.exec(cmd, (e, out) => console.log(out));`, errors: [[4, 1, PAST('exec', '`git log` prints output that grows with the repository')]] },
  'a program named by its path variable, the line built by appending and reducing': { code: `${CP}function search(options, done) {\n  let line = options.rgPath + ' --vimgrep';\n  if (options.multiline) line += ' -U';\n  line = options.globs.reduce((acc, g) => \`\${acc} -g \${g}\`, line);\n  cp.exec(line, (e, out) => done(out));\n}`, errors: [[6, 3, PAST('exec', '`rg` prints a line per match in the tree it searches')]] },
  'locate with a wildcard': { code: `${CP}cp.exec("locate '*.conf'", (e, out) => use(out));`, errors: [[2, 1, PAST('exec', '`locate` prints every path of its index that the pattern matches')]] },
  'locate with a regular expression': { code: `${CP}cp.execFile('locate', ['-r', 'bin/postgres$'], (e, out) => use(out));`, errors: [[2, 1, PAST('execFile', '`locate -r` prints every path of its index that the regular expression matches')]] },
  'a hand-written limit from a setting around a command only known at run time': { code: `${CP}const maxBuffer = task.maxBuffer || 200 * 1024;\nlet proc;\nproc = cp.spawn(task.command, task.args);\nlet size = 0;\nconst stop = function (why) { process.kill(proc.pid, 'SIGTERM'); };\nproc.stdout.on('data', (d) => { if (size + d.length > maxBuffer) stop('stdout'); else size += d.length; });`, errors: [[4, 8, "spawn() of a command not known statically, whose output can grow: the code counts its output and kills the child at line 7 once it passes 200 KiB unless a setting raises it, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it"]] },
  // Audit 14 (diff2html-cli): spawnSync of a program and arguments its caller passes, `git diff`
  // the first word of an array a local function builds (pushed to, Array.prototype.push.apply).
  'spawnSync in a helper whose caller passes git diff built by a local function': {
    code: `${CP}function execute(executable, args) {\n  return cp.spawnSync(executable, args, { encoding: 'utf8' }).stdout;\n}\nfunction diffArgs(extra, ignore) {\n  const a = ['diff'];\n  if (!extra.includes('--no-color')) a.push('--no-color');\n  Array.prototype.push.apply(a, extra);\n  return a;\n}\nfunction run(extra) {\n  const args = diffArgs(extra);\n  return execute('git', args);\n}`,
    errors: [[3, 10, PAST('spawnSync', GIT_DIFF, 'the result carries ENOBUFS with the output cut short').replace('repository)', 'repository), as the caller at case.js:13 passes it')]],
  },
  'spawnSync of git diff written here': { code: `${CP}const d = cp.spawnSync('git', ['diff', base], { encoding: 'utf8' }).stdout;`, errors: [[2, 11, PAST('spawnSync', GIT_DIFF, 'the result carries ENOBUFS with the output cut short')]] },
  'spawnSync of git diff piped on one branch of a conditional': { code: `${CP}const d = cp.spawnSync('git', ['diff', base], { encoding: 'utf8', stdio: ['ignore', ci ? 'inherit' : 'pipe', 'inherit'] }).stdout;`, errors: [[2, 11, PAST('spawnSync', GIT_DIFF, 'the result carries ENOBUFS with the output cut short')]] },
  // Audit 14 (danger-js): git show <sha>:<path> of the file the caller names, its content taken.
  'git show of a file at a revision, the file the caller names': { code: `${CP}const get = (path, sha) => new Promise((done) => {\n  cp.exec(\`git show \${sha}:"\${path}"\`, (err, stdout) => { if (!err) done(stdout); });\n});`, errors: [[3, 3, FILE_WHOLE('exec')]] },
  // A lockfile passes a megabyte in a large project, whoever names it (audit 16: `git show BASE:package-lock.json`).
  'git show of a lockfile the code names, at a revision': { code: `${CP}const lock = 'package-lock.json';\ncp.execFile('git', ['show', \`\${base}:\${lock}\`], (e, out) => done(JSON.parse(out)));`, errors: [[3, 1, FILE_WHOLE('execFile').replace('`git show …:…` prints a file of the repository as it was at that revision, whole: as large as the file', '`git show …:package-lock.json` prints a lockfile or a bundle as it was at that revision, whole: past a megabyte in a large project')]] },
  // Words appended through two wrappers: one caller asks for the whole patch.
  'git diff through two wrappers, one caller asking for the patch': { code: `${CP}function gitDiff(args) { return git(['diff', ...args]); }\nfunction git(args) { return cp.spawnSync('git', args, { encoding: 'utf8' }).stdout; }\nmodule.exports = () => [gitDiff(['--name-only']), gitDiff(['HEAD~1'])];`, errors: [[3, 29, PAST('spawnSync', GIT_DIFF, 'the result carries ENOBUFS with the output cut short').replace('repository)', 'repository), as the caller at case.js:2 passes it')]] },
  // Blind audit 36 (vs-code-extension-for-git-blame): the editor's file blamed whole, about 143
  // bytes a line: a file of some 7,300 lines passes 1 MiB and the blame is lost.
  'git blame of the file the editor shows': { code: `${CP}const options = { cwd: dir };\ncp.exec(\`git blame \${fileName}\`, options, (error, stdout) => {\n  if (error) return;\n  show(stdout.split('\\n'));\n});`, errors: [[3, 1, BLAME('exec')]] },
  // bluebird's promisifyAll(child_process) adds execAsync, a promisified exec (blind audit 44: WhatDidIDo blames every file of a repository).
  "git blame through bluebird's promisifyAll twin, execAsync": { code: "var Promise = require('bluebird'),\n    childProcess = Promise.promisifyAll(require('child_process'));\nfunction blame(path) {\n  return childProcess.execAsync('git blame --show-email -- ' + path).then((out) => count(out));\n}", errors: [[4, 10, `promisified ${BLAME('exec').replace('the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')}`]] },
  "git blame through bluebird's twin destructured, const { execAsync } = promisifyAll(...)": { code: "var Promise = require('bluebird'),\n    { execAsync } = Promise.promisifyAll(require('child_process'));\nfunction blame(path) {\n  return execAsync('git blame --show-email -- ' + path).then((out) => count(out));\n}", errors: [[4, 10, `promisified ${BLAME('exec').replace('the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')}`]] },
  'git blame --line-porcelain through execFile': { code: `${CP}cp.execFile('git', ['blame', '--line-porcelain', '--', file], (e, out) => done(out));`, errors: [[2, 1, BLAME('execFile')]] },
  'git show rev:path through execFile': { code: `${CP}cp.execFile('git', ['show', \`\${rev}:\${file}\`], (e, out) => done(out));`, errors: [[2, 1, FILE_WHOLE('execFile')]] },
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
  // A library that keeps the old 200 KiB on every Node, its engines admitting the Node versions whose default it was (audit 18: gulp-git).
  'git status under a maxBuffer filled in when the caller left it unset, engines >= 0.9': { code: `${CP}module.exports = function (opt, cb) {\n  if (!opt.maxBuffer) opt.maxBuffer = 200 * 1024;\n  return cp.exec('git status ' + opt.args, { cwd: opt.cwd, maxBuffer: opt.maxBuffer }, cb);\n};`, nodeRange: '>= 0.9.0', errors: [[4, 10, "exec() keeps the whole output of a command whose output can grow (`git` can print a lot): maxBuffer is 200 KiB here unless a setting raises it, below the 1 MiB Node has given exec by default since version 12 (raised from 200 KiB because real commands passed it), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes"]] },
  'git pull under `opt.maxBuffer || 200 * 1024`, engines >= 0.9': { code: `${CP}module.exports = function (opt, cb) {\n  const maxBuffer = opt.maxBuffer || 200 * 1024;\n  return cp.exec('git pull ' + opt.args, { cwd: opt.cwd, maxBuffer }, cb);\n};`, nodeRange: '>= 0.9.0', errors: [[4, 10, "exec() keeps the whole output of a command whose output can grow (`git pull` prints a diffstat of the merge on stdout and names every fetched ref on stderr): maxBuffer is 200 KiB here unless a setting raises it, below the 1 MiB Node has given exec by default since version 12 (raised from 200 KiB because real commands passed it), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes"]] },
  // The same listing outside a build file: the dependency tree of the project it runs in, a line per package.
  'a dependency listing under a 500 KiB maxBuffer written here': { code: `${CP}cp.exec('yarn list --prod --json', { maxBuffer: 1024 * 500 }, (error, stdout) => deps(JSON.parse(stdout)));`, file: 'src/deps.js', errors: [[2, 1, SMALL('exec', '`yarn list` lists the installed packages, a line per package, and its problems (missing, invalid) on stderr', 'maxBuffer is 500 KiB here', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  'a build under a 100 KiB maxBuffer written here': { code: `${CP}const log = cp.execSync('make', { maxBuffer: 100 * 1024 }).toString();`, errors: [[2, 13, SMALL('execSync', "`make` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 100 KiB here', 'the call throws ENOBUFS')]] },
  "maxBuffer from an editor setting: its declared default (getConfiguration(section).get(key))": { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}const vscode = require('vscode');\nconst conf = vscode.workspace.getConfiguration('lint');\ncp.execFile('clang', ['-fsyntax-only', f], { maxBuffer: conf.get('diagnostic.maxBuffer') }, (e, out, err) => done(err));`, errors: [[4, 1, SMALL('execFile', "`clang` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 256 KiB, the default of the setting `lint.diagnostic.maxBuffer` (package.json), unless the user raises it', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  "maxBuffer from a project helper's setting, named by the end of its key": { file: 'fixtures/js-projects/setting-maxbuffer/src/check.js', code: `${CP}const { getConf } = require('./conf');\ncp.execFile('gcc', ['-fsyntax-only', f], { cwd: dir, maxBuffer: getConf('diagnostic.maxBuffer') }, (e, out, err) => done(err));`, errors: [[3, 1, SMALL('execFile', "`gcc` builds, installs or runs other programs: both streams can grow", 'maxBuffer is 256 KiB, the default of the setting `lint.diagnostic.maxBuffer` (package.json), unless the user raises it', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]] },
  'engines.node >=14.17: one default across the range': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '>=14.17', errors: [[2, 32, HANDED('exec', undefined, '1 MiB by default on Node 14')]] },
  'engines.node ^0.10 || ^0.12: the 0.x releases named by their minor': { code: `${CP}function task(command, done) { cp.exec(command, done); }`, nodeRange: '^0.10 || ^0.12', errors: [[2, 32, HANDED('exec', undefined, '200 KiB by default on Node 0.10')]] },
  // A command that runs until it is stopped (a watcher, a dev server), whoever stops it: its log
  // piles up in exec's buffer (audit 20: rescript-vscode's Windows build watcher, vscode-elm's elm reactor).
  'a build watcher on Windows, its words chosen by a name, the child returned': {
    code: `${CP}function watch(buildPath, root, v12) {\n  const opts = { cwd: root };\n  let args = v12 ? ['watch'] : ['build', '-w'];\n  const proc = cp.exec(\`"\${buildPath}".cmd \${args.join(' ')}\`, opts);\n  proc.stdout.on('data', (d) => log(d));\n  return proc;\n}`,
    errors: [[5, 16, LIVES('a program run with `watch` runs a watcher or a dev server, which reports on every change or request until it is stopped')]],
  },
  'elm reactor kept in a module variable, its output shown': {
    code: `${CP}let reactor;\nfunction start(port) {\n  reactor = cp.exec('elm reactor --port=' + port, { cwd: root });\n  reactor.stdout.on('data', (d) => out.append(d.toString()));\n}`,
    errors: [[4, 13, LIVES('`elm reactor` serves the project until it is stopped, compiling and reporting on every request')]],
  },
  'tsc --watch with a callback': {
    code: `${CP}cp.exec('tsc --watch -p .', (e, out) => done(e, out));`,
    errors: [[2, 1, LIVES('`tsc --watch` runs in watch mode: it rebuilds and reports on every change until it is stopped', 'exec() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]],
  },
  'npm run dev, promisified': {
    code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function dev() { await run('npm run dev', { cwd: app }); }`,
    errors: [[4, 30, LIVES("`npm run dev` runs the project's watcher or dev server, which reports on every change or request until it is stopped", 'promisified exec() keeps', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')]],
  },
  'a git helper one of whose callers passes git log, under 64 KiB': {
    code: `${CP}function git(args, cb) { return cp.execFile('git', args, { maxBuffer: 64 * 1024 }, cb); }\ngit(['rev-parse', 'HEAD'], (e, o) => use(o));\ngit(['log', '--format=%H'], (e, o) => use(o));`,
    errors: [[2, 33, "execFile() keeps the whole output of a command that grows with what it walks (`git log` prints output that grows with the repository), as the caller at case.js:4 passes it: maxBuffer is 64 KiB here, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes"]],
  },
  'git ls-files -o, the ignored files too, through a helper': {
    code: `${CP}function execGit(args) { return cp.execFileSync('git', args, { encoding: 'utf8', stdio: 'pipe' }); }\nconst untracked = execGit(['ls-files', '-o']).split('\\n');`,
    errors: [[2, 33, "execFileSync() keeps the whole output of a command that grows with what it walks (`git ls-files -o` prints every untracked file, the ignored ones too), as the caller at case.js:3 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the call throws ENOBUFS; raise maxBuffer, or spawn() and read the output as it comes"]],
  },
  'the appium server, promisified': {
    code: `${CP}${UTIL}async function start(appiumCommandPath) {\n  await util.promisify(cp.exec)(\`\${appiumCommandPath} --port 4723\`);\n}`,
    errors: [[4, 9, LIVES('`appium` serves until it is stopped and logs every request or event', 'promisified exec() keeps', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER')]],
  },
  'mplayer with a status line, its end the end of playback': {
    code: `${CP}function play(url) {\n  cp.execFile('mplayer', ['-fs', url], (e) => emit('player:close'));\n}`,
    errors: [[3, 3, LIVES('`mplayer` plays while it prints a status line or its log, for as long as it runs', 'execFile() keeps', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]],
  },
  // yt-dlp's info JSON: every format and the automatic captions in some 150 languages, several
  // hundred KB for one YouTube video, past 1 MiB for some, once per entry of a playlist (blind
  // audit 34: yt-dlx's inline promisify(execFile), yt-dlpservice's promisify(exec) alias).
  'yt-dlp --dump-single-json through an inline promisify of node:util': {
    code: `import { promisify } from 'node:util';\nimport { execFile } from 'node:child_process';\nexport async function info(url) {\n  const { stdout } = await promisify(execFile)('yt-dlp', ['--dump-single-json', url]);\n  return JSON.parse(stdout);\n}`,
    file: 'case.mjs',
    errors: [[4, 28, YT_DLP('execFile', '`yt-dlp --dump-single-json`')]],
  },
  'yt-dlp --dump-json through a util.promisify(exec) alias': {
    code: `${CP}${UTIL}const execAsync = util.promisify(cp.exec);\nasync function check(url) {\n  const { stdout } = await execAsync(\`yt-dlp --no-warnings --dump-json --quiet "\${url}"\`, { timeout: 30000 });\n  return JSON.parse(stdout).title;\n}`,
    errors: [[5, 28, YT_DLP('exec', '`yt-dlp --dump-json`')]],
  },
  'yt-dlp -j with a callback, a playlist URL possible': {
    code: `${CP}cp.execFile('yt-dlp', ['-j', url], (e, out) => done(e, out));`,
    errors: [[2, 1, YT_DLP('execFile', '`yt-dlp -j`').replace('promisified ', '').replace('the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short')]],
  },
  // One video's description is of the order of 1 MiB, past it for some only: can-grow, not by default.
  'yt-dlp --dump-json --no-playlist: one video, can-grow': {
    code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nasync function info(url) { const { stdout } = await run('yt-dlp', ['--dump-json', '--no-playlist', url]); return JSON.parse(stdout); }`,
    errors: [[4, 53, YT_DLP('execFile', '`yt-dlp --dump-json --no-playlist`', 'one video')]],
  },
  "yt-dlp -j through require('util').promisify(require('child_process').exec)": {
    code: `const run = require('util').promisify(require('child_process').exec);\nasync function entries(url) { const { stdout } = await run('yt-dlp -j ' + url); return stdout.split('\\n').map(JSON.parse); }`,
    errors: [[2, 56, YT_DLP('exec', '`yt-dlp -j`')]],
  },
  "yt-dlx named by its path's key, options spliced into its arguments": {
    code: `${CP}${UTIL}async function probe(query, located, proxy) {\n  const ytDlxPath = located['yt-dlx'];\n  const args = ['--dump-single-json', query, '--no-check-certificates'];\n  if (proxy) args.splice(2, 0, '--proxy', proxy);\n  const meta = await util.promisify(cp.execFile)(ytDlxPath, args);\n  return JSON.parse(meta.stdout.toString());\n}`,
    errors: [[7, 22, YT_DLP('execFile', '`yt-dlx --dump-single-json`')]],
  },
  // A wrapper whose command its caller passes: judged by that command, the caller named (audit 10: kitematic).
  'a helper of an object whose caller passes docker-machine -D': {
    code: `${CP}const util = {\n  execFile(args, options) {\n    return new Promise((resolve) => cp.execFile(args[0], args.slice(1), options, (e, out) => resolve(out)));\n  },\n  create() { return this.execFile(['docker-machine', '-D', 'create', 'default']); },\n};\nmodule.exports = util;`,
    errors: [[4, 37, `execFile() keeps the whole output of a command that grows with what it walks (\`docker-machine -D\` logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)), as the caller at case.js:6 passes it: maxBuffer is ${CALLERS}, and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`]],
  },
});

// A download lasts minutes: passing 200 KiB takes half an hour of one (blind audit 44: this_vid2-discord's
// Reddit and Twitter clips), so only `--evidence possible` reports it, as `can-grow`. An encode passes
// it in 15 to 23 minutes, within the half hour an encode of a file lasts: reported by default.
test('POP104 on a Node 10 target: a download passes 200 KiB only after half an hour (can-grow), an encode is reported', async () => {
  const code = `${CP}cp.exec('curl -o app.zip https://example.org/app.zip', (e) => {});\nconst reddit = util.promisify(cp.exec)(\`youtube-dl -o out.mp4 \${url}\`);\ncp.exec(\`ffmpeg -i \${src} -c:v libx264 out.mp4\`, (e) => {});\n`;
  const lint = (evidence?: 'possible') => lintText('case.js', new SourceText(`${UTIL}${code}`), 'javascript', { enabled: new Set(['POP104']), target: 'py3', nodeMajor: 10, ...(evidence ? { evidence } : {}) });
  const shown = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => [f.range.start.line, f.range.start.column, f.evidence, f.message]);
  const encode = [5, 1, 'grows', TIMED('exec', '`ffmpeg -c:v libx264` prints its stats line every half second while it encodes', '15 to 23 minutes', 'encoding', undefined, '200 KiB by default on Node 10')];
  assert.deepEqual(shown(await lint()), [encode]);
  assert.deepEqual(shown(await lint('possible')), [
    [3, 1, 'can-grow', TIMED('exec', '`curl` prints its progress meter on stderr about once a second', '31 to 43 minutes', 'downloading', undefined, '200 KiB by default on Node 10')],
    [4, 16, 'can-grow', `promisified ${TIMED('exec', '`youtube-dl` prints a progress line about once a second while it downloads', '28 to 57 minutes', 'downloading', 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '200 KiB by default on Node 10')}`],
    encode,
  ]);
});

// An encode of a file ends with the file: passing 1 MiB takes 76 to 117 minutes of it (blind audit
// 46: ESP32-Camera's timelapse of snapshots), so only `--evidence possible` reports it, as
// `can-grow`. A live input runs for good and HandBrakeCLI encodes a film: reported by default.
test('POP104 on Node 20: an encode of a file passes 1 MiB only after an hour (can-grow), a camera and a film are reported', async () => {
  const code = `${CP}cp.exec(\`ffmpeg -framerate 8 -pattern_type glob -i 'images/\${day}/*.jpg' -c:v libx264 -pix_fmt yuv420p \${out}\`, (e) => {});\ncp.exec('ffmpeg -f v4l2 -i /dev/video0 -c:v libx264 -f rtsp rtsp://localhost:8554/cam', (e) => {});\ncp.exec(\`HandBrakeCLI -i \${disc} -o film.mkv\`, (e) => {});\n`;
  const lint = (evidence?: 'possible') => lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP104']), target: 'py3', nodeMajor: 20, ...(evidence ? { evidence } : {}) });
  const shown = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => [f.range.start.line, f.range.start.column, f.evidence, f.message]);
  const camera = [3, 1, 'grows', TIMED('exec', LIVE('v4l2'), '76 to 117 minutes', 'relaying a live stream')];
  const film = [4, 1, 'grows', TIMED('exec', HANDBRAKE('HandBrakeCLI'), '47 to 71 minutes', 'encoding')];
  assert.deepEqual(shown(await lint()), [camera, film]);
  assert.deepEqual(shown(await lint('possible')), [[2, 1, 'can-grow', TIMED('exec', FFMPEG('libx264'), '76 to 117 minutes', 'encoding')], camera, film]);
});
