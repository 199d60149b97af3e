// TEMPORARY: the names of src/api.ts (arch branch) on today's engine, until that API lands.
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import { Settings } from '../cli/settings.js';
import { languageByHead, languageByName } from '../discover.js';
import { lintText as engineLint } from '../engine.js';
import { applyEdits as applyEditList, fixText as fixLoop } from '../fix/apply.js';
import { SourceText } from '../source.js';
import { isSuppressed, readSuppressions } from '../suppress.js';
import { lintJsText } from '../typescript/lint.js';
import type { Edit, FileDiagnostic, Finding, Language, RuleMeta, Strategy } from '../types.js';

export type { Edit, FileDiagnostic, Finding, Fix, Language, RuleMeta } from '../types.js';
export { ConfigError } from '../config.js';

export interface TextOptions { path: string; language?: Language }
export interface LintResult { path: string; language: Language; findings: Finding[]; diagnostics: FileDiagnostic[]; parsed: boolean; text?: string }
export interface FixResult { text: string; changed: boolean; error: string | null }

export class Linter {
  private settings = new Settings({}, allRules);
  constructor(private readonly options: { cwd?: string } = {}) {}
  clearCache(): void {
    this.settings = new Settings({}, allRules);
  }
  private abs(file: string) {
    return path.resolve(this.options.cwd ?? process.cwd(), file);
  }
  async lintText(text: string, options: TextOptions): Promise<LintResult> {
    const language = this.languageOf(text, options);
    const engine = this.settings.forFile(this.abs(options.path)).engine;
    const r = await engineLint(options.path, new SourceText(text), language, engine);
    return { path: options.path, language, findings: r.findings, diagnostics: [], parsed: true, text };
  }
  lintTextSync(text: string, options: TextOptions & { rules?: string[] }): LintResult {
    const language = this.languageOf(text, options);
    const source = new SourceText(text);
    const r = lintJsText(options.path, source, { enabled: new Set(allRules.map((x) => x.id)), target: 'py3' });
    const sup = readSuppressions(source, language);
    const findings = r.findings.filter((f) => !isSuppressed(sup, f.rule, f.range.start.line - 1, f.range.end.line - 1)).sort((a, b) => a.start - b.start);
    return { path: options.path, language, findings, diagnostics: [], parsed: true, text };
  }
  async fixText(text: string, options: TextOptions & { strategy?: Strategy; unsafe?: boolean }): Promise<FixResult> {
    const language = this.languageOf(text, options);
    const fs = this.settings.forFile(this.abs(options.path));
    const out = await fixLoop(options.path, text, language, fs.engine, { strategy: options.strategy ?? fs.strategy, unsafe: options.unsafe ?? false });
    return { text: out.text, changed: out.text !== text, error: out.error };
  }
  private languageOf(text: string, options: TextOptions): Language {
    const language = options.language ?? languageByName(options.path) ?? languageByHead(text.slice(0, 128));
    if (!language) throw new TypeError(`${options.path}: cannot tell the language`);
    return language;
  }
}

export const rules: readonly RuleMeta[] = allRules;
export function getRule(idOrName: string): RuleMeta | undefined {
  return allRules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
export function applyEdits(text: string, edits: readonly Edit[]): string {
  return applyEditList(text, [...edits]);
}
export function suppressionFor(text: string, finding: Pick<Finding, 'rule' | 'start' | 'end'>, language: Language): Edit | null {
  const source = new SourceText(text);
  if (language === 'python') {
    const line = source.lineIndex(finding.end);
    const end = source.lineStarts[line]! + source.lineText(line).length;
    return { start: end, end, content: `  # noqa: ${finding.rule}` };
  }
  const start = source.lineStart(finding.start);
  const indent = /^[ \t]*/.exec(source.lineText(source.lineIndex(start)))![0];
  return { start, end: start, content: `${indent}// popenlint-disable-next-line ${finding.rule}${source.newline}` };
}
export function languageFor(file: string, head = ''): Language | null {
  return languageByName(file) ?? languageByHead(head);
}
