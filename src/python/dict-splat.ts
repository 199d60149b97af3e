import type { SyntaxNode } from './parse.js';
import { unparenthesize } from './semantic.js';

/**
 * Ex) kwargs = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=0)
 *     if os.name == 'nt': kwargs['creationflags'] = CREATE_NEW_PROCESS_GROUP
 *     self._proc = subprocess.Popen(cmd, startupinfo=info, **kwargs)
 * The keyword arguments a call takes from `**name`, where the code writes them: the name bound
 * once in its function (or the module) to a dict display or a `dict(...)` call of keywords, and
 * used otherwise only to store other literal keys or to be spread (audit 13: yt-dlg's
 * _create_process()). A key stored once before the call (`kwargs.update(stdout=PIPE)`,
 * `kw['stdout'] = PIPE`, also into a `**kwargs` parameter) is the value stored (audit 31: pytek's
 * process()); under a test, it is PIPE on the runs that pass it (pipe-choice.ts). `absent`: the
 * dict is known and has no such key; `unknown`: it cannot be seen (a parameter, a dict filled in a
 * loop, `update()` of another dict, a key known only at run time).
 */
export type SplatKeyword = { value: SyntaxNode } | 'absent' | 'unknown';

export function splatKeyword(splat: SyntaxNode, keyword: string): SplatKeyword {
  const name = splat.namedChildren.find((c) => c.type !== 'comment');
  if (name?.type !== 'identifier') return 'unknown';
  let scope: SyntaxNode | null = splat.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return 'unknown';
  let bound: SyntaxNode | null = null;
  let seen = 0;
  const uses: SyntaxNode[] = [];
  const writes: SyntaxNode[] = [];
  const walk = (n: SyntaxNode) => {
    for (const c of n.namedChildren) {
      if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      if (c.type === 'identifier' && c.text === name.text) uses.push(c);
      walk(c);
    }
  };
  walk(scope.type === 'function_definition' ? scope.childForFieldName('body')! : scope);
  for (const id of uses) {
    const parent = id.parent!;
    if (parent.id === splat.id) continue;
    if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id) continue;
    if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === id.id) continue;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === id.id) {
      seen++;
      bound = parent.childForFieldName('right');
      continue;
    }
    // Ex) kwargs['creationflags'] = ..., kwargs.update(stdout=PIPE): keys stored; the one
    // asked for is the value the call gets when it is written once, before the call.
    const written = writtenKeys(id);
    if (written === 'unknown') return 'unknown';
    if (written) {
      const value = written.get(keyword);
      if (value) writes.push(value);
      continue;
    }
    // A spread elsewhere (another call given the same keywords) reads it.
    if (parent.type === 'dictionary_splat') continue;
    return 'unknown';
  }
  if (writes.length > 1 || seen > 1 || writes.some((w) => w.startIndex > splat.startIndex || (bound && bound.startIndex > w.startIndex))) return 'unknown';
  if (writes.length === 1) return { value: writes[0]! };
  if (seen !== 1 || !bound) return 'unknown';
  return keywordIn(unparenthesize(bound), keyword);
}

/**
 * Ex) kwargs.update(stdout=PIPE, stderr=PIPE)    kw['stdout'] = PIPE
 * The keywords a statement writes into the dict `name`: key -> value; null when it is no such
 * write, 'unknown' when it writes keys that cannot be seen (`update(other)`, `update(**more)`).
 */
function writtenKeys(id: SyntaxNode): Map<string, SyntaxNode> | 'unknown' | null {
  const parent = id.parent!;
  if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === id.id && parent.childForFieldName('attribute')?.text === 'update') {
    const call = parent.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.id !== parent.id || call.parent?.type !== 'expression_statement') return null;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    if (args.some((a) => a.type !== 'keyword_argument')) return 'unknown';
    return new Map(args.map((a) => [a.childForFieldName('name')!.text, a.childForFieldName('value')!]));
  }
  const store = parent.type === 'subscript' && parent.childForFieldName('value')?.id === id.id ? parent.parent : null;
  const key = parent.type === 'subscript' ? parent.childForFieldName('subscript') : null;
  if (store?.type === 'assignment' && store.childForFieldName('left')?.id === parent.id && store.parent?.type === 'expression_statement') {
    if (key?.type !== 'string' || key.namedChildren.some((k) => k.type === 'interpolation')) return 'unknown';
    const value = store.childForFieldName('right');
    return value ? new Map([[key.text.replace(/^[rRbBuU]*/, '').slice(1, -1), value]]) : 'unknown';
  }
  return null;
}

/**
 * The statement that writes `value` into a dict later spread into a call (`kw.update(stdout=PIPE)`,
 * `kw['stdout'] = PIPE`), when `value` is such a write's value; null otherwise.
 */
export function splatWriteStatement(value: SyntaxNode): SyntaxNode | null {
  const p = value.parent;
  if (p?.type === 'keyword_argument' && p.childForFieldName('value')?.id === value.id) {
    const call = p.parent?.parent;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'update' && call!.parent?.type === 'expression_statement') return call!.parent;
    return null;
  }
  if (p?.type === 'assignment' && p.childForFieldName('right')?.id === value.id && p.childForFieldName('left')?.type === 'subscript' && p.parent?.type === 'expression_statement') return p.parent;
  return null;
}

// dict(stdout=PIPE, ...) or {'stdout': PIPE, ...}: every key written, none spread from elsewhere.
function keywordIn(value: SyntaxNode, keyword: string): SplatKeyword {
  if (value.type === 'call' && value.childForFieldName('function')?.text === 'dict') {
    const args = value.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    if (args.some((a) => a.type !== 'keyword_argument')) return 'unknown';
    const hit = args.find((a) => a.childForFieldName('name')?.text === keyword);
    return hit ? { value: hit.childForFieldName('value')! } : 'absent';
  }
  if (value.type === 'dictionary') {
    const pairs = value.namedChildren.filter((c) => c.type !== 'comment');
    let found: SyntaxNode | null = null;
    for (const p of pairs) {
      const key = p.type === 'pair' ? p.childForFieldName('key') : null;
      if (key?.type !== 'string' || key.namedChildren.some((k) => k.type === 'interpolation')) return 'unknown';
      if (key.text.replace(/^[rRbBuU]*/, '').slice(1, -1) === keyword) found = p.childForFieldName('value');
    }
    return found ? { value: found } : 'absent';
  }
  return 'unknown';
}
