import type { ts as TS } from 'ts-morph';
import type { ChildFate } from './child-fate.js';
import { type WrapperIndex, type WrapperInfo } from './wrapper-index.js';
import { type JsModel } from './resolve.js';
/** The name under which the module exports `fn`, or null. */
export declare function exportName(model: JsModel, fn: TS.SignatureDeclaration): string | null;
/**
 * What the function `fn`, which returns the child of `call`, leaves to its callers: the streams
 * piped (or piped as the caller decides), unread inside `fn` (`inside`) and able to grow; null
 * when there are none.
 */
export declare function wrapperInfo(model: JsModel, call: TS.CallExpression, qualified: string, fn: TS.SignatureDeclaration, inside: Pick<ChildFate, 'stdout' | 'stderr' | 'unref' | 'waits'>, at: string): WrapperInfo | null;
/** The wrappers one module exports. */
export declare function wrappersOf(abs: string, display: string, text: string): Record<string, WrapperInfo>;
/** Builds the index from the project's JS/TS files (only those that can hold a wrapper are parsed). */
export declare function buildWrapperIndex(files: {
    abs: string;
    display: string;
    text: string;
}[]): WrapperIndex;
/**
 * Calls in this file of wrappers from the index, as qualified names the model resolves
 * (`./proc.start`, `../lib/run` for a default export), with what each one returns.
 */
export declare function wrapperCallees(model: JsModel, file: string, index: WrapperIndex): Map<string, WrapperInfo>;
/** `require('./x')`, `import ... from './x'`, `import('./x')`, `export ... from './x'`: relative specifiers, read from the text. */
export declare function relativeSpecifiers(text: string): Set<string>;
/** The wrappers of the project modules that `file` (absolute, on disk) imports by relative path; null when there are none. */
export declare function nearbyWrappers(file: string, text: string): WrapperIndex | null;
/** The prefilter's question for such a host: does this file call a wrapper of a module it imports? */
export declare function importsJsWrapper(file: string, bytes: Buffer): boolean;
