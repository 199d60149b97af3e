import { type Decoded } from './encoding.js';
import { type Target } from './knowledge/targets.js';
import { type FileResult, type HiddenCounts } from './finding.js';
import { Needles } from './prefilter.js';
import type { Tree } from './python/parse.js';
import { Coverage } from './python/partial.js';
import { SourceText } from './source.js';
import type { EngineOptions, Finding, InternalError, Language, PythonTarget } from './types.js';
export type { EngineOptions } from './types.js';
export { type FileResult, ruleFailure, sortFindings, toFinding } from './finding.js';
/** The prefilter's words for a language: the needles (and required words) of the enabled rules of that language. */
export declare function needlesFor(language: Language, enabled: ReadonlySet<string>): Needles;
/** The prefilter with the enabled rules' needles: false means no enabled rule can find anything here. */
export declare function isCandidate(bytes: Buffer, language: Language, options: EngineOptions, file?: string): boolean;
export interface PythonLint {
    findings: Finding[];
    tree: Tree;
    internalErrors: InternalError[];
}
type PythonParser = typeof import('./python/parse.js');
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
export declare function preferQuickParserStart(): void;
export declare function loadPythonParser(): Promise<PythonParser>;
/**
 * Runs the enabled Python rules over decoded text; no suppression filtering; fix edits built
 * or dropped (EngineOptions.fixEdits). The parser must be loaded. A large file is parsed in
 * part when it can be (see python/partial.ts); the findings are the same.
 */
export declare function lintPythonText(path: string, source: SourceText, options: EngineOptions): PythonLint;
/** Python text from this size on is parsed in part, when it can be (see python/partial.ts). */
export declare const PARTIAL_MIN_CHARS: number;
/**
 * The versions one file runs on. Python 2 syntax proves 2.x and wins over everything; a target
 * the user or the project set comes next (names such as `raw_input` never decide); a `python2`
 * shebang only replaces the default.
 */
export declare function fileTarget(text: string, tree: Tree, option: Target | PythonTarget, coverage?: Coverage): Target;
export interface TextLint {
    /** After suppressions, sorted: those the run's evidence level reports. */
    findings: Finding[];
    /** Findings that rest on weaker evidence than the run's level, by the level that shows them (not suppressed). */
    hidden?: HiddenCounts;
    /** ERROR/MISSING nodes (Python) or parse diagnostics (JS/TS): a fix may not raise it. */
    syntaxErrors: number;
    internalErrors: InternalError[];
}
/**
 * Lints decoded text of one language, applying inline suppressions, synchronously: for Python
 * the parser must already be loaded (loadPythonParser); the TypeScript API loads on the first
 * JS/TS text (see typescript/load.ts).
 */
export declare function lintTextSync(path: string, source: SourceText, language: Language, options: EngineOptions): TextLint;
/** Lints decoded text of one language, applying inline suppressions; loads the Python parser when needed. */
export declare function lintText(path: string, source: SourceText, language: Language, options: EngineOptions): Promise<TextLint>;
/** What one file's bytes become before any parse: nothing to do, a reason not to, or text. */
export type Prepared = {
    kind: 'skip';
} | {
    kind: 'error';
    message: string;
} | {
    kind: 'text';
    decoded: Decoded;
    source: SourceText;
};
/**
 * The one path from bytes to text, shared by check and fix: the prefilter (a file that names
 * no candidate is never decoded), binary files, Python text that would break the parser
 * (see parseLimitReason), and decoding in the file's own encoding. `prefiltered`: the caller
 * has already found these bytes (or the file's, just read) to be a candidate.
 */
export declare function prepare(bytes: Buffer, language: Language, options: EngineOptions, path?: string, prefiltered?: boolean): Prepared;
/**
 * prepare() for text that is already decoded (an editor's buffer): same prefilter, same vendored
 * files skipped, same refusals.
 * `path` (absolute) lets the prefilter follow the file's imports to project wrappers.
 */
export declare function prepareText(text: string, language: Language, options: EngineOptions, path?: string): Exclude<Prepared, {
    kind: 'text';
}> | {
    kind: 'text';
    source: SourceText;
};
/** Whole pipeline for one file's bytes: prefilter (unless `prefiltered`, see prepare), decode, parse, rules, suppressions. */
export declare function lintBytes(path: string, bytes: Buffer, language: Language, options: EngineOptions, prefiltered?: boolean): Promise<FileResult>;
