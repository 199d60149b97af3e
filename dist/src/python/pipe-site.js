import path from 'node:path';
import { argument, enclosingFunction, handleUses, reachedLoads } from './analysis.js';
import { subclassAttributeUses } from './callers.js';
import { handleEvent } from './drain.js';
import { drainVerdict } from './drain-verdict.js';
import { eventPaths, skippedCondition } from './event-paths.js';
import { armCertain, inExclusiveArm } from './exclusive-arms.js';
import { handoffEvent } from './handoff.js';
import { outerExpression, unparenthesize } from './semantic.js';
import { storedInContainer, storedOnAttribute } from './stored.js';
import { attributeOrder, attributeWaitFirst } from './attribute-order.js';
import { chosenStreams, unpipedAt, writtenUnder } from './pipe-choice.js';
// Ex) stdout=subprocess.PIPE, stderr=PIPE (from subprocess import PIPE), stderr=STDOUT
export function pipesOf(ctx, call) {
    return pipesIn(ctx.model, call);
}
/** pipesOf for a call of any module's model (another module's function: imported-capture.ts). */
export function pipesIn(model, call) {
    // A PIPE stored into a spread dict under a test is PIPE on some runs only: chosenPipes().
    const is = (node, name) => !!node && model.qualifiedName(unparenthesize(node)) === name && !writtenUnder(node).length;
    const stdout = argument(call, 4, 'stdout');
    const stderr = argument(call, 5, 'stderr');
    const stdin = argument(call, 3, 'stdin');
    return {
        stdout: is(stdout, 'subprocess.PIPE') ? stdout : null,
        stderr: is(stderr, 'subprocess.PIPE') ? stderr : null,
        merged: is(stderr, 'subprocess.STDOUT'),
        stdin: is(stdin, 'subprocess.PIPE'),
    };
}
/** The pipes of `call` when a stream is PIPE through a local or on some runs only (pipe-choice.ts). */
export function chosenPipes(ctx, call) {
    const chosen = chosenStreams(ctx.model, call);
    return chosen && { pipes: { ...pipesOf(ctx, call), stdout: chosen.stdout, stderr: chosen.stderr }, choice: chosen.choice };
}
/**
 * The piped streams whose writer can outgrow the pipe. `life`: over the whole life of a program
 * a launcher starts with these pipes (`xdg-open`: commands.data.ts `livesOn`), for the shapes
 * that never read them while it runs.
 */
export function growingStreams(pipes, output, life = false) {
    const out = [];
    const lives = life ? output.livesOn : undefined;
    if (pipes.stdout && (output.stdout === 'unbounded' || (pipes.merged && output.stderr === 'unbounded') || lives?.stdout || (pipes.merged && lives?.stderr)))
        out.push('stdout');
    if (pipes.stderr && (output.stderr === 'unbounded' || lives?.stderr))
        out.push('stderr');
    return out;
}
/** The shapes that leave a pipe unread for the child's whole life: a trickle over hours fills it. */
export const NEVER_READ_SHAPES = new Set(['never-read', 'partial-then-left']);
export function isShell(call) {
    const shell = argument(call, 8, 'shell');
    return !!shell && !['False', '0', 'None'].includes(shell.text);
}
// Ex) self.server = Popen([...], stdout=PIPE, stderr=STDOUT): shape 5. The attribute is read
// nowhere in the module, or only to wait, poll or kill: nothing drains the pipe.
function attributeSite(ctx, call, growing) {
    const stored = attributeStore(ctx, call);
    if (!stored)
        return null;
    // Ex) self.proc = Popen(...); while self.proc.poll() is None: self._read_stdout(); self.proc.stderr.read()
    const [object, attr] = stored.holder.split('.');
    const ordered = object === 'self' && attr ? attributeOrder(ctx, call, attr, growing, stored.events) ?? attributeWaitFirst(ctx, call, attr, growing, stored.events) : null;
    if (ordered)
        return { verdict: ordered.verdict, holder: stored.holder, handle: 'attribute', events: ordered.events, withBlock: false, statement: stored.statement };
    return storedSite(stored, 'attribute', growing);
}
/**
 * A handle stored on `self.<attr>` in a method (`call` is the value stored: a Popen call, or
 * the `await` of asyncio's create_subprocess_*): what the module does with the attribute, and
 * what the subclasses other modules of the repository define do with it (a subclass method's
 * `await self.proc.wait()`). A wait or a read found in another module names where it is, and
 * offers no edit here. Subclasses that cannot all be seen add nothing.
 */
