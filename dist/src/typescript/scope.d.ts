import type { ts as TS } from 'ts-morph';
/**
 * Lexical scopes of one JS/TS file, built lazily from syntax alone (no Program, no binder):
 * enough to tell that `exec` in a function whose parameter is named `exec` is not the module's.
 * `var` and parameters live in the enclosing function (or file), `let`/`const`/`class` and
 * block-level functions in their block, imports in the file.
 */
export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'catch' | 'other';
export interface Binding {
    name: string;
    kind: BindingKind;
    /** The identifier that declares it. */
    id: TS.Identifier;
    /** The node whose scope holds it. */
    scope: TS.Node;
    /** The declaration: VariableDeclaration, Parameter, ImportSpecifier, FunctionDeclaration... */
    decl: TS.Node;
    /** Variables: the initializer of the whole declaration (before destructuring). */
    init?: TS.Expression;
    /** Destructured variables: the property path into `init`; null when it is no plain path. */
    path?: string[] | null;
    /** Imports: module specifier, and the imported name ('*' for namespace/`import x = require`). */
    module?: string;
    imported?: string;
}
export type Identifier = TS.Identifier;
export declare function isFunctionLike(node: TS.Node): node is TS.SignatureDeclaration & {
    body?: TS.Node;
};
/** Name of a property key, when it is static. */
export declare function propertyKey(name: TS.Node | undefined): string | null;
export declare class ScopeModel {
    readonly sourceFile: TS.SourceFile;
    private readonly declarations;
    private referenceIndex;
    private readonly referenceCache;
    private allNames;
    constructor(sourceFile: TS.SourceFile);
    /** The binding an identifier in expression position refers to; null for globals. */
    lookup(id: Identifier): Binding | null;
    /** Reads of a binding (every identifier in expression position that resolves to it). */
    references(b: Binding): Identifier[];
    /** `let`/`var` assigned again after its declaration, so its initializer is not its value. */
    isReassigned(b: Binding): boolean;
    /** Every identifier in the file that is not a property name after a dot, to pick a fresh one. */
    identifierNames(): Set<string>;
    declarationsOf(scope: TS.Node): Map<string, Binding>;
    /** `var` anywhere in the function (outside nested functions) belongs to the function. */
    private hoistVars;
    private index;
}
/** An identifier that reads (or writes) a variable, not a property name, label or declaration. */
export declare function isReferencePosition(id: Identifier): boolean;
/** `x = ...`, `x += ...`, `x++`, `for (x of ...)`: the identifier is written, not read. */
export declare function isWriteTarget(id: TS.Node): boolean;
