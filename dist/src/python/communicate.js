import { enclosingStatement, inLoopAfter } from './analysis.js';
import { freshName, insertStatementBefore } from './edit.js';
import { outerExpression, unparenthesize } from './semantic.js';
/** `await x` around a call (asyncio): the expression the code sees, which the rewrite replaces. */
function withAwait(node) {
    const outer = outerExpression(node);
    return outer.parent?.type === 'await' ? outer.parent : node;
}
// Ex) p.stdout.read()  /  p.stdout.readlines()  /  for line in p.stdout  /  p.communicate()[0]
// (asyncio: await p.stdout.read(), (await p.communicate())[0])
function replacementOf(ev, isAsync) {
    if (ev.kind !== 'drain')
        return null;
    const node = ev.node;
    if (ev.streams.length === 2) {
        // The node is the communicate() call, or the await around it.
        if (node.type !== 'call' && !(isAsync && node.type === 'await'))
            return null;
        const outer = outerExpression(node);
        const sub = outer.parent;
        if (sub?.type === 'subscript' && sub.childForFieldName('value')?.id === outer.id) {
            const index = sub.childForFieldName('subscript');
            if (index?.text === '0')
                return { node: sub, stream: 'stdout', form: 'value' };
            if (index?.text === '1')
                return { node: sub, stream: 'stderr', form: 'value' };
            return null;
        }
        return { node, stream: 'both', form: 'pair' };
    }
    const stream = ev.streams[0];
    if (node.type === 'call') {
        const fn = node.childForFieldName('function');
        const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
        const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        const site = isAsync ? withAwait(node) : node;
        if (isAsync && site.id === node.id)
            return null; // a coroutine never awaited
        if (method === 'read' && (args.length === 0 || (args.length === 1 && unparenthesize(args[0]).text === '-1')))
            return { node: site, stream, form: 'value' };
        if (method === 'readlines' && args.length === 0 && !isAsync)
            return { node: site, stream, form: 'lines' };
        return null;
    }
    // Ex) for line in p.stdout: / [l for l in p.stdout]  (an `async for` needs an async iterable)
    const parent = node.parent;
    if (isAsync)
        return null;
    if ((parent?.type === 'for_statement' || parent?.type === 'for_in_clause') && parent.childForFieldName('right')?.id === node.id)
        return { node, stream, form: 'lines' };
    return null;
}
function nearestScope(node) {
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            return n.id;
    return -1;
}
const COMPREHENSIONS = new Set(['list_comprehension', 'generator_expression', 'set_comprehension', 'dictionary_comprehension']);
// Ex) for line in p.stdout: err = p.stderr.read()  - the body runs again; the header's
// iterable (`p.stdout`) is evaluated once.
function repeats(node, block) {
    for (let n = node.parent; n && n.id !== block.id; n = n.parent) {
        if (n.type === 'while_statement' || (n.type === 'for_statement' && !contains(n.childForFieldName('right'), node)))
            return true;
        if (COMPREHENSIONS.has(n.type)) {
            // Ex) [p.stderr.read() for x in y]: the element runs once per item; only the first
            // clause's iterable (`[l for l in p.stdout]`) is evaluated once.
            const first = n.namedChildren.find((c) => c.type === 'for_in_clause')?.childForFieldName('right');
            if (!first || !contains(first, node))
                return true;
        }
    }
    return false;
}
function contains(a, n) {
    return n.startIndex >= a.startIndex && n.endIndex <= a.endIndex;
}
// Where the assignment can go: a statement that runs once, before anything after it in its
// block. `while` conditions run again; a lambda runs later.
function anchorStatement(node) {
    const stmt = enclosingStatement(node);
    if (!stmt)
        return null;
    for (let n = node.parent; n && n.id !== stmt.id; n = n.parent) {
        if (n.type === 'lambda' || n.type === 'block')
            return null;
    }
    switch (stmt.type) {
        case 'expression_statement':
        case 'if_statement':
        case 'for_statement':
            return stmt;
        default:
            return null;
    }
}
/**
 * The fix, or null when a read cannot take its value from communicate()'s result (a partial
 * read, a pipe handed on, a second read of the same pipe, a read that may run before the
 * anchor), or the anchor is not a place communicate() can go.
 *
 * `anchor` is the event where the parent first blocks: a `wait()`, or a read to EOF while the
 * other pipe fills. `events` are the handle's events in source order; `origin` the Popen call.
 */
