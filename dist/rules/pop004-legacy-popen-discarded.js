import { argument, callsTo, droppedUse } from '../src/python/analysis.js';
import { commandOf, devnullEdits, isRedirected, isSilent } from '../src/python/command.js';
import { unparenthesize } from '../src/python/semantic.js';
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
export const rule = {
    meta: {
        id: 'POP004',
        name: 'legacy-popen-discarded',
        language: 'python',
        summary: 'Python 2 os.popen2/3/4 or popen2.* result dropped: the command dies of SIGPIPE on its next write',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull'],
        needles: ['popen2', 'popen3', 'popen4', 'Popen3', 'Popen4'],
        resolves: ['os.popen2', 'os.popen3', 'os.popen4', 'popen2.popen2', 'popen2.popen3', 'popen2.popen4', 'popen2.Popen3', 'popen2.Popen4'],
        docs: {
            whatItDoes: 'Checks for `os.popen2`, `os.popen3`, `os.popen4`, `popen2.popen2/3/4`, `popen2.Popen3` and `popen2.Popen4` (Python 2) whose result is thrown away: a bare statement or `_ = ...`.',
            whyIsThisBad: "These calls connect the command's stdout, and for popen3/popen4 (or `capturestderr`) its stderr, to pipes whose read ends live in the returned tuple or object. Dropping it closes them at once on CPython 2, and the command's next write dies of SIGPIPE (`Broken pipe`).",
            example: "import os\nos.popen3('make install')\n",
            useInstead: "import os\nos.popen3('make install >/dev/null 2>&1')\n",
            fixSafety: "`devnull` (safe): redirects the piped fds to /dev/null inside the shell string (`>/dev/null`, plus `2>&1` when stderr was piped too); the command stays fire-and-forget. Not offered when the command is an argv list (no shell). No `read` or `subprocess` rewrite: the tuple's order differs between os.popen2 and popen2.popen2, so a mechanical rewrite is too easy to get wrong.",
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os\nos.popen3(\'python2.7 child.py\')\n',
                },
                run: 'python2.7 task.py; sleep 1; ls marker',
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
            if (!dropped || (dropped.kind !== 'statement' && dropped.kind !== 'underscore'))
                continue;
            const cmdArg = argument(call, 0, 'cmd');
            if (!cmdArg)
                continue;
            const pipes = pipesOf(call, qualified);
            const command = commandOf(cmdArg, ctx.model);
            if (!isArgv(cmdArg) && (isRedirected(command, pipes) || isSilent(command)))
                continue;
            const fixes = [];
            const literal = command.segments.every((s) => s.map !== null);
            if (!isArgv(cmdArg) && literal) {
                fixes.push({ strategy: 'devnull', applicability: 'safe', description: `Redirect the command's ${pipes.length > 1 ? 'stdout and stderr' : 'stdout'} to /dev/null`, edits: devnullEdits(command, pipes) });
            }
            ctx.report(call, {
                message: `pipes of ${qualified}() are dropped: the command dies of SIGPIPE (Broken pipe) on its next write`,
                fixes,
            });
        }
    },
};