export function attributeStore(ctx, call) {
    // Ex) util.kill_app(self.server): a hand-off to a function that only ends the child reads nothing.
    const stored = storedOnAttribute(ctx.model, call, (ref, origin) => handoffEvent(ctx.model, ref, origin, 0, ctx.path));
    if (!stored)
        return null;
    const [object, attr] = stored.holder.split('.');
    let cls = call.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    const className = cls?.childForFieldName('name')?.text;
    const top = cls?.parent?.type === 'decorated_definition' ? cls.parent : cls;
    if (object !== 'self' || !attr || !className || top?.parent?.type !== 'module')
        return stored;
    const uses = subclassAttributeUses(ctx.path, className, attr) ?? [];
    if (uses.length === 0)
        return stored;
    const events = [...stored.events];
    for (const use of uses) {
        const at = `${use.where}() (${path.relative(path.dirname(ctx.path), use.file) || path.basename(use.file)}:${use.ref.startPosition.row + 1})`;
        const e = handleEvent(use.ref, call);
        if (e.kind === 'wait')
            events.push({ kind: 'wait', node: e.node, call: null, via: `the wait in ${at}` });
        else if (e.kind === 'drain')
            events.push({ ...e, via: at });
        else
            events.push(e);
    }
    return { ...stored, events };
}
// A hand-off or a close anywhere: someone else may read the pipes. Order across methods is not
// known, so only "never read" (or only waited) is judged - per stream: a stream read somewhere
// counts as drained, and a growing stream nothing reads still fills while the other is read.
// Ex) self.proc = Popen(cmd, stdout=PIPE, stderr=PIPE); for line in self.proc.stdout: ...  (stderr fills)
export function storedSite(stored, handle, growing) {
    const { events } = stored;
    if (events.some((e) => e.kind === 'escape' || e.kind === 'close'))
        return null;
    const read = new Set(events.flatMap((e) => (e.kind === 'drain' ? e.streams : e.kind === 'partial' ? [e.stream] : [])));
    const unread = growing.filter((st) => !read.has(st));
    // Ex) self.proc.terminate(); self.proc.wait(timeout=5): a wait after the child is ended in the
    // same function waits for its death, not for output nobody reads.
    const waits = events.filter((e) => e.kind === 'wait' && !endedBefore(events, e.node));
    const verdict = drainVerdict(waits.slice(0, 1), unread, false);
    if (!verdict)
        return null;
    return { verdict, holder: stored.holder, handle, events, withBlock: false, statement: stored.statement };
}
/** An `end` event (terminate, kill) earlier in the same function as `node`. */
function endedBefore(events, node) {
    const fn = enclosingFunction(node);
    return events.some((e) => e.kind === 'end' && e.node.tree === node.tree && e.node.startIndex < node.startIndex && enclosingFunction(e.node)?.id === fn?.id);
}
/**
 * The events of a handle bound to a name (`p = Popen(...)`), every read of the name in order,
 * and the paths through them (event-paths.ts): the first holds every event but those of
 * branches that leave the function. Null when the handle is not bound to a name.
 */
