/**
 * POP001 popen-result-discarded
 *
 * ## What it does
 * Checks for `os.popen(cmd)` (and `platform.popen`) whose returned pipe is thrown away: used as
 * a statement, assigned to `_`, opened in a `with` without `as`, or closed at once with
 * `.close()`.
 *
 * ## Why is this bad?
 * `os.popen` connects the command's stdout to a pipe whose only read end is the returned file
 * object. Dropped, it is closed at once on CPython 2.7 to 3.9 (the command's next write dies:
 * EPIPE on 2.7, SIGPIPE on 3.x) or stays open until the parent exits on 3.10+ (the command
 * blocks at 64 KiB, then dies once the parent is gone). Only commands that can write that much
 * are reported (knowledge/commands.ts); quiet ones are POP008's.
 */
import { argument, callsTo, POPEN_FUNCTIONS, droppedUse, isWriteModePopen, parentLifetime } from '../src/python/analysis.js';
import { backgroundEdits, commandOf, devnullEdits, shellOutput } from '../src/python/command.js';
import { canReplaceStatementWithBlock, devnullFile, freshName, insertStatementBefore, replaceStatementWithBlock, subprocessModule } from '../src/python/edit.js';
import { lazyFix } from '../src/rule.js';
import { internalName, wrapperCalls, wrapperSummaries } from '../src/python/wrappers.js';
import { judgeCallers, parameterOf, unseenCallers } from '../src/python/callers.js';
import { canFill, isListed } from '../src/knowledge/commands.js';
import { pipeHazard } from '../src/knowledge/runtimes.js';
import { includesBefore, includesPython2 } from '../src/knowledge/targets.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';
/**
 * Every os.popen() whose pipe is thrown away, with what its command writes and what that does
 * on the file's target. POP001 reports those that can break; POP008 (opt-in) the others.
 */
export function droppedPopens(ctx) {
    const out = [];
    for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
        const dropped = droppedUse(call);
        if (!dropped || isWriteModePopen(call))
            continue;
        const cmdArg = argument(call, 0, 'cmd');
        if (!cmdArg)
            continue;
        const command = commandOf(cmdArg, ctx.model);
        let output = shellOutput(command);
        // Ex) def exec_bash(command): os.popen(command) - the command is the callers': judged by
        // theirs when every caller in the repository is seen (quiet callers: POP008's).
        if (output.program === null) {
            const wrapper = parameterOf(ctx.model, cmdArg);
            const judged = wrapper && judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => (a ? shellOutput(commandOf(a, m)) : shellOutput(commandOf(cmdArg, ctx.model))), (o) => canFill(o.stdout));
            // A wrapper that drops the pipe inside is reported at each caller that passes a listed
            // growing command (below): the definition answers only for the others.
            const inside = !!judged && [...wrapperSummaries(ctx.model).values()].some((s) => s.internal?.opener.id === call.id);
            const shown = inside ? judged.unlisted ?? judged.started : judged?.growing;
            if (shown)
                output = { ...shown.output, evidence: `${shown.output.evidence}, passed to ${shown.fn}() at ${shown.at}` };
            else if (judged && judged.unseen === 0)
                output = { stdout: 'bounded', stderr: 'bounded', program: wrapper.name, evidence: judged.growing ? `every caller of \`${wrapper.name}()\` whose command can grow is reported where it calls` : `every caller of \`${wrapper.name}()\` passes a command that prints little` };
            else if (wrapper)
                output = { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
        }
        // Ex) os.popen(cmd).close() / with os.popen(cmd): - closed before anything is read.
        const pattern = dropped.kind === 'close' || dropped.kind === 'with' ? 'closed-unread' : 'os-popen-dropped';
        const statusUsed = dropped.kind === 'close' && dropped.statement === null;
        const hazard = pipeHazard(pattern, ctx.versions, output.stdout, output, parentLifetime(ctx.model, call), statusUsed);
        out.push({ call, qualified, dropped, command, output, pattern, statusUsed, hazard });
    }
    out.push(...threadTargets(ctx));
    // Ex) def run(cmd): return os.popen(cmd)  ...  run('apt-get update')  (shape 6)
    for (const w of wrapperCalls(ctx.model, ctx.path)) {
        if (w.summary.opener !== 'os.popen')
            continue;
        const internal = w.summary.internal;
        if (internal) {
            // Ex) def exec_bash(command): os.popen(command)  ...  exec_bash('tar czvf x.tgz /srv')
            // The wrapper drops the pipe; reported here when this caller's command is listed as growing.
            const inner = droppedUse(internal.opener);
            const cmdArg = argument(w.call, w.summary.param, w.summary.paramName);
            if (!inner || !cmdArg || isWriteModePopen(internal.opener))
                continue;
            const command = { ...commandOf(cmdArg, ctx.model), editable: false };
            const output = shellOutput(command);
            if (output.program === null || !isListed(output.program))
                continue;
            const pattern = inner.kind === 'close' || inner.kind === 'with' ? 'closed-unread' : 'os-popen-dropped';
            const hazard = pipeHazard(pattern, ctx.versions, output.stdout, output, parentLifetime(ctx.model, w.call), false);
            out.push({ call: w.call, qualified: `os.popen() in ${internalName(w.summary, internal)} (${w.where}): the pipe`, dropped: { kind: 'expression', statement: null }, command, output, pattern, statusUsed: false, hazard, wrapper: true });
            continue;
        }
        const dropped = droppedUse(w.call);
        const cmdArg = dropped && argument(w.call, w.summary.param, w.summary.paramName);
        if (!dropped || !cmdArg)
            continue;
        const command = commandOf(cmdArg, ctx.model);
        const output = shellOutput(command);
        const pattern = dropped.kind === 'close' || dropped.kind === 'with' ? 'closed-unread' : 'os-popen-dropped';
        const statusUsed = dropped.kind === 'close' && dropped.statement === null;
        const hazard = pipeHazard(pattern, ctx.versions, output.stdout, output, parentLifetime(ctx.model, w.call), statusUsed);
        out.push({ call: w.call, qualified: `os.popen() returned by ${w.summary.name}() (${w.where}): the pipe`, dropped: { kind: 'expression', statement: null }, command, output, pattern, statusUsed, hazard, wrapper: true });
    }
    return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
