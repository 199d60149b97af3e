import type { HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';

/**
 * The paths through a function's branches along which a process handle is touched: a may-order
 * of every event, then one order per choice of exclusive `if` arms and per branch that leaves
 * the function. drainVerdict judges each.
 */

/**
 * The block a `return`/`raise` ends, or an `if` whose every arm (an `else` among them) so ends:
 * its last statement leaves the function.
 */
function terminates(block: SyntaxNode): boolean {
  const last = block.lastNamedChild;
  return last?.type === 'return_statement' || last?.type === 'raise_statement' || (last?.type === 'if_statement' && everyArmLeaves(last));
}

// Ex) if verbose: out, err = p.communicate(); return p.returncode  else: p.communicate(); return p.returncode
// An `if` with an `else` whose every arm leaves the function: no code runs after it, so its arms
// are no branches that leave the rest behind: they are the rest, exclusive arms like any other.
function everyArmLeaves(ifNode: SyntaxNode): boolean {
  const blocks = ifNode.namedChildren.flatMap((c) => (c.type === 'block' ? [c] : c.type === 'elif_clause' ? [c.childForFieldName('consequence')] : c.type === 'else_clause' ? [c.childForFieldName('body')] : []));
  return ifNode.type === 'if_statement' && ifNode.namedChildren.some((c) => c.type === 'else_clause') && blocks.every((b) => !!b && terminates(b));
}

const BRANCHES = new Set(['if_statement', 'elif_clause', 'else_clause', 'except_clause']);

// The branch below `origin`'s own level that holds node and leaves the function at its end.
function exitBranch(node: SyntaxNode, origin: SyntaxNode, certain: (block: SyntaxNode) => boolean): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'module') break;
    if (origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex) break;
    if (n.type === 'block' && n.parent && BRANCHES.has(n.parent.type) && terminates(n) && !certain(n) && !everyArmLeaves(ifOf(n.parent))) found = n;
  }
  return found;
}

// The `if` an arm belongs to (itself for its own block, or for an `except` clause).
function ifOf(branch: SyntaxNode): SyntaxNode {
  return branch.type === 'elif_clause' || branch.type === 'else_clause' ? branch.parent ?? branch : branch;
}

// Ex) if tee: ...read p.stdout... else: p.wait() - the arms of one `if` (below the origin's
// level) are exclusive: each arm holding events, with the arm index.
function arms(node: SyntaxNode, origin: SyntaxNode): [SyntaxNode, number][] {
  const out: [SyntaxNode, number][] = [];
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) {
    const p = n.parent;
    if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'module') break;
    if (origin.startIndex >= p.startIndex && origin.endIndex <= p.endIndex) break;
    if (p.type === 'if_statement' && n.type !== 'comment' && p.childForFieldName('condition')?.id !== n.id) {
      out.push([p, p.namedChildren.filter((c) => c.type !== 'comment').findIndex((c) => c.id === n.id)]);
    }
  }
  return out;
}

const MAX_PATHS = 16;

const LOOPS = new Set(['for_statement', 'while_statement']);

/**
 * The `if`s without an `else` or `elif` whose block holds a read of the handle and lets the code
 * go on (no `return`/`raise` at its end), at the origin's own loop level: when the condition is
 * false the reads do not happen and what follows (a `wait()`) meets the pipe unread (audit 21:
 * Flexget's `if not allow_background:` read, then `p.wait()`). Not an `if` inside a loop (a
 * `select()` loop reads under `if p.stdout in ready:`, round after round), nor one known to run
 * whenever the origin ran (`certain`).
 */
function readOnlyUnderIf(main: HandleEvent[], origin: SyntaxNode, certain: (block: SyntaxNode) => boolean): SyntaxNode[] {
  const out = new Map<number, SyntaxNode>();
  for (const e of main) {
    if (e.kind !== 'drain' && e.kind !== 'partial') continue;
    if (e.node.startIndex < origin.endIndex) continue;
    for (let n: SyntaxNode | null = e.node.parent; n?.parent; n = n.parent) {
      const p: SyntaxNode = n.parent;
      if (p.type === 'function_definition' || p.type === 'lambda' || p.type === 'module' || LOOPS.has(p.type)) break;
      if (origin.startIndex >= p.startIndex && origin.endIndex <= p.endIndex) break;
      if (p.type === 'if_statement' && n.type === 'block' && p.childForFieldName('consequence')?.id === n.id && !p.childForFieldName('alternative') && !terminates(n) && !certain(n) && !asksHandle(p, e.node)) out.set(p.id, n);
    }
  }
  // A block is a skip only if no read of the handle happens outside it on that path.
  return [...out.values()].filter((block) => main.some((e) => e.kind === 'wait' && e.node.startIndex > block.endIndex));
}

