import { ts } from './load.js';
import { isWrapper, memberName, skipOuter, stringValue } from './resolve.js';
import { isFunctionLike, isWriteTarget, propertyKey } from './scope.js';
import { callSitesOf, fnOf, functionName, reaches, rootIdentifier } from './flow.js';
import { calledMember, valueUse } from './usage.js';
import { cloneObs, dropVerb, emptyObs, severity } from './child-fate.js';
import { CHAIN, EXIT_EVENTS, INERT, isOnceCall, LISTEN, STORE, streamOfMember } from './child-members.js';
import { StreamSites } from './stream-sites.js';
import { implicitGlobalReads } from './implicit-global.js';
import { constructorParameter, passedChild } from './passed-child.js';
import { judgeRoute } from './child-judge.js';
/**
 * Where a ChildProcess goes and what happens to its stdout and stderr while it runs. The child
 * is followed through bindings (each use belongs to the assignment that reaches it), aliases,
 * destructuring, local helpers that return it (to every caller), and properties or containers
 * it is stored in (to every read of them in the module). A drain counts when it runs while the
 * child runs: one under an `if` covers that path only, one in an 'exit'/'close' listener or
 * after `await once(child, 'exit')` comes too late. Anything we cannot see through escapes, and
 * an escaped child is never reported. Where each stream is then consumed is StreamSites'
 * (stream-sites.ts).
 */
