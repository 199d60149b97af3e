import type { ts as TS } from 'ts-morph';
import type { StreamName } from './child-fate.js';
import { type JsModel } from './resolve.js';
/**
 * The ways a child's output is collected besides 'data' listeners, for the 'exit' race: a stream
 * piped into a Writable whose write function the module defines (`child.stderr.pipe(sink)`,
 * `sink._write = (d, e, cb) => { err += d; cb(); }`), and a readline interface over it whose
 * 'line' listeners keep the lines (`rl.on('line', (l) => lines.push(l))`). Both run as the
 * stream is read, like a 'data' listener: what they kept can still miss its end at 'exit'.
 */
export type Fn = TS.SignatureDeclaration & {
    body?: TS.Node;
};
/** How the output reaches what keeps it, for messages. */
export type Via = 'data' | 'line' | 'pipe';
export interface Collector {
    stream: StreamName;
    /** The call that sets it up: `.on('data', fn)`, `.pipe(sink)`, `readline.createInterface(...)`. */
    node: TS.CallExpression;
    via: Via;
    /** The functions that keep each chunk or line. */
    fns: Fn[];
}
/**
 * Ex) function onData(d) { out += d; }  child.stdout.on('data', onData)  -> the function.
 * A function expression, arrow, `fn.bind(this)`, or a name bound to a function in this file.
 */
export declare function functionOf(model: JsModel, e: TS.Expression | undefined, depth?: number): Fn | null;
/** A drain site of a stream (`stream.pipe(sink)`, `{ input: stream }`, the stream itself): the collector it sets up, else null. */
export declare function collectorAt(model: JsModel, stream: StreamName, site: TS.Node): Collector | null;
/**
 * Ex) const child = fork(worker, [], { silent: true }); this.pipeProcess(child);  with
 *     pipeProcess(p) { const sink = new Writable(); sink._write = ...; p.stderr.pipe(sink); }
 * The collectors a function or method of this file sets up on the child handed to it, when the
 * call is in `scope` (where the child is started and its 'exit' listener set up).
 */
export declare function helperCollectors(model: JsModel, spawn: TS.CallExpression, scope: TS.Node): Collector[];
