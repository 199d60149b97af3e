import type { EngineOptions, Finding, Fix, InternalError, Language, Strategy } from '../types.js';
export interface FixOptions {
    strategy: Strategy;
    unsafe: boolean;
}
export { chooseFix } from '../finding.js';
export { applyEdits } from './edits.js';
/** Picks whole fixes whose edits do not collide, in source order. Shared edits (an import) merge. */
export declare function compatibleFixes(fixes: Fix[]): Fix[];
export interface FixOutcome {
    text: string;
    applied: number;
    /** Findings left whose fix needs --unsafe-fixes. */
    unsafeAvailable: number;
    remaining: Finding[];
    /** Set when the file must not be written. */
    error: string | null;
    /** Rules that failed on the text (a bug of popenlint, reported apart, exit 2). */
    internalErrors: InternalError[];
}
/**
 * Lint, apply every compatible fix, and lint again until nothing changes. Each pass is checked:
 * if the edited text has more syntax errors than the original, nothing is written.
 */
export declare function fixText(path: string, text: string, language: Language, given: EngineOptions, options: FixOptions): Promise<FixOutcome>;
