import type { SyntaxNode, Tree } from './parse.js';

/**
 * A small semantic model of one Python module: scopes, the names each binds, and what an
 * imported name refers to. Rules ask it "is this call os.popen?" instead of matching text, so
 * `from os import popen as run` resolves and a local `os = RemoteShell(h)` does not.
 */

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda';

export interface Binding {
  name: string;
  kind: 'import' | 'assign' | 'param' | 'other';
  /** For imports: the qualified name bound, e.g. `os` or `os.popen`. */
  qualified?: string;
  /** The identifier node that is bound. */
  node: SyntaxNode;
  /** For `name = value` and `with value as name`: the value. */
  value?: SyntaxNode;
  /** Bound inside an `except` clause: the fallback of a try-import, not a rebinding. */
  inExcept: boolean;
}

export interface Scope {
  kind: ScopeKind;
  node: SyntaxNode;
  parent: Scope | null;
  bindings: Map<string, Binding[]>;
  globals: Set<string>;
  /** Modules star-imported here (`from os import *`). */
  stars: string[];
}

// What `from M import *` brings in, for the modules this tool cares about.
const STAR_EXPORTS: Record<string, string[]> = {
  os: ['popen', 'popen2', 'popen3', 'popen4'],
  subprocess: ['Popen', 'PIPE', 'DEVNULL', 'STDOUT', 'call', 'run'],
  popen2: ['popen2', 'popen3', 'popen4', 'Popen3', 'Popen4'],
  platform: ['popen'],
};

const SCOPE_NODES = new Set(['function_definition', 'class_definition', 'lambda']);
const PATTERN_NODES = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list', 'list_splat_pattern', 'list_splat']);

export class PythonModel {
  readonly module: Scope;
  private readonly scopeByNode = new Map<number, Scope>();
  private readonly bindingIds = new Set<number>();

  constructor(readonly tree: Tree) {
    this.module = this.newScope('module', tree.rootNode, null);
    this.visit(tree.rootNode, this.module, false);
  }

  private newScope(kind: ScopeKind, node: SyntaxNode, parent: Scope | null): Scope {
    const scope: Scope = { kind, node, parent, bindings: new Map(), globals: new Set(), stars: [] };
    this.scopeByNode.set(node.id, scope);
    return scope;
  }

  private bind(scope: Scope, node: SyntaxNode, kind: Binding['kind'], inExcept: boolean, extra: Partial<Binding> = {}): void {
    const name = node.text;
    const target = scope.globals.has(name) ? this.module : scope;
    let list = target.bindings.get(name);
    if (!list) target.bindings.set(name, (list = []));
    list.push({ name, kind, node, inExcept, ...extra });
    this.bindingIds.add(node.id);
  }

  private bindTargets(node: SyntaxNode, scope: Scope, kind: Binding['kind'], inExcept: boolean, value?: SyntaxNode): void {
    if (node.type === 'identifier') this.bind(scope, node, kind, inExcept, value ? { value } : {});
    else if (PATTERN_NODES.has(node.type)) {
      for (const child of node.namedChildren) this.bindTargets(child, scope, kind === 'assign' ? 'other' : kind, inExcept);
    }
  }

