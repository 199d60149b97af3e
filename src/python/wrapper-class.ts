import { argument } from './analysis.js';
import { handleEvent, type HandleEvent, pollEvent, type Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { startedTarget } from './started-targets.js';

const POPEN: ReadonlySet<string> = new Set(['subprocess.Popen']);
import { mayQualifyAs, outerExpression, type PythonModel, unparenthesize } from './semantic.js';

/**
 * Class wrappers (shape 6 of issue 12): a class whose `__init__` starts the process and keeps
 * the handle on `self`, and whose methods wait and read it:
 *
 *     class Job:
 *         def __init__(self, cmd):  self.p = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *         def output(self):         self.p.wait(); return self.p.communicate()
 *         def __del__(self):        self.p.kill()
 *
 * A caller's `Job(['tshark', ...]).output()` is the wait-before-read of the Popen, with the
 * caller's command; a dropped `Job(cmd)` is collected at once and `__del__` ends the child. The
 * summary says what each method does to the handle, in order (other methods it calls inlined).
 */

/** What calling a method does to the handle, in order; `method` names the one that does it. */
export type Effect = (
  | { kind: 'drain'; streams: Stream[]; toEof: boolean }
  | { kind: 'partial'; stream: Stream }
  | { kind: 'close'; stream: Stream }
  | { kind: 'wait' }
  | { kind: 'end' }
  | { kind: 'escape' }
) & { method: string; /** Where, in the class's module. */ node: SyntaxNode };

export interface ClassWrapper {
  className: string;
  methods: Map<string, Effect[]>;
  /** `__del__` ends the child (kill, terminate, or a method that does). */
  endsOnDrop: boolean;
  /**
   * `__init__` parameters a caller can pass to change where the output goes (`stdout=`,
   * `devnull=True`): a caller that passes one is not judged. Name and position (self excluded).
   */
  switches: { name: string; position: number; flag: boolean }[];
  /** Methods that return the handle's `poll()` (`def poll(self): return self.p.poll()`). */
  polls: Set<string>;
  /** `__init__` splits a string command into words (`cmd = cmd.split(' ')`, `shlex.split(cmd)`). */
  splits: boolean;
}

export interface ClassPipes {
  stdout: boolean;
  stderr: boolean;
  merged: boolean;
  shell: boolean;
  cmd: SyntaxNode;
  call: SyntaxNode;
}

function paramList(def: SyntaxNode): { name: string; node: SyntaxNode; value: SyntaxNode | null }[] {
  return (def.childForFieldName('parameters')?.namedChildren ?? []).map((p) => ({
    name: p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text ?? '',
    node: p,
    value: p.childForFieldName('value'),
  }));
}

const FALSY = new Set(['False', 'None', '0', "''", '""']);

/**
 * Where one `stdout=`/`stderr=` argument of the Popen in `__init__` goes when the caller passes
 * nothing but the command: PIPE, STDOUT, or something else (null). A name bound in `__init__`
 * is followed to its bindings on the default path - a binding under `if flag:` where the
 * parameter `flag` defaults to a false value is taken only when a caller sets it - and a
 * parameter to its default; every parameter met on the way is a switch.
 */
function streamTarget(model: PythonModel, def: SyntaxNode, expr: SyntaxNode | null, switches: Map<string, boolean>, depth = 0): 'PIPE' | 'STDOUT' | null {
  if (!expr || depth > 4) return null;
  const e = unparenthesize(expr);
  const q = model.qualifiedName(e);
  if (q === 'subprocess.PIPE') return 'PIPE';
  if (q === 'subprocess.STDOUT') return 'STDOUT';
  if (e.type !== 'identifier') return null;
  const params = paramList(def);
  const found = model.lookup(e.text, model.scopeOf(e));
  if (!found || found.scope.node.id !== def.id) return null;
  const param = params.find((p) => p.name === e.text);
  if (param) switches.set(param.name, false);
  const targets = new Set<'PIPE' | 'STDOUT' | null>();
  for (const b of found.bindings) {
    if (b.kind === 'param') {
      targets.add(param?.value ? streamTarget(model, def, param.value, switches, depth + 1) : null);
      continue;
    }
    if (b.kind !== 'assign' || !b.value) return null;
    // Ex) if devnull: sout = devnull()  else: sout = stdout
    const guard = guardOf(b.node, def, params);
    if (guard) {
      switches.set(guard.param, true);
      if (!guard.defaultArm) continue;
    }
    targets.add(streamTarget(model, def, b.value, switches, depth + 1));
  }
  return targets.size === 1 ? [...targets][0]! : null;
}

// The `if <param>:` around a binding, and whether the binding sits on the arm the parameter's
// default (a false value) takes.
function guardOf(node: SyntaxNode, def: SyntaxNode, params: { name: string; value: SyntaxNode | null }[]): { param: string; defaultArm: boolean } | null {
  for (let n: SyntaxNode | null = node; n && n.id !== def.id; n = n.parent) {
    const p = n.parent;
    if (p?.type !== 'if_statement') continue;
    const cond = p.childForFieldName('condition');
    const param = cond && unparenthesize(cond).type === 'identifier' ? params.find((x) => x.name === unparenthesize(cond).text) : undefined;
    if (!param || !param.value || !FALSY.has(param.value.text)) return null;
    return { param: param.name, defaultArm: n.id !== p.childForFieldName('consequence')?.id };
  }
  return null;
}

/** The class's methods (decorated ones included), by name. */
function methodsOf(cls: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const c of cls.childForFieldName('body')?.namedChildren ?? []) {
    const def = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    const name = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : null;
    if (def && name) out.set(name, def);
  }
  return out;
}

