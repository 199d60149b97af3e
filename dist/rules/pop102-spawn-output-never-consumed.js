import path from 'node:path';
import { commandEvidence, deadlockEvidence, nodeBufferEvidence } from '../src/knowledge/evidence.js';
import { blockWindow } from '../src/knowledge/node.js';
import { ChildAnalysis } from '../src/typescript/child.js';
import { callSitesOf, exitsSoonAfter, fnOf, functionName } from '../src/typescript/flow.js';
import { argvOutput, knownToGrow } from '../src/typescript/command.js';
import { judgedOutput, judgedOutputAt } from '../src/typescript/caller-commands.js';
import { isTestPath } from '../src/test-files.js';
import { ignoreStreamEdits } from '../src/typescript/edit.js';
import { routeRaces } from '../src/typescript/route-races.js';
import { racesThatCanCut, reportRaces } from '../src/typescript/exit-race-report.js';
import { ts } from '../src/typescript/load.js';
import { optionsOf, streamConfig } from '../src/typescript/options.js';
import { stoppedBy } from '../src/typescript/kill-limit.js';
import { projectReadsMember } from '../src/typescript/project-reads.js';
import { isWrapper, skipOuter } from '../src/typescript/resolve.js';
import { isFunctionLike, propertyKey } from '../src/typescript/scope.js';
import { sequentialRead } from '../src/typescript/sequential-read.js';
import { clientPipe } from '../src/typescript/client-pipe.js';
import { stdioAtCall } from '../src/typescript/stdio-source.js';
import { wrapperCallees, wrapperInfo } from '../src/typescript/wrappers.js';
const SPAWN = new Set(['child_process.spawn', 'child_process.fork']);
const FD = { stdout: 1, stderr: 2 };
// Ex) spawn(cmd, args) / spawn(cmd, { stdio: ['ignore', 'pipe', 'inherit'] }) / fork(m, { silent: true })
// but not spawn(cmd, { stdio: 'inherit' }), fork(m), or options we cannot see into.
function pipes(ctx, call, fork) {
    const options = optionsOf(ctx.model, call, true);
    if (!options)
        return null;
    return { options, config: { stdout: streamConfig(ctx.model, options, fork, 1), stderr: streamConfig(ctx.model, options, fork, 2) } };
}
// Ex) spawn(update, args, { detached: true }): meant to outlive the parent.
function detached(ctx, options) {
    const prop = options.object?.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) === 'detached');
    return !!prop && ts.isPropertyAssignment(prop) && skipOuter(prop.initializer).kind === ts.SyntaxKind.TrueKeyword;
}
/**
 * A stream that can break the child: piped, not drained while it runs, and its output can grow.
 * A background child in a test (never waited for: started, used by pid, killed in teardown,
 * or fired and forgotten) runs a fixture or a short CLI; it counts only when the command is
 * known to write without bound, not merely unknown, or when the parent exits right after.
 */
