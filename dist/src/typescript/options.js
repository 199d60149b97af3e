import { mergeCall } from './buffer-limit.js';
import { ts } from './load.js';
import { moduleValueShape } from './module-values.js';
import { isWrapper, memberName, skipOuter, stringValue } from './resolve.js';
import { fnOf } from './flow.js';
import { isFunctionLike, isWriteTarget, propertyKey } from './scope.js';
const ARRAY_METHODS = new Set(['split', 'map', 'filter', 'concat', 'slice', 'flat', 'flatMap', 'from', 'of']);
function typeShape(type) {
    if (!type)
        return 'unknown';
    if (ts.isFunctionTypeNode(type))
        return 'function';
    if (ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type))
        return 'array';
    if (ts.isTypeOperatorNode(type))
        return typeShape(type.type);
    if (ts.isTypeLiteralNode(type))
        return 'object';
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && /^(Readonly)?Array$/.test(type.typeName.text))
        return 'array';
    return 'unknown';
}
/** A function of this module (declared by name) whose every `return` hands back a function it writes there. */
function returnsFunction(model, callee) {
    const e = skipOuter(callee);
    if (!ts.isIdentifier(e))
        return false;
    const b = model.lookup(e);
    if (!b || b.kind !== 'function' || !ts.isFunctionDeclaration(b.decl) || !b.decl.body)
        return false;
    const returns = [];
    const visit = (n) => {
        if (ts.isReturnStatement(n))
            returns.push(n);
        else if (!ts.isFunctionLike(n))
            ts.forEachChild(n, visit);
    };
    ts.forEachChild(b.decl.body, visit);
    return returns.length > 0 && returns.every((r) => !!r.expression && (ts.isFunctionExpression(skipOuter(r.expression)) || ts.isArrowFunction(skipOuter(r.expression))));
}
/**
 * Names that say what an argument is where the source does not show its shape (an untyped
 * parameter, a property of one, a call's result): ts is loaded as a parser only, with no type
 * checker, and code names such values by convention. Each is read only once the shape is unknown,
 * to tell which slot of one child_process signature an argument fills, and nowhere else.
 */
// function run(cmd, done) { exec(cmd, done) }: the callback.
const CALLBACK_NAME = /^(cb|callback|done|next)$|.(Callback|Cb)$/;
// spawn(cmd, args): the argument array.
const ARGUMENTS_NAME = /(^|[a-z_])(args|argv)$|^(args|argv|arguments|params|flags)$/i;
// execFile(file, options, cb): the options object, not the argument list.
const OPTIONS_NAME = /^(options|opts)$/i;
/** What kind of value an argument is. */
export function shapeOf(model, expr, depth = 0) {
    const e = model.initializerOf(expr);
    if (ts.isIdentifier(e)) {
        const b = model.lookup(e);
        if (!b)
            return e.text === 'undefined' ? 'nullish' : 'unknown';
        if (b.kind === 'function')
            return 'function';
        if (b.kind === 'param' && ts.isParameter(b.decl) && b.decl.name === b.id) {
            const byType = typeShape(b.decl.type);
            // function run(cmd, done) { exec(cmd, done) }: an untyped parameter named as callbacks are.
            if (byType === 'unknown' && !b.decl.initializer && CALLBACK_NAME.test(e.text))
                return 'function';
            if (byType !== 'unknown' || !b.decl.initializer || depth > 4)
                return byType;
            return shapeOf(model, b.decl.initializer, depth + 1);
        }
        return 'unknown';
    }
    switch (e.kind) {
        case ts.SyntaxKind.FunctionExpression:
        case ts.SyntaxKind.ArrowFunction:
            return 'function';
        case ts.SyntaxKind.ObjectLiteralExpression:
            return 'object';
        case ts.SyntaxKind.ArrayLiteralExpression:
            return 'array';
        case ts.SyntaxKind.NullKeyword:
        case ts.SyntaxKind.VoidExpression:
            return 'nullish';
        case ts.SyntaxKind.StringLiteral:
        case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        case ts.SyntaxKind.TemplateExpression:
            return 'string';
        case ts.SyntaxKind.CallExpression: {
            const callee = e.expression;
            const method = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) ? callee.name.text : null;
            if (method === 'bind')
                return 'function';
            // extend({ maxBuffer: n }, opts), Object.assign({}, defaults, opts): an object.
            if (mergeCall(model, e))
                return 'object';
            // exec(cmd, parse_scan(callback)), where parse_scan returns `function (error, stdout) {...}`.
            if (returnsFunction(model, callee))
                return 'function';
            return method && ARRAY_METHODS.has(method) ? 'array' : 'unknown';
        }
        case ts.SyntaxKind.PropertyAccessExpression: {
            // this.puts: a method of the enclosing class.
            const p = e;
            // config.copy.args, config = require('./platform/linux'): what each module writes there.
            if (p.expression.kind !== ts.SyntaxKind.ThisKeyword)
                return moduleValueShape(model, p) ?? 'unknown';
            let cls = p.parent;
            while (cls && !ts.isClassLike(cls))
                cls = cls.parent;
            return cls && ts.isClassLike(cls) && cls.members.some((m) => ts.isMethodDeclaration(m) && propertyKey(m.name) === p.name.text) ? 'function' : 'unknown';
        }
        case ts.SyntaxKind.ConditionalExpression: {
            const c = e;
            if (depth > 4)
                return 'unknown';
            const a = shapeOf(model, c.whenTrue, depth + 1);
            return a === shapeOf(model, c.whenFalse, depth + 1) ? a : 'unknown';
        }
        default:
            return 'unknown';
    }
}
function hasSpread(call) {
    return call.arguments.some((a) => ts.isSpreadElement(a));
}
/**
 * exec(cmd[, options][, callback]) and execFile(file[, args][, options][, callback]): is there a
 * callback? "unknown" when the last argument could be one (a parameter of unknown type).
 */
