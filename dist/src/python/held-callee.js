import { enclosingFunction, reachedLoads } from './analysis.js';
import { parameterTaking } from './handoff.js';
import { outerExpression, unparenthesize } from './semantic.js';
/**
 * Ex) def run_cracker(cmd, stdin=None, companions=None):
 *         proc = subprocess.Popen(cmd, **({'stdin': stdin} if stdin is not None else {}))
 *         proc.wait()
 *         for gen in companions or []:
 *             gen.wait()
 *     ...
 *     gen = subprocess.Popen([generator], stdout=PIPE)
 *     run_cracker(cracker_cmd, stdin=gen.stdout, companions=[gen])
 *     gen.stdout.close()
 * A producer's stream handed to a function of the project that starts the consumer with it as
 * stdin (held-pipe.ts judges the order): what that function, and the functions it passes the
 * values on to, do with the stream and with the producer's handle. Followed: `stdin=param` in a
 * Popen-like call, a `{'stdin': param}` dict splatted into one (`**kwargs`), the parameter passed
 * on to another function of the project; for the handle, `param.wait()`, a `for` over the
 * parameter (or over `list(param)`, `param or []` kept in a name) that waits for each item.
 */
/** Calls that start a child reading the stream given as `stdin`, with stdin's position (-1: keyword only). */
export const CONSUMERS = new Map([
    ['subprocess.Popen', 3],
    ['psutil.Popen', 3],
    ['subprocess.run', -1],
    ['subprocess.call', -1],
    ['subprocess.check_call', -1],
    ['subprocess.check_output', -1],
]);
const MAX_DEPTH = 3;
// The call whose `stdin` is `value` (by keyword, or at stdin's position), when it starts a consumer.
export function stdinOf(model, value) {
    const e = outerExpression(value);
    const parent = e.parent;
    let call = null;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === e.id) {
        if (parent.childForFieldName('name')?.text !== 'stdin')
            return null;
        call = parent.parent?.parent;
    }
    else if (parent?.type === 'argument_list') {
        call = parent.parent;
        const fn = call?.childForFieldName('function');
        const position = fn ? CONSUMERS.get(model.qualifiedName(fn) ?? '') : undefined;
        const args = parent.namedChildren.filter((c) => c.type !== 'comment');
        if (position === undefined || position < 0 || args[position]?.id !== e.id || args.slice(0, position).some((a) => a.type !== 'identifier' && a.type !== 'list' && a.type !== 'string' && a.type !== 'attribute' && a.type !== 'call'))
            return null;
    }
    if (call?.type !== 'call')
        return null;
    const fn = call.childForFieldName('function');
    return fn && CONSUMERS.has(model.qualifiedName(fn) ?? '') ? call : null;
}
// Ex) kw = {'stdin': stdin} if stdin is not None else {}; Popen(cmd, **kw)  /  Popen(cmd, **{'stdin': stdin})
function splattedStdin(model, value) {
    const e = outerExpression(value);
    const pair = e.parent;
    if (pair?.type !== 'pair' || pair.childForFieldName('value')?.id !== e.id)
        return null;
    const key = pair.childForFieldName('key');
    if (key?.type !== 'string' || !/^['"]stdin['"]$/.test(key.text))
        return null;
    // The dict, through a conditional expression or parentheses, up to where it is used.
    let dict = outerExpression(pair.parent);
    while (dict.parent?.type === 'conditional_expression' || dict.parent?.type === 'boolean_operator')
        dict = outerExpression(dict.parent);
    const holder = dict.parent;
    const consumerOfSplat = (splat) => {
        const call = splat?.type === 'dictionary_splat' && splat.parent?.type === 'argument_list' ? splat.parent.parent : null;
        const fn = call?.childForFieldName('function');
        return call && fn && CONSUMERS.has(model.qualifiedName(fn) ?? '') ? call : null;
    };
    if (holder?.type === 'dictionary_splat')
        return consumerOfSplat(holder);
    if (holder?.type !== 'assignment' || holder.childForFieldName('right')?.id !== dict.id)
        return null;
    const name = holder.childForFieldName('left');
    if (name?.type !== 'identifier')
        return null;
    const binding = bindingOf(model, name);
    for (const load of binding ? reachedLoads(model, binding) : []) {
        const call = consumerOfSplat(outerExpression(load).parent);
        if (call)
            return call;
    }
    return null;
}
function bindingOf(model, name) {
    return model.lookup(name.text, model.scopeOf(name))?.bindings.find((b) => b.node.id === name.id) ?? null;
}
// `x.<method>()` called on `value`, or null.
function methodCall(value, method) {
    const e = outerExpression(value);
    const attr = e.parent;
    if (attr?.type !== 'attribute' || attr.childForFieldName('object')?.id !== e.id || attr.childForFieldName('attribute')?.text !== method)
        return null;
    const call = outerExpression(attr).parent;
    return call?.type === 'call' && call.childForFieldName('function')?.id === outerExpression(attr).id ? call : null;
}
/**
 * Ex) companions = list(companion_procs) if companion_procs else []  /  procs = procs or []
 * The name a collection of handles is copied into, when the value is the parameter itself, a
 * list() or tuple() of it, or either of those in a conditional or an `or`.
 */
function copiedInto(value) {
    let e = outerExpression(value);
    for (;;) {
        const p = e.parent;
        if (!p)
            return null;
        if (p.type === 'argument_list') {
            const call = p.parent;
            const fn = call?.childForFieldName('function');
            if (fn?.type !== 'identifier' || !['list', 'tuple'].includes(fn.text) || p.namedChildren.length !== 1)
                return null;
            e = outerExpression(call);
            continue;
        }
        if ((p.type === 'conditional_expression' && p.namedChildren[0]?.id === e.id) || (p.type === 'boolean_operator' && p.childForFieldName('left')?.id === e.id)) {
            e = outerExpression(p);
            continue;
        }
        if (p.type === 'assignment' && p.childForFieldName('right')?.id === e.id) {
            const left = p.childForFieldName('left');
            return left?.type === 'identifier' ? left : null;
        }
        return null;
    }
}
// The waits for the handles in a collection: `for gen in <value>: gen.wait()`.
function loopWaits(model, value) {
    const e = outerExpression(value);
    const loop = e.parent;
    if (loop?.type !== 'for_statement' || loop.childForFieldName('right')?.id !== e.id)
        return [];
    const variable = loop.childForFieldName('left');
    const binding = variable?.type === 'identifier' ? bindingOf(model, variable) : null;
    return (binding ? reachedLoads(model, binding) : []).map((l) => methodCall(l, 'wait')).filter((c) => c !== null);
}
function functionName(def) {
    return `${def.childForFieldName('name')?.text ?? '<lambda>'}()`;
}
/** What the function `callee` does with the stream and the handle it is given. */
export function followCallee(callee, params, depth = 0) {
    const model = callee.model;
    const consumers = [];
    const waits = [];
    const closes = [];
    const deeper = new Map();
    const passOn = (load, which) => {
        if (depth >= MAX_DEPTH)
            return;
        const handed = parameterTaking(model, load, callee.file);
        if (!handed)
            return;
        const entry = deeper.get(handed.call.id) ?? { call: handed.call, stream: null, handle: null, callee: handed.callee };
        entry[which] = handed.binding;
        deeper.set(handed.call.id, entry);
    };
    const own = functionName(callee.def);
    for (const load of params.stream ? reachedLoads(model, params.stream) : []) {
        const consumer = stdinOf(model, load) ?? splattedStdin(model, load);
        if (consumer)
            consumers.push({ at: consumer, call: consumer });
        else if (methodCall(load, 'close'))
            closes.push(methodCall(load, 'close'));
        else
            passOn(load, 'stream');
    }
    const handleLoads = (binding, seen) => {
        for (const load of reachedLoads(model, binding)) {
            const wait = methodCall(load, 'wait');
            if (wait)
                waits.push({ at: wait, node: wait, fn: own });
            for (const w of loopWaits(model, load))
                waits.push({ at: w, node: w, fn: own });
            const copy = copiedInto(load);
            const copyBinding = copy && seen < 2 ? bindingOf(model, copy) : null;
            if (copyBinding)
                handleLoads(copyBinding, seen + 1);
            if (!wait && !copy)
                passOn(load, 'handle');
        }
    };
    if (params.handle)
        handleLoads(params.handle, 0);
    let hazard = null;
    for (const entry of deeper.values()) {
        const sub = followCallee(entry.callee, { stream: entry.stream, handle: entry.handle }, depth + 1);
        hazard ??= sub.hazard;
        if (sub.consumer)
            consumers.push({ at: entry.call, call: sub.consumerCall });
        if (sub.firstWait)
            waits.push({ at: entry.call, node: sub.firstWait.node, fn: sub.firstWait.fn });
        if (sub.closed)
            closes.push(entry.call);
    }
    consumers.sort((a, b) => a.at.startIndex - b.at.startIndex);
    waits.sort((a, b) => a.at.startIndex - b.at.startIndex);
    const first = consumers[0];
    if (!hazard && first) {
        // In this function, after the consumer started: the first wait, with no close of the stream before it.
        const w = waits.find((x) => x.at.startIndex > first.at.endIndex && enclosingFunction(x.at)?.id === enclosingFunction(first.at)?.id);
        if (w && !closes.some((c) => c.startIndex > first.at.startIndex && c.startIndex < w.at.startIndex))
            hazard = { consumerCall: first.call, wait: w.node, fn: w.fn };
    }
    return { consumer: first?.at ?? null, consumerCall: first?.call ?? null, firstWait: waits[0] ?? null, hazard, closed: closes.length > 0 };
}
/**
 * Ex) run(cmd, stdin=p.stdout, companions=[p])  (`value` is the `p.stdout` argument)
 * The project function a producer's stream is passed to, judged with the producer's handle when
 * the same call passes it too (by itself or in a list or tuple literal): the parameters it lands
 * in, followed by followCallee. Null when the call reaches no function of the project.
 */
export function streamHandedToCallee(model, value, handleName, file) {
    const handed = parameterTaking(model, value, file);
    if (!handed)
        return null;
    let handle = null;
    const args = handed.call.childForFieldName('arguments')?.namedChildren ?? [];
    for (const arg of args) {
        const v = unparenthesize(arg.type === 'keyword_argument' ? arg.childForFieldName('value') ?? arg : arg);
        const holds = (v.type === 'identifier' && v.text === handleName) || ((v.type === 'list' || v.type === 'tuple') && v.namedChildren.some((c) => c.type === 'identifier' && c.text === handleName));
        if (!holds)
            continue;
        const at = v.type === 'identifier' ? v : v.namedChildren.find((c) => c.type === 'identifier' && c.text === handleName);
        const taken = parameterTaking(model, v.type === 'identifier' ? at : v, file);
        if (taken)
            handle = taken.binding;
    }
    const hold = followCallee(handed.callee, { stream: handed.binding, handle });
    return { ...hold, call: handed.call, callee: handed.callee };
}
