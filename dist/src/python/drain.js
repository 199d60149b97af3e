import { enclosingStatement, inLoopAfter } from './analysis.js';
import { readerCalls } from './reader-calls.js';
import { outerExpression, unparenthesize } from './semantic.js';
const STREAMS = new Set(['stdout', 'stderr']);
const ENDS = new Set(['kill', 'terminate', 'send_signal']);
const NEUTRAL_ATTRS = new Set(['pid', 'args', 'stdin', 'returncode', 'universal_newlines', 'text_mode', 'encoding', 'errors']);
function callOf(attribute) {
    const outer = outerExpression(attribute);
    const call = outer.parent;
    return call?.type === 'call' && call.childForFieldName('function')?.id === outer.id ? call : null;
}
function argCount(call) {
    return call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment').length ?? 0;
}
/** `await x` around an expression (asyncio): the awaited value is what the code sees. */
function awaited(node) {
    const outer = outerExpression(node);
    return outer.parent?.type === 'await' ? outerExpression(outer.parent) : outer;
}
// Ex) for line in p.stdout: ... break  - the loop stops early: a partial read.
function forBreaks(forNode) {
    const body = forNode.childForFieldName('body');
    if (!body)
        return false;
    const stack = [body];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'break_statement' || n.type === 'return_statement')
            return true;
        if (LOOP_OR_SCOPE.has(n.type))
            continue;
        for (const c of n.namedChildren)
            stack.push(c);
    }
    return false;
}
const LOOP_OR_SCOPE = new Set(['for_statement', 'while_statement', 'function_definition', 'class_definition', 'lambda']);
/** What the code does with one pipe object (`p.stdout`), from where it sits. */
function streamEvent(stream, expr, origin) {
    const e = outerExpression(expr);
    const parent = e.parent;
    if (!parent)
        return { kind: 'escape', node: e };
    if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === e.id) {
        const name = parent.childForFieldName('attribute')?.text ?? '';
        const call = callOf(parent);
        if (!call) {
            // Ex) iter(p.stdout.readline, b'') - a read loop; p.stdout.closed - a test.
            if (name === 'closed' || name === 'name' || name === 'mode')
                return { kind: 'neutral', node: e };
            // Ex) for line in iter(p.stdout.readline, b''): ... break - the loop stops at a line (a
            // protocol line, a port): what the child writes after it is read by nobody.
            const loop = iterLoop(parent);
            if (loop && forBreaks(loop))
                return { kind: 'partial', stream, node: e };
            return { kind: 'drain', streams: [stream], node: e, toEof: name === 'readline' || name === 'read' };
        }
        const event = pipeCallEvent(stream, name, call, origin);
        // The read runs as a task beside the coroutine: it blocks nobody, the other pipe is read meanwhile.
        return event.kind === 'drain' && event.toEof && scheduled(call) ? { ...event, toEof: false } : event;
    }
    return pipeObjectEvent(stream, e, parent, origin);
}
/**
 * Ex) asyncio.create_task(proc.stderr.readline()) / asyncio.gather(proc.stdout.read(), proc.stderr.read())
 * An asyncio read handed to the event loop as a task runs concurrently with whatever the coroutine
 * awaits next (the other pipe's read, `asyncio.wait(..., FIRST_COMPLETED)`): the parent does not
 * sit in it while the other pipe fills. (A read awaited directly, or in `wait_for()`, does.)
 */