  private visit(node: SyntaxNode, scope: Scope, inExcept: boolean): void {
    switch (node.type) {
      case 'function_definition':
      case 'class_definition': {
        const name = node.childForFieldName('name');
        if (name) this.bind(scope, name, 'other', inExcept);
        for (const child of node.namedChildren) {
          if (child.type === 'block' || child.type === 'parameters' || child === name) continue;
          this.visit(child, scope, inExcept);
        }
        const inner = this.newScope(node.type === 'class_definition' ? 'class' : 'function', node, scope);
        const params = node.childForFieldName('parameters');
        if (params) this.visitParameters(params, inner, scope);
        const body = node.childForFieldName('body');
        if (body) this.visit(body, inner, false);
        return;
      }
      case 'lambda': {
        const inner = this.newScope('lambda', node, scope);
        const params = node.childForFieldName('parameters');
        if (params) this.visitParameters(params, inner, scope);
        const body = node.childForFieldName('body');
        if (body) this.visit(body, inner, false);
        return;
      }
      case 'import_statement':
        for (const name of node.childrenForFieldName('name')) {
          if (name.type === 'aliased_import') {
            const alias = name.childForFieldName('alias');
            const dotted = name.childForFieldName('name');
            if (alias && dotted) this.bind(scope, alias, 'import', inExcept, { qualified: dotted.text.replace(/\s+/g, '') });
          } else {
            // `import os.path` binds `os`, the top-level package.
            const first = name.namedChildren[0];
            if (first) this.bind(scope, first, 'import', inExcept, { qualified: first.text });
          }
        }
        return;
      case 'import_from_statement': {
        const moduleNode = node.childForFieldName('module_name');
        const moduleName = moduleNode && moduleNode.type === 'dotted_name' ? moduleNode.text.replace(/\s+/g, '') : null;
        if (node.namedChildren.some((c) => c.type === 'wildcard_import')) {
          if (moduleName) scope.stars.push(moduleName);
          return;
        }
        for (const name of node.childrenForFieldName('name')) {
          const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
          const local = name.type === 'aliased_import' ? name.childForFieldName('alias') : name.namedChildren.at(-1);
          if (!dotted || !local) continue;
          if (moduleName) this.bind(scope, local, 'import', inExcept, { qualified: `${moduleName}.${dotted.text}` });
          else this.bind(scope, local, 'other', inExcept); // relative import: not the stdlib module
        }
        return;
      }
      case 'global_statement':
        for (const id of node.namedChildren) if (id.type === 'identifier') scope.globals.add(id.text);
        return;
      case 'assignment':
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left) {
          this.bindTargets(left, scope, node.type === 'assignment' ? 'assign' : 'other', inExcept, right ?? undefined);
          if (left.type !== 'identifier') this.visit(left, scope, inExcept);
        }
        if (right) this.visit(right, scope, inExcept);
        const type = node.childForFieldName('type');
        if (type) this.visit(type, scope, inExcept);
        return;
      }
      case 'for_statement':
      case 'for_in_clause': {
        const left = node.childForFieldName('left');
        if (left) this.bindTargets(left, scope, 'other', inExcept);
        break;
      }
      case 'as_pattern': {
        const alias = node.childForFieldName('alias');
        const value = node.namedChildren[0];
        const target = alias?.namedChildren[0];
        if (target) this.bindTargets(target, scope, 'other', inExcept, value);
        break;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        if (name) this.bind(scope, name, 'other', inExcept);
        break;
      }
      case 'except_clause': {
        // Python 2: `except E, e:` binds e.
        const values = node.childrenForFieldName('value');
        if (values.length === 2) this.bindTargets(values[1]!, scope, 'other', true);
        for (const child of node.namedChildren) this.visit(child, scope, true);
        return;
      }
    }
    for (const child of node.namedChildren) this.visit(child, scope, inExcept);
  }

  private visitParameters(params: SyntaxNode, inner: Scope, outer: Scope): void {
    for (const p of params.namedChildren) {
      const name = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'));
      if (name && name.type === 'identifier') this.bind(inner, name, 'param', false);
      else if (p.type === 'tuple_pattern') this.bindTargets(p, inner, 'param', false);
      const dflt = p.childForFieldName('value');
      if (dflt) this.visit(dflt, outer, false);
    }
  }

  /** The innermost scope whose code contains node. */
  scopeOf(node: SyntaxNode): Scope {
    for (let n: SyntaxNode | null = node.parent; n; n = n.parent) {
      if (SCOPE_NODES.has(n.type)) {
        const scope = this.scopeByNode.get(n.id);
        // A function's name, decorators and defaults belong to the enclosing scope.
        const body = n.childForFieldName('body');
        if (scope && body && node.startIndex >= body.startIndex) return scope;
        if (scope && n.type === 'lambda') return scope;
      }
    }
    return this.module;
  }

  isBinding(node: SyntaxNode): boolean {
    return this.bindingIds.has(node.id);
  }

  /** The scope a name used in `from` refers to and the bindings it has there (LEGB). */
  lookup(name: string, from: Scope): { scope: Scope; bindings: Binding[] } | null {
    let scope: Scope | null = from.globals.has(name) ? this.module : from;
    let first = true;
    while (scope) {
      // Class bodies are not enclosing scopes for the functions inside them.
      if (first || scope.kind !== 'class') {
        const bindings = scope.bindings.get(name);
        if (bindings) return { scope, bindings };
        for (const star of scope.stars) {
          if (STAR_EXPORTS[star]?.includes(name)) {
            return { scope, bindings: [{ name, kind: 'import', qualified: `${star}.${name}`, node: scope.node, inExcept: false }] };
          }
        }
      }
      first = false;
      scope = scope.parent;
    }
    return null;
  }

  /**
   * The module member a name stands for, or null when it is anything else. Every binding in
   * its scope must be the same import; a fallback in `except ImportError:` does not count.
   */
  resolveName(identifier: SyntaxNode): string | null {
    const found = this.lookup(identifier.text, this.scopeOf(identifier));
    if (!found) return null;
    let qualified: string | null = null;
    for (const b of found.bindings) {
      if (b.kind === 'import') {
        if (qualified !== null && qualified !== b.qualified) return null;
        qualified = b.qualified ?? null;
      } else if (!b.inExcept) return null;
    }
    return qualified;
  }

  /** `os.popen`, `sp.Popen`, `run` (from os import popen as run) -> qualified name. */
  qualifiedName(expr: SyntaxNode): string | null {
    if (expr.type === 'identifier') return this.resolveName(expr);
    if (expr.type === 'attribute') {
      const object = expr.childForFieldName('object');
      const attribute = expr.childForFieldName('attribute');
      if (!object || !attribute) return null;
      const base = this.qualifiedName(object);
      return base ? `${base}.${attribute.text}` : null;
    }
    if (expr.type === 'parenthesized_expression' && expr.namedChildren.length === 1) return this.qualifiedName(expr.namedChildren[0]!);
    return null;
  }

  /** Every read of the name `binding` binds, in its scope and nested scopes that don't rebind it. */
  references(binding: Binding): SyntaxNode[] {
    const found = this.lookup(binding.name, this.scopeOf(binding.node));
    const scope = found?.scope ?? this.scopeOf(binding.node);
    const out: SyntaxNode[] = [];
    const walk = (node: SyntaxNode) => {
      for (const child of node.namedChildren) {
        if (SCOPE_NODES.has(child.type)) {
          const inner = this.scopeByNode.get(child.id);
          if (inner && inner.bindings.has(binding.name) && !inner.globals.has(binding.name)) {
            // Still visit decorators/defaults, which run in the outer scope.
            for (const c of child.namedChildren) if (c.type !== 'block' && c.type !== 'parameters') walk(c);
            continue;
          }
        }
        if (child.type === 'identifier' && child.text === binding.name && isLoad(child) && !this.bindingIds.has(child.id)) out.push(child);
        else walk(child);
      }
    };
    walk(scope.node);
    return out;
  }
}