export function nameEvents(ctx, call, skipped = []) {
    // Asked of the same call by several of POP005's checks (the stage, the site, the poll loop,
    // the close, the return...): made once per call (and arms skipped), read by all of them.
    let byCall = eventsCache.get(ctx.model);
    if (!byCall)
        eventsCache.set(ctx.model, (byCall = new Map()));
    const key = skipped.length ? `${call.id}:${skipped.map((b) => b.id).join(',')}` : call.id;
    let hit = byCall.get(key);
    if (hit === undefined)
        byCall.set(key, (hit = eventsOfName(ctx, call, skipped)));
    return hit;
}
const eventsCache = new WeakMap();
function eventsOfName(ctx, call, skipped) {
    const handle = handleUses(ctx.model, call);
    if (!handle)
        return null;
    const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
    const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
    // Reads before the Popen are reached round a loop: they come after the others.
    const reached = binding ? reachedLoads(ctx.model, binding) : [];
    // Ex) if pipe: p = Popen(cmd, stdout=PIPE) ... if not pipe: p.wait() - never on one path.
    const refs = reached.filter((r) => !inExclusiveArm(ctx.model, call, r));
    const ordered = [...refs.filter((r) => r.startIndex > call.startIndex), ...refs.filter((r) => r.startIndex < call.startIndex)];
    // Ex) if on_progress: <read loop> - an arm this caller is known to skip (wrapper-flags.ts).
    const runs = (ref) => !skipped.some((b) => b.tree === ref.tree && ref.startIndex >= b.startIndex && ref.endIndex <= b.endIndex);
    const all = ordered.filter(runs).flatMap((ref) => loopAlias(ctx, ref)?.map((r) => handoffEvent(ctx.model, r, call, 0, ctx.path)) ?? [handoffEvent(ctx.model, ref, call, 0, ctx.path)]).map((e) => readerElsewhere(e, call)).map((e) => waitElsewhere(ctx, e, call));
    const elsewhere = binding ? readsInEarlierFunctions(ctx, binding, call, reached) : [];
    return { all: [...elsewhere, ...all], paths: eventPaths([...elsewhere, ...all], call, (block) => armCertain(ctx.model, call, block)) };
}
/**
 * Ex) def read_stderr(): for line in process.stderr: ...
 *     def read_stdout(): for line in process.stdout: ...
 *     Thread(target=read_stderr).start(); Thread(target=read_stdout).start(); process.wait()
 * A read to the end in a nested function (or a lambda) runs where that function is called: a
 * reader thread, a callback. It drains its pipe, but the parent does not sit in it while the
 * other pipe fills: the read of stderr is no wait for stdout (which a second reader may drain).
 */
function readerElsewhere(e, call) {
    if (e.kind !== 'drain' || !e.toEof || e.via)
        return e;
    const own = nearestScope(call);
    const at = nearestScope(e.node);
    return at !== null && at.id !== own?.id && (own === null || (at.startIndex >= own.startIndex && at.endIndex <= own.endIndex)) ? { kind: 'drain', streams: e.streams, node: e.node } : e;
}
/**
 * Ex) def sampler():
 *         while process.poll() is None: peak = max(peak, rss(process.pid)); time.sleep(0.02)
 *     threading.Thread(target=sampler).start(); output = process.communicate()[0]
 * A wait in a nested function that the code never calls by name, only hands on (a thread's
 * target, a callback), runs beside the parent, not before its read: the parent goes on to read
 * while it waits. It is no wait of the parent's path (audit 27: maltrail's bench sampler).
 */
