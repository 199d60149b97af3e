import { readerCalls } from './reader-calls.js';
import { outerExpression, unparenthesize } from './semantic.js';
const LOOPS = new Set(['for_statement', 'while_statement', 'function_definition', 'lambda', 'class_definition']);
const escaped = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Ex) p.poll() is None  /  p.poll() == None  /  p.returncode is None
function directAlive(cond, name) {
    const c = unparenthesize(cond);
    if (c.type !== 'comparison_operator')
        return false;
    const text = c.text.replace(/\s+/g, ' ');
    return new RegExp(`^${escaped(name)}\\.(poll\\(\\)|returncode) (is|==) None$`).test(text);
}
// Ex) self._proc is not None and self._proc.poll() is None: alive, once there is a child.
function guardedAlive(cond, name) {
    const c = unparenthesize(cond);
    if (directAlive(c, name))
        return true;
    if (c.type !== 'boolean_operator' || c.childForFieldName('operator')?.text !== 'and')
        return false;
    const [left, right] = [c.childForFieldName('left'), c.childForFieldName('right')];
    const exists = (n) => !!n && new RegExp(`^(${escaped(name)} (is not|!=) None|${escaped(name)})$`).test(unparenthesize(n).text.replace(/\s+/g, ' '));
    return (exists(left) && !!right && directAlive(right, name)) || (!!left && directAlive(left, name) && exists(right));
}
/**
 * Ex) while self._proc_is_alive():  with  def _proc_is_alive(self): if self._proc is None: return False; return self._proc.poll() is None
 * Ex) while self.is_process_active:  with  @property def is_process_active(self): return self._proc is not None and self._proc.returncode is None
 * A method of the class (called with no argument, or a property) that answers whether the child
 * kept on self is alive: each of its returns gives that test, or False (no child yet). The loop
 * it guards stops at the exit as the test written in place does (audits 11 and 13: youtube-dl-gui
 * and yt-dlg's download()).
 */
function predicateAlive(cond, name) {
    let c = unparenthesize(cond);
    if (!name.startsWith('self.'))
        return false;
    if (c.type === 'call') {
        if (c.childForFieldName('arguments')?.namedChildren.some((a) => a.type !== 'comment'))
            return false;
        c = c.childForFieldName('function');
    }
    if (c?.type !== 'attribute' || c.childForFieldName('object')?.text !== 'self')
        return false;
    const method = c.childForFieldName('attribute')?.text;
    let cls = c.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    const defs = (cls?.childForFieldName('body')?.namedChildren ?? [])
        .map((d) => (d.type === 'decorated_definition' ? d.childForFieldName('definition') : d))
        .filter((d) => d?.type === 'function_definition' && d.childForFieldName('name')?.text === method);
    if (defs.length !== 1)
        return false;
    const returns = [];
    const walk = (n) => {
        for (const k of n.namedChildren) {
            if (k.type === 'function_definition' || k.type === 'lambda' || k.type === 'class_definition')
                continue;
            if (k.type === 'return_statement')
                returns.push(k);
            else
                walk(k);
        }
    };
    walk(defs[0].childForFieldName('body'));
    let alive = false;
    // Ex) return False if self._proc is None else self._proc.poll() is None  (audit 13: yt-dlg)
    const answers = (value) => {
        const v = unparenthesize(value);
        if (guardedAlive(v, name))
            return true;
        if (['False', 'None'].includes(v.text))
            return false;
        if (v.type !== 'conditional_expression')
            return null;
        const [then, , otherwise] = v.namedChildren.filter((k) => k.type !== 'comment');
        const a = then ? answers(then) : null;
        const b = otherwise ? answers(otherwise) : null;
        return a === null || b === null ? null : a || b;
    };
    for (const r of returns) {
        const value = r.namedChildren.find((k) => k.type !== 'comment');
        const answer = value ? answers(value) : false;
        if (answer === null)
            return false;
        if (answer)
            alive = true;
    }
    return alive;
}
function aliveTest(cond, name) {
    return guardedAlive(cond, name) || predicateAlive(cond, name);
}
// The `while` around a readline() call, when it is the nearest loop and tests the child alive.
function pollLoopOf(read, name) {
    for (let n = read.parent; n; n = n.parent) {
        if (!LOOPS.has(n.type))
            continue;
        const cond = n.type === 'while_statement' ? n.childForFieldName('condition') : null;
        return cond && aliveTest(cond, name) && !(read.startIndex >= cond.startIndex && read.endIndex <= cond.endIndex) ? n : null;
    }
    return null;
}
function readlineCall(node, stream, name) {
    if (node.type !== 'call')
        return false;
    const fn = node.childForFieldName('function');
    return fn?.type === 'attribute' && fn.text.replace(/\s+/g, '') === `${name}.${stream}.readline`;
}
function touches(e, stream) {
    return (e.kind === 'drain' && e.streams.includes(stream)) || ((e.kind === 'partial' || e.kind === 'close') && e.stream === stream);
}
/**
 * Ex) (stdout, stderr) = (self.p.stdout, self.p.stderr)  /  out = p.stdout
 * The readline() calls on the local name a stream is bound to, when that name is bound once in
 * its function and used for nothing else; null otherwise.
 */
