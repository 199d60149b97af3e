/**
 * The paths through a function's branches along which a process handle is touched: a may-order
 * of every event, then one order per choice of exclusive `if` arms and per branch that leaves
 * the function. drainVerdict judges each.
 */
/** The block a `return`/`raise` ends: its last statement leaves the function. */
function terminates(block) {
    const last = block.lastNamedChild;
    return last?.type === 'return_statement' || last?.type === 'raise_statement';
}
const BRANCHES = new Set(['if_statement', 'elif_clause', 'else_clause', 'except_clause']);
// The branch below `origin`'s own level that holds node and leaves the function at its end.
function exitBranch(node, origin, certain) {
    let found = null;
    for (let n = node.parent; n; n = n.parent) {
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'module')
            break;
        if (origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex)
            break;
        if (n.type === 'block' && n.parent && BRANCHES.has(n.parent.type) && terminates(n) && !certain(n))
            found = n;
    }
    return found;
}
// Ex) if tee: ...read p.stdout... else: p.wait() - the arms of one `if` (below the origin's
// level) are exclusive: each arm holding events, with the arm index.
function arms(node, origin) {
    const out = [];
    for (let n = node; n?.parent; n = n.parent) {
        const p = n.parent;
        if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'module')
            break;
        if (origin.startIndex >= p.startIndex && origin.endIndex <= p.endIndex)
            break;
        if (p.type === 'if_statement' && n.type !== 'comment' && p.childForFieldName('condition')?.id !== n.id) {
            out.push([p, p.namedChildren.filter((c) => c.type !== 'comment').findIndex((c) => c.id === n.id)]);
        }
    }
    return out;
}
const MAX_PATHS = 16;
/**
 * The orders in which the code can touch the handle, one list per path. The first list holds
 * every event but those of branches that leave the function: a may-order, judged as a whole.
 * Then one list per choice of arms of the `if`s that hold events in more than one arm
 * (`if tee: <drain> else: p.wait()`), and one per branch that ends in `return`/`raise`
 * (`if not wait: return p` then `p.wait()`): the code after such a branch never follows it, so
 * a hand-off there does not hide a `wait()` below it. A path list is the main events before
 * the branch, then the branch's own. `certain`: a branch known to run whenever the origin ran
 * (exclusive-arms.ts): it is no branch, its events are on every path.
 */
export function eventPaths(events, origin, certain = () => false) {
    const after = (e) => e.node.startIndex >= origin.endIndex;
    const branchOf = events.map((e) => (after(e) ? exitBranch(e.node, origin, certain) : null));
    const main = events.filter((_, i) => branchOf[i] === null);
    const paths = [main];
    // Arm choices: ifs with events in two arms or more.
    const armsOf = main.map((e) => (after(e) ? arms(e.node, origin) : []));
    const used = new Map();
    for (const list of armsOf)
        for (const [ifNode, arm] of list)
            (used.get(ifNode.id) ?? used.set(ifNode.id, new Set()).get(ifNode.id)).add(arm);
    const split = [...used].filter(([, set]) => set.size > 1);
    let choices = [new Map()];
    for (const [id, set] of split) {
        choices = choices.flatMap((c) => [...set].map((arm) => new Map([...c, [id, arm]])));
        if (choices.length > MAX_PATHS)
            break;
    }
    if (split.length && choices.length <= MAX_PATHS) {
        for (const c of choices)
            paths.push(main.filter((_, i) => armsOf[i].every(([ifNode, arm]) => !c.has(ifNode.id) || c.get(ifNode.id) === arm)));
    }
    const seen = new Set();
    for (const b of branchOf) {
        if (!b || seen.has(b.id))
            continue;
        seen.add(b.id);
        // Events of another arm of an `if` that holds the branch never come before it.
        const armsOfBranch = new Map(arms(b, origin).map(([ifNode, arm]) => [ifNode.id, arm]));
        const exclusive = (e) => arms(e.node, origin).some(([ifNode, arm]) => armsOfBranch.has(ifNode.id) && armsOfBranch.get(ifNode.id) !== arm);
        const before = main.filter((e) => e.node.startIndex < b.startIndex && after(e) && !exclusive(e));
        paths.push([...before, ...events.filter((_, i) => branchOf[i]?.id === b.id)]);
    }
    return paths;
}
