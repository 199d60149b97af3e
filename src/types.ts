// Shared data types. Data flows one way: path -> source -> findings -> edits -> output.

export type Language = 'python' | 'javascript';
export type Strategy = 'devnull' | 'read' | 'subprocess';
export const STRATEGIES: readonly Strategy[] = ['devnull', 'read', 'subprocess'];
export type Applicability = 'safe' | 'unsafe';
export type Severity = 'error' | 'warning';

/** A replacement of the UTF-16 range [start, end) of the decoded source text. */
export interface Edit {
  start: number;
  end: number;
  content: string;
}

export interface Fix {
  strategy: Strategy;
  applicability: Applicability;
  /** Imperative one-liner, e.g. "Redirect the command's stdout to /dev/null". */
  description: string;
  edits: Edit[];
}

/** 1-based line, 1-based column counted in Unicode code points. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  rule: string;
  name: string;
  path: string;
  start: number;
  end: number;
  range: { start: Position; end: Position };
  message: string;
  severity: Severity;
  /** Every fix the rule offers, at most one per strategy, primary first. */
  fixes: Fix[];
}

/**
 * A bug of popenlint met while linting one file (a rule threw): not a finding about the user's
 * code. The run goes on with the other files, reports it apart from findings and exits 2.
 */
export interface InternalError {
  path: string;
  message: string;
  /** Shown with --debug. */
  stack?: string;
}

/** A problem with a file itself (unreadable, undecodable), reported like ruff's E902. */
export interface FileDiagnostic {
  path: string;
  code: 'E902';
  message: string;
}

export interface RuleDocs {
  whatItDoes: string;
  whyIsThisBad: string;
  /** Code that must produce this rule's finding (run as a test). */
  example: string;
  /** Code that must not produce this rule's finding (run as a test). */
  useInstead: string;
  fixSafety: string;
  references: string[];
  /** A shell session that shows the failure; defaults to the language's reproduction. */
  reproduction?: string;
}

export interface RuleMeta {
  id: string;
  name: string;
  language: Language;
  summary: string;
  defaultEnabled: boolean;
  severity: Severity;
  /** Strategies the rule can fix with; the first is its primary fix. */
  strategies: Strategy[];
  docs: RuleDocs;
}
