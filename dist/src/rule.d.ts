import type { Evidence } from './knowledge/evidence.js';
import type { Edit, Fix, InternalError, RuleMeta } from './types.js';
/** What a rule reports; the engine adds the rule id, the path and positions. */
export interface Report {
    start: number;
    end: number;
    message: string;
    fixes?: Fix[];
    /**
     * What the finding rests on (knowledge/evidence.ts): its severity follows, and the run's
     * `evidence` level decides whether it is reported. Unset: `shape`, a firm finding.
     */
    evidence?: Evidence;
}
/**
 * A rule is one file in rules/: its metadata and docs, and a check that gets the front-end's
 * context for one file. The engine knows nothing about any particular rule.
 */
export interface RuleModule<Context> {
    meta: RuleMeta;
    check(context: Context): void;
}
/**
 * A fix whose edits are built when first read: by `fix`, `--diff`, the JSON and SARIF reports
 * and editors' code actions. A rule decides on the spot that it offers the fix (strategy,
 * applicability, description: what the text report shows) and leaves the edits, which can look
 * further afield (fresh names, the import position), to `build`. The engine reads them, or
 * drops them when nobody will (EngineOptions.fixEdits), before it frees the tree.
 */
export declare function lazyFix(offer: Omit<Fix, 'edits'>, build: () => Edit[]): Fix;
/**
 * Turns every fix's edits into plain data while the tree is alive: built (lazyFix), or emptied
 * when `build` is false. A builder that throws loses its fix and reports why (unless `rethrow`
 * says the error is for the caller).
 */
export declare function settleFixes(findings: {
    rule: string;
    path: string;
    fixes: Fix[];
}[], build: boolean, errors: InternalError[], rethrow?: (e: unknown) => boolean): void;
