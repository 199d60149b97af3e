import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import type { StreamName } from './child-fate.js';
/**
 * What the members and events of a ChildProcess and of its streams mean to child.ts: listeners,
 * chained calls, members that leave the output alone, the member that names a stream.
 */
export declare const LISTEN: Set<string>;
export declare const CHAIN: Set<string>;
export declare const STREAM_CHAIN: Set<string>;
export declare const INERT: Set<string>;
export declare const DRAIN_EVENTS: Set<string>;
export declare const EXIT_EVENTS: Set<string>;
/** Methods of arrays, Maps and Sets that put a value in. */
export declare const STORE: Set<string>;
/** `events.once(child, 'exit')` or `once(child, 'close')`: waiting, not a hand-over. */
export declare function isOnceCall(model: JsModel, call: TS.CallExpression, arg: TS.Node): boolean;
/** `.stdout` / `.stderr` / `.stdio[1]` / `.stdio[2]`: which stream the member names. */
export declare function streamOfMember(access: TS.PropertyAccessExpression | TS.ElementAccessExpression, name: string | null): {
    stream: StreamName | 'all' | null;
    node: TS.Expression;
};
