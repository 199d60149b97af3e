import type { OutputFinding } from './model.js';
/**
 * Helpers shared by the CI reporters (sarif, github, gitlab). They only re-express what the
 * RunReport already holds: a path relative to the repository root, and a fingerprint.
 */
/** Where the run happened, so CI reporters can make paths repository-relative. */
export interface RunLocation {
    /** Absolute folder that paths in the report are relative to (the current directory). */
    cwd: string;
    /** Absolute repository root (git top level), or cwd outside a repository. */
    root: string;
}
/**
 * Code scanning, annotations and Code Quality all resolve paths against the repository root,
 * while findings carry paths relative to where popenlint ran; `cd sub && popenlint check`
 * must still point at `sub/x.py`. Separators are always `/`.
 */
export declare function repoPath(where: RunLocation, file: string): string;
/**
 * A fingerprint that survives edits elsewhere in the file: it hashes the rule, the path and the
 * text of the flagged line (whitespace-trimmed), not the line number, so inserting lines above
 * a finding does not make CI report it as new and fixed. Two identical lines with the same rule
 * in one file are told apart by their order of appearance.
 */
export declare function fingerprints(findings: OutputFinding[], where: RunLocation): string[];
export interface RuleCount {
    rule: string;
    name: string;
    count: number;
    /** Findings with a safe fix (`popenlint fix`). */
    fixable: number;
    /** Findings whose fix needs --unsafe-fixes. */
    unsafe: number;
}
/** Findings per rule id, sorted by id: for the GitHub notice, --statistics and the summaries. */
export declare function countByRule(findings: OutputFinding[]): RuleCount[];
export interface FileCount {
    /** Repository-relative path. */
    path: string;
    count: number;
    fixable: number;
    rules: string[];
}
/** Findings per file (repository-relative), most findings first, then by path. */
export declare function countByFile(findings: OutputFinding[], where: RunLocation): FileCount[];
