import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * Where a ChildProcess goes and what happens to its stdout and stderr while it runs. The child
 * is followed through bindings (each use belongs to the assignment that reaches it), aliases,
 * destructuring, local helpers that return it (to every caller), and properties or containers
 * it is stored in (to every read of them in the module). A drain counts when it runs while the
 * child runs: one under an `if` covers that path only, one in an 'exit'/'close' listener or
 * after `await once(child, 'exit')` comes too late. Anything we cannot see through escapes, and
 * an escaped child is never reported.
 */
export type StreamState = 'drained' | 'conditional' | 'afterExit' | 'unread';
export type StreamName = 'stdout' | 'stderr';
export interface StreamFate {
    state: StreamState;
    /** The code mentions the stream (a fix that nulls it would break that code). */
    touched: boolean;
    /** For 'conditional': the guard's source text. */
    guard?: string;
}
export interface ChildFate {
    escapes: boolean;
    /** Some listener on the child itself, or `once(child, ...)`. */
    listens: boolean;
    /** Waits for the end: an 'exit'/'close' listener (or one for an event not known statically), `once(child, 'exit')`. */
    waits: boolean;
    /** `.unref()` was called: the parent does not wait for it. */
    unref: boolean;
    /** Kept in a property or a container: code in other modules may reach it there. */
    stored: boolean;
    stdinUsed: boolean;
    stdout: StreamFate;
    stderr: StreamFate;
    /** How the child reached the place it is left, e.g. "returned by start() and dropped at line 12". */
    route: string | null;
    /** Returned by a function the module exports (its callers are elsewhere): the child escapes. */
    exportedFrom?: TS.SignatureDeclaration;
    /** Where the child is last seen on its worst route: the spawn call, or the caller's call. */
    site?: TS.Node;
}
export declare const EXIT_EVENTS: Set<string>;
interface Site {
    node: TS.Node;
    kind: 'drain' | 'afterExit';
}
export declare class ChildAnalysis {
    private readonly model;
    private moduleDrainCache;
    /** Where the route being followed starts: only awaits after it can mean this child's exit. */
    private anchor;
    constructor(model: JsModel);
    /** The fate of the ChildProcess that `call` returns: the worst route it can take. */
    fate(call: TS.CallExpression): ChildFate;
    private resolveRoutes;
    private judge;
    /** The `if` (or `&&`, `?:`, case) that alone decides whether a drain runs, seen from the child's anchor. */
    private guardOf;
    /** Follows one value of the child. */
    private collect;
    private member;
    private escape;
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
    private readsCache;
    /** `x.key` / `x['key']` read anywhere in the file (never the targets of writes). */
    private propertyReads;
    /** Does anything in the module drain some child's `stream`? */
    private moduleDrains;
    private destructured;
    /** Where a stream is consumed (read, piped, iterated, handed over), and whether only after exit. */
    streamSites(stream: TS.Expression, depth: number): Site[];
    /** Runs only once the child has exited: in an 'exit'/'close' listener, or after awaiting one. */
    private afterExit;
}
export {};