function hazardous(ctx, piped, fate, output, s, exitLine) {
    // A launcher (`xdg-open`) exits at once, and Node then drains the pipes it leaves unread: the
    // program it started writes on freely while this process lives, and the open pipes keep this
    // process alive even when the child is detached and unref'd (measured:
    // test/e2e/hazard-launchers.test.ts). Only an exit forced soon after kills it at its next write.
    const lifelong = !!output.livesOn?.[s] && fate[s].state === 'unread' && exitLine !== null;
    if (piped.config[s].state !== 'pipe' || fate[s].state === 'drained' || (output[s] !== 'unbounded' && !lifelong))
        return false;
    // A test that runs a script (fork(helper), spawn(process.execPath, [cli])) and waits for it runs
    // the project's own code on the fixture it made: the output is the same on every run, so a pipe
    // that filled would hang this test every time, in front of its maintainers, not in a user's hands.
    const script = output.program !== null && /runs a program/.test(output.evidence);
    if ((!fate.waits || script) && isTestPath(ctx.path))
        return knownToGrow(output, s) || exitLine !== null;
    return true;
}
// What a spawn finding rests on: a launcher's program or a child meant to outlive this process
// (detached, unref()) lives on; streams read only once the child has exited make the parent wait
// on a child that waits on the pipe (a command from outside then deadlocks); else the command.
function spawnEvidence(output, streams, fate, livesOn, parentExits) {
    if (livesOn)
        return 'lives-on';
    if (streams.every((s) => fate[s].state === 'afterExit'))
        return deadlockEvidence(output);
    // A parent that exits soon after kills a child still writing, whatever Node would hold.
    return parentExits ? commandEvidence(output) : nodeBufferEvidence(output);
}
function streamList(streams) {
    return streams.join(' and ');
}
// Ex) "spawn(): stderr is never read (`ffmpeg` logs its progress on stderr): on Node 20 the child blocks for good once about 20–243 KiB are waiting"
function message(ctx, fn, streams, fate, output, outlives, exitLine, session = false) {
    const what = `${fn}(): ${streamList(streams)}`;
    const states = streams.map((s) => fate[s]);
    const route = fate.route ? `, the child being ${fate.route}` : session ? `, the child being kept and fed ${fate.stdinUsed ? 'on its stdin' : 'IPC messages'} for the session, so what it writes there adds up over the session` : '';
    const are = streams.length > 1 ? 'are' : 'is';
    const exit = exitLine !== null
        ? `; this process exits soon after (line ${exitLine}), and the child dies at its next write`
        : outlives ? '; once this process exits, its next write kills it' : '';
    let how;
    if (states.every((f) => f.state === 'afterExit'))
        how = `${are} read only after the child exits${route} (${output.evidence}): Node throws away what is waiting at exit, and`;
    else if (states.every((f) => f.state === 'conditional' && f.guard === states[0].guard))
        how = `${are} read only when \`${states[0].guard}\`${route} (${output.evidence}): otherwise`;
    else if (states.every((f) => f.state === 'unread'))
        how = `${are} never read${route} (${output.evidence}):`;
    else {
        // stdout and stderr fare differently: say how each one is (not) read.
        const clause = (s) => {
            const f = fate[s];
            if (f.state === 'afterExit')
                return `${s} is read only after the child exits`;
            if (f.state === 'conditional')
                return `${s} is read only when \`${f.guard}\``;
            return `${s} is never read`;
        };
        return `${fn}(): ${streams.map(clause).join(' and ')}${route} (${output.evidence}): on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${exit}`;
    }
    return `${what} ${how} on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${exit}`;
}
// Ex) spawn(cmd, args) -> spawn(cmd, args, { stdio: 'ignore' })
function devnullFix(ctx, call, piped, streams, fate, fork) {
    // Code that still mentions the stream would meet null after the fix; a route through a helper
    // means other callers may want the output.
    // A stored child may be read by code in other modules (instance.proc.stdout): no fix either.
    // Options we see only through a write of their stdio (`opts.stdio = opts.stdio || [...]`) hold the caller's other keys.
    if (streams.some((s) => fate[s].touched || fate[s].state !== 'unread') || fate.route || fate.stored || piped.options.opaque)
        return [];
    const stdio = piped.config.stdout.stdio ?? piped.config.stderr.stdio;
    const used = new Set();
    if (fate.stdinUsed)
        used.add(0);
    for (const s of ['stdout', 'stderr'])
        if (fate[s].touched)
            used.add(FD[s]);
    const edit = ignoreStreamEdits(ctx.source, ctx.sourceFile, call, piped.options, { state: 'pipe', stdio }, new Set(streams.map((s) => FD[s])), used, fork);
    if (!edit)
        return [];
    return [{ strategy: 'devnull', applicability: 'safe', description: `Send the unread ${streamList(streams)} to /dev/null: ${edit.wrote}`, edits: edit.edits }];
}
/**
 * Ex) this.process = spawn(cmd, args); this.stdout = this.process.stdout; ... stop() { this.process.kill(); }
 * Streams the module only re-exposes on the object that keeps the child (a browser, a server, a
 * watcher), which runs until the code stops it: nothing reads them unless the object's users do.
 * Those in this project are read (any `x.stdout` read in another module counts as one); with
 * none, the child blocks once its output fills the pipe, however long it was meant to run.
 */
function exposedUnread(ctx, call, piped, fate, output) {
    const candidates = ['stdout', 'stderr'].filter((s) => piped.config[s].state === 'pipe' && fate[s].exposedAs && output[s] === 'unbounded');
    if (!candidates.length || isTestPath(ctx.path))
        return null;
    const stop = stoppedBy(ctx.model, call);
    if (!stop)
        return null;
    const streams = candidates.filter((s) => !projectReadsMember(ctx.path, fate[s].exposedAs));
    return streams.length ? { streams, stop } : null;
}
/**
 * Ex) start(options) { const child = spawn('java', ['-jar', 'DynamoDBLocal.jar']); return { proc: child, port }; }
 * A server (a database, a driver, a tunnel) that a library starts and hands to callers it cannot
 * see, its stdout or stderr piped and never read here: it writes as requests come for as long as
 * it runs, so unless every caller reads the stream, it blocks once the pipe is full. Only for
 * commands the table says serve until stopped, and when no code in the project reads a child's
 * stream of that name (its CLI, its examples, its tests are callers we can see).
 */
function reportHandedOut(ctx, call, piped, fate, output, fn) {
    if (!output.serves || isTestPath(ctx.path))
        return;
    const streams = ['stdout', 'stderr'].filter((s) => piped.config[s].state === 'pipe' && fate[s].state === 'unread' && !fate[s].touched && output[s] === 'unbounded' && !projectReadsMember(ctx.path, s));
    if (!streams.length)
        return;
    const are = streams.length > 1 ? 'are' : 'is';
    ctx.report(call, {
        message: `${fn}(): ${streamList(streams)} ${are} never read, the child being ${fate.handedOut} to callers outside this module, and no code in this project reads a child's ${streamList(streams)} (${output.evidence}): unless every caller reads ${streams.length > 1 ? 'them' : 'it'}, on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}`,
        evidence: 'lives-on',
    });
}
/**
 * Ex) execute(callback, stdoutHandler) {
 *       const c = spawn(sh, ['-c', this.command()]);
 *       if (typeof this.handlers.stdout === 'function') c.stdout.on('data', this.handlers.stdout);
 *       c.on('close', callback);
 *       return c;
 *     }
 * An API that reads the streams itself, but only for a caller that hands it a handler, and
 * returns the child to callers it cannot see so that they can stop it (audit 14: node-rsync,
 * whose README runs `execute(callback)` alone). No module of the project reads a child's stream
 * of that name: a caller without a handler leaves it unread, and the child blocks.
 */
