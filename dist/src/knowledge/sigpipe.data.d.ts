/**
 * Programs that set SIGPIPE to SIG_IGN themselves, whatever they inherit: a write to a pipe whose
 * reader is gone fails with EPIPE instead of killing them, and what they do then is theirs. A
 * Python child is the well-known case (the interpreter ignores SIGPIPE at start-up and raises
 * BrokenPipeError at that write: knowledge/runtimes.ts); the lines here are native programs.
 *
 * - `command`, `when`: matched like commands.data.ts's lines; the first line that matches wins.
 * - `says`: how messages put what happens once the pipe has closed under it, after "`ffmpeg` ".
 *
 * Only the streams a program writes its log on are covered: a write of its result (media on
 * stdout) that fails still ends it. The line applies where the pipe closes some time after the
 * start (the parent exits first, the handle is closed later): a pipe closed at once can close
 * before the program has set the disposition. To teach popenlint a program, add a line, with the
 * measurement or the source that shows it.
 */
export interface SigpipeEntry {
    command: string;
    when?: readonly string[];
    says: string;
}
export declare const SIGPIPE_IGNORED: readonly SigpipeEntry[];
