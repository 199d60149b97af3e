import type { Decoded } from './encoding.js';
import { type EvidenceLevel } from './knowledge/evidence.js';
import type { Report } from './rule.js';
import type { SourceText } from './source.js';
import type { EngineOptions, FileDiagnostic, Finding, Fix, InternalError, Language, RuleMeta, Strategy } from './types.js';
/** One file's outcome, whichever thread or command produced it. */
export interface FileResult {
    path: string;
    language: Language;
    findings: Finding[];
    diagnostics: FileDiagnostic[];
    /** The file survived the prefilter and was parsed. */
    parsed: boolean;
    /** Findings not reported because their evidence is weaker than the run's level (absent when none). */
    hidden?: HiddenCounts;
    /** popenlint's own failures on this file (exit 2); absent when none. */
    errors?: InternalError[];
    decoded?: Decoded;
    source?: SourceText;
}
/**
 * A rule's report, placed: the rule's id and name, the path, line/column positions, and the
 * severity its evidence gives it (a rule whose meta says `warning` never reports an error).
 */
/** `namedFolder`: the folder named on the command line that holds the file (EngineOptions.namedFolder). */
export declare function toFinding(meta: RuleMeta, path: string, source: SourceText, report: Report, namedFolder?: string): Finding;
/**
 * Whether the run reports a finding: its evidence is at least the run's level (a finding resting
 * only on an unlisted program waits for `--evidence possible`).
 */
export declare function reported(finding: Finding, options: Pick<EngineOptions, 'evidence'>): boolean;
/**
 * A finding below the run's evidence level: kept only to be counted after suppressions (the
 * text report says how many a looser level would show), so its fixes are never built: a
 * builder's work, or its failure, for a finding nobody sees.
 */
export declare function countedOnly(finding: Finding): Finding;
/** How many findings a looser `--evidence` level would add, by the level that shows them. */
export type HiddenCounts = Partial<Record<EvidenceLevel, number>>;
export declare function hiddenCounts(findings: readonly Finding[]): HiddenCounts;
/** The counts of several files added up. */
export declare function addHidden(into: HiddenCounts, more: HiddenCounts | undefined): HiddenCounts;
export declare function sortFindings(findings: Finding[]): Finding[];
/** The fix a finding gets: the requested strategy when the rule offers it, else its primary fix. */
export declare function chooseFix(finding: Finding, strategy: Strategy): Fix | null;
/** A rule that threw: its id, the message and the stack (for --debug). */
export declare function ruleFailure(path: string, id: string, e: unknown): InternalError;