export class ChildAnalysis {
    model;
    streams;
    constructor(model) {
        this.model = model;
        this.streams = new StreamSites(model);
    }
    /** The fate of the ChildProcess that `call` returns: the worst route it can take. */
    fate(call) {
        const obs = emptyObs(call);
        this.streams.anchor = call;
        this.collect(call, obs, 0, new Set());
        const routes = [];
        const fate = this.resolveRoutes(obs, 0, routes);
        fate.site ??= call;
        fate.routes = routes;
        return fate;
    }
    /** The worst route; `routes` gets every route, each ending at its site (ChildFate.routes). */
    resolveRoutes(obs, depth, routes) {
        const local = judgeRoute(obs);
        if (!obs.returnedFrom.length) {
            routes.push(Object.assign(local, { site: obs.anchor }));
            return local;
        }
        if (obs.escapes) {
            // Handed on here (`resolve({ process: this.process })`) and returned too: the child is
            // not judged, but each caller's own listeners are still on it (exit-race.ts).
            for (const fn of obs.returnedFrom) {
                for (const site of (depth < 3 ? callSitesOf(this.model, fn) : null) ?? []) {
                    const route = cloneObs(obs, site);
                    route.returnedFrom = [];
                    this.streams.anchor = site;
                    this.collect(site, route, 0, new Set());
                    this.resolveRoutes(route, depth + 1, routes);
                }
            }
            return local;
        }
        // Returned by local helpers: each caller is a route of its own, sharing what happened before the return.
        let worst = null;
        for (const fn of obs.returnedFrom) {
            const sites = depth < 3 ? callSitesOf(this.model, fn) : null;
            if (!sites) {
                // return child, from a function with no caller here: handed out, unless something else took it too.
                const handedOut = depth === 0 && obs.returnedFrom.length === 1 && !obs.handedOut ? `returned by ${ownerName(fn)}()` : undefined;
                return { ...local, escapes: true, ...(handedOut ? { handedOut } : {}), ...(obs.returnedFrom.length === 1 && depth === 0 ? { exportedFrom: fn } : {}) };
            }
            for (const site of sites) {
                const route = cloneObs(obs, site);
                route.returnedFrom = [];
                this.streams.anchor = site;
                this.collect(site, route, 0, new Set());
                const fate = this.resolveRoutes(route, depth + 1, routes);
                if (fate.escapes)
                    continue;
                fate.site ??= site;
                const line = site.getSourceFile().getLineAndCharacterOfPosition(site.getStart()).line + 1;
                fate.route = fate.route?.startsWith('returned by ')
                    ? `returned by ${functionName(fn)}() through ${fate.route.slice('returned by '.length)}`
                    : fate.route
                        ? `returned by ${functionName(fn)}() and ${fate.route}`
                        : `returned by ${functionName(fn)}() and ${dropVerb(fate)} at line ${line}`;
                if (!worst || severity(fate) > severity(worst))
                    worst = fate;
            }
        }
        return worst ?? { ...local, escapes: true };
    }
    /** Follows one value of the child. */
    collect(expr, obs, depth, seen) {
        if (seen.has(expr) || depth > 12) {
            return;
        }
        seen.add(expr);
        const model = this.model;
        const use = valueUse(model, expr, true);
        switch (use.kind) {
            case 'bound': {
                for (const ref of model.references(use.binding)) {
                    if (isWriteTarget(ref) || !reaches(model, use.binding, expr, ref))
                        continue;
                    this.collect(ref, obs, depth + 1, seen);
                }
                return;
            }
            case 'member':
                this.member(use.access, use.name, obs, depth, seen);
                return;
            case 'escapes':
                this.escape(use.node ?? expr, use.parent ?? expr.parent, obs, depth, seen);
                return;
            default:
                return;
        }
    }
    member(access, name, obs, depth, seen) {
        const called = calledMember(access);
        const { stream, node } = streamOfMember(access, name);
        if (stream === 'all') {
            obs.touched.stdout = obs.touched.stderr = obs.stdinUsed = true;
            obs.sites.stdout.push({ node, kind: 'drain' });
            obs.sites.stderr.push({ node, kind: 'drain' });
            return;
        }
        if (stream) {
            obs.touched[stream] = true;
            for (const site of this.streams.streamSites(node, 0))
                obs.sites[stream].push(site);
            return;
        }
        if (name === 'stdin')
            obs.stdinUsed = true;
        else if (name === 'send' && called)
            obs.messaged = true;
        else if (name !== null && called && LISTEN.has(name)) {
            obs.listens = true;
            const event = stringValue(called.arguments[0]);
            if (event === null || EXIT_EVENTS.has(event))
                obs.waits = true;
            if (event === 'exit')
                obs.exitListeners.push(called);
            this.collect(called, obs, depth + 1, seen);
        }
        else if (name !== null && called && CHAIN.has(name)) {
            if (name === 'unref')
                obs.unref = true;
            this.collect(called, obs, depth + 1, seen);
        }
        else if (name === null || !INERT.has(name))
            obs.escapes = true;
    }
    escape(node, parent, obs, depth, seen) {
        const model = this.model;
        // return child / () => child: the helper's callers decide.
        if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
            const fn = ts.isArrowFunction(parent) ? parent : fnOf(parent);
            if (isFunctionLike(fn)) {
                obs.returnedFrom.push(fn);
                return;
            }
        }
        if (ts.isCallExpression(parent)) {
            // await once(child, 'exit'): waiting for it, not handing it over.
            if (isOnceCall(model, parent, node)) {
                obs.listens = true;
                const event = stringValue(parent.arguments[1]);
                if (event === null || EXIT_EVENTS.has(event))
                    obs.waits = true;
                return;
            }
            // handleOutput(child, file): a function of the project, which reads what it reads of the child.
            const passed = parent.expression !== node ? passedChild(model, parent, node) : null;
            if (passed) {
                for (const s of ['stdout', 'stderr']) {
                    if (!passed.streams.has(s))
                        continue;
                    obs.touched[s] = true;
                    obs.sites[s].push({ node: parent, kind: 'drain' });
                }
                if (passed.streams.has('stdin'))
                    obs.stdinUsed = true;
                obs.listens ||= passed.listens;
                obs.waits ||= passed.waits;
                const line = model.sourceFile.getLineAndCharacterOfPosition(parent.getStart(model.sourceFile)).line + 1;
                const reads = ['stdout', 'stderr'].filter((s) => passed.streams.has(s));
                obs.passed ??= `handed to ${passed.name} at line ${line}, which reads ${reads.length === 2 ? 'both its streams' : reads.length ? `only its ${reads[0]}` : 'neither of its streams'}`;
                return;
            }
            // children.push(child) / set.add(child) / map.set(key, child)
            const callee = skipOuter(parent.expression);
            if (ts.isPropertyAccessExpression(callee) && STORE.has(callee.name.text) && parent.arguments.includes(node)) {
                this.stored(callee.expression, null, obs, depth, seen);
                return;
            }
        }
        // new Fork(child), a class of this module: kept as `this.process`, and used in its constructor.
        const ctor = ts.isNewExpression(parent) ? constructorParameter(model, parent, node) : null;
        if (ctor) {
            if (ctor.key !== null)
                this.stored(null, ctor.key, obs, depth, seen);
            for (const ref of model.references(ctor.binding))
                if (!isWriteTarget(ref))
                    this.collect(ref, obs, depth + 1, seen);
            return;
        }
        // const { stdout, pid } = spawn(...)
        if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isObjectBindingPattern(parent.name)) {
            this.destructured(parent.name, obs);
            return;
        }
        // this.proc = child / state.child = child
        if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
            const target = skipOuter(parent.left);
            if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
                const key = memberName(target);
                if (key !== null && !/^\d+$/.test(key))
                    this.stored(target.expression, key, obs, depth, seen);
                else
                    this.stored(target.expression, null, obs, depth, seen);
                // const handle = this.proc = spawn(...): the assignment's value is the child too.
                this.collect(parent, obs, depth + 1, seen);
                return;
            }
            // graphviz = spawn(...) in a sloppy script: a global, read here and maybe elsewhere.
            const reads = implicitGlobalReads(model, target);
            if (reads) {
                obs.escapes = true;
                for (const ref of reads)
                    this.collect(ref, obs, depth + 1, seen);
                return;
            }
        }
        // { proc: child } / [child]
        if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
            const key = propertyKey(parent.name);
            if (key !== null && this.objectStays(parent.parent)) {
                this.stored(null, key, obs, depth, seen);
                return;
            }
            // return { proc: child, port }: handed to the function's callers, which this module does not see.
            const fn = key !== null ? this.returnedObjectOf(parent.parent) : null;
            if (fn && !obs.handedOut && !callSitesOf(this.model, fn)) {
                obs.handedOut = `returned by ${ownerName(fn)}() as \`${key}\``;
                return;
            }
        }
        if (ts.isShorthandPropertyAssignment(parent) && this.objectStays(parent.parent)) {
            this.stored(null, parent.name.text, obs, depth, seen);
            return;
        }
        obs.escapes = true;
    }
    /** The function that returns this object literal as it is (`return { proc: child }`, `() => ({ proc })`), or null. */
    returnedObjectOf(obj) {
        let e = obj;
        while (isWrapper(e.parent))
            e = e.parent;
        const p = e.parent;
        if (ts.isArrowFunction(p) && p.body === e)
            return p;
        if (!ts.isReturnStatement(p))
            return null;
        const fn = fnOf(p);
        return fn && isFunctionLike(fn) ? fn : null;
    }
    /** An object literal kept in the module (bound to a name or stored), not returned or passed on. */
    objectStays(obj) {
        const use = valueUse(this.model, obj, true);
        if (use.kind === 'bound' || use.kind === 'dropped')
            return true;
        if (use.kind !== 'escapes' || !use.parent || !ts.isBinaryExpression(use.parent) || use.parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
            return false;
        // this.state = { child } stays; module.exports = { child } / exports.x = ... leave the module.
        const root = rootIdentifier(use.parent.left);
        return root !== 'module' && root !== 'exports';
    }
    /**
     * The child is kept under a property `key` (of `this`, an object) or in a container: every read
     * of that property in the module is the child again. Containers give their elements back in
     * ways we do not follow, so a drain of any stdout in the module counts for them.
     */
    stored(container, key, obs, depth, seen) {
        const sf = this.model.sourceFile;
        obs.stored = true;
        if (key !== null) {
            // stream._childProcess = spawn(...); Seven.listen(stream): the object that holds the child
            // is handed to code we cannot see (audit 22: hydra hands it to node-7z, which drains both
            // streams), which may read it there.
            if (container && ts.isIdentifier(skipOuter(container)) && this.containerEscapes(container)) {
                obs.escapes = true;
                return;
            }
            for (const access of this.streams.propertyReads(key))
                this.collect(access, obs, depth + 1, seen);
            return;
        }
        // A container handed to code we cannot see may be drained there.
        if (container && this.containerEscapes(container)) {
            obs.escapes = true;
            return;
        }
        for (const s of ['stdout', 'stderr']) {
            obs.touched[s] ||= this.streams.moduleDrains(s);
            if (this.streams.moduleDrains(s))
                obs.sites[s].push({ node: sf, kind: 'drain' });
        }
    }
    containerEscapes(container) {
        const c = skipOuter(container);
        if (ts.isIdentifier(c)) {
            const b = this.model.lookup(c);
            if (!b)
                return true;
            if (b.scope === this.model.sourceFile && isExportedBinding(b))
                return true;
            return this.model.references(b).some((r) => this.handedOver(r));
        }
        const key = memberName(c);
        if (key === null)
            return true;
        return this.streams.propertyReads(key).some((r) => this.handedOver(r));
    }
    /** A container given to code we cannot see; iterating it (`for (const c of kids)`) is not. */
    handedOver(ref) {
        const use = valueUse(this.model, ref, true);
        if (use.kind !== 'escapes')
            return false;
        return !(use.parent && (ts.isForOfStatement(use.parent) || ts.isForInStatement(use.parent)) && use.parent.expression === use.node);
    }
    destructured(pattern, obs) {
        for (const el of pattern.elements) {
            const key = el.dotDotDotToken ? null : el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
            if (key === null || !ts.isIdentifier(el.name)) {
                obs.escapes = true;
                continue;
            }
            if (key === 'stdout' || key === 'stderr') {
                obs.touched[key] = true;
                const b = this.model.lookup(el.name);
                if (!b)
                    continue;
                for (const ref of this.model.references(b))
                    if (!isWriteTarget(ref))
                        obs.sites[key].push(...this.streams.streamSites(ref, 0));
            }
            else if (key === 'stdio') {
                obs.escapes = true;
            }
            else if (key === 'stdin') {
                obs.stdinUsed = true;
            }
            else if (LISTEN.has(key)) {
                obs.listens = obs.waits = true;
            }
            else if (!INERT.has(key)) {
                obs.escapes = true;
            }
        }
    }
}
/** How messages name a function: its name, or the property it is the value of (`start: function (...) {...}`). */
function ownerName(fn) {
    let e = fn;
    while (isWrapper(e.parent))
        e = e.parent;
    if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isPropertyAssignment(e.parent) && e.parent.initializer === e) {
        const key = propertyKey(e.parent.name);
        if (key !== null)
            return key;
    }
    // exports.start = function (...) {...}
    if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isBinaryExpression(e.parent) && e.parent.right === e && e.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const key = memberName(skipOuter(e.parent.left));
        if (key !== null)
            return key;
    }
    return functionName(fn);
}
function isExportedBinding(b) {
    const d = b.decl;
    const stmt = ts.isVariableDeclaration(d) ? d.parent.parent : d;
    return !!stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
