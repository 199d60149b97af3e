import path from 'node:path';
import { pipeHazard } from '../knowledge/runtimes.js';
import { argument, enclosingStatement, parentLifetime } from './analysis.js';
import { processOutput } from './argv.js';
import { insertStatementAfter } from './edit.js';
import { hasArguments } from './handoff.js';
import { isShell } from './pipe-site.js';
import { stageOf, upstreamWaits } from './held-stages.js';
import { outerExpression } from './semantic.js';
import { stdinOf, streamHandedToCallee } from './held-callee.js';
import { storedOnAttribute } from './stored.js';
// Ex) `p1.stdout` in the event: the stream a drain event hands on.
export function handedStream(ev) {
    if (ev.kind !== 'drain' || ev.via || ev.streams.length !== 1)
        return null;
    const attr = ev.node.type === 'attribute' ? ev.node.childForFieldName('attribute')?.text : null;
    return attr === ev.streams[0] ? ev.streams[0] : null;
}
/**
 * Ex) shutil.copyfileobj(resp, p1.stdin) / p1.stdin.write(data), `p1.stdin` being the node: the
 * call that writes the producer's input. A producer blocked on its full output pipe reads no more
 * input, so once its stdin pipe is full the write blocks as a wait for it would (audit 41: drgn's
 * zstd | tar download, fed from an HTTP response).
 */
function stdinWrite(model, stdin) {
    if (stdin.type !== 'attribute' || stdin.childForFieldName('attribute')?.text !== 'stdin')
        return null;
    const e = outerExpression(stdin);
    const parent = e.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === e.id && ['write', 'writelines'].includes(parent.childForFieldName('attribute')?.text ?? '')) {
        const call = outerExpression(parent).parent;
        return call?.type === 'call' && call.childForFieldName('function')?.id === outerExpression(parent).id ? call : null;
    }
    const call = parent?.type === 'argument_list' ? parent.parent : null;
    const fn = call?.childForFieldName('function');
    const args = parent?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    return fn && model.qualifiedName(fn) === 'shutil.copyfileobj' && args[1]?.id === e.id ? call : null;
}
/**
 * One path's order: the pipe handed to a consumer, then a wait for the producer before anything
 * closes the copy, reads the rest, ends the child or hands it elsewhere.
 */
function heldOnPath(ctx, path, call, handleName, upstream) {
    let handed = null;
    for (const ev of path) {
        if (ev.node.startIndex < call.endIndex)
            continue;
        // A wait for a stage upstream counts once the pipe is handed on (held-stages.ts).
        if (upstream.has(ev) && (!handed || handed.stream !== 'stdout'))
            continue;
        if (!handed) {
            const stream = handedStream(ev);
            const consumer = stream ? stdinOf(ctx.model, ev.node) : null;
            if (stream && consumer) {
                handed = { stream, consumer };
                continue;
            }
            // Ex) run(cmd, stdin=p.stdout, companions=[p]): a function of the project starts the consumer.
            const inner = stream ? streamHandedToCallee(ctx.model, ev.node, handleName, ctx.path) : null;
            if (stream && inner?.consumerCall && !inner.closed) {
                const statement = enclosingStatement(inner.call);
                const callee = { consumerCall: inner.consumerCall, model: inner.callee.model, file: inner.callee.file, fn: inner.hazard?.fn ?? '', waitNode: inner.hazard?.wait ?? null };
                // The consumer started and the producer waited for in there, the copy still open.
                if (inner.hazard && statement)
                    return { stream, consumer: inner.call, consumerStatement: statement, wait: { kind: 'wait', node: inner.call, call: null, via: `the wait in ${inner.hazard.fn}` }, callee };
                if (!inner.hazard)
                    handed = { stream, consumer: inner.call, callee };
                continue;
            }
            // A wait before the hand-on is the ordinary wait-before-read shape, judged elsewhere.
            if (ev.kind === 'wait' || ev.kind === 'end' || ev.kind === 'escape')
                return null;
            continue;
        }
        switch (ev.kind) {
            case 'close':
                if (ev.stream === handed.stream)
                    return null;
                break;
            case 'drain':
                // Ex) p1.communicate() / p1.stdout.read(): the parent reads what the consumer leaves.
                if (ev.streams.includes(handed.stream))
                    return null;
                // Ex) err = p1.stderr.read(): to its end, which comes when the producer exits: a wait.
                if (ev.toEof) {
                    const statement = enclosingStatement(handed.consumer);
                    return statement && { ...handed, consumerStatement: statement, wait: ev };
                }
                break;
            case 'partial':
                if (ev.stream === handed.stream)
                    return null;
                break;
            case 'end':
            case 'escape':
                return null;
            case 'wait': {
                const statement = enclosingStatement(handed.consumer);
                return statement && { ...handed, consumerStatement: statement, wait: ev };
            }
            case 'neutral': {
                // Ex) shutil.copyfileobj(resp, p1.stdin) after the hand-on: the parent feeds the producer.
                const write = handed.stream === 'stdout' && !handed.callee ? stdinWrite(ctx.model, ev.node) : null;
                const statement = write && enclosingStatement(handed.consumer);
                if (write && statement)
                    return { ...handed, consumerStatement: statement, wait: { kind: 'wait', node: write, call: null, via: `\`${write.text.replace(/\s+/g, ' ')}\`` }, feeds: true };
                break;
            }
            default:
                break;
        }
    }
    return null;
}
/**
 * Ex) self.pid = Popen(argv, stdout=PIPE); self.split = Popen(split, stdin=self.pid.stdout)
 *     ... def close(self): self.pid.wait()
 * A handle stored on an attribute of the instance: its uses in the class, in source order (as
 * stored.ts follows them), make one path. Only the class that stores it: another class of the
 * module may use the same attribute name for another object.
 */
