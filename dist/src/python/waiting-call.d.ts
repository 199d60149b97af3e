import { type CommandOutput } from '../knowledge/commands.js';
import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
/**
 * `subprocess.call()` / `check_call()` with `stdout=PIPE` or `stderr=PIPE` (POP005, shape 1).
 * Both are `Popen(...).wait()`: nothing reads the pipe they ask for, which the Python docs warn
 * against ("Do not use stdout=PIPE or stderr=PIPE with this function"). Two things break: a
 * command that writes more than the pipe holds blocks while the parent waits (a deadlock), and
 * whatever the command writes there is lost - so check_call()'s CalledProcessError carries
 * `output`/`stdout`/`stderr` None, and a handler that reads them for its message gets nothing.
 */
export declare function knownToFill(output: CommandOutput): boolean;
export declare function waitingCall(ctx: PythonContext, call: SyntaxNode, qualified: string): void;
