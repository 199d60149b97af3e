import { pipeHazard } from '../knowledge/runtimes.js';
import { argument, enclosingStatement, handleUses, parentLifetime } from './analysis.js';
import { processOutput } from './argv.js';
import { insertStatementAfter } from './edit.js';
import { hasArguments } from './handoff.js';
import { isShell, nameEvents } from './pipe-site.js';
import { outerExpression, unparenthesize } from './semantic.js';
/**
 * Ex) p1 = Popen(['find', '.'], stdout=PIPE)
 *     p2 = Popen(['xz'], stdin=p1.stdout, stdout=out)
 *     p2.wait()
 *     p1.wait()          # p1.stdout still open here
 * The parent hands a pipe on to the next stage and keeps its own copy of the read end. While the
 * consumer reads to the end, nothing shows. When it stops early (it is done: `head`, `grep -q`,
 * hashcat once every hash is cracked; or it fails: `xz` on a full disk, bad arguments, killed),
 * the producer is not told: a writer gets SIGPIPE (EPIPE) only once every read end is closed,
 * and this process holds one. The producer blocks for good once the pipe holds 64 KiB, and a
 * parent that waits for it (`p1.wait()`, or a function of the module it is handed to that waits)
 * waits for ever. The Python docs' pipeline idiom closes the copy after starting the consumer:
 * `p1.stdout.close()  # Allow p1 to receive a SIGPIPE if p2 exits.`
 *
 * Any consumer can exit early (a failure is always possible), so the shape is judged by the
 * producer: its output must be able to outgrow the pipe (the command table; a command not known
 * statically as elsewhere), and the parent must wait for it with its copy still open.
 *
 * Safe orders, not reported: the copy closed after the consumer starts and before the wait
 * (`p1.stdout.close()`, also in the callee of a hand-off); `with Popen(...) as p1:` whose end is
 * the only wait (Popen.__exit__ closes stdout before it waits); the parent reading the rest itself
 * (`p1.communicate()`, `p1.stdout.read()`: it drains what the consumer left); the producer ended
 * (`kill()`, `terminate()`) before the wait; no wait for the producer at all (only the consumer
 * is waited: this process does not hang, and the dropped Popen's pipe closes when it is
 * collected); the pipe or the handle handed anywhere else before the wait (not followed).
 */
/** Calls that start a child reading the stream given as `stdin`. */
const CONSUMERS = new Map([
    ['subprocess.Popen', 3],
    ['psutil.Popen', 3],
    ['subprocess.run', -1],
    ['subprocess.call', -1],
    ['subprocess.check_call', -1],
    ['subprocess.check_output', -1],
]);
// Ex) Popen(['xz'], stdin=p1.stdout): the call that starts a child reading `node` as its stdin.
function consumerOf(ctx, node) {
    const e = outerExpression(node);
    const kw = e.parent;
    let call = null;
    if (kw?.type === 'keyword_argument' && kw.childForFieldName('value')?.id === e.id && kw.childForFieldName('name')?.text === 'stdin')
        call = kw.parent?.parent;
    else if (kw?.type === 'argument_list')
        call = kw.parent;
    if (call?.type !== 'call')
        return null;
    const fn = call.childForFieldName('function');
    const qualified = fn ? ctx.model.qualifiedName(fn) : null;
    const position = qualified ? CONSUMERS.get(qualified) : undefined;
    if (position === undefined)
        return null;
    const stdin = argument(call, position < 0 ? 99 : position, 'stdin');
    return stdin && unparenthesize(stdin).id === unparenthesize(e).id ? call : null;
}
// Ex) `p1.stdout` in the event: the stream a drain event hands on.
function handedStream(ev) {
    if (ev.kind !== 'drain' || ev.via || ev.streams.length !== 1)
        return null;
    const attr = ev.node.type === 'attribute' ? ev.node.childForFieldName('attribute')?.text : null;
    return attr === ev.streams[0] ? ev.streams[0] : null;
}
/**
 * One path's order: the pipe handed to a consumer, then a wait for the producer before anything
 * closes the copy, reads the rest, ends the child or hands it elsewhere.
 */
