import type { RuleMeta } from './types.js';
/** `popenlint explain POP001`: the docs, the fixes and their safety, a runnable reproduction. */
export declare function explainRule(meta: RuleMeta): string;
export declare function listRules(rules: readonly RuleMeta[]): string;
