import { type FileResult } from '../finding.js';
import type { SourceText } from '../source.js';
import type { Finding, Position, Severity, Strategy } from '../types.js';
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
    /** The source line of start, for reporters that show it. */
    sourceLine: string | null;
    /** The fix for the chosen strategy, with edits in line/column terms; null when none. */
    fix: {
        strategy: Strategy;
        applicability: 'safe' | 'unsafe';
        description: string;
        edits: OutputEdit[];
    } | null;
}
export interface RunReport {
    findings: OutputFinding[];
    summary: {
        files: number;
        parsed: number;
        findings: number;
    };
    /** Findings whose fix applies with `popenlint fix` / needs --unsafe-fixes. */
    fixable: {
        safe: number;
        unsafe: number;
    };
    /** popenlint's own failures (a rule threw): not findings; the run exits 2. */
    errors?: {
        path: string;
        message: string;
    }[];
}
export declare function outputFinding(f: Finding, source: SourceText | undefined, strategy: Strategy): OutputFinding;
/**
 * `strategy` is the one of the run, or each file's (its nearest config decides, as for `fix`,
 * so a report shows the very fix `fix` would apply).
 */
export declare function buildReport(results: FileResult[], strategy: Strategy | ((r: FileResult) => Strategy)): RunReport;