export function callbackOf(model, call) {
    if (hasSpread(call))
        return 'unknown';
    const rest = call.arguments.slice(1);
    if (rest.length === 0)
        return 'no';
    const shapes = rest.map((a) => shapeOf(model, a));
    if (shapes.includes('function'))
        return 'yes';
    return shapes[shapes.length - 1] === 'unknown' ? 'unknown' : 'no';
}
/**
 * Ex) execFile('nmap', options, cb) / execFile(file, opts) / execFile('nmap', args, opts, cb)
 * Whether the second argument of execFile(file[, args][, options][, callback]) is its options
 * object: Node takes an object there as the options and an array as the argument list
 * (normalizeExecFileArgs, lib/child_process.js). By the argument's shape where the source shows
 * it; a third argument that is no callback (the options) makes it the list; else by its name.
 */
export function execFileOptionsSecond(model, call) {
    const [, second, third] = call.arguments;
    if (!second || ts.isSpreadElement(second))
        return false;
    const shape = shapeOf(model, second);
    if (shape !== 'unknown')
        return shape === 'object';
    if (third && shapeOf(model, third) !== 'function')
        return false;
    const v = skipOuter(second);
    return OPTIONS_NAME.test(ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : '');
}
/**
 * The options of spawn/fork/execFile(file[, args][, options]) (`argsSlot`) or exec(cmd[, options]):
 * the object-shaped argument after the command. null when it cannot be told, e.g. an unknown name
 * where either args or options may stand.
 */
export function optionsOf(model, call, argsSlot) {
    if (hasSpread(call))
        return null;
    const args = call.arguments;
    const found = (arg) => {
        const object = model.initializerOf(arg);
        if (ts.isObjectLiteralExpression(object) && !changedAfterDeclaration(model, arg, STDIO_KEYS))
            return { arg, object, inline: skipOuter(arg) === object };
        const stdio = stdioWrittenBefore(model, arg, call);
        return { arg, object: null, inline: false, opaque: true, ...(stdio ? { stdio } : {}) };
    };
    let i = 1;
    if (argsSlot && args.length > 1) {
        let shape = shapeOf(model, args[1]);
        // spawn(cmd, args): a name that says it holds arguments is the argument array.
        if (shape === 'unknown' && ts.isIdentifier(skipOuter(args[1])) && ARGUMENTS_NAME.test(skipOuter(args[1]).text))
            shape = 'array';
        if (shape === 'object')
            return found(args[1]);
        // With three arguments the second is the args array, whatever we can tell of it.
        if (shape !== 'array' && shape !== 'nullish' && args.length < 3)
            return null;
        i = 2;
    }
    const arg = args[i];
    if (!arg)
        return { arg: null, object: null, inline: false };
    switch (shapeOf(model, arg)) {
        case 'object':
            return found(arg);
        case 'nullish':
            return { arg, object: null, inline: false };
        case 'function':
            return { arg: null, object: null, inline: false };
        default:
            // `options.stdio = ...` before the call: an object, whatever its declaration says.
            return stdioWrittenBefore(model, arg, call) ? found(arg) : null;
    }
}
/** `o.stdio || x`, `o.stdio ?? x`: the default `x` that keeps whatever `o.stdio` already was. */
function keptOr(target, value) {
    const v = skipOuter(value);
    if (!ts.isBinaryExpression(v) || (v.operatorToken.kind !== ts.SyntaxKind.BarBarToken && v.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken))
        return null;
    return skipOuter(v.left).getText().replace(/\s+/g, '') === target.getText().replace(/\s+/g, '') ? v.right : null;
}
/**
 * Ex) options.stdio = options.stdio || [undefined, undefined, undefined, 'ipc']; fork(m, args, options)
 * The stdio the options named by `arg` get from the one write of it, a statement that runs on
 * every path to `call` (in a block that holds the call, before it, in the same function): the
 * value written, or the default it gives when it keeps a stdio already set (`o.stdio = o.stdio || x`,
 * `o.stdio ??= x`: `x`, the stdio of every caller that sets none; fork-with-emitter's
 * `createFork(path)`). null when there is no such write, or anything else may change stdio.
 */
