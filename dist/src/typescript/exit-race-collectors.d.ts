import type { ts as TS } from 'ts-morph';
import type { StreamName } from './child-fate.js';
import { type JsModel } from './resolve.js';
/**
 * The ways a child's output is collected besides 'data' listeners, for the 'exit' race: a stream
 * piped into a Writable whose write function the module defines (`child.stderr.pipe(sink)`,
 * `sink._write = (d, e, cb) => { err += d; cb(); }`) or into a PassThrough whose 'data'
 * listeners keep it, a readline interface over it whose 'line' listeners keep the lines
 * (`rl.on('line', (l) => lines.push(l))`), a `for await` loop over it, over such an interface
 * or over a generator of the module handed the stream (`for await (const l of this.readgen(
 * this.proc.stderr))`, also as TypeScript compiles it for older targets, `__asyncValues`). All
 * run as the stream is read, like a 'data' listener: what they kept can still miss its end at
 * 'exit'. And a sink that hands over the whole output once the stream ends (concat-stream's
 * callback, get-stream's promise): at 'exit' it may not have run at all.
 */
export type Fn = TS.SignatureDeclaration & {
    body?: TS.Node;
};
/** What keeps the output: a listener or callback, or a loop (or statement) that reads the stream. */
export type Keeper = Fn | TS.Statement;
/** How the output reaches what keeps it, for messages. */
export type Via = 'data' | 'line' | 'pipe' | 'iterate' | 'whole';
export interface Collector {
    stream: StreamName;
    /** What sets it up: `.on('data', fn)`, `.pipe(sink)`, `readline.createInterface(...)`, a `for await` loop. */
    node: TS.Node;
    via: Via;
    /** The functions (or loops) that keep each chunk or line. */
    fns: Keeper[];
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
