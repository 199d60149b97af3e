import path from 'node:path';
import type { OutputFinding } from './model.js';

// node:crypto loads on first use: most runs never fingerprint (start-up time).
const crypto = () => process.getBuiltinModule('node:crypto');

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
export function repoPath(where: RunLocation, file: string): string {
  const rel = path.relative(where.root, path.resolve(where.cwd, file));
  // A path outside the repository (or a stdin name) has no repo-relative form; keep it as given.
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/**
 * A fingerprint that survives edits elsewhere in the file: it hashes the rule, the path and the
 * text of the flagged line (whitespace-trimmed), not the line number, so inserting lines above
 * a finding does not make CI report it as new and fixed. Two identical lines with the same rule
 * in one file are told apart by their order of appearance.
 */
export function fingerprints(findings: OutputFinding[], where: RunLocation): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const text = (f.sourceLine ?? '').trim();
    const base = `${f.rule}\0${repoPath(where, f.path)}\0${text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return crypto().createHash('sha256').update(`${base}\0${n}`).digest('hex');
  });
}

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
export function countByRule(findings: OutputFinding[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const entry = counts.get(f.rule) ?? { rule: f.rule, name: f.name, count: 0, fixable: 0, unsafe: 0 };
    entry.count++;
    if (f.fix?.applicability === 'safe') entry.fixable++;
    if (f.fix?.applicability === 'unsafe') entry.unsafe++;
    counts.set(f.rule, entry);
  }
  return [...counts.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

export interface FileCount {
  /** Repository-relative path. */
  path: string;
  count: number;
  fixable: number;
  rules: string[];
}

/** Findings per file (repository-relative), most findings first, then by path. */
export function countByFile(findings: OutputFinding[], where: RunLocation): FileCount[] {
  const counts = new Map<string, FileCount>();
  for (const f of findings) {
    const p = repoPath(where, f.path);
    const entry = counts.get(p) ?? { path: p, count: 0, fixable: 0, rules: [] };
    entry.count++;
    if (f.fix?.applicability === 'safe') entry.fixable++;
    if (!entry.rules.includes(f.rule)) entry.rules.push(f.rule);
    counts.set(p, entry);
  }
  for (const c of counts.values()) c.rules.sort();
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
