import { argument } from './analysis.js';
import { processOutput } from './argv.js';
import { handedStream } from './held-pipe.js';
import { stdinOf } from './held-callee.js';
import { stageOf, upstreamCall } from './held-stages.js';
import { isShell } from './pipe-site.js';
// Ex) `p.communicate()`, `p.stdout.read()`, `for line in p.stdout`, `p.stdout.readline()`: this process reads `stream`.
function readsStream(ev, stream) {
    if (ev.kind === 'drain')
        return !ev.via && !!ev.toEof && ev.streams.includes(stream);
    return ev.kind === 'partial' && ev.stream === stream;
}
// The consumer is done reading before `at`: waited for, read to its end, or ended.
function consumerDone(ctx, consumer, at) {
    const stage = stageOf(ctx, consumer);
    return !!stage && stage.all.some((e) => e.node.startIndex > consumer.endIndex && e.node.startIndex < at.startIndex && (e.kind === 'wait' || e.kind === 'end' || (e.kind === 'drain' && !!e.toEof && !e.via)));
}
/** The stream of the Popen `call` that a consumer Popen and this process both read, on some path; or null. */
export function sharedPipe(ctx, call) {
    const stage = stageOf(ctx, call);
    if (!stage)
        return null;
    for (const path of stage.paths) {
        let handed = null;
        for (const ev of path) {
            if (ev.node.startIndex < call.endIndex)
                continue;
            if (!handed) {
                const stream = handedStream(ev);
                const consumer = stream ? stdinOf(ctx.model, ev.node) : null;
                const fn = consumer?.childForFieldName('function');
                if (stream && consumer && fn && ctx.model.qualifiedName(fn) === 'subprocess.Popen')
                    handed = { stream, consumer };
                else if (ev.kind === 'escape' || (ev.kind === 'drain' && ev.streams.length === 1 && !ev.toEof))
                    break;
                continue;
            }
            if ((ev.kind === 'close' && ev.stream === handed.stream) || ev.kind === 'escape' || ev.kind === 'end')
                break;
            if (ev.kind === 'drain' && !ev.toEof && ev.streams.includes(handed.stream))
                break;
            if (readsStream(ev, handed.stream)) {
                if (consumerDone(ctx, handed.consumer, ev.node))
                    break;
                return { ...handed, read: ev };
            }
        }
    }
    return null;
}
/**
 * Ex) Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=PIPE) whose input the parent also reads:
 * the pipe it reads is shared, reported on its producer (sharedPipe); what this stage writes is
 * some share of that output, whoever gets it.
 */
export function readsSharedPipe(ctx, call) {
    const producer = upstreamCall(ctx, call);
    return !!producer && sharedPipe(ctx, producer)?.consumer.id === call.id;
}
/** The message of a shared pipe of `call` (`qualified` as written), for POP005. */
export function sharedPipeMessage(ctx, call, shared, qualified) {
    const program = (c) => processOutput(argument(c, 0, 'args'), isShell(c), ctx.model).program;
    const producer = program(call);
    const consumer = program(shared.consumer);
    const they = consumer ? `\`${consumer}\`` : 'the consumer';
    const readText = shared.read.node.text.replace(/\s+/g, ' ');
    const line = (n) => n.startPosition.row + 1;
    return `${shared.stream} pipe of ${qualified}() is handed to ${they} (line ${line(shared.consumer)}) as its stdin and read by this process too, in \`${readText}\` (line ${line(shared.read.node)}), while ${they} runs: two readers of one pipe, and each read takes what the other does not get, so ${producer ? `\`${producer}\`'s` : 'the'} output is split between them differently on every run, and \`${readText}\` returns part of it or none; give the pipe one reader (read ${they}'s output, or start it after the read with the data as its input)`;
}
