import { LISTEN } from './child-members.js';
import { contains } from './flow.js';
import { ts } from './load.js';
import { skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
const FUNCTION_ARG_CALLS = new Set(['bind']);
/**
 * Ex) function onData(d) { out += d; }  child.stdout.on('data', onData)  -> the function.
 * A function expression, arrow, `fn.bind(this)`, or a name bound to a function in this file.
 */
export function functionOf(model, e, depth = 0) {
    if (!e || depth > 3)
        return null;
    const x = skipOuter(e);
    if (ts.isArrowFunction(x) || ts.isFunctionExpression(x))
        return x;
    if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && FUNCTION_ARG_CALLS.has(x.expression.name.text))
        return functionOf(model, x.expression.expression, depth + 1);
    if (!ts.isIdentifier(x))
        return null;
    const b = model.lookup(x);
    if (!b)
        return null;
    if (ts.isFunctionDeclaration(b.decl))
        return b.decl;
    if (ts.isVariableDeclaration(b.decl) && b.decl.initializer && !model.isReassigned(b))
        return functionOf(model, b.decl.initializer, depth + 1);
    return null;
}
/** `x.name(...)` called: the call, else null. */
function calledAs(access, name) {
    const p = access.parent;
    if (!ts.isPropertyAccessExpression(p) || p.expression !== access || p.name.text !== name)
        return null;
    return ts.isCallExpression(p.parent) && p.parent.expression === p ? p.parent : null;
}
/** The references of the name a call's value is bound to (`const rl = readline.createInterface(...)`). */
function boundRefs(model, e) {
    let x = e;
    while (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isNonNullExpression(x.parent))
        x = x.parent;
    const d = x.parent;
    if (!ts.isVariableDeclaration(d) || d.initializer !== x || !ts.isIdentifier(d.name))
        return [];
    const b = model.lookup(d.name);
    return b && !model.isReassigned(b) ? model.references(b).filter((r) => r !== d.name && !isWriteTarget(r)) : [];
}
/**
 * Ex) new Writable({ write(chunk, enc, cb) { err += chunk; cb(); } }) /
 *     const sink = new stream.Writable(); sink._write = (d, e, cb) => { this.err = Buffer.concat([this.err, d]); cb(); }
 * The write functions of a Writable the module makes, given inline or by a name bound to it.
 */
