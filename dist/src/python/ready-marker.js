import { unparenthesize } from './semantic.js';
/**
 * Ex) for line in process.stdout:
 *         if 'llama server listening at ' in line:
 *             break  # the server is ready
 * A read loop that stops at the line a server prints once it is ready (listening, serving,
 * started, running on a URL) leaves a child that keeps running: a server that logs a line per
 * request into a pipe nobody reads any more, until it blocks at 64 KiB (audit 17:
 * open-interpreter's llamafile). The marker proves the child outlives the read, whatever the
 * command is, so such a finding rests on the child's life, not on the command.
 */
// Words of a readiness line: `listening on`, `Serving HTTP`, `server started`, `Running on http://`,
// `ready to accept connections`, `Uvicorn running on`.
const READY = /\b(listen(?:ing|s)?|serving|server\s+(?:started|running|is\s+up)|started|running\s+on|ready|accepting\s+connections|up\s+and\s+running)\b|https?:\/\//i;
const SCOPES = new Set(['for_statement', 'while_statement', 'function_definition', 'class_definition', 'lambda']);
// The string literal's text without its prefix and quotes (not an f-string with holes).
function literal(node) {
    const n = unparenthesize(node);
    if (n.type !== 'string' || n.namedChildren.some((c) => c.type === 'interpolation'))
        return null;
    const m = /^[a-zA-Z]*('''|"""|'|")([\s\S]*)\1$/.exec(n.text);
    return m ? m[2] : null;
}
// Ex) 'listening' in line  /  line.startswith('Serving')  /  'ready' in line and ...: the marker tested.
function markerOf(cond) {
    const stack = [cond];
    while (stack.length) {
        const n = unparenthesize(stack.pop());
        if (n.type === 'boolean_operator') {
            stack.push(...n.namedChildren);
            continue;
        }
        if (n.type === 'comparison_operator' && n.children.some((c) => c.type === 'in')) {
            const text = literal(n.namedChildren[0]);
            if (text !== null && READY.test(text))
                return text;
        }
        if (n.type === 'call') {
            const fn = n.childForFieldName('function');
            const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
            const arg = n.childForFieldName('arguments')?.namedChildren[0];
            const text = (method === 'startswith' || method === 'endswith' || method === 'find') && arg ? literal(arg) : null;
            if (text !== null && READY.test(text))
                return text;
        }
    }
    return null;
}
// The `break` statements of a loop's body (not those of a nested loop or scope).
function breaksOf(loop) {
    const body = loop.childForFieldName('body');
    const out = [];
    const stack = body ? [body] : [];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'break_statement')
            out.push(n);
        else if (!SCOPES.has(n.type))
            stack.push(...n.namedChildren);
    }
    return out;
}
/**
 * The readiness line the read loop of a partial read stops at (`'listening' in line: break`), or
 * null: every `break` of the loop sits under an `if` testing a string that says the child is
 * ready to serve.
 */
export function readyMarker(events) {
    for (const e of events) {
        if (e.kind !== 'partial')
            continue;
        let loop = e.node.parent;
        while (loop && loop.type !== 'for_statement' && loop.type !== 'function_definition')
            loop = loop.parent;
        if (loop?.type !== 'for_statement')
            continue;
        const breaks = breaksOf(loop);
        const markers = breaks.map((b) => {
            for (let n = b.parent; n && n.id !== loop.id; n = n.parent) {
                if (n.type === 'else_clause')
                    return null;
                if (n.type === 'if_statement' || n.type === 'elif_clause')
                    return markerOf(n.childForFieldName('condition'));
            }
            return null;
        });
        if (markers.length > 0 && markers.every((m) => m !== null))
            return markers[0];
    }
    return null;
}
