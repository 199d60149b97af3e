import { decode, EncodingError, type Decoded } from './encoding.js';
import { mentionsCandidate } from './prefilter.js';
import type { PythonContext, PythonTarget } from './python/context.js';
import type { SyntaxNode, Tree } from './python/parse.js';
import { hasPython2Syntax, PythonModel } from './python/semantic.js';
import type { Report } from './rule.js';
import { SourceText } from './source.js';
import { type CommentTest, isSuppressed, readSuppressions } from './suppress.js';
import type { FileDiagnostic, Finding, InternalError, Language, RuleMeta } from './types.js';
import { vendoredReason, type VendoredOptions } from './vendored.js';
import { type WrapperIndex, wrapperNeedles } from './typescript/wrapper-index.js';
import { pythonRules } from '../rules/index.js';

export interface EngineOptions {
  /** Rule ids that run. */
  enabled: ReadonlySet<string>;
  /** Target for files without Python 2 syntax (from requires-python or --target-version). */
  target: PythonTarget;
  /** Node major for JS/TS files; by default `engines.node` of the nearest package.json, else the running Node. */
  nodeMajor?: number;
  /** Which JS/TS files count as vendored bundles and are skipped (default: DEFAULT_VENDORED). */
  vendored?: VendoredOptions;
  /** The project's child-returning functions (built before linting, from every JS/TS file). */
  wrappers?: WrapperIndex;
}

/** Worth parsing: names a popen/child_process API, or (JS/TS) a project wrapper of one. */
export function isCandidate(bytes: Buffer, language: Language, options: EngineOptions): boolean {
  if (mentionsCandidate(bytes, language)) return true;
  return language === 'javascript' && !!options.wrappers && wrapperNeedles(options.wrappers).some((n) => bytes.includes(n));
}

export interface FileResult {
  path: string;
  language: Language;
  findings: Finding[];
  diagnostics: FileDiagnostic[];
  /** The file survived the prefilter and was parsed. */
  parsed: boolean;
  /** popenlint's own failures on this file (exit 2); absent when none. */
  errors?: InternalError[];
  decoded?: Decoded;
  source?: SourceText;
}

export function toFinding(meta: RuleMeta, path: string, source: SourceText, report: Report): Finding {
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

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.rule.localeCompare(b.rule)));
}

export interface PythonLint {
  findings: Finding[];
  tree: Tree;
  internalErrors: InternalError[];
}

/** A rule that threw: its id, the message and the stack (for --debug). */
export function ruleFailure(path: string, id: string, e: unknown): InternalError {
  const error = e instanceof Error ? e : new Error(String(e));
  return { path, message: `${id} failed: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
}

/**
 * The Python parser (web-tree-sitter and its WebAssembly grammar) is loaded by importing
 * python/parse.js: on the first Python file that survives the prefilter, once per thread.
 */
export const loadPythonParser = () => import('./python/parse.js');

/** Runs the enabled Python rules over decoded text; no suppression filtering. */
export async function lintPythonText(path: string, source: SourceText, options: EngineOptions): Promise<PythonLint> {
  const { parsePython } = await loadPythonParser();
  const tree = parsePython(source.text);
  const model = new PythonModel(tree, source.text);
  // Only fixes need the target, and finding Python 2 syntax costs a pass over the file.
  let target: PythonTarget | undefined;
  const targetOf = () => (target ??= hasPython2Syntax(tree, source.text) ? 'py2' : options.target);
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  for (const rule of pythonRules) {
    if (!options.enabled.has(rule.meta.id)) continue;
    const context: PythonContext = {
      path, source, tree, model,
      get target() { return targetOf(); },
      report: (node, r) => findings.push(toFinding(rule.meta, path, source, { ...r, start: node.startIndex, end: node.endIndex, fixes: inBrokenStatement(node) ? [] : r.fixes })),
    };
    try {
      rule.check(context);
    } catch (e) {
      internalErrors.push(ruleFailure(path, rule.meta.id, e));
    }
  }
  return { findings, tree, internalErrors };
}

// A statement tree-sitter had to repair is not one to rewrite: the finding stands, the fix
// is withheld, so no edit is ever built on a guess about broken code.
function inBrokenStatement(node: SyntaxNode): boolean {
  let n: SyntaxNode | null = node;
  while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n.hasError;
}

export interface TextLint {
  /** After suppressions, sorted. */
  findings: Finding[];
  /** ERROR/MISSING nodes (Python) or parse diagnostics (JS/TS): a fix may not raise it. */
  syntaxErrors: number;
  internalErrors: InternalError[];
}

/** Lints decoded text of one language, applying inline suppressions. */
export async function lintText(path: string, source: SourceText, language: Language, options: EngineOptions): Promise<TextLint> {
  let lint: { findings: Finding[]; syntaxErrors: number; internalErrors: InternalError[]; inComment: CommentTest; tree?: Tree };
  if (language === 'python') {
    const py = await lintPythonText(path, source, options);
    const { syntaxErrorCount } = await loadPythonParser();
    const root = py.tree.rootNode;
    // Offsets of the whole text, as node offsets are (the root itself starts at the first token).
    const inComment = (offset: number) => root.descendantForIndex(offset, offset + 1)?.type === 'comment';
    lint = { findings: py.findings, syntaxErrors: syntaxErrorCount(py.tree), internalErrors: py.internalErrors, inComment, tree: py.tree };
  } else {
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

/** Whole pipeline for one file's bytes: prefilter, decode, parse, rules, suppressions. */
export async function lintBytes(path: string, bytes: Buffer, language: Language, options: EngineOptions): Promise<FileResult> {
  const result: FileResult = { path, language, findings: [], diagnostics: [], parsed: false };
  if (!isCandidate(bytes, language, options)) return result;
  if (language === 'javascript' && vendoredReason(path, bytes, options.vendored)) return result;
  // Python refuses source with a NUL byte; JS/TS allows one in strings and templates (a file
  // that is really binary fails to decode as UTF-8 instead).
  if (language === 'python' && bytes.includes(0)) {
    result.diagnostics.push({ path, code: 'E902', message: 'binary file (contains NUL bytes); not linted' });
    return result;
  }
  let decoded: Decoded;
  try {
    decoded = decode(bytes, language);
  } catch (e) {
    if (!(e instanceof EncodingError)) throw e;
    result.diagnostics.push({ path, code: 'E902', message: e.message });
    return result;
  }
  const source = new SourceText(decoded.text);
  result.decoded = decoded;
  result.source = source;
  result.parsed = true;
  const lint = await lintText(path, source, language, options);
  result.findings = lint.findings;
  if (lint.internalErrors.length) result.errors = lint.internalErrors;
  return result;
}
