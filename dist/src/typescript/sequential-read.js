import { ts } from './load.js';
import { contains, fnOf } from './flow.js';
import { isFunctionLike } from './scope.js';
const OTHER = { stdout: 'stderr', stderr: 'stdout' };
/** `for await (... of stream)` that only ends with the stream: no `break`, `return` or `throw` leaves it early. */
function readsToEnd(node) {
    if (!ts.isForOfStatement(node) || !node.awaitModifier)
        return false;
    let leaves = false;
    const visit = (n, inLoop) => {
        if (leaves || isFunctionLike(n))
            return;
        if (ts.isReturnStatement(n) || ts.isThrowStatement(n))
            leaves = true;
        // A `break` of a loop nested in the body stays in the body; a labelled one may leave it.
        else if (ts.isBreakStatement(n) && (!inLoop || n.label))
            leaves = true;
        else if (ts.isBreakStatement(n) || ts.isContinueStatement(n))
            return;
        const nested = inLoop || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
        ts.forEachChild(n, (c) => visit(c, nested));
    };
    visit(node.statement, false);
    return !leaves;
}
/** `later` runs after `loop` has ended: in the same function, in a statement that follows it. */
function follows(loop, later) {
    if (later.pos < loop.end || fnOf(later) !== fnOf(loop))
        return false;
    // The statement lists that hold both: the loop's statement must come first in one of them.
    for (let p = loop.parent; p && !isFunctionLike(p); p = p.parent) {
        if (contains(p, later))
            return ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p) || ts.isDefaultClause(p);
        // A loop inside another loop's body: the later read can run before the next round's loop.
        if (ts.isIterationStatement(p, false))
            return false;
    }
    return false;
}
/**
 * Does another read of the stream run while the loop waits? One in the loop's function before it,
 * or one set up where the child is started (a 'data' listener next to the spawn) does; one in
 * another function (another method of the class, which a caller uses instead) is another path.
 */
function readMeanwhile(site, loop, anchor) {
    if (site.kind === 'exposed')
        return true;
    const fn = fnOf(site.node);
    // Before the loop in its function, a callback there included.
    if (contains(fnOf(loop), site.node) && !contains(loop, site.node))
        return site.node.pos < loop.pos;
    return contains(fn, anchor) || contains(fn, loop);
}
export function sequentialRead(fate, anchor) {
    const drains = fate.drains;
    if (!drains)
        return null;
    for (const first of ['stderr', 'stdout']) {
        const later = OTHER[first];
        for (const site of drains[first]) {
            if (site.kind !== 'drain' || !readsToEnd(site.node))
                continue;
            const loop = site.node;
            const after = drains[later].filter((s) => s.kind === 'drain' && follows(loop, s.node));
            if (!after.length || drains[later].some((s) => !after.includes(s) && readMeanwhile(s, loop, anchor)))
                continue;
            return { first, loop, later, at: after[0].node };
        }
    }
    return null;
}
