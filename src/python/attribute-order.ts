import { inLoopAfter } from './analysis.js';
import type { PythonContext } from './context.js';
import { handleEvent, type HandleEvent, type Stream } from './drain.js';
import { drainVerdict, type Verdict } from './drain-verdict.js';
import { handoffEvent } from './handoff.js';
import type { SyntaxNode } from './parse.js';
import { outerExpression } from './semantic.js';

/**
 * The order in which the method that stores a Popen on `self.<attr>` touches its pipes, the
 * methods of the class it calls on `self` followed one level (their reads of `self.<attr>` take
 * the place of the call). Across methods the order is not known (stored.ts judges only "never
 * read" there); inside the method that starts the child it is:
 *
 *   self.proc = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *   while self.proc.poll() is None:
 *       self._read_stdout()            # for line in iter(self.proc.stdout.readline, ''): ...
 *   err = self.proc.stderr.read()      # only once stdout has reached EOF
 *
 * stdout is read to its end before stderr is read: EOF on stdout comes only when the child
 * exits, and a child that writes 64 KiB to stderr first blocks there for good.
 */

function enclosing(node: SyntaxNode, type: string): SyntaxNode | null {
  for (let n = node.parent; n; n = n.parent) if (n.type === type) return n;
  return null;
}

// Ex) self.proc.stdout / self.proc.poll(): the attribute nodes `self.<attr>` inside `within`.
function attributeRefs(ctx: PythonContext, attr: string, within: SyntaxNode, skip: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const id of ctx.model.occurrences(attr)) {
    const ref = id.parent;
    if (ref?.type !== 'attribute' || ref.childForFieldName('attribute')?.id !== id.id || ref.childForFieldName('object')?.text !== 'self') continue;
    if (ref.startIndex < within.startIndex || ref.endIndex > within.endIndex || ref.id === skip.id) continue;
    const up = outerExpression(ref).parent;
    if (up?.type === 'assignment' && up.childForFieldName('left')?.id === outerExpression(ref).id) continue;
    out.push(ref);
  }
  return out;
}

// The methods of the class by name (one definition each).
function methodsOf(cls: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const seen = new Set<string>();
  for (const c of cls.childForFieldName('body')?.namedChildren ?? []) {
    const d = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    const name = d?.type === 'function_definition' ? d.childForFieldName('name')?.text : undefined;
    if (!name) continue;
    if (seen.has(name)) out.delete(name);
    else out.set(name, d!);
    seen.add(name);
  }
  return out;
}

// The `self.m(...)` calls in `fn` after `after`, where m is a method of the class.
function selfCalls(fn: SyntaxNode, after: number, methods: Map<string, SyntaxNode>): { call: SyntaxNode; method: SyntaxNode }[] {
  const out: { call: SyntaxNode; method: SyntaxNode }[] = [];
  const stack: SyntaxNode[] = [fn.childForFieldName('body')!];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') continue;
    if (n.type === 'call' && n.startIndex > after) {
      const f = n.childForFieldName('function');
      const method = f?.type === 'attribute' && f.childForFieldName('object')?.text === 'self' ? methods.get(f.childForFieldName('attribute')?.text ?? '') : undefined;
      if (method && method.id !== fn.id) out.push({ call: n, method });
    }
    for (const c of n.namedChildren) stack.push(c);
  }
  return out;
}

/**
 * The verdict of that order, when it shows one pipe read to its end (a read loop included)
 * while the other, also piped and growing, is read only later or never: null otherwise (the
 * module-wide judgement of stored.ts stands).
 */
