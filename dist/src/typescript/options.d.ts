import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The arguments of child_process calls, as far as the source shows them: which one is the
 * callback, the options object, and what `stdio` does to fd 1. "unknown" always means the
 * rules keep quiet.
 */
export type Shape = 'function' | 'object' | 'array' | 'nullish' | 'string' | 'unknown';
/** What kind of value an argument is. */
export declare function shapeOf(model: JsModel, expr: TS.Expression, depth?: number): Shape;
/**
 * exec(cmd[, options][, callback]) and execFile(file[, args][, options][, callback]): is there a
 * callback? "unknown" when the last argument could be one (a parameter of unknown type).
 */
export declare function callbackOf(model: JsModel, call: TS.CallExpression): 'yes' | 'no' | 'unknown';
/**
 * Ex) execFile('nmap', options, cb) / execFile(file, opts) / execFile('nmap', args, opts, cb)
 * Whether the second argument of execFile(file[, args][, options][, callback]) is its options
 * object: Node takes an object there as the options and an array as the argument list
 * (normalizeExecFileArgs, lib/child_process.js). By the argument's shape where the source shows
 * it; a third argument that is no callback (the options) makes it the list; else by its name.
 */
export declare function execFileOptionsSecond(model: JsModel, call: TS.CallExpression): boolean;
export interface OptionsArg {
    /** The options argument as written; null when the call has none. */
    arg: TS.Expression | null;
    /** The object literal it is (directly, or through a const binding); null when absent. */
    object: TS.ObjectLiteralExpression | null;
    /** The object literal is the argument itself, so editing it touches this call only. */
    inline: boolean;
    /** Object-shaped, but its properties cannot be seen (a parameter, a call result). */
    opaque?: boolean;
    /** For opaque options: the stdio a write before the call gives them (stdioWrittenBefore). */
    stdio?: TS.Expression;
}
/**
 * The options of spawn/fork/execFile(file[, args][, options]) (`argsSlot`) or exec(cmd[, options]):
 * the object-shaped argument after the command. null when it cannot be told, e.g. an unknown name
 * where either args or options may stand.
 */
export declare function optionsOf(model: JsModel, call: TS.CallExpression, argsSlot: boolean): OptionsArg | null;
/**
 * Ex) options.stdio = options.stdio || [undefined, undefined, undefined, 'ipc']; fork(m, args, options)
 * The stdio the options named by `arg` get from the one write of it, a statement that runs on
 * every path to `call` (in a block that holds the call, before it, in the same function): the
 * value written, or the default it gives when it keeps a stdio already set (`o.stdio = o.stdio || x`,
 * `o.stdio ??= x`: `x`, the stdio of every caller that sets none; fork-with-emitter's
 * `createFork(path)`). null when there is no such write, or anything else may change stdio.
 */
export declare function stdioWrittenBefore(model: JsModel, arg: TS.Expression, call: TS.CallExpression): TS.Expression | null;
/** `ref.push(x)`, `ref.sort()`, `ref[0] = x`: a reference through which the list it names is changed in place. */
export declare function changesListInPlace(ref: TS.Node): boolean;
/**
 * `opts.stdio = 'ignore'`, `Object.assign(opts, { stdio: 'inherit' })`, `setup(opts)`,
 * `stdio[1] = 'ignore'`: the name's initializer is not what reaches the call when one of `keys`
 * (or an unknown key) may have changed. Changes to other keys (`opts.cwd = dir`) do not matter,
 * nor does handing the object to `except`, the call it is read for.
 */
export declare function changedAfterDeclaration(model: JsModel, expr: TS.Expression, keys: ReadonlySet<string> | null, except?: TS.CallExpression, known?: TS.Node): boolean;
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