export function stdioWrittenBefore(model, arg, call) {
    const id = skipOuter(arg);
    const b = ts.isIdentifier(id) ? model.lookup(id) : null;
    if (!b)
        return null;
    let write = null;
    for (const ref of model.references(b)) {
        const p = ref.parent;
        if (!ts.isPropertyAccessExpression(p) || p.expression !== ref || !STDIO_KEYS.has(p.name.text) || !isWriteTarget(p))
            continue;
        if (write || p.name.text !== 'stdio' || !ts.isBinaryExpression(p.parent) || p.parent.left !== p)
            return null;
        write = p.parent;
    }
    const stmt = write?.parent;
    if (!write || !stmt || !ts.isExpressionStatement(stmt) || stmt.end > call.getStart() || fnOf(stmt) !== fnOf(call))
        return null;
    let holder = call.parent;
    while (holder && holder !== stmt.parent && !isFunctionLike(holder))
        holder = holder.parent;
    if (holder !== stmt.parent || changedAfterDeclaration(model, arg, STDIO_KEYS, call, write.left))
        return null;
    const op = write.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken)
        return write.right;
    if (op !== ts.SyntaxKind.EqualsToken)
        return null;
    return keptOr(write.left, write.right) ?? write.right;
}
const STDIO_KEYS = new Set(['stdio', 'silent']);
const MUTATORS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'fill', 'reverse', 'sort', 'copyWithin']);
/** `ref.push(x)`, `ref.sort()`, `ref[0] = x`: a reference through which the list it names is changed in place. */
export function changesListInPlace(ref) {
    const p = ref.parent;
    return (ts.isPropertyAccessExpression(p) && p.expression === ref && MUTATORS.has(p.name.text)) || (ts.isElementAccessExpression(p) && p.expression === ref && isWriteTarget(p));
}
/**
 * `opts.stdio = 'ignore'`, `Object.assign(opts, { stdio: 'inherit' })`, `setup(opts)`,
 * `stdio[1] = 'ignore'`: the name's initializer is not what reaches the call when one of `keys`
 * (or an unknown key) may have changed. Changes to other keys (`opts.cwd = dir`) do not matter,
 * nor does handing the object to `except`, the call it is read for.
 */
