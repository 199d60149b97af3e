import type { Fix, RuleMeta } from './types.js';
/** What a rule reports; the engine adds the rule id, the path and positions. */
export interface Report {
    start: number;
    end: number;
    message: string;
    fixes?: Fix[];
}
/**
 * A rule is one file in rules/: its metadata and docs, and a check that gets the front-end's
 * context for one file. The engine knows nothing about any particular rule.
 */
export interface RuleModule<Context> {
    meta: RuleMeta;
    check(context: Context): void;
}
