import fs from 'node:fs';
import { decode, EncodingError } from './encoding.js';
import { starExports } from './python/project.js';
import { importsProjectWrapper, useParser } from './python/wrappers.js';
import { mentionsCandidate } from './prefilter.js';
import { DEFAULT_TARGET, fromShebang, includesPython2, PYTHON2_SYNTAX_TARGET } from './knowledge/targets.js';
import { hasPython2Syntax, PythonModel } from './python/semantic.js';
import { SourceText } from './source.js';
import { isSuppressed, readSuppressions } from './suppress.js';
import { pythonRules } from '../rules/index.js';
export function toFinding(meta, path, source, report) {
    return {
        rule: meta.id,
        name: meta.name,
        path,
        start: report.start,
        end: report.end,
        range: { start: source.position(report.start), end: source.position(report.end) },
        message: report.message,
        severity: meta.severity,
        fixes: report.fixes ?? [],
    };
}
export function sortFindings(findings) {
    return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.rule.localeCompare(b.rule)));
}
/** A rule that threw: its id, the message and the stack (for --debug). */
export function ruleFailure(path, id, e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { path, message: `${id} failed: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
}
/**
 * The Python parser (web-tree-sitter and its WebAssembly grammar) is loaded by importing
 * python/parse.js: on the first Python file that survives the prefilter, once per thread.
 */
export const loadPythonParser = () => import('./python/parse.js');
/** Runs the enabled Python rules over decoded text; no suppression filtering. */
export async function lintPythonText(path, source, options) {
    const { parsePython } = await loadPythonParser();
    useParser(parsePython);
    const tree = parsePython(source.text);
    // A real file's star imports of the project's own modules are followed (shape 8).
    const model = new PythonModel(tree, source.text, path.endsWith('.py') && fs.existsSync(path) ? (module) => starExports(path, module) : null);
    // Finding Python 2 syntax costs a pass over the file: done once, when a rule asks.
    let versions;
    const versionsOf = () => (versions ??= fileTarget(source.text, tree, options.target));
    const findings = [];
    const internalErrors = [];
    for (const rule of pythonRules) {
        if (!options.enabled.has(rule.meta.id))
            continue;
        const context = {
            path, source, tree, model,
            get target() { return includesPython2(versionsOf()) ? 'py2' : 'py3'; },
            get versions() { return versionsOf(); },
            report: (node, r) => findings.push(toFinding(rule.meta, path, source, { ...r, start: node.startIndex, end: node.endIndex, fixes: inBrokenStatement(node) ? [] : r.fixes })),
        };
        try {
            rule.check(context);
        }
        catch (e) {
            internalErrors.push(ruleFailure(path, rule.meta.id, e));
        }
    }
    return { findings, tree, internalErrors };
}
/**
 * The versions one file runs on. Python 2 syntax proves 2.x and wins over everything; a target
 * the user or the project set comes next (names such as `raw_input` never decide); a `python2`
 * shebang only replaces the default.
 */
export function fileTarget(text, tree, option) {
    if (hasPython2Syntax(tree, text))
        return PYTHON2_SYNTAX_TARGET;
    const given = option === 'py2' ? PYTHON2_SYNTAX_TARGET : option === 'py3' ? DEFAULT_TARGET : option;
    if (given !== DEFAULT_TARGET)
        return given;
    return fromShebang(text) ?? DEFAULT_TARGET;
}
// A statement tree-sitter had to repair is not one to rewrite: the finding stands, the fix
// is withheld, so no edit is ever built on a guess about broken code.
function inBrokenStatement(node) {
    let n = node;
    while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module')
        n = n.parent;
    return n.hasError;
}
/** Lints decoded text of one language, applying inline suppressions. */
export async function lintText(path, source, language, options) {
    let lint;
    if (language === 'python') {
        const py = await lintPythonText(path, source, options);
        const { syntaxErrorCount } = await loadPythonParser();
        const root = py.tree.rootNode;
        // Offsets of the whole text, as node offsets are (the root itself starts at the first token).
        const inComment = (offset) => root.descendantForIndex(offset, offset + 1)?.type === 'comment';
        lint = { findings: py.findings, syntaxErrors: syntaxErrorCount(py.tree), internalErrors: py.internalErrors, inComment, tree: py.tree };
    }
    else {
        const { lintJsText } = await import('./typescript/lint.js');
        lint = lintJsText(path, source, options);
    }
    const suppressions = readSuppressions(source, language, lint.inComment);
    const findings = sortFindings(lint.findings.filter((f) => !isSuppressed(suppressions, f.rule, f.range.start.line - 1, f.range.end.line - 1, f.start)));
    // Findings and fixes are plain data by now. A WebAssembly tree lives in the module's heap,
    // where V8 does not see its size: free it now rather than whenever a finalizer runs.
    lint.tree?.delete();
    return { findings, syntaxErrors: lint.syntaxErrors, internalErrors: lint.internalErrors };
}
/**
 * The prefilter for one file: it names a popen-family function (prefilter.ts), or, for Python,
 * it calls a wrapper that one of the project's modules defines (shape 6).
 */
export function isCandidate(file, bytes, language) {
    return mentionsCandidate(bytes, language) || (language === 'python' && !file.startsWith('-') && importsProjectWrapper(file, bytes));
}
/** Whole pipeline for one file's bytes: prefilter, decode, parse, rules, suppressions. */
export async function lintBytes(path, bytes, language, options) {
    const result = { path, language, findings: [], diagnostics: [], parsed: false };
    if (!isCandidate(path, bytes, language))
        return result;
    // Python refuses source with a NUL byte; JS/TS allows one in strings and templates (a file
    // that is really binary fails to decode as UTF-8 instead).
    if (language === 'python' && bytes.includes(0)) {
        result.diagnostics.push({ path, code: 'E902', message: 'binary file (contains NUL bytes); not linted' });
        return result;
    }
    let decoded;
    try {
        decoded = decode(bytes, language);
    }
    catch (e) {
        if (!(e instanceof EncodingError))
            throw e;
        result.diagnostics.push({ path, code: 'E902', message: e.message });
        return result;
    }
    const source = new SourceText(decoded.text);
    result.decoded = decoded;
    result.source = source;
    result.parsed = true;
    const lint = await lintText(path, source, language, options);
    result.findings = lint.findings;
    if (lint.internalErrors.length)
        result.errors = lint.internalErrors;
    return result;
}
