import type { EngineOptions } from '../engine.js';
import { ruleFailure, toFinding } from '../engine.js';
import type { SourceText } from '../source.js';
import type { Finding, InternalError } from '../types.js';
import { jsRules } from '../../rules/index.js';
import type { JsContext } from './context.js';
import { loadTs } from './load.js';
import { allowsTopLevelAwait, inComment, parseJs, syntaxErrorCount } from './parse.js';
import { JsModel } from './resolve.js';

/**
 * Runs the enabled JS/TS rules over decoded text; no suppression filtering. This module is only
 * reached through a dynamic import, so the TypeScript API loads on the first JS/TS candidate.
 */
export function lintJsText(path: string, source: SourceText, options: EngineOptions): { findings: Finding[]; syntaxErrors: number; internalErrors: InternalError[]; inComment: (offset: number) => boolean } {
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const rules = jsRules.filter((r) => options.enabled.has(r.meta.id));
  loadTs();
  const sourceFile = parseJs(path, source.text);
  const syntaxErrors = syntaxErrorCount(sourceFile);
  if (rules.length === 0) return { findings, syntaxErrors, internalErrors, inComment: (offset: number) => inComment(sourceFile, offset) };
  const model = new JsModel(sourceFile);
  for (const rule of rules) {
    const context: JsContext = {
      path, source, sourceFile, model,
      topLevelAwait: allowsTopLevelAwait(path),
      report: (node, r) => findings.push(toFinding(rule.meta, path, source, { ...r, start: node.getStart(sourceFile), end: node.end })),
    };
    try {
      rule.check(context);
    } catch (e) {
      internalErrors.push(ruleFailure(path, rule.meta.id, e));
    }
  }
  return { findings, syntaxErrors, internalErrors, inComment: (offset: number) => inComment(sourceFile, offset) };
}
