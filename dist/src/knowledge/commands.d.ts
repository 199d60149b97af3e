import { type OutputClass } from './commands.data.js';
import { INIT_SCRIPT_NAME, isListed } from './program-words.js';
import type { CommandOutput } from './command-output.js';
/**
 * What a command writes on its stdout and on its stderr, from the data in commands.data.ts.
 * A pipe nobody reads only breaks a command that writes to it: `iptables -A ...` never writes
 * to stdout, `git rev-parse` writes a line, `tar czvf` a line per file. A command we cannot
 * see (a variable) is assumed to write without bound on both streams; an unlisted program on
 * stdout, its stderr carrying diagnostics only (UNLISTED in commands.data.ts).
 */
export type { OutputClass };
export { INIT_SCRIPT_NAME, isListed };
export type { CommandOutput };
export declare function maxClass(a: OutputClass, b: OutputClass): OutputClass;
/** Output that can grow past what a pipe holds (64 KiB on Linux). */
export declare function canFill(c: OutputClass): boolean;
/** What a command given as an argument vector writes; null words are not known statically. */
export declare function classifyArgv(argv: readonly (string | null)[]): CommandOutput;
/**
 * Ex) ['ssh', host, line], ['bash', '-c', line], ['docker', 'exec', id, ...words]: the command line
 * a runner hands on (to a remote shell, a container, `-c`), as classifyArgv reads it; null when
 * the program hands on none. A word not known statically stands in it as PLACEHOLDER.
 */
export declare function handedOnLine(argv: readonly (string | null)[]): string | null;
/**
 * What a shell command line writes on the shell's stdout and stderr, following every simple
 * command through its redirections: `make >log 2>&1` writes nothing, `x 2>&1` sends x's
 * stderr to stdout, `a | b` only b's stdout reaches ours. An unparsable line is unknown.
 */
export declare function classifyShell(command: string | null): CommandOutput;
