import type { ts as TS } from 'ts-morph';
import { type Binding, ScopeModel } from './scope.js';
/** Syntax that does not change a value: parentheses, casts, `!`. */
export declare function isWrapper(n: TS.Node): n is TS.ParenthesizedExpression | TS.AsExpression | TS.NonNullExpression | TS.TypeAssertion | TS.SatisfiesExpression;
/** `((x as T))!` -> `x`. */
export declare function skipOuter(e: TS.Expression): TS.Expression;
/** 'node:child_process' and 'child_process' are the same module. */
export declare function moduleName(specifier: string): string;
export declare function stringValue(e: TS.Node | undefined): string | null;
/** The static name of `a.b` or `a['b']`. */
export declare function memberName(e: TS.Node): string | null;
export declare class JsModel extends ScopeModel {
    private readonly names;
    private readonly pending;
    private callList;
    /** `child_process.exec`, `util.promisify`, `promisify(child_process.exec)`, or null. */
    qualifiedName(expr: TS.Expression): string | null;
    private compute;
    /** What a binding holds, when its declaration says so and nothing assigns it again. */
    bindingName(b: Binding): string | null;
    /** Every call in the file, in source order. */
    calls(): TS.CallExpression[];
    /** Calls whose callee resolves to one of `names`, with the name it resolved to. */
    callsTo(names: ReadonlySet<string>): {
        call: TS.CallExpression;
        qualified: string;
    }[];
    /** The initializer a name stands for, when it is bound once (`const opts = {...}`). */
    initializerOf(e: TS.Expression): TS.Expression;
}