function attributeHeld(ctx, call) {
    const stored = storedOnAttribute(ctx.model, call);
    if (!stored || !stored.holder.startsWith('self.'))
        return null;
    let cls = call.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    if (!cls)
        return null;
    const inClass = stored.events.filter((e) => e.node.startIndex >= cls.startIndex && e.node.endIndex <= cls.endIndex && e.node.text.startsWith('self.')).sort((a, b) => a.node.startIndex - b.node.startIndex);
    const found = heldOnPath(ctx, inClass, call, stored.holder, new Set());
    return found && !found.callee ? { ...found, events: inClass, name: stored.holder } : null;
}
/**
 * The held pipe of a Popen bound to a name or stored under a key (held-stages.ts), or else on an
 * attribute of the instance (attributeHeld), on any path through its uses, or null. The waits
 * for the stages upstream of it count as waits for it.
 */
export function heldPipe(ctx, call, depth = 0) {
    const stage = stageOf(ctx, call);
    if (!stage)
        return attributeHeld(ctx, call);
    const upstream = upstreamWaits(ctx, call);
    const marked = new Set(upstream);
    for (const path of stage.paths) {
        const merged = upstream.length ? [...path, ...upstream].sort((a, b) => a.node.startIndex - b.node.startIndex) : path;
        const found = heldOnPath(ctx, merged, call, stage.name, marked);
        if (found && !blocksInstead(ctx, found.consumer, depth))
            return { ...found, events: stage.all, name: stage.name };
    }
    return null;
}
/**
 * Ex) find = Popen(['find', ...], stdout=PIPE); cpio = Popen(cpio, stdin=find.stdout, stdout=PIPE)
 *     xz = Popen(['xz'], stdin=cpio.stdout, stdout=out); ... find.wait()    (audit 19: lorax mkcpio)
 * A consumer that is itself a stage whose output can grow into a pipe this process also holds
 * does not exit when the stage after it stops (a full disk fails `xz`): it blocks, and the hang is
 * its own held pipe's, reported there. It leaves its producer stranded only by failing on its own,
 * which two audits found no realistic run for (lorax's cpio, rescuezilla's compressor).
 */
function blocksInstead(ctx, consumer, depth) {
    const fn = consumer.childForFieldName('function');
    if (depth >= 3 || !fn || ctx.model.qualifiedName(fn) !== 'subprocess.Popen')
        return false;
    if (processOutput(argument(consumer, 0, 'args'), isShell(consumer), ctx.model).stdout !== 'unbounded')
        return false;
    return heldPipe(ctx, consumer, depth + 1) !== null;
}
// The program a call runs, for messages: `xz`, or "the consumer" when not known.
function programOf(ctx, call) {
    return processOutput(argument(call, 0, 'args'), isShell(call), ctx.model).program;
}
/**
 * The fix: close the parent's copy on the line after the consumer starts. Safe when nothing
 * reads the stream afterwards and the producer's exit status is not looked at (a producer that
 * now dies of SIGPIPE where it used to finish into the pipe's buffer exits -13, not 0); unsafe
 * when it is; none when the stream is read later (a read of a closed file raises ValueError).
 */
