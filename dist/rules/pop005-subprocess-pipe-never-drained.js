import { argument, callsTo, handleUses, literalString, ownStatement } from '../src/python/analysis.js';
import { commandOf, isRedirected, isSilent } from '../src/python/command.js';
import { insertStatementAfter, insertStatementBefore, subprocessModule } from '../src/python/edit.js';
import { outerExpression, unparenthesize } from '../src/python/semantic.js';
const POPEN = new Set(['subprocess.Popen']);
// Ex) p.wait(), p.poll(), p.pid, p.returncode, p.kill(), p.stdin.write(...): no pipe is read.
const NON_DRAINING = new Set(['wait', 'poll', 'pid', 'returncode', 'kill', 'terminate', 'send_signal', 'args', 'stdin']);
// Ex) stdout=subprocess.PIPE, stderr=PIPE (from subprocess import PIPE)
function pipedArgs(ctx, call) {
    const out = [];
    for (const [fd, keyword, position] of [[1, 'stdout', 4], [2, 'stderr', 5]]) {
        const value = argument(call, position, keyword);
        if (value && ctx.model.qualifiedName(unparenthesize(value)) === 'subprocess.PIPE')
            out.push({ fd, value });
    }
    return out;
}
// Ex) Popen('rm -f x', shell=True, stdout=PIPE, stderr=PIPE).wait() - rm prints nothing on
// success and a one-line error at most: far below 64 KiB, and nothing after it to break.
function runsSilentCommand(ctx, call) {
    const args = argument(call, 0, 'args');
    if (!args)
        return false;
    const n = unparenthesize(args);
    if (n.type === 'list' || n.type === 'tuple') {
        const words = n.namedChildren.map((c) => literalString(c));
        return words.length > 0 && words.every((w) => w !== null) && isSilent({ expr: n, segments: [], text: words.join(' '), editable: false });
    }
    const shell = argument(call, 8, 'shell');
    return !!shell && shell.text === 'True' && isSilent(commandOf(args, ctx.model));
}
// Ex) Popen('make >build.log 2>&1', shell=True, stdout=PIPE, stderr=PIPE): the shell string
// already sends both fds elsewhere, so the pipes stay empty.
function shellRedirectsPipes(ctx, call, pipes) {
    const shell = argument(call, 8, 'shell');
    const args = argument(call, 0, 'args');
    if (!shell || shell.text !== 'True' || !args)
        return false;
    return isRedirected(commandOf(args, ctx.model), pipes.map((p) => p.fd));
}
function isNonDraining(use) {
    if (use.kind === 'neutral')
        return true;
    return (use.kind === 'method' || use.kind === 'attribute') && NON_DRAINING.has(use.name);
}
// The devnull fix: each PIPE becomes DEVNULL (Python 3.3+) or an open /dev/null (Python 2).
function devnullFix(ctx, call, pipes) {
    const edits = [];
    for (const { value } of pipes) {
        const v = unparenthesize(value);
        if (ctx.target === 'py2')
            edits.push({ start: v.startIndex, end: v.endIndex, content: "open('/dev/null', 'w')" });
        else if (v.type === 'attribute') {
            const attr = v.childForFieldName('attribute');
            edits.push({ start: attr.startIndex, end: attr.endIndex, content: 'DEVNULL' });
        }
        else {
            const devnull = ctx.model.lookup('DEVNULL', ctx.model.scopeOf(call));
            if (devnull && devnull.bindings.every((b) => b.kind === 'import' && b.qualified === 'subprocess.DEVNULL')) {
                edits.push({ start: v.startIndex, end: v.endIndex, content: 'DEVNULL' });
            }
            else {
                const sp = subprocessModule(ctx.model, ctx.source, call);
                if (!sp)
                    return null;
                edits.push(...sp.edits, { start: v.startIndex, end: v.endIndex, content: `${sp.name}.DEVNULL` });
            }
        }
    }
    return { strategy: 'devnull', applicability: 'safe', description: 'Send the unread output to /dev/null instead of a pipe', edits };
}
export const rule = {
    meta: {
        id: 'POP005',
        name: 'subprocess-pipe-never-drained',
        language: 'python',
        summary: 'subprocess.Popen(stdout=PIPE) never drained: wait() deadlocks past 64 KiB, a dropped pipe breaks',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'read'],
        needles: ['Popen'],
        resolves: ['subprocess.Popen', 'subprocess.PIPE', 'subprocess.DEVNULL'],
        docs: {
            whatItDoes: '`subprocess.Popen(..., stdout=PIPE)` or `stderr=PIPE` whose pipe is never read: the Popen object is dropped, or only `wait()`, `poll()`, `pid`, `returncode`, `kill()` or `stdin` are used, with no `communicate()` and no read of `p.stdout`/`p.stderr`. A Popen that escapes (returned, passed on, stored) is not reported.',
            whyIsThisBad: "`wait()` does not read the pipe. Once the command has written 64 KiB, the Linux pipe buffer, it blocks on the write while the parent blocks in `wait()`: a deadlock, which the Python documentation warns about. A dropped Popen closes the pipe and the command's next write dies of SIGPIPE.",
            example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
            useInstead: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, _ = p.communicate()\n",
            fixSafety: "`devnull` (safe): `stdout=subprocess.DEVNULL` (Python 3; `open('/dev/null', 'w')` on Python 2) - nobody read the pipe, so nothing observable changes but the hazard. An existing `DEVNULL` import or `subprocess` alias is reused.\n`read` (safe when it only replaces a bare `p.wait()` and stdin is not a pipe, unsafe otherwise): `p.communicate()` instead of `p.wait()`, or before the statement that uses `wait()`'s value; it reads the output into memory and then waits. For a dropped Popen it adds `.communicate()`, which makes the parent wait (unsafe).",
            reproduction: {
                files: {
                    'task.py': 'import subprocess, sys\np = subprocess.Popen([sys.executable, \'-c\', "print(\'x\' * 200000)"], stdout=subprocess.PIPE)\np.wait()   # the child blocks at 64 KiB, the parent in wait(): deadlock\nprint(\'finished\')\n',
                },
                run: 'timeout 3 python3 task.py; echo "exit status $?"',
                shows: 'exit status 124',
                says: 'exit status 124: killed by the timeout, never finished',
                fix: 'task.py',
            },
            references: [
                'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.wait',
                'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate',
            ],
        },
    },
    check(ctx) {
        for (const { call } of callsTo(ctx.model, POPEN)) {
            const pipes = pipedArgs(ctx, call);
            if (pipes.length === 0 || runsSilentCommand(ctx, call) || shellRedirectsPipes(ctx, call, pipes))
                continue;
            const stdinPiped = (() => {
                const v = argument(call, 3, 'stdin');
                return !!v && ctx.model.qualifiedName(unparenthesize(v)) === 'subprocess.PIPE';
            })();
            const which = pipes.map((p) => (p.fd === 1 ? 'stdout' : 'stderr')).join('/');
            const fixes = [];
            const devnull = devnullFix(ctx, call, pipes);
            if (devnull)
                fixes.push(devnull);
            const expr = outerExpression(call);
            const parent = expr.parent;
            let waits = false;
            if (parent?.type === 'expression_statement') {
                // Ex) subprocess.Popen(cmd, stdout=PIPE)
                fixes.push({ strategy: 'read', applicability: 'unsafe', description: 'Drain the pipe with .communicate() (the parent now waits)', edits: [{ start: call.endIndex, end: call.endIndex, content: '.communicate()' }] });
            }
            else if (parent?.type === 'attribute' && ['wait', 'poll'].includes(parent.childForFieldName('attribute')?.text ?? '')) {
                // Ex) subprocess.Popen(cmd, stdout=PIPE).wait()
                waits = true;
                const waitCall = outerExpression(parent).parent;
                const attr = parent.childForFieldName('attribute');
                if (waitCall?.type === 'call' && ownStatement(waitCall) && attr.text === 'wait' && waitCall.childForFieldName('arguments')?.namedChildren.length === 0) {
                    fixes.push({ strategy: 'read', applicability: stdinPiped ? 'unsafe' : 'safe', description: 'Drain the pipe: communicate() instead of wait()', edits: [{ start: attr.startIndex, end: waitCall.endIndex, content: 'communicate()' }] });
                }
            }
            else {
                const handle = handleUses(ctx.model, call);
                if (!handle || !handle.uses.every((u) => isNonDraining(u.use)))
                    continue;
                const name = handle.name.text;
                waits = handle.statement.type === 'with_statement' || handle.uses.some((u) => u.use.kind === 'method' && (u.use.name === 'wait' || u.use.name === 'poll'));
                const firstWait = handle.uses.find((u) => u.use.kind === 'method' && u.use.name === 'wait');
                if (firstWait && firstWait.use.kind === 'method') {
                    const waitCall = firstWait.use.call;
                    const own = ownStatement(waitCall);
                    const bare = own && firstWait.use.argCount === 0;
                    const stmt = own ?? enclosingSimple(waitCall);
                    if (bare) {
                        const attr = outerExpression(firstWait.ref).parent.childForFieldName('attribute');
                        fixes.push({ strategy: 'read', applicability: stdinPiped ? 'unsafe' : 'safe', description: 'Drain the pipe: communicate() instead of wait()', edits: [{ start: attr.startIndex, end: waitCall.endIndex, content: 'communicate()' }] });
                    }
                    else if (stmt) {
                        fixes.push({ strategy: 'read', applicability: 'unsafe', description: `Drain the pipe with ${name}.communicate() before waiting`, edits: [insertStatementBefore(ctx.source, stmt, `${name}.communicate()`)] });
                    }
                }
                else if (handle.statement.type !== 'with_statement') {
                    fixes.push({ strategy: 'read', applicability: 'unsafe', description: `Drain the pipe with ${name}.communicate() (the parent now waits)`, edits: [insertStatementAfter(ctx.source, handle.statement, `${name}.communicate()`)] });
                }
            }
            const message = waits
                ? `${which} pipe of subprocess.Popen() is never drained: wait() deadlocks once the command writes more than the 64 KiB pipe buffer`
                : `${which} pipe of subprocess.Popen() is never read: the command blocks once it writes 64 KiB, and dies of SIGPIPE (Broken pipe) when the pipe is closed`;
            ctx.report(call, { message, fixes });
        }
    },
};
// The simple statement holding node, when it sits directly in a block: `rc = p.wait()`.
function enclosingSimple(node) {
    for (let n = node; n; n = n.parent) {
        if (n.type === 'expression_statement' || n.type === 'return_statement')
            return n.parent?.type === 'block' || n.parent?.type === 'module' ? n : null;
        if (n.type === 'block' || n.type === 'if_statement' || n.type === 'while_statement')
            return null;
    }
    return null;
}
