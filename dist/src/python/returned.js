import { outerExpression } from './semantic.js';
// Ex) return subprocess.Popen(...)  /  p = subprocess.Popen(...); return p
function returnedHere(call, events) {
    if (outerExpression(call).parent?.type === 'return_statement')
        return true;
    if (!events)
        return false;
    const escapes = events.filter((e) => e.kind !== 'neutral');
    return escapes.length === 1 && escapes[0].kind === 'escape' && outerExpression(escapes[0].node).parent?.type === 'return_statement';
}
/**
 * The function that holds `call` (a `return` of its handle), with its name and what holds the
 * function (the module, a class's body...); null for a lambda, a class body, the module itself,
 * a generator or a coroutine (which hand back something else than the Popen).
 */
export function returningFunction(call) {
    let fn = call.parent;
    while (fn && fn.type !== 'function_definition' && fn.type !== 'lambda' && fn.type !== 'class_definition')
        fn = fn.parent;
    if (fn?.type !== 'function_definition')
        return null;
    const name = fn.childForFieldName('name')?.text;
    if (!name)
        return null;
    const top = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
    const holder = top.parent?.type === 'block' ? top.parent.parent : top.parent;
    if (/\byield\b/.test(fn.text) || fn.text.startsWith('async'))
        return null;
    return { fn, name, holder };
}
/**
 * The function `call`'s handle is returned from, and its calls in the module; null when the
 * handle is not simply returned (read, waited or stored first), or the function is not a
 * module-level function or a method the class calls on `self`.
 * `events`: what the function does with the handle bound to a name (nameEvents), or null.
 */
export function returnedToCallers(model, call, events) {
    if (!returnedHere(call, events))
        return null;
    const returning = returningFunction(call);
    if (!returning)
        return null;
    const { fn, name, holder } = returning;
    const calls = [];
    for (const id of model.occurrences(name)) {
        const ref = id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id ? id.parent : id;
        const c = ref.parent;
        if (c?.type !== 'call' || c.childForFieldName('function')?.id !== ref.id)
            continue;
        if (holder?.type === 'module') {
            // Ex) start_replay(...): the name resolves to this def.
            if (ref.type !== 'identifier')
                continue;
            const bindings = model.lookup(name, model.scopeOf(ref))?.bindings ?? [];
            if (bindings.length !== 1 || bindings[0].node.parent?.id !== fn.id)
                continue;
        }
        else if (holder?.type === 'class_definition') {
            // Ex) self.start_replay(...) inside the class.
            if (ref.type !== 'attribute' || ref.childForFieldName('object')?.text !== 'self' || c.startIndex < holder.startIndex || c.endIndex > holder.endIndex)
                continue;
        }
        else
            return null;
        calls.push(c);
    }
    return calls.length ? { fn, name, calls } : null;
}