function writeFunctions(model, sink) {
    let x = skipOuter(sink);
    let refs = [];
    if (ts.isIdentifier(x)) {
        const b = model.lookup(x);
        if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer || model.isReassigned(b))
            return [];
        const decl = b.decl;
        refs = model.references(b).filter((r) => r !== decl.name);
        x = skipOuter(decl.initializer);
    }
    if (!ts.isNewExpression(x) || !/(^|\.)Writable$/.test(x.expression.getText()))
        return [];
    const fns = [];
    const options = x.arguments?.[0] && skipOuter(x.arguments[0]);
    if (options && ts.isObjectLiteralExpression(options)) {
        for (const p of options.properties) {
            if (!p.name || !ts.isIdentifier(p.name) || p.name.text !== 'write')
                continue;
            if (ts.isMethodDeclaration(p))
                fns.push(p);
            else if (ts.isPropertyAssignment(p)) {
                const fn = functionOf(model, p.initializer);
                if (fn)
                    fns.push(fn);
            }
        }
    }
    // sink._write = fn / sink.write = fn
    for (const r of refs) {
        const p = r.parent;
        if (!ts.isPropertyAccessExpression(p) || p.expression !== r || (p.name.text !== '_write' && p.name.text !== 'write'))
            continue;
        const a = p.parent;
        if (!ts.isBinaryExpression(a) || a.left !== p || a.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
            continue;
        const fn = functionOf(model, a.right);
        if (fn)
            fns.push(fn);
    }
    return fns;
}
/** Ex) rl.on('line', (l) => lines.push(l)) / readline.createInterface({ input }).on('line', fn): the 'line' listeners. */
function lineListeners(model, rl) {
    const fns = [];
    for (const r of [rl, ...boundRefs(model, rl)]) {
        for (const method of LISTEN) {
            const on = calledAs(r, method);
            if (on && stringValue(on.arguments[0]) === 'line') {
                const fn = functionOf(model, on.arguments[1]);
                if (fn)
                    fns.push(fn);
            }
        }
    }
    return fns;
}
function readlineName(call) {
    const callee = skipOuter(call.expression);
    return (ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null) === 'createInterface';
}
/** `readline.createInterface({ input: stream })` (or `(stream)`) that `site` is the stream or its `input` in, else null. */
function readlineAround(site) {
    for (let n = site.parent, i = 0; n && i < 4; n = n.parent, i++) {
        if (!ts.isCallExpression(n))
            continue;
        return readlineName(n) && n.arguments[0] && contains(n.arguments[0], site) ? n : null;
    }
    return null;
}
/** A drain site of a stream (`stream.pipe(sink)`, `{ input: stream }`, the stream itself): the collector it sets up, else null. */
export function collectorAt(model, stream, site) {
    if (ts.isCallExpression(site)) {
        const callee = skipOuter(site.expression);
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'pipe' && site.arguments[0]) {
            const whole = wholeSink(model, site.arguments[0]);
            if (whole)
                return { stream, node: site, via: 'whole', fns: [whole] };
            const fns = [...writeFunctions(model, site.arguments[0]), ...passThroughListeners(model, site.arguments[0])];
            return fns.length ? { stream, node: site, via: 'pipe', fns } : null;
        }
        // getStream(child.stdout).then((s) => { out = s; }) / out = await getStream(child.stdout)
        const got = gotWhole(model, site);
        if (got)
            return { stream, node: site, via: 'whole', fns: [got] };
    }
    const rl = ts.isCallExpression(site) && readlineName(site) ? site : readlineAround(site);
    const loop = iteratedBy(model, rl ?? site);
    if (loop)
        return { stream, node: loop.node, via: 'iterate', fns: [loop.body] };
    if (!rl)
        return null;
    const fns = lineListeners(model, rl);
    return fns.length ? { stream, node: rl, via: 'line', fns } : null;
}
/** Modules whose sink or promise gives the whole output once the stream ends. */
const WHOLE_SINKS = new Set(['concat-stream']);
const WHOLE_PROMISES = /^get-stream(\.(buffer|array))?$/;
/** `child.stdout.pipe(concat((buf) => { out = buf; }))`: the callback concat-stream calls at the end. */
function wholeSink(model, sink) {
    const x = skipOuter(sink);
    if (!ts.isCallExpression(x) || !WHOLE_SINKS.has(model.qualifiedName(skipOuter(x.expression)) ?? ''))
        return null;
    return functionOf(model, x.arguments.at(-1));
}
/**
 * getStream(child.stdout).then((s) => { out = s; }): the callback; `out = await getStream(child.stdout)`
 * (or `const x = ...`, kept by a later statement): the statement that keeps it. Null otherwise.
 */
function gotWhole(model, call) {
    if (!WHOLE_PROMISES.test(model.qualifiedName(skipOuter(call.expression)) ?? ''))
        return null;
    const then = calledAs(call, 'then');
    if (then)
        return functionOf(model, then.arguments[0]);
    let x = call;
    while (isWrapperOrAwait(x.parent))
        x = x.parent;
    const p = x.parent;
    if (ts.isBinaryExpression(p) && p.right === x && ts.isExpressionStatement(p.parent))
        return p.parent;
    return null;
}
function isWrapperOrAwait(n) {
    return ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isAwaitExpression(n);
}
/** `const pt = new PassThrough(); child.stdout.pipe(pt); pt.on('data', (d) => { out += d; })`: the 'data' listeners. */
function passThroughListeners(model, sink) {
    const x = skipOuter(sink);
    if (!ts.isIdentifier(x))
        return [];
    const b = model.lookup(x);
    if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer || model.isReassigned(b))
        return [];
    const init = skipOuter(b.decl.initializer);
    if (!ts.isNewExpression(init) || !/(^|\.)PassThrough$/.test(init.expression.getText()))
        return [];
    const fns = [];
    for (const r of model.references(b)) {
        for (const method of LISTEN) {
            const on = calledAs(r, method);
            if (on && stringValue(on.arguments[0]) === 'data') {
                const fn = functionOf(model, on.arguments[1]);
                if (fn)
                    fns.push(fn);
            }
        }
    }
    return fns;
}
/**
 * Ex) for await (const chunk of child.stdout) { out += chunk; }
 *     for await (const line of this.readgen(this.proc.stderr, isEnded)) { stderr.push(line); }
 *     for (var _b = __asyncValues(this.readgen(...)), _c; _c = await _b.next(), !_c.done;) { ... }
 * A loop that reads the stream as it comes: over the stream itself, a readline interface over it,
 * or what a function of the module handed the stream yields (a line reader). The loop and its body.
 */
