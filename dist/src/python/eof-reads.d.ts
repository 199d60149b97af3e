import type { Edit } from '../types.js';
import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
/**
 * Shell commands whose output the parent reads to EOF (`os.popen(cmd).read()`,
 * `subprocess.check_output(cmd, shell=True)`, `getoutput`, `run(..., capture_output=True)`,
 * `Popen(..., stdout=PIPE).communicate()`), and the commands of theirs run in the background
 * (`server &`) that keep the pipe's write end: EOF comes only when they exit, so the read - and
 * the call - blocks for as long as they run (a server: for good). The shell hands fd 1 and 2 to
 * a background job whatever `close_fds` says: every Python version.
 */
export interface EofRead {
    call: SyntaxNode;
    qualified: string;
    /** The first background command that keeps a pipe the parent reads, as written (`./server.sh`). */
    holder: string;
    /** How the parent reads: `read()`, `communicate()`, `check_output()`. */
    how: string;
    /**
     * When every command of the line runs in the background (the parent reads nothing but what
     * they print): the line with their output sent to /dev/null (`job >/dev/null 2>&1 &`).
     */
    quiet: Edit[] | null;
}
export declare function eofReads(ctx: PythonContext): EofRead[];
/** Words a module with such a read holds besides the call's name (for the prefilter's `requires`). */
export declare const EOF_READ_WORDS: string[];
/** The names of the calls that read a command's output (for the prefilter's `needles`). */
export declare const EOF_READ_CALLS: string[];
/**
 * Text a module with such a read holds somewhere (for the prefilter's `bytes`): the `&` of the
 * background job, as it is, or as an escape that decodeString turns into one (`\x26`, `\46`,
 * `\046`; `\u` and `\U`, whose digits it reads loosely). No `&`, no background job: the
 * command text is made of the module's own string literals (commandOf).
 */
export declare const BACKGROUND_TEXT: string[];
