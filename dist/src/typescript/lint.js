import fs from 'node:fs';
import nodePath from 'node:path';
import { countedOnly, reported, ruleFailure, toFinding } from '../finding.js';
import { jsRules } from '../../rules/index.js';
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
export function lintJsText(path, source, options) {
    const findings = [];
    const internalErrors = [];
    const rules = jsRules.filter((r) => options.enabled.has(r.meta.id));
    useNamedFolder(options.namedFolder ?? null);
    loadTs();
    const sourceFile = parseJs(path, source.text);
    const syntaxErrors = syntaxErrorCount(sourceFile);
    if (rules.length === 0)
        return { findings, syntaxErrors, internalErrors, inComment: (offset) => inComment(sourceFile, offset) };
    const model = new JsModel(sourceFile);
    const node = (options.nodeRange !== undefined ? parseNodeRange(options.nodeRange) : null)
        ?? (options.nodeMajor !== undefined ? exactNode(options.nodeMajor) : nodeRangeTarget(path));
    const nodeMajor = node.major;
    // No project index (one file at a time): the wrappers of the modules this file imports.
    const abs = nodePath.resolve(path);
    const wrappers = options.wrappers ?? (fs.existsSync(abs) ? nearbyWrappers(abs, source.text) : null);
    for (const rule of rules) {
        const context = {
            path, source, sourceFile, model, nodeMajor, node, wrappers,
            topLevelAwait: allowsTopLevelAwait(path),
            report: (node, r) => {
                const finding = judgeReachable(toFinding(rule.meta, path, source, { ...r, start: node.getStart(sourceFile), end: node.end }, options.namedFolder), rule.meta, path, sourceFile, node);
                findings.push(reported(finding, options) ? finding : countedOnly(finding));
            },
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
