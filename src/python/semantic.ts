import { type Binding, classifyOccurrence, placeholder, type Scope, SCOPE_TYPES } from './binding.js';
import type { SyntaxNode, Tree } from './parse.js';
import type { Coverage } from './partial.js';

/**
 * A lazy semantic model of one Python module: scopes, the bindings of a name, and what an
 * imported name refers to. Rules ask it "is this call os.popen?" instead of matching text, so
 * `from os import popen as run` resolves and a local `os = RemoteShell(h)` does not.
 *
 * Nothing walks the whole tree. A name's occurrences are found by searching the text and
 * asking tree-sitter for the identifier at each offset (matches in strings and comments are
 * not identifiers and drop out), so the cost follows the names the rules ask about, not the
 * size of the file. Walking every node through the Node binding costs more than parsing.
 */

interface NameInfo {
  bindings: Binding[];
  /** The bindings by scope id (built on the first lookup): a name bound in 300 functions is looked up in one. */
  byScope?: Map<number, Binding[]>;
  loads: SyntaxNode[];
  /** Ids of scope nodes that declare the name `global`. */
  globals: Set<number>;
}

/**
 * What `from M import *` brings in, for the modules the rules care about: module -> names. Built
 * from the qualified names the rules declare they resolve (see starExports).
 */
export type StarExports = ReadonlyMap<string, ReadonlySet<string>>;

