import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import { type ChildFate } from './child-fate.js';
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
export declare class ChildAnalysis {
    private readonly model;
    private readonly streams;
    constructor(model: JsModel);
    /** The fate of the ChildProcess that `call` returns: the worst route it can take. */
    fate(call: TS.CallExpression): ChildFate;
    /** The worst route; `routes` gets every route, each ending at its site (ChildFate.routes). */
    private resolveRoutes;
    /** Follows one value of the child. */
    private collect;
    private member;
    private escape;
    /** The function that returns this object literal as it is (`return { proc: child }`, `() => ({ proc })`), or null. */
    private returnedObjectOf;
    /** An object literal kept in the module (bound to a name or stored), not returned or passed on. */
    private objectStays;
    /**
     * The child is kept under a property `key` (of `this`, an object) or in a container: every read
     * of that property in the module is the child again. Containers give their elements back in
     * ways we do not follow, so a drain of any stdout in the module counts for them.
     */
    private stored;
    private containerEscapes;
    /** A container given to code we cannot see; iterating it (`for (const c of kids)`) is not. */
    private handedOver;
    private destructured;
}
