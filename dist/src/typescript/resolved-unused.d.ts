import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * Ex) export function shell(cmd) { return new Promise((ok) => { ...; child.once('exit', () => ok(out)); }); }
 *     await shell('cdk8s synth');   (the only caller: the result is dropped)
 * A read of the output that only resolves the promise a function returns, when every caller of
 * that function in the project (its module and the modules that import it, tests left out)
 * drops what it resolves: `await shell(...)` as a statement, `void shell(...)`. Whatever the
 * 'exit' listener gets, nobody reads it. False when a caller keeps the result, or the callers
 * cannot all be seen (an exported API nothing in the project calls).
 */
export declare function resolvedForNobody(model: JsModel, use: TS.Node, file: string): boolean;