function waitElsewhere(ctx, e, call) {
    if (e.kind !== 'wait')
        return e;
    const at = nearestScope(e.node);
    const own = nearestScope(call);
    if (at?.type !== 'function_definition' || at.id === own?.id)
        return e;
    if (own !== null && (at.startIndex < own.startIndex || at.endIndex > own.endIndex))
        return e;
    const name = at.childForFieldName('name');
    if (!name)
        return e;
    const uses = ctx.model.occurrences(name.text).filter((id) => id.id !== name.id);
    const called = uses.some((id) => {
        const parent = id.parent;
        return parent?.type === 'call' && parent.childForFieldName('function')?.id === id.id;
    });
    return uses.length > 0 && !called ? { kind: 'neutral', node: e.node } : e;
}
function nearestScope(node) {
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition' || n.type === 'lambda')
            return n;
    return null;
}
/**
 * Ex) cat_file = None
 *     def lookup(blob): cat_file.stdin.write(blob + b'\n'); size = ...cat_file.stdout.readline()...; return cat_file.stdout.read(size + 1)
 *     cat_file = Popen(['git', 'cat-file', '--batch'], stdin=PIPE, stdout=PIPE)
 *     run_filter(lookup); cat_file.stdin.close(); cat_file.wait()
 * A module-level handle that a function defined earlier in the module reads through the global
 * name (a request/response child read per request, a callback): that function runs whenever it
 * is called, while the child runs, not where it is written. Its reads count as a reader of the
 * pipes (as a reader thread would), before the module's own events; its other uses (a wait, a
 * kill) keep their place where source order already puts them.
 */
function readsInEarlierFunctions(ctx, binding, call, reached) {
    if (binding.scope.kind !== 'module' || enclosingFunction(call))
        return [];
    const seen = new Set(reached.map((r) => r.id));
    const out = [];
    for (const ref of ctx.model.references(binding)) {
        if (seen.has(ref.id) || ref.startIndex > call.startIndex)
            continue;
        const fn = enclosingFunction(ref);
        if (!fn)
            continue;
        const e = handleEvent(ref, call);
        if (e.kind === 'drain')
            out.push({ kind: 'drain', streams: e.streams, node: e.node });
        else if (e.kind === 'partial')
            out.push({ kind: 'drain', streams: [e.stream], node: e.node });
    }
    return out;
}
/**
 * Ex) for p, name in ((proc, 'all'), (other, 'odid')): p.terminate(); out = p.communicate()[0]
 * A handle written in the literal a `for` walks (a tuple or list of them, or of tuples unpacked
 * by the loop): the loop variable it lands in is the handle inside the loop body. The reads of
 * that variable there, or null when the handle is not so placed.
 */
function loopAlias(ctx, ref) {
    const e = outerExpression(ref);
    const LITERAL = new Set(['tuple', 'list']);
    if (!e.parent || !LITERAL.has(e.parent.type))
        return null;
    const index = e.parent.namedChildren.findIndex((c) => c.id === e.id);
    let outer = outerExpression(e.parent);
    let target = (left) => left;
    if (outer.parent && LITERAL.has(outer.parent.type)) {
        // Ex) for p, name in ((proc, 'a'), ...): the position of the handle in each inner tuple.
        target = (left) => (left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren[index] ?? null : null);
        outer = outerExpression(outer.parent);
    }
    else if (index < 0)
        return null;
    const loop = outer.parent;
    if (loop?.type !== 'for_statement' || loop.childForFieldName('right')?.id !== outer.id)
        return null;
    const variable = target(loop.childForFieldName('left'));
    const body = loop.childForFieldName('body');
    if (variable?.type !== 'identifier' || !body)
        return null;
    const out = [];
    for (const id of ctx.model.occurrences(variable.text)) {
        if (id.startIndex < body.startIndex || id.endIndex > body.endIndex)
            continue;
        if (ctx.model.isBinding(id))
            return null;
        if (id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id)
            continue;
        out.push(id);
    }
    return out;
}
/**
 * What the code does with the pipes of `call`, judged: null when nothing undrained can fill.
 * `skipped`: arms of the function a caller of a wrapper is known not to run (wrapper-flags.ts).
 */
