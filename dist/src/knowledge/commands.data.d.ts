/** How much a command writes on one stream: nothing, a few lines, or without bound. */
export type OutputClass = 'none' | 'bounded' | 'unbounded';
/**
 * What commands write, one line per case. To teach popenlint a command, add a line.
 *
 * - `command`: the program, then the subcommand words that must follow it in order (options in
 *   between are skipped). `a|b` means either spelling: `'ip link|l set'`. `*` as the program
 *   matches any program (used with `exact`). Paths are reduced to their last part, and a
 *   version suffix is dropped (`/usr/bin/python3.11` is `python3.11`, then `python`).
 * - `when`: the line applies only when one of these argument words is present. `-v` also
 *   matches a cluster of short options (`-avz`), `--list` also `--list=x`, `/re/` is a regular
 *   expression tried on each word. A word interpolated at run time (`%s`, `{}`, `$x`) matches
 *   nothing, so a quiet line needs its evidence in the literal text; only `--name=%s` keeps its
 *   literal `--name=` (the option is known, its value is not).
 * - `also`: the line applies only when every one of these patterns is present too (same rules
 *   as `when`; `when` is one-of, `also` all-of). Words separated by a space, in `when` or
 *   `also`, match consecutive arguments: `'-1 0'`, `'-w -'`, `'-n /^-\\d+$/'`.
 * - `exact`: the argument words must be exactly these (`git --version`).
 * - `stdout`, `stderr`: 'none' (nothing in normal operation), 'bounded' (a few lines: a
 *   version, a path, a status word, an error message), 'unbounded' (can grow past the 64 KiB a
 *   pipe holds: interpreters running scripts, builds, listings, verbose modes, servers).
 * - `says`: how messages put it, after the command: "`iptables -A` prints nothing".
 * - `fromInput`: its stdout grows only with what it reads on stdin, so in a pipeline fed by a
 *   command that prints a few lines (`echo "" | aircrack-ng -w - ...`) it prints a few lines.
 * - `listsProcesses`: its stdout is one line per running process (`ps aux`): long on a busy
 *   machine, but a pattern that picks some processes out of it (`selects`) keeps a few lines.
 * - `selects`: it prints only the lines of its input that match a pattern (`grep X`, not `-v`),
 *   so fed by a process list (`ps aux | grep dhcpd`) it prints the few processes that match.
 * - `writeErrors: 'ignored'`: it prints without checking whether the write worked, so once its
 *   pipe is closed under it with SIGPIPE ignored (a child of Python 2) it runs on, its output
 *   lost, where a Python child dies and a program that checks its writes stops. Only for
 *   programs whose source shows it (`l2ping`: printf, no check).
 * - `livesOn`: it starts a program that inherits its stdout and stderr and lives on after it
 *   has exited (`xdg-open`, `gio open`: the file manager, player or browser that opens the
 *   file). The line's own classes are what the launcher writes; `livesOn` says what the program
 *   it starts writes on its stderr: a trickle of diagnostics (GTK/Qt warnings, a browser's logs)
 *   for as long as it runs, hours. See "Output over a child's life" below.
 * - `serves`: it runs until it is stopped (a server, a database, a driver, a tunnel, an X
 *   server) and writes as events come: a child of it that a library hands out to its callers
 *   fills an unread pipe over its life, whatever each caller does with it, unless one reads it.
 * - `filter`: the line applies only when no argument names a file: each is an option (`-9`,
 *   `-d`, `-T0`), `-`, or the value of one of the options listed here (`-S .gz`). A compressor
 *   so run reads its standard input and writes the data on stdout (`gzip`, `xz -d -T0`); a word
 *   known only at run time may name a file, and the line does not apply. A shell builtin so
 *   run is given no name and lists what it would set (`export`, `ulimit`, `declare -x`).
 * - `count`: the line matches a count of repetitions that is known only at run time
 *   (`aireplay-ng -0 N`: N bursts, a line each, then it exits; 0 sends them until it is
 *   stopped). Its classes are those of the worst count, but what it writes is decided by a value
 *   from outside this code (basis `count`, knowledge/evidence.ts): a small count (the common
 *   case: a few bursts) writes a few lines, and a count of 0 makes a parent that waits for it
 *   hang with or without the pipe. Likewise a choice made at run time that decides the size
 *   (`msfvenom -p PAYLOAD`: a stager of a few hundred bytes or a stageless meterpreter of 175 KB).
 * - `alone`: the subcommand words are the last positional words: after them come only options
 *   and `NAME=value` assignments, none known only at run time (`make clean file_name=x`, not
 *   `make clean all`, which builds after cleaning).
 *
 * The first line that matches wins, so a verbose or listing variant goes above the quiet one.
 * A command with no matching line is assumed to write without bound.
 */
export interface CommandEntry {
    command: string;
    when?: readonly string[];
    also?: readonly string[];
    exact?: readonly string[];
    stdout: OutputClass;
    stderr: OutputClass;
    says: string;
    fromInput?: boolean;
    listsProcesses?: boolean;
    selects?: boolean;
    writeErrors?: 'ignored';
    livesOn?: string;
    serves?: boolean;
    filter?: readonly string[];
    count?: boolean;
    alone?: boolean;
}
/**
 * A program named in the source but without a line here. Its stdout can grow: it is the
 * program's output, and nothing is known of it. Its stderr is taken to carry diagnostics
 * only (a few lines: warnings, an error), by the POSIX convention most programs follow: results
 * on stdout, diagnostics on stderr. The programs that log, trace or report progress on stderr
 * have lines of their own (builds, package managers, fetchers, capture tools, interpreters,
 * `find`, `strace`...). This holds for Python and JavaScript alike. A command that is not
 * known at all (a variable) is different: both of its streams can grow.
 */