const SCHEDULERS = new Set(['create_task', 'ensure_future', 'gather']);
function scheduled(call) {
    let args = outerExpression(call).parent;
    if (args?.type === 'list' || args?.type === 'tuple')
        args = outerExpression(args).parent;
    const fn = args?.type === 'argument_list' ? args.parent?.childForFieldName('function') : null;
    const last = fn?.type === 'attribute' ? fn.childForFieldName('attribute') : fn;
    return last?.type === 'identifier' && SCHEDULERS.has(last.text);
}
/** `p.stdout.<name>(...)`: what a method call on one pipe object does. */
function pipeCallEvent(stream, name, call, origin) {
    const n = argCount(call);
    switch (name) {
        case 'read':
            return n === 0 || unparenthesize(call.childForFieldName('arguments').namedChildren[0]).text === '-1' ? { kind: 'drain', streams: [stream], node: call, toEof: true } : loopOrPartial(stream, call, origin);
        case 'readlines':
            // Ex) p.stdout.readlines(100000): lines up to that many bytes (a hint), then it stops.
            return n === 0 || /^(-\d+|0|None)$/.test(unparenthesize(call.childForFieldName('arguments').namedChildren[0]).text) ? { kind: 'drain', streams: [stream], node: call, toEof: true } : loopOrPartial(stream, call, origin);
        case 'readline':
            return loopOrPartial(stream, call, origin);
        case 'close':
            return { kind: 'close', stream, node: call };
        case 'fileno':
            return { kind: 'escape', node: call };
        default:
            return { kind: 'drain', streams: [stream], node: call };
    }
}
/** `p.stdout` used as an object (iterated, tested, handed on). */
function pipeObjectEvent(stream, e, parent, origin) {
    // Ex) for line in p.stdout: / for line in p.stdout or []: the loop iterates the pipe (whenever there is one).
    const iterated = parent.type === 'boolean_operator' && parent.childForFieldName('operator')?.text === 'or' && parent.childForFieldName('left')?.id === e.id ? outerExpression(parent) : e;
    const loop = iterated.parent;
    if ((loop?.type === 'for_statement' || loop?.type === 'for_in_clause') && loop.childForFieldName('right')?.id === iterated.id) {
        return loop.type === 'for_statement' && forBreaks(loop) ? { kind: 'partial', stream, node: e } : { kind: 'drain', streams: [stream], node: e, toEof: true };
    }
    // Ex) if p.stdout: ... - a test, not a read.
    if (parent.type === 'if_statement' || parent.type === 'not_operator' || parent.type === 'boolean_operator' || parent.type === 'comparison_operator')
        return { kind: 'neutral', node: e };
    if (parent.type === 'argument_list') {
        const fn = parent.parent?.childForFieldName('function');
        if (fn?.type === 'identifier' && fn.text === 'next')
            return loopOrPartial(stream, parent.parent, origin);
    }
    // Handed on (stdin=p.stdout, a reader thread, select()): someone reads it.
    return { kind: 'drain', streams: [stream], node: e };
}
// Ex) for line in iter(p.stdout.readline, b''): the `for` whose iterable is `iter(<method>, sentinel)`.
function iterLoop(method) {
    const args = outerExpression(method).parent;
    const call = args?.type === 'argument_list' ? args.parent : null;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
    if (fn?.type !== 'identifier' || fn.text !== 'iter' || args.namedChildren[0]?.id !== outerExpression(method).id)
        return null;
    const loop = outerExpression(call).parent;
    return loop?.type === 'for_statement' && loop.childForFieldName('right')?.id === outerExpression(call).id ? loop : null;
}
// Ex) while True: line = p.stdout.readline() - a read loop drains the pipe.
export function loopOrPartial(stream, node, origin) {
    return loopRead(node, origin) ? { kind: 'drain', streams: [stream], node, toEof: true } : { kind: 'partial', stream, node };
}
// Ex) def read_stdout(self): return self.proc.stdout.readline()  ...  while True: self.read_stdout()
// A read in a method or local function runs in a loop when every call of it does (reader-calls.ts).
function loopRead(node, origin) {
    if (inLoopAfter(node, origin))
        return !countedReads(node, origin);
    const via = readerCalls(node);
    return !!via && via.calls.every((c) => inLoopAfter(c, origin) && !countedReads(c, origin));
}
/**
 * Ex) for n in range(node_count): line = p.stdout.readline()  - the loops round the read (those
 * that do not hold the Popen) are all `for` over `range()` that nothing breaks out of: the code
 * reads as many lines as it counts (a header and one line per node), then goes on. A partial
 * read, not a read to EOF: what the child writes after those lines, and its other pipe, are read
 * by nobody. (A counted loop that breaks, `for _ in range(27): ... if url: break`, searches the
 * first lines for one: left as a read loop, as before.)
 */
function countedReads(node, origin) {
    let counted = false;
    for (let n = node.parent; n && n.type !== 'function_definition' && n.type !== 'module'; n = n.parent) {
        if (n.type !== 'while_statement' && n.type !== 'for_statement')
            continue;
        if (origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex)
            break;
        const right = n.type === 'for_statement' ? unparenthesize(n.childForFieldName('right')) : null;
        const fn = right?.type === 'call' ? right.childForFieldName('function') : null;
        if (fn?.type !== 'identifier' || (fn.text !== 'range' && fn.text !== 'xrange') || forBreaks(n))
            return false;
        counted = true;
    }
    return counted;
}
// Ex) while p.poll() is None: time.sleep(1)  /  while p.returncode is None: ...  - the loop
// waits for the child; reading inside the loop makes it a drain loop instead.
function pollLoop(node) {
    for (let n = node.parent; n; n = n.parent) {
        if (n.type === 'while_statement') {
            const cond = n.childForFieldName('condition');
            return cond && node.startIndex >= cond.startIndex && node.endIndex <= cond.endIndex ? n : null;
        }
        if (n.type === 'block' || LOOP_OR_SCOPE.has(n.type))
            return null;
    }
    return null;
}
/**
 * One read of the handle's name: what it does to the pipes. `origin` is the call that made
 * the process; loops that do not re-run it count as read loops.
 */
