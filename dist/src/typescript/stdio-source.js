import { callSitesOf } from './flow.js';
import { ts } from './load.js';
import { changedAfterDeclaration, fdOfArray, streamConfig } from './options.js';
import { isWrapper, memberName, skipOuter, stringValue } from './resolve.js';
import { isWriteTarget, propertyKey } from './scope.js';
/**
 * A wrapper's stdio that its caller decides, and what one call decides. Ex)
 *   function spawn(cmd, args, stdio, opts) {
 *     if (stdio) { opts = opts || {}; opts.stdio = stdio; }
 *     return cp.spawn(cmd, args, opts);
 *   }
 * gives `if (arg 2) stdio = arg 2 else options = arg 3`; `spawn('npm', ['i'], null, { cwd })` then
 * has the default pipes, and `spawn('java', [], quiet ? 'pipe' : 'inherit')` pipes when `quiet`.
 * Only what the source shows for sure is modelled; anything else gives null (no claim).
 */
const STDIO = new Set(['stdio']);
const DEFAULT = { kind: 'fixed', stdout: 'pipe', stderr: 'pipe' };
function isNullish(model, e) {
    const v = skipOuter(e);
    if (v.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(v) || v.kind === ts.SyntaxKind.UndefinedKeyword)
        return true;
    return ts.isIdentifier(v) && v.text === 'undefined' && !model.lookup(v);
}
/**
 * The position of the wrapper parameter `expr` names (a plain, named parameter), or null. An
 * options parameter (`options`) may default to `{}`: left out, it sets no stdio either.
 */
function paramIndex(model, fn, expr, options = false) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return null;
    const b = model.lookup(id);
    if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken)
        return null;
    // `stdio = 'inherit'`: a call that leaves it out gets that, not the default pipes; not modelled.
    const init = b.decl.initializer;
    const empty = !!init && options && ts.isObjectLiteralExpression(skipOuter(init)) && skipOuter(init).properties.length === 0;
    if (init && !isNullish(model, init) && !empty)
        return null;
    const index = fn.parameters.indexOf(b.decl);
    return index < 0 ? null : { index, binding: b };
}
/** A `stdio` value: 'pipe', ['ignore', 'pipe'], a parameter, `stdio || 'inherit'`, `verbose ? 'inherit' : 'pipe'`. */
function stdioValue(model, fn, expr, depth = 0) {
    if (depth > 6)
        return null;
    if (isNullish(model, expr))
        return DEFAULT;
    const param = paramIndex(model, fn, expr);
    if (param)
        return model.isReassigned(param.binding) ? null : { kind: 'stdio', param: param.index };
    const v = model.initializerOf(expr);
    const s = stringValue(v);
    if (s !== null) {
        const state = s === 'pipe' || s === 'overlapped' ? 'pipe' : 'no';
        return { kind: 'fixed', stdout: state, stderr: state };
    }
    if (ts.isArrayLiteralExpression(v))
        return { kind: 'fixed', stdout: fdOfArray(model, v, 1), stderr: fdOfArray(model, v, 2) };
    // stdio || 'inherit', stdio ?? 'pipe'
    if (ts.isBinaryExpression(v) && (v.operatorToken.kind === ts.SyntaxKind.BarBarToken || v.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
        const left = paramIndex(model, fn, v.left);
        const right = stdioValue(model, fn, v.right, depth + 1);
        if (!left || !right || model.isReassigned(left.binding))
            return null;
        return { kind: 'if', param: left.index, negate: false, then: { kind: 'stdio', param: left.index }, else: right };
    }
    // verbose ? 'inherit' : 'pipe'
    if (ts.isConditionalExpression(v)) {
        const guard = guardOf(model, fn, v.condition);
        const a = stdioValue(model, fn, v.whenTrue, depth + 1);
        const b = stdioValue(model, fn, v.whenFalse, depth + 1);
        return guard && a && b ? { kind: 'if', param: guard.param, negate: guard.negate, then: a, else: b } : null;
    }
    return null;
}
/** `if (stdio)` / `if (!quiet)` on a wrapper parameter. */
function guardOf(model, fn, cond) {
    let c = skipOuter(cond);
    let negate = false;
    while (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
        negate = !negate;
        c = skipOuter(c.operand);
    }
    const p = paramIndex(model, fn, c);
    return p && !model.isReassigned(p.binding) ? { param: p.index, negate } : null;
}
/** `{ cwd, stdio }`, `{ ...opts, env }`: the last word on stdio, in order. */
function objectSource(model, fn, obj) {
    let cur = DEFAULT;
    for (const p of obj.properties) {
        if (ts.isSpreadAssignment(p)) {
            // `{ stdio: 'inherit', ...opts }`: the caller's options win only where they set stdio; not modelled.
            const param = paramIndex(model, fn, p.expression, true);
            if (!param || cur !== DEFAULT || model.isReassigned(param.binding))
                return null;
            cur = { kind: 'options', param: param.index };
            continue;
        }
        const s = stdioProperty(model, fn, p);
        if (!s)
            return null;
        if (s !== 'other')
            cur = s;
    }
    return cur;
}
/** What one property of an options literal says of stdio: 'other' for another key, null for a computed key or a value not followed. */
function stdioProperty(model, fn, p) {
    const key = propertyKey(p.name);
    if (key === null)
        return null;
    if (key !== 'stdio')
        return 'other';
    const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : null;
    return (value && stdioValue(model, fn, value)) || null;
}
/** An object literal, without spreads, that does not set stdio. */
function setsNoStdio(arg) {
    const obj = skipOuter(arg);
    return ts.isObjectLiteralExpression(obj) && obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && propertyKey(p.name) !== 'stdio');
}
/**
 * `opts = { ...opts, stdio }` or `opts = Object.assign({}, opts, { stdio })`: the same options
 * with the stdio set (or 'same' when none is). null for anything else.
 */