export function changedAfterDeclaration(model, expr, keys, except, known) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return false;
    const b = model.lookup(id);
    if (!b)
        return false;
    for (const ref of model.references(b)) {
        let e = ref;
        while (isWrapper(e.parent))
            e = e.parent;
        const p = e.parent;
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
            // The write the caller has read (stdioWrittenBefore).
            if (p === known)
                continue;
            const key = memberName(p);
            const written = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
            if (written && (keys === null || key === null || keys.has(key)))
                return true;
            const call = p.parent;
            if (keys === null && key !== null && MUTATORS.has(key) && ts.isCallExpression(call) && call.expression === p)
                return true;
            continue;
        }
        if (ts.isCallExpression(p) && p.arguments.includes(e)) {
            // The call the options are read for (a project wrapper's, at its caller).
            if (p === except)
                continue;
            const callee = skipOuter(p.expression);
            const q = model.qualifiedName(callee);
            if (q?.startsWith('child_process.'))
                continue;
            if (ts.isPropertyAccessExpression(callee) && callee.getText() === 'Object.assign') {
                if (p.arguments[0] !== e)
                    continue;
                if (p.arguments.slice(1).every((a) => literalWithout(model, a, keys)))
                    continue;
            }
            return true;
        }
    }
    return false;
}
/** An object literal, without spreads, that sets none of `keys`. */
function literalWithout(model, arg, keys) {
    const obj = skipOuter(arg);
    if (!ts.isObjectLiteralExpression(obj) || keys === null)
        return false;
    return obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && !keys.has(propertyKey(p.name)));
}
export function fdOfArray(model, array, fd) {
    if (array.elements.some((el) => ts.isSpreadElement(el)))
        return 'unknown';
    const el = array.elements[fd];
    if (!el || ts.isOmittedExpression(el))
        return 'pipe';
    return fdOfElement(model, el);
}
function fdOfElement(model, el) {
    // null/undefined entries for fds 0-2 get the default, a pipe.
    if (shapeOf(model, el) === 'nullish')
        return 'pipe';
    const v = model.initializerOf(el);
    // Ex) [0, verbose ? 'inherit' : 'pipe', 2]: a pipe on one path can fill as on any other, so a
    // branch that pipes makes it a pipe; it is no pipe only when no branch pipes.
    const c = skipOuter(v);
    if (ts.isConditionalExpression(c)) {
        const branches = [fdOfElement(model, c.whenTrue), fdOfElement(model, c.whenFalse)];
        return branches.includes('pipe') ? 'pipe' : branches.includes('unknown') ? 'unknown' : 'no';
    }
    const s = stringValue(v);
    if (s !== null)
        return s === 'pipe' || s === 'overlapped' ? 'pipe' : 'no';
    if (ts.isIdentifier(v))
        return 'unknown';
    // process.stdout, a Stream, an fd number: the child writes there, not to a pipe of ours.
    return 'no';
}
/** What a `stdio` value (`'pipe'`, `['ignore', 'pipe', 'inherit']`) gives fd `fd`. */
function stdioState(model, stdio, fd) {
    const v = model.initializerOf(stdio);
    const s = stringValue(v);
    if (s !== null)
        return s === 'pipe' || s === 'overlapped' ? 'pipe' : 'no';
    if (ts.isArrayLiteralExpression(v) && !changedAfterDeclaration(model, stdio, null))
        return fdOfArray(model, v, fd);
    return 'unknown';
}
/** Does fd 1 of the child get a pipe? spawn's default is a pipe; fork's is the parent's stdout. */
export function stdoutConfig(model, options, fork) {
    return streamConfig(model, options, fork, 1);
}
/** Does fd `fd` (1 or 2) of the child get a pipe? */
export function streamConfig(model, options, fork, fd) {
    const obj = options.object;
    if (options.opaque)
        return { state: options.stdio ? stdioState(model, options.stdio, fd) : 'unknown', stdio: null };
    if (!obj)
        return { state: fork ? 'no' : 'pipe', stdio: null };
    let stdio = null;
    let stdioProp = null;
    let silent = null;
    let openSpread = false;
    for (const prop of obj.properties) {
        if (ts.isSpreadAssignment(prop)) {
            openSpread = true;
            continue;
        }
        const key = propertyKey(prop.name);
        if (key === null) {
            openSpread = true;
            continue;
        }
        if (key !== 'stdio' && key !== 'silent')
            continue;
        let value = null;
        if (ts.isPropertyAssignment(prop))
            value = prop.initializer;
        else if (ts.isShorthandPropertyAssignment(prop))
            value = prop.name;
        if (!value)
            return { state: 'unknown', stdio: null };
        if (key === 'stdio') {
            stdio = value;
            stdioProp = ts.isPropertyAssignment(prop) ? prop : null;
            openSpread = false;
        }
        else
            silent = value;
    }
    // A spread after the last `stdio` (or with none) may set it.
    if (openSpread)
        return { state: 'unknown', stdio: null };
    if (stdio) {
        const state = stdioState(model, stdio, fd);
        return { state, stdio: state === 'unknown' ? null : stdioProp };
    }
    if (!fork)
        return { state: 'pipe', stdio: null };
    if (!silent)
        return { state: 'no', stdio: null };
    const v = skipOuter(silent);
    if (v.kind === ts.SyntaxKind.TrueKeyword)
        return { state: 'pipe', stdio: null };
    return { state: v.kind === ts.SyntaxKind.FalseKeyword ? 'no' : 'unknown', stdio: null };
}
