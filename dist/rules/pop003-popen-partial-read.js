import { commandEvidence } from '../src/knowledge/evidence.js';
import { argument, callsTo, POPEN_FUNCTIONS, isWriteModePopen, enclosingStatement, handleUses, inLoopAfter, ownStatement } from '../src/python/analysis.js';
import { commandOf, shellOutput } from '../src/python/command.js';
import { canReplaceStatementWithBlock, freshName, insertStatementBefore, replaceStatementWithBlock } from '../src/python/edit.js';
import { lazyFix } from '../src/rule.js';
import { outerExpression } from '../src/python/semantic.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';
import { includesPython2 } from '../src/knowledge/targets.js';
// Ex) .readline()  .read(1024)  .readlines(65536) (a size hint)  next(p)
function isPartial(use) {
    return (use.kind === 'method' && (use.name === 'readline' || ((use.name === 'read' || use.name === 'readlines') && use.argCount > 0))) || use.kind === 'next';
}
// Ex) os.popen(cmd).readline()  /  next(os.popen(cmd))
function chainedPartial(call) {
    const expr = outerExpression(call);
    const parent = expr.parent;
    if (parent?.type === 'attribute') {
        const name = parent.childForFieldName('attribute')?.text;
        const outer = outerExpression(parent).parent;
        if (outer?.type !== 'call')
            return null;
        const args = outer.childForFieldName('arguments')?.namedChildren.length ?? 0;
        if (name === 'readline' || ((name === 'read' || name === 'readlines') && args > 0))
            return `${name}()`;
        return null;
    }
    if (parent?.type === 'argument_list' && parent.namedChildren.length === 1) {
        const fn = parent.parent?.childForFieldName('function');
        if (fn?.type === 'identifier' && fn.text === 'next')
            return 'next()';
    }
    return null;
}
// Python 2.7 children inherit SIGPIPE ignored (no restore_signals before 3.2): their writes fail with EPIPE instead.
function brokenPipe(target) {
    const py3 = 'the command dies of a broken pipe (SIGPIPE, or BrokenPipeError in a Python child) at its next write once the pipe is closed';
    if (!includesPython2(target))
        return py3;
    const py2 = 'the command gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the pipe is closed';
    return target.max && target.max[0] <= 2 ? py2 : `on Python 2.7 ${py2}; on Python 3 ${py3}`;
}
export const rule = {
    meta: {
        id: 'POP003',
        name: 'popen-partial-read',
        language: 'python',
        summary: 'only part of os.popen() output is read before the pipe is dropped',
        defaultEnabled: false,
        severity: 'warning',
        strategies: ['read'],
        needles: ['popen'],
        resolves: ['os.popen', 'platform.popen'],
        docs: {
            whatItDoes: 'Checks for `os.popen(cmd)` output of which only a part is read (`readline()`, `read(n)`, `next()`) before the handle is dropped or closed. Off by default: enable with `--select POP003`.',
            whyIsThisBad: 'Whatever the command writes after the part that was read goes to a pipe that is about to be closed, so the command dies of SIGPIPE (`Broken pipe`) half-way. Commands that print a few lines (`make --version`, `git rev-parse`) have written everything before the read returns and are not reported; the rule is opt-in because even a long output is often cut on purpose.',
            example: "import os\nfirst = os.popen('git log').readline()\n",
            useInstead: "import os\nwith os.popen('git log') as pipe:\n    first = pipe.readline()\n    pipe.read()\n",
            fixSafety: '`read` (unsafe): keeps the partial read and drains the rest - `with os.popen(cmd) as pipe:` around the statement followed by `pipe.read()`, or `p.read()` before `p.close()`. The parent now waits for the command to finish.',
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os, sys\nfirst = os.popen(\'echo first; \' + sys.executable + \' child.py\').readline()\nprint(first.strip())\n',
                },
                run: 'python3 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker',
                shows: 'BrokenPipeError|No such file',
                says: 'the first line is read, then the pipe is dropped: BrokenPipeError in the child, no marker',
                fix: 'task.py',
            },
            references: ['https://docs.python.org/3/library/os.html#os.popen', 'https://man7.org/linux/man-pages/man7/pipe.7.html'],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
            if (isWriteModePopen(call))
                continue;
            const cmdArg = argument(call, 0, 'cmd');
            if (!cmdArg)
                continue;
            // A command that prints a few lines has written them all into the pipe before the
            // partial read returns: only output that can grow is cut off.
            const output = shellOutput(commandOf(cmdArg, ctx.model));
            if (output.stdout !== 'unbounded')
                continue;
            const fixes = [];
            let what = chainedPartial(call);
            if (what) {
                const stmt = enclosingStatement(call);
                if (stmt && (stmt.type === 'expression_statement')) {
                    const text = ctx.source.text;
                    const oneLine = !text.slice(stmt.startIndex, call.startIndex).includes('\n') && !text.slice(call.endIndex, stmt.endIndex).includes('\n');
                    if (oneLine && canReplaceStatementWithBlock(ctx.source, stmt)) {
                        fixes.push(lazyFix({ strategy: 'read', applicability: 'unsafe', description: 'Drain the rest of the output after the partial read' }, () => {
                            const name = freshName(ctx.tree, 'pipe');
                            const inner = text.slice(stmt.startIndex, call.startIndex) + name + text.slice(call.endIndex, stmt.endIndex);
                            return replaceStatementWithBlock(ctx.source, stmt, [
                                { depth: 0, text: `with ${call.text} as ${name}:` },
                                { depth: 1, text: inner },
                                { depth: 1, text: `${name}.read()` },
                            ]);
                        }));
                    }
                }
            }
            else {
                const handle = handleUses(ctx.model, call);
                if (!handle || handle.uses.length === 0)
                    continue;
                // Ex) while True: line = p.readline() - a read loop drains the pipe.
                if (handle.uses.some((u) => isPartial(u.use) && inLoopAfter(u.ref, call)))
                    continue;
                const partial = handle.uses.find((u) => isPartial(u.use));
                const allowed = handle.uses.every((u) => isPartial(u.use) || u.use.kind === 'neutral' || (u.use.kind === 'method' && u.use.name === 'close'));
                if (!partial || !allowed)
                    continue;
                what = partial.use.kind === 'next' ? 'next()' : `${partial.use.name}()`;
                const close = handle.uses.find((u) => u.use.kind === 'method' && u.use.name === 'close');
                const closeStmt = close && ownStatement(close.use.call);
                if (closeStmt)
                    fixes.push({ strategy: 'read', applicability: 'unsafe', description: `Drain the rest with ${handle.name.text}.read() before closing`, edits: [insertStatementBefore(ctx.source, closeStmt, `${handle.name.text}.read()`)] });
            }
            ctx.report(call, {
                message: `only part of ${qualified}() output is read (\`${what}\`; ${output.evidence}): ${brokenPipe(ctx.versions)}`,
                fixes,
                evidence: commandEvidence(output),
            });
        }
    },
};
