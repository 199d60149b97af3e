import { ts } from './load.js';
import { isWrapper, skipOuter } from './resolve.js';
import { isFunctionLike, isWriteTarget } from './scope.js';
import { methodCallSites } from './method-calls.js';
/**
 * Control flow, as far as the JS rules need it, from syntax alone: which assignment of a `let`
 * reaches a read, whether a statement always runs, where a helper is called, and whether the
 * process ends (process.exit, app.quit) or waits for a child's exit before a given statement.
 */
export function fnOf(n) {
    for (let p = n.parent; p; p = p.parent)
        if (isFunctionLike(p) || ts.isSourceFile(p))
            return p;
    return n.getSourceFile();
}
export function contains(outer, inner) {
    return outer.pos <= inner.pos && inner.end <= outer.end;
}
/** Is `n` executed on every path from its function's entry through `upTo` (no if/loop/&&/case in between)? */
export function unconditionalWithin(n, upTo) {
    for (let c = n, p = n.parent; p && p !== upTo; c = p, p = p.parent) {
        if (isFunctionLike(p))
            return false;
        if (ts.isIfStatement(p) && p.expression !== c)
            return false;
        if (ts.isConditionalExpression(p) && p.condition !== c)
            return false;
        if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind))
            return false;
        if (ts.isCaseClause(p) || ts.isDefaultClause(p) || ts.isCatchClause(p))
            return false;
        if (ts.isIterationStatement(p, false))
            return false;
    }
    return true;
}
export function isLogical(k) {
    return k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken;
}
export function lowestCommon(a, b) {
    let n = a;
    while (n && !contains(n, b))
        n = n.parent;
    return n ?? a.getSourceFile();
}
/**
 * Does the definition at `def` (a declaration's initializer or an assignment) reach the read
 * `ref` of `b`? Reads in another function see any definition; in the same function, a later
 * definition that always runs before the read hides this one.
 */
const definitions = new WeakMap();
/** Where a binding gets its values: its initializer and every assignment (computed once). */
function definitionsOf(model, b) {
    let defs = definitions.get(b);
    if (!defs) {
        defs = model.references(b).filter((r) => isWriteTarget(r));
        if (ts.isVariableDeclaration(b.decl) && b.decl.initializer)
            defs.push(b.decl.initializer);
        definitions.set(b, defs);
    }
    return defs;
}
export function reaches(model, b, def, ref) {
    const defs = definitionsOf(model, b);
    if (defs.length <= 1)
        return true;
    if (fnOf(ref) !== fnOf(def))
        return true;
    if (ref.pos < def.pos) {
        // Only a loop brings the read round again.
        for (let p = def.parent; p; p = p.parent)
            if (ts.isIterationStatement(p, false) && contains(p, ref))
                return true;
        return false;
    }
    for (const other of defs) {
        if (other.pos <= def.pos || other.pos >= ref.pos || fnOf(other) !== fnOf(ref))
            continue;
        if (unconditionalWithin(other, lowestCommon(other, ref)))
            return false;
    }
    return true;
}
/** The name a function is called by in this file, when every mention of it is a call. */
export function callSitesOf(model, fn) {
    let id = null;
    if (ts.isFunctionDeclaration(fn) && fn.name)
        id = fn.name;
    else if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn))) {
        let e = fn;
        while (isWrapper(e.parent))
            e = e.parent;
        const d = e.parent;
        if (ts.isVariableDeclaration(d) && d.initializer === e && ts.isIdentifier(d.name))
            id = d.name;
    }
    // this.spawnProcess(args) of a private method: its class's calls are all of them.
    if (!id)
        return methodCallSites(fn);
    if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Export)
        return null;
    const decl = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
    const stmt = ts.isVariableDeclaration(decl) ? decl.parent.parent : null;
    if (stmt && ts.isVariableStatement(stmt) && stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        return null;
    const binding = model.lookup(id);
    if (!binding || binding.id !== id)
        return null;
    const sites = [];
    for (const ref of model.references(binding)) {
        let e = ref;
        while (isWrapper(e.parent))
            e = e.parent;
        const call = e.parent;
        if (!ts.isCallExpression(call) || call.expression !== e)
            return null;
        sites.push(call);
    }
    return sites.length ? sites : null;
}
export function functionName(fn) {
    if (fn.name && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name)))
        return fn.name.text;
    const d = fn.parent;
    // const run = () => ...; private run = () => ...
    return (ts.isVariableDeclaration(d) || ts.isPropertyDeclaration(d)) && (ts.isIdentifier(d.name) || ts.isPrivateIdentifier(d.name)) ? d.name.text : 'a helper';
}
const EXITS = /^(process\.exit|(remote\.)?app\.(quit|exit))$/;
/** `process.exit()`, `app.quit()`, or `setTimeout(app.quit, 1000)` somewhere in `s` (not in a string). */
function endsProcess(s) {
    let found = false;
    const visit = (n) => {
        if (found || ts.isFunctionDeclaration(n) || ts.isClassLike(n))
            return;
        if (ts.isPropertyAccessExpression(n) && EXITS.test(n.getText().replace(/\s+/g, ''))) {
            const p = n.parent;
            if (ts.isCallExpression(p) && (p.expression === n || p.arguments.includes(n)))
                found = true;
        }
        ts.forEachChild(n, visit);
    };
    visit(s);
    return found;
}
/**
 * The parent ends soon after `node` runs: a later statement of the same function (or of the
 * blocks around it) calls `process.exit()`, `app.quit()`, `app.exit()`, directly or through
 * `setTimeout(app.quit, 1000)`. Returns that statement's line, or null.
 */
