import type { WrapperIndex } from './typescript/wrapper-index.js';
import type { VendoredOptions } from './vendored.js';
import type { Target } from './knowledge/targets.js';
import type { Evidence, EvidenceLevel } from './knowledge/evidence.js';
export type Language = 'python' | 'javascript';
/** The Python a file runs on, as far as fixes and messages care: 2.x or 3.x. */
export type PythonTarget = 'py2' | 'py3';
/** What the engine needs to lint one file: resolved from config and flags, per file. */
export interface EngineOptions {
    /** Rule ids that run. */
    enabled: ReadonlySet<string>;
    /**
     * The weakest evidence reported (knowledge/evidence.ts): `known` (default) the firm tiers,
     * `likely` also commands from outside, `possible` also programs merely unlisted.
     */
    evidence?: EvidenceLevel;
    /**
     * Python versions for files without Python 2 syntax (--target-version, config, project files;
     * see knowledge/targets.ts); 'py2'/'py3' are shorthands (2.7; the default 3.10+).
     */
    target: Target | PythonTarget;
    /**
     * Build the edits of each fix (default true). False when nothing will show or apply them (a
     * text report): fixes then carry their strategy, applicability and description, no edits.
     */
    fixEdits?: boolean;
    /**
     * Parse only the top-level statements of a Python file that hold a candidate, and the imports
     * (python/partial.ts): `auto` (default) for large files, `always` (tests), `never`.
     */
    partialParse?: 'auto' | 'always' | 'never';
    /** Node major for JS/TS files; by default `engines.node` of the nearest package.json, else the running Node. */
    nodeMajor?: number;
    /** Node versions for JS/TS files as an `engines.node` range (`>=0.8`); wins over nodeMajor. */
    nodeRange?: string;
    /** Which JS/TS files count as vendored bundles and are skipped (default: DEFAULT_VENDORED). */
    vendored?: VendoredOptions;
    /** The project's child-returning functions (built before linting, from every JS/TS file). */
    wrappers?: WrapperIndex;
    /**
     * The folder named on the command line that holds the file (absolute): the project whose
     * Python files may call a wrapper of the file when no folder above it holds a repository or a
     * project file (an exported copy without history, a tree without packaging).
     */
    namedFolder?: string;
}
/**
 * A fix strategy: a name a rule declares for one kind of edit (`devnull`, `read`,
 * `subprocess`...). The set is open: a new rule may bring a new strategy. Rules that share a
 * name mean the same kind of remedy, so one `--strategy` choice applies across rules.
 */
export type Strategy = string;
/** The default choice: each finding gets its rule's primary (first) fix. */
export declare const PRIMARY_STRATEGY: Strategy;
export type Applicability = 'safe' | 'unsafe';
export type Severity = 'error' | 'warning';
/** A replacement of the UTF-16 range [start, end) of the decoded source text. */
export interface Edit {
    start: number;
    end: number;
    content: string;
}
export interface Fix {
    strategy: Strategy;
    applicability: Applicability;
    /** Imperative one-liner, e.g. "Redirect the command's stdout to /dev/null". */
    description: string;
    edits: Edit[];
}
/** 1-based line, 1-based column counted in Unicode code points. */
export interface Position {
    line: number;
    column: number;
}
export interface Finding {
    rule: string;
    name: string;
    path: string;
    start: number;
    end: number;
    range: {
        start: Position;
        end: Position;
    };
    message: string;
    /** From the evidence: `error` for the firm tiers, `warning` for the others (knowledge/evidence.ts). */
    severity: Severity;
    /** What the finding rests on: `grows`, `lives-on`, `any-size`, `deadlock`, `shape`, `can-grow`, `in-test`, `race`, `external-command`, `unlisted-program`, `lone-race`, `in-example`, `unreachable`. */
    evidence: Evidence;
    /** Every fix the rule offers, at most one per strategy, primary first. */
    fixes: Fix[];
}
/**
 * A bug of popenlint met while linting one file (a rule threw): not a finding about the user's
 * code. The run goes on with the other files, reports it apart from findings and exits 2.
 */
export interface InternalError {
    path: string;
    message: string;
    /** Shown with --debug. */
    stack?: string;
}
/** A problem with a file itself (unreadable, undecodable), reported like ruff's E902. */
export interface FileDiagnostic {
    path: string;
    code: 'E902';
    message: string;
}
export interface RuleDocs {
    whatItDoes: string;
    whyIsThisBad: string;
    /** Code that must produce this rule's finding (run as a test). */
    example: string;
    /** Code that must not produce this rule's finding (run as a test). */
    useInstead: string;
    /**
     * More shapes the rule reports, each an example that must produce the finding and, where the
     * shape has one, code that must not (run as tests).
     */
    moreExamples?: {
        title: string;
        example: string;
        useInstead?: string;
    }[];
    fixSafety: string;
    references: string[];
    /** A runnable session that shows the failure (`popenlint explain`); run by the test suite. */
    reproduction: Reproduction;
}
/**
 * A reproduction: files written into an empty folder, then one shell command that shows the
 * failure. The suite runs it, checks that the output shows the failure, applies
 * `popenlint fix --unsafe-fixes` to `fix`, runs it again and checks that it no longer does.
 */
export interface Reproduction {
    /** File name -> content. */
    files: Record<string, string>;
    /** A bash command run in that folder, e.g. `python3 task.py; sleep 1; ls marker`. */
    run: string;
    /** A regular expression (source) that the command's output (stdout and stderr) matches when the failure happens. */
    shows: string;
    /** What the reader sees, said in words: the comment after the command in `explain`. */
    says: string;
    /** The file the fix is applied to. */
    fix: string;
}
/** One rule's words (or one kind of its findings'): some needle, and (when it has any) some of its `requires` too. */
export interface NeedleGroup {
    needles: readonly string[];
    requires?: readonly string[];
    /**
     * Text of which the file must also hold one, anywhere (strings and comments included), byte
     * for byte: evidence a finding needs that is no identifier (POP006: the `&` of a command run
     * in the background).
     */
    bytes?: readonly string[];
}
export interface RuleMeta {
    id: string;
    name: string;
    language: Language;
    summary: string;
    defaultEnabled: boolean;
    severity: Severity;
    /** Strategies the rule can fix with; the first is its primary fix. */
    strategies: Strategy[];
    /**
     * Words a file must contain for this rule to find anything; the prefilter never parses a file
     * that contains none of the enabled rules' needles. Python: identifiers, matched whole in
     * code (not in comments or plain strings). JS/TS: text, matched anywhere.
     */
    needles: string[];
    /**
     * Words of which the file must also contain one (besides a needle) for this rule to find
     * anything, when the rule's needles are common words: POP006 reports a child only in a module
     * that holds a socket, a pipe or a lock, so a file that names none of them is not parsed for it.
     */
    requires?: string[];
    /**
     * For a rule that reports things of several kinds, each with its own evidence: one group of
     * words per kind, in place of `needles` and `requires` for the prefilter (a file is parsed for
     * the rule when it holds one group's words). POP006: a child and a pipe the parent made, or a
     * read of a command's output and the `&` that runs something in the background.
     */
    prefilter?: NeedleGroup[];
    /**
     * Qualified names the rule resolves (`os.popen`, `subprocess.PIPE`): `from os import *` binds
     * their last part in Python. Documentation for the reader too.
     */
    resolves: string[];
    docs: RuleDocs;
}