/** `['os.popen', 'subprocess.PIPE']` -> os: {popen}, subprocess: {PIPE}. */
export function starExports(qualifiedNames: Iterable<string>): StarExports {
  const out = new Map<string, Set<string>>();
  for (const q of qualifiedNames) {
    const dot = q.lastIndexOf('.');
    if (dot <= 0) continue;
    const module = q.slice(0, dot);
    let names = out.get(module);
    if (!names) out.set(module, (names = new Set()));
    names.add(q.slice(dot + 1));
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PythonModel {
  readonly module: Scope;
  /** The whole source: node offsets index it (the root node's text may start later). */
  readonly text: string;
  private readonly names = new Map<string, NameInfo>();
  private readonly scopes = new Map<number, Scope>();
  private readonly scopeOfCache = new Map<number, Scope>();
  private stars: string[] | null = null;
  private readonly occurrenceCache = new Map<string, SyntaxNode[]>();
  private readonly aliasCache = new Map<string, string[]>();

  /**
   * `text` is the whole source the tree was parsed from. Node offsets index that text; the
   * root node's own text starts at the first token (a leading blank line or comment is not in
   * it), so searching it would shift every offset. `starTable` says what `from M import *`
   * binds (see starExports). `starModule(name)`: what `from name import *` binds when `name` is
   * a module of the project (name -> qualified name), or null; lets `from src.core import *`
   * bring `subprocess` in. `coverage`: the tree holds only some top-level statements
   * (partial.ts); a name found in the text outside them throws NeedsWiderParse, so that no
   * answer rests on text not parsed.
   */
  constructor(
    readonly tree: Tree,
    text: string,
    private readonly starTable: StarExports = new Map(),
    private readonly starModule: ((module: string) => Map<string, string> | null) | null = null,
    private readonly coverage?: Coverage,
  ) {
    this.text = text;
    this.module = { kind: 'module', node: tree.rootNode, id: tree.rootNode.id };
    this.scopes.set(this.module.id, this.module);
  }

  /** Identifier nodes spelled `name`, found from the text. */
  occurrences(name: string): SyntaxNode[] {
    const cached = this.occurrenceCache.get(name);
    if (cached) return cached;
    const out: SyntaxNode[] = [];
    this.occurrenceCache.set(name, out);
    const re = new RegExp(`(?<![\\w\\u0080-\\uffff])${escapeRe(name)}(?![\\w\\u0080-\\uffff])`, 'g');
    const root = this.tree.rootNode;
    const matches = [...this.text.matchAll(re)].map((m) => m.index!);
    // Every match outside the parsed statements at once: one wider parse, not one per match.
    this.coverage?.requireAll(matches);
    for (const index of matches) {
      const node = root.descendantForIndex(index, index + name.length);
      if (node?.type === 'identifier' && node.startIndex === index) out.push(node);
    }
    return out;
  }

  private scopeFor(node: SyntaxNode): Scope {
    const id = node.id;
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = { kind: SCOPE_TYPES[node.type]!, node, id };
      this.scopes.set(id, scope);
    }
    return scope;
  }

  /**
   * The innermost scope whose code contains node. Every node the walk passes on its way up
   * (all but a scope it enters by its body or parameters) has the answer of the node it started
   * from, since the rest of the walk is the same from there: each is cached, and the walk from
   * another identifier of the same statement or block stops at the first of them.
   */
  scopeOf(node: SyntaxNode): Scope {
    const cached = this.scopeOfCache.get(node.id);
    if (cached) return cached;
    let result = this.module;
    const passed = [node.id];
    let child = node;
    // Each type read crosses into the WebAssembly parser: the child's is the one read before.
    let childType: string | null = null;
    for (let n = node.parent; n; child = n, n = n.parent) {
      const type = n.type;
      if (type in SCOPE_TYPES) {
        // A function's name, decorators and defaults belong to the enclosing scope; its
        // parameters and body to its own.
        childType ??= child.type;
        const field = childType === 'block' || childType === 'parameters' || childType === 'lambda_parameters' || (type === 'lambda' && child.id === n.childForFieldName('body')?.id);
        if (field) {
          result = this.scopeFor(n);
          break;
        }
      }
      const known = this.scopeOfCache.get(n.id);
      if (known) {
        result = known;
        break;
      }
      passed.push(n.id);
      childType = type;
    }
    for (const id of passed) this.scopeOfCache.set(id, result);
    return result;
  }

  private readonly exceptCache = new Map<number, boolean>();

  /**
   * binding.ts's exceptAbove, cached like scopeOf: each node the walk passes has the answer of
   * the node it started from (the bindings of a name in one block share their walk up).
   */
  private readonly inExceptClause = (from: SyntaxNode): boolean => {
    const passed: number[] = [];
    let result = false;
    for (let n: SyntaxNode | null = from; n; n = n.parent) {
      const known = this.exceptCache.get(n.id);
      if (known !== undefined) {
        result = known;
        break;
      }
      passed.push(n.id);
      const type = n.type;
      if (type in SCOPE_TYPES) break;
      if (type === 'except_clause') {
        result = true;
        break;
      }
    }
    for (const id of passed) this.exceptCache.set(id, result);
    return result;
  };

  /** The parent scope, skipping nothing: class scopes are skipped by lookup. */
  private parentScope(scope: Scope): Scope | null {
    return scope.kind === 'module' ? null : this.scopeOf(scope.node);
  }

  private info(name: string): NameInfo {
    let info = this.names.get(name);
    if (info) return info;
    info = { bindings: [], loads: [], globals: new Set() };
    for (const id of this.occurrences(name)) {
      const c = classifyOccurrence(id, this.inExceptClause);
      if (c === 'load') info.loads.push(id);
      else if (c === 'global') info.globals.add(this.scopeOf(id).id);
      else if (c) info.bindings.push({ ...c, name, node: id, scope: this.scopeOf(id) });
    }
    // `global x` in a function sends its bindings of x to the module.
    if (info.globals.size) {
      for (const b of info.bindings) if (info.globals.has(b.scope.id)) b.scope = this.module;
    }
    this.names.set(name, info);
    return info;
  }

  isBinding(node: SyntaxNode): boolean {
    return node.type === 'identifier' && this.info(node.text).bindings.some((b) => b.node.id === node.id);
  }

  private starImports(): string[] {
    if (!this.stars) {
      this.stars = [];
      const modules = [...this.starTable.keys()].map(escapeRe).join('|');
      if (!modules) return this.stars;
      const matches = [...this.text.matchAll(new RegExp(`\\bfrom\\s+(${modules})\\s+import\\s+\\*`, 'g'))];
      this.coverage?.requireAll(matches.map((m) => m.index!));
      for (const m of matches) {
        const node = this.tree.rootNode.descendantForIndex(m.index!, m.index! + 4);
        if (node?.parent?.type === 'import_from_statement' && this.scopeOf(node) === this.module) this.stars.push(m[1]!);
      }
    }
    return this.stars;
  }

  private projectStars: Map<string, string>[] | null = null;

  // Ex) from src.core import *  (src/core.py: import subprocess)
  private projectStar(name: string): string | null {
    if (!this.starModule) return null;
    if (!this.projectStars) {
      this.projectStars = [];
      for (const m of this.text.matchAll(/^from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm)) {
        if (this.starTable.has(m[1]!)) continue;
        const node = this.tree.rootNode.descendantForIndex(m.index!, m.index! + 4);
        if (node?.parent?.type !== 'import_from_statement') continue;
        const exports = this.starModule(m[1]!);
        if (exports) this.projectStars.push(exports);
      }
    }
    for (const exports of this.projectStars) {
      const q = exports.get(name);
      if (q) return q;
    }
    return null;
  }

  /** The scope a name used in `from` refers to and the bindings it has there (LEGB). */
  lookup(name: string, from: Scope): { scope: Scope; bindings: Binding[] } | null {
    const info = this.info(name);
    let scope: Scope | null = info.globals.has(from.id) ? this.module : from;
    let first = true;
    while (scope) {
      // Class bodies are not enclosing scopes for the functions inside them.
      if (first || scope.kind !== 'class') {
        if (!info.byScope) {
          info.byScope = new Map();
          for (const b of info.bindings) {
            const list = info.byScope.get(b.scope.id);
            if (list) list.push(b);
            else info.byScope.set(b.scope.id, [b]);
          }
        }
        // A copy, in source order, as a filter of the bindings gave it.
        const bindings = [...(info.byScope.get(scope.id) ?? [])];
        if (bindings.length) return { scope, bindings };
        if (scope === this.module) {
          const star = this.starImports().find((m) => this.starTable.get(m)?.has(name));
          if (star) return { scope, bindings: [{ name, kind: 'import', qualified: `${star}.${name}`, node: scope.node, inExcept: false, scope }] };
          const qualified = this.projectStar(name);
          if (qualified) return { scope, bindings: [{ name, kind: 'import', qualified, node: scope.node, inExcept: false, scope }] };
        }
      }
      first = false;
      scope = this.parentScope(scope);
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
      } else if (!b.inExcept && !placeholder(b) && !this.withOptions(b)) return null;
    }
    return qualified;
  }

  /**
   * Ex) if sys.platform.startswith('win32'): Popen = partial(Popen, creationflags=0x08000000)
   * A name rebound to functools.partial of itself with options that leave what the call runs and
   * where its streams go alone (a Windows console flag, the environment) still calls what it was
   * bound to: `Popen(cmd, stdout=PIPE)` is subprocess.Popen on every platform.
   */
  private withOptions(b: Binding): boolean {
    const value = b.kind === 'assign' && b.value ? unparenthesize(b.value) : null;
    const fn = value?.type === 'call' ? value.childForFieldName('function') : null;
    if (!value || !fn || fn.text === b.name || this.qualifiedName(fn) !== 'functools.partial') return false;
    const args = value.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    return args[0]?.type === 'identifier' && args[0].text === b.name && args.slice(1).every((a) => a.type === 'keyword_argument' && SAME_CALL_OPTIONS.has(a.childForFieldName('name')?.text ?? ''));
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

  /** Every read of the name `binding` binds that resolves to the binding's scope. */
  references(binding: Binding): SyntaxNode[] {
    // A load resolves to a scope around it: one outside the binding's scope never does. Checked
    // first, since a lookup for every load of a common name (a parameter of 300 functions) made
    // reachedLoads quadratic in the module.
    const { node, kind } = binding.scope;
    const start = kind === 'module' ? 0 : node.startIndex;
    const end = kind === 'module' ? Infinity : node.endIndex;
    // An identifier that starts inside the scope's node lies inside it (nodes nest).
    return this.info(binding.name).loads.filter((load) => {
      const at = load.startIndex;
      return at >= start && at < end && this.lookup(binding.name, this.scopeOf(load))?.scope === binding.scope;
    });
  }

  /** Names bound at module level by an import of `qualified` (`import subprocess as sp` -> sp). */
  moduleAliases(qualified: string): string[] {
    let aliases = this.aliasCache.get(qualified);
    if (!aliases) this.aliasCache.set(qualified, (aliases = this.findModuleAliases(qualified)));
    return aliases;
  }

  private findModuleAliases(qualified: string): string[] {
    const tail = qualified.slice(qualified.lastIndexOf('.') + 1);
    const out = new Set<string>();
    for (const id of this.occurrences(tail)) {
      const alias = id.parent?.parent?.type === 'aliased_import' ? id.parent.parent.childForFieldName('alias')?.text : id.text;
      if (!alias) continue;
      const found = this.lookup(alias, this.module);
      if (found?.scope === this.module && found.bindings.length === 1 && found.bindings[0]!.qualified === qualified) out.add(alias);
    }
    return [...out];
  }

  /** Names that call sites of `qualified` may use: its last segment and local import aliases. */
  callNames(qualified: string): string[] {
    const tail = qualified.slice(qualified.lastIndexOf('.') + 1);
    const names = new Set([tail]);
    for (const id of this.occurrences(tail)) {
      const aliased = id.parent?.parent;
      if (aliased?.type === 'aliased_import' && aliased.childForFieldName('name')?.id === id.parent!.id) {
        const alias = aliased.childForFieldName('alias')?.text;
        if (alias) names.add(alias);
      }
    }
    return [...names];
  }
}

/** Keyword options a partial may bind without changing the command run or its stdio. */
const SAME_CALL_OPTIONS = new Set(['creationflags', 'startupinfo', 'close_fds', 'env', 'cwd', 'start_new_session', 'preexec_fn']);

/** Skips redundant parentheses around an expression, upwards. */
export function outerExpression(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.parent && n.parent.type === 'parenthesized_expression') n = n.parent;
  return n;
}

/**
 * Whether qualifiedName(expr) can be one of `qualified` (a shortcut that resolves no name): an
 * attribute's qualified name ends in the attribute (`a.b.popen` -> `....popen`), a name may be
 * any import's alias, anything else has none.
 */
export function mayQualifyAs(expr: SyntaxNode, qualified: ReadonlySet<string>): boolean {
  const e = unparenthesize(expr);
  if (e.type === 'identifier') return true;
  if (e.type !== 'attribute') return false;
  const attribute = e.childForFieldName('attribute')?.text;
  if (!attribute) return false;
  for (const q of qualified) if (q.endsWith(`.${attribute}`)) return true;
  return false;
}

export function unparenthesize(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.type === 'parenthesized_expression' && n.namedChildren.length === 1) n = n.namedChildren[0]!;
  return n;
}