function reportHandlerOnly(ctx, call, piped, fate, output, fn) {
    if (!fate.listens || isTestPath(ctx.path))
        return;
    const pipes = ['stdout', 'stderr'].filter((s) => piped.config[s].state === 'pipe');
    const streams = pipes.filter((s) => fate[s].state === 'conditional' && fate[s].handlerOnly && output[s] === 'unbounded' && !projectReadsMember(ctx.path, s));
    if (!streams.length || pipes.some((s) => fate[s].state === 'unread' && !streams.includes(s)))
        return;
    const clause = (s) => `${s} is read only when \`${fate[s].guard}\``;
    ctx.report(call, {
        message: `${fn}(): ${streams.map(clause).join(' and ')}, a handler the caller may give, the child being ${fate.handedOut} to callers outside this module, and no code in this project reads a child's ${streamList(streams)} (${output.evidence}): a caller that gives none leaves ${streams.length > 1 ? 'them' : 'it'} unread, and on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}`,
        evidence: nodeBufferEvidence(output),
    });
}
/**
 * Ex) for await (const c of proc.stderr) err += c; for await (const c of proc.stdout) out += c;
 * One stream read to its end before the other is read at all (sequential-read.ts): the child
 * blocks on the unread one, the first never ends, and the parent waits for good.
 */
function reportSequential(ctx, call, qualified, piped, fate) {
    // Options we cannot see into: the code iterates both streams, so they are pipes whenever they exist.
    if (piped && (piped.config.stdout.state === 'no' || piped.config.stderr.state === 'no'))
        return false;
    const seq = sequentialRead(fate, call);
    if (!seq)
        return false;
    const output = judgedOutput(ctx.model, call, qualified, ctx.path);
    if (output[seq.later] !== 'unbounded' || (isTestPath(ctx.path) && !knownToGrow(output, seq.later)))
        return false;
    const line = (n) => ctx.sourceFile.getLineAndCharacterOfPosition(n.getStart(ctx.sourceFile)).line + 1;
    const fn = qualified === 'child_process.fork' ? 'fork' : 'spawn';
    ctx.report(call, {
        message: `${fn}(): ${seq.later} is read only once ${seq.first} has ended (the \`for await\` loop at line ${line(seq.loop)} reads ${seq.first} to its end before the read at line ${line(seq.at)}) (${output.evidence}): ${seq.first} ends only when the child exits, but on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)} on ${seq.later}, so neither ends and the parent waits for good`,
        evidence: deadlockEvidence(output),
    });
    return true;
}
/**
 * Ex) http.createServer((req, res) => { spawn('ffmpeg', [..., 'pipe:1']).stdout.pipe(res); })
 * A child's stdout piped into an HTTP response (here, or by the callers of a function that returns
 * it) by a handler that does not stop the child when the client goes away (client-pipe.ts).
 */
