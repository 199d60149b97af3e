import { type CommandOutput } from '../knowledge/commands.js';
import type { Edit } from '../types.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type Segment } from './strings.js';
/**
 * The shell command a popen-style call runs, as far as the source shows it: literals, %- and
 * format-templates, f-strings, `+` concatenations, and a name bound once to one of those.
 */
export interface ShellCommand {
    /** The argument expression in the call. */
    expr: SyntaxNode;
    segments: Segment[];
    text: string;
    /** The literal may be edited in place: it is the argument, or a name read only here. */
    editable: boolean;
    /** The expression the segments come from: the argument or the value a name is bound to. */
    source?: SyntaxNode;
}
export declare function commandOf(expr: SyntaxNode, model: PythonModel, depth?: number): ShellCommand;
/** No command of the string can write to the given pipe fds any more. */
export declare function isRedirected(command: ShellCommand, pipes: number[]): boolean;
/**
 * Source edits that send the command's writes to /dev/null: inside the literal when it can
 * be edited, else by wrapping the expression in a group `{ CMD\n} >/dev/null`.
 */
export declare function devnullEdits(command: ShellCommand, pipes: number[]): Edit[];
/**
 * Source edits that run the command in the background with stdout and stderr on /dev/null
 * (`CMD >/dev/null 2>&1 &`, a compound command grouped first): the shell os.popen starts then
 * exits at once, so a Python 2 parent that closes the pipe (pclose) no longer waits for the
 * command. Null when the string is already backgrounded as a whole or cannot be rewritten.
 */
export declare function backgroundEdits(command: ShellCommand): Edit[] | null;
/**
 * A `shell=True` call whose command line runs wholly in the background (`l2ping ... &`): the
 * shell it starts exits at once, and the Popen's pipes belong to the background commands.
 */
export declare function shellExitsAtOnce(args: SyntaxNode | null, model: PythonModel): boolean;
/** What the shell command line writes on stdout and stderr (knowledge/commands.ts). */
export declare function shellOutput(command: ShellCommand): CommandOutput;
