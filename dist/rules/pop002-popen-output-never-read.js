/**
 * POP002 popen-output-never-read
 *
 * ## What it does
 * Checks for an `os.popen(cmd)` handle bound to a name (`p = os.popen(cmd)` or
 * `with os.popen(cmd) as p:`) that is never read in its scope: only closed, tested, or unused;
 * or stored on an attribute or in a container that nothing in the module reads.
 *
 * ## Why is this bad?
 * Keeping the handle without reading it does not keep the pipe drained. Once the command has
 * written 64 KiB (Linux's pipe buffer) it blocks forever; when the handle is closed or
 * collected, the command's next write dies of SIGPIPE (Broken pipe).
 */
import { argument, callsTo, classifyUse, POPEN_FUNCTIONS, isWriteModePopen, handleUses, ownStatement, parentLifetime } from '../src/python/analysis.js';
import { storedInContainer, storedOnAttribute } from '../src/python/stored.js';
import { commandOf, devnullEdits, shellOutput } from '../src/python/command.js';
import { pipeHazard } from '../src/knowledge/runtimes.js';
import { insertStatementAfter, insertStatementBefore } from '../src/python/edit.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';
// Ex) p.close(), `if p:`, `del p`, `with p:` - none of them reads the output.
function isNonReading(use) {
    return (use.kind === 'method' && use.name === 'close') || use.kind === 'neutral';
}
// Ex) self.log = os.popen('make')  /  handles.append(os.popen('make')): shape 5. Nothing in the
// module reads the handle there (only closes or tests it), and the container is not handed on.
function storedUnread(model, call) {
    let statusUsed = false;
    const element = (ref) => {
        const use = classifyUse(ref);
        if (use.kind === 'method' && use.name === 'close' && !ownStatement(use.call))
            statusUsed = true;
        return isNonReading(use) ? { kind: 'neutral', node: ref } : { kind: 'escape', node: ref };
    };
    const stored = storedOnAttribute(model, call, element) ?? storedInContainer(model, call, element);
    return stored && stored.events.every((e) => e.kind === 'neutral') ? { stored, statusUsed } : null;
}
export const rule = {
    meta: {
        id: 'POP002',
        name: 'popen-output-never-read',
        language: 'python',
        summary: 'os.popen() handle kept but never read: a command that writes blocks at 64 KiB, and dies at close',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'read'],
        needles: ['popen'],
        resolves: ['os.popen', 'platform.popen'],
        docs: {
            whatItDoes: 'Checks for an `os.popen(cmd)` handle bound to a name, or opened with `with ... as p`, that is never read in its scope: it is only closed, tested or not used at all, and the command can write more than the pipe holds (a quiet command such as `mkdir` or `iptables -A` is not reported, unless the exit status from `close()` is used). A handle stored on an attribute (`self.log = os.popen(cmd)`) or in a container (`handles.append(os.popen(cmd))`, a list, dict or set) is followed across the module and reported when nothing there reads it (only closes or tests it). A handle that escapes (returned, yielded, passed to a function, a container returned or passed on, an attribute read anywhere in the module) is not reported.',
            whyIsThisBad: "Holding the handle does not drain the pipe. Once the command has written 64 KiB, the size of a Linux pipe buffer, it blocks forever; when the handle is closed or collected, the command's next write dies of SIGPIPE (`Broken pipe`).",
            example: "import os\np = os.popen('make all')\np.close()\n",
            useInstead: "import os\np = os.popen('make all')\nprint(p.read())\np.close()\n",
            fixSafety: "`devnull` (safe): redirects the command's stdout to /dev/null in the shell string; the handle stays valid and `close()` still returns the exit status.\n`read` (unsafe): inserts `p.read()` right after the handle is opened (or at the top of the `with` body); the parent now waits for the command to finish.",
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os, sys\np = os.popen(sys.executable + \' child.py\')\np.close()\n',
                },
                run: 'python3 task.py; ls marker',
                shows: 'BrokenPipeError|No such file',
                says: 'close() without a read: BrokenPipeError in the child, no marker',
                fix: 'task.py',
            },
            references: ['https://docs.python.org/3/library/os.html#os.popen', 'https://man7.org/linux/man-pages/man7/pipe.7.html'],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
            if (isWriteModePopen(call))
                continue;
            const handle = handleUses(ctx.model, call);
            const cmdArg = argument(call, 0, 'cmd');
            if (!handle && cmdArg) {
                const found = storedUnread(ctx.model, call);
                if (!found)
                    continue;
                const command = commandOf(cmdArg, ctx.model);
                const output = shellOutput(command);
                const hazard = pipeHazard('held-unread', ctx.versions, output.stdout, output, parentLifetime(ctx.model, call), found.statusUsed);
                if (!hazard.breaks)
                    continue;
                const fixes = [{ strategy: 'devnull', applicability: 'safe', description: "Redirect the command's stdout to /dev/null", edits: devnullEdits(command, [1]) }];
                ctx.report(call, { message: `output pipe of ${qualified}() stored in \`${found.stored.holder}\` is never read in this module (${output.evidence}): ${hazard.how}`, fixes, evidence: hazard.evidence });
                continue;
            }
            if (!handle)
                continue;
            // Ex) p = os.popen(cmd); handles = [p]  /  self.handle = p - stored where nothing reads it.
            const stores = handle.uses.filter((u) => u.use.kind === 'escape').map((u) => storedUnread(ctx.model, u.ref));
            if (!stores.every((st) => st !== null) || !handle.uses.every((u) => isNonReading(u.use) || u.use.kind === 'escape'))
                continue;
            if (!cmdArg)
                continue;
            const command = commandOf(cmdArg, ctx.model);
            const output = shellOutput(command);
            // Ex) rc = p.close(): the exit status is read, and is SIGPIPE's if the pipe closed first.
            const statusUsed = handle.uses.some((u) => u.use.kind === 'method' && u.use.name === 'close' && !ownStatement(u.use.call)) || stores.some((st) => st.statusUsed);
            const hazard = pipeHazard('held-unread', ctx.versions, output.stdout, output, parentLifetime(ctx.model, call), statusUsed);
            if (!hazard.breaks)
                continue;
            const name = handle.name.text;
            const fixes = [{ strategy: 'devnull', applicability: 'safe', description: "Redirect the command's stdout to /dev/null", edits: devnullEdits(command, [1]) }];
            // Ex) p = os.popen(cmd); p.read(); ...  /  with os.popen(cmd) as p: p.read(); ...
            if (handle.statement.type === 'with_statement') {
                const first = handle.statement.childForFieldName('body')?.namedChildren.find((c) => c.type !== 'comment');
                if (first)
                    fixes.push({ strategy: 'read', applicability: 'unsafe', description: `Read the output with ${name}.read()`, edits: [insertStatementBefore(ctx.source, first, `${name}.read()`)] });
            }
            else {
                fixes.push({ strategy: 'read', applicability: 'unsafe', description: `Read the output with ${name}.read()`, edits: [insertStatementAfter(ctx.source, handle.statement, `${name}.read()`)] });
            }
            ctx.report(call, {
                message: `output pipe of ${qualified}() bound to \`${name}\` is never read (${output.evidence}): ${hazard.how}`,
                fixes,
                evidence: hazard.evidence,
            });
        }
    },
};
