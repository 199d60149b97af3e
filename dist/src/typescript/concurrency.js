import fs from 'node:fs';
import path from 'node:path';
import { callersOf, isFn } from './callers-of.js';
import { ts } from './load.js';
import { projectRoot } from './project-reads.js';
import { requestHandler } from './request-handlers.js';
import { functionName, isWrapper, moduleName, skipOuter } from './resolve.js';
import { isFunctionLike, propertyKey } from './scope.js';
const hosts = new Map();
/**
 * Ex) a VS Code extension (package.json `engines.vscode`, or a module that imports `vscode`), an
 * Atom package (`engines.atom`, `atom`): its code runs in the editor's extension host, one Node
 * process shared with every other extension, whose children end whenever they do. The editor's
 * name, or null.
 */
function sharedHost(model, file) {
    for (const s of model.sourceFile.statements) {
        const spec = ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
        if (spec && moduleName(spec) === 'vscode')
            return 'VS Code';
    }
    if (/\brequire\(\s*['"](vscode|atom)['"]\s*\)/.test(model.sourceFile.text))
        return /['"]atom['"]/.test(model.sourceFile.text) ? 'Atom' : 'VS Code';
    const root = projectRoot(file);
    if (!root)
        return null;
    if (!hosts.has(root)) {
        let host = null;
        try {
            const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
            host = pkg.engines?.['vscode'] ? 'VS Code' : pkg.engines?.['atom'] ? 'Atom' : null;
        }
        catch {
            // No readable package.json: nothing says it runs in an editor.
        }
        hosts.set(root, host);
    }
    return hosts.get(root);
}
const LOOPS = new Set();
const ARRAY_METHODS = new Set(['map', 'forEach', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);
const COMBINATORS = /^Promise\.(all|allSettled|race|any)$/;
function isLoop(n) {
    if (!LOOPS.size)
        for (const k of [ts.SyntaxKind.ForStatement, ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement])
            LOOPS.add(k);
    return LOOPS.has(n.kind);
}
/** `new Promise((resolve) => ...)`'s executor: it runs at once, as part of the function around it. */
function isExecutor(fn) {
    let e = fn;
    while (ts.isParenthesizedExpression(e.parent))
        e = e.parent;
    const p = e.parent;
    return ts.isNewExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'Promise' && p.arguments?.[0] === e;
}
/** An `await` (or a `yield`) in the loop's body, outside functions nested in it: each turn waits. */
function waitsEachTurn(loop) {
    const visit = (n) => {
        if (isFunctionLike(n))
            return false;
        if (ts.isAwaitExpression(n) || ts.isYieldExpression(n) || (ts.isForOfStatement(n) && !!n.awaitModifier))
            return true;
        return ts.forEachChild(n, visit) ?? false;
    };
    return visit(loop.statement) || (ts.isForOfStatement(loop) && !!loop.awaitModifier);
}
/**
 * Ex) for (const f of files) run(f) / files.map((f) => run(f)) / Promise.all([run(a), run(b)])
 * How `node` is started several at a time within its function (the executor of a `new Promise`
 * counts as its function), and where; null when it is started once per call of that function.
 */
function severalHere(node) {
    for (let c = node, p = node.parent; p; c = p, p = p.parent) {
        if (isLoop(p) && c === p.statement && !waitsEachTurn(p))
            return { at: p, how: 'in a loop that does not wait for each one' };
        if (ts.isCallExpression(p) && p.arguments.includes(c)) {
            const callee = skipOuter(p.expression);
            if (COMBINATORS.test(callee.getText().replace(/\s+/g, '')))
                return { at: p, how: `by ${callee.getText()}()` };
        }
        if (isFunctionLike(p)) {
            if (isExecutor(p) || invokedInPlace(p))
                continue;
            const call = p.parent;
            if (ts.isCallExpression(call)) {
                const how = handedSeveral(call, p);
                if (how)
                    return { at: call, how };
            }
            return null;
        }
    }
    return null;
}
/**
 * Ex) files.map(run) / files.forEach((f) => run(f)) / Array.from({ length: n }, run)
 * How a call runs the function `fn` it is handed once per item, all at once: by an array method
 * (its callback), or by `Array.from` (its map function); null otherwise, or when it is plainly one
 * item (`[x].map(run)`, `Array.from({ length: 1 }, run)`).
 */
function handedSeveral(call, fn) {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee))
        return null;
    const at = call.arguments.indexOf(fn);
    const target = skipOuter(callee.expression);
    if (at === 0 && ARRAY_METHODS.has(callee.name.text)) {
        return ts.isArrayLiteralExpression(target) && target.elements.length < 2 && !target.elements.some(ts.isSpreadElement) ? null : `for each item, by .${callee.name.text}()`;
    }
    if (at === 1 && callee.name.text === 'from' && ts.isIdentifier(target) && target.text === 'Array') {
        const source = skipOuter(call.arguments[0]);
        const length = ts.isObjectLiteralExpression(source) ? source.properties.find((q) => ts.isPropertyAssignment(q) && propertyKey(q.name) === 'length') : undefined;
        const n = length && ts.isPropertyAssignment(length) && ts.isNumericLiteral(skipOuter(length.initializer)) ? Number(skipOuter(length.initializer).text) : null;
        return n !== null && n < 2 ? null : 'for each item, by Array.from()';
    }
    return null;
}
/**
 * Ex) function run() { spawn(...) }  Array.from({ length: 20 }, run) / urls.map(fetchOne)
 * The function handed by name to a call that runs it several times at once: that call, and how.
 */
function handedByName(model, fn) {
    const id = functionName(fn);
    const b = id ? model.lookup(id) : null;
    if (!b)
        return null;
    for (const ref of model.references(b)) {
        let r = ref;
        while (isWrapper(r.parent))
            r = r.parent;
        const call = r.parent;
        if (!ts.isCallExpression(call) || call.expression === r)
            continue;
        const how = handedSeveral(call, r);
        if (how)
            return { at: call, how };
    }
    return null;
}
/** `(async () => { ... })()`: a function called where it is written, once each time that code runs. */
function invokedInPlace(fn) {
    let e = fn;
    while (ts.isParenthesizedExpression(e.parent))
        e = e.parent;
    return ts.isCallExpression(e.parent) && e.parent.expression === e;
}
/** The function a call runs in, through `new Promise` executors and functions invoked in place: the one its callers call. */
function entryFunction(node) {
    for (let p = node.parent; p; p = p.parent)
        if (isFunctionLike(p) && !isExecutor(p) && !invokedInPlace(p))
            return p;
    return null;
}
const CHILD_CALLS = new Set(['child_process.spawn', 'child_process.fork', 'child_process.exec', 'child_process.execFile', 'promisify(child_process.exec)', 'promisify(child_process.execFile)']);
/**
 * Ex) const a = spawn('ls', [x]); ... const b = spawn('ls', [y]);  (both at the top level)
 * Another child started at the module's top level, outside every function, next to `call`:
 * both run together. The first such call, or null.
 */
function otherTopLevelChild(model, call) {
    return model.callsTo(CHILD_CALLS).find((c) => c.call !== call && !entryFunction(c.call))?.call ?? null;
}
/** How many callers up the chain are followed before the answer is `unseen`. */
const DEPTH = 5;
/**
 * Ex) spawn in run(), run() awaited in build(), build() called once by the script's top level.
 * Whether the child of `call` can end while this process runs others, as far as the code shows:
 * the callers are followed up the chain (in the project, tests left out) to the module's top
 * level, where a script runs once. `sequential` only when every path gets there one call at a
 * time; a path into code whose callers cannot be seen (a route handler, an event listener, an
 * exported API) is `unseen`: its callers may run it alongside others.
 */
export function concurrency(model, call, file) {
    const here = severalHere(call);
    if (here)
        return { kind: 'here', ...here, file };
    if (!entryFunction(call)) {
        const other = otherTopLevelChild(model, call);
        return other ? { kind: 'here', at: other, how: 'alongside another child the module starts at its top level', file } : { kind: 'once' };
    }
    const first = [];
    const seen = new Set();
    // A path whose callers cannot be seen does not end the search: another path may still show
    // children started together (audit 26: a helper's callers called in Promise.all two levels up).
    let unseen = false;
    let level = [{ model, node: call, file }];
    for (let depth = 0; level.length; depth++) {
        if (depth >= DEPTH)
            return { kind: 'unseen', sites: first };
        const next = [];
        for (const at of level) {
            const fn = entryFunction(at.node);
            // The module's top level: a script's body runs once.
            if (!fn)
                continue;
            if (seen.has(fn))
                continue;
            if (!isFn(fn)) {
                unseen = true;
                continue;
            }
            seen.add(fn);
            const byName = handedByName(at.model, fn);
            if (byName)
                return { kind: 'callers', ...byName, file: at.file };
            // A route, a server's or an IPC channel's handler: requests overlap, and so do their children.
            const handler = requestHandler(at.model, fn, at.file);
            if (handler)
                return { kind: 'handler', ...handler };
            const sites = callersOf(at.model, fn, at.file);
            if (!sites) {
                unseen = true;
                continue;
            }
            if (depth === 0)
                first.push(...sites);
            for (const site of sites) {
                const several = severalHere(site.call);
                if (several)
                    return { kind: 'callers', ...several, file: site.file };
                next.push({ model: site.model, node: site.call, file: site.file });
            }
        }
        level = next;
    }
    if (unseen || !first.length)
        return { kind: 'unseen', sites: first };
    const host = sharedHost(model, file);
    return host ? { kind: 'host', host, sites: first } : { kind: 'sequential', sites: first };
}
