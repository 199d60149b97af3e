import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The arguments of child_process calls, as far as the source shows them: which one is the
 * callback, the options object, and what `stdio` does to fd 1. "unknown" always means the
 * rules keep quiet.
 */
export type Shape = 'function' | 'object' | 'array' | 'nullish' | 'string' | 'unknown';
export declare function shapeOf(model: JsModel, expr: TS.Expression, depth?: number): Shape;
/**
 * exec(cmd[, options][, callback]) and execFile(file[, args][, options][, callback]): is there a
 * callback? "unknown" when the last argument could be one (a parameter of unknown type).
 */
export declare function callbackOf(model: JsModel, call: TS.CallExpression): 'yes' | 'no' | 'unknown';
export interface OptionsArg {
    /** The options argument as written; null when the call has none. */
    arg: TS.Expression | null;
    /** The object literal it is (directly, or through a const binding); null when absent. */
    object: TS.ObjectLiteralExpression | null;
    /** The object literal is the argument itself, so editing it touches this call only. */
    inline: boolean;
    /** Object-shaped, but its properties cannot be seen (a parameter, a call result). */
    opaque?: boolean;
}
/**
 * The options of spawn/fork/execFile(file[, args][, options]) (`argsSlot`) or exec(cmd[, options]):
 * the object-shaped argument after the command. null when it cannot be told, e.g. an unknown name
 * where either args or options may stand.
 */
export declare function optionsOf(model: JsModel, call: TS.CallExpression, argsSlot: boolean): OptionsArg | null;
/** `ref.push(x)`, `ref.sort()`, `ref[0] = x`: a reference through which the list it names is changed in place. */
export declare function changesListInPlace(ref: TS.Node): boolean;
/**
 * `opts.stdio = 'ignore'`, `Object.assign(opts, { stdio: 'inherit' })`, `setup(opts)`,
 * `stdio[1] = 'ignore'`: the name's initializer is not what reaches the call when one of `keys`
 * (or an unknown key) may have changed. Changes to other keys (`opts.cwd = dir`) do not matter,
 * nor does handing the object to `except`, the call it is read for.
 */
export declare function changedAfterDeclaration(model: JsModel, expr: TS.Expression, keys: ReadonlySet<string> | null, except?: TS.CallExpression): boolean;
export type Pipe = 'pipe' | 'no' | 'unknown';
export interface StdoutConfig {
    state: Pipe;
    /** `stdio: <value>` written inline in the options literal, for the fix to edit. */
    stdio: TS.PropertyAssignment | null;
}
export declare function fdOfArray(model: JsModel, array: TS.ArrayLiteralExpression, fd: number): Pipe;
/** Does fd 1 of the child get a pipe? spawn's default is a pipe; fork's is the parent's stdout. */
export declare function stdoutConfig(model: JsModel, options: OptionsArg, fork: boolean): StdoutConfig;
/** Does fd `fd` (1 or 2) of the child get a pipe? */
export declare function streamConfig(model: JsModel, options: OptionsArg, fork: boolean, fd: 1 | 2): StdoutConfig;
