import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import { type Binding } from './scope.js';
/**
 * Control flow, as far as the JS rules need it, from syntax alone: which assignment of a `let`
 * reaches a read, whether a statement always runs, where a helper is called, and whether the
 * process ends (process.exit, app.quit) or waits for a child's exit before a given statement.
 */
export declare function fnOf(n: TS.Node): TS.Node;
export declare function contains(outer: TS.Node, inner: TS.Node): boolean;
/** Is `n` executed on every path from its function's entry through `upTo` (no if/loop/&&/case in between)? */
export declare function unconditionalWithin(n: TS.Node, upTo: TS.Node): boolean;
export declare function isLogical(k: TS.SyntaxKind): boolean;
export declare function lowestCommon(a: TS.Node, b: TS.Node): TS.Node;
export declare function reaches(model: JsModel, b: Binding, def: TS.Node, ref: TS.Identifier): boolean;
/** The name a function is called by in this file, when every mention of it is a call. */
export declare function callSitesOf(model: JsModel, fn: TS.SignatureDeclaration): TS.CallExpression[] | null;
export declare function functionName(fn: TS.SignatureDeclaration): string;
/**
 * The parent ends soon after `node` runs: a later statement of the same function (or of the
 * blocks around it) calls `process.exit()`, `app.quit()`, `app.exit()`, directly or through
 * `setTimeout(app.quit, 1000)`. Returns that statement's line, or null.
 */
export declare function exitsSoonAfter(node: TS.Node): number | null;
export declare function rootIdentifier(n: TS.Node): string | null;
/** `await once(child, 'exit')` or `await new Promise((r) => child.on('close', r))` as a statement. */
export declare function awaitsExit(s: TS.Statement): boolean;
/**
 * Does the test `cond` (taken on `branch`) hold whenever the child made at `anchor` exists?
 * `isJson || spawn(...)` makes it only when `!isJson`; `ok && spawn(...)` only when `ok`.
 */
export declare function sameTest(cond: TS.Expression, branch: 'then' | 'else', anchor: TS.Node): boolean;
/** `typeof h === 'function'` (either side, `===` or `==`): a test for a callback, never for a stream. */
export declare function callbackTest(e: TS.Expression): boolean;
