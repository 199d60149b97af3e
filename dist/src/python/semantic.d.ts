import { type Binding, type Scope } from './binding.js';
import type { SyntaxNode, Tree } from './parse.js';
import type { Coverage } from './partial.js';
/**
 * What `from M import *` brings in, for the modules the rules care about: module -> names. Built
 * from the qualified names the rules declare they resolve (see starExports).
 */
export type StarExports = ReadonlyMap<string, ReadonlySet<string>>;
/** `['os.popen', 'subprocess.PIPE']` -> os: {popen}, subprocess: {PIPE}. */
export declare function starExports(qualifiedNames: Iterable<string>): StarExports;
export declare class PythonModel {
    readonly tree: Tree;
    private readonly starTable;
    private readonly starModule;
    private readonly coverage?;
    readonly module: Scope;
    /** The whole source: node offsets index it (the root node's text may start later). */
    readonly text: string;
    private readonly names;
    private readonly scopes;
    private readonly scopeOfCache;
    private stars;
    private readonly occurrenceCache;
    private readonly aliasCache;
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
    constructor(tree: Tree, text: string, starTable?: StarExports, starModule?: ((module: string) => Map<string, string> | null) | null, coverage?: Coverage | undefined);
    /** Identifier nodes spelled `name`, found from the text. */
    occurrences(name: string): SyntaxNode[];
    private scopeFor;
    /**
     * The innermost scope whose code contains node. Every node the walk passes on its way up
     * (all but a scope it enters by its body or parameters) has the answer of the node it started
     * from, since the rest of the walk is the same from there: each is cached, and the walk from
     * another identifier of the same statement or block stops at the first of them.
     */
    scopeOf(node: SyntaxNode): Scope;
    private readonly exceptCache;
    /**
     * binding.ts's exceptAbove, cached like scopeOf: each node the walk passes has the answer of
     * the node it started from (the bindings of a name in one block share their walk up).
     */
    private readonly inExceptClause;
    /** The parent scope, skipping nothing: class scopes are skipped by lookup. */
    private parentScope;
    private info;
    isBinding(node: SyntaxNode): boolean;
    private starImports;
    private projectStars;
    private projectStar;
    /** The scope a name used in `from` refers to and the bindings it has there (LEGB). */
    lookup(name: string, from: Scope): {
        scope: Scope;
        bindings: Binding[];
    } | null;
    /**
     * The module member a name stands for, or null when it is anything else. Every binding in
     * its scope must be the same import; a fallback in `except ImportError:` does not count.
     */
    resolveName(identifier: SyntaxNode): string | null;
    /**
     * Ex) if sys.platform.startswith('win32'): Popen = partial(Popen, creationflags=0x08000000)
     * A name rebound to functools.partial of itself with options that leave what the call runs and
     * where its streams go alone (a Windows console flag, the environment) still calls what it was
     * bound to: `Popen(cmd, stdout=PIPE)` is subprocess.Popen on every platform.
     */
    private withOptions;
    /** `os.popen`, `sp.Popen`, `run` (from os import popen as run) -> qualified name. */
    qualifiedName(expr: SyntaxNode): string | null;
    /** Every read of the name `binding` binds that resolves to the binding's scope. */
    references(binding: Binding): SyntaxNode[];
    /** Names bound at module level by an import of `qualified` (`import subprocess as sp` -> sp). */
    moduleAliases(qualified: string): string[];
    private findModuleAliases;
    /** Names that call sites of `qualified` may use: its last segment and local import aliases. */
    callNames(qualified: string): string[];
}
/** Skips redundant parentheses around an expression, upwards. */
export declare function outerExpression(node: SyntaxNode): SyntaxNode;
/**
 * Whether qualifiedName(expr) can be one of `qualified` (a shortcut that resolves no name): an
 * attribute's qualified name ends in the attribute (`a.b.popen` -> `....popen`), a name may be
 * any import's alias, anything else has none.
 */
export declare function mayQualifyAs(expr: SyntaxNode, qualified: ReadonlySet<string>): boolean;
export declare function unparenthesize(node: SyntaxNode): SyntaxNode;
