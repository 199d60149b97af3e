import type { ts as TS } from 'ts-morph';
import { type JsModel } from './resolve.js';
import type { Binding } from './scope.js';
/**
 * Ex) function stat(execSync, opts) { ... } called as stat(cp.execSync, opts) everywhere outside
 * the tests: `child_process.execSync`. Null when a caller hands in anything else (a test's fake
 * counts only in tests, which do not count), a caller cannot be seen, or the parameter is assigned.
 */
export declare function passedFunction(model: JsModel, b: Binding): string | null;
/**
 * Ex) defineExecSync(), where `async function defineExecSync() { try { return (await
 * import('child_process')).execSync } catch { const { execSync } = require('child_process');
 * return execSync } }` is declared here or imported from another module of the project: the
 * child_process function every `return` of it hands back. Null when one returns anything else.
 */
export declare function returnedFunction(model: JsModel, call: TS.CallExpression): string | null;
