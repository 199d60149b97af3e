import { argument, callsTo, POPEN_FUNCTIONS, droppedUse, isWriteModePopen } from '../src/python/analysis.js';
import { commandOf, devnullEdits, isRedirected, isSilent } from '../src/python/command.js';
import { freshName, insertStatementBefore, replaceStatementWithBlock, subprocessModule } from '../src/python/edit.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';
function fixes(ctx, call, dropped, command) {
    const out = [];
    out.push({
        strategy: 'devnull',
        applicability: 'safe',
        description: "Redirect the command's stdout to /dev/null",
        edits: devnullEdits(command, [1]),
    });
    const callText = call.text;
    // Ex) with os.popen(cmd) as pipe: pipe.read()  - the article's fix 1; the parent now waits.
    const statement = dropped.kind === 'with' ? null : dropped.statement;
    if (statement) {
        const name = freshName(ctx.tree, 'pipe');
        const edits = replaceStatementWithBlock(ctx.source, statement, [
            { depth: 0, text: `with ${callText} as ${name}:` },
            { depth: 1, text: `${name}.read()` },
        ]);
        if (edits)
            out.push({ strategy: 'read', applicability: 'unsafe', description: 'Read the whole output in a with-block', edits });
    }
    else if (dropped.kind === 'with') {
        const name = freshName(ctx.tree, 'pipe');
        const body = dropped.statement.childForFieldName('body');
        const first = body?.namedChildren.find((c) => c.type !== 'comment');
        if (first) {
            out.push({
                strategy: 'read',
                applicability: 'unsafe',
                description: 'Read the whole output in the with-block',
                edits: [
                    { start: dropped.item.endIndex, end: dropped.item.endIndex, content: ` as ${name}` },
                    insertStatementBefore(ctx.source, first, `${name}.read()`),
                ],
            });
        }
    }
    // Ex) subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)  - waits for the command.
    if (statement) {
        const sp = subprocessModule(ctx.model, ctx.source, call);
        if (sp) {
            const cmd = command.expr.text;
            const replacement = ctx.target === 'py2'
                ? `${sp.name}.call(${cmd}, shell=True, stdout=open('/dev/null', 'w'))`
                : `${sp.name}.run(${cmd}, shell=True, stdout=${sp.name}.DEVNULL)`;
            const target = dropped.kind === 'close' ? dropped.closeCall : call;
            out.push({
                strategy: 'subprocess',
                applicability: 'unsafe',
                description: 'Run the command with subprocess, stdout to /dev/null, and wait for it',
                edits: [...sp.edits, { start: target.startIndex, end: target.endIndex, content: replacement }],
            });
        }
    }
    return out;
}
export const rule = {
    meta: {
        id: 'POP001',
        name: 'popen-result-discarded',
        language: 'python',
        summary: 'os.popen() result dropped: the command dies of SIGPIPE on its next write',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'read', 'subprocess'],
        needles: ['popen'],
        resolves: ['os.popen', 'platform.popen'],
        docs: {
            whatItDoes: 'Checks for `os.popen(cmd)` (also `platform.popen`, in any import spelling) whose returned pipe is thrown away: a bare statement, `_ = ...`, a `with` without `as`, or `.close()` chained on the call.',
            whyIsThisBad: "`os.popen` connects the command's stdout to a pipe whose only read end is the file object it returns. When that object is dropped (at once on CPython 2.7 to 3.8, at the next GC on 3.11+, or when the parent exits) the next write by the command raises SIGPIPE: it dies, or prints `IOError: [Errno 32] Broken pipe`, half-way through its work and at a different point each run. The parent never hears of it. Commands whose stdout is already redirected (`cmd >/dev/null 2>&1`) and write-mode `os.popen(cmd, 'w')` are not reported; a backgrounded `nohup job.sh &` is, because the background job keeps the pipe as its stdout.",
            example: "import os\ncmd = 'python test.py'\nos.popen(cmd)\n",
            useInstead: "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n",
            fixSafety: "`devnull` (safe): redirects the command's stdout to /dev/null inside the shell string; the command stays fire-and-forget and simply has no pipe to break. Compound commands are grouped (`{ a; b; } >/dev/null`), a trailing `&` stays last, templates keep their placeholders, and a non-literal command is wrapped as `'{ %s\\n} >/dev/null' % (cmd,)`.\n`read` (unsafe): `with os.popen(cmd) as pipe: pipe.read()`, the article's fix; the parent now waits for the command to finish.\n`subprocess` (unsafe): `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)` on Python 3, `subprocess.call(cmd, shell=True, stdout=open('/dev/null', 'w'))` on Python 2; the parent waits, and `import subprocess` is added once or an existing alias reused.",
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os, sys\nos.popen(sys.executable + \' child.py\')\n',
                },
                run: 'python3 task.py; sleep 1; ls marker',
                shows: 'BrokenPipeError|No such file',
                says: 'BrokenPipeError in the child and no marker: it died half-way through its work',
                fix: 'task.py',
            },
            references: [
                'https://docs.python.org/3/library/os.html#os.popen',
                'https://docs.python.org/2/library/os.html#os.popen',
                'https://man7.org/linux/man-pages/man7/pipe.7.html',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
            const dropped = droppedUse(call);
            if (!dropped || isWriteModePopen(call))
                continue;
            const cmdArg = argument(call, 0, 'cmd');
            if (!cmdArg)
                continue;
            const command = commandOf(cmdArg, ctx.model);
            if (isRedirected(command, [1]) || isSilent(command))
                continue;
            const how = dropped.kind === 'close' ? 'closed unread' : 'dropped';
            ctx.report(call, {
                message: `output pipe of ${qualified}() is ${how}: the command dies of SIGPIPE (Broken pipe) on its next write`,
                fixes: fixes(ctx, call, dropped, command),
            });
        }
    },
};
