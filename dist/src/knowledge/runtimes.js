import { commandEvidence, deadlockEvidence } from './evidence.js';
import { describeTarget, targetIncludes } from './targets.js';
// A dropped Popen on every Python 3: nothing closes its pipe (it is kept in `subprocess._active`).
const PY3_POPEN_DROPPED = 'the pipe stays open: the child finishes, or blocks at 64 KiB';
export const PYTHON_RUNTIMES = [
    {
        label: 'Python 2.7',
        min: [2, 0],
        max: [2, 7],
        popenDropped: 'closed-at-once',
        childSigpipe: 'ignored',
        closeFdsDefault: false,
        table: {
            osPopenDropped: 'read end closed at once, then `pclose()` waits for the child; the child inherits SIGPIPE ignored, so its writes fail with EPIPE: a Python child dies (`IOError: [Errno 32] Broken pipe`), most shell tools print an error and finish',
            popenDropped: 'the pipe stays open (the object is kept in `subprocess._active`): the child finishes, or blocks at 64 KiB',
        },
    },
    {
        label: 'Python 3.6–3.9',
        min: [3, 0],
        max: [3, 9],
        popenDropped: 'closed-at-once',
        childSigpipe: 'default',
        closeFdsDefault: true,
        table: {
            osPopenDropped: 'read end closed at once, SIGPIPE restored: the child is killed at its next write',
            popenDropped: PY3_POPEN_DROPPED,
        },
    },
    {
        label: 'Python 3.10+',
        min: [3, 10],
        max: null,
        popenDropped: 'open-until-exit',
        childSigpipe: 'default',
        closeFdsDefault: true,
        table: {
            osPopenDropped: 'the pipe stays open until the parent exits: the child blocks at 64 KiB, and is killed at its next write once the parent has exited',
            popenDropped: PY3_POPEN_DROPPED,
        },
    },
];
export function runtimesIn(target) {
    return PYTHON_RUNTIMES.filter((r) => targetIncludes(target, r.min, r.max));
}
/** The table `explain` prints. */
export function runtimeTable() {
    const rows = PYTHON_RUNTIMES.map((r) => `| ${r.label} | ${r.table.osPopenDropped} | ${r.table.popenDropped} |`);
    return [
        '| runtime | `os.popen(cmd)` result dropped | `Popen(cmd, stdout=PIPE)` dropped or only waited |',
        '|---|---|---|',
        ...rows,
        '| any | `wait()` before reading a PIPE, or reading one PIPE while the other fills, deadlocks once 64 KiB are waiting | same for asyncio `await proc.wait()` |',
        '| any | — | a pipe handed to the next stage (`Popen(B, stdin=p1.stdout)`) while the parent keeps its copy and then waits for the producer: if the consumer exits early, the producer gets no SIGPIPE (no EPIPE on 2.7) while a read end is open, blocks at 64 KiB, and the wait hangs; `p1.stdout.close()` after starting the consumer lets it die instead |',
        '| any | — | a command line run wholly in the background (`shell=True`, `cmd &`): the shell exits at once, and the pipe closes under the command when the dropped Popen is reaped (the next subprocess call, or exit): on 3.x it is killed at its next write; on 2.7 its writes fail with EPIPE (a Python child dies, a program that ignores write errors runs on) |',
        '',
        'A Python child is never killed by SIGPIPE itself (Python ignores it at start-up): it gets `BrokenPipeError` (`IOError` on 2.7) at that write and dies with a traceback unless it catches it. Python 2 children inherit every descriptor (`close_fds=False`); Python 3.4+ closes them (PEP 446).',
    ].join('\n');
}
const PYTHON_PROGRAMS = /^(python|pypy)/;
// How the child dies when its pipe closes, for the runtime's SIGPIPE disposition.
function dies(program, sigpipe) {
    if (program && PYTHON_PROGRAMS.test(program))
        return sigpipe === 'ignored' ? 'dies of `IOError: [Errno 32] Broken pipe`' : 'dies of `BrokenPipeError`';
    if (sigpipe === 'ignored')
        return 'gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error)';
    return program ? 'is killed by SIGPIPE' : 'is killed by SIGPIPE (a Python child: `BrokenPipeError`)';
}
function groupByText(parts) {
    const groups = [];
    for (const p of parts) {
        const g = groups.find((x) => x.text === p.text);
        if (g)
            g.labels.push(p.label.replace(/^Python /, ''));
        else
            groups.push({ labels: [p.label], text: p.text });
    }
    return groups.map((g) => `on ${g.labels.join(', ')} ${g.text}`).join('; ');
}
/**
 * What `pattern` does to a child writing `output` on the piped streams, for every runtime of
 * the target. `statusUsed`: the code reads the exit status (`rc = os.popen(cmd).close()`), so
 * a child killed by SIGPIPE before it wrote its few lines loses what the code wanted.
 */
