import type { SyntaxNode } from './parse.js';
import { type PythonModel, unparenthesize } from './semantic.js';

/**
 * Ex) if return_stdout: p = Popen(cmd, stdout=PIPE)
 *     else: p = Popen(cmd)
 *     if not return_stdout: p.wait()
 *     else: return p.communicate()
 * Code in two exclusive arms never runs on one path: the arms of one `if` statement, or arms of
 * two `if`s that test the same local name, one true and one false, when nothing binds the name
 * again in between (no binding after the first test, none in a loop round it). A use of the
 * handle there is never reached from the Popen: the wait above belongs to the other Popen.
 */

interface Arm {
  ifNode: SyntaxNode;
  index: number;
  /** What the arm knows of plain names tested by its `if`: name, true or false. */
  facts: [string, boolean][];
}

// The condition under its `not`s and parentheses, and the truth that takes the arm once they are undone.
function withoutNots(condition: SyntaxNode | null, truth: boolean): [SyntaxNode | null, boolean] {
  let node = condition && unparenthesize(condition);
  let value = truth;
  while (node?.type === 'not_operator') {
    const arg = node.childForFieldName('argument');
    node = arg && unparenthesize(arg);
    value = !value;
  }
  return [node, value];
}

// A tested name and the truth that takes the arm: `x` true, `not x` false.
function tested(condition: SyntaxNode | null, truth: boolean): [string, boolean] | null {
  const [node, value] = withoutNots(condition, truth);
  return node?.type === 'identifier' ? [node.text, value] : null;
}

// The arms of an `if` statement: the consequence, each `elif`, then the `else` (or the empty
// arm that falls through when there is none).
function armCount(ifNode: SyntaxNode): number {
  const alternatives = ifNode.childrenForFieldName('alternative');
  return 1 + alternatives.length + (alternatives.some((a) => a.type === 'else_clause') ? 0 : 1);
}

// What arm `index` of the `if` knows: its own test true, the tests before it false.
function armFacts(ifNode: SyntaxNode, index: number): [string, boolean][] {
  const conditions = [ifNode.childForFieldName('condition'), ...ifNode.childrenForFieldName('alternative').filter((a) => a.type === 'elif_clause').map((a) => a.childForFieldName('condition'))];
  const facts: [string, boolean][] = [];
  for (let i = 0; i < Math.min(index + 1, conditions.length); i++) {
    const fact = tested(conditions[i] ?? null, i === index);
    if (fact) facts.push(fact);
  }
  return facts;
}

// The `if` and the arm index of a block that is one arm of it, or null.
function armOfBlock(block: SyntaxNode): [SyntaxNode, number] | null {
  const clause = block.parent;
  if (block.type !== 'block' || !clause) return null;
  if (clause.type === 'if_statement') return clause.childForFieldName('consequence')?.id === block.id ? [clause, 0] : null;
  if ((clause.type === 'elif_clause' || clause.type === 'else_clause') && clause.parent?.type === 'if_statement') {
    return [clause.parent, clause.parent.childrenForFieldName('alternative').findIndex((a) => a.id === clause.id) + 1];
  }
  return null;
}

// The `if` arms round node, inside its function.
function armsOf(node: SyntaxNode): Arm[] {
  const out: Arm[] = [];
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) {
    if (['function_definition', 'lambda', 'class_definition', 'module'].includes(n.parent.type)) break;
    const arm = armOfBlock(n.parent);
    if (arm) out.push({ ifNode: arm[0], index: arm[1], facts: armFacts(arm[0], arm[1]) });
  }
  return out;
}

const LOOPS = new Set(['for_statement', 'while_statement']);

// The name holds one value from the first `if` on: every binding of it in its scope (a
// parameter, an assignment) comes before that `if` and outside any loop round it.
function steady(model: PythonModel, name: string, first: SyntaxNode): boolean {
  const scope = model.scopeOf(first);
  const found = model.lookup(name, scope);
  if (!found || found.scope.id !== scope.id || scope.kind === 'module') return false;
  return found.bindings.every((b) => {
    if (b.node.startIndex >= first.startIndex) return false;
    for (let n = b.node.parent; n; n = n.parent) if (LOOPS.has(n.type) && n.startIndex <= first.startIndex && n.endIndex >= first.endIndex) return false;
    return true;
  });
}

