import { staticSize } from './buffer-limit.js';
import { fnOf } from './flow.js';
import { ts } from './load.js';
import { callTaking, isWrapper, literalMember, memberName, skipOuter } from './resolve.js';
import { isFunctionLike, isWriteTarget } from './scope.js';
import { valueUse } from './usage.js';
import { callersOf, isFn } from './callers-of.js';
/** The spawn's child as a name (`const child = spawn(...)`, `child = spawn(...)`), if it is one. */
function childBinding(model, call) {
    const use = valueUse(model, call, true);
    return use.kind === 'bound' ? use.binding : null;
}
/**
 * `child.kill(...)`, `process.kill(child.pid, ...)` or `process.kill(-child.pid, ...)` (the
 * child's process group, a detached child's), with `ref` a mention of the child.
 */
function killAt(model, ref) {
    let e = ref;
    while (isWrapper(e.parent))
        e = e.parent;
    const p = e.parent;
    if (!ts.isPropertyAccessExpression(p) || p.expression !== e)
        return null;
    if (p.name.text === 'kill' && ts.isCallExpression(p.parent) && p.parent.expression === p)
        return p.parent;
    let pid = p;
    while (isWrapper(pid.parent))
        pid = pid.parent;
    if (ts.isPrefixUnaryExpression(pid.parent) && pid.parent.operator === ts.SyntaxKind.MinusToken)
        pid = pid.parent;
    const call = pid.parent;
    if (p.name.text === 'pid' && ts.isCallExpression(call) && call.arguments[0] === pid) {
        const callee = skipOuter(call.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'kill' && ts.isIdentifier(callee.expression) && callee.expression.text === 'process' && !model.lookup(callee.expression))
            return call;
    }
    return null;
}
/**
 * The size a comparison's side stands for: written in the source (`200 * 1024`, a const, a
 * setting's fallback), or the `maxBuffer`-like property of a local options literal
 * (`options.maxBuffer` with `const options = { maxBuffer: 500 * 1024 }`), which the caller may
 * only raise by handing in options of its own ('caller').
 */
function sizeOf(model, side) {
    const direct = staticSize(model, side);
    if (direct)
        return { bytes: direct.bytes, prop: null, how: direct.setting ? 'setting' : 'here' };
    const member = literalMember(model, side);
    const size = member ? staticSize(model, member.value) : null;
    if (!member || !size)
        return null;
    const b = member.binding;
    const key = memberName(skipOuter(side));
    // options[k] = given[k] copies the caller's keys over the defaults.
    let copied = false;
    for (const ref of model.references(b)) {
        const p = ref.parent;
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === ref && isWriteTarget(p)) {
            const written = memberName(p);
            if (written === key)
                return null;
            if (written === null)
                copied = true;
        }
        else if (isWriteTarget(ref))
            return null;
    }
    return { bytes: size.bytes, prop: null, how: copied ? 'caller' : size.setting ? 'setting' : 'here' };
}
const BYTES = /length|size|bytes/i;
/** `out.length`, `seen + chunk.length`, or a name every assignment of which adds lengths (`seen += d.length`). */
function measuresBytes(model, count) {
    if (BYTES.test(count.getText()))
        return true;
    const id = skipOuter(count);
    const b = ts.isIdentifier(id) ? model.lookup(id) : null;
    if (!b)
        return false;
    const writes = model.references(b).filter((r) => isWriteTarget(r));
    return writes.length > 0 && writes.every((r) => ts.isBinaryExpression(r.parent) && BYTES.test(r.parent.right.getText()));
}
/** The size a kill is guarded by: `if (count > limit) kill` (or `>=`, or `limit < count`). */
function guard(model, kill) {
    for (let c = kill, p = kill.parent; p && !isFunctionLike(p); c = p, p = p.parent) {
        if (!ts.isIfStatement(p) || p.thenStatement !== c)
            continue;
        let found = null;
        const visit = (n) => {
            if (found || isFunctionLike(n))
                return;
            if (ts.isBinaryExpression(n)) {
                const op = n.operatorToken.kind;
                const big = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken ? n.right : op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken ? n.left : null;
                const count = big === n.right ? n.left : n.right;
                // The count is the output's size (a length, a sum of lengths), the limit a size: not a
                // clock (`Date.now() - start > 5000`) or a tally of lines.
                if (big && !staticSize(model, count) && measuresBytes(model, count))
                    found = sizeOf(model, big);
            }
            ts.forEachChild(n, visit);
        };
        visit(p.expression);
        if (found)
            return found;
    }
    return null;
}
/** The smallest size past which the code kills the child of `call`, if it does so. */
export function killLimitOf(model, call) {
    const child = childBinding(model, call);
    if (!child)
        return null;
    const kills = [];
    for (const ref of model.references(child)) {
        const k = killAt(model, ref);
        if (!k)
            continue;
        kills.push(k);
        // const killChild = (why) => { process.kill(child.pid) }: its calls kill too.
        const fn = fnOf(k);
        const holder = fn.parent;
        const name = ts.isFunctionDeclaration(fn) ? fn.name : holder && ts.isVariableDeclaration(holder) && holder.initializer === fn && ts.isIdentifier(holder.name) ? holder.name : null;
        const b = name ? model.lookup(name) : null;
        if (b)
            for (const r of model.references(b))
                if (ts.isCallExpression(r.parent) && r.parent.expression === r)
                    kills.push(r.parent);
    }
    let best = null;
    for (const kill of kills) {
        const limit = guard(model, kill);
        if (limit && (!best || limit.bytes < best.limit.bytes))
            best = { limit, kill };
    }
    return best;
}
const STOP_NAME = /^(stop|kill|close|shutdown|dispose|quit|exit|terminate|teardown|cleanup|cleanUp|destroy|restart|unload|deactivate)|(Stop|Kill|Close|Shutdown|Dispose|Quit|Exit|Terminate|Teardown|Cleanup|Destroy|Restart)[A-Z]?\w*$/;
const STOP_EVENTS = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'quit', 'before-quit', 'will-quit', 'window-all-closed']);
/** The name a function goes by: its own, or the method, property or variable it is assigned to. */
function nameOf(fn) {
    if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name && ts.isIdentifier(fn.name))
        return fn.name.text;
    const p = fn.parent;
    if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === fn && ts.isIdentifier(p.name))
        return p.name.text;
    if (p && ts.isBinaryExpression(p) && p.right === fn)
        return memberName(p.left) ?? (ts.isIdentifier(p.left) ? p.left.text : null);
    return null;
}
/** A function handed as an argument (`process.on('SIGINT', f)`, `setTimeout(f, ms)`): whether that call runs it at the parent's own end. */
function handedToStopEvent(e) {
    const taking = callTaking(e);
    if (!taking)
        return null;
    const { call, callee } = taking;
    const event = call.arguments[0] && ts.isStringLiteralLike(call.arguments[0]) ? call.arguments[0].text : null;
    return ts.isPropertyAccessExpression(callee) && ['on', 'once', 'addListener'].includes(callee.name.text) && event !== null && STOP_EVENTS.has(event);
}
/**
 * Ex) const kill = (reason) => { reject(new Error(reason)); cp.kill(); };
 *     const timer = setTimeout(() => kill('timed out'), timeout);
 * A function local to another, named for stopping, whose every use this code shows: planned only
 * when one of its uses is (a call from `stop()`, or a handler of the parent's end). Called only
 * from a timeout, it cuts short a one-shot command (`npm show NAME time --json`, audit 36).
 * null when the function is not such a local one, nothing uses it, or a use hands it on
 * (`cmd.kill = killProcess`, audit 20: vscode-elm): its name decides.
 */
