import type { RuleMeta } from './types.js';
/** `popenlint explain POP001`: the docs, the fixes and their safety, a runnable reproduction. */
export declare function explainRule(meta: RuleMeta): string;
/**
 * The evidence tiers: what a finding rests on, its severity, and the `--evidence` level (config
 * `evidence`) from which it is reported. Shown by `explain` and on each rule's page.
 */
export declare function evidenceTable(): string;
export declare function listRules(rules: readonly RuleMeta[]): string;
/** The catalogue as a Markdown table, each id linking to `${linkPrefix}<id>.md`. */
export declare function ruleTable(rules: readonly RuleMeta[], linkPrefix: string): string;
/** docs/rules/README.md: the catalogue, one row per rule, each linking to its page. */
export declare function ruleIndex(rules: readonly RuleMeta[]): string;
