import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import { type Binding } from './scope.js';
/**
 * A ChildProcess handed to a function of the project (`handleOutput(child, file)`, a function of
 * this module or one another module of the project exports): what that function does with the
 * parameter that receives it. Only a function we can read whole counts: its parameter read for its
 * streams, listened to, killed, tested, and not handed on, aliased or kept; anything else and the
 * child escapes as before (child.ts). A mention on a branch that this caller's arguments rule out
 * (`if (tempFile) { ...stderr only...; return; }` with a file path passed for `tempFile`) does not
 * count for this caller.
 */
export interface PassedUse {
    /** The streams the function mentions (`p.stdout`, `p.stdio`): a mention counts as a read. */
    streams: Set<'stdout' | 'stderr' | 'stdin'>;
    listens: boolean;
    /** Listens for 'exit'/'close' (or an event not known statically). */
    waits: boolean;
    /** How messages name it: "handleOutput()". */
    name: string;
}
/** What the function `call` runs does with the child passed as `arg`; null when it cannot be told. */
export declare function passedChild(model: JsModel, call: TS.CallExpression, arg: TS.Expression): PassedUse | null;
/**
 * Ex) class Fork { constructor(public readonly process: ChildProcess) {...} }  ...  new Fork(child)
 * A child handed to the constructor of a class of this module (fork-with-emitter): the constructor's
 * parameter that receives it, and the property it is kept in when that parameter is a parameter
 * property (`this.process`); a plain parameter is followed through its uses (`this.proc = proc`).
 * null for a class from elsewhere, a spread, a destructured or rest parameter.
 */
export declare function constructorParameter(model: JsModel, made: TS.NewExpression, arg: TS.Expression): {
    binding: Binding;
    key: string | null;
} | null;