// Ex) threading.Thread(target=os.popen, args=(cmd,)).start(): the thread calls os.popen and
// drops its result. The finding sits on the Thread(...) call; the command is args[0].
function threadTargets(ctx) {
    const out = [];
    for (const { call } of callsTo(ctx.model, new Set(['threading.Thread']))) {
        const target = argument(call, 1, 'target');
        const qualified = target ? ctx.model.qualifiedName(target) : null;
        if (!qualified || !POPEN_FUNCTIONS.has(qualified))
            continue;
        const args = argument(call, 3, 'args');
        const first = args && (args.type === 'tuple' || args.type === 'list') ? args.namedChildren.find((c) => c.type !== 'comment') : null;
        if (!first)
            continue;
        const command = { ...commandOf(first, ctx.model), editable: false };
        const output = shellOutput(command);
        const hazard = pipeHazard('os-popen-dropped', ctx.versions, output.stdout, output, parentLifetime(ctx.model, call));
        out.push({ call, qualified, dropped: { kind: 'expression', statement: null }, command, output, pattern: 'os-popen-dropped', statusUsed: false, hazard, thread: true });
    }
    return out;
}
/**
 * `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)`, or the form the oldest
 * version of the target has: `call` before 3.5, an open /dev/null before 3.3.
 */
export function subprocessFix(ctx, call, target, command, check = false) {
    const sp = subprocessModule(ctx.model, ctx.source, call);
    if (!sp)
        return null;
    // `check`: a failure raises CalledProcessError instead of passing unseen (POP008's point).
    const description = check
        ? 'Run the command with subprocess, stdout to /dev/null, wait for it, and raise if it fails'
        : 'Run the command with subprocess, stdout to /dev/null, and wait for it';
    return lazyFix({ strategy: 'subprocess', applicability: 'unsafe', description }, () => {
        const cmd = command.expr.text;
        const devnull = includesBefore(ctx.versions, [3, 3]) ? devnullFile(ctx.model, call) : `${sp.name}.DEVNULL`;
        const old = includesBefore(ctx.versions, [3, 5]);
        const fn = old ? (check ? 'check_call' : 'call') : 'run';
        const checked = check && !old ? ', check=True' : '';
        return [...sp.edits, { start: target.startIndex, end: target.endIndex, content: `${sp.name}.${fn}(${cmd}, shell=True, stdout=${devnull}${checked})` }];
    });
}
/**
 * The background form, for a target that includes Python 2: there closing a dropped pipe
 * (pclose, at once in CPython) waits for the command, so a call meant to fire and forget
 * blocks the parent until the command ends. `cmd >/dev/null 2>&1 &` lets the shell exit at
 * once. Unsafe: code after the call may rely on the command having finished.
 */
