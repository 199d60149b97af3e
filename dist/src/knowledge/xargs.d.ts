import type { CommandOutput } from './command-output.js';
/**
 * Ex) `git ls-files | xargs wc -l`, `echo ${files} | xargs grep -H TODO`: xargs runs its command
 * on the words of its input, a batch or one word at a time, so what reaches its stdout is what the
 * command prints for every word: a line per file for `wc -l`, as long as the input is. A command
 * that prints nothing (`xargs rm -f`) keeps it quiet. Its stderr: the command's. Null when this is
 * not xargs with a command (bare `xargs` echoes its input: its own line of the table decides).
 * `fromInput`: it grows only with its input, so a feeder of a few known lines keeps it short;
 * `scales` stays only where its feeder scales or echoes a value (classifyLine in commands.ts).
 */
export declare function xargsRuns(names: readonly string[], args: readonly (string | null)[], classify: (argv: readonly (string | null)[]) => CommandOutput): CommandOutput | null;
