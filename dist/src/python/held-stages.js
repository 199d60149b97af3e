import { argument, enclosingFunction, handleUses, reachingAssignment } from './analysis.js';
import { handleEvent } from './drain.js';
import { eventPaths } from './event-paths.js';
import { nameEvents } from './pipe-site.js';
import { outerExpression, unparenthesize } from './semantic.js';
// A subscript as written, without its spacing: `self.proc["a" + k]` and `self.proc[ "a"+k ]` alike.
const keyText = (n) => n.text.replace(/\s+/g, '');
/** The stored key (`self.proc['pc_' + k]`) `call` is assigned to, with the function that holds it; null otherwise. */
function keyOf(call) {
    const e = outerExpression(call);
    const assignment = e.parent;
    if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== e.id)
        return null;
    const target = assignment.childForFieldName('left');
    const holder = target?.type === 'subscript' ? target.childForFieldName('value') : null;
    if (!holder || !(holder.type === 'identifier' || (holder.type === 'attribute' && holder.childForFieldName('object')?.text === 'self')))
        return null;
    const scope = enclosingFunction(call);
    return scope ? { target: target, scope } : null;
}
// The reads of a stored key in its function, in source order (the store itself left out).
function keyReads(ctx, target, scope) {
    const holder = target.childForFieldName('value');
    const last = holder.type === 'attribute' ? holder.childForFieldName('attribute') : holder;
    const key = keyText(target);
    const out = [];
    for (const id of ctx.model.occurrences(last.text)) {
        if (id.startIndex < scope.startIndex || id.endIndex > scope.endIndex)
            continue;
        const h = holder.type === 'attribute' ? id.parent : id;
        if (!h || (holder.type === 'attribute' && h.childForFieldName('attribute')?.id !== id.id))
            continue;
        const sub = h.parent;
        if (sub?.type !== 'subscript' || sub.childForFieldName('value')?.id !== h.id || sub.id === target.id || keyText(sub) !== key)
            continue;
        out.push(sub);
    }
    return out;
}
/** The stage `call` starts, or null when its handle is neither bound to a name nor stored under a key. */
export function stageOf(ctx, call) {
    const named = handleUses(ctx.model, call);
    if (named) {
        const events = nameEvents(ctx, call);
        return events && { name: named.name.text, ...events };
    }
    const keyed = keyOf(call);
    if (!keyed)
        return null;
    const reads = keyReads(ctx, keyed.target, keyed.scope);
    // Ex) self.proc[k] = Popen(...) twice under one key: which one a read reaches is not followed.
    const rebound = reads.some((r) => r.startIndex > call.startIndex && r.parent?.type === 'assignment' && r.parent.childForFieldName('left')?.id === r.id);
    if (rebound)
        return null;
    const all = reads.filter((r) => r.startIndex > call.endIndex).map((r) => handleEvent(r, call));
    return { name: keyed.target.text, all, paths: eventPaths(all, call) };
}
/** How many stages upstream are followed. */
const MAX_UPSTREAM = 3;
/**
 * The waits for the stages upstream of `call` (the Popen whose stdin is `U.stdout`, and so on):
 * `U.wait()`, a poll loop on it, a read of its other pipe to the end. Each as a wait event on
 * `U`'s node, its `via` naming the wait and the stage.
 */
export function upstreamWaits(ctx, call, depth = 0) {
    if (depth >= MAX_UPSTREAM)
        return [];
    const upstream = upstreamCall(ctx, call);
    const stage = upstream && stageOf(ctx, upstream);
    if (!upstream || !stage)
        return [];
    const out = [];
    for (const e of stage.all) {
        const toEnd = e.kind === 'wait' || (e.kind === 'drain' && e.toEof && !e.via);
        if (!toEnd)
            continue;
        const polls = e.kind === 'wait' && e.call === null && /\b(poll|returncode)\b/.test(e.node.text);
        const text = polls ? 'the poll loop' : `\`${e.node.text.replace(/\s+/g, ' ')}\``;
        out.push({ kind: 'wait', node: e.node, call: e.kind === 'wait' ? e.call : null, via: `${text} on the stage that feeds it`, timed: e.kind === 'wait' ? e.timed : undefined });
    }
    return [...out, ...upstreamWaits(ctx, upstream, depth + 1)];
}
/** Ex) Popen(B, stdin=p1.stdout): the Popen that started `p1`, whose stdout `call` reads; null when not known. */
export function upstreamCall(ctx, call) {
    const stdin = argument(call, 99, 'stdin');
    const source = stdin && unparenthesize(stdin);
    const handle = source?.type === 'attribute' && source.childForFieldName('attribute')?.text === 'stdout' ? source.childForFieldName('object') : null;
    return handle && stageCall(ctx, handle, call);
}
// The Popen a handle (`p1`, `self.proc['pc_' + k]`) was started by, before `before`; null when not known.
function stageCall(ctx, handle, before) {
    const h = unparenthesize(handle);
    let value = null;
    if (h.type === 'identifier')
        value = reachingAssignment(ctx.model, h)?.value;
    else if (h.type === 'subscript') {
        const scope = enclosingFunction(before);
        const key = keyText(h);
        let found = null;
        for (const a of scope?.descendantsOfType('assignment') ?? []) {
            const left = a.childForFieldName('left');
            if (left?.type === 'subscript' && keyText(left) === key && a.endIndex <= before.startIndex)
                found = a.childForFieldName('right');
        }
        value = found;
    }
    const v = value && unparenthesize(value);
    const fn = v?.type === 'call' ? v.childForFieldName('function') : null;
    return fn && ctx.model.qualifiedName(fn) === 'subprocess.Popen' ? v : null;
}