export function handleEvent(ref, origin) {
    const e = outerExpression(ref);
    const parent = e.parent;
    if (!parent)
        return { kind: 'escape', node: e };
    if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === e.id) {
        const name = parent.childForFieldName('attribute')?.text ?? '';
        if (STREAMS.has(name))
            return streamEvent(name, parent, origin);
        const call = callOf(parent);
        if (call) {
            const site = awaited(call);
            if (name === 'communicate')
                return { kind: 'drain', streams: ['stdout', 'stderr'], node: site, toEof: true };
            if (name === 'wait')
                return { kind: 'wait', node: site, call };
            if (name === 'poll')
                return pollEvent(call, origin);
            if (ENDS.has(name))
                return { kind: 'end', node: call };
            if (name === '__enter__' || name === '__exit__')
                return { kind: 'neutral', node: call };
            return { kind: 'escape', node: call };
        }
        // Ex) atexit.register(p.kill), or `p.kill` with the call forgotten: a bound method reads no pipe.
        if (ENDS.has(name))
            return { kind: 'neutral', node: parent };
        if (name === 'returncode') {
            const loop = pollLoop(parent);
            return loop && !loopReads(loop) ? { kind: 'wait', node: parent, call: null } : { kind: 'neutral', node: parent };
        }
        return NEUTRAL_ATTRS.has(name) ? { kind: 'neutral', node: parent } : { kind: 'escape', node: parent };
    }
    switch (parent.type) {
        case 'delete_statement':
            return { kind: 'end', node: parent };
        case 'if_statement':
        case 'elif_clause':
        case 'while_statement':
            return parent.childForFieldName('condition')?.id === e.id ? { kind: 'neutral', node: e } : { kind: 'escape', node: e };
        case 'not_operator':
        case 'comparison_operator':
        case 'boolean_operator':
            return { kind: 'neutral', node: e };
        case 'with_item':
            return { kind: 'neutral', node: e };
        default:
            return { kind: 'escape', node: e };
    }
}
/** A `poll()` call (of the handle, or of a wrapper's method that returns the handle's poll()). */
export function pollEvent(call, origin) {
    // Ex) Utils.wait_for(lambda: p.poll() is not None, timeout): a callback polled until the
    // child is done - a wait, in another function than the one holding the handle.
    if (nearestFunction(call) !== nearestFunction(origin))
        return { kind: 'wait', node: call, call: null };
    const loop = pollLoop(call);
    if (loop)
        return !loopReads(loop) ? { kind: 'wait', node: call, call: null } : { kind: 'neutral', node: call };
    return pollBranch(call, origin) ? { kind: 'wait', node: call, call: null } : { kind: 'neutral', node: call };
}
function nearestFunction(node) {
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'lambda')
            return n.id;
    return -1;
}
/**
 * Ex) while time.time() < deadline:
 *         if p.poll() is None:
 *             time.sleep(1); continue
 *         out, err = p.communicate()   # only once the child has exited
 * A `poll()` tested by an `if` inside a loop that does not re-run the Popen: the loop goes
 * round while the child runs, and the pipes are read only on the branch where it has exited.
 * The parent waits for the exit as in a `while p.poll() is None` loop.
 */
