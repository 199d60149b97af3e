import { argument, reachedLoads } from './analysis.js';
import { handleEvent, loopOrPartial } from './drain.js';
import { outerExpression, unparenthesize } from './semantic.js';
import { projectFunction } from './callers.js';
import { storedOnAttribute } from './stored.js';
/**
 * What code that is handed a process handle does with it, where handleEvent alone sees a
 * hand-off: the child's pid given to something that waits for it, or the handle passed to a
 * function of this module that only waits (or polls, or kills). Such a call is a wait, not an
 * escape: the pipes are still unread while the parent blocks there.
 */
/** Functions that wait for a process given its pid. */
const WAIT_BY_PID = new Set(['os.waitpid', 'os.wait4']);
/** Classes that wrap a running process by pid; their `wait()` waits for it (psutil wraps waitpid). */
const PROCESS_BY_PID = new Set(['psutil.Process']);
const MAX_DEPTH = 3;
/**
 * handleEvent, with the hand-offs this module can see through resolved. `file`: the module's
 * path, to follow a hand-off into a function another module of the repository defines
 * (`util.kill_app(self.server)`); without it only this module's functions are followed.
 */
export function handoffEvent(model, ref, origin, depth = 0, file) {
    const ev = handleEvent(ref, origin);
    if (ev.kind === 'neutral')
        return pidWait(model, ref) ?? ev;
    if (ev.kind === 'escape' && depth < MAX_DEPTH)
        return handedTo(model, ref, origin, depth, file) ?? ev;
    return ev;
}
/** A call given any argument: `wait(5)`, `wait(timeout=5)` (a wait's only parameter is its timeout). */
export function hasArguments(call) {
    return (call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment').length ?? 0) > 0;
}
// The call whose first positional argument is node, or null.
function firstArgumentOf(node) {
    const outer = outerExpression(node);
    const list = outer.parent;
    const call = list?.type === 'argument_list' ? list.parent : null;
    return call?.type === 'call' && argument(call, 0, '')?.id === outer.id ? call : null;
}
// The `.wait(...)` call on a value: `x.wait()` chained on it.
function waitOn(value) {
    const outer = outerExpression(value);
    const attr = outer.parent;
    if (attr?.type !== 'attribute' || attr.childForFieldName('object')?.id !== outer.id || attr.childForFieldName('attribute')?.text !== 'wait')
        return null;
    const call = outerExpression(attr).parent;
    return call?.type === 'call' && call.childForFieldName('function')?.id === outerExpression(attr).id ? call : null;
}
// Ex) os.waitpid(p.pid, 0)  /  psutil.Process(p.pid).wait(timeout)  /  proc = psutil.Process(p.pid); proc.wait(5)
function pidWait(model, ref) {
    const attr = outerExpression(ref).parent;
    if (attr?.type !== 'attribute' || attr.childForFieldName('attribute')?.text !== 'pid')
        return null;
    const call = firstArgumentOf(attr);
    const fn = call?.childForFieldName('function');
    const qualified = fn ? model.qualifiedName(fn) : null;
    if (!call || !qualified)
        return null;
    if (WAIT_BY_PID.has(qualified))
        return { kind: 'wait', node: call, call: null, via: `${qualified}()` };
    if (!PROCESS_BY_PID.has(qualified))
        return null;
    const chained = waitOn(call);
    if (chained)
        return { kind: 'wait', node: chained, call: null, via: `${qualified}.wait()`, timed: hasArguments(chained) };
    const assign = outerExpression(call).parent;
    const target = assign?.type === 'assignment' ? assign.childForFieldName('left') : null;
    if (target?.type !== 'identifier')
        return null;
    const binding = model.lookup(target.text, model.scopeOf(target))?.bindings.find((b) => b.node.id === target.id);
    for (const load of binding ? reachedLoads(model, binding) : []) {
        const wait = waitOn(load);
        if (wait)
            return { kind: 'wait', node: wait, call: null, via: `${qualified}.wait()`, timed: hasArguments(wait) };
    }
    return null;
}
// `p.stdout` or `p.stderr` of the handle named `handle`.
function isStreamOf(node, handle) {
    return node.type === 'attribute' && node.childForFieldName('object')?.text === handle && ['stdout', 'stderr'].includes(node.childForFieldName('attribute')?.text ?? '');
}
// The one method of a class with this name (none when it is defined twice).
function methodNamed(cls, name) {
    const defs = (cls.childForFieldName('body')?.namedChildren ?? []).map((c) => (c.type === 'decorated_definition' ? c.childForFieldName('definition') : c))
        .filter((d) => d?.type === 'function_definition' && d.childForFieldName('name')?.text === name);
    return defs.length === 1 ? defs[0] : null;
}
export function calleeOf(model, call, file) {
    const fn = call.childForFieldName('function');
    if (fn?.type === 'identifier') {
        const bindings = model.lookup(fn.text, model.scopeOf(fn))?.bindings ?? [];
        const def = bindings.length === 1 ? bindings[0].node.parent : null;
        if (def?.type === 'function_definition')
            return { def, skip: 0, model, file };
        // Ex) ConnectedCommand(process=p): a class of this module, its __init__ takes the handle.
        if (def?.type === 'class_definition') {
            const init = methodNamed(def, '__init__');
            return init && { def: init, skip: 1, model, file, cls: def.childForFieldName('name')?.text };
        }
    }
    // Ex) util.kill_app(self.server) / from util import kill_app: a function of another project module.
    if (file && fn && fn.type !== 'call' && fn.childForFieldName('object')?.text !== 'self') {
        const qualified = model.qualifiedName(fn);
        const found = qualified ? projectFunction(file, qualified) : null;
        return found && { def: found.def, skip: 0, model: found.model, file: found.file };
    }
    if (fn?.type !== 'attribute' || fn.childForFieldName('object')?.text !== 'self')
        return null;
    const name = fn.childForFieldName('attribute')?.text;
    let cls = call.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    const def = cls && name ? methodNamed(cls, name) : null;
    if (!def)
        return null;
    // A static method takes no self.
    const decorated = def.parent?.type === 'decorated_definition' ? def.parent : null;
    const isStatic = !!decorated?.namedChildren.some((d) => d.type === 'decorator' && /^@\s*staticmethod\b/.test(d.text));
    return { def, skip: isStatic ? 0 : 1, model, file };
}
/**
 * Ex) wait_for(p, 5) / ConnectedCommand(process=p) / run(cmd, stdin=p.stdout)
 * The call `value` is an argument of (positional, or keyword matched by name), when it reaches a
 * function of this module or the project, and the parameter that takes it there.
 */
export function parameterTaking(model, value, file) {
    let outer = outerExpression(value);
    // Ex) ConnectedCommand(process=p): a keyword argument is matched to the parameter by its name.
    const keyword = outer.parent?.type === 'keyword_argument' && outer.parent.childForFieldName('value')?.id === outer.id ? outer.parent.childForFieldName('name')?.text ?? null : null;
    if (keyword)
        outer = outer.parent;
    const list = outer.parent;
    const call = list?.type === 'argument_list' ? list.parent : null;
    if (call?.type !== 'call' || !list)
        return null;
    const args = list.namedChildren.filter((c) => c.type !== 'comment');
    const index = args.findIndex((a) => a.id === outer.id);
    if (index < 0 || (!keyword && args.slice(0, index).some((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat')))
        return null;
    const callee = calleeOf(model, call, file);
    if (!callee)
        return null;
    const at = callee.model;
    const params = callee.def.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const paramName = (p) => (p?.type === 'identifier' ? p : p?.childForFieldName('name') ?? p?.namedChildren[0]);
    let param;
    if (keyword)
        param = params.slice(callee.skip).find((p) => paramName(p)?.text === keyword && p.type !== 'list_splat_pattern' && p.type !== 'dictionary_splat_pattern');
    else {
        const before = params.slice(0, index + callee.skip + 1);
        if (before.some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' || p.type === 'keyword_separator' || p.type === 'positional_separator'))
            return null;
        param = params[index + callee.skip];
    }
    const name = paramName(param);
    if (name?.type !== 'identifier')
        return null;
    const found = at.lookup(name.text, at.scopeOf(name));
    const binding = found?.bindings.length === 1 && found.bindings[0].kind === 'param' ? found.bindings[0] : null;
    return binding && { call, argument: outer, callee, param: name, binding };
}
// Ex) def wait_for(proc, timeout): psutil.Process(proc.pid).wait(timeout)  ...  wait_for(p, 5)
// The handle passed positionally to a function of this module: what the function does with its
// parameter, when that is only waiting, polling or ending the child.
function handedTo(model, ref, origin, depth, file) {
    const handed = parameterTaking(model, ref, file);
    if (!handed)
        return null;
    const { call, callee, param: name, binding } = handed;
    const at = callee.model;
    // Ex) _Reader(process, process.stdout): a stream handed on beside the handle is read by
    // whatever reads it there (a file-like object's read()), not by what the callee does with the
    // handle: the hand-off stays one.
    const args = call.childForFieldName('arguments').namedChildren.filter((c) => c.type !== 'comment');
    const valueOf = (a) => unparenthesize(a.type === 'keyword_argument' ? a.childForFieldName('value') ?? a : a);
    if (args.some((a) => a.id !== handed.argument.id && isStreamOf(valueOf(a), ref.text)))
        return null;
    const events = [];
    for (const load of reachedLoads(at, binding)) {
        // Ex) def __init__(self, process): self._process = process  - what the module does with the
        // attribute is what is done with the handle (stored.ts); the class's methods wait or read it.
        const stored = callee.cls ? storedOnAttribute(at, load, (r, o) => handoffEvent(at, r, o, depth + 1, callee.file)) : null;
        if (stored)
            events.push(...stored.events);
        else
            events.push(handoffEvent(at, load, unparenthesize(name), depth + 1, callee.file));
    }
    // An object that keeps the handle and only ends it (or does nothing with it) lives on with it: what
    // else comes to use it is not seen here, so the hand-off stays one. One that waits or reads is judged.
    if (callee.cls && !events.some((e) => e.kind === 'wait' || e.kind === 'drain'))
        return null;
    // A method of the class the handle is handed to names itself with the class: `ConnectedCommand.block()`.
    const methodOf = (e) => {
        let n = e.node.parent;
        while (n && n.type !== 'function_definition')
            n = n.parent;
        return `${callee.cls}.${n?.childForFieldName('name')?.text ?? '__init__'}`;
    };
    const fn = callee.cls ? methodOf(events.find((e) => e.kind === 'wait') ?? events.find((e) => e.kind === 'drain') ?? { kind: 'neutral', node: callee.def.childForFieldName('body') }) : callee.def.childForFieldName('name')?.text ?? '';
    // Ex) def get_stdout(pi): return pi.communicate()[0]  ...  p.wait(); return get_stdout(p)
    // A function that only reads the pipes (and may wait after): a read at the call, as
    // communicate() or p.stdout.read() written there would be.
    const drains = events.filter((e) => e.kind === 'drain');
    if (drains.length && events.every((e) => e.kind === 'drain' || e.kind === 'neutral' || e.kind === 'wait')) {
        const firstWait = events.findIndex((e) => e.kind === 'wait');
        const firstDrain = events.findIndex((e) => e.kind === 'drain');
        // One pipe read to its end first, with the other left for later: that read is where the parent waits.
        const first = drains[0];
        const streams = first.toEof && first.streams.length === 1 ? first.streams : [...new Set(drains.flatMap((e) => e.streams))];
        if (firstWait < 0 || firstDrain < firstWait)
            return { kind: 'drain', streams, node: call, toEof: first.toEof, via: `${fn}()` };
        // Ex) def output(pi): pi.wait(); return pi.communicate()  - it waits before it reads.
        return { kind: 'wait', node: call, call: null, via: `the wait in ${fn}()`, reads: [...new Set(drains.flatMap((e) => e.streams))] };
    }
    // Ex) def first_line(proc): return proc.stdout.readline()  ...  p = Popen(cmd, stdout=PIPE, stderr=PIPE); reply(first_line(p))
    // A function of this module that only reads a line (or n bytes) of one pipe, and touches the
    // other pipe nowhere: a partial read at the call, as `p.stdout.readline()` written there would
    // be (audit 39: a chat bot reading one line of a command's stdout per message, stderr never).
    // Called in a read loop, it reads on (loopOrPartial). A function of another module, or one
    // that also waits, ends, stores or passes the handle on, keeps the hand-off.
    const partials = events.filter((e) => e.kind === 'partial');
    if (partials.length && callee.model === model && !callee.cls && events.every((e) => e.kind === 'partial' || e.kind === 'neutral')) {
        const streams = [...new Set(partials.map((e) => e.stream))];
        if (streams.length === 1)
            return loopOrPartial(streams[0], call, origin);
    }
    if (events.some((e) => e.kind !== 'wait' && e.kind !== 'end' && e.kind !== 'neutral'))
        return null;
    const waits = events.filter((e) => e.kind === 'wait');
    // A wait with a timeout gives up; one without (a poll loop, wait()) does not.
    const timed = waits.every((e) => e.timed || (e.call !== null && hasArguments(e.call)));
    if (waits.length)
        return { kind: 'wait', node: call, call: null, via: `the wait in ${fn}()`, timed };
    if (events.some((e) => e.kind === 'end'))
        return { kind: 'end', node: call };
    return { kind: 'neutral', node: call };
}
