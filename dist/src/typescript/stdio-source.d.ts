import type { ts as TS } from 'ts-morph';
import { type Pipe } from './options.js';
import { type JsModel } from './resolve.js';
import type { StdioSource } from './wrapper-index.js';
/**
 * The stdio of `call` (a spawn inside the wrapper `fn`) in terms of `fn`'s parameters, when a
 * parameter decides it; null when the source does not show it, or nothing of the caller's matters.
 */
export declare function stdioSourceOf(model: JsModel, fn: TS.SignatureDeclaration, call: TS.CallExpression): StdioSource | null;
/** One way a call can go: which streams are pipes, and on which condition of the caller's code. */
export interface StdioOutcome {
    stdout: Pipe;
    stderr: Pipe;
    /** "`quiet` is true"; null when every run goes this way. */
    when: string | null;
}
/**
 * What a call of the wrapper does with its stdio: one outcome per combination of the values its
 * arguments can take (`quiet ? 'pipe' : 'inherit'` gives two). An argument whose name was changed
 * after its declaration counts as unknown.
 */
export declare function stdioAtCall(model: JsModel, src: StdioSource, call: TS.CallExpression): StdioOutcome[];