export function backgroundFix(ctx, d) {
    if (!includesPython2(ctx.versions) || d.wrapper || d.thread || d.statusUsed || d.dropped.kind === 'with')
        return null;
    const edits = backgroundEdits(d.command);
    if (!edits)
        return null;
    return { strategy: 'background', applicability: 'unsafe', description: 'Run the command in the background, its output on /dev/null: the parent no longer waits for it (on Python 2 closing the pipe did)', edits };
}
/**
 * The background form without os.popen (POP008, for migrations away from it), where the target
 * includes Python 2: `subprocess.Popen(cmd, shell=True, stdout=<devnull>)`. A dropped Popen is
 * not waited for (2.7 keeps it in `subprocess._active` and reaps it later), so the call stays
 * fire-and-forget, which a dropped os.popen was not there (pclose waits). Unsafe: the parent no
 * longer waits for the command.
 */
export function popenBackgroundFix(ctx, d) {
    if (!includesPython2(ctx.versions) || d.wrapper || d.thread || d.statusUsed)
        return null;
    const statement = d.dropped.kind === 'statement' || d.dropped.kind === 'underscore' || d.dropped.kind === 'close' ? d.dropped.statement : null;
    if (!statement)
        return null;
    const target = d.dropped.kind === 'close' ? d.dropped.closeCall : d.call;
    const sp = subprocessModule(ctx.model, ctx.source, d.call);
    if (!sp)
        return null;
    return lazyFix({ strategy: 'background', applicability: 'unsafe', description: 'Start the command with subprocess.Popen, stdout to /dev/null, and let it run: the parent no longer waits for it (on Python 2 closing the pipe did)' }, () => {
        const devnull = includesBefore(ctx.versions, [3, 3]) ? devnullFile(ctx.model, d.call) : `${sp.name}.DEVNULL`;
        return [...sp.edits, { start: target.startIndex, end: target.endIndex, content: `${sp.name}.Popen(${d.command.expr.text}, shell=True, stdout=${devnull})` }];
    });
}
function fixes(ctx, call, dropped, command) {
    const out = [];
    // Python 2 closes the pipe with pclose(), which waits for the command: it still does.
    const devnullDescription = includesPython2(ctx.versions)
        ? "Redirect the command's stdout to /dev/null (on Python 2 the parent still waits for it when the pipe is collected)"
        : "Redirect the command's stdout to /dev/null";
    out.push(lazyFix({ strategy: 'devnull', applicability: 'safe', description: devnullDescription }, () => devnullEdits(command, [1])));
    // Ex) with os.popen(cmd) as pipe: pipe.read()  - the article's fix 1; the parent now waits.
    const statement = dropped.kind === 'with' || dropped.kind === 'expression' ? null : dropped.statement;
    if (statement) {
        if (canReplaceStatementWithBlock(ctx.source, statement)) {
            out.push(lazyFix({ strategy: 'read', applicability: 'unsafe', description: 'Read the whole output in a with-block' }, () => {
                const name = freshName(ctx.tree, 'pipe');
                return replaceStatementWithBlock(ctx.source, statement, [
                    { depth: 0, text: `with ${call.text} as ${name}:` },
                    { depth: 1, text: `${name}.read()` },
                ]);
            }));
        }
    }
    else if (dropped.kind === 'with') {
        const body = dropped.statement.childForFieldName('body');
        let first = body?.firstNamedChild ?? null;
        while (first?.type === 'comment')
            first = first.nextNamedSibling;
        if (first) {
            const firstStatement = first;
            out.push(lazyFix({ strategy: 'read', applicability: 'unsafe', description: 'Read the whole output in the with-block' }, () => {
                const name = freshName(ctx.tree, 'pipe');
                return [
                    { start: dropped.item.endIndex, end: dropped.item.endIndex, content: ` as ${name}` },
                    insertStatementBefore(ctx.source, firstStatement, `${name}.read()`),
                ];
            }));
        }
    }
    // Ex) subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)  - waits for the command.
    if (statement) {
        const fix = subprocessFix(ctx, call, dropped.kind === 'close' ? dropped.closeCall : call, command);
        if (fix)
            out.push(fix);
    }
    return out;
}
export const rule = {
    meta: {
        id: 'POP001',
        name: 'popen-result-discarded',
        language: 'python',
        summary: 'os.popen() result dropped while its command can still write: it is killed half-way or blocks',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'read', 'subprocess', 'background'],
        needles: ['popen'],
        resolves: ['os.popen', 'platform.popen'],
        docs: {
            whatItDoes: "Checks for `os.popen(cmd)` (also `platform.popen`, in any import spelling) whose returned pipe is thrown away - a bare statement, `_ = ...`, a `with` without `as`, or `.close()` chained on the call - when the command can write more than the pipe holds. What the command writes comes from popenlint's command knowledge: `iptables -A`, `kill`, `cp` print nothing and are not reported (see POP008); interpreters, builds, `tar -v`, capture tools and unknown commands are. A `.close()` whose exit status is used is reported for any command that prints: the pipe may close before the command writes, and the status is then SIGPIPE's.",
            whyIsThisBad: "`os.popen` connects the command's stdout to a pipe whose only read end is the file object it returns. What happens when that object is dropped depends on the runtime: on Python 2.7 the pipe is closed at once and the command's writes fail (a Python child dies of `IOError: [Errno 32] Broken pipe`, the article); on 3.6-3.9 it is closed at once and the command is killed by SIGPIPE at its next write; on 3.10+ the pipe stays open until the parent exits, so the command blocks once it has written 64 KiB, and is killed at its next write once the parent has exited. Either way the command stops half-way, at a different point each run, and the parent never hears of it. The message says what happens on the file's target versions. Commands whose stdout is already redirected (`cmd >/dev/null 2>&1`) and write-mode `os.popen(cmd, 'w')` are not reported; a backgrounded `nohup job.sh &` is, because the background job keeps the pipe as its stdout.",
            example: "import os\ncmd = 'python test.py'\nos.popen(cmd)\n",
            useInstead: "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n",
            fixSafety: "`devnull` (safe): redirects the command's stdout to /dev/null inside the shell string; the command stays fire-and-forget and simply has no pipe to break (on Python 2 the parent still waits for it when the pipe is collected, as it did before). Compound commands are grouped (`{ a; b; } >/dev/null`), a trailing `&` stays last, templates keep their placeholders, and a non-literal command is wrapped as `'{ %s\\n} >/dev/null' % (cmd,)`.\n`read` (unsafe): `with os.popen(cmd) as pipe: pipe.read()`, the article's fix; the parent now waits for the command to finish.\n`subprocess` (unsafe): `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)`; when the target includes Python 3.4 or older `subprocess.call`, and before 3.3 (Python 2 included) an open devnull - a handle already in scope (`DN = open(os.devnull, 'w')`) is reused, else `open(os.devnull, 'w')`. The parent waits, and `import subprocess` is added once or an existing alias reused.\n`background` (unsafe), offered when the target includes Python 2, where closing the dropped pipe (`pclose()`) waits for the command: `cmd >/dev/null 2>&1 &`, so that a call meant to fire and forget no longer holds the parent until the command ends (code after it may have relied on that).",
            reproduction: {
                files: {
                    'child.py': ARTICLE_CHILD,
                    'task.py': 'import os, sys\nos.popen(sys.executable + \' child.py\')\n',
                },
                run: 'python3 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker',
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
        for (const d of droppedPopens(ctx)) {
            if (!d.hazard.breaks)
                continue;
            const how = d.pattern === 'closed-unread' ? 'closed unread' : 'dropped';
            const subject = d.wrapper ? `output pipe of ${d.qualified}` : `output pipe of ${d.qualified}()`;
            const all = fixes(ctx, d.call, d.dropped, d.command);
            const background = backgroundFix(ctx, d);
            if (background)
                all.push(background);
            ctx.report(d.call, { message: `${subject} is ${how} (${d.output.evidence}): ${d.hazard.how}`, fixes: all, evidence: d.hazard.evidence });
        }
    },
};