export function communicateFix(source, tree, handle, anchor, events, origin) {
    const at = events.indexOf(anchor);
    if (at < 0)
        return null;
    // asyncio: the process's methods are coroutines; the wait and the reads are awaited.
    const isAsync = anchor.node.type === 'await' || (anchor.kind === 'drain' && withAwait(anchor.node).type === 'await');
    let waitCall = null;
    let waitSite = null;
    let anchorNode;
    if (anchor.kind === 'wait') {
        if (!anchor.call)
            return null; // a poll loop
        waitCall = anchor.call;
        waitSite = anchor.node;
        if (waitSite.id !== waitCall.id && waitSite.type !== 'await')
            return null;
        anchorNode = waitSite;
    }
    else if (anchor.kind === 'drain')
        anchorNode = anchor.node;
    else
        return null;
    if (inLoopAfter(anchorNode, origin))
        return null;
    const stmt = anchorStatement(anchorNode);
    if (!stmt?.parent)
        return null;
    // An `if` condition (not an `elif`'s: it may never run) or a `for` header holds the anchor.
    if (stmt.type !== 'expression_statement') {
        const header = stmt.childForFieldName(stmt.type === 'for_statement' ? 'right' : 'condition');
        if (!header || !contains(header, anchorNode))
            return null;
    }
    const scope = nearestScope(anchorNode);
    const replacements = [];
    const seen = new Set();
    for (const ev of events.slice(anchor.kind === 'wait' ? at + 1 : at)) {
        if (ev.kind === 'wait' || ev.kind === 'end' || ev.kind === 'neutral' || ev.kind === 'close')
            continue;
        const r = replacementOf(ev, isAsync);
        if (!r)
            return null;
        // The read must run after the anchor, in the same function: inside the anchor's statement
        // or after it in its block.
        if (nearestScope(r.node) !== scope || !contains(stmt.parent, r.node) || r.node.startIndex < stmt.startIndex)
            return null;
        // A read in a loop got the output once, then nothing: the rewrite would give it every time.
        if (repeats(r.node, stmt.parent))
            return null;
        const streams = r.stream === 'both' ? ['stdout', 'stderr'] : [r.stream];
        // A second read of a pipe got nothing (EOF) in the original; the rewrite cannot say that.
        if (streams.some((s) => seen.has(s)))
            return null;
        for (const s of streams)
            seen.add(s);
        replacements.push(r);
    }
    if (replacements.length === 0)
        return null;
    // wait(timeout) -> communicate(timeout=...): communicate's first positional is `input`.
    let args = '';
    if (waitCall) {
        const list = waitCall.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        if (list.length > 1 || (isAsync && list.length > 0))
            return null;
        if (list.length === 1) {
            const a = list[0];
            if (a.type === 'keyword_argument') {
                if (a.childForFieldName('name')?.text !== 'timeout')
                    return null;
                args = a.text;
            }
            else if (a.type === 'list_splat' || a.type === 'dictionary_splat')
                return null;
            else
                args = `timeout=${a.text}`;
        }
    }
    // Named after the handle: two handles rewritten in one pass never share a variable.
    const outs = seen.has('stdout') ? freshName(tree, `${handle}_out`) : null;
    const errs = seen.has('stderr') ? freshName(tree, `${handle}_err`) : null;
    const call = isAsync ? `(await ${handle}.communicate())` : `${handle}.communicate(${args})`;
    const assignment = outs && errs ? `${outs}, ${errs} = ${isAsync ? call.slice(1, -1) : call}` : outs ? `${outs} = ${call}[0]` : `${errs} = ${call}[1]`;
    const value = (s) => (s === 'stdout' ? outs : errs);
    const edits = [];
    const bareWait = waitSite && outerExpression(waitSite).parent?.id === stmt.id && stmt.type === 'expression_statement';
    if (bareWait)
        edits.push({ start: stmt.startIndex, end: stmt.endIndex, content: assignment });
    else {
        edits.push(insertStatementBefore(source, stmt, assignment));
        // Ex) rc = p.wait()  ->  rc = p.returncode: communicate() has waited and set it.
        if (waitSite)
            edits.push({ start: waitSite.startIndex, end: waitSite.endIndex, content: `${handle}.returncode` });
    }
    for (const r of replacements) {
        const content = r.stream === 'both' ? `(${outs}, ${errs})` : r.form === 'lines' ? `${value(r.stream)}.splitlines(True)` : value(r.stream);
        edits.push({ start: r.node.startIndex, end: r.node.endIndex, content });
    }
    const what = anchor.kind === 'wait' ? 'in place of wait()' : 'before the first read';
    return { strategy: 'read', applicability: 'unsafe', description: `Drain the pipes with ${isAsync ? 'await ' : ''}${handle}.communicate() ${what}; the later reads take the output from its result`, edits };
}