function aliasReadlines(model, stream) {
    let e = outerExpression(stream);
    let index = -1;
    if ((e.parent?.type === 'tuple' || e.parent?.type === 'expression_list') && !e.parent.namedChildren.some((c) => c.type === 'comment')) {
        index = e.parent.namedChildren.findIndex((c) => c.id === e.id);
        e = outerExpression(e.parent);
    }
    const assign = e.parent;
    if (assign?.type !== 'assignment' || assign.childForFieldName('right')?.id !== e.id)
        return null;
    let target = assign.childForFieldName('left');
    if (index >= 0) {
        const pattern = target && (target.type === 'tuple_pattern' || target.type === 'pattern_list' || target.type === 'tuple' ? target : null);
        target = pattern?.namedChildren[index] ?? null;
    }
    if (target?.type !== 'identifier')
        return null;
    // The function the alias is bound in, or the module (every use of the name there counts).
    let fn = assign;
    while (fn.parent && fn.type !== 'function_definition')
        fn = fn.parent;
    const reads = [];
    for (const id of model.occurrences(target.text)) {
        if (id.id === target.id || id.startIndex < fn.startIndex || id.endIndex > fn.endIndex)
            continue;
        if (id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id)
            continue;
        if (id.parent?.type === 'keyword_argument' && id.parent.childForFieldName('name')?.id === id.id)
            continue;
        const attr = id.parent;
        const call = attr?.type === 'attribute' && attr.childForFieldName('object')?.id === id.id && attr.childForFieldName('attribute')?.text === 'readline' ? attr.parent : null;
        if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attr.id || id.startIndex < assign.endIndex)
            return null;
        reads.push(call);
    }
    return reads.length ? reads : null;
}
/**
 * Ex) while True:
 *         retcode = p.poll()
 *         line = p.stdout.readline()
 *         if len(line) > 0: yield line
 *         if retcode is not None: break
 * The loop around a readline() that takes the child's status before the read and stops once
 * that status says it has exited: after the exit it reads one more line and stops, whatever the
 * child still had in the pipe (audit 15: tito's run_subprocess()).
 */
function exitBreakLoop(read, name) {
    let at = read;
    let loop = null;
    for (let n = read.parent; n; at = n, n = n.parent) {
        if (!LOOPS.has(n.type))
            continue;
        loop = n.type === 'while_statement' ? n : null;
        break;
    }
    const body = loop?.childForFieldName('body');
    if (!loop || !body || at.id !== body.id)
        return null;
    let statement = read;
    while (statement.parent && statement.parent.id !== body.id)
        statement = statement.parent;
    const parts = body.namedChildren;
    const j = parts.findIndex((c) => c.id === statement.id);
    // `if <test>: break`, alone in its if.
    const breaksOn = (c, test) => {
        if (c.type !== 'if_statement' || c.childrenForFieldName('alternative').length)
            return false;
        const then = c.childForFieldName('consequence')?.namedChildren.filter((k) => k.type !== 'comment') ?? [];
        return test(unparenthesize(c.childForFieldName('condition')).text.replace(/\s+/g, ' ')) && then.length === 1 && then[0].type === 'break_statement';
    };
    // Ex) data = self._proc.stdout.readline(); ...; if self._proc.poll() is not None: break  (audit 11:
    // esphome's _stdout_thread): the poll in the test itself, before or after the read, ends the
    // loop once the child has exited, whatever it still had in the pipe.
    const direct = new RegExp(`^${escaped(name)}\\.poll\\(\\) (is not|!=) None$`);
    const polled = parts.find((c) => c.id !== statement.id && breaksOn(c, (cond) => direct.test(cond)));
    if (polled)
        return { loop, test: `${name}.poll()` };
    const poll = parts.slice(0, j).reverse().find((c) => c.type === 'expression_statement' && c.namedChildren[0]?.type === 'assignment' && c.namedChildren[0].childForFieldName('left')?.type === 'identifier' && c.namedChildren[0].childForFieldName('right')?.text.replace(/\s+/g, '') === `${name}.poll()`);
    const status = poll?.namedChildren[0].childForFieldName('left')?.text;
    if (!poll || !status)
        return null;
    const stop = parts.slice(j + 1).find((c) => breaksOn(c, (cond) => cond === `${status} is not None` || cond === `${status} != None`));
    return stop ? { loop, test: poll.text.replace(/\s+/g, ' ') } : null;
}
/**
 * Ex) for line in run_subprocess(p): ...   with   def run_subprocess(p): <an exitBreakLoop>
 * The handle passed (first, positionally) to a function of the module whose parameter is used
 * only to poll it and read a pipe line by line in loops that stop at the exit.
 */
