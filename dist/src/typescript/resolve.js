import { ts } from './load.js';
import { ScopeModel } from './scope.js';
/**
 * Maps expressions to qualified names through imports, `require`, destructuring, property access
 * and `util.promisify`, so that `run(cmd)` after `const { exec: run } = require('node:child_process')`
 * is `child_process.exec`, and `sh(cmd)` after `const sh = promisify(cp.execFile)` is
 * `promisify(child_process.execFile)`. A name bound by the file itself (a parameter, a local
 * `exec`) shadows the module, and globals other than `require` resolve to nothing.
 */
/** Globals that matter for resolution when nothing in the file shadows them. */
const GLOBALS = new Set(['require', 'module']);
/** Syntax that does not change a value: parentheses, casts, `!`. */
/** Ex) function f() {} / const f = () => {} / const f = (function () {}) as X: the name a function is bound to, or null. */
export function functionName(fn) {
    if (ts.isFunctionDeclaration(fn))
        return fn.name ?? null;
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    return ts.isVariableDeclaration(e.parent) && ts.isIdentifier(e.parent.name) ? e.parent.name : null;
}
export function isWrapper(n) {
    switch (n.kind) {
        case ts.SyntaxKind.ParenthesizedExpression:
        case ts.SyntaxKind.AsExpression:
        case ts.SyntaxKind.NonNullExpression:
        case ts.SyntaxKind.TypeAssertionExpression:
        case ts.SyntaxKind.SatisfiesExpression:
            return true;
        default:
            return false;
    }
}
/** `((x as T))!` -> `x`. */
export function skipOuter(e) {
    while (isWrapper(e))
        e = e.expression;
    return e;
}
/**
 * Ex) process.on('SIGINT', stop), router.get('/x', (req, res) => ...): the call that takes `value`
 * (through parentheses and casts) as one of its arguments, its callee (wrappers skipped) and the
 * argument as the call holds it; null when `value` is not an argument of a call.
 */
export function callTaking(value) {
    let e = value;
    while (isWrapper(e.parent))
        e = e.parent;
    const call = e.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(e))
        return null;
    return { call, callee: skipOuter(call.expression), argument: e };
}
/** 'node:child_process' and 'child_process' are the same module. */
export function moduleName(specifier) {
    return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}
/**
 * Packages that are child_process under another name: `cross-spawn` exports spawn itself (its
 * child is a real ChildProcess, its pipes the same), with `.spawn` and `.sync` on it. node-cmd's
 * `run(command, callback)` and `get(command, callback)` are `exec(command, wrapper)`, returning
 * its ChildProcess (3.x: `run(command)` is `exec(command)`), and `runSync(command)` is
 * `execSync(command)` in a try: the child is buffered under exec's maxBuffer and killed past it,
 * and without a callback nobody learns that it failed (audit 22: ffmeg's `cmd.run(ffmpeg ...)`).
 */
const EQUIVALENTS = {
    'cross-spawn': 'child_process.spawn',
    'cross-spawn.default': 'child_process.spawn',
    'cross-spawn.spawn': 'child_process.spawn',
    'cross-spawn.sync': 'child_process.spawnSync',
    'node-cmd.run': 'child_process.exec',
    'node-cmd.get': 'child_process.exec',
    'node-cmd.runSync': 'child_process.execSync',
    'node-cmd.default.run': 'child_process.exec',
    'node-cmd.default.get': 'child_process.exec',
    'node-cmd.default.runSync': 'child_process.execSync',
};
/** The packages EQUIVALENTS names, which the rules' prefilter must let through. */
export const EQUIVALENT_PACKAGES = [...new Set(Object.keys(EQUIVALENTS).map((k) => k.split('.')[0]))];
/**
 * A qualified name with a child_process equivalent named as child_process: `cross-spawn` and
 * `cross-spawn.spawn` (a named import) are child_process.spawn. Members of the value resolve
 * from it (`spawn.sync` after `const spawn = require('cross-spawn')` is child_process.spawn.sync).
 */
