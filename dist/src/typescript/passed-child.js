import { ts } from './load.js';
import { skipOuter, stringValue } from './resolve.js';
import { isFunctionLike, isWriteTarget } from './scope.js';
import { calledMember, valueUse } from './usage.js';
import { CHAIN, EXIT_EVENTS, INERT, LISTEN } from './child-members.js';
import { importedFunction } from './project-constants.js';
import { runsUnder } from './call-arms.js';
/** The function a call runs, when it is a function of this module or one a module of the project exports. */
function calleeOf(model, call) {
    const callee = skipOuter(call.expression);
    if (!ts.isIdentifier(callee))
        return null;
    const b = model.lookup(callee);
    if (!b)
        return null;
    if (b.kind === 'function' && isFunctionLike(b.decl))
        return { model, fn: b.decl, name: callee.text };
    if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && b.path?.length === 0) {
        const init = skipOuter(b.init);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init))
            return { model, fn: init, name: callee.text };
    }
    const imported = importedFunction(model, callee);
    return imported ? { ...imported, name: callee.text } : null;
}
/** What the function `call` runs does with the child passed as `arg`; null when it cannot be told. */
export function passedChild(model, call, arg) {
    const index = call.arguments.indexOf(arg);
    if (index < 0 || call.arguments.slice(0, index + 1).some((a) => ts.isSpreadElement(a)))
        return null;
    const found = calleeOf(model, call);
    const body = found?.fn.body;
    if (!found || !body)
        return null;
    const { model: m, fn } = found;
    const param = fn.parameters[index];
    if (!param || param.dotDotDotToken || !ts.isIdentifier(param.name))
        return null;
    // `arguments` can reach the child without the parameter.
    if (/\barguments\b/.test(body.getText(m.sourceFile)))
        return null;
    const b = m.lookup(param.name);
    if (!b)
        return null;
    const use = { streams: new Set(), listens: false, waits: false, name: `${found.name}()` };
    for (const ref of m.references(b)) {
        if (isWriteTarget(ref))
            return null;
        // Ex) if (tempFile) { ...; return; } with a path passed: code this call cannot run.
        if (!runsUnder(m, ref, fn, call, model))
            continue;
        const u = valueUse(m, ref, true);
        if (u.kind === 'dropped' || u.kind === 'void' || u.kind === 'tested' || u.kind === 'awaited')
            continue;
        if (u.kind !== 'member' || u.name === null)
            return null;
        const name = u.name;
        if (name === 'stdout' || name === 'stderr' || name === 'stdin')
            use.streams.add(name);
        else if (name === 'stdio')
            ['stdout', 'stderr', 'stdin'].forEach((s) => use.streams.add(s));
        else if (LISTEN.has(name) && calledMember(u.access)) {
            use.listens = true;
            const event = stringValue(calledMember(u.access).arguments[0]);
            if (event === null || EXIT_EVENTS.has(event))
                use.waits = true;
        }
        else if (!CHAIN.has(name) && !INERT.has(name))
            return null;
    }
    return use;
}
/**
 * Ex) class Fork { constructor(public readonly process: ChildProcess) {...} }  ...  new Fork(child)
 * A child handed to the constructor of a class of this module (fork-with-emitter): the constructor's
 * parameter that receives it, and the property it is kept in when that parameter is a parameter
 * property (`this.process`); a plain parameter is followed through its uses (`this.proc = proc`).
 * null for a class from elsewhere, a spread, a destructured or rest parameter.
 */
export function constructorParameter(model, made, arg) {
    const args = made.arguments ?? [];
    const index = args.indexOf(arg);
    if (index < 0 || args.slice(0, index + 1).some((a) => ts.isSpreadElement(a)))
        return null;
    const cls = skipOuter(made.expression);
    const b = ts.isIdentifier(cls) ? model.lookup(cls) : null;
    if (!b || b.kind !== 'class' || !ts.isClassDeclaration(b.decl))
        return null;
    const ctor = b.decl.members.find((m) => ts.isConstructorDeclaration(m) && !!m.body);
    const param = ctor?.parameters[index];
    if (!param || param.dotDotDotToken || !ts.isIdentifier(param.name))
        return null;
    const binding = model.lookup(param.name);
    if (!binding)
        return null;
    const kept = ts.getCombinedModifierFlags(param) & (ts.ModifierFlags.ParameterPropertyModifier);
    return { binding, key: kept ? param.name.text : null };
}
