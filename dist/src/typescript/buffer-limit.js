import { callSitesOf, fnOf } from './flow.js';
import { ts } from './load.js';
import { isWrapper, memberName, skipOuter } from './resolve.js';
import { isWriteTarget, propertyKey } from './scope.js';
import { settingDefault } from './setting-default.js';
/**
 * Ex) 1024 * 1024, 10 * MB (const MB = 1 << 20), Infinity, Number.MAX_SAFE_INTEGER: a size the
 * source fixes; `(options.maxBuffer || 200) * 1024`: 200 KiB unless a setting raises it; null
 * when it depends on run time alone.
 */
export function staticSize(model, expr, depth = 0) {
    if (depth > 8)
        return null;
    const e = model.initializerOf(expr);
    if (ts.isNumericLiteral(e))
        return { bytes: Number(e.text.replace(/_/g, '')), setting: false };
    if (ts.isIdentifier(e) && e.text === 'Infinity' && !model.lookup(e))
        return { bytes: Infinity, setting: false };
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Number' && !model.lookup(e.expression)) {
        const v = Number[e.name.text];
        return typeof v === 'number' ? { bytes: v, setting: false } : null;
    }
    // config.get('maxBuffer'): the default the project's package.json declares for the setting.
    if (ts.isCallExpression(e)) {
        const declared = settingDefault(model, e);
        return declared && { bytes: declared.value, setting: true, settingName: declared.name };
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
        const fallback = filledIn(model, e, depth);
        if (fallback)
            return fallback;
    }
    if (ts.isConditionalExpression(e)) {
        const sides = [e.whenTrue, e.whenFalse].map((s) => staticSize(model, s, depth + 1));
        return sides.every((s) => s !== null) ? sides.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : null;
    }
    if (!ts.isBinaryExpression(e))
        return null;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        // `setting || 200 * 1024`: the written size holds until someone configures another.
        const fallback = staticSize(model, e.right, depth + 1);
        const first = staticSize(model, e.left, depth + 1);
        if (first)
            return first.bytes || op === ts.SyntaxKind.QuestionQuestionToken ? first : fallback;
        return fallback && { bytes: fallback.bytes, setting: true };
    }
    const a = staticSize(model, e.left, depth + 1);
    const b = staticSize(model, e.right, depth + 1);
    if (a === null || b === null)
        return null;
    const setting = a.setting || b.setting;
    // getConf('maxBufferKB') * 1024: still that setting's default, scaled.
    const named = a.settingName ?? b.settingName;
    const size = (bytes) => (named ? { bytes, setting, settingName: named } : { bytes, setting });
    switch (op) {
        case ts.SyntaxKind.AsteriskToken: return size(a.bytes * b.bytes);
        case ts.SyntaxKind.PlusToken: return size(a.bytes + b.bytes);
        case ts.SyntaxKind.LessThanLessThanToken: return size(a.bytes * 2 ** b.bytes);
        case ts.SyntaxKind.AsteriskAsteriskToken: return size(a.bytes ** b.bytes);
        default: return null;
    }
}
/**
 * Ex) if (!opt.maxBuffer) opt.maxBuffer = 200 * 1024; exec(cmd, { maxBuffer: opt.maxBuffer })
 * A property of the caller's options that the function fills in when the caller left it unset,
 * before the read: that size, unless the caller sets one (as `opt.maxBuffer || 200 * 1024`).
 */
