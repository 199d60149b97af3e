/**
 * Commands whose output is all they do: listings and queries that change nothing (`git log`,
 * `find` without an action, `grep`, `ls`, `cat`, `ps`). Killing one part-way loses nothing but
 * output that nobody is going to read: a parent that reads the lines it wants and leaves the
 * rest (`for line in p.stdout: ... break`) breaks nothing when the command then blocks on the
 * full pipe or dies of SIGPIPE once the pipe closes (audit 21: git-tools' `git log` read until
 * every file has its date). A command that writes, copies, builds or starts something has work
 * left to do after the part that was read, and is not listed here.
 *
 * Matched like commands.data.ts's lines (`command`, `when`); the first line that matches wins,
 * so an action that makes a listing do something (`find -delete`, `-exec`) goes above it with
 * `outputOnly: false`. To teach popenlint a command, add a line.
 */
export interface OutputOnlyEntry {
    command: string;
    when?: readonly string[];
    outputOnly: boolean;
}
export declare const OUTPUT_ONLY: readonly OutputOnlyEntry[];
