import { DRAIN_EVENTS, LISTEN } from './child-members.js';
import { contains } from './flow.js';
import { ts } from './load.js';
import { memberName, skipOuter, stringValue } from './resolve.js';
import { isFunctionLike, isWriteTarget } from './scope.js';
const FUNCTION_ARG_CALLS = new Set(['bind']);
/** Methods that put a chunk into a collection: `chunks.push(d)`, `buf.write(d)`. */
const APPEND = new Set(['push', 'write', 'unshift', 'concat']);
/** Stream events after which all the output has been read. */
const END_EVENTS = new Set(['end', 'close', 'finish']);
/**
 * Ex) function onData(d) { out += d; }  child.stdout.on('data', onData)  -> the function.
 * A function expression, arrow, `fn.bind(this)`, or a name bound to a function in this file.
 */
function functionOf(model, e, depth = 0) {
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
/** `this.out` / `self.out` / `state.out`: the property name, with the object's text. */
function propertyTarget(e) {
    const x = skipOuter(e);
    if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x))
        return null;
    const key = memberName(x);
    return key === null ? null : `${skipOuter(x.expression).getText()}.${key}`;
}
/**
 * Ex) out += d / out = out + d / out = Buffer.concat([out, d]) / chunks.push(d) / this.out += d
 * Where a 'data' listener keeps its chunks, outside itself. A literal (`seen = true`) is a flag,
 * not output.
 */
function targetsOf(model, fn) {
    const out = [];
    const add = (e) => {
        const x = skipOuter(e);
        if (ts.isIdentifier(x)) {
            const b = model.lookup(x);
            if (b && !contains(fn, b.decl))
                out.push({ binding: b });
            return;
        }
        const key = propertyTarget(x);
        if (key !== null)
            out.push({ key });
    };
    const visit = (n) => {
        if (n !== fn && isFunctionLike(n))
            return;
        if (ts.isBinaryExpression(n)) {
            const op = n.operatorToken.kind;
            const right = skipOuter(n.right);
            const literal = ts.isLiteralExpression(right) || right.kind === ts.SyntaxKind.TrueKeyword || right.kind === ts.SyntaxKind.FalseKeyword || right.kind === ts.SyntaxKind.NullKeyword;
            if ((op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.EqualsToken) && !literal)
                add(n.left);
        }
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && APPEND.has(n.expression.name.text) && n.arguments.length)
            add(n.expression.expression);
        ts.forEachChild(n, visit);
    };
    if (fn.body)
        visit(fn.body);
    return out;
}
/** A listener for the end of a stream or of the child: the output is complete when it runs. */
function endListener(fn) {
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(fn))
        return false;
    const callee = skipOuter(call.expression);
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
    const event = stringValue(call.arguments[0]);
    return !!method && LISTEN.has(method) && event !== null && END_EVENTS.has(event);
}
/**
 * The first read of `target` in `fn`'s body, or in a function of this file it calls (two levels),
 * skipping functions nested in it that run at a stream's 'end' or 'close'. A helper that is also
 * called at an end event (`let left = 3; function done() { if (--left === 0) resolve(out); }`)
 * waits for the streams: no race.
 */
function readIn(model, fn, target, depth, seen) {
    if (seen.has(fn) || depth > 2)
        return null;
    seen.add(fn);
    let found = null;
    const callees = [];
    const visit = (n) => {
        if (found)
            return;
        if (n !== fn && isFunctionLike(n) && endListener(n))
            return;
        if (target.binding && ts.isIdentifier(n) && n.text === target.binding.name && !isWriteTarget(n) && model.lookup(n) === target.binding && !appendedTo(n))
            found = n;
        else if (target.key !== undefined && (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && propertyTarget(n) === target.key && !isWriteTarget(n) && !appendedTo(n))
            found = n;
        if (ts.isCallExpression(n)) {
            const callee = functionOf(model, n.expression);
            if (callee)
                callees.push(callee);
        }
        ts.forEachChild(n, visit);
    };
    visit(fn);
    if (found)
        return found;
    for (const callee of callees) {
        if (calledAtEnd(model, callee))
            continue;
        const hit = readIn(model, callee, target, depth + 1, seen);
        if (hit)
            return hit;
    }
    return null;
}
/** `chunks.push(...)` / `out += ...` in the 'exit' listener itself: collecting, not using. */
function appendedTo(n) {
    const p = n.parent;
    if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
        return true;
    return ts.isPropertyAccessExpression(p) && p.expression === n && APPEND.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p;
}
/** A function of this file that some end listener calls (or is itself one). */
function calledAtEnd(model, fn) {
    if (endListener(fn))
        return true;
    const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : null;
    if (!name)
        return false;
    const b = model.lookup(name);
    if (!b)
        return false;
    for (const ref of model.references(b)) {
        if (endListener(ref))
            return true;
        for (let p = ref.parent; p; p = p.parent) {
            if (isFunctionLike(p)) {
                if (endListener(p))
                    return true;
                break;
            }
        }
    }
    return false;
}
/**
 * Ex) child.stdout.on('data', (d) => { out += d; }); child.on('exit', (code) => resolve(out));
 * Each stream whose 'data' listener collects output that an 'exit' listener of the child uses.
 */
export function exitRaces(model, fate) {
    if (!fate.exitListeners?.length || !fate.drains)
        return [];
    const races = [];
    for (const stream of ['stdout', 'stderr']) {
        for (const site of fate.drains[stream]) {
            const data = site.node;
            if (site.kind !== 'drain' || !ts.isCallExpression(data) || !DRAIN_EVENTS.has(stringValue(data.arguments[0]) ?? '') || stringValue(data.arguments[0]) !== 'data')
                continue;
            const collect = functionOf(model, data.arguments[1]);
            if (!collect)
                continue;
            for (const target of targetsOf(model, collect)) {
                for (const exit of fate.exitListeners) {
                    const handler = functionOf(model, exit.arguments[1]);
                    if (!handler)
                        continue;
                    const use = readIn(model, handler, target, 0, new Set());
                    if (!use)
                        continue;
                    races.push({ stream, data, exit, name: target.binding ? target.binding.name : target.key, use });
                    break;
                }
                if (races.some((r) => r.data === data))
                    break;
            }
        }
    }
    return races;
}
/** The handler takes at most (code, signal): 'close' passes the same two arguments. */
export function closeTakesSameArgs(model, exit) {
    const handler = functionOf(model, exit.arguments[1]);
    const event = exit.arguments[0];
    return !!handler && handler.parameters.length <= 2 && !!event && ts.isStringLiteralLike(event);
}
