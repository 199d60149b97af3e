import { enclosingFunction, handleUses } from './analysis.js';
import { handleEvent } from './drain.js';
import { opaqueArguments, passedArgument } from './started-targets.js';
import { unparenthesize } from './semantic.js';
const LEAVES = new Set(['return_statement', 'raise_statement']);
/** The parameters of the wrapper around `opener` whose truthiness decides whether it drains. */
export function drainFlags(model, opener) {
    const def = enclosingFunction(opener);
    const handle = handleUses(model, opener);
    if (!def || !handle)
        return [];
    const params = def.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const out = [];
    for (const { ref } of handle.uses) {
        const ev = handleEvent(ref, opener);
        if (ev.kind !== 'drain')
            continue;
        // The `if <param>:` / `if not <param>:` around the drain, whose block leaves the function.
        for (let n = ev.node.parent; n && n.id !== def.id; n = n.parent) {
            if (n.type !== 'block' || n.parent?.type !== 'if_statement' || n.parent.childForFieldName('consequence')?.id !== n.id)
                continue;
            if (!LEAVES.has(n.lastNamedChild?.type ?? ''))
                continue;
            let cond = unparenthesize(n.parent.childForFieldName('condition'));
            let drainsWhen = true;
            if (cond.type === 'not_operator') {
                cond = unparenthesize(cond.childForFieldName('argument'));
                drainsWhen = false;
            }
            if (cond.type !== 'identifier')
                continue;
            const index = params.findIndex((p) => (p.type === 'identifier' ? p : p.childForFieldName('name'))?.text === cond.text);
            if (index < 0 || params.slice(0, index).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern'))
                continue;
            const param = params[index];
            const fallback = param.type === 'default_parameter' || param.type === 'typed_default_parameter' ? param.childForFieldName('value') : null;
            if (!out.some((f) => f.name === cond.text))
                out.push({ index, name: cond.text, drainsWhen, fallback });
        }
    }
    return out;
}
// The truthiness of a literal: True/False/None, numbers, strings; null for anything else.
export function truthOf(node) {
    if (!node)
        return null;
    const n = unparenthesize(node);
    if (n.type === 'true')
        return true;
    if (n.type === 'false' || n.type === 'none')
        return false;
    if (n.type === 'integer' || n.type === 'float')
        return Number(n.text.replace(/_/g, '')) !== 0;
    if (n.type === 'string' && !n.namedChildren.some((c) => c.type === 'interpolation'))
        return !/^[rRbBuU]*(''|"")$/.test(n.text);
    // A function made in place is an object: true. A container literal: true when it holds something.
    if (n.type === 'lambda')
        return true;
    if (n.type === 'list' || n.type === 'tuple' || n.type === 'dictionary' || n.type === 'set')
        return n.namedChildren.some((c) => c.type !== 'comment');
    return null;
}
/**
 * How a call sets the wrapper's flags: 'drains' when one of them takes the draining branch for
 * sure, 'leaves' when every one is known to skip it, 'unknown' when a value is not known (a
 * variable, an expression). The method's `self` is not passed: `skip` parameters are not counted.
 */
export function flagsAt(call, flags, skip = 0) {
    if (opaqueArguments(call))
        return 'unknown';
    let unknown = false;
    for (const f of flags) {
        const passed = passedArgument(call, f.index - skip, f.name);
        const truth = truthOf(passed ?? f.fallback);
        if (truth === f.drainsWhen)
            return 'drains';
        if (truth === null)
            unknown = true;
    }
    return unknown ? 'unknown' : 'leaves';
}
// The parameter an `if` condition tests, and how: `p` / `not p` / `p is None` / `p is not None`.
function testOf(condition) {
    let cond = unparenthesize(condition);
    if (cond.type === 'identifier')
        return { id: cond, runsWhen: 'truthy' };
    if (cond.type === 'not_operator') {
        cond = unparenthesize(cond.childForFieldName('argument'));
        return cond.type === 'identifier' ? { id: cond, runsWhen: 'falsy' } : null;
    }
    if (cond.type === 'comparison_operator' && cond.namedChildren.length === 2) {
        const [left, right] = cond.namedChildren.map((c) => unparenthesize(c));
        const op = cond.children.slice(1, -1).map((c) => c.type).join(' ');
        if (left.type !== 'identifier' || right.type !== 'none')
            return null;
        if (op === 'is')
            return { id: left, runsWhen: 'none' };
        if (op === 'is not')
            return { id: left, runsWhen: 'not-none' };
    }
    return null;
}
/** The arms of the wrapper around `opener` that use the handle under a test of a parameter. */
export function guardFlags(model, opener) {
    const def = enclosingFunction(opener);
    const handle = handleUses(model, opener);
    if (!def || !handle)
        return [];
    const params = def.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const out = [];
    for (const { ref } of handle.uses) {
        for (let n = ref.parent; n && n.id !== def.id; n = n.parent) {
            if (n.type !== 'block' || out.some((g) => g.block.id === n.id))
                continue;
            // The `if`'s own arm, or its `else:` (the opposite test); an `elif` depends on the tests before it.
            const ifNode = n.parent?.type === 'if_statement' ? n.parent : n.parent?.type === 'else_clause' && n.parent.parent?.type === 'if_statement' ? n.parent.parent : null;
            if (!ifNode || ifNode.startIndex < opener.startIndex)
                continue;
            const inElse = ifNode.id !== n.parent.id;
            if (inElse && ifNode.namedChildren.some((c) => c.type === 'elif_clause'))
                continue;
            if (!inElse && ifNode.childForFieldName('consequence')?.id !== n.id)
                continue;
            const test = testOf(ifNode.childForFieldName('condition'));
            if (!test)
                continue;
            // A parameter the function rebinds may hold another value than the caller's.
            const found = model.lookup(test.id.text, model.scopeOf(test.id));
            if (found?.scope.node.id !== def.id || found.bindings.length !== 1 || found.bindings[0].kind !== 'param')
                continue;
            const index = params.findIndex((p) => (p.type === 'identifier' ? p : p.childForFieldName('name'))?.text === test.id.text);
            if (index < 0 || params.slice(0, index).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern'))
                continue;
            const param = params[index];
            const fallback = param.type === 'default_parameter' || param.type === 'typed_default_parameter' ? param.childForFieldName('value') : null;
            const OPPOSITE = { truthy: 'falsy', falsy: 'truthy', none: 'not-none', 'not-none': 'none' };
            out.push({ index, name: test.id.text, fallback, block: n, runsWhen: inElse ? OPPOSITE[test.runsWhen] : test.runsWhen });
        }
    }
    return out;
}
/**
 * The guarded arms a call is known to skip, by the values it passes (or the defaults it
 * leaves); none when an argument is spread (`*args`, `**kw`). `skip` as for flagsAt.
 */
export function skippedArms(call, guards, skip = 0) {
    if (guards.length === 0 || opaqueArguments(call))
        return [];
    const out = [];
    for (const g of guards) {
        const value = passedArgument(call, g.index - skip, g.name) ?? g.fallback;
        if (!value)
            continue;
        const truth = truthOf(value);
        const none = unparenthesize(value).type === 'none' ? true : truth === null ? null : false;
        const runs = g.runsWhen === 'truthy' ? truth : g.runsWhen === 'falsy' ? (truth === null ? null : !truth) : g.runsWhen === 'none' ? none : none === null ? null : !none;
        if (runs === false)
            out.push(g.block);
    }
    return out;
}
