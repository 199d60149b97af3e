import { ts } from './load.js';
import { isWrapper, memberName, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
import { EXIT_EVENTS } from './child-members.js';
/**
 * Follows the value of `expr` up the tree. `throughAwait`: a ChildProcess is not thenable, so
 * `await spawn(...)` is the ChildProcess itself; for promises `await` is a use.
 */
export function valueUse(model, expr, throughAwait) {
    let e = expr;
    for (;;) {
        const p = e.parent;
        if (isWrapper(p)) {
            e = p;
            continue;
        }
        switch (p.kind) {
            case ts.SyntaxKind.ExpressionStatement:
                return { kind: 'dropped' };
            case ts.SyntaxKind.VoidExpression:
                return { kind: 'void' };
            case ts.SyntaxKind.AwaitExpression:
                if (!throughAwait)
                    return { kind: 'awaited' };
                e = p;
                continue;
            case ts.SyntaxKind.PrefixUnaryExpression:
                return p.operator === ts.SyntaxKind.ExclamationToken ? { kind: 'tested' } : { kind: 'escapes' };
            case ts.SyntaxKind.TypeOfExpression:
            case ts.SyntaxKind.IfStatement:
            case ts.SyntaxKind.WhileStatement:
            case ts.SyntaxKind.DoStatement:
                return { kind: 'tested' };
            case ts.SyntaxKind.ConditionalExpression:
                if (p.condition === e)
                    return { kind: 'tested' };
                e = p;
                continue;
            case ts.SyntaxKind.BinaryExpression: {
                const b = p;
                const op = b.operatorToken.kind;
                if (op === ts.SyntaxKind.CommaToken) {
                    if (b.left === e)
                        return { kind: 'dropped' };
                    e = p;
                    continue;
                }
                if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.QuestionQuestionToken) {
                    e = p;
                    continue;
                }
                if (op === ts.SyntaxKind.EqualsToken && b.right === e) {
                    const target = b.left;
                    const binding = ts.isIdentifier(target) ? model.lookup(target) : null;
                    return binding ? { kind: 'bound', binding } : { kind: 'escapes', node: e, parent: p };
                }
                if (op >= ts.SyntaxKind.EqualsEqualsToken && op <= ts.SyntaxKind.ExclamationEqualsEqualsToken)
                    return { kind: 'tested' };
                return { kind: 'escapes', node: e, parent: p };
            }
            case ts.SyntaxKind.VariableDeclaration: {
                const d = p;
                if (d.initializer !== e || !ts.isIdentifier(d.name) || isExported(d))
                    return { kind: 'escapes', node: e, parent: p };
                const binding = model.lookup(d.name);
                return binding && binding.id === d.name ? { kind: 'bound', binding } : { kind: 'escapes' };
            }
            case ts.SyntaxKind.ArrowFunction:
                // `new Promise((resolve) => child.on('exit', resolve))`: the executor's result is ignored.
                return p.body === e && returnIgnored(p) ? { kind: 'dropped' } : { kind: 'escapes', node: e, parent: p };
            case ts.SyntaxKind.PropertyAccessExpression:
            case ts.SyntaxKind.ElementAccessExpression: {
                const access = p;
                if (access.expression !== e)
                    return { kind: 'escapes', node: e, parent: p };
                return { kind: 'member', access, name: memberName(access) };
            }
            default:
                return { kind: 'escapes', node: e, parent: p };
        }
    }
}
/** Callers that ignore what the callback returns. */
const IGNORES_RETURN = new Set(['setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask', 'nextTick', 'forEach', 'on', 'once', 'addListener']);
function returnIgnored(fn) {
    const p = fn.parent;
    if (ts.isNewExpression(p))
        return p.arguments?.[0] === fn && ts.isIdentifier(p.expression) && p.expression.text === 'Promise';
    if (!ts.isCallExpression(p) || !p.arguments.includes(fn))
        return false;
    const callee = p.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    return IGNORES_RETURN.has(name);
}
function isExported(d) {
    const statement = d.parent.parent;
    return ts.isVariableStatement(statement) && !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
/** `x.name(...)`: the call when the member access is its callee. */
export function calledMember(access) {
    let n = access;
    while (isWrapper(n.parent))
        n = n.parent;
    const call = n.parent;
    return ts.isCallExpression(call) && call.expression === n ? call : null;
}
const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** EventEmitter / stream methods that return `this`. */
const CHAIN = new Set(['off', 'removeListener', 'removeAllListeners', 'setMaxListeners', 'unref', 'ref']);
const STREAM_CHAIN = new Set([...CHAIN, 'setEncoding', 'pause']);
/** ChildProcess members that neither drain nor hand over the pipes. */
const INERT = new Set(['pid', 'kill', 'killed', 'exitCode', 'signalCode', 'connected', 'disconnect', 'send', 'spawnfile', 'spawnargs', 'channel', 'emit', 'listenerCount', 'listeners']);
/** Events on a Readable that make it flow. */
const DRAIN_EVENTS = new Set(['data', 'readable']);
const OUTCOME_MEMBERS = new Set(['exitCode', 'signalCode', 'killed']);
// Ex) child.on('close', (code) => ...) / child.on('exit', done) learn the outcome;
// child.on('close', () => next()) and child.on('error', log) do not.
function learnsOutcome(called) {
    const event = stringValue(called.arguments[0]);
    if (event !== null && !EXIT_EVENTS.has(event))
        return false;
    const handler = called.arguments[1];
    if (!handler)
        return false;
    let h = handler;
    while (isWrapper(h))
        h = h.expression;
    if (ts.isArrowFunction(h) || ts.isFunctionExpression(h))
        return h.parameters.length > 0 || h.body.getText().includes('arguments');
    return true;
}
/** What the program does with the ChildProcess a call returns. */
export function childUses(model, call) {
    const u = { escapes: false, listens: false, stdoutConsumed: false, stdoutTouched: false, otherStreams: false, stderrConsumed: false, outcome: false };
    const seen = new Set();
    const follow = (expr, fromReference) => {
        if (seen.has(expr))
            return;
        seen.add(expr);
        const use = valueUse(model, expr, true);
        switch (use.kind) {
            case 'bound':
                // A second name for the same child (`const c2 = c`) is not followed.
                if (fromReference)
                    u.escapes = true;
                else
                    for (const ref of model.references(use.binding))
                        if (!isWriteTarget(ref))
                            follow(ref, true);
                return;
            case 'member':
                member(use.access, use.name);
                return;
            case 'escapes':
                u.escapes = true;
                return;
            default:
                return;
        }
    };
    const member = (access, name) => {
        const called = calledMember(access);
        if (name === 'stdout') {
            u.stdoutTouched = true;
            if (streamConsumed(model, access))
                u.stdoutConsumed = true;
        }
        else if (name === 'stderr' || name === 'stdin') {
            u.otherStreams = true;
            if (name === 'stderr' && streamConsumed(model, access))
                u.stderrConsumed = true;
        }
        else if (name === 'stdio') {
            u.stdoutTouched = u.stdoutConsumed = u.otherStreams = u.stderrConsumed = true;
        }
        else if (name !== null && called && LISTEN.has(name)) {
            u.listens = true;
            if (learnsOutcome(called))
                u.outcome = true;
            follow(called, false);
        }
        else if (name !== null && called && CHAIN.has(name)) {
            follow(called, false);
        }
        else if (name === null || !INERT.has(name)) {
            u.escapes = true;
        }
        else if (OUTCOME_MEMBERS.has(name)) {
            u.outcome = true;
        }
    };
    follow(call, false);
    return u;
}
/** Is the stream (`child.stdout`) read, piped, iterated or handed to something that may read it? */
export function streamConsumed(model, stream, depth = 0) {
    if (depth > 8)
        return true;
    const use = valueUse(model, stream, false);
    switch (use.kind) {
        case 'dropped':
        case 'void':
        case 'tested':
            return false;
        case 'bound':
            return model.references(use.binding).some((r) => !isWriteTarget(r) && streamConsumed(model, r, depth + 1));
        case 'member': {
            const called = calledMember(use.access);
            if (!called)
                return false;
            const name = use.name;
            if (name !== null && LISTEN.has(name)) {
                const event = stringValue(called.arguments[0]);
                if (event === null || DRAIN_EVENTS.has(event))
                    return true;
                return streamConsumed(model, called, depth + 1);
            }
            if (name !== null && STREAM_CHAIN.has(name))
                return streamConsumed(model, called, depth + 1);
            // pipe, resume, read, destroy, iterator helpers, unknown methods: drained or handled.
            return true;
        }
        default:
            // for await (... of child.stdout), readline.createInterface({ input: child.stdout }),
            // pipeline(child.stdout, ...), returned, stored.
            return true;
    }
}
/** Does the function read one of its parameters (`(code, signal) => log(signal)`)? `(_code) => next()` does not. */
function readsParameter(fn) {
    const names = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
    if (fn.parameters.some((p) => !ts.isIdentifier(p.name)))
        return true;
    const reads = (n) => (ts.isIdentifier(n) && names.has(n.text) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) || !!ts.forEachChild(n, (c) => reads(c) || undefined);
    return names.size > 0 && reads(fn.body);
}
/**
 * The 'exit'/'close' listener on the child a call returns, through the name it is bound to or a
 * chain (`exec(cmd).on('exit', (code, signal) => ...)`), when it reads the code or the signal (a
 * handler given by name may): null when nothing so learns how the child ended.
 */
export function exitListener(model, call) {
    const seen = new Set();
    const find = (expr, fromReference) => {
        if (seen.has(expr))
            return null;
        seen.add(expr);
        const use = valueUse(model, expr, true);
        if (use.kind === 'bound') {
            if (fromReference)
                return null;
            for (const ref of model.references(use.binding)) {
                const found = !isWriteTarget(ref) ? find(ref, true) : null;
                if (found)
                    return found;
            }
            return null;
        }
        if (use.kind !== 'member' || use.name === null)
            return null;
        const called = calledMember(use.access);
        if (!called || !(LISTEN.has(use.name) || CHAIN.has(use.name)))
            return null;
        if (LISTEN.has(use.name) && EXIT_EVENTS.has(stringValue(called.arguments[0]) ?? '')) {
            let h = called.arguments[1];
            while (h && isWrapper(h))
                h = h.expression;
            if (h && (!(ts.isArrowFunction(h) || ts.isFunctionExpression(h)) || readsParameter(h)))
                return called;
        }
        return find(called, false);
    };
    return find(call, false);
}
