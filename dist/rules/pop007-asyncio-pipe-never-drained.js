/**
 * POP007 asyncio-pipe-never-drained
 *
 * ## What it does
 * Checks for `await asyncio.create_subprocess_exec/shell(..., stdout=PIPE)` processes whose
 * pipe is not read before `await proc.wait()`, or whose other pipe fills while one is read to
 * its end.
 *
 * ## Why is this bad?
 * asyncio reads the pipe into a stream buffer, and stops reading once that buffer is full.
 * Nobody reads the buffer while the parent awaits `wait()`, so a child that writes more than
 * the pipe and the buffer hold (about 128 KiB on 3.12, 256 KiB on 3.8) blocks for good - the
 * deadlock the asyncio documentation warns about.
 */
import { deadlockEvidence } from '../src/knowledge/evidence.js';
import { argument, callsTo, handleUses, reachedLoads } from '../src/python/analysis.js';
import { commandOf, shellOutput } from '../src/python/command.js';
import { communicateFix } from '../src/python/communicate.js';
import { handleEvent } from '../src/python/drain.js';
import { drainVerdict } from '../src/python/drain-verdict.js';
import { outerExpression, unparenthesize } from '../src/python/semantic.js';
import { classifyArgv, classifyShell } from '../src/knowledge/commands.js';
import { itemsWords } from '../src/python/argv.js';
import { attributeStore, storedSite } from '../src/python/pipe-site.js';
const CREATE = new Set([
    'asyncio.create_subprocess_exec',
    'asyncio.create_subprocess_shell',
    'asyncio.subprocess.create_subprocess_exec',
    'asyncio.subprocess.create_subprocess_shell',
]);
const PIPE = new Set(['asyncio.subprocess.PIPE', 'subprocess.PIPE']);
const STDOUT = new Set(['asyncio.subprocess.STDOUT', 'subprocess.STDOUT']);
function keyword(call, name) {
    const args = call.childForFieldName('arguments');
    for (const a of args?.namedChildren ?? []) {
        if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
            return a.childForFieldName('value');
    }
    return null;
}
// Ex) create_subprocess_exec('tar', 'czvf', out, src) - the positional arguments are the argv.
function outputOf(ctx, call, shell) {
    if (shell) {
        const cmd = argument(call, 0, 'cmd');
        return cmd ? shellOutput(commandOf(cmd, ctx.model)) : classifyShell(null);
    }
    // The program and its arguments are read as the items of an argv list are (argv.ts): a name
    // bound to a literal, one holding a program's path (`self.ffmpeg_path`), `sys.executable`.
    // (`**options` adds no word.)
    const items = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => !['keyword_argument', 'comment', 'dictionary_splat'].includes(a.type));
    const words = itemsWords(items, ctx.model);
    return words.length ? classifyArgv(words) : classifyShell(null);
}
/**
 * Each never-read PIPE becomes DEVNULL: `asyncio.subprocess.PIPE` -> `asyncio.subprocess.DEVNULL`
 * (the attribute renamed), a bare `PIPE` -> `DEVNULL` where that name is imported from asyncio's
 * or subprocess's module, else through an `asyncio` or `subprocess` module in scope. Nobody read
 * the pipe, so nothing observable changes but the hazard.
 */
function devnullFix(ctx, call, values) {
    if (values.length === 0)
        return null;
    const edits = [];
    for (const value of values) {
        const v = unparenthesize(value);
        if (v.type === 'attribute') {
            const attr = v.childForFieldName('attribute');
            edits.push({ start: attr.startIndex, end: attr.endIndex, content: 'DEVNULL' });
            continue;
        }
        const scope = ctx.model.scopeOf(call);
        const imported = ctx.model.lookup('DEVNULL', scope)?.bindings.every((b) => b.kind === 'import' && (b.qualified === 'asyncio.subprocess.DEVNULL' || b.qualified === 'subprocess.DEVNULL'));
        const module = ['asyncio', 'subprocess'].flatMap((m) => ctx.model.moduleAliases(m).map((alias) => ({ m, alias }))).find(({ alias }) => ctx.model.lookup(alias, scope)?.scope === ctx.model.module);
        if (imported)
            edits.push({ start: v.startIndex, end: v.endIndex, content: 'DEVNULL' });
        else if (module)
            edits.push({ start: v.startIndex, end: v.endIndex, content: `${module.alias}${module.m === 'asyncio' ? '.subprocess' : ''}.DEVNULL` });
        else
            return null;
    }
    return { strategy: 'devnull', applicability: 'safe', description: 'Send the output nobody reads to /dev/null instead of a pipe', edits };
}
/**
 * Ex) self.proc = await asyncio.create_subprocess_exec(..., stdout=PIPE) in one method, and
 * `await self.proc.wait()` in another, or in a subclass another module defines. As for a Popen
 * kept on `self` (POP005): the order across methods is not known, so a stream read anywhere
 * counts as drained and a handle handed on is someone else's; a wait with a growing stream
 * nothing reads is the deadlock.
 */
