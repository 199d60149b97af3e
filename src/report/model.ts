import { addHidden, chooseFix, type FileResult, type HiddenCounts } from '../finding.js';
import type { SourceText } from '../source.js';
import type { Evidence } from '../knowledge/evidence.js';
import type { Finding, Fix, InternalError, Position, Severity, Strategy } from '../types.js';

/**
 * The one shape every reporter reads: findings with their chosen fix already laid out in
 * line/column terms. Reporters format this; they never look at source or re-parse.
 */
export interface OutputEdit {
  start: Position;
  end: Position;
  content: string;
}

export interface OutputFinding {
  rule: string;
  name: string;
  path: string;
  start: Position;
  end: Position;
  message: string;
  severity: Severity;
  /** What the finding rests on (knowledge/evidence.ts); absent for a file popenlint could not read. */
  evidence?: Evidence;
  /** The source line of start, for reporters that show it. */
  sourceLine: string | null;
  /** The fix for the chosen strategy, with edits in line/column terms; null when none. */
  fix: { strategy: Strategy; applicability: 'safe' | 'unsafe'; description: string; edits: OutputEdit[] } | null;
  /** Code around the finding and its fix as a diff; only when a format asks for it (html). */
  detail?: FindingDetail;
}

/** One hunk of a unified diff: 1-based start lines, lines prefixed with ' ', '-' or '+'. */
export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: string[];
}

export interface FindingDetail {
  /** The flagged lines with a little context; `line` is the 1-based number of lines[0]. */
  excerpt: { line: number; lines: string[] };
  /** The chosen fix as diff hunks, or null when there is no fix. */
  diff: DiffHunk[] | null;
}

/** Computes a finding's detail from its file's text (report/detail.ts, loaded only when needed). */
export type DetailBuilder = (finding: Finding, source: SourceText, fix: Fix | null) => FindingDetail;

export interface RunReport {
  findings: OutputFinding[];
  /**
   * `warnings`: how many of the findings are warnings (they do not fail the run; text shows it).
   * `hidden`: findings on weaker evidence than the run's level, by the level that would show them.
   */
  summary: { files: number; parsed: number; findings: number; warnings?: number; hidden?: HiddenCounts };
  /** Findings whose fix applies with `popenlint fix` / needs --unsafe-fixes. */
  fixable: { safe: number; unsafe: number };
  /** popenlint's own failures (a rule threw): not findings; the run exits 2. */
  errors?: { path: string; message: string }[];
}

export function outputFinding(f: Finding, source: SourceText | undefined, strategy: Strategy, detail?: DetailBuilder): OutputFinding {
  const fix = chooseFix(f, strategy);
  const out: OutputFinding = {
    rule: f.rule,
    name: f.name,
    path: f.path,
    start: f.range.start,
    end: f.range.end,
    message: f.message,
    severity: f.severity,
    evidence: f.evidence,
    sourceLine: source ? source.lineText(f.range.start.line - 1) : null,
    fix: fix && source
      ? {
          strategy: fix.strategy,
          applicability: fix.applicability,
          description: fix.description,
          edits: fix.edits.map((e) => ({ start: source.position(e.start), end: source.position(e.end), content: e.content })),
        }
      : null,
  };
  if (detail && source) out.detail = detail(f, source, fix);
  return out;
}

/**
 * `strategy` is the one of the run, or each file's (its nearest config decides, as for `fix`,
 * so a report shows the very fix `fix` would apply). `detail` adds code excerpts and fix diffs.
 */
export function buildReport(results: FileResult[], strategy: Strategy | ((r: FileResult) => Strategy), detail?: DetailBuilder): RunReport {
  const findings: OutputFinding[] = [];
  const errors: InternalError[] = [];
  const hidden: HiddenCounts = {};
  for (const r of results) {
    addHidden(hidden, r.hidden);
    for (const e of r.errors ?? []) errors.push({ path: e.path, message: e.message });
    for (const d of r.diagnostics) {
      findings.push({
        rule: d.code, name: 'io-error', path: d.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 },
        message: d.message, severity: 'error', sourceLine: null, fix: null,
      });
    }
    // Asked only of a file with findings: the CLI's strategy is a settings lookup per file (13,000 of a tree).
    if (!r.findings.length) continue;
    const chosen = typeof strategy === 'function' ? strategy(r) : strategy;
    for (const f of r.findings) findings.push(outputFinding(f, r.source, chosen, detail));
  }
  return {
    findings,
    summary: { files: results.length, parsed: results.filter((r) => r.parsed).length, findings: findings.length, warnings: findings.filter((f) => f.severity === 'warning').length, ...(Object.keys(hidden).length ? { hidden } : {}) },
    fixable: {
      safe: findings.filter((f) => f.fix?.applicability === 'safe').length,
      unsafe: findings.filter((f) => f.fix?.applicability === 'unsafe').length,
    },
    errors,
  };
}
