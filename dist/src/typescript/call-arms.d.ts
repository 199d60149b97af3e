import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * Can `node`, inside `fn` (read in `model`), run when `fn` is called as `call` (read in
 * `callerModel`: the function may be another module's)? Anything not ruled out may run.
 */
export declare function runsUnder(model: JsModel, node: TS.Node, fn: TS.SignatureDeclaration, call: TS.CallExpression, callerModel?: JsModel): boolean;