function plannedByUses(model, fn, depth) {
    const holder = fn.parent;
    const name = ts.isFunctionDeclaration(fn) ? fn.name : holder && ts.isVariableDeclaration(holder) && holder.initializer === fn && ts.isIdentifier(holder.name) ? holder.name : null;
    if (!name || depth > 2)
        return null;
    let outer = (ts.isFunctionDeclaration(fn) ? fn : holder).parent;
    while (outer && !isFunctionLike(outer) && !ts.isSourceFile(outer))
        outer = outer.parent;
    if (!outer || ts.isSourceFile(outer))
        return null;
    const b = model.lookup(name);
    if (!b)
        return null;
    const uses = model.references(b).filter((r) => r !== name && !isWriteTarget(r));
    if (!uses.length)
        return null;
    // `executingCmd.kill = killProcess`, `return stop`: handed on, it stops the child when its holder says: the name decides.
    let planned = false;
    for (const r of uses) {
        let e = r;
        while (isWrapper(e.parent))
            e = e.parent;
        const verdict = ts.isCallExpression(e.parent) && e.parent.expression === e ? plannedStop(model, e.parent, depth + 1) : handedToStopEvent(r);
        if (verdict === null)
            return null;
        planned ||= verdict;
    }
    return planned;
}
/**
 * A kill that ends the child's life as planned, not one that cuts a command short: in a function
 * named for it (`stop()`, `shutdown()`, `dispose()`, `killServer()`), or in a handler of the
 * parent's own end (`process.on('SIGINT', ...)`, `app.on('will-quit', ...)`). A kill in a
 * timeout or a cancellation handler stops a command that would have ended by itself, and so does
 * one in a local function named for stopping that only such handlers call (plannedByUses).
 */
