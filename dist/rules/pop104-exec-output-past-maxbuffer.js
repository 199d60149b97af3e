import path from 'node:path';
import { defaultMaxBuffer, formatBytes, nodeFacts } from '../src/knowledge/node.js';
import { nodeBufferEvidence } from '../src/knowledge/evidence.js';
import { callerCommandOf, callersPhrase, callerTailOf, callerWordsOf, namingOnly } from '../src/typescript/caller-commands.js';
import { commandOutput, fromCaller, knownToGrowPastBuffer, usesShell } from '../src/typescript/command.js';
import { killLimitOf, languageServer, stoppedBy, stoppedByCaller } from '../src/typescript/kill-limit.js';
import { isTestPath } from '../src/test-files.js';
import { appendItems, replaceNode } from '../src/typescript/edit.js';
import { ts } from '../src/typescript/load.js';
import { maxBufferOf } from '../src/typescript/buffer-limit.js';
import { callbackOf, optionsOf, shapeOf, streamConfig } from '../src/typescript/options.js';
import { isWrapper, skipOuter } from '../src/typescript/resolve.js';
import { childUses, exitListener, valueUse } from '../src/typescript/usage.js';
import { prefixOnlyCallers, readsOnlyPrefix } from '../src/typescript/prefix-read.js';
import { openArguments } from '../src/typescript/open-arguments.js';
import { requestCommand } from '../src/typescript/request-command.js';
/** Calls that buffer the child's whole output, and how each one reports the overflow. */
const BUFFERING = {
    'child_process.exec': { shell: true, callback: true, fails: 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short' },
    'child_process.execFile': { shell: false, callback: true, fails: 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short' },
    'promisify(child_process.exec)': { shell: true, callback: false, fails: 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER' },
    'promisify(child_process.execFile)': { shell: false, callback: false, fails: 'the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER' },
    'child_process.execSync': { shell: true, callback: false, fails: 'the call throws ENOBUFS' },
    'child_process.execFileSync': { shell: false, callback: false, fails: 'the call throws ENOBUFS' },
    // Only with `shell: true` and a command from the caller (see `callerCommand`).
    'child_process.spawnSync': { shell: false, callback: false, fails: 'the result carries ENOBUFS with the output cut short' },
};
const NAMES = new Set(Object.keys(BUFFERING));
/**
 * Packages that call one of them and report the overflow their own way. node-cmd's
 * `runSync(command)` is `execSync(command)` in a try whose catch returns
 * `{ data: null, err: error.stderr.toString(), stderr: ... }`: nothing is thrown.
 */
const WRAPPED_FAILS = {
    'node-cmd.runSync': 'runSync() catches the ENOBUFS execSync throws and returns `data: null`, with only the stderr text as `err`',
};
const SPAWN = new Set(['child_process.spawn']);
const MiB = 1024 * 1024;
/**
 * Output that grows with time is reported when a long job of the command passes the limit: two
 * hours at its fastest rate (an encode of a film passes 1 MiB in about an hour; curl's meter
 * needs some 2.5 hours, which only a smaller maxBuffer brings within reach).
 */
const LONG_JOB = 2 * 3600;
// The project's own scripts (scripts/, tools/) and build files (a gulpfile, a Gruntfile, a
// Jakefile, a bundler's config), which run on the project's own tree and its own dependencies:
// their size is the one its maintainers see at each build, not a user's. Twenty audits judged 35
// calls in build files, none real (audit 20: popcorn-desktop's `yarn list` of its own
// dependencies under 500 KiB; audit 5: vscode-arduino's dependency tree in webpack.config.js).
const DEV_TOOLING = /(^|[\\/])(scripts?|tools?)[\\/]|(^|[\\/])([Gg]ulpfile|[Gg]runtfile|[Jj]akefile|(webpack|rollup|vite|esbuild)\.config)(\.[\w-]+)*\.[cm]?[jt]s$/;
// Ex) execFile('find', ['/'], cb) -> execFile('find', ['/'], { maxBuffer: Infinity }, cb)
function raiseFix(ctx, call, options, limit, hasCallback) {
    const wrote = 'maxBuffer: Infinity';
    const prop = limit.prop;
    // The caller's options or a setting's fallback: the edit would override what they ask for.
    // cmd.run(line, cb) (node-cmd) takes no options.
    if (options.opaque || limit.how === 'caller' || limit.how === 'setting' || ctx.model.wrappedName(call.expression))
        return [];
    let edits;
    if (prop) {
        if (!options.inline || !options.object?.properties.includes(prop))
            return [];
        edits = [replaceNode(ctx.sourceFile, prop.initializer, 'Infinity')];
    }
    else if (options.object) {
        if (!options.inline)
            return [];
        edits = appendItems(ctx.source, ctx.sourceFile, options.object, options.object.properties, [wrote]);
    }
    else if (options.arg) {
        // A null/undefined options argument.
        edits = [replaceNode(ctx.sourceFile, options.arg, `{ ${wrote} }`)];
    }
    else {
        const args = call.arguments;
        const before = hasCallback ? args[args.length - 2] : args[args.length - 1];
        if (!before)
            return [];
        edits = [{ start: before.end, end: before.end, content: `, { ${wrote} }` }];
    }
    return [{
            strategy: 'read',
            applicability: 'unsafe',
            description: `Keep the whole output: ${wrote}`,
            edits,
        }];
}
/**
 * A shell command line handed in by the caller (`exec(script, cb)` in a task runner, a build
 * plugin's hook): it can be any build or test run, and their logs pass a megabyte. Only a shell
 * line counts: `execFile(binPath, args)` names a program someone chose, found by a lookup.
 */
function callerCommand(model, call, qualified) {
    const command = call.arguments[0];
    if (!command || ts.isSpreadElement(command) || !fromCaller(model, command))
        return false;
    if (/exec\)?$|execSync$/.test(qualified))
        return true;
    return qualified === 'child_process.spawnSync' && usesShell(model, call) === true;
}
/**
 * How a message names a command the caller hands in: `genCommand(options, file)` is built by a
 * function the caller hands in (it may build any command, but it is not a bare build or hook).
 */
function handedIn(model, call) {
    const command = call.arguments[0];
    const e = command && !ts.isSpreadElement(command) ? model.initializerOf(command) : null;
    if (e && ts.isCallExpression(e))
        return `a command built by \`${skipOuter(e.expression).getText()}()\`, a function the caller hands in, which can build any command line (a build or a test run can log past a megabyte)`;
    return 'a command the caller hands in, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte)';
}
/**
 * The options of a call whose argument count places them (`exec(cmd, opts, cb)`,
 * `execFileSync(file, args, opts)`) when their shape alone cannot tell: a parameter, a call result.
 */
function positionalOptions(model, call, qualified, callback) {
    if (callback === 'unknown' || call.arguments.some((a) => ts.isSpreadElement(a)))
        return null;
    const withCallback = callback === 'yes' ? 1 : 0;
    const at = (BUFFERING[qualified].shell ? 1 : 2);
    if (call.arguments.length !== at + 1 + withCallback)
        return null;
    return { arg: call.arguments[at], object: null, inline: false, opaque: true };
}
/**
 * Does the code take the child's stdout? A converter's stdout is the document: a probe that runs
 * it on a file of its own and looks only at the error (`exec('antiword ' + __filename, (err) => ...)`)
 * never meets a large one. A callback given by name, or a result kept, may read it.
 */
function takesStdout(model, call, callback, hasCallback) {
    if (!hasCallback) {
        const use = valueUse(model, call, false);
        return use.kind !== 'dropped' && use.kind !== 'void';
    }
    if (callback !== 'yes')
        return true;
    const last = call.arguments.at(-1);
    const fn = last ? skipOuter(last) : null;
    if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
        return fn.parameters.length >= 2;
    return true;
}
/** `2796` seconds -> "47 minutes"; a range when the two ends differ: "47 to 71 minutes". */
function duration(least, most) {
    const unit = most >= 3 * 3600 ? 3600 : 60;
    const name = unit === 3600 ? 'hours' : 'minutes';
    const [a, b] = [Math.round(least / unit), Math.round(most / unit)];
    return a === b ? `about ${a} ${a === 1 ? name.slice(0, -1) : name}` : `${a} to ${b} ${name}`;
}
/** The call's result is what its function returns (`return exec(...)`, `=> exec(...)`, awaited or not). */
function returnedAsIs(call) {
    let e = call;
    while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent))
        e = e.parent;
    return ts.isReturnStatement(e.parent) || (ts.isArrowFunction(e.parent) && e.parent.body === e);
}
/**
 * spawn() whose output the code counts and kills past a size of its own (see kill-limit.ts),
 * for a command the caller hands in (a shell line, or a program and its arguments) or one that
 * grows with what it walks.
 */
