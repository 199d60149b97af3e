import fs from 'node:fs';
import path, { resolve as resolvePath } from 'node:path';
import { codeCacheUses, OPTIMIZING_TIER } from './code-cache.js';
import { decode, EncodingError } from './encoding.js';
import { DEFAULT_TARGET, fromShebang, includesPython2, PYTHON2_SYNTAX_TARGET } from './knowledge/targets.js';
import { starExports as projectStarExports } from './python/project.js';
import { importsProjectWrapper } from './python/wrapper-prefilter.js';
import { offerLintTree, takeParsedModule, useParser } from './python/wrappers.js';
import { useNamedFolder } from './named-folder.js';
import { useScriptFolder } from './knowledge/project-scripts.js';
import { countedOnly, hiddenCounts, reported, ruleFailure, sortFindings, toFinding } from './finding.js';
import { mentionsCandidate, Needles } from './prefilter.js';
import { parseLimitReason } from './python/parse-limit.js';
import { Coverage, NeedsWiderParse, topLevelChunks } from './python/partial.js';
import { neverRuns } from './python/never-runs.js';
import { hasPython2Syntax, python2Candidates } from './python/python2-syntax.js';
import { PythonModel, starExports } from './python/semantic.js';
import { settleFixes } from './rule.js';
import { SourceText } from './source.js';
import { isSuppressed, readSuppressions } from './suppress.js';
import { lintJsText } from './typescript/lint.js';
import { wrapperNeedles } from './typescript/wrapper-index.js';
import { importsJsWrapper } from './typescript/wrappers.js';
import { vendoredPythonReason, vendoredReason } from './vendored.js';
import { allRules, pythonRules } from '../rules/index.js';
export { ruleFailure, sortFindings, toFinding } from './finding.js';
// `from M import *` binds what any Python rule resolves, whichever rules run.
const STAR_EXPORTS = starExports(pythonRules.flatMap((r) => r.meta.resolves));
const needlesCache = new WeakMap();
/** The prefilter's words for a language: the needles (and required words) of the enabled rules of that language. */
export function needlesFor(language, enabled) {
    let byLanguage = needlesCache.get(enabled);
    if (!byLanguage)
        needlesCache.set(enabled, (byLanguage = new Map()));
    let needles = byLanguage.get(language);
    if (!needles) {
        needles = new Needles(language, allRules.filter((r) => r.language === language && enabled.has(r.id)));
        byLanguage.set(language, needles);
    }
    return needles;
}
/** The prefilter with the enabled rules' needles: false means no enabled rule can find anything here. */
export function isCandidate(bytes, language, options, file) {
    if (mentionsCandidate(bytes, needlesFor(language, options.enabled)))
        return true;
    // A Python file that calls a wrapper one of the project's modules defines (shape 6).
    if (language === 'python' && file && !file.startsWith('-') && importsProjectWrapper(file, bytes))
        return true;
    if (language !== 'javascript')
        return false;
    // A JS/TS file that calls a project wrapper of spawn (built before linting) is a candidate too;
    // without a project index, one that calls a wrapper of a module it imports (read from disk).
    if (options.wrappers)
        return wrapperNeedles(options.wrappers).some((n) => bytes.includes(n));
    return !!file && !file.startsWith('-') && importsJsWrapper(path.resolve(file), bytes);
}
let pythonParser;
/**
 * The Python parser (web-tree-sitter and its WebAssembly grammar) is loaded by importing
 * python/parse.js: on the first Python file that survives the prefilter, once per thread. The
 * asynchronous entry points (lintText, lintBytes) load it themselves; lintTextSync needs it
 * loaded first.
 */
/**
 * For a run that parses little: V8 compiles the parser's WebAssembly with its baseline compiler
 * only. Its optimizing tier recompiles the parse tables in the background, which costs a short
 * run more CPU (some 40 ms) than it saves, and pays off only past a few megabytes of Python.
 * V8's flags are the process's: this must run before the parser first loads in any thread.
 */
