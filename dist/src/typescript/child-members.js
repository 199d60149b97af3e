import { ts } from './load.js';
import { isWrapper } from './resolve.js';
/**
 * What the members and events of a ChildProcess and of its streams mean to child.ts: listeners,
 * chained calls, members that leave the output alone, the member that names a stream.
 */
export const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
export const CHAIN = new Set(['off', 'removeListener', 'removeAllListeners', 'setMaxListeners', 'unref', 'ref']);
export const STREAM_CHAIN = new Set([...CHAIN, 'setEncoding', 'pause']);
export const INERT = new Set(['pid', 'kill', 'killed', 'exitCode', 'signalCode', 'connected', 'disconnect', 'send', 'spawnfile', 'spawnargs', 'channel', 'emit', 'listenerCount', 'listeners', 'stdin']);
export const DRAIN_EVENTS = new Set(['data', 'readable']);
export const EXIT_EVENTS = new Set(['exit', 'close']);
/** Methods of arrays, Maps and Sets that put a value in. */
export const STORE = new Set(['push', 'unshift', 'add', 'set', 'splice']);
/** `events.once(child, 'exit')` or `once(child, 'close')`: waiting, not a hand-over. */
export function isOnceCall(model, call, arg) {
    if (call.arguments[0] !== arg)
        return false;
    const q = model.qualifiedName(call.expression);
    return q === 'events.once' || q === 'events.on' || q === 'events.EventEmitter.once';
}
/** `.stdout` / `.stderr` / `.stdio[1]` / `.stdio[2]`: which stream the member names. */
export function streamOfMember(access, name) {
    if (name === 'stdout' || name === 'stderr')
        return { stream: name, node: access };
    if (name !== 'stdio')
        return { stream: null, node: access };
    let e = access;
    while (isWrapper(e.parent))
        e = e.parent;
    const p = e.parent;
    if (ts.isElementAccessExpression(p) && p.expression === e && ts.isNumericLiteral(p.argumentExpression)) {
        const fd = p.argumentExpression.text;
        if (fd === '1')
            return { stream: 'stdout', node: p };
        if (fd === '2')
            return { stream: 'stderr', node: p };
        return { stream: null, node: p };
    }
    return { stream: 'all', node: access };
}
