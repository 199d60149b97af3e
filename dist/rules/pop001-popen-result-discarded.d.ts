/**
 * POP001 popen-result-discarded
 *
 * ## What it does
 * Checks for `os.popen(cmd)` (and `platform.popen`) whose returned pipe is thrown away: used as
 * a statement, assigned to `_`, opened in a `with` without `as`, or closed at once with
 * `.close()`.
 *
 * ## Why is this bad?
 * `os.popen` connects the command's stdout to a pipe whose only read end is the returned file
 * object. Dropped, it is closed at once on CPython 2.7 to 3.9 (the command's next write dies:
 * EPIPE on 2.7, SIGPIPE on 3.x) or stays open until the parent exits on 3.10+ (the command
 * blocks at 64 KiB, then dies once the parent is gone). Only commands that can write that much
 * are reported (knowledge/commands.ts); quiet ones are POP008's.
 */
import { type Dropped } from '../src/python/analysis.js';
import { type ShellCommand } from '../src/python/command.js';
import type { PythonContext, PythonRule } from '../src/python/context.js';
import type { SyntaxNode } from '../src/python/parse.js';
import { type CommandOutput } from '../src/knowledge/commands.js';
import { type Hazard, type PipePattern } from '../src/knowledge/runtimes.js';
import type { Fix } from '../src/types.js';
export interface DroppedPopen {
    call: SyntaxNode;
    qualified: string;
    dropped: Dropped;
    command: ShellCommand;
    output: CommandOutput;
    pattern: PipePattern;
    /** The code reads the exit status: `rc = os.popen(cmd).close()`. */
    statusUsed: boolean;
    hazard: Hazard;
    /** Reached through a project wrapper: the finding sits on the wrapper's call. */
    wrapper?: boolean;
    /** `threading.Thread(target=os.popen, args=(cmd,))`: the finding sits on the Thread call. */
    thread?: boolean;
}
/**
 * Every os.popen() whose pipe is thrown away, with what its command writes and what that does
 * on the file's target. POP001 reports those that can break; POP008 (opt-in) the others.
 */
export declare function droppedPopens(ctx: PythonContext): DroppedPopen[];
/**
 * `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)`, or the form the oldest
 * version of the target has: `call` before 3.5, an open /dev/null before 3.3.
 */
export declare function subprocessFix(ctx: PythonContext, call: SyntaxNode, target: SyntaxNode, command: ShellCommand, check?: boolean): Fix | null;
/**
 * The background form, for a target that includes Python 2: there closing a dropped pipe
 * (pclose, at once in CPython) waits for the command, so a call meant to fire and forget
 * blocks the parent until the command ends. `cmd >/dev/null 2>&1 &` lets the shell exit at
 * once. Unsafe: code after the call may rely on the command having finished.
 */
export declare function backgroundFix(ctx: PythonContext, d: DroppedPopen): Fix | null;
/**
 * The background form without os.popen (POP008, for migrations away from it), where the target
 * includes Python 2: `subprocess.Popen(cmd, shell=True, stdout=<devnull>)`. A dropped Popen is
 * not waited for (2.7 keeps it in `subprocess._active` and reaps it later), so the call stays
 * fire-and-forget, which a dropped os.popen was not there (pclose waits). Unsafe: the parent no
 * longer waits for the command.
 */
export declare function popenBackgroundFix(ctx: PythonContext, d: DroppedPopen): Fix | null;
export declare const rule: PythonRule;
