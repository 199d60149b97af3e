import fs from 'node:fs';
import nodePath from 'node:path';
import { countedOnly, reported, ruleFailure, toFinding } from '../finding.js';
import type { SourceText } from '../source.js';
import type { EngineOptions, Finding, InternalError } from '../types.js';
import { jsRules } from '../../rules/index.js';
import type { JsContext } from './context.js';
import { loadTs } from './load.js';
import { allowsTopLevelAwait, inComment, parseJs, syntaxErrorCount } from './parse.js';
import { exactNode, nodeRangeTarget, parseNodeRange } from '../knowledge/node.js';
import { JsModel, resolveThroughProject } from './resolve.js';
import { throughProject } from './passed-functions.js';
import { nearbyWrappers } from './wrappers.js';
import { useNamedFolder } from '../named-folder.js';
import { judgeReachable } from './unreachable.js';

// Every model, this file's and those of the other modules it reads, resolves a child_process function
// that the callers hand in or that a function of the project returns (passed-functions.ts).
resolveThroughProject(throughProject);

/**
 * Runs the enabled JS/TS rules over decoded text; no suppression filtering. The TypeScript API
 * loads here (loadTs), on the first JS/TS text, never at start-up.
 */
export function lintJsText(path: string, source: SourceText, options: EngineOptions): { findings: Finding[]; syntaxErrors: number; internalErrors: InternalError[]; inComment: (offset: number) => boolean } {
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const rules = jsRules.filter((r) => options.enabled.has(r.meta.id));
  useNamedFolder(options.namedFolder ?? null);
  loadTs();
  const sourceFile = parseJs(path, source.text);
  const syntaxErrors = syntaxErrorCount(sourceFile);
  if (rules.length === 0) return { findings, syntaxErrors, internalErrors, inComment: (offset: number) => inComment(sourceFile, offset) };
  const model = new JsModel(sourceFile);
  const node = (options.nodeRange !== undefined ? parseNodeRange(options.nodeRange) : null)
    ?? (options.nodeMajor !== undefined ? exactNode(options.nodeMajor) : nodeRangeTarget(path));
  const nodeMajor = node.major;
  // No project index (one file at a time): the wrappers of the modules this file imports.
  const abs = nodePath.resolve(path);
  const wrappers = options.wrappers ?? (fs.existsSync(abs) ? nearbyWrappers(abs, source.text) : null);
  for (const rule of rules) {
    const context: JsContext = {
      path, source, sourceFile, model, nodeMajor, node, wrappers,
      topLevelAwait: allowsTopLevelAwait(path),
      report: (node, r) => {
        const finding = judgeReachable(toFinding(rule.meta, path, source, { ...r, start: node.getStart(sourceFile), end: node.end }, options.namedFolder), rule.meta, path, sourceFile, node);
        findings.push(reported(finding, options) ? finding : countedOnly(finding));
      },
    };
    try {
      rule.check(context);
    } catch (e) {
      internalErrors.push(ruleFailure(path, rule.meta.id, e));
    }
  }
  return { findings, syntaxErrors, internalErrors, inComment: (offset: number) => inComment(sourceFile, offset) };
}
