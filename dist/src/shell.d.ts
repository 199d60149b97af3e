/**
 * Just enough of a POSIX sh parser to answer two questions about a command string handed to
 * `sh -c` by os.popen, popen2 or subprocess(shell=True):
 *   1. After every redirection, can any command still write to the pipe the parent drops?
 *   2. Where must `>/dev/null` go so that none can, keeping a trailing `&` last?
 * Interpolated values (`%s`, `{}`, f-string fields, non-literal operands) arrive as PLACEHOLDER
 * characters and are opaque words.
 */
export declare const PLACEHOLDER = "\uE000";
interface Token {
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
type Command = SimpleCommand | GroupCommand;
interface Pipeline {
    commands: Command[];
    /** `|&` after command i also sends its stderr down the pipe. */
    stderrPiped: boolean[];
}
interface List {
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
export declare function parseShell(text: string): ShellScript;
/**
 * Whether a command can write into one of the dropped pipes. `pipes` names which of the
 * child's fds start connected to a pipe nobody reads: [1] for os.popen, [1, 2] for popen3/4.
 * An unparsable command is assumed to leak.
 */
export declare function shellLeaks(script: ShellScript, pipes: number[]): boolean;
export interface ShellEdit {
    start: number;
    end: number;
    content: string;
}
export declare function redirectionFor(pipes: number[]): string;
export declare function applyShellEdits(text: string, edits: ShellEdit[]): string;
/**
 * Edits that send every write to the dropped pipes to /dev/null, smallest first:
 *   `python test.py`        -> `python test.py >/dev/null`
 *   `nohup job.sh &`        -> `nohup job.sh >/dev/null &`      (the `&` stays last)
 *   `make; make install`    -> `{ make; make install; } >/dev/null`
 *   `%s` (a whole command)  -> `{ %s\n} >/dev/null`           (the value may end in `&`)
 * Each candidate is re-parsed and must no longer leak. Returns null when none qualifies.
 */
export declare function devnullShellEdits(text: string, script: ShellScript, pipes: number[]): ShellEdit[] | null;
/** One simple command of a script: its words as written, and where its stdout and stderr go. */
export interface CommandSite {
    words: string[];
    /** 'out' / 'err': the script's own stdout / stderr; 'file', 'inner' (a pipe inside the script), 'closed'. */
    stdout: string;
    stderr: string;
    /** Run with a trailing `&`: it may outlive the shell. */
    background: boolean;
    /** The index (in the same list) of the simple command whose stdout is this one's stdin (`a | b`), when there is one. */
    fedBy?: number;
}
/** Every simple command of a parsed script with its fd table after redirections; null when it did not parse. */
export declare function commandSites(script: ShellScript): CommandSite[] | null;
/**
 * The shell runs every command of the line in the background (`cmd &`, `a & b &`) and so exits
 * at once, its children still writing to whatever it handed them. False when it did not parse.
 */
export declare function allInBackground(script: ShellScript): boolean;
/**
 * A shell word's value once quotes and escapes are removed, or null when part of it is only
 * known at run time (`$VAR`, `$(...)`, backquotes, an interpolated PLACEHOLDER) and the word
 * is nothing but that. A word with a known part keeps PLACEHOLDER where the unknown part is.
 */
export declare function shellWordValue(raw: string): string | null;
export {};
