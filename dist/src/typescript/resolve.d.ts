import type { ts as TS } from 'ts-morph';
import { type Binding, ScopeModel } from './scope.js';
/** Syntax that does not change a value: parentheses, casts, `!`. */
/** Ex) function f() {} / const f = () => {} / const f = (function () {}) as X: the name a function is bound to, or null. */
export declare function functionName(fn: TS.Node): TS.Identifier | null;
export declare function isWrapper(n: TS.Node): n is TS.ParenthesizedExpression | TS.AsExpression | TS.NonNullExpression | TS.TypeAssertion | TS.SatisfiesExpression;
/** `((x as T))!` -> `x`. */
export declare function skipOuter(e: TS.Expression): TS.Expression;
/**
 * Ex) process.on('SIGINT', stop), router.get('/x', (req, res) => ...): the call that takes `value`
 * (through parentheses and casts) as one of its arguments, its callee (wrappers skipped) and the
 * argument as the call holds it; null when `value` is not an argument of a call.
 */
export declare function callTaking(value: TS.Node): {
    call: TS.CallExpression;
    callee: TS.Expression;
    argument: TS.Expression;
} | null;
/** 'node:child_process' and 'child_process' are the same module. */
export declare function moduleName(specifier: string): string;
/** The packages EQUIVALENTS names, which the rules' prefilter must let through. */
export declare const EQUIVALENT_PACKAGES: readonly string[];
/** The mark of a name resolved through bluebird, kept as its alias (`wrappedName`): its promises are bluebird's. */
export declare const BLUEBIRD = "bluebird:";
export declare function stringValue(e: TS.Node | undefined): string | null;
/** The static name of `a.b` or `a['b']`. */
export declare function memberName(e: TS.Node): string | null;
/**
 * `NAME.key` where NAME is bound, with no path into a pattern, to an object literal that writes
 * `key` (`const CONSTANTS = { exec: 'dot' }`, `const opts = { maxBuffer: 1024 }`): the binding
 * and the property's value. Whether later writes change it is the caller's to judge.
 */
export declare function literalMember(model: JsModel, e: TS.Expression): {
    binding: NonNullable<ReturnType<JsModel['lookup']>>;
    value: TS.Expression;
} | null;
/**
 * Resolution that reads the project's other modules (passed-functions.ts: a child_process function
 * that every caller hands in, or that a function of the project returns). That module stands on
 * this one and on the project's index of callers, so this one does not import it: lint.ts hands it
 * in (resolveThroughProject) when it loads, before any model resolves a name. Without it (a model
 * used alone) a parameter or a call's result resolves to nothing.
 */
export interface ProjectResolution {
    passed(model: JsModel, b: Binding): string | null;
    returned(model: JsModel, call: TS.CallExpression): string | null;
}
export declare function resolveThroughProject(r: ProjectResolution): void;
export declare class JsModel extends ScopeModel {
    private readonly names;
    private readonly pending;
    private callList;
    private readonly aliases;
    /**
     * `node-cmd.run` for `cmd.run` after `require('node-cmd')`: the package's own name of a callee
     * that resolves to a child_process function it wraps (its arguments and result are its own:
     * a fix that rewrites the call into child_process's would not fit). Null otherwise.
     */
    wrappedName(expr: TS.Expression): string | null;
    /** `child_process.exec`, `util.promisify`, `promisify(child_process.exec)`, or null. */
    qualifiedName(expr: TS.Expression): string | null;
    private compute;
    /**
     * Ex) `var iw = module.exports = { exec: child_process.exec, scan: scan }; function scan() { this.exec(cmd, cb) }`:
     * `this.exec` in a function that is a property of one object literal (by name or inline, and
     * nowhere else) is that object's `exec`, as every call `iw.scan()` sees it (tests may swap it
     * for a fake; the library runs the real one). Null when the function has another use, or the
     * literal has no such property or spreads another object into it.
     */
    private homeProperty;
    /** What a binding holds, when its declaration says so and nothing assigns it again. */
    bindingName(b: Binding): string | null;
    /**
     * Ex) (actualSpawn: typeof childProcess.spawn) => actualSpawn(cmd, args)  -> child_process.spawn.
     * A parameter declared as the type of a function of this file's imports (and never assigned)
     * is that function, or one that works as it does (`cross-spawn`'s): the caller hands it in.
     */
    private typedParameter;
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
