import path from 'node:path';
import { callersOf, isFn } from './callers-of.js';
import { ts } from './load.js';
import { importedFunction } from './project-constants.js';
import { skipOuter } from './resolve.js';
/**
 * child_process functions that reach a call as values: handed in by every caller, or returned by
 * a function of the project. Blind audit 42, git-statistical:
 *
 *   // git.js
 *   export function getCodeChangeStat(execSync, options) { return execSync(`git log --numstat ...`); }
 *   // utils.js
 *   export async function defineExecSync() { return (await import('child_process')).execSync; }
 *   // core.js
 *   const execSync = await defineExecSync(); getCodeChangeStat(execSync, options);
 *
 * `execSync` in git.js is child_process.execSync on every run: what the callers hand in decides,
 * not the parameter's name. The name only spares the search for callers to parameters named as a
 * child_process function is (`exec`, `execSync`, ...): any other parameter called as a function
 * would cost a search of the project for each.
 */
const FUNCTION_NAMES = new Set(['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork']);
const passed = new WeakMap();
const pending = new Set();
/**
 * Ex) function stat(execSync, opts) { ... } called as stat(cp.execSync, opts) everywhere outside
 * the tests: `child_process.execSync`. Null when a caller hands in anything else (a test's fake
 * counts only in tests, which do not count), a caller cannot be seen, or the parameter is assigned.
 */
function passedFunction(model, b) {
    const p = b.decl;
    if (!ts.isParameter(p) || p.name !== b.id || p.type || p.dotDotDotToken || !FUNCTION_NAMES.has(b.name))
        return null;
    if (passed.has(b))
        return passed.get(b);
    // A parameter handed on to itself (recursion) or through a cycle of callers resolves to nothing.
    if (pending.has(b))
        return null;
    pending.add(b);
    let name = null;
    try {
        name = fromCallers(model, b, p);
    }
    finally {
        pending.delete(b);
    }
    passed.set(b, name);
    return name;
}
function fromCallers(model, b, p) {
    const fn = p.parent;
    if (!isFn(fn) || model.isReassigned(b))
        return null;
    const index = fn.parameters.indexOf(p);
    const sites = callersOf(model, fn, path.resolve(model.sourceFile.fileName));
    if (!sites)
        return null;
    let name = null;
    for (const site of sites) {
        const args = site.call.arguments;
        if (args.slice(0, index + 1).some((a) => ts.isSpreadElement(a)) || !args[index])
            return null;
        const q = site.model.qualifiedName(args[index]);
        if (!q?.startsWith('child_process.') || (name !== null && q !== name))
            return null;
        name = q;
    }
    return name;
}
/**
 * Ex) defineExecSync(), where `async function defineExecSync() { try { return (await
 * import('child_process')).execSync } catch { const { execSync } = require('child_process');
 * return execSync } }` is declared here or imported from another module of the project: the
 * child_process function every `return` of it hands back. Null when one returns anything else.
 */
function returnedFunction(model, call) {
    const found = calledFunction(model, call.expression);
    const body = found?.fn.body;
    if (!found || !body)
        return null;
    const returns = [];
    let bare = false;
    const visit = (n) => {
        if (ts.isReturnStatement(n)) {
            if (n.expression)
                returns.push(n.expression);
            else
                bare = true;
        }
        else if (!ts.isFunctionLike(n))
            ts.forEachChild(n, visit);
    };
    // `() => cp.execSync`: the body is what it returns.
    if (ts.isBlock(body))
        visit(body);
    else
        returns.push(body);
    if (bare || !returns.length)
        return null;
    const names = new Set(returns.map((r) => found.model.qualifiedName(r)));
    const [name] = names;
    return names.size === 1 && name?.startsWith('child_process.') ? name : null;
}
function calledFunction(model, callee) {
    if (!ts.isIdentifier(callee))
        return null;
    const b = model.lookup(callee);
    if (!b)
        return null;
    if (b.kind === 'function' && ts.isFunctionDeclaration(b.decl))
        return { model, fn: b.decl };
    // const getExec = () => cp.execSync, never assigned again.
    const init = b.kind === 'const' && b.path?.length === 0 && b.init ? skipOuter(b.init) : null;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
        return { model, fn: init };
    if (b.kind === 'import' || b.kind === 'const')
        return importedFunction(model, callee);
    return null;
}
/** The resolution lint.ts hands to resolve.ts (resolveThroughProject) before any model resolves a name. */
export const throughProject = { passed: passedFunction, returned: returnedFunction };