export function siteOf(ctx, call, growing, skipped = [], choice = null) {
    const expr = outerExpression(call);
    const parent = expr.parent;
    if (parent?.type === 'expression_statement') {
        // Ex) subprocess.Popen(cmd, stdout=PIPE)
        const verdict = drainVerdict([], growing, false);
        return verdict && { verdict, holder: null, handle: 'dropped', events: [], withBlock: false, statement: parent };
    }
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === expr.id) {
        // Ex) Popen(cmd, stdout=PIPE).wait() / .communicate() / .stdout.read()
        const event = handleEvent(call, call);
        const verdict = drainVerdict([event], growing, false);
        return verdict && { verdict, holder: null, handle: 'chained', events: [event], withBlock: false, statement: null };
    }
    // Ex) return Connected(process=Popen(argv, stdout=PIPE)): handed straight to a function or a
    // class of the module, judged by what it does with it (handoff.ts); anything else is an escape.
    if (parent?.type === 'argument_list' || (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === expr.id)) {
        const event = handoffEvent(ctx.model, call, call, 0, ctx.path);
        if (event.kind !== 'escape') {
            const verdict = drainVerdict([event], growing, false);
            return verdict && { verdict, holder: null, handle: 'chained', events: [event], withBlock: false, statement: null };
        }
    }
    const handle = handleUses(ctx.model, call);
    // Ex) p = Popen(...); procs.append(p): the name only stores the handle (stored.ts).
    const appended = handle && handle.uses.length === 1 ? containerSite(ctx, call, growing) : null;
    if (appended)
        return appended;
    if (handle) {
        const withBlock = handle.statement.type === 'with_statement';
        const named = nameEvents(ctx, call, skipped);
        // Ex) if capture: out = p.communicate() else: p.wait() - with a pipe chosen by `capture`, the
        // wait runs only on the runs with no pipe (pipe-choice.ts).
        // A use the piped runs never reach (they left the function above it, through a branch that
        // is a path of its own) makes the may-order of the rest no path of theirs.
        const unpiped = (e) => (choice ? unpipedAt(ctx.model, choice, e.node) : null);
        const all = named.all.filter((e) => !unpiped(e));
        const [first, ...others] = named.paths.map((p) => p.filter((e) => !unpiped(e)));
        const main = choice && named.paths[0].some((e) => unpiped(e) === 'left') ? null : first;
        // The first path holds every event but those of branches that leave the function; the
        // others (exclusive arms, such branches) count only where they block.
        let events = main ?? [];
        let verdict = main ? drainVerdict(main, growing, withBlock) : null;
        let readOnlyWhen;
        for (const path of verdict ? [] : others) {
            const v = drainVerdict(path, growing, false);
            if (v?.at) {
                verdict = v;
                events = path;
                readOnlyWhen = main ? skippedCondition(main, path) : undefined;
                break;
            }
        }
        if (!verdict)
            return null;
        // What every path does counts for the fix: a pipe read anywhere, or a handle handed on
        // anywhere (`if not wait: return p`), is not "never read" (no devnull).
        const read = new Set(all.flatMap((e) => (e.kind === 'drain' ? e.streams : e.kind === 'partial' ? [e.stream] : e.kind === 'wait' ? e.reads ?? [] : [])));
        verdict.neverRead = all.some((e) => e.kind === 'escape') ? [] : verdict.neverRead.filter((st) => !read.has(st));
        return { verdict, holder: handle.name.text, handle: 'name', events, withBlock, statement: handle.statement, ...(readOnlyWhen ? { readOnlyWhen } : {}) };
    }
    // A pipe chosen by a condition is paired with the tests of one function: not judged on an attribute.
    if (choice)
        return null;
    return attributeSite(ctx, call, growing) ?? containerSite(ctx, call, growing);
}
// Ex) jobs['a'] = Popen([...], stdout=PIPE); procs.append(Popen(...)): shape 5 for containers.
// Nothing in the module reads a pipe through the container - it is only filled, sized, waited
// on or killed: nothing drains the pipe.
function containerSite(ctx, call, growing) {
    const stored = storedInContainer(ctx.model, call);
    return stored && storedSite(stored, 'container', growing);
}
