import type { Decoded } from './encoding.js';
import { isExamplePath, isTestPath } from './test-files.js';
import { DEFAULT_EVIDENCE, DEFAULT_EVIDENCE_LEVEL, type EvidenceLevel, LEVEL, reportedAt, severityOf } from './knowledge/evidence.js';
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
export function toFinding(meta: RuleMeta, path: string, source: SourceText, report: Report, namedFolder?: string): Finding {
  const own = report.evidence ?? DEFAULT_EVIDENCE;
  // Test code runs its own fixtures: a firm finding there waits for `likely`. A rule that is off
  // by default (POP008's strict migration) was asked for by name: it reports the pattern everywhere.
  // A race does not depend on how much the fixture writes: output taken at a child's 'exit' is cut
  // short or empty on some runs at any size, and the test fails at random (a flaky test, judged
  // real in 9 of the 9 such findings of the audits 14, 16 and 18).
  // Example and demo code runs its own fixed input: any finding there but a race waits for
  // `possible` (audits 1–30: 121 of 122 sites judged in examples/ could break nothing).
  const evidence = !meta.defaultEnabled || own === 'race' || LEVEL[own] === 'possible' ? own
    : isExamplePath(path, namedFolder) ? 'in-example'
    : LEVEL[own] === 'known' && isTestPath(path, namedFolder) ? 'in-test' : own;
  return {
    rule: meta.id,
    name: meta.name,
    path,
    start: report.start,
    end: report.end,
    range: { start: source.position(report.start), end: source.position(report.end) },
    message: report.message,
    severity: meta.severity === 'warning' ? 'warning' : severityOf(evidence),
    evidence,
    fixes: report.fixes ?? [],
  };
}

/**
 * Whether the run reports a finding: its evidence is at least the run's level (a finding resting
 * only on an unlisted program waits for `--evidence possible`).
 */
export function reported(finding: Finding, options: Pick<EngineOptions, 'evidence'>): boolean {
  return reportedAt(finding.evidence, options.evidence ?? DEFAULT_EVIDENCE_LEVEL);
}

/**
 * A finding below the run's evidence level: kept only to be counted after suppressions (the
 * text report says how many a looser level would show), so its fixes are never built: a
 * builder's work, or its failure, for a finding nobody sees.
 */
export function countedOnly(finding: Finding): Finding {
  return { ...finding, fixes: [] };
}

/** How many findings a looser `--evidence` level would add, by the level that shows them. */
export type HiddenCounts = Partial<Record<EvidenceLevel, number>>;

export function hiddenCounts(findings: readonly Finding[]): HiddenCounts {
  const counts: HiddenCounts = {};
  for (const f of findings) counts[LEVEL[f.evidence]] = (counts[LEVEL[f.evidence]] ?? 0) + 1;
  return counts;
}

/** The counts of several files added up. */
export function addHidden(into: HiddenCounts, more: HiddenCounts | undefined): HiddenCounts {
  for (const [level, n] of Object.entries(more ?? {}) as [EvidenceLevel, number][]) into[level] = (into[level] ?? 0) + n;
  return into;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.rule.localeCompare(b.rule)));
}

/** The fix a finding gets: the requested strategy when the rule offers it, else its primary fix. */
export function chooseFix(finding: Finding, strategy: Strategy): Fix | null {
  return finding.fixes.find((f) => f.strategy === strategy) ?? finding.fixes[0] ?? null;
}

/** A rule that threw: its id, the message and the stack (for --debug). */
export function ruleFailure(path: string, id: string, e: unknown): InternalError {
  const error = e instanceof Error ? e : new Error(String(e));
  return { path, message: `${id} failed: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
}