function handWritten(ctx) {
    for (const { call } of ctx.model.callsTo(SPAWN)) {
        const found = killLimitOf(ctx.model, call);
        if (!found || found.limit.bytes > MiB)
            continue;
        const [program, args] = call.arguments;
        if (!program || ts.isSpreadElement(program) || (args && ts.isSpreadElement(args)))
            continue;
        const shell = usesShell(ctx.model, call) === true;
        const caller = fromCaller(ctx.model, program) && (shell || !args || shapeOf(ctx.model, args) === 'object' || fromCaller(ctx.model, args));
        const out = commandOutput(ctx.model, call, 'child_process.spawn');
        // The code counts the output because it expects plenty: a program it cannot name counts too.
        const unknown = out.program === null && out.stdout === 'unbounded';
        if (!caller && !unknown && (!out.scales || (out.stdout !== 'unbounded' && out.stderr !== 'unbounded')))
            continue;
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(found.kill.getStart(ctx.sourceFile)).line + 1;
        const size = formatBytes(found.limit.bytes) + { default: '', here: '', caller: " unless the caller's options raise it", setting: ' unless a setting raises it' }[found.limit.how];
        const what = caller ? (shell ? 'a command the caller hands in' : 'a program and arguments the caller hands in') + ', which can be any build, test run or tool writing its result to stdout' : out.scales ? `a command that grows with what it walks (${out.scales})` : `a command not known statically, whose output can grow`;
        ctx.report(call, {
            message: `spawn() of ${what}: the code counts its output and kills the child at line ${line} once it passes ${size}, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it`,
            evidence: caller || unknown ? 'external-command' : 'grows',
        });
    }
}
export const rule = {
    meta: {
        id: 'POP104',
        name: 'exec-output-past-maxbuffer',
        language: 'javascript',
        summary: 'exec()/execFile() (callback, promisified or sync), or spawn() under a size limit written by hand, running a command whose output grows with the tree or workspace it walks or with time (the progress line of an encoder), a child that runs until it is stopped (kept until the code stops it, or a watcher, a dev server, a player), or a shell command the caller hands in: past the limit the child is killed and the result is lost',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['read'],
        needles: ['child_process', 'node-cmd'],
        // A module that never names child_process can still run execSync its callers hand in
        // (passed-functions.ts: `function stat(execSync, opts) { execSync('git log --numstat') }`).
        prefilter: [{ needles: ['child_process', 'node-cmd'] }, { needles: ['execSync', 'execFileSync'] }],
        resolves: [...NAMES, ...SPAWN],
        docs: {
            whatItDoes: "Checks for `child_process.exec`/`execFile` with a callback, their promisified forms (bluebird's `promisifyAll(child_process)` twins `execAsync`/`execFileAsync` too), and `execSync`/`execFileSync`, when the command knowledge says the output grows with the size of what the command walks (`find` over a file system, `find /`, `find ~`; over a folder of the project, where 1 MiB takes some 15,000 paths, at the `can-grow` tier; `grep -r`, `rg`, `git log`/`diff`/`ls-files`, `git show <rev>:<path>` of a path known only at run time, which prints that file whole, `git blame` of a file known only at run time, which prints every line of it with its commit, author and date (a file of 5,000 to 10,000 lines passes 1 MiB; not a range, `-L n,+1`), `go vet ./...`, `golint ./...`, `guru referrers`, `go-symbols`; `docker logs` without `--tail` or `--since`, the container's whole log, which grows for as long as it runs, and `kubectl logs` likewise; `kubectl get -o json` or `-o yaml` of a list, every object whole, 5 to 15 KiB a pod, not of one object named; `nmap` over a list of targets or a large range) and `maxBuffer` is Node's default or a size written in the source no larger than 1 MiB. It also checks a shell command line the caller hands in, nothing of it written here (`exec(cmd, cb)` where `cmd` is a parameter, a property of one or of `this`, as task runners and build plugins run their users' hooks; and `spawnSync(cmd, { shell: true })`, which buffers its pipes the same way; `spawnSync` without a shell is reported for a command that grows with what it walks, `spawnSync('git', ['diff', ...args])`, its words read also from an array a local function builds and appends to with `push` or `Array.prototype.push.apply`): it can be any build or test run, whose log passes a megabyte. A local helper called only with written commands (`command('git rev-parse HEAD')`) is judged by those, and so is a helper that writes the program and takes its argument list from its callers (`git(args, cb)` around `execFile('git', args, cb)`, called with `['rev-parse', 'HEAD']`; a script's `--version` and `--help`). So is a shell line that writes the program and takes the rest of its words, whole, from a parameter (`exec('pandoc ' + command, options, cb)`, a default export included): each caller's text in the parameter's place (`pandoc -s ${path} -o ${out}` writes to a file). A program written here whose argument words all come from outside this code, from a value named for a list of arguments (`exec('nmap ' + obj.parameters, cb)`, `` exec(`ffmpeg ${args}`) ``, `execFile('nmap', params.split(' '), cb)`; not `` `nmap ${host}` ``, one word), is judged by what the program writes with some words, its loudest line here (`nmap -iL`): at the `external-command` tier, as a command from outside is; a program no such line lists stays quiet. So is a wrapper of the project whose command is its parameter, through its callers in its own module and in the modules that import it (a function, a method of the exported object, a static method of an exported class; a command that is a constant of another module, `Utils.execute(Constants.LINUX_COMMAND)`): judged by the loudest command its callers outside the tests pass, the message naming that caller (`execFile(args[0], args.slice(1))` called with `['docker-machine', '-D', 'create', ...]`, whose debug log on stderr passes a megabyte); a wrapper no project code calls keeps the caller's command. The maxBuffer read is the one that reaches the call: a named options object with the properties it gets afterwards (`opts.maxBuffer = n`, `Object.assign(opts, {...})`), spreads in order, and options the caller hands in, which leave Node's default unless the caller raises it (a local helper is judged by the options its callers pass; a proxy that returns exec's result to whoever chose the options is not reported). A size with a setting in front (`(config.maxBuffer || 200) * 1024`) is the written size. A parameter named as a child_process function (`execSync`, `exec`, ...) that every caller of its function outside the tests fills with that function is that function (`function stat(execSync) { execSync('git log --numstat') }` called as `stat(await defineExecSync())`, where `defineExecSync()` returns `(await import('child_process')).execSync`: blind audit 42, git-statistical), in a module that never names child_process too. node-cmd's `cmd.run(line, callback)` is `exec(line, callback)` and `cmd.runSync(line)` is `execSync(line)` (it catches the ENOBUFS and returns the cut stderr as `err`); they take no options, so no fix is offered. exec without a callback buffers all the same: it is reported here when its exit is watched or the child handed on (POP101 has it otherwise), for a command handed in, or one the table says grows (`npm run`, a build, a test run) when an `exit`/`close` listener reads the code or the signal: past maxBuffer it sees Node's SIGTERM, not the command's end. So is one whose streams the code reads as they come (`c.stdout.pipe(process.stdout)`, a 'data' listener) while it waits for the child (an exit listener, the child handed on), for a command that can grow (a build, a package manager, a script a shell or an interpreter runs; such a script is reported at the `can-grow` tier): Node counts every byte it reads against maxBuffer all the same and kills the child past it (blind audit 32, measured: SIGTERM after 1,055,100 bytes read through 'data'; a deploy script stops midway). Output that grows with time is reported too, when a long job passes the limit (within two hours at the command's fastest rate, from the knowledge): `HandBrakeCLI` prints a progress line 3 to 5 times a second while it encodes (1 MiB after 47 to 71 minutes), `ffmpeg` its stats line every half second while it encodes video with an encoder it names (`-c:v libx264`; not `-nostats` or a quiet `-loglevel`; not a remux with `copy`, an image, audio or a few frames, `-frames:v 1` or one image named as the output, which end within minutes) (76 to 117 minutes), and for as long as a live input runs (a camera over RTSP or RTMP, a capture device, `-f v4l2`, `-re`, a looped or listening input), stream copy included; curl's meter and yt-dlp's progress need hours to pass 1 MiB, so they are reported only under a smaller maxBuffer (Node before 12, or a size written here). A job that ends with its input passes the limit only on a rare run when that takes longer than such a job lasts, and is then reported at the `can-grow` tier: more than 20 minutes of downloading (blind audit 44: clips fetched in seconds), more than half an hour of encoding a file with ffmpeg (blind audit 46: a timelapse of snapshots; an encode at 1 MiB, which takes an hour, is such a run); not HandBrakeCLI, whose input is a film, nor a live input, which runs for good. The message says how long it takes. And a child that runs until the code stops it (`child.kill()`, `process.kill(child.pid)`, `process.kill(-child.pid)` for its process group, through the name it is bound to or the property it is kept in, `this.server = execFile(script, opts)` then `this.server.kill()` elsewhere in the module, or by a caller of a function that returns it, in this module or one that imports it, `proc = require('./subprocess.js').proc()` then `proc.kill()` in `stop()`; in a function named for stopping, `stop()`, `shutdown()`, `dispose()`, or in a handler of the parent's own end, `process.on('SIGINT', ...)`, `app.on('will-quit', ...)`; a kill in a timeout or a cancellation handler cuts short a command that would have ended by itself, and does not count, nor does one in a local function named for stopping that only such a handler calls, `const kill = (why) => child.kill()` called from a `setTimeout`), with or without a callback, when its command is not known to be quiet: a server or a watcher writes for as long as it runs, into exec's buffer. So is a command the knowledge says runs until it is stopped and writes as it goes, whoever stops it (the child handed on, kept, or closed by the user): a server or a dev server (`elm reactor`, `npm run dev`, `ng serve`), a player with a status line (`mplayer`, `vlc`), and a build, a compiler or a test runner in watch mode (`--watch`, `tsc -w`, `rescript build -w`, `rescript watch`; for a program not known statically, the words `watch` or `serve`, or `build` with `-w`, and words a name chooses between, `args.join(' ')` with `args = v12 ? ['watch'] : ['build', '-w']`), with a callback, promisified, or without a callback when the child is kept, listened to or handed on (a child dropped outright is POP101's); a short build or compile (`tsc -p .`, `npm run build`) is not. A language server is such a child too, whatever its program: `exec(binPath)` returned by the function handed to `new LanguageClient(id, name, serverOptions, ...)` (vscode-languageclient), which talks to it over its stdin and stdout for the whole session. A converter that prints the whole document it converts on stdout (`antiword`, `catdoc`, `unrtf`, `pandoc` without `-o`, `pdftotext FILE -`, `pdftohtml -stdout`, `lynx -dump`) is reported when the code takes the document (the callback's `stdout`, the promise's result; not a probe that looks at the error only): the document is as large as the one a user hands in, and a long one passes 1 MiB, or the 200 KiB Node gave before version 12. So is the info JSON yt-dlp (youtube-dl) prints with `-j`, `--dump-json`, `-J` or `--dump-single-json`, when the code takes it: every format and the automatic captions in some 150 languages of every video the URL names, several hundred KB for one YouTube video and past 1 MiB for some (youtube-dl#11856: 1.5 MB; single videos passed the 200 KiB of Node before 12, node-youtube-dl#126, #128), once per entry of a playlist, a channel or a search (PeerTube#5226); not with `--flat-playlist`, which lists the entries in brief, and one video alone (`--no-playlist`) only at `--evidence likely`. A callback that reads only the start of stdout and not the error (its first line, `stdout.split('\\n')[0]`, the first match of a regular expression without the g flag, `startsWith()`) is not reported for a listing or a query that changes nothing (`git log --reverse` read for its first `Date:`), nor a wrapper's callback that hands stdout to a callback its callers give when each caller running such a command reads only its start that way (`execute('git log --reverse', (output) => output.match(/Date:\\s+(.*)/))`): past maxBuffer Node kills the child and still calls back with the first maxBuffer bytes, so the answer is the same (blind audit 30, measured on a 1.85 MB log). Options merged with `Object.assign`, `extend()` (util-extend, xtend, object-assign) or lodash's `assign`/`extend`/`merge` are read in order (`extend({ maxBuffer: 1000 * 1024 }, options.exec)`: 1000 KiB unless the caller's options raise it), and options a helper of another module picks out of the caller's (`util.createExecOptions('doc', options)`) are the caller's. The same limit written by hand around `spawn()` is reported too: the output counted in a listener and the child killed once the count passes a size of 1 MiB or less (`if (out.length > options.maxBuffer) child.kill()`), unless the command is known to print less (`git rev-parse`). A command line a client sends, whole (`req.params.cmd`, `req.query.c` or `req.body.command` of an HTTP route or server handler, or the message of a WebSocket's 'message' listener, `String(msg)`; not the parent's IPC, `process.on('message')`), is a command from outside; under a maxBuffer the code sets below Node's default it is reported at the `grows` tier: the code is a shell its users type into (a web terminal), and they can run `cat` of a log or `find /` (blind audit 44: web-terminal, 200 KiB). A command the table says grows (a build, a package manager, an interpreter running a script: `execSync('make', { maxBuffer: 100 * 1024 })`) is reported when the code sets maxBuffer below Node's default: Node raised that default from 200 KiB to 1 MiB in version 12 because real commands passed it. A maxBuffer read from an editor setting (`workspace.getConfiguration('clang').get('diagnostic.maxBuffer')`, `config.get('maxBuffer')`, a helper `getConf('diagnostic.maxBuffer')`) is the default the project's package.json declares for it (`contributes.configuration`), which every user has until they change it; the message names the setting. A program chosen by the code (`execFile(binPath, ['--version'])`) or merely talkative is not reported (exec with a callback is everywhere, and most commands print far less than a megabyte); neither is a `maxBuffer` above 1 MiB or one only known at run time (a setting the project does not declare), nor a call in a test file, in the project's own scripts (`scripts/`, `tools/`) or in its build files (a gulpfile, a Gruntfile, a Jakefile, `webpack.config.*`, `rollup.config.*`): they walk a fixture, or the project itself and its own dependencies, not a user's tree; a server, a dev server or a watcher a build file or one of those scripts starts (`npm start`, `ng serve`) is reported there too, as it writes for as long as it runs.",
            whyIsThisBad: "exec and execFile keep the child's whole stdout and stderr in memory, up to `maxBuffer` per stream (1 MiB since Node 12, 200 KiB before). One byte more and Node kills the child with SIGTERM: the callback gets `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` and the output cut at the limit, a promisified call rejects with it, and `execSync` throws `ENOBUFS`. For a command line, exec's child is `/bin/sh`: where the shell runs the command in a fork (dash, `/bin/sh` on Debian and Ubuntu) the SIGTERM ends the shell, and the command dies at its next write to the closed pipe (SIGPIPE), or, if it ignores SIGPIPE as ffmpeg does, runs on out of the code's reach; where it execs the command (bash) the command gets the SIGTERM (measured: test/e2e/js-hazard-ffmpeg.test.ts). A command whose output grows with the tree, the repository or the workspace works on the developer's small project and fails on a user's large one: the references, symbols or diagnostics are lost, and the command's own work stops half-way.",
            example: "const { execFile } = require('child_process');\nexecFile('git', ['log', '--format=%H %s'], (error, stdout) => {\n  if (error) throw error;\n  console.log(stdout.split('\\n').length);\n});\n",
            useInstead: "const { execFile } = require('child_process');\nexecFile('git', ['log', '--format=%H %s'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {\n  if (error) throw error;\n  console.log(stdout.split('\\n').length);\n});\n",
            moreExamples: [
                {
                    title: 'ffmpeg relaying a live input: its stats line passes 1 MiB in about two hours',
                    example: "const { exec } = require('child_process');\nexec('ffmpeg -f v4l2 -i /dev/video0 -c:v copy -f rtsp rtsp://localhost:8554/cam', (error) => {\n  if (error) console.error('the stream stopped:', error.code);\n});\n",
                    useInstead: "const { spawn } = require('child_process');\n// The stats are not kept: the stream runs for as long as the camera does.\nconst ffmpeg = spawn('ffmpeg', ['-f', 'v4l2', '-i', '/dev/video0', '-c:v', 'copy', '-f', 'rtsp', 'rtsp://localhost:8554/cam'], { stdio: 'ignore' });\nffmpeg.on('close', (code, signal) => console.error('the stream stopped:', code, signal));\n",
                },
                {
                    title: "node-cmd's cmd.run() is exec(): the same buffer and limit",
                    example: "const cmd = require('node-cmd');\n// node-cmd's run() is exec(): the same buffer, the same limit.\ncmd.run('ffmpeg -re -stream_loop -1 -i loop.mp4 -c copy -f flv rtmp://localhost/live/loop', (err, data, stderr) => {\n  if (err) console.error('the stream stopped:', err.code);\n});\n",
                    useInstead: "const { spawn } = require('child_process');\nconst ffmpeg = spawn('ffmpeg', ['-re', '-stream_loop', '-1', '-i', 'loop.mp4', '-c', 'copy', '-f', 'flv', 'rtmp://localhost/live/loop'], { stdio: 'ignore' });\nffmpeg.on('close', (code, signal) => console.error('the stream stopped:', code, signal));\n",
                },
            ],
            fixSafety: "`read` (unsafe): sets `maxBuffer: Infinity` (added to an inline options object, replacing a small `maxBuffer`, or as a new options argument before the callback), so Node keeps the whole output instead of killing the child. It is unsafe because memory now grows with the output: for output that can reach hundreds of megabytes, rewrite the call with `spawn()` and read the stream as it comes instead. No fix is offered when the options are a named object, the caller's, or a setting's fallback, nor for a limit written by hand around `spawn()`, nor for a child that runs until the code stops it or a language server (its whole log would stay in memory for as long as it runs: spawn it with its output ignored or read as it comes, by hand).",
            reproduction: {
                files: {
                    'setup.js': "const fs = require('fs');\nfs.mkdirSync('src', { recursive: true });\nfs.writeFileSync('src/notes.js', Array.from({ length: 100000 }, (_, i) => `// TODO ${i}\\n`).join(''));\n",
                    'task.js': "const { execFile } = require('child_process');\nexecFile('grep', ['-r', 'TODO', 'src'], (error, stdout) => {\n  console.log(error ? `failed: ${error.code}` : `matches: ${stdout.split('\\n').length - 1}`);\n});\n",
                },
                run: 'node setup.js && node task.js',
                shows: 'failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
                says: 'failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER: 100,000 matching lines pass 1 MiB, Node killed grep and every match is lost',
                fix: 'task.js',
            },
            references: [
                'https://nodejs.org/api/child_process.html#maxbuffer-and-unicode',
                'https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback',
                'https://nodejs.org/api/errors.html#err_child_process_stdio_maxbuffer',
            ],
        },
    },
    check(ctx) {
        // A test walks the fixture it has just made (a repository of three commits), and the
        // project's own scripts (scripts/, tools/) and build files walk the project, whose size its maintainers see:
        // neither meets a user's tree.
        // A dev server or a watcher a build file starts still writes for as long as it runs: only
        // those are looked at there.
        if (isTestPath(ctx.path))
            return;
        const devTooling = DEV_TOOLING.test(ctx.path);
        const fallback = nodeFacts(ctx.nodeMajor).execMaxBuffer;
        handWritten(ctx);
        for (const { call, qualified } of ctx.model.callsTo(NAMES)) {
            const how = BUFFERING[qualified];
            const callback = how.callback ? callbackOf(ctx.model, call) : 'no';
            const own = commandOutput(ctx.model, call, how.shell ? 'child_process.exec' : 'child_process.execFile');
            // execute(command) { return execSync(command) }: the commands its callers in the project
            // pass, judged as if written here (a caller's command not known statically stays the caller's);
            // git(args) { return execFile('git', args) }: the words they pass.
            const judgedVia = own.basis === 'value' ? (!(qualified === 'child_process.spawnSync' && usesShell(ctx.model, call) !== false) ? (callerCommandOf(ctx.model, call, qualified, ctx.path) ?? callerTailOf(ctx.model, call, qualified, ctx.path)) : null) : (callerWordsOf(ctx.model, call, qualified, ctx.path) ?? callerTailOf(ctx.model, call, qualified, ctx.path));
            // A caller whose callback reads only the start of a listing's output loses nothing past
            // maxBuffer: when others run the same command, the message names those.
            const prefixOnly = judgedVia ? prefixOnlyCallers(ctx.model, call, judgedVia) : null;
            const via = judgedVia && prefixOnly?.size ? namingOnly(judgedVia, (site) => !prefixOnly.has(site), ctx.path) : judgedVia;
            const out = via ? via.output : own;
            const writes = out.stdout === 'unbounded' || out.stderr === 'unbounded';
            // const server = execFile(script, opts); ... server.kill(): a child that runs until the
            // code stops it (a server, a watcher) writes for as long as it runs, into exec's buffer.
            // function start() { const p = execFile(server); return p; } and, in a module that imports
            // it, `p = start()` then `p.kill()` in `stop()`: the same child, stopped by its caller.
            const stoppedHere = how.callback && writes ? stoppedBy(ctx.model, call) : null;
            const stoppedThere = how.callback && writes && !stoppedHere ? stoppedByCaller(ctx.model, call, ctx.path) : null;
            const stop = stoppedHere ?? stoppedThere?.kill ?? null;
            // return exec(binPath) to `new LanguageClient(id, name, serverOptions)`: a language server,
            // which writes the protocol on its stdout for the whole session, whatever the program.
            const server = how.callback && !stop ? languageServer(ctx.model, call) : null;
            // exec('elm reactor'), exec(`"${bin}".cmd build -w`): a command the knowledge says runs
            // until it is stopped (a server, a watcher, a dev server, a player) and writes as it goes,
            // whether or not this code is the one that stops it (the child is handed on, or the user
            // closes it): its whole log piles up in exec's buffer.
            const lives = (how.callback || qualified.startsWith('promisify(')) && writes && !stop && !server && !!out.serves;
            // exec(cmd) with no callback still buffers, and kills the child past maxBuffer, whoever
            // reads its streams. POP101 has the call when nothing learns how it ended; this rule has
            // it when the child is handed on or its exit is watched, or when the code stops it.
            if (devTooling && !stop && !lives)
                continue;
            let watched = null;
            // const c = exec(script); c.stdout.pipe(process.stdout); c.on('exit', resolve): the code
            // streams the output, but Node still counts it against maxBuffer and kills the child past it
            // (measured: SIGTERM after 1,055,100 bytes read through 'data'; audit 32, a deploy script).
            let streamed = false;
            if (how.callback && callback === 'no' && !stop && !server) {
                const uses = childUses(ctx.model, call);
                // A long-lived child dropped outright is POP101's; one kept, listened to or handed on is here.
                if (lives ? !uses.escapes && !uses.outcome && !uses.listens && !uses.stdoutTouched && !uses.otherStreams : !uses.escapes && !uses.outcome)
                    continue;
                // const p = exec('npm run ' + script); p.on('exit', (code, signal) => ...): the code
                // streams a build's or a test run's log, and the listener takes the signal Node's kill
                // sends past maxBuffer for the script's end.
                if (!lives && (knownToGrowPastBuffer(out, 'stdout') || knownToGrowPastBuffer(out, 'stderr')))
                    watched = exitListener(ctx.model, call);
                streamed = !lives && !watched && (uses.stdoutConsumed || uses.stderrConsumed) && !out.fitsBuffer && writes && out.program !== null && !/not known/.test(out.evidence);
            }
            const spawnSync = qualified === 'child_process.spawnSync';
            // app.get('/:cmd', (req) => exec(req.params.cmd, ...)), ws.on('message', (l) => exec(String(l))):
            // a command line a client sends, whole, is a command from outside, whatever form it takes.
            const remote = how.shell && !spawnSync ? requestCommand(ctx.model, call, ctx.path) : null;
            const caller = (callerCommand(ctx.model, call, qualified) || remote !== null) && (!via || via.output.basis === 'value');
            const passed = via && !caller ? `, as ${callersPhrase(via, 'passes')} it` : '';
            // A command the table says grows (a build, an interpreter running a script) under a limit
            // the code sets below Node's own: checked once the limit is known.
            const listed = !caller && !stop && !server && !lives && !watched && !streamed && !(out.scales && writes) && (knownToGrowPastBuffer(out, 'stdout') || knownToGrowPastBuffer(out, 'stderr'));
            // exec('nmap ' + obj.parameters, cb): the program is written here and every word of its
            // arguments comes from outside (a user's scan in a pentest console): it writes what the program
            // writes with any words, a large scan included (blind audit 40: penmode3-plugin).
            const open = !spawnSync && !via && !caller && !stop && !server && !lives && !watched && !streamed && !out.scales && !listed && !(how.callback && callback === 'no') ? openArguments(ctx.model, call, qualified) : null;
            // exec('git log --reverse', (e, out) => out.match(/Date:(.*)/)): past maxBuffer Node calls
            // back with the start it kept, and a callback that reads only a prefix of stdout and not
            // the error gets the same answer; killing a listing or a query loses nothing else (audit 30).
            if (!caller && !stop && !server && !lives && !watched && out.outputOnly && callback === 'yes' && readsOnlyPrefix(ctx.model, call, via))
                continue;
            // spawnSync() buffers each piped stream up to maxBuffer as exec does: a shell line the caller
            // hands in, or a command that grows with what it walks (`spawnSync('git', ['diff', ...])`).
            if (spawnSync ? !caller && (!out.scales || !writes) : !caller && !stop && !server && !lives && !watched && !streamed && (!out.scales || !writes) && !listed && !open)
                continue;
            // A converter's document matters only to code that takes it.
            if (!caller && !stop && !server && !lives && out.document && !takesStdout(ctx.model, call, callback, how.callback))
                continue;
            const options = optionsOf(ctx.model, call, !how.shell) ?? positionalOptions(ctx.model, call, qualified, callback);
            if (!options)
                continue;
            if (!how.callback && streamConfig(ctx.model, options, false, 1).state === 'no' && streamConfig(ctx.model, options, false, 2).state === 'no')
                continue;
            const limit = maxBufferOf(ctx.model, options.arg, fallback);
            if (!limit || limit.bytes > Math.max(fallback, MiB))
                continue;
            // execSync('make', { maxBuffer: 100 * 1024 }): a size chosen below Node's default, which
            // Node itself raised from 200 KiB to 1 MiB (v12) because real commands passed it. A library
            // that still writes the old 200 KiB (`opt.maxBuffer || 200 * 1024`, gulp-git) keeps it on
            // every Node it runs on, also when its engines admit the Node versions that had it.
            if (listed && !((limit.how === 'here' || limit.how === 'setting') && limit.bytes < Math.max(fallback, MiB)))
                continue;
            // Output that grows with time: reported when a long job reaches the limit.
            const pace = !caller && !stop && !server && !lives ? out.pace ?? open?.pace : undefined;
            if (pace && limit.bytes / pace.perSecond[1] > LONG_JOB)
                continue;
            // A command whose run ends with its job (a download, an encode of a file) passes the limit
            // only on a rare run longer than that job lasts: `can-grow`, the message saying how long it
            // takes. A film's encode or a live input lasts the two hours looked at above.
            const rareRun = !!pace && limit.bytes / pace.perSecond[1] > pace.lasts;
            // `(command, options) => promisify(exec)(command, options)`: a proxy that hands the
            // result back to whoever chose the options; the limit is theirs to set.
            // `(command, options, callback) => exec(command, options, callback)`: the same, the
            // callback handed through too.
            const last = call.arguments.at(-1);
            const handedThrough = callback !== 'yes' || (!!last && !ts.isSpreadElement(last) && fromCaller(ctx.model, last));
            if (limit.how === 'caller' && handedThrough && returnedAsIs(call))
                continue;
            // app.get('/:cmd', (req) => exec(req.params.cmd, { maxBuffer: 200 * 1024 }, cb)): a shell its
            // users type into, under a limit set below Node's default (blind audit 44: web-terminal).
            const typed = caller && limit.how === 'here' && limit.bytes < fallback ? remote : null;
            const fn = qualified.replace(/^promisify\((.*)\)$/, '$1').slice('child_process.'.length);
            const size = {
                default: `maxBuffer is ${defaultMaxBuffer(ctx.node).text}`,
                here: `maxBuffer is ${formatBytes(limit.bytes)} here`,
                caller: `maxBuffer is ${defaultMaxBuffer(ctx.node).text} (the options come from the caller, and nothing here raises it)`,
                setting: limit.settingName
                    ? `maxBuffer is ${formatBytes(limit.bytes)}, the default of the setting \`${limit.settingName}\` (package.json), unless the user raises it`
                    : `maxBuffer is ${formatBytes(limit.bytes)} here unless a setting raises it`,
            }[limit.how];
            const reads = how.callback && callback === 'no' ? `${fn}() without a callback still buffers the whole output` : `${qualified.startsWith('promisify') ? 'promisified ' : ''}${fn}() keeps the whole output`;
            const fails = how.callback && callback === 'no' ? 'its streams end cut short' : (WRAPPED_FAILS[(ctx.model.wrappedName(call.expression) ?? '').replace('.default.', '.')] ?? how.fails);
            let message;
            if (typed) {
                message = `${reads} of the command line a client sends (\`${typed}\`), whole: this code is a shell its users type into, and they can run \`cat\` of a log, \`ls -R\` or \`find /\`: ${size}, below Node's default (${formatBytes(fallback)} on Node ${ctx.node.label}), and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            else if (open) {
                message = `${reads} of \`${open.program}\` run with argument words from outside this code (\`${open.value}\`): with some (\`${[open.program, open.words].filter(Boolean).join(' ')}\`) it ${open.says}; ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            else if (server && !caller) {
                const line = ctx.sourceFile.getLineAndCharacterOfPosition(server.getStart(ctx.sourceFile)).line + 1;
                message = `${reads} of a language server (the child is returned to the language client made at line ${line}, which talks to it over its stdin and stdout for the whole session): ${size}, and once the protocol traffic on stdout or the server's log on stderr passes it, Node kills the server with SIGTERM and the editor loses it; start it with spawn(), which does not buffer`;
            }
            else if (stop && !caller) {
                const kill = stop.getSourceFile();
                const line = kill.getLineAndCharacterOfPosition(stop.getStart(kill)).line + 1;
                const where = stoppedThere && path.resolve(stoppedThere.file) !== path.resolve(ctx.path) ? `${path.relative(path.dirname(path.resolve(ctx.path)), stoppedThere.file)}:${line}` : `line ${line}`;
                message = `${reads} of a child that runs until this code stops it (${where}), ${out.program === null ? 'a command not known statically' : `\`${out.program}\``}${passed} that writes for as long as it runs: ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;
            }
            else if (lives && !caller) {
                message = `${reads} of a child that runs until it is stopped (${out.evidence}${/the callers? at /.test(out.evidence) ? '' : passed}): ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;
            }
            else if (watched && !caller && !out.scales) {
                const line = ctx.sourceFile.getLineAndCharacterOfPosition(watched.getStart(ctx.sourceFile)).line + 1;
                message = `${reads} of a command whose output can grow (${out.evidence}; a build's or a test run's log can pass a megabyte): ${size}, and past it Node kills the child with SIGTERM, so the exit listener at line ${line} gets the signal, not the command's end; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            else if (streamed && !caller && !out.scales) {
                message = `${reads} of a command whose output can grow (${out.evidence}), even though this code reads its streams as they come: ${size}, Node counts every byte it reads against it, and past it kills the child with SIGTERM, so the command stops midway and ${fails}; pass maxBuffer: Infinity, or spawn() and read the output as it comes`;
            }
            else if (pace) {
                message = `${reads} of a command whose output grows with time (${out.scales}): ${size}, which it passes after ${duration(limit.bytes / pace.perSecond[1], limit.bytes / pace.perSecond[0])} of ${pace.doing}; then Node kills it with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            else if (listed) {
                const below = limit.bytes < fallback ? `below Node's default (${formatBytes(fallback)} on Node ${ctx.node.label})` : `below the ${formatBytes(MiB)} Node has given exec by default since version 12 (raised from 200 KiB because real commands passed it)`;
                message = `${reads} of a command whose output can grow (${out.evidence}): ${size}, ${below}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            else {
                const what = caller && via ? `a command ${callersPhrase(via, 'hands in')}, not known statically, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte)` : caller ? handedIn(ctx.model, call) : out.document && out.what ? `${out.what} (${out.scales})${passed}` : out.document && out.program === 'git' ? `a command that prints a file whole (${out.scales})${passed}` : out.document ? `a converter (${out.scales}, as large as the document it is given)${passed}` : `a command that grows with what it walks (${out.scales})${passed}`;
                message = `${reads} of ${what}: ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
            }
            ctx.report(call, {
                message,
                // A child that runs until it is stopped would keep its whole log in memory: no fix.
                fixes: callback === 'unknown' || ((stop || server || lives) && !caller) ? [] : raiseFix(ctx, call, options, limit, callback === 'yes'),
                // A child kept until the code stops it, or a server, lives on; a command from the caller can be
                // anything; a walker or an encoder's progress is known to grow.
                // A command that merely can grow (a build, a script) watched at its exit: it passes
                // maxBuffer only on a large run.
                // One video's description (yt-dlp --no-playlist -j), a folder of the project walked by find: of
                // the order of maxBuffer, past it for some only; a maxBuffer set lower is passed at once.
                evidence: (stop || server || lives) && !caller ? 'lives-on' : typed ? 'grows' : caller || open ? 'external-command' : rareRun ? 'can-grow' : (watched || streamed) && !out.scales ? nodeBufferEvidence(out) : out.nearBuffer && limit.bytes >= MiB ? 'can-grow' : 'grows',
            });
        }
    },
};