function canonical(name) {
    if (name.startsWith(BLUEBIRD))
        return name.slice(BLUEBIRD.length);
    const pkg = EQUIVALENT_PACKAGES.find((p) => name === p || name.startsWith(`${p}.`));
    if (!pkg)
        return name;
    // The longest key that is the name or a prefix of it: `node-cmd.default.run` before `node-cmd`.
    let head = '';
    for (const key of Object.keys(EQUIVALENTS)) {
        if ((name === key || name.startsWith(`${key}.`)) && key.length > head.length)
            head = key;
    }
    return head ? EQUIVALENTS[head] + name.slice(head.length) : name;
}
/**
 * Ex) `Promise.promisifyAll(require('child_process')).execAsync` after `const Promise = require('bluebird')`
 * is `promisify(child_process.exec)`: bluebird's promisifyAll adds to the object an `…Async` twin of
 * each function, which calls it with a callback of its own and settles with what that callback gets
 * (blind audit 44: WhatDidIDo's `git blame` of every file). exec and execFile keep their maxBuffer
 * and kill the child past it; the twin of a function that takes no callback (spawn) never settles.
 * The name is marked BLUEBIRD: an unhandled rejection of bluebird's is a warning on stderr, not a crash.
 */
function promisifiedMember(base, member) {
    const inner = /^promisifyAll\((.*)\)$/.exec(base)[1];
    const name = /^(\w+)Async$/.exec(member)?.[1];
    if (!name || inner !== 'child_process' || !['exec', 'execFile'].includes(name))
        return `${base}.${member}`;
    return `${BLUEBIRD}promisify(${inner}.${name})`;
}
/** The mark of a name resolved through bluebird, kept as its alias (`wrappedName`): its promises are bluebird's. */
export const BLUEBIRD = 'bluebird:';
export function stringValue(e) {
    if (!e)
        return null;
    const n = ts.isParenthesizedExpression(e) ? skipOuter(e) : e;
    return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : null;
}
/** The static name of `a.b` or `a['b']`. */
export function memberName(e) {
    if (ts.isPropertyAccessExpression(e))
        return ts.isIdentifier(e.name) ? e.name.text : null;
    if (ts.isElementAccessExpression(e))
        return stringValue(e.argumentExpression);
    return null;
}
/**
 * `NAME.key` where NAME is bound, with no path into a pattern, to an object literal that writes
 * `key` (`const CONSTANTS = { exec: 'dot' }`, `const opts = { maxBuffer: 1024 }`): the binding
 * and the property's value. Whether later writes change it is the caller's to judge.
 */
