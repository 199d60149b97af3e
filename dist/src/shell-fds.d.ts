/**
 * Where each command of a parsed shell line writes (the fd table after its redirections), and
 * the edits that send what the parent drops to /dev/null. The parser is src/shell.ts.
 */
import { type ShellScript } from './shell.js';
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