// Ex) if p.poll() is None: / if proc.stdout: - a condition on the process itself says when the
// read is needed (an exited child waits on no pipe), not a setting that may skip it.
function asksHandle(ifNode: SyntaxNode, read: SyntaxNode): boolean {
  const handle = read.type === 'identifier' ? read : read.descendantsOfType('identifier')[0];
  const condition = ifNode.childForFieldName('condition');
  return !!handle && !!condition && condition.descendantsOfType('identifier').some((id) => id.text === handle.text);
}

/**
 * The orders in which the code can touch the handle, one list per path. The first list holds
 * every event but those of branches that leave the function: a may-order, judged as a whole.
 * Then one list per choice of arms of the `if`s that hold events in more than one arm
 * (`if tee: <drain> else: p.wait()`), and one per branch that ends in `return`/`raise`
 * (`if not wait: return p` then `p.wait()`): the code after such a branch never follows it, so
 * a hand-off there does not hide a `wait()` below it. A path list is the main events before
 * the branch, then the branch's own. `certain`: a branch known to run whenever the origin ran
 * (exclusive-arms.ts): it is no branch, its events are on every path.
 */
export function eventPaths(events: HandleEvent[], origin: SyntaxNode, certain: (block: SyntaxNode) => boolean = () => false): HandleEvent[][] {
  const after = (e: HandleEvent) => e.node.startIndex >= origin.endIndex;
  const branchOf = events.map((e) => (after(e) ? exitBranch(e.node, origin, certain) : null));
  const main = events.filter((_, i) => branchOf[i] === null);
  const paths = [main];
  // Arm choices: ifs with events in two arms or more.
  const armsOf = main.map((e) => (after(e) ? arms(e.node, origin) : []));
  const used = new Map<number, Set<number>>();
  for (const list of armsOf) for (const [ifNode, arm] of list) (used.get(ifNode.id) ?? used.set(ifNode.id, new Set()).get(ifNode.id)!).add(arm);
  const split = [...used].filter(([, set]) => set.size > 1);
  let choices: Map<number, number>[] = [new Map()];
  for (const [id, set] of split) {
    choices = choices.flatMap((c) => [...set].map((arm) => new Map([...c, [id, arm]])));
    if (choices.length > MAX_PATHS) break;
  }
  if (split.length && choices.length <= MAX_PATHS) {
    for (const c of choices) paths.push(main.filter((_, i) => armsOf[i]!.every(([ifNode, arm]) => !c.has(ifNode.id) || c.get(ifNode.id) === arm)));
  }
  // Ex) if not background: out = p.stdout.read()  ...  p.wait() - an `if` without an else that
  // holds the only reads: the path that skips it waits with the pipe unread.
  for (const skip of readOnlyUnderIf(main, origin, certain).slice(0, MAX_PATHS)) {
    paths.push(main.filter((e) => !(e.node.startIndex >= skip.startIndex && e.node.endIndex <= skip.endIndex)));
  }
  const seen = new Set<number>();
  for (const b of branchOf) {
    if (!b || seen.has(b.id)) continue;
    seen.add(b.id);
    // Events of another arm of an `if` that holds the branch never come before it.
    const armsOfBranch = new Map(arms(b, origin).map(([ifNode, arm]) => [ifNode.id, arm]));
    const exclusive = (e: HandleEvent) => arms(e.node, origin).some(([ifNode, arm]) => armsOfBranch.has(ifNode.id) && armsOfBranch.get(ifNode.id) !== arm);
    const before = main.filter((e) => e.node.startIndex < b.startIndex && after(e) && !exclusive(e));
    paths.push([...before, ...events.filter((_, i) => branchOf[i]?.id === b.id)]);
  }
  return paths;
}

// Ex) if not allow_background: out = p.stdout.read() - the condition of the `if` whose reads the
// path skips (event-paths.ts), for the message: "read only when `not allow_background`".
export function skippedCondition(main: HandleEvent[], path: HandleEvent[]): string | undefined {
  const read = main.find((e) => (e.kind === 'drain' || e.kind === 'partial') && !path.includes(e));
  for (let n = read?.node.parent; n; n = n.parent) {
    if (n.type === 'if_statement' && !n.childForFieldName('alternative')) return n.childForFieldName('condition')?.text;
    if (n.type === 'function_definition' || n.type === 'module') break;
  }
  return undefined;
}
