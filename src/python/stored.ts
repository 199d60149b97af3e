import type { SyntaxNode } from './parse.js';
import type { PythonModel } from './semantic.js';
import { outerExpression } from './semantic.js';
import { handleEvent, type HandleEvent } from './drain.js';
import { handleUses } from './analysis.js';
import { inOtherFlagArm } from './exclusive-arms.js';

/**
 * Shape 5: a handle stored on an attribute (`self.server = Popen(...)`) or in a container is not
 * an escape when nothing in the module reads it there.
 *
 * Containers: a handle stored in a list, dict, set or tuple (`jobs[k] = Popen(...)`,
 * `procs.append(Popen(...))`, `procs = [Popen(...) for c in cmds]`) is an escape only when
 * something in the module reads a pipe through the container. The container is followed by
 * its spelling across the module - a bare name (`jobs`) or an attribute (`self.jobs`) - and
 * every use of it is judged: storing, sizing and testing read nothing; an element taken out
 * (`jobs[k]`, `procs.pop()`, `for p in procs`, `for k, p in jobs.items()`) is judged as the
 * handle itself; anything else (returned, passed on, aliased) hands the container on.
 * A handle bound to a name whose only use is storing it (`p = Popen(...); procs.append(p)`) is
 * stored as if written in place: the name reads nothing and hands the handle to nobody else.
 */
export interface Stored {
  /** The container as written: `jobs`, `self.procs`. */
  holder: string;
  /** What every use of the container does to the handles in it, in source order. */
  events: HandleEvent[];
  /** The statement that stores the handle. */
  statement: SyntaxNode | null;
}

/** What one read of an element (`jobs[k]`, the loop variable) does: a subprocess.Popen's events by default. */
export type ElementEvent = (ref: SyntaxNode, origin: SyntaxNode) => HandleEvent;

const STREAM_ATTRIBUTES = new Set(['stdout', 'stderr']);
const STORE_METHODS = new Set(['append', 'appendleft', 'add', 'insert']);
/** Methods of a container that neither read an element nor hand one on. */
const NEUTRAL_METHODS = new Set(['append', 'appendleft', 'add', 'insert', 'clear', 'keys']);
const TAKE_METHODS = new Set(['pop', 'popleft', 'get', 'popitem']);
const LITERALS = new Set(['list', 'set', 'tuple', 'list_comprehension', 'set_comprehension']);
const DICTS = new Set(['dictionary', 'dictionary_comprehension']);

/**
 * Ex) p = Popen(...); procs.append(p): the name's one use, the store; null when the name is used
 * otherwise (read, waited, returned) or more than once.
 */
function storedName(model: PythonModel, call: SyntaxNode): SyntaxNode | null {
  const handle = handleUses(model, call);
  if (handle?.uses.length !== 1) return null;
  const ref = outerExpression(handle.uses[0]!.ref);
  const args = ref.parent;
  return args?.type === 'argument_list' && args.namedChildren.length === 1 ? ref : null;
}

/** The container expression (`jobs`, `self.jobs`) that `call`'s value is stored in, if any. */
function containerOf(model: PythonModel, call: SyntaxNode): { container: SyntaxNode; statement: SyntaxNode | null } | null {
  const expr = storedName(model, call) ?? outerExpression(call);
  const parent = expr.parent;
  if (!parent) return null;
  const holder = (n: SyntaxNode | null | undefined) => (n && (n.type === 'identifier' || isSelfAttribute(n)) ? n : null);
  // Ex) jobs['a'] = Popen(...)
  if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === expr.id) {
    const left = parent.childForFieldName('left');
    if (left?.type !== 'subscript') return null;
    const c = holder(left.childForFieldName('value'));
    return c && { container: c, statement: statementAbove(parent) };
  }
  // Ex) procs.append(Popen(...))
  if (parent.type === 'argument_list') {
    const call2 = parent.parent;
    const fn = call2?.childForFieldName('function');
    if (call2?.type !== 'call' || fn?.type !== 'attribute' || !STORE_METHODS.has(fn.childForFieldName('attribute')?.text ?? '')) return null;
    if (outerExpression(call2).parent?.type !== 'expression_statement') return null;
    const c = holder(fn.childForFieldName('object'));
    return c && { container: c, statement: outerExpression(call2).parent };
  }
  // Ex) procs = [Popen(a), Popen(b)]  /  jobs = {'a': Popen(...)}  /  [Popen(c) for c in cmds]
  let literal: SyntaxNode | null = null;
  if (LITERALS.has(parent.type)) literal = parent;
  else if (parent.type === 'pair' && parent.childForFieldName('value')?.id === expr.id && parent.parent && DICTS.has(parent.parent.type)) literal = parent.parent;
  if (!literal) return null;
  const outer = outerExpression(literal);
  const assign = outer.parent;
  if (assign?.type !== 'assignment' || assign.childForFieldName('right')?.id !== outer.id) return null;
  const c = holder(assign.childForFieldName('left'));
  return c && { container: c, statement: statementAbove(assign) };
}

