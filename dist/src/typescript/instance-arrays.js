import { ts } from './load.js';
import { isWrapper, skipOuter } from './resolve.js';
import { isWriteTarget, propertyKey } from './scope.js';
/**
 * Instances of a class kept in an array (or a Map) and reached through its elements:
 *
 *   const cameras = Array.from({ length: n }, () => new Camera());
 *   await Promise.all(cameras.map((c) => c.snapshot()));   for (const c of cameras) c.start();
 *
 * `c` is each instance in turn, so `c.snapshot()` is a call of Camera's method; where the calls are
 * made at once (an array method's callback, a loop that does not wait) is for the caller search to
 * judge. Only arrays the code shows filled with `new Cls(...)` count.
 */
const ARRAY_METHODS = new Set(['map', 'forEach', 'flatMap', 'filter', 'some', 'every']);
/** Ex) () => new Camera() / (x) => { return new Camera(x); }: a function that returns a new instance of the class. */
function returnsNew(fn, isClass) {
    const f = skipOuter(fn);
    if (!ts.isArrowFunction(f) && !ts.isFunctionExpression(f))
        return false;
    let body = f.body;
    if (ts.isBlock(body)) {
        const ret = body.statements.at(-1);
        if (!ret || !ts.isReturnStatement(ret) || !ret.expression)
            return false;
        body = ret.expression;
    }
    const v = skipOuter(body);
    return ts.isNewExpression(v) && isClass(v.expression);
}
function isNew(e, isClass) {
    const v = skipOuter(e);
    return ts.isNewExpression(v) && isClass(v.expression);
}
/**
 * Ex) [new Camera(a), new Camera(b)] / Array.from({ length: n }, () => new Camera()) / xs.map((x) => new Camera(x)) /
 *     const cams = []; cams.push(new Camera(x)) / const cams = new Map(); cams.set(k, new Camera(x)), iterated by cams.values()
 * Does `target` hold several instances of the class, as the code shows?
 */
function holdsInstances(model, target, isClass) {
    let t = skipOuter(target);
    // cams.values() / [...cams.values()] of a Map
    if (ts.isCallExpression(t) && ts.isPropertyAccessExpression(t.expression) && t.expression.name.text === 'values' && !t.arguments.length)
        t = skipOuter(t.expression.expression);
    if (ts.isArrayLiteralExpression(t) && t.elements.length === 1 && ts.isSpreadElement(t.elements[0]))
        return holdsInstances(model, t.elements[0].expression, isClass);
    let b = null;
    if (ts.isIdentifier(t)) {
        b = model.lookup(t);
        if (!b || !b.init || (b.path && b.path.length) || model.isReassigned(b))
            return false;
        t = skipOuter(b.init);
    }
    if (ts.isArrayLiteralExpression(t)) {
        if (t.elements.length >= 2 && t.elements.every((e) => !ts.isSpreadElement(e) && isNew(e, isClass)))
            return true;
        if (t.elements.length || !b)
            return false;
    }
    else if (ts.isCallExpression(t) && ts.isPropertyAccessExpression(t.expression)) {
        const name = t.expression.name.text;
        const fn = t.arguments[name === 'from' ? 1 : 0];
        if (name === 'map' && fn && returnsNew(fn, isClass))
            return true;
        if (name === 'from' && ts.isIdentifier(t.expression.expression) && t.expression.expression.text === 'Array' && fn && returnsNew(fn, isClass)) {
            const source = skipOuter(t.arguments[0]);
            const length = ts.isObjectLiteralExpression(source) ? source.properties.find((q) => ts.isPropertyAssignment(q) && propertyKey(q.name) === 'length') : undefined;
            const n = length && ts.isPropertyAssignment(length) && ts.isNumericLiteral(skipOuter(length.initializer)) ? Number(skipOuter(length.initializer).text) : null;
            return n === null || n >= 2;
        }
        return false;
    }
    else if (!(ts.isNewExpression(t) && ts.isIdentifier(t.expression) && t.expression.text === 'Map' && !t.arguments?.length)) {
        return false;
    }
    // const cams = [] / new Map(), filled by cams.push(new Camera(x)) / cams.set(k, new Camera(x)) (in a loop, a callback: one call adds them all).
    if (!b)
        return false;
    for (const ref of model.references(b)) {
        if (ref === b.id || isWriteTarget(ref))
            continue;
        const access = ref.parent;
        if (!ts.isPropertyAccessExpression(access) || access.expression !== ref || !ts.isCallExpression(access.parent) || access.parent.expression !== access)
            continue;
        const args = access.parent.arguments;
        const added = access.name.text === 'push' ? args[0] : access.name.text === 'set' ? args[1] : undefined;
        if (added && !ts.isSpreadElement(added) && isNew(added, isClass))
            return true;
    }
    return false;
}
/**
 * Ex) cameras.map((c) => ...) / cameras.forEach((c) => ...) / for (const c of cameras) ... / cams.forEach((c, k) => ...) of a Map
 * The expression a parameter or a loop variable takes its elements from, or null.
 */
function iterated(b) {
    const d = b.decl;
    if (ts.isParameter(d) && d.name === b.id) {
        const fn = d.parent;
        if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn))
            return null;
        if (fn.parameters.indexOf(d) !== 0)
            return null;
        let e = fn;
        while (isWrapper(e.parent))
            e = e.parent;
        const call = e.parent;
        if (!ts.isCallExpression(call) || call.arguments[0] !== e || !ts.isPropertyAccessExpression(call.expression))
            return null;
        return ARRAY_METHODS.has(call.expression.name.text) ? call.expression.expression : null;
    }
    if (ts.isVariableDeclaration(d) && d.name === b.id && ts.isVariableDeclarationList(d.parent) && ts.isForOfStatement(d.parent.parent) && d.parent.parent.initializer === d.parent) {
        return d.parent.parent.expression;
    }
    return null;
}
/** Is `id` an element of an array (or Map) the code shows filled with instances of the class? */
export function elementOfInstances(model, id, isClass) {
    const b = model.lookup(id);
    if (!b || model.isReassigned(b))
        return false;
    const source = iterated(b);
    return !!source && holdsInstances(model, source, isClass);
}
