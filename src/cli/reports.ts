import fs from 'node:fs';
import path from 'node:path';
import { CODEOWNERS_PATHS, parseCodeOwners } from '../report/codeowners.js';
import { FORMATS, type Format, type FormatOptions } from '../report/index.js';
import type { RunReport } from '../report/model.js';
import { changedSince, GitError } from './git.js';
import { realPath } from '../real-path.js';

/**
 * Several reports from one run: `--format` says what goes to stdout (or --output-file), and
 * each `--report FORMAT:PATH` writes one more report of the same findings to a file, so CI
 * lints once and gets annotations, SARIF and a Markdown summary together.
 */

export class ReportError extends Error {}

export interface ReportSpec {
  format: Format;
  path: string;
}

/** `sarif:out/popenlint.sarif` -> { format, path }. The format is everything before the first colon. */
export function parseReportSpec(spec: string): ReportSpec {
  const colon = spec.indexOf(':');
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? '' : spec.slice(colon + 1);
  if (!(FORMATS as readonly string[]).includes(name)) {
    throw new ReportError(`--report '${spec}': unknown format '${name}'; write FORMAT:PATH with FORMAT one of ${FORMATS.join(', ')}`);
  }
  if (!file) throw new ReportError(`--report '${spec}': no path; write FORMAT:PATH, e.g. ${name}:popenlint.${name === 'markdown' ? 'md' : name}`);
  return { format: name as Format, path: file };
}

export function parseReportSpecs(specs: string[] | string | undefined): ReportSpec[] {
  if (specs === undefined) return [];
  return (Array.isArray(specs) ? specs : [specs]).map((s) => parseReportSpec(String(s)));
}

/** Writes a report file, creating its folder; a failure is one line naming the file. */
export function writeReport(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new ReportError(`cannot write report '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The repository's CODEOWNERS (GitHub's and GitLab's locations), or undefined when there is none. */
export function loadCodeOwners(root: string): FormatOptions['owners'] {
  for (const rel of CODEOWNERS_PATHS) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, rel), 'utf8');
    } catch {
      continue;
    }
    return { file: rel, of: parseCodeOwners(text) };
  }
  return undefined;
}

/**
 * `--changed-first REF`: findings in files that differ from REF come first, in their usual order,
 * then the others. GitHub shows only 10 annotations of each type per step, so the ones a pull
 * request is about must not be crowded out. A ref git cannot resolve keeps the usual order
 * (with a warning): ordering must never fail a run.
 */
export function changedFirst(report: RunReport, ref: string, cwd: string, warn: (message: string) => void): void {
  let changed: Set<string>;
  try {
    changed = changedSince(ref, cwd);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    warn(`--changed-first: ${e.message.replace(/^--changed-since: /, '')}; findings keep their usual order`);
    return;
  }
  const isChanged = (p: string) => {
    const abs = path.resolve(cwd, p);
    return changed.has(path.join(realPath(path.dirname(abs)), path.basename(abs)));
  };
  const first = report.findings.filter((f) => isChanged(f.path));
  if (first.length === 0) return;
  report.findings = [...first, ...report.findings.filter((f) => !isChanged(f.path))];
}