function restated(model, fn, b, assign) {
    if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
        return null;
    const self = (x) => ts.isIdentifier(skipOuter(x)) && model.lookup(skipOuter(x)) === b;
    const r = skipOuter(assign.right);
    let layers;
    if (ts.isObjectLiteralExpression(r)) {
        const [first, ...rest] = r.properties;
        if (!first || !ts.isSpreadAssignment(first) || !self(first.expression))
            return null;
        // The literal itself, past its first spread.
        layers = rest.length ? [r] : [];
    }
    else if (ts.isCallExpression(r) && skipOuter(r.expression).getText().replace(/\s+/g, '') === 'Object.assign') {
        const [target, source, ...rest] = r.arguments;
        if (!target || !source || !ts.isObjectLiteralExpression(skipOuter(target)) || skipOuter(target).properties.length || !self(source))
            return null;
        layers = rest;
    }
    else
        return null;
    let value = 'same';
    for (const layer of layers) {
        const obj = skipOuter(layer);
        if (!ts.isObjectLiteralExpression(obj))
            return null;
        for (const p of obj.properties) {
            if (ts.isSpreadAssignment(p)) {
                if (p === obj.properties[0] && obj === r)
                    continue;
                return null;
            }
            const s = stdioProperty(model, fn, p);
            if (!s)
                return null;
            if (s !== 'other')
                value = s;
        }
    }
    return value;
}
/** `opts = opts || {}`, `opts ||= {}`, `opts ??= {}`: an empty object when the caller passed none. */
function defaultsToEmpty(b, assign) {
    const op = assign.operatorToken.kind;
    const empty = (e) => ts.isObjectLiteralExpression(skipOuter(e)) && skipOuter(e).properties.length === 0;
    if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken)
        return empty(assign.right);
    if (op !== ts.SyntaxKind.EqualsToken)
        return false;
    const r = skipOuter(assign.right);
    if (!ts.isBinaryExpression(r) || (r.operatorToken.kind !== ts.SyntaxKind.BarBarToken && r.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken))
        return false;
    const left = skipOuter(r.left);
    return ts.isIdentifier(left) && left.text === b.name && empty(r.right);
}
/**
 * `const spawnOpt = options ? options : {}` (also `options || {}`, `options ?? {}`): the caller's
 * options when it passes some, else none (vscode-ruby's RuboCop formatter). The parameter's index, or null.
 */
function callerOrEmpty(model, fn, init) {
    const v = skipOuter(init);
    const empty = (e) => ts.isObjectLiteralExpression(skipOuter(e)) && skipOuter(e).properties.length === 0;
    let given = null;
    if (ts.isBinaryExpression(v) && (v.operatorToken.kind === ts.SyntaxKind.BarBarToken || v.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) && empty(v.right))
        given = v.left;
    else if (ts.isConditionalExpression(v) && empty(v.whenFalse) && skipOuter(v.condition).getText() === skipOuter(v.whenTrue).getText())
        given = v.whenTrue;
    const param = given ? paramIndex(model, fn, given, true) : null;
    return param && !model.isReassigned(param.binding) ? param.index : null;
}
/**
 * A named options object of the wrapper (its parameter, or a local object) with what later
 * statements of the wrapper's body do to its stdio before the call: `opts.stdio = x` at the top
 * of the body replaces it, under `if (param) { ... }` it does so on that branch. Handed to other
 * code, reassigned otherwise, or written anywhere else: null.
 */
