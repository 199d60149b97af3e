import { argument, enclosingFunction, handleUses } from './analysis.js';
import { handleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { unparenthesize } from './semantic.js';
import type { PythonModel } from './semantic.js';

/**
 * Ex) def execute(cmd, wait=True):
 *         proc = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *         if wait:
 *             out, _ = proc.communicate()
 *             return out
 *         return ''
 * A wrapper that drains its pipes only when a parameter says so: the branch that drains leaves
 * the function, and the code after it leaves the pipes unread. Each caller takes one path or the
 * other by what it passes: `execute(c)` and `execute(c, wait=True)` drain, `execute(c, wait=False)`
 * leaves the child writing into a pipe nobody reads; a value not known statically may do either.
 */
export interface DrainFlag {
  /** The parameter's position and name. */
  index: number;
  name: string;
  /** The truthiness of the parameter that takes the draining branch. */
  drainsWhen: boolean;
  /** Its default value, if any. */
  fallback: SyntaxNode | null;
}

const LEAVES = new Set(['return_statement', 'raise_statement']);

/** The parameters of the wrapper around `opener` whose truthiness decides whether it drains. */
export function drainFlags(model: PythonModel, opener: SyntaxNode): DrainFlag[] {
  const def = enclosingFunction(opener);
  const handle = handleUses(model, opener);
  if (!def || !handle) return [];
  const params = def.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  const out: DrainFlag[] = [];
  for (const { ref } of handle.uses) {
    const ev = handleEvent(ref, opener);
    if (ev.kind !== 'drain') continue;
    // The `if <param>:` / `if not <param>:` around the drain, whose block leaves the function.
    for (let n = ev.node.parent; n && n.id !== def.id; n = n.parent) {
      if (n.type !== 'block' || n.parent?.type !== 'if_statement' || n.parent.childForFieldName('consequence')?.id !== n.id) continue;
      if (!LEAVES.has(n.lastNamedChild?.type ?? '')) continue;
      let cond = unparenthesize(n.parent.childForFieldName('condition')!);
      let drainsWhen = true;
      if (cond.type === 'not_operator') {
        cond = unparenthesize(cond.childForFieldName('argument')!);
        drainsWhen = false;
      }
      if (cond.type !== 'identifier') continue;
      const index = params.findIndex((p) => (p.type === 'identifier' ? p : p.childForFieldName('name'))?.text === cond.text);
      if (index < 0 || params.slice(0, index).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern')) continue;
      const param = params[index]!;
      const fallback = param.type === 'default_parameter' || param.type === 'typed_default_parameter' ? param.childForFieldName('value') : null;
      if (!out.some((f) => f.name === cond.text)) out.push({ index, name: cond.text, drainsWhen, fallback });
    }
  }
  return out;
}

// The truthiness of a literal: True/False/None, numbers, strings; null for anything else.
function truthOf(node: SyntaxNode | null): boolean | null {
  if (!node) return null;
  const n = unparenthesize(node);
  if (n.type === 'true') return true;
  if (n.type === 'false' || n.type === 'none') return false;
  if (n.type === 'integer' || n.type === 'float') return Number(n.text.replace(/_/g, '')) !== 0;
  if (n.type === 'string' && !n.namedChildren.some((c) => c.type === 'interpolation')) return !/^[rRbBuU]*(''|"")$/.test(n.text);
  return null;
}

/**
 * How a call sets the wrapper's flags: 'drains' when one of them takes the draining branch for
 * sure, 'leaves' when every one is known to skip it, 'unknown' when a value is not known (a
 * variable, an expression). The method's `self` is not passed: `skip` parameters are not counted.
 */
export function flagsAt(call: SyntaxNode, flags: DrainFlag[], skip = 0): 'drains' | 'leaves' | 'unknown' {
  if (call.childForFieldName('arguments')?.namedChildren.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return 'unknown';
  let unknown = false;
  for (const f of flags) {
    const passed = argument(call, f.index - skip, f.name);
    const truth = truthOf(passed ?? f.fallback);
    if (truth === f.drainsWhen) return 'drains';
    if (truth === null) unknown = true;
  }
  return unknown ? 'unknown' : 'leaves';
}