function pollBranch(call, origin) {
    // The test: `p.poll() is None` / `== None` (true while running) or `is not None` / `!= None`.
    const left = pollValue(call);
    if (!left)
        return false;
    const test = left.parent;
    const right = test?.type === 'comparison_operator' && test.namedChildren.length === 2 && test.namedChildren[0].id === left.id ? test.namedChildren[1] : null;
    if (!test || right?.type !== 'none')
        return false;
    const op = test.text.slice(left.endIndex - test.startIndex, right.startIndex - test.startIndex).replace(/\s+/g, ' ').trim();
    if (!['is', '==', 'is not', '!='].includes(op))
        return false;
    const running = op === 'is' || op === '==';
    const ifNode = outerExpression(test).parent;
    if (ifNode?.type !== 'if_statement' || ifNode.childForFieldName('condition')?.id !== outerExpression(test).id)
        return false;
    let loop = null;
    for (let n = ifNode.parent; n; n = n.parent) {
        if (n.type === 'while_statement' || n.type === 'for_statement') {
            loop = n;
            break;
        }
        if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda')
            return false;
    }
    if (!loop || (origin.startIndex >= loop.startIndex && origin.endIndex <= loop.endIndex))
        return false;
    const body = loop.childForFieldName('body');
    const consequence = ifNode.childForFieldName('consequence');
    if (!body || !consequence)
        return false;
    // Where the child is known to have exited: the consequence of an "exited" test; after a
    // "running" test whose branch goes round the loop again (`continue`), the rest of the block.
    const exited = [];
    if (!running)
        exited.push([consequence.startIndex, consequence.endIndex]);
    else {
        const last = consequence.lastNamedChild;
        if (last?.type !== 'continue_statement')
            return false;
        for (const alt of ifNode.childrenForFieldName('alternative'))
            exited.push([alt.startIndex, alt.endIndex]);
        exited.push([ifNode.endIndex, ifNode.parent.endIndex]);
    }
    // The handle's own reads (`sys.stdout.write` in the loop is no read of the child).
    const holder = call.childForFieldName('function')?.childForFieldName('object')?.text ?? '';
    const reads = new RegExp(`${holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\.\\s*(?:stdout|stderr|communicate)\\b`, 'g');
    for (const m of body.text.matchAll(reads)) {
        const at = body.startIndex + m.index;
        if (!exited.some(([a, b]) => at >= a && at < b))
            return false;
    }
    return true;
}
/**
 * The expression a poll test compares with None: the `poll()` call itself, or, for
 * `ret = p.poll()` followed in the same block by `if ret is not None:` (plyer's file chooser),
 * the name `ret` in that test. Null when the value is kept in no such name.
 */
function pollValue(call) {
    const value = outerExpression(call);
    const assign = value.parent;
    if (assign?.type !== 'assignment' || assign.childForFieldName('right')?.id !== value.id)
        return value;
    const name = assign.childForFieldName('left');
    const statement = assign.parent;
    if (name?.type !== 'identifier' || statement?.type !== 'expression_statement')
        return null;
    // Ex) ret = p.poll(); time.sleep(1); if ret is not None: ... - the first `if` after it on `ret`.
    for (let n = statement.nextNamedSibling; n; n = n.nextNamedSibling) {
        if (n.type !== 'if_statement') {
            if (new RegExp(`\\b${name.text}\\s*=[^=]`).test(n.text))
                return null;
            continue;
        }
        const cond = unparenthesize(n.childForFieldName('condition'));
        const first = cond.type === 'comparison_operator' ? cond.namedChildren[0] : null;
        if (first?.type === 'identifier' && first.text === name.text)
            return first;
        return null;
    }
    return null;
}
const READS_PIPE = /\.(?:stdout|stderr)\b|\.communicate\s*\(/;
// A poll loop whose body reads a pipe of some handle is a read loop, not a wait.
function loopReads(loop) {
    const body = loop.childForFieldName('body');
    return !!body && (READS_PIPE.test(body.text) || callsReader(body));
}
/**
 * Ex) def pump(): log.append(p.stdout.readline())  ...  while p.poll() is None: pump()
 * Ex) while self.proc.poll() is None: self.read_stdout()   with   def read_stdout(self): ... self.proc.stdout.readline()
 * A call in the loop of a function local to the loop's, or of a method of its class, whose body
 * reads a pipe: the read runs in the loop (audit 29: OneDriveGUI's sync worker).
 */
function callsReader(body) {
    const names = new Set();
    const methods = new Set();
    const stack = [body];
    while (stack.length) {
        const n = stack.pop();
        if (LOOP_OR_SCOPE.has(n.type) && n.type !== 'for_statement' && n.type !== 'while_statement')
            continue;
        const fn = n.type === 'call' ? n.childForFieldName('function') : null;
        if (fn?.type === 'identifier')
            names.add(fn.text);
        if (fn?.type === 'attribute' && fn.childForFieldName('object')?.text === 'self')
            methods.add(fn.childForFieldName('attribute').text);
        stack.push(...n.namedChildren);
    }
    if (!names.size && !methods.size)
        return false;
    const reads = (defs, wanted) => (defs?.namedChildren ?? []).some((d) => d.type === 'function_definition' && wanted.has(d.childForFieldName('name')?.text ?? '') && READS_PIPE.test(d.childForFieldName('body')?.text ?? ''));
    for (let n = body.parent; n; n = n.parent) {
        if (n.type === 'block' && reads(n, names))
            return true;
        if (n.type === 'class_definition')
            return reads(n.childForFieldName('body'), methods);
    }
    return false;
}
/** The statement a node sits in, when that statement is the node's own expression statement. */
export function statementOf(node) {
    const outer = outerExpression(node);
    const p = outer.parent?.type === 'await' ? outerExpression(outer.parent).parent : outer.parent;
    return p?.type === 'expression_statement' ? p : enclosingStatement(node);
}