export function pipeHazard(pattern, target, output, command, lifetime, statusUsed = false) {
    const runtimes = runtimesIn(target);
    // `subject`: the process that writes, when it is not the command's own (the program a launcher starts).
    const who = command.subject ?? (command.program ? `\`${command.program}\`` : 'the command');
    const exits = lifetime === 'short' ? 'once this script has exited' : 'if the program exits first';
    // A program that ignores SIGPIPE itself (sigpipe.data.ts) is not killed when its log pipe closes
    // after its start: it runs on (not its media on stdout, whose failed write ends it).
    const ownSigpipe = !command.subject && command.stdout !== 'unbounded' ? command.ignoresSigpipe : undefined;
    // What becomes of the child at its next write once the pipe closes (`when`: then).
    const afterClose = (d, when) => (ownSigpipe ? `; ${when}, ${who} ${ownSigpipe}` : `, and ${d} at its next write ${when}`);
    const parts = [];
    for (const r of runtimes) {
        const d = dies(command.program, r.childSigpipe);
        // A closed pipe under a child that inherits SIGPIPE ignored (2.7) fails its writes with
        // EPIPE: a program that ignores write errors (commands.data.ts `writeErrors`) runs on.
        const runsOn = r.childSigpipe === 'ignored' && !!command.ignoresWriteErrors;
        let text = null;
        if (output === 'unbounded') {
            switch (pattern) {
                case 'os-popen-dropped':
                    if (runsOn && r.popenDropped === 'closed-at-once')
                        break;
                    text = r.popenDropped === 'closed-at-once'
                        ? `the pipe is closed at once: ${who} ${d} at its next write`
                        : `the pipe stays open: ${who} blocks once it has written 64 KiB${afterClose(d, exits)}`;
                    break;
                case 'closed-unread':
                    if (!runsOn)
                        text = `${who} ${d} at its next write`;
                    break;
                case 'held-unread':
                    text = `${who} blocks once it has written 64 KiB${afterClose(d, 'once the handle is closed')}`;
                    break;
                case 'dropped-open':
                    text = `the pipe stays open: ${who} blocks once it has written 64 KiB${afterClose(d, exits)}`;
                    break;
                case 'waited':
                    text = `${who} blocks once it has written 64 KiB while the parent waits for it: a deadlock`;
                    break;
                case 'background-dropped':
                    if (!runsOn)
                        text = `${who} ${d} at its next write`;
                    break;
                case 'handed-held':
                    // The writer is told the reader is gone only once every read end is closed.
                    text = `${who} gets no SIGPIPE (nor EPIPE) while this process holds a read end, and blocks once it has written 64 KiB`;
                    break;
            }
        }
        else if (output === 'bounded' && statusUsed && (pattern === 'closed-unread' || pattern === 'held-unread' || pattern === 'os-popen-dropped')) {
            // Measured: `os.popen('git --version').close()` returns 36096 (SIGPIPE) most of the time.
            text = r.childSigpipe === 'ignored'
                ? `the pipe may close before ${who} writes: its write fails and the exit status is not its own`
                : `the pipe may close before ${who} writes: it is killed by SIGPIPE and the exit status says so instead of its own`;
        }
        if (text)
            parts.push({ label: r.label, text });
    }
    if (parts.length === 0)
        return { breaks: false, how: '', evidence: commandEvidence(command) };
    const evidence = hazardEvidence(pattern, output, command);
    const lead = pattern === 'background-dropped' ? 'the shell exits at once, leaving the command running in the background, and the pipe closes under it when the dropped Popen is reaped (at the next subprocess call, or at exit): ' : '';
    // One behaviour on every runtime of the target needs no version in front of it.
    // (os.popen's behaviour differs between versions: it always names the version it describes.)
    if (pattern !== 'os-popen-dropped' && parts.length === runtimes.length && parts.every((p) => p.text === parts[0].text))
        return { breaks: true, how: lead + parts[0].text, evidence };
    return { breaks: true, how: lead + groupByText(parts), evidence };
}
/**
 * What a Python pipe finding rests on: the program a launcher starts lives on (`subject`); a
 * command the table knows grows; a listed command that prints a few lines breaks only where the
 * pipe closes under it while its exit status is wanted (any size); the parent waiting on a command
 * from outside deadlocks once it passes the pipe. Otherwise the command alone speaks: from
 * outside, or merely unlisted. (A pipe closed under a program the table does not list breaks it
 * only if it writes at all, which nothing says: still `unlisted-program`.)
 */
function hazardEvidence(pattern, output, command) {
    if (command.subject)
        return 'lives-on';
    const own = commandEvidence(command);
    // A listed command that prints a few lines, under a pipe closed at once: its exit status is lost.
    if (own === 'grows')
        return output === 'unbounded' ? 'grows' : 'any-size';
    return pattern === 'waited' || pattern === 'handed-held' ? deadlockEvidence(command) : own;
}
/** "on Python 3.10+" style prefix for a target, for messages that name it. */
export function targetLabel(target) {
    return describeTarget(target);
}
