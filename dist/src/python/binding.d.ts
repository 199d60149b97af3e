import type { SyntaxNode } from './parse.js';
/**
 * What an identifier occurrence in a Python module is: the scopes that hold names, the binding
 * records of the semantic model (semantic.ts), and how one occurrence is classified (a binding
 * and how, a read, a `global` declaration, or neither) from the nodes around it.
 */
export type ScopeKind = 'module' | 'function' | 'class' | 'lambda';
export interface Scope {
    kind: ScopeKind;
    node: SyntaxNode;
    /** node.id, read once: the getter crosses into the native binding. */
    id: number;
}
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
    scope: Scope;
}
export declare const SCOPE_TYPES: Record<string, ScopeKind>;
/** What an identifier occurrence is: a binding (and how), a read, or neither. */
export declare function classifyOccurrence(id: SyntaxNode, inExceptClause?: (from: SyntaxNode) => boolean): Omit<Binding, 'name' | 'node' | 'scope'> | 'load' | 'global' | null;
/** `from` or a node above it, below the nearest scope node (function, class, lambda), is an except clause. */
export declare function exceptAbove(from: SyntaxNode): boolean;
/**
 * Ex) subprocess = None  /  subprocess, import_error = None, None  ...  try: import subprocess
 * A name set to None before an optional import stands for nothing else: where the code calls
 * through it, the import took place.
 */
export declare function placeholder(b: Binding): boolean;