function heldOnPath(ctx, path, call) {
    let handed = null;
    for (const ev of path) {
        if (ev.node.startIndex < call.endIndex)
            continue;
        if (!handed) {
            const stream = handedStream(ev);
            const consumer = stream ? consumerOf(ctx, ev.node) : null;
            if (stream && consumer)
                handed = { stream, consumer };
            // A wait before the hand-on is the ordinary wait-before-read shape, judged elsewhere.
            else if (ev.kind === 'wait' || ev.kind === 'end' || ev.kind === 'escape')
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
            default:
                break;
        }
    }
    return null;
}
/** The held pipe of a Popen bound to a name, on any path through its uses, or null. */
export function heldPipe(ctx, call) {
    if (!handleUses(ctx.model, call))
        return null;
    const events = nameEvents(ctx, call);
    if (!events)
        return null;
    for (const path of events.paths) {
        const found = heldOnPath(ctx, path, call);
        if (found)
            return { ...found, events: events.all };
    }
    return null;
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
function closeFix(ctx, held, name) {
    const after = held.consumerStatement;
    if (after.type !== 'expression_statement' || after.parent?.type !== 'block' && after.parent?.type !== 'module')
        return null;
    const later = held.events.filter((e) => e.node.startIndex > after.endIndex);
    if (later.some((e) => (e.kind === 'drain' && e.streams.includes(held.stream)) || (e.kind === 'partial' && e.stream === held.stream) || e.kind === 'escape'))
        return null;
    const statusUsed = later.some((e) => /\breturncode\b/.test(e.node.text) || (e.kind === 'wait' && e.call !== null && !valueDropped(e.call)));
    return {
        strategy: 'close',
        applicability: statusUsed ? 'unsafe' : 'safe',
        description: `Close this process's copy of \`${name}.${held.stream}\` once the consumer has it, so that the producer gets SIGPIPE when the consumer exits`,
        edits: [insertStatementAfter(ctx.source, after, `${name}.${held.stream}.close()`)],
    };
}
// Ex) p1.wait() as a statement: its value (the exit status) is dropped.
function valueDropped(call) {
    return outerExpression(call).parent?.type === 'expression_statement';
}
/**
 * Reports the held pipe of `call`; true when the shape is there (reported, or judged harmless:
 * a quiet producer), so that the rule does not judge the handed-on pipe again.
 */
export function reportHeldPipe(ctx, call, pipes, output, qualified) {
    if (!pipes.stdout && !pipes.stderr)
        return false;
    const held = heldPipe(ctx, call);
    if (!held)
        return false;
    const grows = held.stream === 'stdout' ? output.stdout === 'unbounded' || (pipes.merged && output.stderr === 'unbounded') : output.stderr === 'unbounded';
    if (!grows)
        return true;
    const hazard = pipeHazard('handed-held', ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
    if (!hazard.breaks)
        return true;
    const name = handleUses(ctx.model, call).name.text;
    const producer = output.program ? `\`${output.program}\`` : 'the command';
    const consumerProgram = programOf(ctx, held.consumer);
    const consumer = consumerProgram ? `\`${consumerProgram}\`` : 'the consumer';
    const w = held.wait;
    const polls = w.kind === 'wait' && w.call === null && /\b(poll|returncode)\b/.test(w.node.text);
    const waitText = w.kind === 'wait' && w.via ? w.via : polls ? 'the poll loop' : `\`${w.node.text.replace(/\s+/g, ' ')}\``;
    const line = (n) => n.startPosition.row + 1;
    // Ex) p1.wait(timeout=30): it gives up, with the producer still blocked and its output unread.
    const timed = held.wait.kind === 'wait' && (held.wait.timed || (held.wait.call !== null && hasArguments(held.wait.call)));
    const outcome = timed ? `${waitText} gives up at its timeout and leaves ${producer} blocked` : `${waitText} hangs`;
    const fix = closeFix(ctx, held, name);
    ctx.report(call, {
        message: `${held.stream} pipe of ${qualified}() is handed to ${consumer} (line ${line(held.consumer)}), but this process keeps its own copy of the read end until ${waitText} (line ${line(held.wait.node)}) (${output.evidence}): if ${consumer} exits before reading all of ${producer}'s output (it stops early or fails), ${hazard.how}: ${outcome}; close \`${name}.${held.stream}\` after starting ${consumerProgram ? consumer : 'the consumer'}`,
        fixes: fix ? [fix] : [],
        evidence: hazard.evidence,
    });
    return true;
}