export function attributeOrder(ctx: PythonContext, call: SyntaxNode, attr: string, growing: Stream[], everywhere: HandleEvent[]): { verdict: Verdict; events: HandleEvent[] } | null {
  if (growing.length < 2) return null;
  const fn = enclosing(call, 'function_definition');
  const cls = fn && enclosing(fn, 'class_definition');
  if (!fn || !cls) return null;
  const methods = methodsOf(cls);
  const store = outerExpression(call).parent?.childForFieldName('left');
  if (!store) return null;
  type Item = { at: number; events: HandleEvent[] };
  const items: Item[] = [];
  const reads = new Set<number>();
  for (const { call: site, method } of selfCalls(fn, call.endIndex, methods)) {
    // A read inside the method counts where the method is called: a readline called round a loop reads to the end.
    const events = attributeRefs(ctx, attr, method, store).map((ref) => {
      const e = handleEvent(ref, call);
      if (e.kind === 'partial' && inLoopAfter(site, call)) return { kind: 'drain', streams: [e.stream], node: site, toEof: true } as HandleEvent;
      return { ...e, node: site } as HandleEvent;
    });
    if (events.some((e) => e.kind === 'drain' || e.kind === 'partial')) reads.add(site.id);
    items.push({ at: site.startIndex, events });
  }
  for (const ref of attributeRefs(ctx, attr, fn, store)) {
    if (ref.startIndex < call.endIndex) continue;
    let e = handoffEvent(ctx.model, ref, call, 0, ctx.path);
    // Ex) while self.proc.poll() is None: self._read()  - a loop that reads through a method is no wait.
    if (e.kind === 'wait' && e.call === null) {
      const loop = enclosing(ref, 'while_statement');
      const body = loop?.childForFieldName('body');
      if (body && [...reads].length && items.some((it) => it.at >= body.startIndex && it.at < body.endIndex && it.events.some((x) => x.kind === 'drain' || x.kind === 'partial'))) e = { kind: 'neutral', node: e.node };
    }
    items.push({ at: ref.startIndex, events: [e] });
  }
  if (!items.some((it) => it.events.some((e) => e.kind === 'drain' && e.toEof))) return null;
  items.sort((a, b) => a.at - b.at);
  const events = items.flatMap((it) => it.events);
  const verdict = drainVerdict(events, growing, false);
  if (verdict?.shape !== 'other-pipe-fills' || !verdict.at || events.some((e) => e.kind === 'escape')) return null;
  // A read of the filling pipe elsewhere (a reader thread's method, a subclass) may run meanwhile: the order is not known.
  const followed = [fn, ...selfCalls(fn, call.endIndex, methods).map((c) => c.method)];
  const inside = (n: SyntaxNode) => followed.some((f) => n.startIndex >= f.startIndex && n.endIndex <= f.endIndex);
  const elsewhere = everywhere.filter((e) => e.kind === 'escape' || e.kind === 'close' || ((e.kind === 'drain' || e.kind === 'partial') && (!!(e.kind === 'drain' && e.via) || !inside(e.node))));
  if (elsewhere.some((e) => e.kind === 'escape' || e.kind === 'close' || (e.kind === 'drain' ? e.streams : e.kind === 'partial' ? [e.stream] : []).some((st) => verdict.full.includes(st)))) return null;
  return { verdict, events };
}

/**
 * Ex) def _run_command(self, cmd):
 *         self._process = Popen(cmd, stdout=PIPE)
 *         while True:
 *             ret = self._process.poll()
 *             if ret is not None:
 *                 out = self._process.communicate()[0]   # only once the child has exited
 *                 ...
 *             time.sleep(0.1)
 * The method that stores the Popen on `self.<attr>` waits for it (a `wait()`, a poll loop, a
 * poll tested in a loop that reads only once the child has exited) before any read of the
 * pipes: the order inside that method is known, as for a local name. Null when anything
 * outside the method reads, closes or hands on the attribute (a reader thread's method, a
 * method it calls): that read may run meanwhile; and when another method ends the child.
 */
export function attributeWaitFirst(ctx: PythonContext, call: SyntaxNode, attr: string, growing: Stream[], everywhere: HandleEvent[]): { verdict: Verdict; events: HandleEvent[] } | null {
  const fn = enclosing(call, 'function_definition');
  const store = outerExpression(call).parent?.childForFieldName('left');
  if (!fn || !store) return null;
  const inside = (n: SyntaxNode) => n.tree === fn.tree && n.startIndex >= fn.startIndex && n.endIndex <= fn.endIndex;
  if (everywhere.some((e) => !inside(e.node) && e.kind !== 'wait' && e.kind !== 'end' && e.kind !== 'neutral')) return null;
  // Ex) stop(): self.proc.terminate() - a child another method ends lives on after this one:
  // what it writes over its life is judged as such (ended-unread.ts), not as this wait.
  if (everywhere.some((e) => e.kind === 'end' && !inside(e.node))) return null;
  const events = attributeRefs(ctx, attr, fn, store).filter((ref) => ref.startIndex > call.endIndex).map((ref) => handoffEvent(ctx.model, ref, call, 0, ctx.path));
  const verdict = drainVerdict(events, growing, false);
  if (verdict?.shape !== 'wait-before-drain' || !verdict.at || events.some((e) => e.kind === 'escape')) return null;
  // The wait is the method's own (not one found through a hand-off), and a read follows it.
  const wait = events.find((e) => e.node.id === verdict.at!.id);
  if (wait?.kind !== 'wait' || wait.via || !verdict.laterDrain) return null;
  return { verdict, events };
}
