import type { OutputClass, Pace } from './commands.data.js';
import type { LastWrite } from './last-write.data.js';
import type { LeftBehind } from './background.js';
/**
 * What a command writes on its stdout and on its stderr, and what else the table knows of it:
 * commands.ts decides it; the modules it calls (xargs.ts) read and return it, so it lives here,
 * where they import it without a circle.
 */
export interface CommandOutput {
    stdout: OutputClass;
    stderr: OutputClass;
    /** The program that decided the class (wrappers stripped), or null when it is not known statically. */
    program: string | null;
    /** A short phrase for messages: "`iptables -A` prints nothing". */
    evidence: string;
    /**
     * How the classes were decided (knowledge/evidence.ts reads it): `listed` by a line of the
     * table (or a probe, an inline program: what the code shows), `unlisted` by the default for a
     * program named in the code that the table does not list, `value` because the command is a
     * value only known at run time (a parameter, a setting, a hook), `count` by a line of the
     * table whose classes hang on a count known only at run time (commands.data.ts `count`).
     * Absent: `listed`.
     */
    basis?: 'listed' | 'unlisted' | 'value' | 'count';
    /** Its stdout grows only with what it reads on stdin (commands.data.ts `fromInput`). */
    fromInput?: boolean;
    /** Its stdout is a process list; it picks the matching lines of its input (commands.data.ts). */
    listsProcesses?: boolean;
    selects?: boolean;
    /**
     * Its output grows with what it walks (a tree, a repository, a workspace), megabytes on a large
     * one: how messages say so ("`find` prints a line per file it walks"). From SCALING.
     */
    scales?: string;
    /**
     * Its output grows with time while it works (a progress line): the bytes a second it writes
     * (least, most) and what it is doing, for messages. From SCALING.
     */
    pace?: Pace;
    /** What grows is a whole document on stdout (a converter's result), from SCALING. */
    document?: boolean;
    /** How a message names a command whose document is neither converted nor walked (SCALING `what`). */
    what?: string;
    /** What it writes is of the order of maxBuffer, past it on some runs only (SCALING `nearBuffer`). */
    nearBuffer?: boolean;
    /** What it writes stays far below maxBuffer (1 MiB), from SCALING `fitsBuffer`. */
    fitsBuffer?: boolean;
    /**
     * It runs on when its writes fail (EPIPE, a closed pipe with SIGPIPE ignored, as Python 2
     * leaves it): it prints without checking (commands.data.ts `writeErrors`).
     */
    ignoresWriteErrors?: boolean;
    /**
     * It sets SIGPIPE to SIG_IGN itself and runs on when its log writes fail (sigpipe.data.ts): how
     * messages say so, after the program's name. Where its pipe closes after its start (the parent
     * exits first), it is not killed: its log is lost.
     */
    ignoresSigpipe?: string;
    /**
     * It starts a program that inherits these streams and lives on after it (`xdg-open`): what
     * that program writes over its life (commands.data.ts `livesOn`), and which of our pipes it
     * reaches. It fills a pipe only where nobody reads it for that life (a dropped Popen, a spawn
     * whose streams nobody consumes), not where the parent waits for the launcher or buffers.
     */
    livesOn?: {
        says: string;
        stdout: boolean;
        stderr: boolean;
    };
    /** It runs until it is stopped and writes as events come (commands.data.ts `serves`). */
    serves?: boolean;
    /**
     * Its output is all it does: a listing or a query that changes nothing (output-only.data.ts).
     * Killed part-way it loses only output nobody reads any more.
     */
    outputOnly?: boolean;
    /**
     * It exits 0 on every run but a fault of the machine (`rm -f`, `mkdir -p`, `true`):
     * exit-status.data.ts. A command line, when none of its commands can fail.
     */
    cannotFail?: boolean;
    /**
     * How it ends after its last write (last-write.data.ts): `at-exit`, its output and its exit come
     * together (a native program); `teardown`, it tears a runtime down for milliseconds after it
     * (an interpreter). Absent: not known.
     */
    lastWrite?: LastWrite;
    /**
     * A shell line that starts a command in the background (`cmd &`, no `wait` after it) writing to
     * the line's own stdout or stderr: that command still holds the pipe when the shell exits, so
     * what it writes then comes after the child's 'exit' (test/e2e/exit-race.test.ts). The command's
     * text (its first words) and the streams it holds.
     */
    leavesBehind?: LeftBehind;
}