// Ex) `Build.finish()`: where a wait is, named without its line (a message must not change when lines move).
function methodName(node) {
    const names = [];
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'class_definition')
            names.unshift(n.childForFieldName('name')?.text ?? '');
    return names.length ? `${names.join('.')}()` : 'the module';
}
function storedProcess(ctx, call, awaited, qualified, growing, output, [stdout, stderr]) {
    const stored = attributeStore(ctx, awaited);
    const site = stored && storedSite(stored, 'attribute', growing);
    if (!site || site.verdict.shape !== 'wait-before-drain')
        return;
    const { verdict } = site;
    const wait = site.events.find((e) => e.kind === 'wait' && e.node.id === verdict.at?.id);
    if (wait?.kind !== 'wait')
        return;
    const name = qualified.slice(qualified.lastIndexOf('.') + 1);
    const who = output.program ? `\`${output.program}\`` : 'the command';
    const fixes = [];
    // Ex) await self.proc.wait() in this module -> await self.proc.communicate()
    const attr = wait.call?.childForFieldName('function')?.childForFieldName('attribute');
    if (wait.call && !wait.via && attr && wait.node.parent?.type === 'expression_statement' && (wait.call.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0) {
        fixes.push({ strategy: 'read', applicability: 'unsafe', description: 'Drain the pipes: await communicate() instead of wait() (other methods may read the pipes)', edits: [{ start: attr.startIndex, end: wait.call.endIndex, content: 'communicate()' }] });
    }
    const devnull = devnullFix(ctx, call, verdict.neverRead.map((s) => (s === 'stdout' ? stdout : stderr)).filter((v) => v !== null));
    // Code outside the repository may read `obj.proc.stdout`: not safe on an attribute.
    if (devnull)
        fixes.push({ ...devnull, applicability: 'unsafe' });
    const before = wait.via ?? `the wait in ${methodName(wait.node)}`;
    ctx.report(call, {
        message: `${verdict.full.join('/')} pipe of ${name}() stored in \`${site.holder}\` is not read before ${before} (${output.evidence}): ${who} blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock`,
        fixes,
        evidence: deadlockEvidence(output),
    });
}
export const rule = {
    meta: {
        id: 'POP007',
        name: 'asyncio-pipe-never-drained',
        language: 'python',
        summary: 'asyncio subprocess pipe not read before await proc.wait(): the child blocks once the buffers fill',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['read', 'devnull'],
        needles: ['create_subprocess_exec', 'create_subprocess_shell'],
        resolves: ['asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell', 'asyncio.subprocess.PIPE', 'asyncio.subprocess.STDOUT', 'subprocess.PIPE', 'subprocess.STDOUT'],
        docs: {
            whatItDoes: '`await asyncio.create_subprocess_exec(...)` or `create_subprocess_shell(...)` with `stdout=PIPE` or `stderr=PIPE`, then `await proc.wait()` before the pipe is read (or after only a partial read), or one pipe read to its end while the other is never read - when the command can write more than the buffers hold. A process kept on `self` (`self.proc = await asyncio.create_subprocess_exec(...)`) is followed through the methods of its class and those of its subclasses in other modules of the repository (`await self.proc.wait()` in a subclass method): as for a Popen kept on `self` (POP005), the order across methods is not known, so it is reported when some method waits and nothing in them reads a growing pipe or hands the process on. Files that never say "popen" are checked too.',
            whyIsThisBad: "asyncio reads the pipe into a stream buffer and pauses once the buffer is full; nothing drains it while the coroutine awaits `wait()`. A child that writes more than the pipe and the buffer hold (measured: about 128 KiB on Python 3.12, 256 KiB on 3.8) blocks on its write, and `wait()` never returns. The asyncio documentation warns about this deadlock and recommends `communicate()`.",
            example: "import asyncio\nasync def build():\n    proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n",
            useInstead: "import asyncio\nasync def build():\n    proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n",
            fixSafety: "`devnull` (safe), offered for a pipe nothing reads: `stderr=asyncio.subprocess.DEVNULL` (a `DEVNULL` already imported, or an `asyncio`/`subprocess` module in scope, is used); nobody read the pipe, so nothing observable changes but the hazard.\n`read` (safe for a bare `await proc.wait()` that nothing reads after, unless stdin is a pipe): `await proc.communicate()` in its place; it reads both pipes to the end, then waits. When the output is read after the wait (`await proc.wait(); out = await proc.stdout.read()`), or the other pipe after one is read to its end, `proc_out, proc_err = await proc.communicate()` where the coroutine first blocks, the later reads taking the output from its result and a used `await proc.wait()` becoming `proc.returncode` (unsafe: the reads move).",
            reproduction: {
                files: {
                    'task.py': "import asyncio, sys\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', \"print('x' * 300000)\", stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\nasyncio.run(main())\n",
                },
                run: 'timeout 5 python3 task.py; echo "exit status $?"',
                shows: 'exit status 124',
                says: 'exit status 124: killed by the timeout, the coroutine never got past wait()',
                fix: 'task.py',
            },
            references: [
                'https://docs.python.org/3/library/asyncio-subprocess.html#asyncio.subprocess.Process.wait',
                'https://docs.python.org/3/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, CREATE)) {
            const is = (node, names) => !!node && names.has(ctx.model.qualifiedName(unparenthesize(node)) ?? '');
            const stdout = keyword(call, 'stdout');
            const stderr = keyword(call, 'stderr');
            const outPiped = is(stdout, PIPE);
            const errPiped = is(stderr, PIPE);
            if (!outPiped && !errPiped)
                continue;
            const output = outputOf(ctx, call, qualified.endsWith('_shell'));
            const growing = [];
            if (outPiped && (output.stdout === 'unbounded' || (is(stderr, STDOUT) && output.stderr === 'unbounded')))
                growing.push('stdout');
            if (errPiped && output.stderr === 'unbounded')
                growing.push('stderr');
            // proc = await asyncio.create_subprocess_exec(...)
            const awaited = outerExpression(call).parent;
            if (awaited?.type !== 'await')
                continue;
            const handle = handleUses(ctx.model, awaited);
            if (!handle) {
                storedProcess(ctx, call, awaited, qualified, growing, output, [stdout, stderr]);
                continue;
            }
            const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
            const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
            if (!binding)
                continue;
            const events = reachedLoads(ctx.model, binding).map((ref) => handleEvent(ref, call));
            const verdict = drainVerdict(events, growing, false);
            // A process left alone is closed (and killed) with its transport: only the waits deadlock.
            if (!verdict || verdict.shape === 'never-read' || verdict.shape === 'partial-then-left' || verdict.shape === 'closed-unread')
                continue;
            const name = qualified.slice(qualified.lastIndexOf('.') + 1);
            const streams = verdict.full.join('/');
            const who = output.program ? `\`${output.program}\`` : 'the command';
            const what = verdict.shape === 'other-pipe-fills' && !events.some((e) => e.kind === 'wait' && e.node.id === verdict.at?.id)
                ? `${streams} pipe of ${name}() is not read while the other is read to its end`
                : verdict.shape === 'partial-then-wait' ? `${streams} pipe of ${name}() is only partly read before wait()` : `${streams} pipe of ${name}() is not read before wait()`;
            const fixes = [];
            // Ex) await proc.wait(); out = await proc.stdout.read()  ->  proc_out = (await proc.communicate())[0]; out = proc_out
            const anchor = events.find((e) => (e.kind === 'wait' || e.kind === 'drain') && e.node.id === verdict.at?.id);
            const readLater = anchor?.kind === 'wait' ? !!verdict.laterDrain : verdict.full.some((s) => !verdict.neverRead.includes(s));
            const communicate = anchor && readLater ? communicateFix(ctx.source, ctx.tree, handle.name.text, anchor, events, call) : null;
            if (communicate)
                fixes.push(communicate);
            // Ex) stderr=PIPE that nothing reads  ->  stderr=asyncio.subprocess.DEVNULL (safe)
            const neverRead = verdict.neverRead.map((s) => (s === 'stdout' ? stdout : stderr)).filter((v) => v !== null);
            const devnull = devnullFix(ctx, call, neverRead);
            const wait = events.find((e) => e.kind === 'wait' && e.node.id === verdict.at?.id);
            if (wait?.kind === 'wait' && wait.call && !verdict.laterDrain) {
                const attr = wait.call.childForFieldName('function')?.childForFieldName('attribute');
                const own = wait.node.parent?.type === 'expression_statement';
                if (attr && own && (wait.call.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0) {
                    const stdinPiped = is(keyword(call, 'stdin'), PIPE);
                    fixes.push({ strategy: 'read', applicability: stdinPiped ? 'unsafe' : 'safe', description: 'Drain the pipes: await communicate() instead of wait()', edits: [{ start: attr.startIndex, end: wait.call.endIndex, content: 'communicate()' }] });
                }
            }
            if (devnull)
                fixes.push(devnull);
            ctx.report(call, {
                message: `${what} (${output.evidence}): ${who} blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock`,
                fixes,
                evidence: deadlockEvidence(output),
            });
        }
    },
};
