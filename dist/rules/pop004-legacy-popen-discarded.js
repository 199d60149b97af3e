/**
 * POP004 legacy-popen-discarded
 *
 * ## What it does
 * Checks for the Python 2 pipe openers - `os.popen2/3/4`, `popen2.popen2/3/4`,
 * `popen2.Popen3/Popen4` - whose returned pipes are thrown away, or unpacked into names one of
 * whose read ends is never read.
 *
 * ## Why is this bad?
 * They connect the command's stdout (and with popen3/popen4/capturestderr, its stderr) to pipes
 * whose read ends are in the returned tuple or object. Dropped, those ends close, and the
 * command's next write dies of SIGPIPE (Broken pipe), as with `os.popen`.
 */
import { argument, callsTo, classifyUse, droppedUse, parentLifetime, reachedLoads } from '../src/python/analysis.js';
import { commandOf, devnullEdits, shellOutput } from '../src/python/command.js';
import { processOutput } from '../src/python/argv.js';
import { maxClass } from '../src/knowledge/commands.js';
import { pipeHazard } from '../src/knowledge/runtimes.js';
import { PYTHON2_SYNTAX_TARGET } from '../src/knowledge/targets.js';
import { outerExpression, unparenthesize } from '../src/python/semantic.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';
// The child's fds each function connects to a pipe the parent reads.
const PIPES = {
    'os.popen2': [1],
    'os.popen3': [1, 2],
    'os.popen4': [1, 2],
    'popen2.popen2': [1],
    'popen2.popen3': [1, 2],
    'popen2.popen4': [1, 2],
    'popen2.Popen3': [1],
    'popen2.Popen4': [1, 2],
};
// Ex) popen2.Popen3(cmd, True) / popen2.Popen3(cmd, capturestderr=1): stderr is piped too.
function pipesOf(call, qualified) {
    if (qualified === 'popen2.Popen3') {
        const capture = argument(call, 1, 'capturestderr');
        if (capture && !['False', '0', 'None'].includes(capture.text))
            return [1, 2];
    }
    return PIPES[qualified];
}
// Ex) os.popen3(['ls', '-l']) - a list runs without a shell, so there is no string to redirect.
function isArgv(node) {
    const n = unparenthesize(node);
    return n.type === 'list' || n.type === 'tuple';
}
// Where each tuple puts the pipes the parent reads: [index in the tuple, the child's fd].
const READ_ENDS = {
    'os.popen2': [[1, 1]],
    'os.popen3': [[1, 1], [2, 2]],
    'os.popen4': [[1, 1]],
    'popen2.popen2': [[0, 1]],
    'popen2.popen3': [[0, 1], [2, 2]],
    'popen2.popen4': [[0, 1]],
};
// Ex) r, w = popen2.popen2(cmd) with r never read: the command blocks once it has written
// 64 KiB, and gets EPIPE once r is closed or collected.
function unpackedUnread(ctx, call, qualified) {
    const ends = READ_ENDS[qualified];
    const assign = outerExpression(call).parent;
    if (!ends || assign?.type !== 'assignment' || assign.childForFieldName('right')?.id !== outerExpression(call).id)
        return;
    const left = assign.childForFieldName('left');
    if (!left || (left.type !== 'pattern_list' && left.type !== 'tuple_pattern' && left.type !== 'tuple'))
        return;
    const names = left.namedChildren;
    const unread = [];
    const held = [];
    for (const [index, fd] of ends) {
        const id = names[index];
        if (id?.type !== 'identifier')
            return;
        if (id.text !== '_') {
            const found = ctx.model.lookup(id.text, ctx.model.scopeOf(id));
            const binding = found?.bindings.find((b) => b.node.id === id.id);
            if (!binding)
                return;
            const uses = reachedLoads(ctx.model, binding).map(classifyUse);
            if (!uses.every((u) => (u.kind === 'method' && u.name === 'close') || u.kind === 'neutral'))
                continue;
        }
        unread.push(fd);
        held.push(id.text);
    }
    if (unread.length === 0)
        return;
    const cmdArg = argument(call, 0, 'cmd');
    if (!cmdArg)
        return;
    const output = isArgv(cmdArg) ? processOutput(cmdArg, false, ctx.model) : shellOutput(commandOf(cmdArg, ctx.model));
    // Ex) i, o, e = os.popen3('make > log'): the command line sends stdout to a file, so only `e`
    // can fill; `o` gets nothing and is not named.
    const silent = (fd) => (fd === 1 ? output.stdout : output.stderr) === 'none';
    if (unread.some((fd) => !silent(fd))) {
        for (let i = unread.length - 1; i >= 0; i--)
            if (silent(unread[i])) {
                unread.splice(i, 1);
                held.splice(i, 1);
            }
    }
    const written = unread.includes(2) ? maxClass(output.stdout, output.stderr) : output.stdout;
    const hazard = pipeHazard('held-unread', PYTHON2_SYNTAX_TARGET, written, output, parentLifetime(ctx.model, call));
    if (!hazard.breaks)
        return;
    // The command's writes to the ends nobody reads go to /dev/null: the read end stays, empty.
    // Only stdout alone or both: a stderr-only redirect would need `2>/dev/null`, and stdout is read.
    const fixes = [];
    if (!isArgv(cmdArg) && unread.includes(1)) {
        fixes.push({ strategy: 'devnull', applicability: 'safe', description: `Redirect the command's ${unread.length > 1 ? 'stdout and stderr' : 'stdout'} to /dev/null`, edits: devnullEdits(commandOf(cmdArg, ctx.model), unread) });
    }
    ctx.report(call, { message: `the output ${held.length > 1 ? 'pipes' : 'pipe'} of ${qualified}() unpacked into ${held.map((h) => `\`${h}\``).join(', ')} ${held.length > 1 ? 'are' : 'is'} never read (${output.evidence}): on Python 2.7 ${hazard.how}`, fixes, evidence: hazard.evidence });
}
export const rule = {
    meta: {
        id: 'POP004',
        name: 'legacy-popen-discarded',
        language: 'python',
        summary: 'Python 2 os.popen2/3/4 or popen2.* result dropped: a command that writes fails at its next write',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull'],
        needles: ['popen2', 'popen3', 'popen4', 'Popen3', 'Popen4'],
        resolves: ['os.popen2', 'os.popen3', 'os.popen4', 'popen2.popen2', 'popen2.popen3', 'popen2.popen4', 'popen2.Popen3', 'popen2.Popen4'],
        docs: {
            whatItDoes: 'Checks for `os.popen2`, `os.popen3`, `os.popen4`, `popen2.popen2/3/4`, `popen2.Popen3` and `popen2.Popen4` (Python 2) whose result is thrown away (a bare statement or `_ = ...`: the read ends close at once), or unpacked into names of which one holding a read end is never read, only closed or left (`fin, fout = os.popen2(cmd)` with `fout` unused): the command blocks once it has written 64 KiB, and its next write fails once that end is closed. A command that prints a few lines at most on the piped streams (`cvs login`) fills no pipe, and is not reported in that form.',
            whyIsThisBad: "These calls connect the command's stdout, and for popen3/popen4 (or `capturestderr`) its stderr, to pipes whose read ends live in the returned tuple or object. Dropping it closes them at once on CPython 2, and the command's next write fails with EPIPE (SIGPIPE is inherited ignored): a Python child dies of `IOError: [Errno 32] Broken pipe`, a shell tool prints an error and its output is lost. A command that prints nothing on the piped streams (`kill`, `iptables -A`) is not reported.",
            example: "import os\nos.popen3('make install')\n",
            useInstead: "import os\nos.popen3('make install >/dev/null 2>&1')\n",
            fixSafety: "`devnull` (safe): redirects the piped fds to /dev/null inside the shell string (`>/dev/null`, plus `2>&1` when stderr was piped too); the command stays fire-and-forget. For a tuple unpacked with a read end nobody reads (`r, w = popen2.popen2(cmd)`), the fds of those ends only: the end stays open and empty. Not offered when the command is an argv list (no shell). No `read` or `subprocess` rewrite: the tuple's order differs between os.popen2 and popen2.popen2, so a mechanical rewrite is too easy to get wrong.",
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os\nos.popen3(\'python2.7 child.py\')\n',
                },
                run: 'python2.7 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker',
                shows: 'No such file',
                says: 'no marker: the child got EPIPE (IOError: [Errno 32] Broken pipe) on its first write',
                fix: 'task.py',
            },
            references: ['https://docs.python.org/2/library/os.html#os.popen2', 'https://docs.python.org/2/library/popen2.html'],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, new Set(Object.keys(PIPES)))) {
            const dropped = droppedUse(call);
            if (!dropped || (dropped.kind !== 'statement' && dropped.kind !== 'underscore')) {
                unpackedUnread(ctx, call, qualified);
                continue;
            }
            const cmdArg = argument(call, 0, 'cmd');
            if (!cmdArg)
                continue;
            const pipes = pipesOf(call, qualified);
            const command = commandOf(cmdArg, ctx.model);
            // These functions exist on Python 2 only: what 2.7 does decides, whatever the target says.
            const output = isArgv(cmdArg) ? processOutput(cmdArg, false, ctx.model) : shellOutput(command);
            const written = pipes.includes(2) ? maxClass(output.stdout, output.stderr) : output.stdout;
            const hazard = pipeHazard('closed-unread', PYTHON2_SYNTAX_TARGET, written, output, parentLifetime(ctx.model, call));
            if (!hazard.breaks)
                continue;
            const fixes = [];
            const literal = command.segments.every((s) => s.map !== null);
            if (!isArgv(cmdArg) && literal) {
                fixes.push({ strategy: 'devnull', applicability: 'safe', description: `Redirect the command's ${pipes.length > 1 ? 'stdout and stderr' : 'stdout'} to /dev/null`, edits: devnullEdits(command, pipes) });
            }
            ctx.report(call, {
                message: `pipes of ${qualified}() are dropped (${output.evidence}): on Python 2.7 they are closed at once: ${hazard.how}`,
                fixes,
                evidence: hazard.evidence,
            });
        }
    },
};