export function exitsSoonAfter(node) {
    const sf = node.getSourceFile();
    for (let c = node, p = node.parent; p; c = p, p = p.parent) {
        if (isFunctionLike(p))
            return exitsInNextThen(p, c, node);
        const list = ts.isBlock(p) || ts.isSourceFile(p) ? p.statements : ts.isCaseClause(p) || ts.isDefaultClause(p) ? p.statements : null;
        if (!list)
            continue;
        const i = list.indexOf(c);
        for (const s of list.slice(i + 1)) {
            if (endsProcess(s))
                return sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1;
        }
    }
    return null;
}
/**
 * Ex) .then(() => { spawn('psql', args); }).then(() => { process.exit(); }): a callback of a
 * promise chain that starts the child without returning it (nor anything that waits for it), and a
 * later `.then` or `.finally` link whose body ends the process: that link runs a microtask later,
 * before the child has written much (blind audit 32, a restore script). `.catch` links are passed
 * over (they run only on a rejection). The line of that exit, or null.
 */
function exitsInNextThen(fn, statement, node) {
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isBlock(fn.body) || statement !== fn.body)
        return null;
    if (fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword))
        return null;
    // Nothing is returned on the child's path (a return before it, in another branch, does not
    // count): the next link does not wait for the child.
    for (let q = node; q !== fn; q = q.parent)
        if (ts.isReturnStatement(q))
            return null;
    let returns = false;
    const visit = (n) => {
        if (returns || (n !== fn && isFunctionLike(n)))
            return;
        if (ts.isReturnStatement(n) && n.expression && n.pos >= node.end)
            returns = true;
        ts.forEachChild(n, visit);
    };
    visit(fn.body);
    if (returns)
        return null;
    let call = fn.parent;
    while (isWrapper(call))
        call = call.parent;
    if (!ts.isCallExpression(call) || !call.arguments.some((a) => skipOuter(a) === fn))
        return null;
    const link = (n) => (ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : null);
    if (link(call) !== 'then')
        return null;
    const sf = fn.getSourceFile();
    for (let cur = call; ts.isPropertyAccessExpression(cur.parent) && ts.isCallExpression(cur.parent.parent) && cur.parent.parent.expression === cur.parent;) {
        cur = cur.parent.parent;
        const name = link(cur);
        if (name === 'catch')
            continue;
        if (name !== 'then' && name !== 'finally')
            return null;
        const next = cur.arguments[0] ? skipOuter(cur.arguments[0]) : null;
        if (!next || !(ts.isArrowFunction(next) || ts.isFunctionExpression(next)) || !ts.isBlock(next.body))
            return null;
        for (const s of next.body.statements)
            if (endsProcess(s))
                return sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1;
        return null;
    }
    return null;
}
export function rootIdentifier(n) {
    let e = n;
    for (;;) {
        if (ts.isCallExpression(e))
            e = e.expression;
        else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || isWrapper(e))
            e = e.expression;
        else
            break;
    }
    return ts.isIdentifier(e) ? e.text : null;
}
/** `await once(child, 'exit')` or `await new Promise((r) => child.on('close', r))` as a statement. */
export function awaitsExit(s) {
    let found = false;
    const visit = (n) => {
        if (found || (isFunctionLike(n) && !ts.isArrowFunction(n) && !ts.isFunctionExpression(n)))
            return;
        if (ts.isAwaitExpression(n)) {
            const text = n.expression.getText();
            if (/\bonce\s*\([^,]+,\s*['"`](exit|close)['"`]/.test(text) || (/^new\s+Promise\b/.test(text) && /\.(on|once)\s*\(\s*['"`](exit|close)['"`]/.test(text)))
                found = true;
        }
        ts.forEachChild(n, visit);
    };
    visit(s);
    return found;
}
/** `!x` -> x, negated; `x` -> x. */
function polarity(e) {
    const v = skipOuter(e);
    if (ts.isPrefixUnaryExpression(v) && v.operator === ts.SyntaxKind.ExclamationToken) {
        const inner = polarity(v.operand);
        return { text: inner.text, truthy: !inner.truthy };
    }
    return { text: v.getText().replace(/\s+/g, ''), truthy: true };
}
/**
 * Does the test `cond` (taken on `branch`) hold whenever the child made at `anchor` exists?
 * `isJson || spawn(...)` makes it only when `!isJson`; `ok && spawn(...)` only when `ok`.
 */
export function sameTest(cond, branch, anchor) {
    let c = anchor;
    while (isWrapper(c.parent))
        c = c.parent;
    const p = c.parent;
    if (!p || !ts.isBinaryExpression(p) || p.right !== c)
        return false;
    const op = p.operatorToken.kind;
    if (op !== ts.SyntaxKind.BarBarToken && op !== ts.SyntaxKind.AmpersandAmpersandToken)
        return false;
    const made = polarity(p.left);
    const madeTruthy = op === ts.SyntaxKind.AmpersandAmpersandToken ? made.truthy : !made.truthy;
    const test = polarity(cond);
    const testTruthy = branch === 'then' ? test.truthy : !test.truthy;
    return made.text === test.text && madeTruthy === testTruthy;
}
/** `typeof h === 'function'` (either side, `===` or `==`): a test for a callback, never for a stream. */
export function callbackTest(e) {
    const x = skipOuter(e);
    if (!ts.isBinaryExpression(x) || (x.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken && x.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsToken))
        return false;
    const [l, r] = [skipOuter(x.left), skipOuter(x.right)];
    const isFunction = (n) => ts.isStringLiteral(n) && n.text === 'function';
    return (ts.isTypeOfExpression(l) && isFunction(r)) || (ts.isTypeOfExpression(r) && isFunction(l));
}
