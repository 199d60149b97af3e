/**
 * Commands that cannot fail in practice: they exit 0 whatever their operands, and only a fault
 * of the machine (a permission denied, a busy mount, a missing program) makes them exit non-zero.
 * `rm -f` ignores operands that do not exist, `mkdir -p` directories that already do; `true`,
 * `echo`, `sleep N`, `whoami`, `pwd` and `uname` have nothing to fail on. A promise of such a
 * command that nobody handles rejects on none of the runs a program meets (blind audit 36:
 * telegram-webm-bot's `rm -rf` of its temporary files; audit 12: a test's `whoami`), so POP103
 * does not report it.
 *
 * Matched like commands.data.ts's lines (`command`, `when`); the first line that matches wins,
 * so a form that can fail goes above the program's line with `cannotFail: false`. A command line
 * cannot fail only when none of its commands can. To teach popenlint a command, add a line.
 */
export interface ExitStatusEntry {
  command: string;
  when?: readonly string[];
  cannotFail: boolean;
}

export const EXIT_STATUS: readonly ExitStatusEntry[] = [
  // rm(1) -f: "ignore nonexistent files and arguments, never prompt"; -r alone fails on a missing operand.
  { command: 'rm', when: ['-f', '--force', '/^-[a-zA-Z]*f[a-zA-Z]*$/'], cannotFail: true },
  // mkdir(1) -p: "no error if existing, make parent directories as needed".
  { command: 'mkdir', when: ['-p', '--parents', '/^-[a-zA-Z]*p[a-zA-Z]*$/'], cannotFail: true },
  { command: 'true|echo|sleep|whoami|pwd|uname', cannotFail: true },
];
