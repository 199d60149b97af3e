import { ruleFailure, toFinding } from '../finding.js';
import { jsRules } from '../../rules/index.js';
import { loadTs } from './load.js';
import { allowsTopLevelAwait, inComment, parseJs, syntaxErrorCount } from './parse.js';
import { nodeTarget } from '../knowledge/node.js';
import { JsModel } from './resolve.js';
/**
 * Runs the enabled JS/TS rules over decoded text; no suppression filtering. The TypeScript API
 * loads here (loadTs), on the first JS/TS text, never at start-up.
 */
export function lintJsText(path, source, options) {
    const findings = [];
    const internalErrors = [];
    const rules = jsRules.filter((r) => options.enabled.has(r.meta.id));
    loadTs();
    const sourceFile = parseJs(path, source.text);
    const syntaxErrors = syntaxErrorCount(sourceFile);
    if (rules.length === 0)
        return { findings, syntaxErrors, internalErrors, inComment: (offset) => inComment(sourceFile, offset) };
    const model = new JsModel(sourceFile);
    const nodeMajor = options.nodeMajor ?? nodeTarget(path);
    for (const rule of rules) {
        const context = {
            path, source, sourceFile, model, nodeMajor, wrappers: options.wrappers ?? null,
            topLevelAwait: allowsTopLevelAwait(path),
            report: (node, r) => findings.push(toFinding(rule.meta, path, source, { ...r, start: node.getStart(sourceFile), end: node.end })),
        };
        try {
            rule.check(context);
        }
        catch (e) {
            internalErrors.push(ruleFailure(path, rule.meta.id, e));
        }
    }
    return { findings, syntaxErrors, internalErrors, inComment: (offset) => inComment(sourceFile, offset) };
}