export function literalMember(model, e) {
    e = skipOuter(e);
    if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression))
        return null;
    const binding = model.lookup(e.expression);
    if (!binding || !binding.init || binding.path?.length !== 0)
        return null;
    const obj = skipOuter(binding.init);
    if (!ts.isObjectLiteralExpression(obj))
        return null;
    const prop = obj.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === e.name.text);
    return prop && ts.isPropertyAssignment(prop) ? { binding, value: prop.initializer } : null;
}
let project = null;
export function resolveThroughProject(r) {
    project = r;
}
function isImportCall(e) {
    return ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.ImportKeyword;
}
export class JsModel extends ScopeModel {
    names = new Map();
    pending = new Set();
    callList = null;
    aliases = new Map();
    /**
     * `node-cmd.run` for `cmd.run` after `require('node-cmd')`: the package's own name of a callee
     * that resolves to a child_process function it wraps (its arguments and result are its own:
     * a fix that rewrites the call into child_process's would not fit). Null otherwise.
     */
    wrappedName(expr) {
        const e = skipOuter(expr);
        this.qualifiedName(e);
        return this.aliases.get(e) ?? null;
    }
    /** `child_process.exec`, `util.promisify`, `promisify(child_process.exec)`, or null. */
    qualifiedName(expr) {
        const e = skipOuter(expr);
        const cached = this.names.get(e);
        if (cached !== undefined)
            return cached;
        // A cycle (`let a = a.b`) resolves to nothing.
        if (this.pending.has(e))
            return null;
        this.pending.add(e);
        const computed = this.compute(e);
        const name = computed ? canonical(computed) : computed;
        if (computed && name !== computed && !computed.startsWith('cross-spawn'))
            this.aliases.set(e, computed);
        this.pending.delete(e);
        this.names.set(e, name);
        return name;
    }
    compute(e) {
        if (ts.isIdentifier(e)) {
            const b = this.lookup(e);
            if (!b)
                return GLOBALS.has(e.text) ? e.text : null;
            return this.bindingName(b);
        }
        if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
            const member = memberName(e);
            if (member !== null && skipOuter(e.expression).kind === ts.SyntaxKind.ThisKeyword) {
                const own = this.homeProperty(e, member);
                return own ? this.qualifiedName(own) : null;
            }
            const base = member === null ? null : this.qualifiedName(e.expression);
            if (base && member && base.startsWith('promisifyAll('))
                return promisifiedMember(base, member);
            return base && `${base}.${member}`;
        }
        if (ts.isCallExpression(e)) {
            if (isImportCall(e))
                return null;
            // cp.exec.bind(cp) is still cp.exec.
            if (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'bind')
                return this.qualifiedName(e.expression.expression);
            const callee = this.qualifiedName(e.expression);
            const arg = e.arguments[0];
            if (callee === 'require' || callee === 'module.require') {
                const spec = stringValue(arg);
                return spec === null ? null : moduleName(spec);
            }
            if (callee === 'util.promisify' && arg) {
                const inner = this.qualifiedName(arg);
                return inner && `promisify(${inner})`;
            }
            if (callee === 'bluebird.promisifyAll' && arg) {
                const inner = this.qualifiedName(arg);
                return inner && `promisifyAll(${inner})`;
            }
            // getExec(): a function of the project that returns a child_process function.
            return project?.returned(this, e) ?? null;
        }
        // Ex) const run = options.spawnFunction || spawnSync: a function the caller may hand in (a test's
        // fake), else child_process's: every call that hands none runs the real one.
        if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
            return this.qualifiedName(e.left) === null ? this.qualifiedName(e.right) : null;
        }
        if (ts.isAwaitExpression(e)) {
            // const { exec } = await import('node:child_process')
            const operand = skipOuter(e.expression);
            if (isImportCall(operand)) {
                const spec = stringValue(operand.arguments[0]);
                return spec === null ? null : moduleName(spec);
            }
            // const execSync = await defineExecSync()
            return ts.isCallExpression(operand) ? project?.returned(this, operand) ?? null : null;
        }
        return null;
    }
    /**
     * Ex) `var iw = module.exports = { exec: child_process.exec, scan: scan }; function scan() { this.exec(cmd, cb) }`:
     * `this.exec` in a function that is a property of one object literal (by name or inline, and
     * nowhere else) is that object's `exec`, as every call `iw.scan()` sees it (tests may swap it
     * for a fake; the library runs the real one). Null when the function has another use, or the
     * literal has no such property or spreads another object into it.
     */
    homeProperty(access, member) {
        let fn = access.parent;
        while (fn && !ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn) && !ts.isClassLike(fn) && !ts.isSourceFile(fn))
            fn = fn.parent;
        if (!fn || ts.isClassLike(fn) || ts.isSourceFile(fn))
            return null;
        let holder = null;
        if (ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) {
            let e = fn;
            while (isWrapper(e.parent))
                e = e.parent;
            holder = ts.isMethodDeclaration(fn) ? fn.parent : ts.isPropertyAssignment(e.parent) && e.parent.initializer === e ? e.parent.parent : null;
        }
        else if (fn.name) {
            const b = this.lookup(fn.name);
            if (!b || b.id !== fn.name)
                return null;
            const refs = this.references(b).filter((r) => r !== fn.name);
            if (refs.length !== 1)
                return null;
            const p = refs[0].parent;
            if (ts.isPropertyAssignment(p) && p.initializer === refs[0])
                holder = p.parent;
            else if (ts.isShorthandPropertyAssignment(p))
                holder = p.parent;
        }
        if (!holder || !ts.isObjectLiteralExpression(holder))
            return null;
        const props = holder.properties.filter((p) => !ts.isSpreadAssignment(p) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === member);
        if (props.length !== 1 || holder.properties.some(ts.isSpreadAssignment))
            return null;
        const prop = props[0];
        return ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : null;
    }
    /** What a binding holds, when its declaration says so and nothing assigns it again. */
    bindingName(b) {
        if (b.kind === 'import') {
            const module = moduleName(b.module);
            return b.imported === '*' || b.imported === 'default' ? module : `${module}.${b.imported}`;
        }
        // (execSync: typeof cp.execSync), or what every caller hands in.
        if (b.kind === 'param')
            return this.typedParameter(b) ?? project?.passed(this, b) ?? null;
        if (!b.init || !b.path || this.isReassigned(b))
            return null;
        const base = this.qualifiedName(b.init);
        if (!base)
            return null;
        // `import x from 'cjs'` and `require('cjs').default` after interop both mean the module.
        const path = b.path.filter((p, i) => !(i === 0 && p === 'default'));
        // const execAsync = Promise.promisifyAll(cp).execAsync / const run = cmd.run: the name keeps
        // the package's own (a bluebird promise's rejection is a warning, not a crash).
        if (!path.length)
            return this.aliases.get(skipOuter(b.init)) ?? base;
        // const { execAsync } = Promise.promisifyAll(cp): the twin, as `promisifyAll(cp).execAsync` is.
        if (path.length === 1 && base.startsWith('promisifyAll('))
            return promisifiedMember(base, path[0]);
        return `${base}.${path.join('.')}`;
    }
    /**
     * Ex) (actualSpawn: typeof childProcess.spawn) => actualSpawn(cmd, args)  -> child_process.spawn.
     * A parameter declared as the type of a function of this file's imports (and never assigned)
     * is that function, or one that works as it does (`cross-spawn`'s): the caller hands it in.
     */
    typedParameter(b) {
        const p = b.decl;
        if (!ts.isParameter(p) || !ts.isIdentifier(p.name) || !p.type || !ts.isTypeQueryNode(p.type) || this.isReassigned(b))
            return null;
        const entity = (n) => {
            if (ts.isIdentifier(n)) {
                const inner = this.lookup(n);
                return inner && inner.kind !== 'param' ? this.bindingName(inner) : null;
            }
            const left = entity(n.left);
            return left && `${left}.${n.right.text}`;
        };
        return entity(p.type.exprName);
    }
    /** Every call in the file, in source order. */
    calls() {
        if (this.callList)
            return this.callList;
        const list = [];
        const visit = (node) => {
            if (ts.isCallExpression(node))
                list.push(node);
            ts.forEachChild(node, visit);
        };
        visit(this.sourceFile);
        this.callList = list;
        return list;
    }
    /** Calls whose callee resolves to one of `names`, with the name it resolved to. */
    callsTo(names) {
        const out = [];
        // `a.b.exec()` can only be `x.exec`: skip member calls with another name before resolving.
        // `cmd.run()` after `require('node-cmd')` is child_process.exec under another name.
        const aliases = Object.entries(EQUIVALENTS).filter(([, to]) => names.has(to)).map(([from]) => from);
        // `cp.execAsync()` after bluebird's `promisifyAll(cp)` is promisify(child_process.exec).
        const twins = [...names].flatMap((n) => /^promisify\(child_process\.(\w+)\)$/.exec(n)?.[1] ?? []).map((fn) => `${fn}Async`);
        const tails = new Set([...[...names, ...aliases].map((n) => n.slice(n.lastIndexOf('.') + 1)), ...twins]);
        for (const call of this.calls()) {
            const callee = skipOuter(call.expression);
            if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && !tails.has(memberName(callee) ?? ''))
                continue;
            const qualified = this.qualifiedName(callee);
            if (qualified && names.has(qualified))
                out.push({ call, qualified });
        }
        return out;
    }
    /** The initializer a name stands for, when it is bound once (`const opts = {...}`). */
    initializerOf(e) {
        let cur = skipOuter(e);
        for (let depth = 0; depth < 8 && ts.isIdentifier(cur); depth++) {
            const b = this.lookup(cur);
            if (!b || !b.init || !b.path || b.path.length || this.isReassigned(b))
                break;
            cur = skipOuter(b.init);
        }
        return cur;
    }
}
