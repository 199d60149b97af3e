import { unparenthesize } from './semantic.js';
const LOOPS = new Set(['for_statement', 'while_statement', 'function_definition', 'lambda', 'class_definition']);
// Ex) p.poll() is None  /  p.poll() == None  /  p.returncode is None
function aliveTest(cond, name) {
    const c = unparenthesize(cond);
    if (c.type !== 'comparison_operator')
        return false;
    const text = c.text.replace(/\s+/g, ' ');
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${esc}\\.(poll\\(\\)|returncode) (is|==) None$`).test(text);
}
// The `while` around a readline() call, when it is the nearest loop and tests the child alive.
function pollLoopOf(read, name) {
    for (let n = read.parent; n; n = n.parent) {
        if (!LOOPS.has(n.type))
            continue;
        const cond = n.type === 'while_statement' ? n.childForFieldName('condition') : null;
        return cond && aliveTest(cond, name) && !(read.startIndex >= cond.startIndex && read.endIndex <= cond.endIndex) ? n : null;
    }
    return null;
}
function readlineCall(node, stream, name) {
    if (node.type !== 'call')
        return false;
    const fn = node.childForFieldName('function');
    return fn?.type === 'attribute' && fn.text.replace(/\s+/g, '') === `${name}.${stream}.readline`;
}
function touches(e, stream) {
    return (e.kind === 'drain' && e.streams.includes(stream)) || ((e.kind === 'partial' || e.kind === 'close') && e.stream === stream);
}
/** The stream (of those piped) read only by readline() in a poll-guarded loop, or null. */
export function pollTail(all, name, piped) {
    // Handed on (a reader thread, a helper, returned): someone else may read the rest.
    if (all.some((e) => e.kind === 'escape' || (e.kind === 'drain' && e.via)))
        return null;
    for (const stream of piped) {
        const reads = all.filter((e) => touches(e, stream));
        if (reads.length === 0)
            continue;
        const loops = reads.map((e) => (readlineCall(e.node, stream, name) ? pollLoopOf(e.node, name) : null));
        // Ex) two such loops on one name (a rebinding in a branch between them): each stops at the exit.
        const loop = loops[0];
        if (!loop || loops.some((l) => !l))
            continue;
        return { stream, loop, test: unparenthesize(loop.childForFieldName('condition')).text };
    }
    return null;
}