/**
 * Output over a child's life, and what each shape lets through. Whether a pipe nobody drains
 * breaks a child depends on how much the child writes before the parent reads, against what the
 * shape holds:
 *
 * | what the child writes over its life | example |
 * |---|---|
 * | nothing (`none`) | `iptables -A`, `mkfifo`, `kill`, a launcher itself |
 * | a few lines (`bounded`) | `git rev-parse`, a version probe, `service x stop` |
 * | a trickle of diagnostics over a long life (`livesOn`) | the GUI program `xdg-open` starts: a few warnings an hour, for hours |
 * | output that grows with its work (`unbounded`) | builds, `tar -v`, capture tools, servers that log |
 *
 * | shape | what it holds before the child breaks |
 * |---|---|
 * | a pipe never read while the child lives (a dropped `Popen`, a `spawn` whose streams nobody consumes) | 64 KiB (Node: about 130–250 KiB) over the child's whole life: a trickle passes it in hours |
 * | a pipe read only after the child ends (`wait()` before the read, `call()` with PIPE) | 64 KiB before the child exits: only output that grows with work |
 * | exec/execFile buffering the output (Node, maxBuffer) | 1 MiB, read as it comes: only output that grows with work or with what the command walks |
 *
 * So a launcher's program counts where a pipe is never read for its life, not where the parent
 * waits for the launcher (it exits at once) or buffers what comes (a trickle stays far below 1 MiB).
 */
export declare const UNLISTED: {
    stdout: OutputClass;
    stderr: OutputClass;
};
export declare const COMMANDS: readonly CommandEntry[];
/**
 * Commands whose output grows with what they walk (a tree, a repository, a workspace): on a
 * large one it runs to megabytes, past what exec()/execFile() buffer (maxBuffer, 1 MiB). Read
 * only by the rules about buffered output (POP104); lines match as in COMMANDS (first match
 * wins, so a bounded variant goes above with `scales: false`). What a command writes, and how a
 * message says so elsewhere, stays COMMANDS' business.
 */
export interface ScalingEntry {
    command: string;
    when?: readonly string[];
    /** As in CommandEntry: every one of these must be present too. */
    also?: readonly string[];
    exact?: readonly string[];
    /** The line applies only when the last argument is the value of this option (`ffmpeg -i FILE`: no output named). */
    lastAfter?: string;
    scales: boolean;
    says: string;
    /**
     * Output that grows with time rather than with a tree: a progress line while the command
     * works. The bytes it writes per second (the least and the most, measured or read in the
     * program's source), and what it spends that time doing, for messages: past maxBuffer "after
     * 47 to 71 minutes of encoding".
     */
    perSecond?: readonly [number, number];
    doing?: string;
    /**
     * For output that grows with time, given on every such line: how long, in seconds, a long run
     * of the command lasts. A job that ends with its input (a download, an encode of a file) lasts
     * minutes; one whose input is known to be long (a film for HandBrakeCLI, a live input that runs
     * for good) LONG_INPUT_LASTS, the two hours the rules look at. Passing maxBuffer takes longer
     * than that at the fastest rate only on a rare run.
     */
    lasts?: number;
    /** Its stdout is a whole document (a converter's result): it matters only to code that reads stdout. */
    document?: boolean;
    /** How a message names the command when it is not a converter nor a walker (yt-dlp's info JSON). */
    what?: string;
    /**
     * What it writes is of the order of maxBuffer (1 MiB): past it on some runs, far below on most
     * (one video's description): the buffered-output rules report it as `can-grow`, not `grows`.
     */
    nearBuffer?: boolean;
    /**
     * What it writes on both streams, however much for a pipe nobody reads (64 KiB), stays far
     * below maxBuffer (1 MiB): the buffered-output rules do not take it for output that grows
     * (`git fetch` names each ref it updates, about 60 bytes: 1 MiB is 17,000 refs).
     */
    fitsBuffer?: boolean;
}
/** Output that grows with time: the bytes a second (least, most), what the command is doing, and how long a long run lasts (ScalingEntry). */
export interface Pace {
    perSecond: readonly [number, number];
    doing: string;
    lasts: number;
}
/** The pace a time-paced line gives a command's output (CommandOutput.pace), or undefined. */
export declare function paceOf(entry: ScalingEntry): Pace | undefined;
/** A run as long as the two hours the rules look at: a film's encode, a live input (commands.data.ts `lasts`). */
export declare const LONG_INPUT_LASTS: number;
export declare const SCALING: readonly ScalingEntry[];
/** Words that run the rest of the command line: stripped before the command is looked up. */
export interface WrapperEntry {
    name: string;
    /** Options that take a value in the next word. */
    valued: readonly string[];
    /** Positional words the wrapper itself consumes before the command (`timeout 10`, `nice` has none). */
    positionals: number;
    /** With one of these options the wrapper runs nothing: `command -v x` looks a name up. */
    queries?: readonly string[];
}
export declare const WRAPPERS: readonly WrapperEntry[];
