import { ts } from './load.js';
import { isFunctionLike } from './scope.js';
import { callbackTest, contains, isLogical, rootIdentifier, sameTest } from './flow.js';
import { bothBranches } from './child-fate.js';
/**
 * What one route of a child (child.ts collects it) comes to: each stream drained, drained only
 * under a test (`if (verbose) child.stdout.on(...)`), read only after the exit, or unread; and
 * whether the child escapes. A drain counts only where it runs whenever the child runs.
 */
/** The fate of one route's observations. */
export function judgeRoute(obs) {
    const stream = (s) => {
        const sites = obs.sites[s];
        const fate = { state: 'unread', touched: obs.touched[s] };
        // Re-exposed only (`this.stdout = child.stdout`): drained as far as this module can tell.
        const exposed = sites.filter((x) => x.kind === 'exposed');
        if (exposed.length && exposed.length === sites.length)
            return { state: 'drained', touched: obs.touched[s], exposedAs: exposed[0].key };
        const drains = sites.filter((x) => x.kind !== 'afterExit');
        const guards = drains.map((x) => drainGuard(x.node, obs.anchor));
        if (drains.length && guards.some((g) => g === null))
            fate.state = 'drained';
        else if (drains.length && bothBranches(guards))
            fate.state = 'drained';
        else if (drains.length) {
            fate.state = 'conditional';
            fate.guard = guards[0].text;
            if (guards.every((g) => g.handler))
                fate.handlerOnly = true;
        }
        else if (sites.length)
            fate.state = 'afterExit';
        return fate;
    };
    return {
        escapes: obs.escapes || obs.handedOut !== null, ...(obs.handedOut !== null && !obs.escapes ? { handedOut: obs.handedOut } : {}), listens: obs.listens, waits: obs.waits, unref: obs.unref, stored: obs.stored, stdinUsed: obs.stdinUsed, ...(obs.messaged ? { messaged: true } : {}),
        stdout: stream('stdout'), stderr: stream('stderr'), route: obs.passed ?? null,
        exitListeners: obs.exitListeners, drains: obs.sites,
    };
}
/** The `if` (or `&&`, `?:`, case) that alone decides whether a drain runs, seen from the child's anchor. */
function drainGuard(site, anchor) {
    const root = rootIdentifier(site);
    for (let c = site, p = site.parent; p; c = p, p = p.parent) {
        if (contains(p, anchor))
            return null;
        if (isFunctionLike(p))
            return null;
        let cond = null;
        let branch = 'then';
        if (ts.isIfStatement(p) && p.expression !== c) {
            cond = p.expression;
            branch = p.thenStatement === c ? 'then' : 'else';
        }
        else if (ts.isConditionalExpression(p) && p.condition !== c) {
            cond = p.condition;
            branch = p.whenTrue === c ? 'then' : 'else';
        }
        else if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind)) {
            cond = p.left;
            branch = p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? 'then' : 'else';
        }
        else if (ts.isCaseClause(p) || ts.isDefaultClause(p)) {
            cond = p.parent.parent.expression;
        }
        if (!cond)
            continue;
        // `if (child.stdout)`, `proc.stdout && proc.stdout.on(...)`: the test is about the stream itself.
        const text = cond.getText();
        // `typeof this._outputHandlers.stdout === 'function'` tests a handler the caller may give,
        // never the stream (a stream is not a function): the drain runs only with one (node-rsync).
        if ((/\bstd(out|err|io)\b/.test(text) && !callbackTest(cond)) || (root && new RegExp(`(^|[^\\w$])${root.replace(/\$/g, '\\$')}($|[^\\w$])`).test(text)))
            continue;
        // const sp = isJson || spawn(...); if (!isJson) sp.stdout.on(...): the test the child itself
        // is made under, so the drain runs whenever there is a child.
        if (sameTest(cond, branch, anchor))
            return null;
        return { node: p, branch, text, handler: callbackTest(cond) };
    }
    return null;
}
