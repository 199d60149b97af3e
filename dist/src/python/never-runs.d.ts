import type { SyntaxNode } from './parse.js';
/**
 * Ex) `if False:` over a demo's old loop: whether `node` lies in the body of an `if` or `while`
 * whose condition is false as written. That body never runs, so no child is started there and
 * nothing there can break (blind audit 41: a `poll()`/`readline()` loop under `if False:`). The
 * `elif`/`else` arms of such an `if` do run.
 */
export declare function neverRuns(node: SyntaxNode): boolean;