/**
 * The summary of `cls` when its `__init__` does `self.<attr> = Popen(<param>, ...)` with a piped
 * stream, or null.
 */
export function classWrapper(model: PythonModel, cls: SyntaxNode): { summary: ClassWrapper; pipes: ClassPipes; param: number; paramName: string } | null {
  const className = cls.childForFieldName('name')?.text;
  const methods = methodsOf(cls);
  const init = methods.get('__init__');
  if (!className || !init) return null;
  const params = paramList(init);
  const self = params[0]?.name;
  if (!self) return null;
  for (const assign of init.descendantsOfType('assignment')) {
    const left = assign.childForFieldName('left');
    const right = assign.childForFieldName('right');
    const value = right ? unparenthesize(right) : null;
    if (left?.type !== 'attribute' || left.childForFieldName('object')?.text !== self || value?.type !== 'call') continue;
    const callee = value.childForFieldName('function');
    if (!callee || !mayQualifyAs(callee, POPEN) || model.qualifiedName(callee) !== 'subprocess.Popen') continue;
    const cmd = argument(value, 0, 'args');
    const cmdName = cmd && unparenthesize(cmd).type === 'identifier' ? unparenthesize(cmd).text : null;
    const param = cmdName ? params.findIndex((p) => p.name === cmdName) : -1;
    if (param < 1) continue;
    // Parameter -> it is a flag (`if devnull:`), not the stream itself (`stdout=stdout`).
    const switches = new Map<string, boolean>();
    const out = streamTarget(model, init, argument(value, 4, 'stdout'), switches);
    const err = streamTarget(model, init, argument(value, 5, 'stderr'), switches);
    const attr = left.childForFieldName('attribute')!.text;
    // Ex) threading.Thread(target=self._read_incoming).start() (pexpect's PopenSpawn): drained.
    const read = readerThreadStreams(init, methods, self, attr);
    const piped = (target: typeof out, stream: Stream) => target === 'PIPE' && !read.has(stream);
    if (!piped(out, 'stdout') && !piped(err, 'stderr')) continue;
    const shellArg = argument(value, 8, 'shell');
    const effects = new Map<string, Effect[]>();
    for (const name of methods.keys()) {
      if (name === '__init__') continue;
      // Ex) def interrupt(self): os.kill(...); while self.p.poll() is None: ...; self.p.terminate()
      // A method that ends the child ends it: the wait around the signal waits for its death.
      const list = methodEffects(model, methods, name, attr, new Set());
      effects.set(name, list.some((e) => e.kind === 'end') ? [{ kind: 'end', method: name, node: methods.get(name)! }] : list);
    }
    const del = effects.get('__del__') ?? [];
    // Ex) if type(command) is str: command = command.split(' ')
    const splits = (model.lookup(cmdName!, model.scopeOf(cmd!))?.bindings ?? []).some((b) => b.kind === 'assign' && !!b.value && /^(?:shlex\.split\s*\(\s*\w+|\w+\.split\s*\()/.test(unparenthesize(b.value).text));
    return {
      summary: {
        className,
        methods: effects,
        endsOnDrop: del.some((e) => e.kind === 'end'),
        splits,
        polls: new Set([...methods].filter(([name, def]) => name !== '__init__' && (effects.get(name) ?? []).length === 0 && new RegExp(`\\breturn\\s+self\\.${attr}\\.poll\\(\\)`).test(def.text)).map(([name]) => name)),
        switches: [...switches].map(([name, flag]) => ({ name, position: params.findIndex((p) => p.name === name) - 1, flag })),
      },
      pipes: { stdout: piped(out, 'stdout'), stderr: piped(err, 'stderr'), merged: err === 'STDOUT' && !read.has('stdout'), shell: !!shellArg && shellArg.text === 'True', cmd: cmd!, call: value },
      param: param - 1,
      paramName: cmdName!,
    };
  }
  return null;
}

/**
 * Ex) self._read_thread = threading.Thread(target=self._read_incoming); self._read_thread.start()
 *     def _read_incoming(self): fd = self.proc.stdout.fileno(); while 1: buf = os.read(fd, 1024) ...
 * pexpect's PopenSpawn: `__init__` starts a thread on a method of the class that reads a stream of
 * the handle (os.read on its fd, a read loop): that stream is drained for the child's life, by the
 * thread, whatever the object's callers do (with stderr=STDOUT, both). The streams so read.
 */
function readerThreadStreams(init: SyntaxNode, methods: Map<string, SyntaxNode>, self: string, attr: string): Set<Stream> {
  const out = new Set<Stream>();
  for (const ref of init.descendantsOfType('attribute')) {
    if (ref.childForFieldName('object')?.text !== self) continue;
    const target = methods.get(ref.childForFieldName('attribute')?.text ?? '');
    const body = target?.childForFieldName('body');
    const started = body && startedTarget(ref);
    if (!body || !started) continue;
    // A Thread or Process object must be started in __init__ too (`t.start()`, `Thread(...).start()`).
    if (/(?:Thread|Process)$/.test(started.call.childForFieldName('function')?.text ?? '') && !/\.start\s*\(\s*\)/.test(init.text)) continue;
    const me = paramList(target!)[0]?.name;
    for (const node of body.descendantsOfType('attribute')) {
      const handle = node.childForFieldName('object');
      const stream = node.childForFieldName('attribute')?.text;
      if (handle?.type === 'attribute' && handle.childForFieldName('object')?.text === me && handle.childForFieldName('attribute')?.text === attr && (stream === 'stdout' || stream === 'stderr')) out.add(stream);
    }
  }
  return out;
}

// What one method does to `self.<attr>`, in source order, with `self.<other>()` inlined.
function methodEffects(model: PythonModel, methods: Map<string, SyntaxNode>, name: string, attr: string, visiting: Set<string>): Effect[] {
  const def = methods.get(name);
  const body = def?.childForFieldName('body');
  const self = def ? paramList(def)[0]?.name : undefined;
  if (!def || !body || !self || visiting.has(name)) return [];
  visiting.add(name);
  const found: { at: number; effects: Effect[] }[] = [];
  for (const node of body.descendantsOfType('attribute')) {
    if (node.childForFieldName('object')?.text !== self) continue;
    const member = node.childForFieldName('attribute')?.text ?? '';
    if (member === attr) {
      // Ex) self.p = None: a new value, not a use.
      const up = outerExpression(node).parent;
      if (up?.type === 'assignment' && up.childForFieldName('left')?.id === outerExpression(node).id) continue;
      const ev = handleEvent(node, body);
      const effect = toEffect(ev, name);
      if (effect) found.push({ at: node.startIndex, effects: [effect] });
    } else if (methods.has(member) && outerExpression(node).parent?.type === 'call') {
      found.push({ at: node.startIndex, effects: methodEffects(model, methods, member, attr, visiting) });
    }
  }
  visiting.delete(name);
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.effects);
}

function toEffect(ev: HandleEvent, method: string): Effect | null {
  const node = ev.node;
  switch (ev.kind) {
    case 'drain': return { kind: 'drain', streams: ev.streams, toEof: !!ev.toEof, method, node };
    case 'partial': return { kind: 'partial', stream: ev.stream, method, node };
    case 'close': return { kind: 'close', stream: ev.stream, method, node };
    case 'wait': return { kind: 'wait', method, node };
    case 'end': return { kind: 'end', method, node };
    case 'escape': return { kind: 'escape', method, node };
    default: return null;
  }
}

/**
 * Waits inside the class that come before a read in the same method (`get_output(): wait(),
 * then communicate()`): the wrapper's own order is wrong, whatever its callers do after.
 */
export function waitsBeforeRead(summary: ClassWrapper): Effect[] {
  const out = new Map<number, Effect>();
  for (const effects of summary.methods.values()) {
    const first = effects.findIndex((e) => e.kind === 'wait');
    if (first >= 0 && effects.slice(0, first).every((e) => e.kind !== 'drain' && e.kind !== 'escape' && e.kind !== 'end') && effects.slice(first + 1).some((e) => e.kind === 'drain')) out.set(effects[first]!.node.id, effects[first]!);
  }
  return [...out.values()];
}

/** The caller passes an argument that changes where the output goes: not judged. */
export function switchesPassed(call: SyntaxNode, summary: ClassWrapper): boolean {
  for (const { name, position, flag } of summary.switches) {
    // Ex) Job(cmd, devnull=False) keeps the default arm; Job(cmd, stdout=None) changes the stream.
    const arg = argument(call, position, name);
    if (arg && !(flag && FALSY.has(unparenthesize(arg).text))) return true;
  }
  return (call.childForFieldName('arguments')?.namedChildren ?? []).some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat');
}

/** A caller's use of the object, as handle events placed at the caller's node. */
export function effectEvents(effects: Effect[], node: SyntaxNode): HandleEvent[] {
  return effects.map((e): HandleEvent => {
    switch (e.kind) {
      case 'drain': return { kind: 'drain', streams: e.streams, node, toEof: e.toEof };
      case 'partial': return { kind: 'partial', stream: e.stream, node };
      case 'close': return { kind: 'close', stream: e.stream, node };
      case 'wait': return { kind: 'wait', node, call: null };
      case 'end': return { kind: 'end', node };
      case 'escape': return { kind: 'escape', node };
    }
  });
}

export interface ClassSite {
  handle: 'dropped' | 'chained' | 'name';
  events: HandleEvent[];
  /** The method effects behind each caller node (for the message: which method waits). */
  behind: Map<number, Effect[]>;
}

/**
 * What a caller does with the object `Job(cmd)` makes, as handle events: a method call is
 * the method's effects; `j.p.wait()` on the raw handle is read as usual; other attributes are
 * data; the object handed on is an escape.
 */
export function classSite(model: PythonModel, call: SyntaxNode, summary: ClassWrapper, refsOf: (call: SyntaxNode) => SyntaxNode[] | null, handleAttr: (member: string) => boolean): ClassSite | null {
  const behind = new Map<number, Effect[]>();
  const use = (ref: SyntaxNode): HandleEvent[] => {
    const e = outerExpression(ref);
    const parent = e.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === e.id) {
      const member = parent.childForFieldName('attribute')?.text ?? '';
      const invoked = outerExpression(parent).parent;
      // Ex) while job.poll() is None: sleep(1) - the handle's poll() through the wrapper.
      if (summary.polls.has(member) && invoked?.type === 'call') {
        const ev = pollEvent(invoked, call);
        return ev.kind === 'neutral' ? [] : [ev];
      }
      if (summary.methods.has(member) && invoked?.type === 'call') {
        const effects = summary.methods.get(member)!;
        behind.set(invoked.id, effects);
        return effectEvents(effects, invoked);
      }
      if (handleAttr(member)) return [handleEvent(parent, call)];
      return [];
    }
    const ev = handleEvent(ref, call);
    return ev.kind === 'neutral' ? [] : [ev];
  };
  const expr = outerExpression(call);
  if (expr.parent?.type === 'expression_statement') return { handle: 'dropped', events: [], behind };
  if (expr.parent?.type === 'attribute') return { handle: 'chained', events: use(call), behind };
  const refs = refsOf(call);
  if (!refs) return null;
  return { handle: 'name', events: refs.flatMap(use), behind };
}
