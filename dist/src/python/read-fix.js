import { enclosingStatement } from './analysis.js';
import { communicateFix } from './communicate.js';
import { insertStatementAfter, insertStatementBefore } from './edit.js';
import { includesBefore } from '../knowledge/targets.js';
/**
 * POP005's `read` fix for a Popen whose pipes are not drained: `communicate()` in place of the
 * wait, or where the parent first blocks, or the wait moved below the first read; none where
 * the rewrite could change what another path reads or waits for.
 */
// The simple statement holding node, when it sits directly in a block: `rc = p.wait()`.
function enclosingSimple(node) {
    for (let n = node; n; n = n.parent) {
        if (n.type === 'expression_statement' || n.type === 'return_statement')
            return n.parent?.type === 'block' || n.parent?.type === 'module' ? n : null;
        if (n.type === 'block' || n.type === 'if_statement' || n.type === 'while_statement')
            return null;
    }
    return null;
}
export function readFix(ctx, call, site, stdinPiped) {
    const { verdict } = site;
    const name = site.holder;
    // A container's other handles may have stdin piped or need their own order: no rewrite of its loop.
    if (site.handle === 'container')
        return null;
    if (site.handle === 'dropped') {
        return { strategy: 'read', applicability: 'unsafe', description: 'Drain the pipe with .communicate() (the parent now waits)', edits: [{ start: call.endIndex, end: call.endIndex, content: '.communicate()' }] };
    }
    const at = verdict.at;
    // Ex) p.wait(); out = p.stdout.read()  ->  p_out = p.communicate()[0]; out = p_out
    // Ex) out = p.stdout.read(); err = p.stderr.read()  ->  p_out, p_err = p.communicate(); ...
    const anchor = site.events.find((e) => (e.kind === 'wait' || e.kind === 'drain') && e.node.id === at?.id);
    // A wait found through a hand-off (os.waitpid, a helper that waits with a timeout) is not
    // this handle's wait(): communicate() before it would change what it waits for.
    if (anchor?.kind === 'wait' && anchor.via)
        return null;
    // A read inside a function the handle is passed to (`return get_stdout(p)`) is that
    // function's: the wait cannot move below it, nor the read become communicate()'s result here.
    if ((anchor?.kind === 'drain' && anchor.via) || (verdict.laterDrain?.kind === 'drain' && verdict.laterDrain.via))
        return null;
    const readLater = anchor?.kind === 'wait' ? !!verdict.laterDrain : verdict.full.some((s) => !verdict.neverRead.includes(s));
    if (anchor && name && site.handle === 'name' && readLater) {
        const fix = communicateFix(ctx.source, ctx.tree, name, anchor, site.events, call);
        if (fix)
            return fix;
    }
    const wait = anchor?.kind === 'wait' ? anchor : undefined;
    if (wait?.kind === 'wait' && wait.call) {
        const waitCall = wait.call;
        const own = waitCall.parent?.type === 'expression_statement' || (waitCall.parent?.type === 'await' && waitCall.parent.parent?.type === 'expression_statement');
        const bare = own && (waitCall.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0;
        const attr = waitCall.childForFieldName('function')?.childForFieldName('attribute');
        const later = verdict.laterDrain;
        // Python 2's file iteration reads ahead: communicate() after `for line in p.stdout: ... break`
        // raises "Mixing iteration and read methods would lose data" (and the child dies of EPIPE).
        // No read fix there on a target that includes Python 2.
        if (includesBefore(ctx.versions, [3, 0]) && site.events.some((e) => e.kind === 'partial' && e.node.parent?.type === 'for_statement'))
            return null;
        if (bare && attr && !later) {
            // Ex) p.wait() -> p.communicate(): reads everything, then waits, as wait() did.
            return { strategy: 'read', applicability: stdinPiped ? 'unsafe' : 'safe', description: 'Drain the pipes: communicate() instead of wait()', edits: [{ start: attr.startIndex, end: waitCall.endIndex, content: 'communicate()' }] };
        }
        const waitStmt = enclosingStatement(waitCall);
        if (bare && later && waitStmt) {
            // Ex) p.wait(); out = p.stdout.read()  ->  out = p.stdout.read(); p.wait()
            const laterStmt = enclosingStatement(later.node);
            if (laterStmt && laterStmt.parent?.id === waitStmt.parent?.id && laterStmt.type !== 'with_statement') {
                const text = ctx.source.text.slice(waitStmt.startIndex, waitStmt.endIndex);
                const lineStart = ctx.source.lineStart(waitStmt.startIndex);
                const before = ctx.source.text.slice(lineStart, waitStmt.startIndex);
                const nextLine = ctx.source.lineStarts[ctx.source.lineIndex(waitStmt.endIndex) + 1];
                if (before.trim() === '' && nextLine !== undefined && ctx.source.text.slice(waitStmt.endIndex, nextLine).trim() === '') {
                    return {
                        strategy: 'read',
                        applicability: 'unsafe',
                        description: `Wait after the output is read: move ${text} below the read`,
                        edits: [{ start: lineStart, end: nextLine, content: '' }, insertStatementAfter(ctx.source, laterStmt, text)],
                    };
                }
            }
            return null;
        }
        const stmt = enclosingSimple(waitCall);
        if (stmt && name && !later) {
            return { strategy: 'read', applicability: 'unsafe', description: `Drain the pipes with ${name}.communicate() before waiting`, edits: [insertStatementBefore(ctx.source, stmt, `${name}.communicate()`)] };
        }
        return null;
    }
    // Only where nothing reads either pipe, on any path: communicate() would take the output from
    // a later read (`out = p.stdout`, `if wait: p.communicate()`).
    if (site.handle === 'name' && name && verdict.shape === 'never-read' && !site.withBlock && site.statement && verdict.full.every((st) => verdict.neverRead.includes(st)) && !site.events.some((e) => e.kind === 'wait' || e.kind === 'drain' || e.kind === 'partial')) {
        return { strategy: 'read', applicability: 'unsafe', description: `Drain the pipes with ${name}.communicate() (the parent now waits)`, edits: [insertStatementAfter(ctx.source, site.statement, `${name}.communicate()`)] };
    }
    return null;
}