function namedSource(model, fn, id, call) {
    const b = model.lookup(id);
    if (!b)
        return null;
    let cur;
    const param = paramIndex(model, fn, id, true);
    const local = (b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && b.path && !b.path.length ? b.init : null;
    const given = local ? callerOrEmpty(model, fn, local) : null;
    if (param)
        cur = { kind: 'options', param: param.index };
    else if (given !== null)
        cur = { kind: 'options', param: given };
    else if (local && ts.isObjectLiteralExpression(skipOuter(local))) {
        cur = objectSource(model, fn, skipOuter(local));
    }
    else
        return null;
    // An arrow's expression body has no statements: any write of stdio is then somewhere else.
    const body = fn.body;
    // Where a statement that sets stdio sits: the body itself (it replaces it), or the block of an
    // `if (param)` in the body (on that branch). Anywhere else: null.
    const place = (statement, value, before) => {
        let stmt = statement;
        if (ts.isBlock(stmt.parent) && stmt.parent !== body)
            stmt = stmt.parent;
        const holder = stmt.parent;
        if (holder === body)
            return value;
        if (!ts.isIfStatement(holder) || holder.thenStatement !== stmt || holder.elseStatement || holder.parent !== body)
            return null;
        const guard = guardOf(model, fn, holder.expression);
        return guard && { kind: 'if', param: guard.param, negate: guard.negate, then: value, else: before };
    };
    const refs = [...model.references(b)].sort((x, y) => x.pos - y.pos);
    for (const ref of refs) {
        if (!cur)
            return null;
        let e = ref;
        while (isWrapper(e.parent))
            e = e.parent;
        const p = e.parent;
        if (p === call)
            continue;
        if (isWriteTarget(ref)) {
            if (!ts.isBinaryExpression(p) || p.left !== e)
                return null;
            if (defaultsToEmpty(b, p))
                continue;
            // opts = { ...opts, stdio }, opts = Object.assign({}, opts, { stdio: 'pipe' })
            const value = ref.pos < call.pos && ts.isExpressionStatement(p.parent) ? restated(model, fn, b, p) : null;
            if (!value)
                return null;
            cur = value === 'same' ? cur : place(p.parent, value, cur);
            continue;
        }
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
            const key = memberName(p);
            const write = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
            if (!write || (key !== null && key !== 'stdio'))
                continue;
            if (key === null || ts.isDeleteExpression(p.parent) || ref.pos > call.pos)
                return null;
            const assign = p.parent;
            if (!ts.isBinaryExpression(assign) || assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(assign.parent))
                return null;
            const value = stdioValue(model, fn, assign.right);
            if (!value)
                return null;
            cur = place(assign.parent, value, cur);
            continue;
        }
        if (ts.isCallExpression(p) && p.arguments.includes(e)) {
            // The other spawn of a sync/async pair; Object.assign({}, opts) or Object.assign(opts, { env }): other keys only.
            const callee = skipOuter(p.expression);
            if (model.qualifiedName(callee)?.startsWith('child_process.'))
                continue;
            if (callee.getText().replace(/\s+/g, '') === 'Object.assign' && (p.arguments[0] !== e || p.arguments.slice(1).every((a) => setsNoStdio(a))))
                continue;
            return null;
        }
        // `const other = opts`: a second name that may change it.
        if ((ts.isVariableDeclaration(p) && p.initializer === e) || (ts.isBinaryExpression(p) && p.right === e))
            return null;
    }
    return cur;
}
/**
 * The stdio of `call` (a spawn inside the wrapper `fn`) in terms of `fn`'s parameters, when a
 * parameter decides it; null when the source does not show it, or nothing of the caller's matters.
 */
export function stdioSourceOf(model, fn, call) {
    const args = call.arguments;
    if (args.some((a) => ts.isSpreadElement(a)))
        return null;
    let options;
    if (args.length >= 3)
        options = args[2];
    else if (args.length === 2 && ts.isObjectLiteralExpression(model.initializerOf(args[1])))
        options = args[1];
    else if (args.length === 2 && !ts.isArrayLiteralExpression(model.initializerOf(args[1])))
        return null;
    if (!options || isNullish(model, options))
        return null;
    const o = skipOuter(options);
    let source = null;
    if (ts.isObjectLiteralExpression(o))
        source = objectSource(model, fn, o);
    else if (ts.isIdentifier(o))
        source = namedSource(model, fn, o, call);
    return source && source.kind !== 'fixed' ? source : null;
}
/** The values an argument can take, split on `c ? a : b` (with the condition that picks each). */
function leaves(model, expr, depth = 0) {
    if (!expr || depth > 3)
        return [{ expr, when: [] }];
    const v = model.initializerOf(expr);
    const passed = ts.isIdentifier(v) ? passedBy(model, v) : null;
    if (passed)
        return passed.flatMap((a) => leaves(model, a, depth + 1));
    if (!ts.isConditionalExpression(v))
        return [{ expr: v, when: [] }];
    const cond = v.condition.getText().replace(/\s+/g, ' ');
    return [
        ...leaves(model, v.whenTrue, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is true`, ...l.when] })),
        ...leaves(model, v.whenFalse, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is false`, ...l.when] })),
    ];
}
/**
 * `function startServer(stdio) { spawn('npm', args, stdio) }`, called only in this module: the
 * arguments its callers pass for the parameter `id` names (a missing one as undefined); null when
 * it is not such a parameter, or a call cannot be seen.
 */
