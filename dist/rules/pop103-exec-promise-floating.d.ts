import type { JsRule } from '../src/typescript/context.js';
export declare const rule: JsRule;