function filledIn(model, read, depth) {
    const text = read.getText().replace(/\s+/g, '');
    const fn = fnOf(read);
    let found = null;
    const visit = (n) => {
        if (found || n.pos >= read.pos)
            return;
        if (ts.isIfStatement(n) && !n.elseStatement) {
            const cond = skipOuter(n.expression);
            const then = ts.isBlock(n.thenStatement) && n.thenStatement.statements.length === 1 ? n.thenStatement.statements[0] : n.thenStatement;
            const set = ts.isExpressionStatement(then) ? skipOuter(then.expression) : null;
            if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken && skipOuter(cond.operand).getText().replace(/\s+/g, '') === text
                && set && ts.isBinaryExpression(set) && set.operatorToken.kind === ts.SyntaxKind.EqualsToken && skipOuter(set.left).getText().replace(/\s+/g, '') === text) {
                const size = staticSize(model, set.right, depth + 1);
                if (size)
                    found = { ...size, setting: true };
                return;
            }
        }
        if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n)))
            return;
        ts.forEachChild(n, visit);
    };
    ts.forEachChild(fn, visit);
    return found;
}
/** The limits `maxBuffer: <value>` may set; null when the value is only known at run time. */
function sizeLimits(model, value, prop, fallback) {
    const v = skipOuter(value);
    if (v.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isIdentifier(v) && v.text === 'undefined' && !model.lookup(v)))
        return [{ bytes: fallback, prop, how: 'default' }];
    const size = staticSize(model, v);
    return size && [{ bytes: size.bytes, prop, how: size.setting ? 'setting' : 'here', ...(size.settingName ? { settingName: size.settingName } : {}) }];
}
class Reader {
    model;
    fallback;
    visiting = new Set();
    constructor(model, fallback) {
        this.model = model;
        this.fallback = fallback;
    }
    /** The limits an options expression may carry; null when it cannot be told. */
    limits(expr, depth = 0) {
        if (depth > 8)
            return null;
        const e = skipOuter(expr);
        if (e.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(e))
            return [this.byDefault()];
        if (ts.isObjectLiteralExpression(e))
            return this.object(e, depth);
        if (ts.isConditionalExpression(e))
            return union([this.limits(e.whenTrue, depth + 1), this.limits(e.whenFalse, depth + 1)]);
        if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) {
            // `opts || {}`: either one.
            return union([this.limits(e.left, depth + 1), this.limits(e.right, depth + 1)]);
        }
        if (ts.isIdentifier(e)) {
            const b = this.model.lookup(e);
            if (!b)
                return e.text === 'undefined' ? [this.byDefault()] : null;
            return this.binding(b, depth);
        }
        // { cwd, ...userOptions.execOptions }: options the caller hands in inside its own.
        if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
            const b = this.model.lookup(skipOuter(e.expression));
            if (b?.kind === 'param' && this.stillCallers(b) && !this.model.references(b).some((r) => isWriteTarget(r.parent)))
                return [{ bytes: this.fallback, prop: null, how: 'caller' }];
        }
        // Object.assign({}, defaults, opts): each source in turn, as spreads.
        if (ts.isCallExpression(e) && mergeCall(this.model, e) && e.arguments.length && !e.arguments.some((a) => ts.isSpreadElement(a))) {
            let cur = this.limits(e.arguments[0], depth + 1);
            for (const src of e.arguments.slice(1))
                cur = cur && this.spread(cur, src, depth);
            return cur;
        }
        // util.createExecOptions('doc', options): a helper of another module that picks the options
        // out of the caller's own: what the caller hands in, Node's default unless it raises it.
        if (ts.isCallExpression(e) && !mergeCall(this.model, e) && !this.localCallee(e) && e.arguments.some((a) => this.callerParam(a)))
            return [{ bytes: this.fallback, prop: null, how: 'caller' }];
        return null;
    }
    /**
     * A parameter that keeps the caller's options: never reassigned, or only merged with defaults
     * (`options = extend(extend({}, defaults), options)`, `opts = opts || {}`).
     */
    stillCallers(b) {
        if (!this.model.isReassigned(b))
            return true;
        return this.model.references(b).filter((r) => isWriteTarget(r)).every((r) => {
            let e = r;
            while (isWrapper(e.parent))
                e = e.parent;
            const p = e.parent;
            if (!ts.isBinaryExpression(p) || p.left !== e || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
                return false;
            const right = skipOuter(p.right);
            const mentions = (n) => (ts.isIdentifier(n) && n.text === b.name) || !!ts.forEachChild(n, (c) => mentions(c) || undefined);
            return (ts.isCallExpression(right) && mergeCall(this.model, right)) || (ts.isBinaryExpression(right) && mentions(right.left)) ? mentions(right) : false;
        });
    }
    /** A parameter never reassigned: the caller's value. */
    callerParam(arg) {
        const a = skipOuter(arg);
        if (!ts.isIdentifier(a))
            return false;
        const b = this.model.lookup(a);
        return b?.kind === 'param' && !this.model.isReassigned(b);
    }
    /** A function of this module (its body could set maxBuffer) or a method of a local object. */
    localCallee(call) {
        const callee = skipOuter(call.expression);
        const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(skipOuter(callee.expression)) ? skipOuter(callee.expression) : null;
        if (!root)
            return true;
        const b = this.model.lookup(root);
        if (!b)
            return true;
        // A binding made by require()/import: the function lives in another module.
        const init = b.init ? skipOuter(b.init) : null;
        const required = !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';
        return !(b.kind === 'import' || required);
    }
    byDefault() {
        return { bytes: this.fallback, prop: null, how: 'default' };
    }
    /** `{ ...a, maxBuffer: n }`: the last word on maxBuffer, in order. */
    object(obj, depth) {
        let cur = [this.byDefault()];
        for (const p of obj.properties) {
            if (!cur)
                return null;
            if (ts.isSpreadAssignment(p)) {
                cur = this.spread(cur, p.expression, depth);
                continue;
            }
            const key = propertyKey(p.name);
            if (key === null)
                return null;
            if (key !== 'maxBuffer')
                continue;
            if (ts.isPropertyAssignment(p))
                cur = sizeLimits(this.model, p.initializer, p, this.fallback);
            else if (ts.isShorthandPropertyAssignment(p))
                cur = sizeLimits(this.model, p.name, null, this.fallback);
            else
                return null;
        }
        return cur;
    }
    /** `...src` over what is set so far: src's own maxBuffer, or the earlier one where it sets none. */
    spread(cur, src, depth) {
        const from = this.limits(src, depth + 1);
        if (!from)
            return null;
        return from.flatMap((l) => (l.how === 'default' ? cur : l.how === 'caller' ? [...cur.map((c) => (c.how === 'default' ? l : c))] : [l]));
    }
    /**
     * A named options object: its initializer (a parameter: what the caller passes), every value
     * assigned to it, and every maxBuffer it gets afterwards. null when it is handed to other code
     * that may change it, or gets a property whose name is computed.
     */
    binding(b, depth) {
        // `opts = opts || {}`: the name's own values are counted where it is first met.
        if (this.visiting.has(b))
            return [];
        this.visiting.add(b);
        try {
            const sources = [];
            // `opts.maxBuffer = n` as a statement of the block that declares the name: it replaces
            // whatever the initializer or the caller set.
            let replaced = false;
            const written = [];
            const home = b.kind === 'param' ? b.decl.parent.body : b.decl.parent?.parent?.parent;
            if (b.kind === 'param') {
                if (!ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken)
                    return null;
                sources.push(this.caller(b.decl, depth));
                if (b.decl.initializer)
                    sources.push(this.limits(b.decl.initializer, depth + 1));
            }
            else if (b.kind === 'var' || b.kind === 'let' || b.kind === 'const') {
                if (b.init) {
                    if (!b.path || b.path.length)
                        return null;
                    sources.push(this.limits(b.init, depth + 1));
                }
                else if (!this.model.isReassigned(b))
                    return null;
            }
            else
                return null;
            for (const ref of this.model.references(b)) {
                let e = ref;
                while (isWrapper(e.parent))
                    e = e.parent;
                const p = e.parent;
                if (isWriteTarget(ref)) {
                    // opts = opts || {}, opts ??= {}: what is assigned.
                    if (!ts.isBinaryExpression(p) || p.left !== e)
                        return null;
                    const op = p.operatorToken.kind;
                    if (![ts.SyntaxKind.EqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken].includes(op))
                        return null;
                    sources.push(this.limits(p.right, depth + 1));
                    continue;
                }
                if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
                    const key = memberName(p);
                    const assign = p.parent;
                    if (ts.isDeleteExpression(assign)) {
                        if (key === null || key === 'maxBuffer')
                            sources.push([this.byDefault()]);
                        continue;
                    }
                    if (!isWriteTarget(p))
                        continue;
                    if (key === null)
                        return null;
                    if (key !== 'maxBuffer')
                        continue;
                    // opts.maxBuffer = 10 * 1024 * 1024
                    const plain = ts.isBinaryExpression(assign) && assign.operatorToken.kind === ts.SyntaxKind.EqualsToken;
                    if (plain && ts.isExpressionStatement(assign.parent) && assign.parent.parent === home)
                        replaced = true;
                    written.push(plain ? sizeLimits(this.model, assign.right, null, this.fallback) : null);
                    continue;
                }
                if (ts.isCallExpression(p) && p.arguments.includes(e)) {
                    const q = this.model.qualifiedName(skipOuter(p.expression));
                    if (q?.startsWith('child_process.') || q?.startsWith('promisify(child_process.'))
                        continue;
                    // Object.assign(opts, { env }), Object.assign(opts, { maxBuffer: n })
                    if (assignCall(p) && p.arguments[0] === e) {
                        for (const src of p.arguments.slice(1)) {
                            const set = ts.isSpreadElement(src) ? null : this.limits(src, depth + 1);
                            if (!set)
                                return null;
                            sources.push(set.filter((l) => l.how !== 'default'));
                        }
                        continue;
                    }
                    if (assignCall(p))
                        continue;
                    return null;
                }
                // `const other = opts`: a second name that may change it.
                if ((ts.isVariableDeclaration(p) && p.initializer === e) || (ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken))
                    return null;
            }
            return union(replaced ? written : [...sources, ...written]);
        }
        finally {
            this.visiting.delete(b);
        }
    }
    /**
     * A parameter's options: Node's default unless the caller raises it. When the function is
     * only called in this file, the options its callers pass.
     */
    caller(param, depth) {
        const fn = param.parent;
        const sites = ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn) ? callSitesOf(this.model, fn) : null;
        if (!sites)
            return [{ bytes: this.fallback, prop: null, how: 'caller' }];
        const index = fn.parameters.indexOf(param);
        return union(sites.map((site) => {
            const arg = site.arguments[index];
            if (!arg)
                return [this.byDefault()];
            return ts.isSpreadElement(arg) ? null : this.limits(arg, depth + 1);
        }));
    }
}
function assignCall(call) {
    return skipOuter(call.expression).getText().replace(/\s+/g, '') === 'Object.assign';
}
/** Modules whose export copies the later objects' properties over the first, as Object.assign does. */
const MERGE_MODULES = new Set(['util-extend', 'xtend', 'object-assign', 'lodash.assign', 'lodash.merge']);
/** Methods of lodash/underscore that do the same. */
const MERGE_METHODS = new Set(['assign', 'extend', 'merge', 'assignIn']);
/** `Object.assign(a, b)`, `extend(a, b)` from util-extend/xtend, `_.extend(a, b)`: later sources win. */
export function mergeCall(model, call) {
    if (assignCall(call))
        return true;
    const q = model.qualifiedName(skipOuter(call.expression));
    if (!q)
        return false;
    if (MERGE_MODULES.has(q))
        return true;
    const dot = q.lastIndexOf('.');
    return dot > 0 && ['lodash', 'underscore'].includes(q.slice(0, dot)) && MERGE_METHODS.has(q.slice(dot + 1));
}
function union(parts) {
    return parts.some((p) => p === null) ? null : parts.flatMap((p) => p);
}
/**
 * The largest maxBuffer the call may get (`options`: the options argument, null when the call
 * has none), or null when it cannot be told (a run-time size, options handed to other code).
 */
export function maxBufferOf(model, options, fallback) {
    const all = options ? new Reader(model, fallback).limits(options) : [{ bytes: fallback, prop: null, how: 'default' }];
    if (!all || !all.length)
        return null;
    return all.reduce((a, b) => (b.bytes > a.bytes || (b.bytes === a.bytes && a.how === 'default') ? b : a));
}