// Ex) self.jobs, cls.jobs: an attribute of the instance, followed across the class and module.
function isSelfAttribute(n: SyntaxNode): boolean {
  return n.type === 'attribute' && n.childForFieldName('object')?.type === 'identifier' && n.childForFieldName('attribute')?.type === 'identifier';
}

function statementAbove(n: SyntaxNode): SyntaxNode | null {
  return n.parent?.type === 'expression_statement' ? n.parent : null;
}

/** The uses of the container's spelling in the module: identifier nodes or attribute nodes. */
function uses(model: PythonModel, container: SyntaxNode): SyntaxNode[] {
  if (container.type === 'identifier') return model.occurrences(container.text).filter((id) => id.id !== container.id && !(id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id) && !(id.parent?.type === 'keyword_argument' && id.parent.childForFieldName('name')?.id === id.id));
  const name = container.childForFieldName('attribute')!.text;
  const out: SyntaxNode[] = [];
  for (const id of model.occurrences(name)) {
    const p = id.parent;
    if (p?.type === 'attribute' && p.childForFieldName('attribute')?.id === id.id && p.id !== container.id) out.push(p);
  }
  return out;
}

// Ex) for p in procs: p.wait()  /  [p.wait() for p in procs]  /  for name, p in jobs.items():
function loopElementEvents(model: PythonModel, loop: SyntaxNode, pairs: boolean, origin: SyntaxNode, element: ElementEvent): HandleEvent[] | null {
  let target = loop.childForFieldName('left');
  if (pairs) {
    if (target?.type !== 'pattern_list' && target?.type !== 'tuple_pattern') return null;
    const parts = target.namedChildren;
    target = parts.length === 2 ? parts[1]! : null;
  }
  if (target?.type !== 'identifier') return null;
  const region = loop.type === 'for_statement' ? loop.childForFieldName('body') : loop.parent;
  if (!region) return null;
  const events: HandleEvent[] = [];
  for (const id of model.occurrences(target.text)) {
    if (id.id === target.id || id.startIndex < region.startIndex || id.endIndex > region.endIndex) continue;
    if (model.isBinding(id)) return null;
    events.push(element(id, origin));
  }
  return events;
}

