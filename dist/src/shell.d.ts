/**
 * Just enough of a POSIX sh parser to answer two questions about a command string handed to
 * `sh -c` by os.popen, popen2 or subprocess(shell=True):
 *   1. After every redirection, can any command still write to the pipe the parent drops?
 *   2. Where must `>/dev/null` go so that none can, keeping a trailing `&` last?
 * Interpolated values (`%s`, `{}`, f-string fields, non-literal operands) arrive as PLACEHOLDER
 * characters and are opaque words. This file parses; the fd analysis that answers the two
 * questions is src/shell-fds.ts.
 */
export declare const PLACEHOLDER = "\uE000";
export interface Token {
    kind: 'word' | 'op' | 'redir';
    text: string;
    start: number;
    end: number;
    /** For redirections: the fd it applies to (null: the operator's default), and its target. */
    fd?: number | null;
    target?: string;
}
interface SimpleCommand {
    kind: 'simple';
    words: Token[];
    redirs: Token[];
    start: number;
    end: number;
}
interface GroupCommand {
    kind: 'group';
    body: List;
    redirs: Token[];
    start: number;
    end: number;
}
export type Command = SimpleCommand | GroupCommand;
interface Pipeline {
    commands: Command[];
    /** `|&` after command i also sends its stderr down the pipe. */
    stderrPiped: boolean[];
}
export interface List {
    items: {
        pipelines: Pipeline[];
        separator: string | null;
    }[];
}
export interface ShellScript {
    ok: boolean;
    list: List;
    hasComment: boolean;
    hasHeredoc: boolean;
    /** A reserved word (if, for, while, case...) at command position: only grouping is safe. */
    hasCompound: boolean;
    /** A whole command is an interpolated value and may itself be a list. */
    placeholderCommand: boolean;
    firstStart: number;
    lastEnd: number;
}
/** Reserved words that lead a command without being it (`then cmd`, `do cmd`, `! cmd`, `time cmd`). */
export declare const LEADING_WORDS: ReadonlySet<string>;
/** The loops whose condition is a command (`while cmd; do`, `until cmd; do`). */
export declare const CONDITION_LOOPS: ReadonlySet<string>;
export declare function parseShell(text: string): ShellScript;
/**
 * A shell word's value once quotes and escapes are removed, or null when part of it is only
 * known at run time (`$VAR`, `$(...)`, backquotes, an interpolated PLACEHOLDER) and the word
 * is nothing but that. A word with a known part keeps PLACEHOLDER where the unknown part is.
 */
export declare function shellWordValue(raw: string): string | null;
export {};