function reportClientPipe(ctx, call, qualified, piped, fate) {
    if (piped?.config.stdout.state === 'no' || isTestPath(ctx.path))
        return;
    const found = clientPipe(ctx.model, fate, ctx.path, call);
    if (!found)
        return;
    const output = judgedOutput(ctx.model, call, qualified, ctx.path);
    if (output.stdout !== 'unbounded')
        return;
    const sf = found.pipe.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(found.pipe.getStart(sf)).line + 1;
    const where = found.local ? `line ${line}` : `${path.relative(path.dirname(path.resolve(ctx.path)), found.file).split(path.sep).join('/')}:${line}`;
    const fn = qualified === 'child_process.fork' ? 'fork' : 'spawn';
    ctx.report(call, {
        message: `${fn}(): stdout is piped into the response of an HTTP request handler (${where}) with .pipe(), and nothing stops the child when the client goes away (${output.evidence}): once the client closes the connection, pipe() unpipes from the closed response and nobody reads stdout, so on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}, one blocked process per request that ended early; use stream.pipeline(), which destroys the pipe with the response, or kill the child on the request's 'close'`,
        evidence: nodeBufferEvidence(output),
    });
}
// Ex) function git(args) { return spawn('git', ['-C', root, ...args]); }
//     git(['ls-files', '--error-unmatch', p]).on('close', done);  for await (const d of git(args).stdout) ...
// A helper's child whose stream `s` some callers leave unread and others read: those callers'
// words decide what can fill that pipe, not the loudest command of the callers that read it
// (audit 36: a blame extension's `git ls-files --error-unmatch PATH`, one line). Null when every
// route leaves it unread, or the words are not the callers'.
function unreadRouteOutput(ctx, call, qualified, fate, s) {
    const routes = (fate.routes ?? []).filter((r) => !r.escapes);
    const unread = routes.filter((r) => r[s].state !== 'drained');
    if (!unread.length || unread.length === routes.length || unread.some((r) => !r.site))
        return null;
    return judgedOutputAt(ctx.model, call, qualified, ctx.path, new Set(unread.map((r) => r.site)));
}
// Ex) start('make', [], quiet ? 'pipe' : 'inherit').on('exit', done), where start() returns the
// child it spawns: the caller is the one left to read it, and may decide its stdio.
function reportCaller(ctx, call, name, info, fate) {
    // run('mkfifo', [p]) through `function run(cmd, args) { return spawn(cmd, args); }`: the caller's command decides.
    const own = info.programParam !== null ? argvOutput(ctx.model, call.arguments[info.programParam], info.argsParam !== null ? call.arguments[info.argsParam] : undefined) : null;
    const evidence = own?.program ? own.evidence : info.evidence;
    // spawn(cmd, args, quiet ? 'pipe' : 'inherit') through a wrapper that sets stdio from it: the
    // streams piped on some run of this call, and the condition of that run when not every one.
    const outcomes = info.stdio ? stdioAtCall(ctx.model, info.stdio, call) : null;
    const piped = (s) => !outcomes || outcomes.some((o) => o[s] === 'pipe');
    const streams = info.streams.filter((s) => piped(s) && fate[s].state !== 'drained' && (!own?.program || own[s] === 'unbounded'));
    if (!streams.length)
        return;
    const runs = outcomes?.filter((o) => streams.some((s) => o[s] === 'pipe'));
    const when = runs && runs.length < outcomes.length && runs.every((o) => o.when) ? `when ${runs.map((o) => o.when).join(' or ')}, ` : '';
    const are = streams.length > 1 ? 'are' : 'is';
    const how = !info.stdio ? `${are} never read here` : streams.length > 1 ? 'are pipes that are never read here' : 'is a pipe that is never read here';
    const exit = info.outlives || fate.unref ? '; once this process exits, its next write kills it' : '';
    // spawn(...) as a statement: nothing will learn how it ended either.
    const lost = !fate.listens && !fate.stored && !fate.unref && !info.outlives && !info.waits ? ', and its exit status is lost' : '';
    // A child meant to outlive this process (detached, unref()) lives on; else the command decides.
    ctx.report(call, {
        message: `${name}() returns the child spawned at ${info.at}, and ${when}its ${streamList(streams)} ${how} (${evidence}): on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${lost}${exit}`,
        evidence: exit ? 'lives-on' : own?.program ? nodeBufferEvidence(own) : info.runsAnything ? 'can-grow' : commandEvidence({ basis: info.basis }),
    });
}
// Ex) import { start } from './proc'; start(args).on('exit', done) - where proc.js exports
// `function start(args) { return spawn(cmd, args); }`.
function wrapperCalls(ctx, analysis) {
    const callees = wrapperCallees(ctx.model, ctx.path, ctx.wrappers);
    if (!callees.size)
        return;
    for (const { call, qualified } of ctx.model.callsTo(new Set(callees.keys()))) {
        const fate = analysis.fate(call);
        if (fate.escapes)
            continue;
        reportCaller(ctx, call, qualified.slice(qualified.lastIndexOf('.') + 1).replace(/^\.\/?/, ''), callees.get(qualified), fate);
    }
}
// Ex) function run(cmd, args, stdio) { return cp.spawn(cmd, args, { stdio }); }
//     run('make', ['all'], null);
// A helper of this module that returns the child at once, with the stdio its callers pass: each
// call is judged by what it passes (helpers with a stdio of their own are followed by ChildFate).
function localCallers(ctx, analysis, call, qualified) {
    let e = call;
    while (isWrapper(e.parent))
        e = e.parent;
    const p = e.parent;
    const fn = ts.isArrowFunction(p) && p.body === e ? p : ts.isReturnStatement(p) ? fnOf(p) : null;
    if (!fn || !isFunctionLike(fn))
        return;
    const sites = callSitesOf(ctx.model, fn);
    if (!sites)
        return;
    const line = ctx.sourceFile.getLineAndCharacterOfPosition(call.getStart(ctx.sourceFile)).line + 1;
    const unread = { state: 'unread', touched: false };
    const info = wrapperInfo(ctx.model, call, qualified, fn, { stdout: unread, stderr: unread, unref: false, waits: false }, `line ${line}`);
    if (!info?.stdio)
        return;
    for (const site of sites) {
        const fate = analysis.fate(site);
        if (!fate.escapes)
            reportCaller(ctx, site, functionName(fn), info, fate);
    }
}
export const rule = {
    meta: {
        id: 'POP102',
        name: 'spawn-output-never-consumed',
        language: 'javascript',
        summary: "spawn()/fork() with stdout or stderr piped (the default) and never read while the child runs: a child with output that can grow blocks, and the parent hangs",
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'close'],
        // cross-spawn exports child_process.spawn under its own name.
        needles: ['child_process', 'cross-spawn'],
        resolves: ['child_process.spawn', 'child_process.fork'],
        docs: {
            whatItDoes: "Checks for `child_process.spawn(...)` (or `cross-spawn`, which is spawn under another name, or a parameter declared `typeof child_process.spawn`, which the caller hands in), and `fork(..., { silent: true })`, whose stdout or stderr is a pipe (the default, `'pipe'`, or `'pipe'` at index 1 or 2 of a `stdio` array) that nothing reads while the child runs, when the command's output on that stream can grow (by the command knowledge: `find`, builds, interpreters, `ffmpeg`'s stderr, an unknown program; not `mkfifo`, `git rev-parse`, `dot -V`). The child is followed wherever it goes in the module: through `let` bindings (each use belongs to the assignment that reaches it), aliases, `const { stdout, pid } = spawn(...)`, local helpers that return it (to each caller), properties, objects, arrays, Maps and Sets it is stored in (to every read of them in the module), and, when a whole project is checked, the callers in other modules of an exported function that returns it: declared, assigned (`exports.run = (cmd) => spawn(cmd)`, `export default`), or made by a factory (`export const run = makeRunner(false)`, where an export whose factory arguments rule the spawn out, such as a `spawnSync` branch, is left out). When that function takes its stdio from its caller (`spawn(cmd, args, { stdio })`, the caller's options, `if (stdio) { opts = opts || {}; opts.stdio = stdio; }`), each call is judged by what it passes: `null` or nothing gives the default pipes, `'inherit'` none, and `quiet ? 'pipe' : 'inherit'` pipes on one branch, which the message names (\"when `quiet` is true\"); a call dropped as a statement also loses the child's exit status, and the message says so. `await once(child, 'exit')` and `new Promise((r) => child.on('close', r))` wait for the child; they do not read it. A read under an `if` covers that path only (a test `typeof h === 'function'` is about a handler the caller may give, never the stream, even when the handler sits under a key named `stdout`; an API that reads the streams only with such a handler and returns the child to callers it cannot see, node-rsync's `execute(callback, stdoutHandler)`, is reported when no other module of the project reads a child's stream of that name); a read in an 'exit'/'close' listener or after awaiting the exit comes too late. One stream read to its end before the other is read at all comes too late too: `for await (const c of p.stderr) err += c;` and only then `for await (const c of p.stdout) out += c;` in the same function (no `break`, `return` or `throw` leaving the first loop, and no read of the other stream set up before it, where the child is started or earlier in that function; a read in another method, which a caller uses instead, is another path) waits for stderr's end, which comes only when the child exits, while the child blocks on the stdout nobody reads (audit 26: tinyexec's `_waitForOutput`; measured in test/e2e/js-hazard-sequential.test.ts); this is reported whoever else gets the child, and whatever its options, unless they send one of the two streams elsewhere. A stdout piped with `.pipe(res)` into the response of an HTTP request handler (the second parameter of the function given to `http.createServer`, `https.createServer`, a server's 'request' listener, or an express-style route, `router.get('/path', ..., (req, res) => ...)`), here or by the callers of a function that returns it, in this module or in the project's others (`return ff.stdout;`, then `encode(url).pipe(res)` in a route), is reported when the handler never learns that the client went away (no 'close' or 'aborted' listener on the request or the response, no `stream.pipeline()`, `finished()`, on-finished or end-of-stream) and the command's stdout can grow: when the client closes the connection, pipe() unpipes from the closed response and nobody reads stdout any more, so the child blocks for good, one blocked process per request that ended early (audit 26: ffmpeg streams of a camera; measured in test/e2e/js-hazard-client-pipe.test.ts). A child started once outside the handler (at the module's top level) and piped into each response is not reported: it is one child for every request, which pauses once the last client has gone and is resumed by the next one's pipe() (audit 30: machina's raspivid; measured in the same test). A stream the module only re-exposes on the object that keeps the child (`this.proc = spawn(cmd, args); this.stdout = this.proc.stdout;`) is read by whoever reads that property: a read of it in the module is followed, and when there is none, the project's other modules are searched for any read of a property of that name (`viewer.stdout.pipe(log)`); when nothing in the project reads it and the code keeps the child until it stops it (`this.proc.kill()` in `stop()`: a browser, a server, a watcher), the stream is reported, with the names it is re-exposed under. A server that a library starts and hands out to callers it cannot see (`return { proc: child, port }` or `return child` from a function with no caller in the module), for a program the command knowledge says serves until it is stopped (`redis-server`, `mongod`, `chromedriver`, `geckodriver`, `ngrok`, an X server, DynamoDB Local run by `java`), is reported when the stream is piped, untouched here, and no module of the project reads a child's stream of that name: it logs as requests come for as long as it runs, so unless every caller reads it, it blocks. Also checks output that 'data' listeners collect (`out += d`, `chunks.push(d)`, `this.err += d`, through a listener given by name, or by a name given one of several such functions), or that a Writable of the module the stream is piped into keeps (its `write` option or `_write`; also when the child is handed to a function or method of the module that pipes it), or that 'line' listeners of a `readline.createInterface({ input: child.stdout })` keep (`lines.push(l)`), or that a `for await` loop keeps (over the stream, over such an interface, or over what a function or method of the module handed the stream yields, `for await (const l of this.readgen(this.proc.stderr)) stderr.push(l)`, also as TypeScript compiles it for older targets with `__asyncValues`), or that the 'data' listeners of a `PassThrough` it is piped into keep, or that a sink hands over whole once the stream ends (concat-stream's callback, `child.stdout.pipe(concat((buf) => { out = buf; }))`; get-stream's promise, `.then(...)` or `out = await getStream(child.stdout)`), and that a listener of the child's 'exit' event uses (resolves, returns, parses, hands to a callback; directly or through a function of the module it calls), when both listeners are set up where the child is started (or anywhere in the file, for a child kept in a property of `this` that nothing else in the file assigns: `this.proc = spawn(...)` in the constructor, read and listened to in another method), or where the caller of a function that returns the child sets them up (a local function, or a `private` or `#` method called on `this`, which only its class can call: `const child = await this.spawnProcess(args); child.stdout.on('data', ...); child.on('exit', ...)`; a child kept in a name declared nowhere, a global of a sloppy script: the listeners the file sets up on that name): Node emits 'exit' when the process ends, without waiting for its pipes, so the output used can miss its last chunks or all of them (reported as `race`, an error, when the code starts children several at a time: in a loop that does not wait for each, by an array method or `Promise.all`, here or by a caller in any module of the project (a function it exports, or a method of an exported class called on `new Cls(...)`, imported by a relative path or a tsconfig.json path alias), or two children at a module's top level, or when the command line leaves a command in the background (`cmd &`, no `wait`), which holds the pipe and writes after the shell's exit, so its output is missing at 'exit' on every run; in test files too: a cut output fails the test at random, whatever the fixture's size; as `lone-race`, at `possible` only, when nothing shows another child ending with it: every caller up to the script's top level runs it one at a time, it is started once at a module's top level, its callers cannot be seen (an exported API, a handler a framework calls) or cannot all be followed, or it runs in an editor's extension host, since a lone child loses nothing, the parent busy or idle; and when the child runs on an interpreter (`node`, a fork, Python, Java), which tears down after its last write; also when the child is handed on, returned or resolved, since the listeners set up here race all the same). Output used only to word an error (in an `Error`, a `reject()`, `console.error`, a throw, or on the path where the exit code says the command failed, `code !== 0 && ...` included) is reported with a message of its own: that error can lack the failing command's error text, even for a command quiet on stderr when it succeeds. Not reported for that: a stream the command knowledge says the command writes nothing on (but for arguments the code does not show, a stream quiet only by default counts when the code delivers it: ffmpeg writes its media to stdout when told `-` or `pipe:1`, so `spawn(ffmpegPath, buildArgs(camera))` whose stdout is resolved at 'exit' is told so), chunks a listener passes on to this process's own stdout or stderr, output only in a debug log (`log.debug`), output that only resolves the promise a function returns when every caller of that function in the project (tests left out) drops it (`await shell(cmd)` as a statement), and a listener that also runs at a stream's 'end' or 'close' (but the 'exit' listener itself also given to a stream's 'close' runs at whichever comes first, and is reported unless it counts its calls, `if (--left === 0)`); a function handed to a plain call or a timer in the 'exit' listener runs later, unless it is handed to a function of the module that calls it at once (`cleanup(() => reject(err))`). A child handed to the constructor of a class of the module is followed into it, kept in the property its parameter declares (`constructor(public readonly process: ChildProcess)`) or that the constructor assigns (`this.proc = proc`). A child the code keeps and talks to, on its stdin or by IPC messages (`this.process.send(msg)`), runs for the session, and what it writes on an unread stream adds up over it (`lives-on`). The stdio a single write gives the options before the call, on every path to it, is read: `opts.stdio = 'pipe'`, and `options.stdio = options.stdio || [undefined, undefined, undefined, 'ipc']`, whose value is what every caller that sets no stdio gets; `undefined` or `null` at 0 to 2 of a stdio array is a pipe, for fork too (blind audit 42: fork-with-emitter's `createFork()`, measured in test/e2e/js-hazard-fork-stdio.test.ts). Not reported: `stdio: 'ignore'` or `'inherit'`, fork with its default stdio, options the linter cannot see into (a parameter, an object changed after its declaration in a way that may touch `stdio`, other than by such a write), and a child handed to code it cannot see (exported, passed to a function, returned to an unknown caller, or kept on a local object that is itself handed to such code: `stream._childProcess = spawn(...)` then `Seven.listen(stream)`, node-7z, which drains both streams).",
            whyIsThisBad: "Node reads a child's pipe only once the stream flows. Until then the bytes wait in the kernel pipe (64 KiB) and Node's read-ahead buffer: on Node 20 a child blocks in write() once about 20–243 KiB are waiting (measured: 20–24 KiB with a short line per write(), as Python's `os.write` or an unbuffered stderr writes, 93 KiB with 1 KiB writes, about 190 KiB for `head`, `yes` or Python's buffered print, 243 KiB with one large write) and never exits, so a parent waiting for 'exit' or 'close' hangs too. Below that Node throws the waiting bytes away when the child exits, so a command that prints a few lines does no harm and is not reported. A stream read only after the exit finds nothing. A child still writing when the parent exits (`detached` and `unref()`ed, or `app.quit()` a second later) dies at its next write: killed by SIGPIPE, or of EPIPE in a Node child. Output taken in an 'exit' listener can be cut short: \"the child process stdio streams might still be open\" then (Node's docs), and 'close' comes once they have ended. libuv reads a child's pipe before it reaps that child's exit, but it reaps every exited child when it handles one SIGCHLD: a child that ends in the same turn as another gets its 'exit' before its pipe has been read. So what decides is whether the process runs other children that end with this one, not the size of the output nor a busy event loop. Measured with `node bench/exit-race.mjs` (children `head -c N` on stdout or stderr, the caller going on at 'exit' as the reported code does; Node 16.20, 18.19, 20.20 and 22.12, Linux, 2 shared cores), children whose output was cut short at 'exit':\n\n| children | 3 or 60 KiB (one read), idle | 3 or 60 KiB, busy 100 ms | 200 KiB or 2 MiB (several reads), idle | 200 KiB or 2 MiB, busy 100 ms |\n|---|---|---|---|---|\n| one at a time | 0 of 200 | 0 of 200 | 0 of 200 | 0 of 200 |\n| 2 together | 29 of 400 | 284 of 400 | 1 of 400 | 13 of 400 |\n| 8 together | 504 of 1600 | 1344 of 1600 | 277 of 1600 | 182 of 1600 |\n| 20 together | 1989 of 4000 | 3620 of 4000 | 637 of 4000 | 557 of 4000 |\n\nAt 'close', none of the 24,800. A command that leaves a process writing into the pipe after it exits loses that part every time (test/e2e/exit-race.test.ts). So by default (`race`) a finding needs children the code starts several at a time: in a loop that does not wait for each, by an array method or `Promise.all` (here or at a caller, in any module of the project), or two at a module's top level. Where nothing shows that, the finding is `lone-race`, at `possible` only, and says what was measured: every caller up the chain runs it one at a time, to a script's top level (test/e2e/exit-race-lone.test.ts); it is started once at a module's top level; its callers cannot be seen (an exported API, a handler a framework calls: blind audits 24, 26 and 28 judged 7 of 8 such findings false, the auditors measuring single children that lost nothing; the eighth's caller, in another module, runs it in `Promise.all`) or cannot all be followed; or it runs in an editor's extension host, whose other extensions' children end whenever they do. A busy parent does not make a lone child lose output (`node bench/exit-race-one.mjs`, Node 20.20: one child at a time, `head -c`, `sh -c` or `node -e` of 40 bytes to 2 MiB, the parent idle, blocked 100 ms after the spawn, busy 10 ms every turn or 50 ms every 60 ms: none of 1,800 cut; test/e2e/exit-race-busy.test.ts). What is cut also hangs on the child (test/e2e/exit-race-kinds.test.ts, Node 20, 10 children ending together): a native program's output and its exit come together (its C library flushes the pipe's buffer in exit(); `ls`, `git`, `head`, `sh -c printf`: 1 to 14 % cut, a shell script 1 %), while a program run by an interpreter tears its runtime down for milliseconds after its last write (`node`, also after process.exit() or an uncaught throw, up to 2 MiB; `python3`: none of 560 cut; on a machine loaded far past its cores, forks throwing a 100 KB error, 10 at a time, 8 of 500: what is left past the pipe's 64 KiB at the end). The command knowledge says which a program is (last-write.data.ts): an interpreter's race is `lone-race` wherever it is started, a fork's too; the message of a `race` says how the native program's output and exit come together. A function handed by name to what runs it once per item (`Array.from({ length: n }, run)`, `files.map(run)`) starts several children at once.",
            example: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/']);\nchild.on('close', (code) => console.log('done', code));\n",
            useInstead: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/'], { stdio: 'ignore' });\nchild.on('close', (code) => console.log('done', code));\n",
            fixSafety: "`devnull` (safe): sends the unread streams to /dev/null, and says in its description exactly what it writes: with no `stdio` yet it adds `stdio: 'ignore'` when the code uses none of the child's streams, else an array that keeps the used ones as pipes (`stdio: ['ignore', 'pipe', 'ignore']` when only stdout is read; fork's array gets `'ipc'`); an inline `'pipe'` string becomes an array that ignores only the unread streams; an inline array gets `'ignore'` at the unread entries (`stdio[2]: 'ignore'`). The output was never read, so sending it to /dev/null changes nothing but the hang. A stdin that the code never touches becomes /dev/null in the fresh forms (the child reads end-of-file instead of an open pipe nobody writes to). `close` (unsafe), for output used at 'exit': listens for 'close' instead, which passes the same `(code, signal)` once the streams have ended; offered when the event is a string and the handler takes at most those two arguments. Unsafe because 'close' also comes after a failed spawn ('error', then 'close' with code -2, where 'exit' never came: a callback may run twice), and waits for every process holding the pipes (a daemon the command started keeps 'close' away for as long as it lives). No `devnull` fix is offered when the code mentions the stream at all (it would be null), reads it only under a condition or after the exit, reaches the child through a helper shared by other callers, keeps it in a property or a container (code elsewhere may read it there), or when the options object is shared.",
            reproduction: {
                files: {
                    'task.js': 'const { spawn } = require(\'child_process\');\nconst child = spawn(\'seq\', [\'1000000\']);\nchild.on(\'exit\', (code) => console.log(\'child exited\', code));\n',
                },
                run: 'timeout 5 node task.js; echo "exit status $?"',
                shows: 'exit status 124',
                says: 'exit status 124: the child blocked in write(), the parent never saw it exit',
                fix: 'task.js',
            },
            references: [
                'https://nodejs.org/api/child_process.html#optionsstdio',
                'https://nodejs.org/api/child_process.html#subprocessstdout',
                'https://nodejs.org/api/stream.html#two-reading-modes',
            ],
        },
    },
    check(ctx) {
        const analysis = new ChildAnalysis(ctx.model);
        for (const { call, qualified } of ctx.model.callsTo(SPAWN)) {
            const fork = qualified === 'child_process.fork';
            // A stream with a 'data' listener is a pipe whatever the options say.
            const fate = analysis.fate(call);
            const piped = pipes(ctx, call, fork);
            // The listeners set up here race whoever else gets the child (`resolve(proc)`, `return { child }`).
            reportRaces(ctx, call, fork ? 'fork' : 'spawn', racesThatCanCut(ctx, call, qualified, routeRaces(ctx.model, call, fate, ctx.path), piped?.options ?? null));
            // for await (... of proc.stderr) ...; for await (... of proc.stdout) ...: the code's own reads
            // deadlock, whoever else gets the child.
            if (reportSequential(ctx, call, qualified, piped, fate))
                continue;
            // child.stdout.pipe(res) in a request handler that never stops the child when the client leaves.
            reportClientPipe(ctx, call, qualified, piped, fate);
            if (!piped || (piped.config.stdout.state !== 'pipe' && piped.config.stderr.state !== 'pipe')) {
                if (!fork)
                    localCallers(ctx, analysis, call, qualified);
                continue;
            }
            if (fate.escapes) {
                if (fate.handedOut) {
                    const output = judgedOutput(ctx.model, call, qualified, ctx.path);
                    reportHandedOut(ctx, call, piped, fate, output, fork ? 'fork' : 'spawn');
                    if (!output.serves)
                        reportHandlerOnly(ctx, call, piped, fate, output, fork ? 'fork' : 'spawn');
                }
                continue;
            }
            const whole = judgedOutput(ctx.model, call, qualified, ctx.path);
            // Each stream judged by the callers that leave it unread (unreadRouteOutput).
            const judged = { stdout: unreadRouteOutput(ctx, call, qualified, fate, 'stdout') ?? whole, stderr: unreadRouteOutput(ctx, call, qualified, fate, 'stderr') ?? whole };
            const exitLine = !fate.waits && fate.site ? exitsSoonAfter(fate.site) : null;
            const outlives = fate.unref || detached(ctx, piped.options);
            // this.task = spawn('java', [...]); this.task.stdin.write(req) (or this.worker.send(msg), a
            // fork's IPC): a child the code keeps and talks to runs for the session, and what it writes
            // on an unread stream adds up over it.
            const session = fate.stored && (fate.stdinUsed || !!fate.messaged) && nodeBufferEvidence(whole) === 'can-grow';
            const streams = ['stdout', 'stderr'].filter((s) => hazardous(ctx, piped, fate, judged[s], s, exitLine));
            const output = streams.length === 1 ? judged[streams[0]] : whole;
            if (!streams.length) {
                const exposed = exposedUnread(ctx, call, piped, fate, output);
                if (exposed) {
                    const line = ctx.sourceFile.getLineAndCharacterOfPosition(exposed.stop.getStart(ctx.sourceFile)).line + 1;
                    const names = exposed.streams.map((s) => `\`this.${fate[s].exposedAs}\``).join(' and ');
                    ctx.report(call, {
                        message: `${fork ? 'fork' : 'spawn'}(): ${streamList(exposed.streams)} ${exposed.streams.length > 1 ? 'are' : 'is'} only re-exposed as ${names}, which nothing in this project reads, for a child that runs until this code stops it (line ${line}) (${output.evidence}): unless every user of the object reads ${exposed.streams.length > 1 ? 'them' : 'it'}, on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}`,
                    });
                }
                continue;
            }
            const fn = fork ? 'fork' : 'spawn';
            // Only the program a launcher starts writes there, and it is killed, not blocked.
            const launched = output.livesOn && streams.every((s) => output[s] !== 'unbounded');
            const text = launched
                ? `${fn}(): ${streamList(streams)} ${streams.length > 1 ? 'are' : 'is'} never read (${output.livesOn.says}): Node drains ${streams.length > 1 ? 'them' : 'it'} once the launcher exits, but this process exits soon after (line ${exitLine}), and that program then dies at its next write`
                : message(ctx, fn, streams, fate, output, outlives, exitLine, session);
            ctx.report(call, {
                message: text,
                fixes: devnullFix(ctx, call, piped, streams, fate, fork),
                evidence: spawnEvidence(output, streams, fate, !!launched || outlives || session, exitLine !== null),
            });
        }
        if (ctx.wrappers)
            wrapperCalls(ctx, analysis);
    },
};