export function preferQuickParserStart() {
    quickParserStart = true;
}
let quickParserStart = false;
export async function loadPythonParser() {
    if (pythonParser)
        return pythonParser;
    codeCacheUses('python');
    // web-tree-sitter's JavaScript first, under the start-up flags: the CLI compiles it with a
    // code cache (scripts/bundle.js), which V8 accepts only under the flags it was made with.
    await import('web-tree-sitter');
    // Set either way: the CLI starts with --liftoff-only set (cli/start.ts: its code cache is
    // made under one set of flags), and a run that parses much wants the optimizing tier.
    process.getBuiltinModule('node:v8').setFlagsFromString(quickParserStart ? '--liftoff-only' : OPTIMIZING_TIER);
    const loaded = await import('./python/parse.js');
    await loaded.parserReady;
    return (pythonParser = loaded);
}
function loadedPythonParser() {
    if (!pythonParser)
        throw new Error('the Python parser is not loaded yet: await init() (or loadPythonParser()) before a synchronous lint of Python text');
    return pythonParser;
}
/**
 * Runs the enabled Python rules over decoded text; no suppression filtering; fix edits built
 * or dropped (EngineOptions.fixEdits). The parser must be loaded. A large file is parsed in
 * part when it can be (see python/partial.ts); the findings are the same.
 */
export function lintPythonText(path, source, options) {
    const parser = loadedPythonParser();
    useParser(parser.parsePython);
    useNamedFolder(options.namedFolder ?? null);
    const plan = partialPlan(source.text, options);
    let coverage = plan?.coverage ?? null;
    for (let round = 0;; round++) {
        // A whole-file parse of a project module that a wrapper call already made parse: its copy.
        const taken = !coverage && round === 0 && path.endsWith('.py') ? takeParsedModule(resolvePath(path), source.text) : null;
        const tree = taken ?? parser.parsePython(source.text, coverage?.ranges);
        // Error recovery may read a broken statement differently without its neighbours.
        if (coverage && tree.rootNode.hasError) {
            tree.delete();
            coverage = null;
            continue;
        }
        try {
            const lint = runPythonRules(path, source, tree, options, coverage);
            // A whole-file tree of its own: a candidate linted later may want it for its wrappers.
            if (!coverage && !taken && path.endsWith('.py'))
                offerLintTree(resolvePath(path), source.text, tree);
            return lint;
        }
        catch (e) {
            tree.delete();
            if (!(e instanceof NeedsWiderParse) || !coverage)
                throw e;
            coverage = round < MAX_PARTIAL_ROUNDS ? plan.widen(coverage, e.indexes) : null;
        }
    }
}
function runPythonRules(path, source, tree, options, coverage) {
    // A real file's star imports of the project's own modules are followed (shape 8).
    const starModule = path.endsWith('.py') && fs.existsSync(path) ? (module) => projectStarExports(path, module) : null;
    const model = new PythonModel(tree, source.text, STAR_EXPORTS, starModule, coverage ?? undefined);
    // Finding Python 2 syntax costs a pass over the file: done once, when a rule asks.
    let versions;
    const versionsOf = () => (versions ??= fileTarget(source.text, tree, options.target, coverage ?? undefined));
    const findings = [];
    const internalErrors = [];
    for (const rule of pythonRules) {
        if (!options.enabled.has(rule.meta.id))
            continue;
        const context = {
            path, source, tree, model,
            get target() { return includesPython2(versionsOf()) ? 'py2' : 'py3'; },
            get versions() { return versionsOf(); },
            report: (node, r) => {
                // Code under `if False:` never runs: nothing there can break.
                if (neverRuns(node))
                    return;
                const finding = toFinding(rule.meta, path, source, { ...r, start: node.startIndex, end: node.endIndex, fixes: inBrokenStatement(node) ? [] : r.fixes }, options.namedFolder);
                findings.push(reported(finding, options) ? finding : countedOnly(finding));
            },
        };
        try {
            rule.check(context);
        }
        catch (e) {
            if (e instanceof NeedsWiderParse)
                throw e;
            internalErrors.push(ruleFailure(path, rule.meta.id, e));
        }
    }
    // Fix edits are built now or never: the tree they are built from is freed after this.
    settleFixes(findings, options.fixEdits !== false, internalErrors, (e) => e instanceof NeedsWiderParse);
    return { findings, tree, internalErrors };
}
/** Python text from this size on is parsed in part, when it can be (see python/partial.ts). */
export const PARTIAL_MIN_CHARS = 256 * 1024;
/** Rounds of widening before a whole-file parse; and the share of the text past which a part is no saving. */
const MAX_PARTIAL_ROUNDS = 4;
const MAX_PARTIAL_SHARE = 0.5;
const IMPORTS = /^(?:import|from)\s/;
const GUARDED_IMPORT = /^(?:try|if)\b[\s\S]*^[ \t]+(?:import|from)\s/m;
/**
 * Which top-level statements to parse: those that mention a needle of the enabled rules (the
 * candidates), the imports, including guarded ones (`try: import x` / `if PY2: from ...`), and
 * suppression comments.
 * Null when the whole file is to be parsed: a small file, a cut that is not certain, or a part
 * that would be most of the file.
 */
