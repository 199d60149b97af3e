import type { CommandOutput } from './command-output.js';

// xargs(1)'s options that take their value in the next word (GNU and BSD spellings).
const VALUED = new Set(['-a', '-d', '-E', '-I', '-J', '-L', '-n', '-P', '-R', '-s', '-S', '--arg-file', '--delimiter', '--eof', '--replace', '--max-lines', '--max-args', '--max-procs', '--max-chars', '--process-slot-var']);

/**
 * Ex) `git ls-files | xargs wc -l`, `echo ${files} | xargs grep -H TODO`: xargs runs its command
 * on the words of its input, a batch or one word at a time, so what reaches its stdout is what the
 * command prints for every word: a line per file for `wc -l`, as long as the input is. A command
 * that prints nothing (`xargs rm -f`) keeps it quiet. Its stderr: the command's. Null when this is
 * not xargs with a command (bare `xargs` echoes its input: its own line of the table decides).
 * `fromInput`: it grows only with its input, so a feeder of a few known lines keeps it short;
 * `scales` stays only where its feeder scales or echoes a value (classifyLine in commands.ts).
 */
export function xargsRuns(names: readonly string[], args: readonly (string | null)[], classify: (argv: readonly (string | null)[]) => CommandOutput): CommandOutput | null {
  if (names[0] !== 'xargs') return null;
  let at = 0;
  while (at < args.length) {
    const a = args[at];
    if (a === null || !a.startsWith('-') || a === '-') break;
    if (a === '--') { at++; break; }
    at += VALUED.has(a) ? 2 : 1;
  }
  const command = args.slice(at);
  if (!command.length || command[0] === null) return null;
  const runs = classify(command);
  const what = runs.program ? `\`${runs.program}\`` : 'a command not known statically';
  const stderr = runs.stderr === 'unbounded' ? 'unbounded' : 'bounded';
  if (runs.stdout === 'none') return { stdout: 'none', stderr, program: 'xargs', evidence: `\`xargs\` runs ${what}, which prints nothing, on the words of its input` };
  const says = `\`xargs ${runs.program ?? '…'}\` prints what ${what} prints for every word of its input`;
  return { stdout: 'unbounded', stderr, program: 'xargs', evidence: says, scales: says, fromInput: true, ...(runs.basis === 'value' ? { basis: 'value' as const } : {}) };
}