function isLoad(id: SyntaxNode): boolean {
  const parent = id.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'attribute':
      return parent.childForFieldName('attribute')?.id !== id.id;
    case 'keyword_argument':
      return parent.childForFieldName('name')?.id !== id.id;
    case 'dotted_name':
    case 'aliased_import':
    case 'global_statement':
    case 'nonlocal_statement':
      return false;
    default:
      return true;
  }
}

/** Skips redundant parentheses around an expression, upwards. */
export function outerExpression(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.type === 'parenthesized_expression') n = n.parent;
  return n;
}

export function unparenthesize(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.namedChildren.length === 1) n = n.namedChildren[0]!;
  return n;
}

/** Python 2-only syntax: print/exec statements, `except E, e`, backquotes, `<>`, 0777, 10L, ur''. */
export function hasPython2Syntax(tree: Tree): boolean {
  const root = tree.rootNode;
  if (root.descendantsOfType(['print_statement', 'exec_statement']).length > 0) return true;
  for (const clause of root.descendantsOfType('except_clause')) {
    if (clause.childrenForFieldName('value').length === 2) return true;
  }
  for (const start of root.descendantsOfType('string_start')) {
    if (start.text.startsWith('`') || /^ur/i.test(start.text)) return true;
  }
  for (const int of root.descendantsOfType('integer')) {
    if (/^0\d+$|[lL]$/.test(int.text)) return true;
  }
  return root.descendantsOfType('comparison_operator').some((c) => c.children.some((t) => t.type === '<>'));
}