function iteratedBy(model, site) {
    // for await (const chunk of child.stdout): the loop is where the stream is consumed.
    if (ts.isForOfStatement(site))
        return site.awaitModifier ? { node: site, body: site } : null;
    // The stream handed to a function of the module (`this.readgen(stream)`), or readline's interface.
    const over = ts.isCallExpression(site) && (readlineName(site) || localCallee(model, site)) ? site : ts.isCallExpression(site) ? null : site;
    if (!over)
        return null;
    let x = over;
    while (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isNonNullExpression(x.parent))
        x = x.parent;
    const p = x.parent;
    if (ts.isForOfStatement(p) && p.awaitModifier && p.expression === x)
        return { node: ts.isCallExpression(over) ? over : p, body: p };
    // TypeScript's downlevel for-await: `for (var _b = tslib.__asyncValues(x), _c; ...)`.
    if (ts.isCallExpression(p) && p.arguments[0] === x && /(^|\.)__asyncValues$/.test(skipOuter(p.expression).getText())) {
        const d = p.parent;
        const list = d && ts.isVariableDeclaration(d) ? d.parent : undefined;
        const loop = list && ts.isVariableDeclarationList(list) ? list.parent : undefined;
        if (loop && ts.isForStatement(loop) && loop.initializer === list)
            return { node: ts.isCallExpression(over) ? over : p, body: loop.statement };
    }
    // const rl = readline.createInterface({ input: stream }); for await (const line of rl) ...
    if (ts.isCallExpression(over) && readlineName(over)) {
        for (const r of boundRefs(model, over)) {
            const loop = r.parent;
            if (ts.isForOfStatement(loop) && loop.awaitModifier && loop.expression === r)
                return { node: over, body: loop };
        }
    }
    return null;
}
/** A function of this file, or a method of the enclosing class, that the call runs. */
function localCallee(model, call) {
    return calleeOf(model, call) !== null;
}
/**
 * Ex) const child = fork(worker, [], { silent: true }); this.pipeProcess(child);  with
 *     pipeProcess(p) { const sink = new Writable(); sink._write = ...; p.stderr.pipe(sink); }
 * The collectors a function or method of this file sets up on the child handed to it, when the
 * call is in `scope` (where the child is started and its 'exit' listener set up).
 */
export function helperCollectors(model, spawn, scope) {
    const refs = boundRefs(model, spawn);
    const out = [];
    for (const ref of refs) {
        const call = ref.parent;
        if (!ts.isCallExpression(call) || !contains(scope, call))
            continue;
        const index = call.arguments.indexOf(ref);
        const fn = index < 0 ? null : calleeOf(model, call);
        const param = fn?.parameters[index];
        if (!fn?.body || !param || !ts.isIdentifier(param.name))
            continue;
        const name = param.name.text;
        const visit = (n) => {
            if (ts.isIdentifier(n) && n.text === name && ts.isPropertyAccessExpression(n.parent) && n.parent.expression === n) {
                let access = n.parent;
                const stream = access.getText().endsWith('stdout') ? 'stdout' : access.getText().endsWith('stderr') ? 'stderr' : null;
                while (ts.isNonNullExpression(access.parent))
                    access = access.parent;
                const pipe = calledAs(access, 'pipe');
                const c = stream && collectorAt(model, stream, pipe ?? access);
                if (c)
                    out.push(c);
            }
            ts.forEachChild(n, visit);
        };
        visit(fn.body);
    }
    return out;
}
/** The function a call runs: a name bound to one in this file, or `this.method(...)` of the enclosing class. */
function calleeOf(model, call) {
    const fn = functionOf(model, call.expression);
    if (fn)
        return fn;
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || skipOuter(callee.expression).kind !== ts.SyntaxKind.ThisKeyword)
        return null;
    for (let p = call.parent; p; p = p.parent) {
        if (ts.isClassLike(p)) {
            const m = p.members.find((x) => ts.isMethodDeclaration(x) && x.name && ts.isIdentifier(x.name) && x.name.text === callee.name.text);
            return m ? m : null;
        }
    }
    return null;
}