function partialPlan(text, options) {
    const mode = options.partialParse ?? 'auto';
    if (mode === 'never' || (mode === 'auto' && text.length < PARTIAL_MIN_CHARS))
        return null;
    const chunks = topLevelChunks(text);
    if (!chunks || chunks.length < 2)
        return null;
    const chunkAt = (index) => {
        let lo = 0;
        let hi = chunks.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (chunks[mid][0] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    const chosen = new Set();
    const words = [...needlesFor('python', options.enabled).words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (words.length) {
        for (const m of text.matchAll(new RegExp(`(?<![\\w\\u0080-\\uffff])(?:${words.join('|')})(?![\\w\\u0080-\\uffff])`, 'g')))
            chosen.add(chunkAt(m.index));
    }
    // Suppression comments (suppress.ts asks the tree whether a `# noqa` is a comment).
    for (const m of text.matchAll(/noqa|popenlint/gi))
        chosen.add(chunkAt(m.index));
    chunks.forEach(([s, e], i) => {
        const head = text.slice(s, s + 8);
        if (IMPORTS.test(head) || ((head.startsWith('try') || head.startsWith('if')) && GUARDED_IMPORT.test(text.slice(s, e))))
            chosen.add(i);
    });
    // Where Python 2 syntax may be (`print`, `exec`, `except E, e`, backquotes...): the file's
    // versions are asked by the rules, and hasPython2Syntax asks for every such place at its
    // first one outside the cut. Taken now, a module that says `print(...)` all over is parsed
    // whole at once, not first in part and then whole (numpy's test_multiarray.py: 420 KB, 160 KB
    // parsed for nothing).
    for (const index of python2Candidates(text))
        chosen.add(chunkAt(index));
    const limit = text.length * MAX_PARTIAL_SHARE;
    const coverageOf = (set) => {
        const ranges = [];
        let size = 0;
        for (const i of [...set].sort((a, b) => a - b)) {
            const [s, e] = chunks[i];
            size += e - s;
            const last = ranges[ranges.length - 1];
            if (last && last[1] === s)
                last[1] = e;
            else
                ranges.push([s, e]);
        }
        return size > limit ? null : new Coverage(text, ranges);
    };
    const coverage = coverageOf(chosen);
    if (!coverage)
        return null;
    return {
        coverage,
        widen: (_c, indexes) => {
            for (const index of indexes)
                chosen.add(chunkAt(index));
            return coverageOf(chosen);
        },
    };
}
/**
 * The versions one file runs on. Python 2 syntax proves 2.x and wins over everything; a target
 * the user or the project set comes next (names such as `raw_input` never decide); a `python2`
 * shebang only replaces the default.
 */
export function fileTarget(text, tree, option, coverage) {
    if (hasPython2Syntax(tree, text, coverage))
        return PYTHON2_SYNTAX_TARGET;
    const given = option === 'py2' ? PYTHON2_SYNTAX_TARGET : option === 'py3' ? DEFAULT_TARGET : option;
    // By value: a target that crossed to a worker thread is a copy, never the same object.
    if (given.source !== DEFAULT_TARGET.source)
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
/**
 * Lints decoded text of one language, applying inline suppressions, synchronously: for Python
 * the parser must already be loaded (loadPythonParser); the TypeScript API loads on the first
 * JS/TS text (see typescript/load.ts).
 */
export function lintTextSync(path, source, language, options) {
    // The project scripts its commands run are looked for next to this file (knowledge/project-scripts.ts).
    useScriptFolder(path);
    let lint;
    if (language === 'python') {
        const py = lintPythonText(path, source, options);
        const root = py.tree.rootNode;
        // Offsets of the whole text, as node offsets are (the root itself starts at the first token).
        const inComment = (offset) => root.descendantForIndex(offset, offset + 1)?.type === 'comment';
        lint = { findings: py.findings, syntaxErrors: loadedPythonParser().syntaxErrorCount(py.tree), internalErrors: py.internalErrors, inComment, tree: py.tree };
    }
    else {
        lint = lintJsText(path, source, options);
        settleFixes(lint.findings, options.fixEdits !== false, lint.internalErrors);
    }
    const suppressions = readSuppressions(source, language, lint.inComment);
    const kept = lint.findings.filter((f) => !isSuppressed(suppressions, f.rule, f.range.start.line - 1, f.range.end.line - 1, f.start));
    const findings = sortFindings(kept.filter((f) => reported(f, options)));
    const hidden = kept.length > findings.length ? hiddenCounts(kept.filter((f) => !reported(f, options))) : undefined;
    // Findings and fixes are plain data by now. A WebAssembly tree lives in the module's heap,
    // where V8 does not see its size: free it now rather than whenever a finalizer runs.
    lint.tree?.delete();
    return { findings, ...(hidden ? { hidden } : {}), syntaxErrors: lint.syntaxErrors, internalErrors: lint.internalErrors };
}
/** Lints decoded text of one language, applying inline suppressions; loads the Python parser when needed. */
export async function lintText(path, source, language, options) {
    if (language === 'python')
        await loadPythonParser();
    return lintTextSync(path, source, language, options);
}
// Content the Python parser must not see: a NUL byte (Python refuses such source; JS/TS allows
// one in strings and templates, and a file that is really binary fails to decode as UTF-8), and
// indentation deep enough to break the parser.
function refusal(content, language) {
    if (language !== 'python')
        return null;
    if (typeof content === 'string' ? content.includes('\0') : content.includes(0))
        return 'binary file (contains NUL bytes); not linted';
    return parseLimitReason(content);
}
// Vendored bundles (a checked-in Yarn release, minified files) and copies of other projects'
// Python packages are not the user's code: skipped alike for a file read from disk (the CLI,
// Linter.lintFile) and for an editor's buffer (the server, Linter.lintText).
function isVendored(bytes, language, options, path) {
    if (path === undefined)
        return false;
    if (language === 'javascript')
        return vendoredReason(path, bytes, options.vendored) !== null;
    return vendoredPythonReason(path, options.vendored, options.namedFolder) !== null;
}
/**
 * The one path from bytes to text, shared by check and fix: the prefilter (a file that names
 * no candidate is never decoded), binary files, Python text that would break the parser
 * (see parseLimitReason), and decoding in the file's own encoding. `prefiltered`: the caller
 * has already found these bytes (or the file's, just read) to be a candidate.
 */
export function prepare(bytes, language, options, path, prefiltered = false) {
    if (!prefiltered && !isCandidate(bytes, language, options, path))
        return { kind: 'skip' };
    if (isVendored(bytes, language, options, path))
        return { kind: 'skip' };
    const refused = refusal(bytes, language);
    if (refused)
        return { kind: 'error', message: refused };
    let decoded;
    try {
        decoded = decode(bytes, language);
    }
    catch (e) {
        if (!(e instanceof EncodingError))
            throw e;
        return { kind: 'error', message: e.message };
    }
    return { kind: 'text', decoded, source: new SourceText(decoded.text) };
}
/**
 * prepare() for text that is already decoded (an editor's buffer): same prefilter, same vendored
 * files skipped, same refusals.
 * `path` (absolute) lets the prefilter follow the file's imports to project wrappers.
 */
export function prepareText(text, language, options, path) {
    const bytes = Buffer.from(text, 'utf8');
    if (!isCandidate(bytes, language, options, path) || isVendored(bytes, language, options, path))
        return { kind: 'skip' };
    const refused = refusal(text, language);
    if (refused)
        return { kind: 'error', message: refused };
    return { kind: 'text', source: new SourceText(text) };
}
/** Whole pipeline for one file's bytes: prefilter (unless `prefiltered`, see prepare), decode, parse, rules, suppressions. */
export async function lintBytes(path, bytes, language, options, prefiltered = false) {
    const result = { path, language, findings: [], diagnostics: [], parsed: false };
    const prepared = prepare(bytes, language, options, path, prefiltered);
    if (prepared.kind === 'skip')
        return result;
    if (prepared.kind === 'error') {
        result.diagnostics.push({ path, code: 'E902', message: prepared.message });
        return result;
    }
    result.decoded = prepared.decoded;
    result.source = prepared.source;
    result.parsed = true;
    const lint = await lintText(path, prepared.source, language, options);
    result.findings = lint.findings;
    if (lint.hidden)
        result.hidden = lint.hidden;
    if (lint.internalErrors.length)
        result.errors = lint.internalErrors;
    return result;
}