/** What one use of the container does to the handles in it; null hands the container on. */
function useEvents(model: PythonModel, use: SyntaxNode, origin: SyntaxNode, element: ElementEvent): HandleEvent[] | null {
  const e = outerExpression(use);
  const parent = e.parent;
  if (!parent) return null;
  switch (parent.type) {
    case 'subscript': {
      if (parent.childForFieldName('value')?.id !== e.id) return [];
      const up = outerExpression(parent).parent;
      // Ex) jobs[k] = Popen(...) / del jobs[k]: a store or a removal, not a read.
      if (up?.type === 'assignment' && up.childForFieldName('left')?.id === outerExpression(parent).id) return [];
      if (up?.type === 'delete_statement') return [];
      return [element(parent, origin)];
    }
    case 'attribute': {
      if (parent.childForFieldName('object')?.id !== e.id) return null;
      const method = parent.childForFieldName('attribute')?.text ?? '';
      const call = outerExpression(parent).parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.id !== outerExpression(parent).id) return null;
      if (NEUTRAL_METHODS.has(method)) return [];
      // Ex) p = procs.pop(): the element taken out is judged as the handle; its result dropped reads nothing.
      if (TAKE_METHODS.has(method)) return outerExpression(call).parent?.type === 'expression_statement' ? [] : [element(call, origin)];
      // Ex) for p in jobs.values(): ...  /  for name, p in jobs.items(): ...
      const loop = outerExpression(call).parent;
      if ((method === 'values' || method === 'items') && (loop?.type === 'for_statement' || loop?.type === 'for_in_clause') && loop.childForFieldName('right')?.id === outerExpression(call).id) {
        return loopElementEvents(model, loop, method === 'items', origin, element);
      }
      return null;
    }
    case 'for_statement':
    case 'for_in_clause':
      return parent.childForFieldName('right')?.id === e.id ? loopElementEvents(model, parent, false, origin, element) : null;
    case 'argument_list': {
      // Ex) len(procs): a size, not a read.
      const fn = parent.parent?.childForFieldName('function');
      return fn?.type === 'identifier' && fn.text === 'len' && parent.namedChildren.length === 1 ? [] : null;
    }
    case 'assignment':
    case 'augmented_assignment':
      // Ex) procs = [] / procs += [...]: a new value, not a read of the old one.
      return parent.childForFieldName('left')?.id === e.id ? [] : null;
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement':
      return parent.childForFieldName('condition')?.id === e.id ? [] : null;
    case 'not_operator':
    case 'comparison_operator':
    case 'boolean_operator':
    case 'delete_statement':
    case 'global_statement':
    case 'nonlocal_statement':
      return [];
    default:
      return null;
  }
}

/**
 * The handle made by `call` and stored in a container, with every event through the container
 * in the module; null when the handle is not stored in a container, or when the container is
 * handed on (returned, passed to a function, aliased): someone else may read it.
 */
export function storedInContainer(model: PythonModel, call: SyntaxNode, element: ElementEvent = handleEvent): Stored | null {
  const found = containerOf(model, call);
  if (!found) return null;
  const events: HandleEvent[] = [];
  for (const use of uses(model, found.container)) {
    const evs = useEvents(model, use, call, element);
    if (!evs) return null;
    events.push(...evs);
  }
  events.sort((a, b) => a.node.startIndex - b.node.startIndex);
  return { holder: found.container.text, events, statement: found.statement };
}

/**
 * The handle made by `call` and stored on an attribute (`self.server = call(...)`), with what
 * every other read of that attribute name in the module does to it; null when it is not so
 * stored. A new value (`self.server = None`) is not a read.
 */
export function storedOnAttribute(model: PythonModel, call: SyntaxNode, element: ElementEvent = handleEvent): Stored | null {
  const expr = outerExpression(call);
  const assign = expr.parent;
  if (assign?.type !== 'assignment' || assign.childForFieldName('right')?.id !== expr.id) return null;
  const left = assign.childForFieldName('left');
  if (left?.type !== 'attribute') return null;
  const attr = left.childForFieldName('attribute')!;
  // Ex) self.stdout = os.popen(cmd): an object that stands in for a process or a file (a fake
  // Popen in a test) - its users read `x.stdout` through the object, wherever they are.
  if (STREAM_ATTRIBUTES.has(attr.text)) return null;
  const events: HandleEvent[] = [];
  for (const id of model.occurrences(attr.text)) {
    const parent = id.parent;
    if (parent?.type !== 'attribute' || parent.childForFieldName('attribute')?.id !== id.id || parent.id === left.id) continue;
    const up = outerExpression(parent).parent;
    if (up?.type === 'assignment' && up.childForFieldName('left')?.id === outerExpression(parent).id) continue;
    // Ex) if self._use_popen: <this Popen> ... else: self._proc.stdout.read_until_regex(...) - another object's read.
    if (inOtherFlagArm(call, parent)) continue;
    events.push(element(parent, call));
  }
  return { holder: left.text, events, statement: statementAbove(assign) };
}
