import { ts } from './load.js';
import { isFunctionLike } from './scope.js';
import { skipOuter } from './resolve.js';
import { requestHandler } from './request-handlers.js';
/**
 * Ex) app.get('/:cmd', (req, res) => cp.exec(req.params.cmd, { maxBuffer: 200 * 1024 }, cb))
 *     ws.on('message', (line) => cp.exec(line.toString(), cb))
 * A command line that is, whole, what a client sends: a value of the request (`req.params.cmd`,
 * `req.query.c`, `req.body.command`) of a function a server runs once per request, or the message
 * (or a property of it) of a 'message' listener. The code is a shell its users type into (a web
 * terminal, a remote console): they run whatever they like, `cat` of a log, `ls -R`, `find /`, as
 * well as `pwd`. Not a command the code builds around such a value (`git log ${req.query.ref}`),
 * which the command knowledge judges. Returns the value's text for messages, or null.
 */
const REQUEST_PARTS = new Set(['params', 'query', 'body']);
/** `req.params.cmd`, `req.body['command']`, `req.body`, `msg`, `msg.cmd`, `String(msg)`, `msg.toString()`: the parameter it reads and how. */
function sentValue(model, expr) {
    let e = skipOuter(model.initializerOf(expr));
    // String(msg), msg.toString(), `${msg}`
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments.length === 1)
        e = skipOuter(e.arguments[0]);
    else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString' && e.arguments.length === 0)
        e = skipOuter(e.expression.expression);
    else if (ts.isTemplateExpression(e) && e.head.text === '' && e.templateSpans.length === 1 && e.templateSpans[0].literal.text === '')
        e = skipOuter(e.templateSpans[0].expression);
    const path = [];
    while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
        const key = ts.isPropertyAccessExpression(e) ? e.name.text : ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : null;
        if (key === null)
            return null;
        path.unshift(key);
        e = skipOuter(e.expression);
    }
    if (!ts.isIdentifier(e) || path.length > 2)
        return null;
    const b = model.lookup(e);
    if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.name !== b.id || model.isReassigned(b))
        return null;
    const http = path.length > 0 && REQUEST_PARTS.has(path[0]);
    return { param: b.decl, http };
}
export function requestCommand(model, call, file) {
    const command = call.arguments[0];
    if (!command || ts.isSpreadElement(command))
        return null;
    const sent = sentValue(model, command);
    const fn = sent?.param.parent;
    if (!sent || !fn || !isFunctionLike(fn) || fn.parameters[0] !== sent.param)
        return null;
    const handler = requestHandler(model, fn, file);
    if (!handler)
        return null;
    // The request of an HTTP handler is its first parameter, read for what the client sent; a
    // 'message' listener's first parameter is the message itself.
    const message = /^once per 'message'/.test(handler.how);
    // process.on('message', ...): the parent process's IPC, not a client.
    if (message && /^process\./.test(skipOuter(handler.at.expression).getText()))
        return null;
    if (message ? sent.http : !sent.http)
        return null;
    return skipOuter(command).getText().replace(/\s+/g, ' ');
}
