import { enclosingFunction } from './analysis.js';
/** Calls that block the parent for a while without reading anything. */
const PAUSES = new Set(['time.sleep', 'signal.pause']);
/** Builtins that wait for the user. */
const PROMPTS = new Set(['input', 'raw_input']);
function pauseName(model, call) {
    const fn = call.childForFieldName('function');
    if (!fn)
        return null;
    const q = model.qualifiedName(fn);
    if (q && PAUSES.has(q))
        return q;
    if (fn.type === 'identifier' && PROMPTS.has(fn.text) && !model.lookup(fn.text, model.scopeOf(fn)))
        return fn.text;
    return null;
}
function functionOf(node) {
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'module')
            return n;
    return null;
}
// The first pause call between `from` and `to` in the same function (not in a nested def).
function pauseBetween(model, from, to) {
    const scope = functionOf(from);
    if (!scope || functionOf(to)?.id !== scope.id)
        return null;
    let found = null;
    const stack = [scope];
    while (stack.length) {
        const n = stack.pop();
        if (n.endIndex <= from.endIndex || n.startIndex >= to.startIndex)
            continue;
        if (n.id !== scope.id && (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition'))
            continue;
        if (n.type === 'call' && n.startIndex > from.endIndex && pauseName(model, n) && (!found || n.startIndex < found.startIndex))
            found = n;
        for (const c of n.namedChildren)
            stack.push(c);
    }
    return found;
}
// Ex) os.kill(p.pid, signal.SIGINT): the child is ended through its pid.
function killByPid(model, node) {
    if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'pid')
        return null;
    const call = node.parent?.type === 'argument_list' && node.parent.namedChildren[0]?.id === node.id ? node.parent.parent : null;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
    return fn && model.qualifiedName(fn) === 'os.kill' ? { kind: 'end', node: call } : null;
}
/**
 * The events of a handle bound to a name, in order: the child ended (terminate/kill) with a
 * growing stream read by nothing before, a pause between the start and the end, and that
 * stream read after the end. Null when the shape is not there.
 */
export function endedUnread(model, origin, given, growing) {
    const events = given.map((e) => (e.kind === 'neutral' ? killByPid(model, e.node) ?? e : e));
    const i = events.findIndex((e) => e.kind !== 'neutral');
    const end = events[i];
    if (!end || end.kind !== 'end' || end.node.type !== 'call')
        return null;
    const read = events.slice(i + 1).find((e) => e.kind === 'drain' && e.toEof);
    if (read?.kind !== 'drain')
        return null;
    const streams = growing.filter((s) => read.streams.includes(s));
    if (streams.length === 0)
        return null;
    const pause = pauseBetween(model, origin, end.node);
    return pause ? { streams, pause, end: end.node, read } : null;
}
/**
 * The same loss for a handle kept on `self` (`self.cap = Popen(...)` in start(), `self.cap.terminate();
 * out = self.cap.communicate()[0]` in stop()): every read of the growing stream in the module comes
 * after the child is ended, so nothing reads the pipe while the child runs. A read is after the end
 * when, in its own function, an end of the child (`terminate()`, `kill()`, `send_signal()`,
 * `os.kill(x.pid, sig)`) comes before it, or it sits where the child is known to have exited
 * (`if self.proc.poll() is not None:`, `rc = self.proc.poll()` then `if rc is not None:`); or when it
 * is in a private method of the class (`def _read_output(self)`) that the class calls on `self` only
 * at such points (followed three levels). A public method may be called by anyone at any time: a
 * read there may come while the child runs.
 * `events`: what every use of the attribute in the module does (stored.ts). `origin`: the Popen.
 * `end` is the first end that comes before a read; `longLived` an end in another function than the
 * one that starts the child (the code stops it from elsewhere: it runs until then).
 */
export function readOnlyAfterEnd(model, origin, holder, given, growing) {
    const events = given.map((e) => (e.kind === 'neutral' ? killByPid(model, e.node) ?? e : e));
    if (events.some((e) => e.kind === 'escape' || e.kind === 'close' || (e.kind === 'drain' && e.via)))
        return null;
    const ends = events.filter((e) => e.kind === 'end' && e.node.type === 'call').map((e) => e.node);
    if (ends.length === 0)
        return null;
    const streams = [];
    let first = null;
    let firstRead = null;
    for (const s of growing) {
        const reads = events.filter((e) => (e.kind === 'drain' && e.streams.includes(s)) || (e.kind === 'partial' && e.stream === s));
        if (reads.length === 0)
            continue;
        let all = true;
        for (const r of reads) {
            const end = endBefore(model, r.node, ends, holder, 0);
            if (!end) {
                all = false;
                break;
            }
            // The end named in messages is an end call (a read under an exit test has none of its own).
            if (ends.includes(end))
                first ??= { end, read: r };
            firstRead ??= r;
        }
        if (all)
            streams.push(s);
    }
    const start = enclosingFunction(origin);
    const longLived = ends.find((e) => enclosingFunction(e)?.id !== start?.id) ?? null;
    if (streams.length === 0 || !firstRead)
        return null;
    return { streams, ...(first ?? { end: longLived ?? ends[0], read: firstRead }), longLived };
}
/**
 * The end of the child that comes before `node` (a read, or a call of the method holding one), or
 * `node` itself where it runs only once the child has exited; null when the child may still run there.
 */
function endBefore(model, node, ends, holder, depth) {
    const fn = enclosingFunction(node);
    if (!fn)
        return null;
    const end = ends.find((e) => enclosingFunction(e)?.id === fn.id && e.endIndex <= node.startIndex);
    if (end)
        return end;
    if (exitedAt(node, fn, holder))
        return node;
    // Ex) def _read_output(self): self.out, self.err = self.proc.communicate()  ... called by stop() after kill()
    const name = fn.childForFieldName('name')?.text ?? '';
    const cls = classOf(fn);
    if (!cls || !name.startsWith('_') || name.startsWith('__') || depth >= 3)
        return null;
    const calls = [];
    for (const id of model.occurrences(name)) {
        const ref = id.parent;
        if (ref?.type !== 'attribute' || ref.childForFieldName('attribute')?.id !== id.id)
            continue;
        const call = ref.parent;
        // A bound method handed on (`Thread(target=self._read_output)`) runs at any time.
        if (call?.type !== 'call' || call.childForFieldName('function')?.id !== ref.id || ref.childForFieldName('object')?.text !== 'self')
            return null;
        if (call.startIndex < cls.startIndex || call.endIndex > cls.endIndex)
            return null;
        calls.push(call);
    }
    if (calls.length === 0)
        return null;
    let found = null;
    for (const call of calls) {
        const e = endBefore(model, call, ends, holder, depth + 1);
        if (!e)
            return null;
        found ??= e;
    }
    return found;
}
function classOf(fn) {
    let n = fn.parent;
    if (n?.type === 'decorated_definition')
        n = n.parent;
    return n?.type === 'block' && n.parent?.type === 'class_definition' ? n.parent : null;
}
// Ex) if self.proc.poll() is not None: ...  /  rc = self.proc.poll(); if rc is not None: ...
// `node` sits in the branch of an `if` that runs only once the child has exited.
function exitedAt(node, fn, holder) {
    const h = holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const direct = new RegExp(`^${h}\\s*\\.\\s*(poll\\s*\\(\\s*\\)|returncode)\\s*(is\\s+not|!=)\\s*None$`);
    const named = /^(\w+)\s*(is\s+not|!=)\s*None$/;
    for (let n = node.parent; n && n.id !== fn.id; n = n.parent) {
        if (n.type !== 'block' || n.parent?.type !== 'if_statement' || n.parent.childForFieldName('consequence')?.id !== n.id)
            continue;
        const cond = n.parent.childForFieldName('condition')?.text.trim() ?? '';
        if (direct.test(cond))
            return true;
        const m = named.exec(cond);
        if (m && new RegExp(`\\b${m[1]}\\s*=\\s*${h}\\s*\\.\\s*poll\\s*\\(\\s*\\)`).test(fn.text))
            return true;
    }
    return false;
}
