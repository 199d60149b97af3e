import type { PythonRule } from '../src/python/context.js';
import type { JsRule } from '../src/typescript/context.js';
import type { RuleMeta } from '../src/types.js';
/** The catalogue, in id order. Front-ends pick the rules of their language. */
export declare const pythonRules: PythonRule[];
export declare const jsRules: JsRule[];
export declare const allRules: RuleMeta[];
