import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
/**
 * The calls of a function in the project: in its own module (through its binding, `this.name()`,
 * `Class.name()`, what a local factory returns) and in the modules that import it (a function, a
 * method of an exported object, a static method or an instance method of an exported class).
 * Callers in tests do not count. Used to judge a wrapper by what its callers pass
 * (caller-commands.ts) and to follow a child handed out by a function.
 */
export type Fn = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration;
export declare function isFn(n: TS.Node): n is Fn;
export interface Site {
    model: JsModel;
    call: TS.CallExpression;
    file: string;
}
/**
 * The calls of `fn` in the project, or null when some use of it cannot be followed (a
 * reference that is not a call) or none is found outside the tests.
 */
export declare function callersOf(model: JsModel, fn: Fn, file: string): Site[] | null;