function closeFix(ctx, held, name, handedOn) {
    const after = held.consumerStatement;
    if (after.type !== 'expression_statement' || after.parent?.type !== 'block' && after.parent?.type !== 'module')
        return null;
    const later = held.events.filter((e) => e.node.startIndex > after.endIndex);
    if (later.some((e) => (e.kind === 'drain' && e.streams.includes(held.stream)) || (e.kind === 'partial' && e.stream === held.stream) || e.kind === 'escape'))
        return null;
    const statusUsed = later.some((e) => /\breturncode\b/.test(e.node.text) || (e.kind === 'wait' && e.call !== null && !valueDropped(e.call)));
    return {
        strategy: 'close',
        // Handed to a function of the project: what else it does with the stream is not followed.
        applicability: statusUsed || handedOn ? 'unsafe' : 'safe',
        description: `Close this process's copy of \`${name}.${held.stream}\` once the consumer has it, so that the producer gets SIGPIPE when the consumer exits`,
        edits: [insertStatementAfter(ctx.source, after, `${name}.${held.stream}.close()`)],
    };
}
// Ex) p1.wait() as a statement: its value (the exit status) is dropped.
function valueDropped(call) {
    return outerExpression(call).parent?.type === 'expression_statement';
}
/**
 * Reports the held pipe `held` of `call` (heldPipe), when its producer's output can outgrow the
 * pipe: a quiet producer finishes into the pipe's buffer, whatever the consumer does.
 */
export function reportHeldPipe(ctx, call, held, pipes, output, qualified) {
    const grows = held.stream === 'stdout' ? output.stdout === 'unbounded' || (pipes.merged && output.stderr === 'unbounded') : output.stderr === 'unbounded';
    if (!grows)
        return;
    const hazard = pipeHazard('handed-held', ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
    if (!hazard.breaks)
        return;
    const name = held.name;
    const producer = output.program ? `\`${output.program}\`` : 'the command';
    const inner = held.callee;
    // A line of this file, or `file.py:N` in another module of the project.
    const where = (n, file) => (file && file !== ctx.path ? `${path.basename(file)}:${n.startPosition.row + 1}` : `line ${n.startPosition.row + 1}`);
    const consumerProgram = inner ? processOutput(argument(inner.consumerCall, 0, 'args'), isShell(inner.consumerCall), inner.model).program : programOf(ctx, held.consumer);
    const consumer = consumerProgram ? `\`${consumerProgram}\`` : 'the consumer';
    const handedTo = inner
        ? `handed to \`${held.consumer.childForFieldName('function')?.text ?? ''}()\` (${where(held.consumer)}), which starts ${consumerProgram ? consumer : 'a child'} reading it (${where(inner.consumerCall, inner.file)})`
        : `handed to ${consumer} (${where(held.consumer)})`;
    const w = held.wait;
    const polls = w.kind === 'wait' && w.call === null && /\b(poll|returncode)\b/.test(w.node.text);
    const waitText = w.kind === 'wait' && w.via ? w.via : polls ? 'the poll loop' : `\`${w.node.text.replace(/\s+/g, ' ')}\``;
    const waitAt = inner?.waitNode ? where(inner.waitNode, inner.file) : where(w.node);
    // Ex) p1.wait(timeout=30): it gives up, with the producer still blocked and its output unread.
    const timed = w.kind === 'wait' && (w.timed || (w.call !== null && hasArguments(w.call)));
    const outcome = held.feeds ? `${producer} reads no more of its input, and ${waitText} hangs once that pipe is full too` : timed ? `${waitText} gives up at its timeout and leaves ${producer} blocked` : `${waitText} hangs`;
    const holds = held.feeds ? `while it writes ${producer}'s input, in ${waitText} (${waitAt})` : `until ${waitText} (${waitAt})`;
    // The wait in the callee comes before this function could close its copy: the close goes there.
    const advice = inner?.waitNode
        ? `close the stream once the consumer has started, after the Popen in ${inner.fn} (${where(inner.consumerCall, inner.file)})`
        : `close \`${name}.${held.stream}\` after starting ${consumerProgram ? consumer : 'the consumer'}`;
    const fix = inner?.waitNode ? null : closeFix(ctx, held, name, !!inner);
    ctx.report(call, {
        message: `${held.stream} pipe of ${qualified}() is ${handedTo}, but this process keeps its own copy of the read end ${holds} (${output.evidence}): if ${consumer} exits before reading all of ${producer}'s output (it stops early or fails), ${hazard.how}: ${outcome}; ${advice}`,
        fixes: fix ? [fix] : [],
        evidence: hazard.evidence,
    });
}
