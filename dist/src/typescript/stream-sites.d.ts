import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import type { Site, StreamName } from './child-fate.js';
/**
 * Where a child's stdout or stderr is consumed once ChildAnalysis (child.ts) has found it: read,
 * piped, iterated or handed over, followed through bindings and through a property it is
 * re-exposed on (`this.stdout = child.stdout`) to every read of that property in the module; and
 * whether that happens only after the child has exited, which comes too late.
 */
export declare class StreamSites {
    private readonly model;
    /** Where the route being followed starts: only awaits after it can mean this child's exit. */
    anchor: TS.Node | null;
    private moduleDrainCache;
    constructor(model: JsModel);
    private readonly readsCache;
    /** `x.key` / `x['key']` read anywhere in the file (never the targets of writes). */
    propertyReads(key: string): TS.Expression[];
    /** Does anything in the module drain some child's `stream`? */
    moduleDrains(stream: StreamName): boolean;
    /** Where a stream is consumed (read, piped, iterated, handed over), and whether only after exit. */
    streamSites(stream: TS.Expression, depth: number): Site[];
    /** `this.<key> = stream` as a statement: the property's name, else null. */
    private exposedKey;
    /** `this.<key> = <r>`: r is itself what gets re-exposed. */
    private reexposed;
    /** `process.stdout`: the parent's own stream, not a child's. */
    private parentsStream;
    /** Runs only once the child has exited: in an 'exit'/'close' listener, or after awaiting one. */
    private afterExit;
}