function plannedStop(model, kill, depth = 0) {
    for (let n = kill.parent, hops = 0; n && hops < 3; n = n.parent) {
        if (!isFunctionLike(n))
            continue;
        hops++;
        const name = nameOf(n);
        if (name !== null)
            return STOP_NAME.test(name) && plannedByUses(model, n, depth) !== false;
        let e = n;
        while (isWrapper(e.parent))
            e = e.parent;
        const call = e.parent;
        if (ts.isCallExpression(call) && call.arguments.includes(e)) {
            if (handedToStopEvent(n))
                return true;
            // new Promise((resolve) => { ... }) inside stop(): look further out; any other callee
            // (setTimeout, onCancellationRequested, a listener) decides against it.
            if (!(ts.isNewExpression(call)))
                return false;
        }
        else if (!ts.isNewExpression(call))
            return false;
    }
    return false;
}
/**
 * Where the code stops the child of `call` itself as part of its plan (see plannedStop):
 * `child.kill()`, `process.kill(child.pid)`, through the name it is bound to or the property it
 * is kept in (`this.server = execFile(...)`, then `this.server.kill()` in `stop()` anywhere in
 * the module). A child the code stops that way runs until then: a server, a watcher, a player.
 * null when nothing here stops it so.
 */
export function stoppedBy(model, call) {
    const child = childBinding(model, call);
    if (child) {
        for (const ref of model.references(child)) {
            const k = killAt(model, ref);
            if (k && plannedStop(model, k))
                return k;
        }
        return null;
    }
    let e = call;
    while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent))
        e = e.parent;
    const p = e.parent;
    if (!ts.isBinaryExpression(p) || p.right !== e || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
        return null;
    const target = skipOuter(p.left);
    const key = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? memberName(target) : null;
    if (key === null)
        return null;
    let found = null;
    const visit = (n) => {
        if (found)
            return;
        if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && n !== target && memberName(n) === key && !isWriteTarget(n)) {
            const k = killAt(model, n);
            if (k && plannedStop(model, k))
                found = k;
        }
        ts.forEachChild(n, visit);
    };
    visit(model.sourceFile);
    return found;
}
// `new LanguageClient(id, name, serverOptions, clientOptions)` (vscode-languageclient): the third
// argument starts the server, and a function there returns the child the client then talks to.
const LANGUAGE_CLIENT = /(^|\.)LanguageClient$/;
/** The function, or the name bound to it, is handed to `new LanguageClient(...)` as its server. */
function givenToLanguageClient(model, fn) {
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    const asServer = (n) => {
        let a = n;
        while (isWrapper(a.parent))
            a = a.parent;
        const p = a.parent;
        return ts.isNewExpression(p) && p.arguments?.[2] === a && LANGUAGE_CLIENT.test(skipOuter(p.expression).getText()) ? p : null;
    };
    const direct = asServer(e);
    if (direct)
        return direct;
    const d = e.parent;
    if (!ts.isVariableDeclaration(d) || d.initializer !== e || !ts.isIdentifier(d.name))
        return null;
    const b = model.lookup(d.name);
    if (!b)
        return null;
    for (const ref of model.references(b)) {
        const hit = isWriteTarget(ref) ? null : asServer(ref);
        if (hit)
            return hit;
    }
    return null;
}
/**
 * Ex) const serverOptions = async () => { ...; return child_process.exec(binPath); };
 *     new LanguageClient('rust', 'Rust', serverOptions, clientOptions)
 * A child returned to a language client is a language server: it speaks the protocol on its
 * stdout for the whole editing session. The `new LanguageClient(...)` that takes it, or null.
 */
export function languageServer(model, call) {
    for (const fn of returningFunctions(model, call)) {
        const client = givenToLanguageClient(model, fn);
        if (client)
            return client;
    }
    return null;
}
/**
 * The functions that return the child of `call`: `return exec(...)`, `=> exec(...)`, or the name
 * it is bound to returned (`const p = execFile(...); ...; return p`).
 */
function returningFunctions(model, call) {
    const returned = (expr) => {
        let e = expr;
        while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent))
            e = e.parent;
        const p = e.parent;
        if (ts.isArrowFunction(p) && p.body === e)
            return p;
        return ts.isReturnStatement(p) ? fnOf(p) : null;
    };
    const fns = [];
    const direct = returned(call);
    if (direct)
        fns.push(direct);
    const b = childBinding(model, call);
    if (b)
        for (const ref of model.references(b))
            if (!isWriteTarget(ref)) {
                const fn = returned(ref);
                if (fn)
                    fns.push(fn);
            }
    return fns.filter((fn) => isFunctionLike(fn));
}
/**
 * Ex) function newprocess() { const p = execFile(server, ['-c', config]); ...; return p; }
 *     module.exports.proc = newprocess;
 *     // app.js: pyProc = require('./subprocess.js').proc(); ... const stop = () => { pyProc.kill(); };
 * A child returned by a function whose caller, in this module or in one that imports it, keeps it
 * and stops it as planned (see plannedStop): it runs until then, a server or a watcher handed out
 * by a helper (blind audit 36: simple_dns_test's DNS server, started by one module and stopped by
 * another). The kill and the file of that caller, or null.
 */
export function stoppedByCaller(model, call, file) {
    for (const fn of returningFunctions(model, call)) {
        if (!isFn(fn))
            continue;
        for (const site of callersOf(model, fn, file) ?? []) {
            const kill = stoppedBy(site.model, site.call);
            if (kill)
                return { kill, file: site.file };
        }
    }
    return null;
}
