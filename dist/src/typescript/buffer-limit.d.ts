import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The `maxBuffer` that reaches a buffering child_process call (exec, execFile, their sync and
 * promisified forms): read from the options as far as the source shows them, following a named
 * options object to its initializer, every later assignment of it, and every property it gets
 * afterwards (`opts.maxBuffer = ...`, `Object.assign(opts, {...})`).
 */
export interface Limit {
    bytes: number;
    /** `maxBuffer: <size>` written in an options literal, for the fix to edit. */
    prop: TS.PropertyAssignment | null;
    /**
     * default: Node's, nothing sets it; here: a size written in the source; caller: options handed
     * in by the caller, which set nothing here (Node's default unless the caller raises it);
     * setting: `config.maxBuffer || 200 * 1024`, a written size unless a setting raises it; or
     * the default of a setting the project declares (`settingName`).
     */
    how: 'default' | 'here' | 'caller' | 'setting';
    /** The size is the declared default of this setting (`clang.diagnostic.maxBuffer`). */
    settingName?: string;
}
interface Size {
    bytes: number;
    /** The size is the fallback of `setting || size`, or a setting's default. */
    setting: boolean;
    settingName?: string;
}
/**
 * Ex) 1024 * 1024, 10 * MB (const MB = 1 << 20), Infinity, Number.MAX_SAFE_INTEGER: a size the
 * source fixes; `(options.maxBuffer || 200) * 1024`: 200 KiB unless a setting raises it; null
 * when it depends on run time alone.
 */
export declare function staticSize(model: JsModel, expr: TS.Expression, depth?: number): Size | null;
/** `Object.assign(a, b)`, `extend(a, b)` from util-extend/xtend, `_.extend(a, b)`: later sources win. */
export declare function mergeCall(model: JsModel, call: TS.CallExpression): boolean;
/**
 * The largest maxBuffer the call may get (`options`: the options argument, null when the call
 * has none), or null when it cannot be told (a run-time size, options handed to other code).
 */
export declare function maxBufferOf(model: JsModel, options: TS.Expression | null, fallback: number): Limit | null;
export {};
