import path from 'node:path';
import { ts } from './load.js';
import { importingModules } from './module-importers.js';
import { modelOf } from './project-constants.js';
import { isProjectTest, projectRoot, sources } from './project-reads.js';
import { functionName, isWrapper, moduleName, skipOuter, stringValue } from './resolve.js';
import { exportName } from './wrappers.js';
import { moduleFile } from './module-file.js';
const SERVERS = new Set(['http.createServer', 'https.createServer', 'http2.createServer', 'http2.createSecureServer']);
/** Routing methods of express, koa-router and fastify: `app.get('/path', ..., handler)`. */
const ROUTES = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);
const LISTEN = new Set(['on', 'addListener', 'prependListener']);
/** Events a server or a channel emits once per request or message, whenever the other side sends one. */
const EVENTS = new Map([['message', 'message'], ['request', 'request']]);
function short(call) {
    const text = call.expression.getText().replace(/\s+/g, '');
    const first = call.arguments[0];
    const arg = first && (ts.isStringLiteralLike(first) || ts.isRegularExpressionLiteral(first)) ? first.getText() : '';
    return `${text}(${arg})`;
}
/**
 * Ex) app.get('/snap', auth, handler) / http.createServer(handler) / ipcMain.handle('run', handler) / ws.on('message', handler)
 * How `call` runs the function at its argument `arg` (or in an array there: `app.get('/x', [auth, handler])`)
 * once per request or message; null when it does not register a handler.
 */
function registration(model, call, arg, file, depth = 0) {
    const at = call.arguments.indexOf(arg);
    if (at < 0)
        return null;
    const callee = skipOuter(call.expression);
    const q = model.qualifiedName(callee);
    if (q && SERVERS.has(q))
        return `once per request of ${short(call)}, and requests overlap`;
    if (ts.isIdentifier(callee))
        return depth < 2 ? throughWrapper(model, callee, at, file, depth) : null;
    if (!ts.isPropertyAccessExpression(callee))
        return null;
    const name = callee.name.text;
    const receiver = skipOuter(callee.expression);
    const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
    const first = call.arguments[0];
    // ipcMain.handle('channel', handler) / ipcMain.on('channel', handler): once per call of the renderer.
    if (at >= 1 && receiverName === 'ipcMain' && (name === 'handle' || LISTEN.has(name)))
        return `once per call of ${short(call)}, and calls overlap`;
    const event = first ? stringValue(first) : null;
    if (at >= 1 && LISTEN.has(name) && event !== null && EVENTS.has(event))
        return `once per '${event}' of ${callee.expression.getText().replace(/\s+/g, '')}, and ${EVENTS.get(event)}s overlap`;
    const routed = (event !== null && event.startsWith('/')) || (!!first && ts.isRegularExpressionLiteral(first));
    if (at >= 1 && ROUTES.has(name) && routed)
        return `once per request of the route ${short(call)}, and requests overlap`;
    return null;
}
/**
 * Ex) function addHandler(channel, handler) { ipcMain.handle(channel, handler as never) }  (in ./ipc, or here)
 * The function `callee` names (declared in this module, or imported by a relative path), when it hands
 * its parameter at `at` straight on to a registration: a call of it registers its argument there (audit 18:
 * Heroic's IPC helpers). How the handler then runs, or null.
 */
function throughWrapper(model, callee, at, file, depth) {
    const b = model.lookup(callee);
    if (!b)
        return null;
    let m = model;
    let where = file;
    let fn = null;
    if (b.module !== undefined) {
        if (!b.imported || b.imported === '*' || b.imported === 'default' || !b.module.startsWith('.'))
            return null;
        const target = moduleFile(path.resolve(path.dirname(path.resolve(file)), b.module));
        const root = target ? projectRoot(target) : null;
        const text = target && root ? sources(root)?.get(path.resolve(target)) : undefined;
        const other = target && text !== undefined ? modelOf(path.resolve(target), text) : null;
        if (!other || !target)
            return null;
        m = other;
        where = path.resolve(target);
        fn = topLevelFunction(other.sourceFile, b.imported);
    }
    else {
        fn = ts.isFunctionDeclaration(b.decl) && b.decl.body ? b.decl : ts.isVariableDeclaration(b.decl) && b.init && !model.isReassigned(b) ? skipOuter(b.init) : null;
    }
    if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
        return null;
    const param = fn.parameters[at];
    if (!param || param.dotDotDotToken || !ts.isIdentifier(param.name))
        return null;
    const pb = m.lookup(param.name);
    if (!pb)
        return null;
    for (const ref of m.references(pb)) {
        const a = argumentOf(ref);
        const how = a && registration(m, a.call, a.arg, where, depth + 1);
        // "once per call of ipcMain.handle() in addHandler(), and calls overlap"
        if (how)
            return how.replace(/, and (\w+) overlap$/, ` in ${callee.text}(), and $1 overlap`);
    }
    return null;
}
/** Ex) `function addHandler() {}` / `const addHandler = () => {}` at the top level of a module, by name. */
function topLevelFunction(sf, name) {
    for (const s of sf.statements) {
        if (ts.isFunctionDeclaration(s) && s.name?.text === name && s.body)
            return s;
        if (ts.isVariableStatement(s) && s.declarationList.flags & ts.NodeFlags.Const) {
            for (const d of s.declarationList.declarations)
                if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer)
                    return skipOuter(d.initializer);
        }
    }
    return null;
}
/** The call `e` is an argument of, directly or as an element of an array literal argument, and that argument. */
function argumentOf(e) {
    while (isWrapper(e.parent))
        e = e.parent;
    let p = e.parent;
    if (ts.isArrayLiteralExpression(p)) {
        e = p;
        while (isWrapper(e.parent))
            e = e.parent;
        p = e.parent;
    }
    return ts.isCallExpression(p) && p.expression !== e ? { call: p, arg: e } : null;
}
function registered(model, e, file) {
    const a = argumentOf(e);
    const how = a && registration(model, a.call, a.arg, file);
    return how ? { at: a.call, file, how } : null;
}
/**
 * Ex) app.get('/snap', (req, res) => run(...)) / function snap(req, res) {...} app.get('/snap', snap) /
 *     export const snap = ...  and, in a module importing it, router.get('/snap', [auth, Controller.snap])
 * The registration that makes `fn` a handler run once per request or message: inline, by its name
 * in its module, or by its export in a module of the project that imports it (tests left out). Null otherwise.
 */
export function requestHandler(model, fn, file) {
    const inline = registered(model, fn, file);
    if (inline)
        return inline;
    const id = functionName(fn);
    const b = id ? model.lookup(id) : null;
    if (b) {
        for (const ref of model.references(b)) {
            if (ref === id)
                continue;
            const hit = registered(model, ref, file);
            if (hit)
                return hit;
        }
    }
    const name = ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? exportName(model, fn) : null;
    if (!name)
        return null;
    for (const { abs, model: m, specs } of importingModules(file, [name === 'default' ? '' : name])) {
        if (isProjectTest(abs, file))
            continue;
        const names = new Set(specs.map((spec) => (name === 'default' ? moduleName(spec) : `${moduleName(spec)}.${name}`)));
        for (const call of m.calls()) {
            for (const arg of call.arguments) {
                const items = ts.isArrayLiteralExpression(skipOuter(arg)) ? skipOuter(arg).elements : [arg];
                for (const item of items) {
                    if (ts.isSpreadElement(item) || !names.has(m.qualifiedName(item) ?? ''))
                        continue;
                    const how = registration(m, call, arg, abs);
                    if (how)
                        return { at: call, file: abs, how };
                }
            }
        }
    }
    return null;
}
