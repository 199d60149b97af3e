import { type CommandOutput, type OutputClass } from './commands.js';
import { type Evidence } from './evidence.js';
import { type Target, type Version } from './targets.js';
/**
 * What each Python runtime does with a pipe nobody reads, as measured on Linux with the pyenv
 * interpreters (test/e2e/hazard-matrix.test.ts re-runs every row). A finding is made only when
 * some runtime in the file's target lets the child be killed before its work is done, block
 * for good, or lose what the code wanted (its output or its exit status).
 */
export interface PythonRuntime {
    label: string;
    min: Version;
    max: Version | null;
    /** A dropped `os.popen()` result: when its read end closes. */
    popenDropped: 'closed-at-once' | 'open-until-exit';
    /** The child's SIGPIPE disposition: 2.7 leaves it ignored (writes fail with EPIPE), 3.2+ restores the default (killed). */
    childSigpipe: 'ignored' | 'default';
    /** Popen's close_fds default: False lets a child inherit every descriptor of the parent. */
    closeFdsDefault: boolean;
    /** One line per pattern, for `explain`. */
    table: {
        osPopenDropped: string;
        popenDropped: string;
    };
}
export declare const PYTHON_RUNTIMES: readonly PythonRuntime[];
export declare function runtimesIn(target: Target): PythonRuntime[];
/** The table `explain` prints. */
export declare function runtimeTable(): string;
/** Whether the parent ends soon after the call (script code running to its end, sys.exit) or may live on. */
export type Lifetime = 'short' | 'long';
/**
 * The ways code leaves a pipe undrained:
 * - `os-popen-dropped`: `os.popen(cmd)` as a statement or `_ = ...`;
 * - `closed-unread`: closed before anything is read (`os.popen(cmd).close()`, `with os.popen(cmd):`);
 * - `held-unread`: a handle kept and never read (closed later, or at exit);
 * - `dropped-open`: a pipe that stays open and unread (a dropped Popen, popen2 on 2.7 at exit);
 * - `waited`: `wait()` or a poll loop before any read: the parent blocks while the child fills the pipe;
 * - `background-dropped`: a shell command line backgrounded as a whole (`shell=True`, `cmd &`)
 *   whose Popen is dropped unread: the shell exits at once, so the Popen leaves
 *   `subprocess._active` at the next subprocess call (or at exit) and its pipe closes under the
 *   background command, which still writes to it (measured: test/e2e/hazard-matrix.test.ts);
 * - `handed-held`: a pipe handed on as the next stage's stdin (`Popen(B, stdin=p1.stdout)`) while
 *   the parent keeps its copy of the read end and then waits for the producer: when the consumer
 *   exits early the producer gets no SIGPIPE (EPIPE on 2.7) while a read end is open, and blocks
 *   once the pipe holds 64 KiB (measured: test/e2e/hazard-held-pipe.test.ts).
 */
export type PipePattern = 'os-popen-dropped' | 'closed-unread' | 'held-unread' | 'dropped-open' | 'waited' | 'background-dropped' | 'handed-held';
export interface Hazard {
    /** Something can break on some version of the target. */
    breaks: boolean;
    /** "on Python 3.10+ the pipe stays open: `tar czvf` blocks once ..." (empty when nothing breaks). */
    how: string;
    /** What the finding rests on (knowledge/evidence.ts). */
    evidence: Evidence;
}
/**
 * What `pattern` does to a child writing `output` on the piped streams, for every runtime of
 * the target. `statusUsed`: the code reads the exit status (`rc = os.popen(cmd).close()`), so
 * a child killed by SIGPIPE before it wrote its few lines loses what the code wanted.
 */
export declare function pipeHazard(pattern: PipePattern, target: Target, output: OutputClass, command: Pick<CommandOutput, 'program' | 'ignoresWriteErrors' | 'basis'> & Partial<Pick<CommandOutput, 'stdout' | 'ignoresSigpipe'>> & {
    subject?: string;
}, lifetime: Lifetime, statusUsed?: boolean): Hazard;
/** "on Python 3.10+" style prefix for a target, for messages that name it. */
export declare function targetLabel(target: Target): string;
