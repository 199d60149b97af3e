import type { ts as TS } from 'ts-morph';
import { type Limit } from './buffer-limit.js';
import { type JsModel } from './resolve.js';
/**
 * exec's maxBuffer written by hand around spawn(): the output is counted as it comes, and the
 * child killed once the count passes a size (`if (out.length > options.maxBuffer) child.kill()`).
 * Task runners and image wrappers that "simulate exec" do this; the size kills the child as
 * surely as Node's own limit.
 */
export interface KillLimit {
    limit: Limit;
    /** The kill, or the call of the local function that kills. */
    kill: TS.Node;
}
/** The smallest size past which the code kills the child of `call`, if it does so. */
export declare function killLimitOf(model: JsModel, call: TS.CallExpression): KillLimit | null;