function passedBy(model, id) {
    const b = model.lookup(id);
    if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.initializer || b.decl.dotDotDotToken || model.isReassigned(b))
        return null;
    const fn = b.decl.parent;
    if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn))
        return null;
    const sites = callSitesOf(model, fn);
    const index = fn.parameters.indexOf(b.decl);
    if (!sites || sites.length > 4 || sites.some((c) => c.arguments.some((a, i) => i <= index && ts.isSpreadElement(a))))
        return null;
    return sites.map((c) => c.arguments[index]);
}
/** Truthiness of a caller's argument, when the source fixes it. */
function truthy(model, e) {
    if (!e || isNullish(model, e))
        return false;
    const v = skipOuter(e);
    const s = stringValue(v);
    if (s !== null)
        return s !== '';
    if (v.kind === ts.SyntaxKind.TrueKeyword)
        return true;
    if (v.kind === ts.SyntaxKind.FalseKeyword)
        return false;
    if (ts.isNumericLiteral(v))
        return Number(v.text) !== 0;
    if (ts.isObjectLiteralExpression(v) || ts.isArrayLiteralExpression(v) || ts.isFunctionLike(v))
        return true;
    return null;
}
const UNKNOWN = { stdout: 'unknown', stderr: 'unknown' };
function evaluate(model, src, world) {
    switch (src.kind) {
        case 'fixed':
            return { stdout: src.stdout, stderr: src.stderr };
        case 'stdio': {
            const e = world.get(src.param)?.expr;
            if (!e || isNullish(model, e))
                return { stdout: 'pipe', stderr: 'pipe' };
            const s = stringValue(e);
            if (s !== null) {
                const state = s === 'pipe' || s === 'overlapped' ? 'pipe' : 'no';
                return { stdout: state, stderr: state };
            }
            return ts.isArrayLiteralExpression(e) ? { stdout: fdOfArray(model, e, 1), stderr: fdOfArray(model, e, 2) } : UNKNOWN;
        }
        case 'options': {
            const e = world.get(src.param)?.expr;
            if (!e || isNullish(model, e))
                return { stdout: 'pipe', stderr: 'pipe' };
            if (!ts.isObjectLiteralExpression(e))
                return UNKNOWN;
            const options = { arg: e, object: e, inline: true };
            return { stdout: streamConfig(model, options, false, 1).state, stderr: streamConfig(model, options, false, 2).state };
        }
        case 'if': {
            const t = truthy(model, world.get(src.param)?.expr);
            if (t !== null)
                return evaluate(model, t !== src.negate ? src.then : src.else, world);
            const a = evaluate(model, src.then, world);
            const b = evaluate(model, src.else, world);
            return { stdout: a.stdout === b.stdout ? a.stdout : 'unknown', stderr: a.stderr === b.stderr ? a.stderr : 'unknown' };
        }
    }
}
function paramsOf(src, into = new Set()) {
    if (src.kind === 'fixed')
        return into;
    into.add(src.param);
    if (src.kind === 'if') {
        paramsOf(src.then, into);
        paramsOf(src.else, into);
    }
    return into;
}
/**
 * What a call of the wrapper does with its stdio: one outcome per combination of the values its
 * arguments can take (`quiet ? 'pipe' : 'inherit'` gives two). An argument whose name was changed
 * after its declaration counts as unknown.
 */
export function stdioAtCall(model, src, call) {
    if (call.arguments.some((a) => ts.isSpreadElement(a)))
        return [{ ...UNKNOWN, when: null }];
    let worlds = [new Map()];
    for (const i of paramsOf(src)) {
        const arg = call.arguments[i];
        const ls = leaves(model, arg);
        // A name bound once to strings (`const stdio = quiet ? 'pipe' : 'inherit'`) cannot be changed
        // by the calls it is handed to; an object (the caller's options) can.
        const primitive = ls.every((l) => !l.expr || isNullish(model, l.expr) || stringValue(l.expr) !== null);
        if (arg && !primitive && changedAfterDeclaration(model, arg, STDIO, call))
            return [{ ...UNKNOWN, when: null }];
        worlds = worlds.flatMap((w) => ls.map((l) => new Map(w).set(i, l)));
        if (worlds.length > 16)
            return [{ ...UNKNOWN, when: null }];
    }
    return worlds.map((w) => {
        const when = [...w.values()].flatMap((l) => l.when);
        return { ...evaluate(model, src, w), when: when.length ? when.join(' and ') : null };
    });
}