// Two arms exclude each other: arms of one `if`, or a steady name tested one way and the other.
function excludes(model: PythonModel, a: Arm, b: Arm): boolean {
  if (a.ifNode.id === b.ifNode.id) return a.index !== b.index;
  const first = a.ifNode.startIndex < b.ifNode.startIndex ? a.ifNode : b.ifNode;
  return a.facts.some(([name, truth]) => b.facts.some(([other, value]) => other === name && value !== truth) && steady(model, name, first));
}

/** `use` sits in an arm that excludes the arm of `origin`: no path runs both. */
export function inExclusiveArm(model: PythonModel, origin: SyntaxNode, use: SyntaxNode): boolean {
  const mine = armsOf(origin);
  if (!mine.length) return false;
  const theirs = armsOf(use);
  return mine.some((a) => theirs.some((b) => excludes(model, a, b)));
}

/**
 * Ex) if capture: p = Popen(cmd, stdout=PIPE) ... if not capture: p.wait() else: return p.communicate()
 * `block` is an arm that runs whenever `origin` has run: every other arm of its `if` (the
 * fall-through of an `if` with no `else` included) excludes the arm of `origin`.
 */
export function armCertain(model: PythonModel, origin: SyntaxNode, block: SyntaxNode): boolean {
  const arm = armOfBlock(block);
  const mine = armsOf(origin);
  if (!arm || !mine.length) return false;
  const [ifNode, index] = arm;
  for (let other = 0; other < armCount(ifNode); other++) {
    if (other === index) continue;
    const b: Arm = { ifNode, index: other, facts: armFacts(ifNode, other) };
    if (!mine.some((a) => excludes(model, a, b))) return false;
  }
  return true;
}

// Ex) `self._use_popen` / `not self._use_popen`: a flag kept on the instance, and the truth that takes the arm.
function selfFlag(condition: SyntaxNode | null, truth: boolean): [string, boolean] | null {
  const [node, value] = withoutNots(condition, truth);
  return node?.type === 'attribute' && node.childForFieldName('object')?.text === 'self' ? [node.text, value] : null;
}

// The flags the `if` arms round node know, inside its method.
function flagFacts(node: SyntaxNode): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) {
    if (['function_definition', 'lambda', 'class_definition', 'module'].includes(n.parent.type)) break;
    const arm = armOfBlock(n.parent);
    if (!arm || arm[1] > 1 || arm[0].childrenForFieldName('alternative').some((a) => a.type === 'elif_clause')) continue;
    const fact = selfFlag(arm[0].childForFieldName('condition'), arm[1] === 0);
    if (fact) out.push(fact);
  }
  return out;
}

// The flag is set only in the class's __init__ (or never in it): it holds one value for the object's life.
function setOnlyInInit(cls: SyntaxNode, flag: string): boolean {
  const attr = flag.slice('self.'.length);
  const stack = [cls];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      if (left?.type === 'attribute' && left.text === flag) {
        let fn: SyntaxNode | null = n.parent;
        while (fn && fn.type !== 'function_definition') fn = fn.parent;
        if (fn?.childForFieldName('name')?.text !== '__init__') return false;
      }
    }
    if (n.type === 'call' && /\bsetattr\s*\(/.test(n.text) && n.text.includes(attr)) return false;
    stack.push(...n.namedChildren);
  }
  return true;
}

/**
 * Ex) if self._use_popen: self._proc = subprocess.Popen(cmd, stdout=PIPE) else: self._proc = tornado.process.Subprocess(...)
 *     ... (another method) if self._use_popen: ... else: data = yield self._proc.stdout.read_until_regex(reg)
 * A use of the attribute in the arm a flag of the instance rules out, where the flag is set only
 * in `__init__`: it reads the other object the attribute holds, never this Popen (audit 11:
 * esphome's dashboard, the Windows Popen path beside tornado's Subprocess).
 */
export function inOtherFlagArm(origin: SyntaxNode, use: SyntaxNode): boolean {
  const mine = flagFacts(origin);
  if (!mine.length) return false;
  const theirs = flagFacts(use);
  let cls: SyntaxNode | null = origin.parent;
  while (cls && cls.type !== 'class_definition') cls = cls.parent;
  if (!cls || use.startIndex < cls.startIndex || use.endIndex > cls.endIndex) return false;
  return mine.some(([flag, truth]) => theirs.some(([other, value]) => other === flag && value !== truth) && setOnlyInInit(cls, flag));
}