function handedTail(model, call, name, piped) {
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const index = args.findIndex((a) => a.type === 'identifier' && a.text === name);
    if (fn?.type !== 'identifier' || index < 0 || args.slice(0, index).some((a) => a.type !== 'identifier' && a.type !== 'attribute' && a.type !== 'string'))
        return null;
    const bindings = model.lookup(fn.text, model.scopeOf(fn))?.bindings ?? [];
    const def = bindings.length === 1 ? bindings[0].node.parent : null;
    if (def?.type !== 'function_definition')
        return null;
    const param = def.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment')[index];
    const body = def.childForFieldName('body');
    if (param?.type !== 'identifier' || !body)
        return null;
    const reads = [];
    for (const id of model.occurrences(param.text)) {
        if (id.id === param.id || id.startIndex < body.startIndex || id.endIndex > body.endIndex)
            continue;
        if (id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id)
            continue;
        const use = outerExpression(id).parent;
        const method = use?.type === 'attribute' ? use.childForFieldName('attribute')?.text : undefined;
        if (method === 'poll' && use.parent?.type === 'call')
            continue;
        const stream = method === 'stdout' || method === 'stderr' ? method : null;
        const read = stream ? outerExpression(use).parent : null;
        const readCall = read?.type === 'attribute' && read.childForFieldName('attribute')?.text === 'readline' ? read.parent : null;
        if (!stream || readCall?.type !== 'call')
            return null;
        reads.push({ stream, call: readCall });
    }
    const stream = reads[0]?.stream;
    if (!stream || !piped.includes(stream) || reads.some((r) => r.stream !== stream))
        return null;
    const loops = reads.map((r) => exitBreakLoop(r.call, param.text));
    const first = loops[0];
    if (!first || loops.some((l) => l?.loop.id !== first.loop.id))
        return null;
    return { stream, loop: first.loop, test: first.test, breaks: true, via: `${fn.text}()` };
}
// A `while p.poll() is None` loop around the read, or a loop that stops once a poll taken before the read saw the exit.
function stopsAtExit(read, name) {
    const loop = pollLoopOf(read, name);
    if (loop)
        return { loop, test: unparenthesize(loop.childForFieldName('condition')).text };
    const broken = exitBreakLoop(read, name);
    return broken && { ...broken, breaks: true };
}
// The poll-guarded loop that ends a readline(): around the read itself, or around every call of
// the method or local function that holds it.
function tailLoop(read, name) {
    const own = stopsAtExit(read, name);
    if (own)
        return own;
    const via = readerCalls(read);
    const loops = via ? via.calls.map((c) => stopsAtExit(c, name)) : [];
    const first = loops[0];
    return first && loops.every((l) => l) ? { ...first, reader: via.reader } : null;
}
/** The stream (of those piped) read only by readline() in a poll-guarded loop, or null. */
export function pollTail(all, name, piped, model) {
    if (all.some((e) => e.kind === 'escape'))
        return null;
    // Handed on to a function that reads (a reader thread, a helper): that function's loop decides.
    const handed = all.filter((e) => e.kind === 'drain' && e.via);
    if (handed.length) {
        const tail = model && handed.length === 1 && handed[0].node.type === 'call' ? handedTail(model, handed[0].node, name, piped) : null;
        return tail && all.filter((e) => touches(e, tail.stream)).length === 1 ? tail : null;
    }
    for (const stream of piped) {
        // A close() of the pipe reads nothing: what is left in it is lost all the same (audit 13: yt-dlg's stop()).
        const reads = all.filter((e) => touches(e, stream) && e.kind !== 'close');
        if (reads.length === 0)
            continue;
        // Ex) stdout = self.p.stdout; while self.p.poll() is None: line = stdout.readline()
        const aliased = model && reads.length === 1 && reads[0].kind === 'drain' && !reads[0].toEof ? aliasReadlines(model, reads[0].node) : null;
        const calls = aliased ?? reads.map((e) => (readlineCall(e.node, stream, name) ? e.node : null));
        // Ex) two such loops on one name (a rebinding in a branch between them): each stops at the exit.
        const loops = calls.map((c) => (c ? tailLoop(c, name) : null));
        const first = loops[0];
        if (first && loops.every((l) => l))
            return { stream, ...first };
    }
    return null;
}
