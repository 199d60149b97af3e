import type { PythonRule } from '../src/python/context.js';
export declare const rule: PythonRule;
