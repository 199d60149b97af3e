import type { ts as TS } from 'ts-morph';
/**
 * The fate of a ChildProcess and of its stdout and stderr (child.ts follows the child to it):
 * what one route shows of the child, and how routes compare and read in a message.
 */
export type StreamState = 'drained' | 'conditional' | 'afterExit' | 'unread';
export type StreamName = 'stdout' | 'stderr';
export interface StreamFate {
    state: StreamState;
    /** The code mentions the stream (a fix that nulls it would break that code). */
    touched: boolean;
    /** For 'conditional': the guard's source text. */
    guard?: string;
    /** For 'conditional': every guard tests a callback the caller may give (`typeof h === 'function'`). */
    handlerOnly?: boolean;
    /**
     * Counted as drained only because it is re-exposed as a property (`this.stdout = child.stdout`)
     * that nothing in the module reads: the property's name. Whoever uses the object may read it.
     */
    exposedAs?: string;
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
    /** Sent IPC messages (`child.send(...)`): the code talks to the child, as by writing its stdin. */
    messaged?: boolean;
    stdout: StreamFate;
    stderr: StreamFate;
    /** How the child reached the place it is left, e.g. "returned by start() and dropped at line 12". */
    route: string | null;
    /**
     * The only way the child escapes: handed out to callers this module cannot see (returned, or
     * returned in an object, by a function with no caller here): how, for messages ("returned by
     * start() as `proc`"). Set only when nothing else hands it over.
     */
    handedOut?: string;
    /** Returned by a function the module exports (its callers are elsewhere): the child escapes. */
    exportedFrom?: TS.SignatureDeclaration;
    /** Where the child is last seen on its worst route: the spawn call, or the caller's call. */
    site?: TS.Node;
    /** The `.on('exit', handler)` calls on the child (not 'close'), and where each stream is drained. */
    exitListeners?: TS.CallExpression[];
    drains?: Record<StreamName, Site[]>;
    /**
     * Every route the child takes (the child returned by a helper: one per caller, escaping or
     * not), each with its own listeners and drains and the site it ends at.
     */
    routes?: ChildFate[];
}
export interface Site {
    node: TS.Node;
    /** exposed: stored as `this.<key>`, a property nothing in the module reads. */
    kind: 'drain' | 'afterExit' | 'exposed';
    key?: string;
}
/** What one route shows of the child: the facts of ChildFate, plus where each stream is drained. */
export interface Obs extends Pick<ChildFate, 'escapes' | 'listens' | 'waits' | 'unref' | 'stored' | 'stdinUsed' | 'messaged'> {
    touched: Record<StreamName, boolean>;
    sites: Record<StreamName, Site[]>;
    /** Functions that return the child: their callers decide. */
    returnedFrom: TS.SignatureDeclaration[];
    /** Where the child value is first seen on this route (the spawn call, a caller's call). */
    anchor: TS.Node;
    /** `.on('exit', handler)` calls on the child. */
    exitListeners: TS.CallExpression[];
    /** Handed out in an object a function returns (`return { proc: child }`): how, for messages. */
    handedOut: string | null;
    /** Handed to a function of the project that reads only part of it (passed-child.ts): how, for messages. */
    passed?: string;
}
export declare function emptyObs(anchor: TS.Node): Obs;
export interface Guard {
    node: TS.Node;
    branch: 'then' | 'else';
    text: string;
    /** `typeof h === 'function'`: a test for a callback the caller may give. */
    handler: boolean;
}
export declare function bothBranches(guards: Guard[]): boolean;
export declare function cloneObs(o: Obs, anchor: TS.Node): Obs;
export declare function severity(f: ChildFate): number;
export declare function dropVerb(f: ChildFate): string;
