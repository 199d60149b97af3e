import type { SyntaxNode } from './parse.js';
import type { Binding } from './binding.js';
import { type PythonModel } from './semantic.js';
/** Shared questions the Python rules ask about a call and the value it returns. */
/** The single-pipe openers: os.popen, and platform.popen (Python 2, removed in 3.8). */
export declare const POPEN_FUNCTIONS: ReadonlySet<string>;
export interface ResolvedCall {
    call: SyntaxNode;
    qualified: string;
}
/** Calls whose callee resolves to one of `names` (e.g. `os.popen`), in source order. */
export declare function callsTo(model: PythonModel, names: ReadonlySet<string>): ResolvedCall[];
/** The argument at `position` or named `keyword`; null when absent or hidden by *args. */
export declare function argument(call: SyntaxNode, position: number, keyword: string): SyntaxNode | null;
export declare function isWriteModePopen(call: SyntaxNode): boolean;
/** A string literal's value, when the node is a plain literal. */
export declare function literalString(node: SyntaxNode | null): string | null;
export type Dropped = 
/** `os.popen(cmd)` as a statement. */
{
    kind: 'statement';
    statement: SyntaxNode;
}
/** `_ = os.popen(cmd)`. */
 | {
    kind: 'underscore';
    statement: SyntaxNode;
}
/** `with os.popen(cmd):` with no `as`. */
 | {
    kind: 'with';
    statement: SyntaxNode;
    item: SyntaxNode;
}
/** `os.popen(cmd).close()`: closes the read end before the command is done. */
 | {
    kind: 'close';
    closeCall: SyntaxNode;
    statement: SyntaxNode | null;
}
/**
 * Dropped where no statement-level rewrite fits: `os.popen(cmd).read` without the call,
 * `[os.popen(c) for c in cmds]` as a statement, `Thread(target=os.popen, args=(cmd,))`.
 */
 | {
    kind: 'expression';
    statement: null;
};
/** How the value of `call` is thrown away, if it is. */
export declare function droppedUse(call: SyntaxNode): Dropped | null;
/** Where a handle-valued expression is bound to a plain name: `p = ...` or `with ... as p`. */
export declare function boundName(model: PythonModel, call: SyntaxNode): {
    name: SyntaxNode;
    statement: SyntaxNode;
} | null;
export type Use = {
    kind: 'method';
    name: string;
    call: SyntaxNode;
    argCount: number;
} | {
    kind: 'attribute';
    name: string;
    node: SyntaxNode;
} | {
    kind: 'iterate';
} | {
    kind: 'next';
}
/** Truth tests, comparisons, `del`, `with p:`: neither reads nor hands the handle on. */
 | {
    kind: 'neutral';
}
/** Returned, yielded, passed on, stored, aliased, or anything not understood. */
 | {
    kind: 'escape';
};
/** What one read of a handle's name does with it. */
export declare function classifyUse(ref: SyntaxNode): Use;
export interface HandleUses {
    name: SyntaxNode;
    statement: SyntaxNode;
    uses: {
        ref: SyntaxNode;
        use: Use;
    }[];
}
/** For `p = call(...)` or `with call(...) as p:`, every later read of `p` and what it does. */
export declare function handleUses(model: PythonModel, call: SyntaxNode): HandleUses | null;
/**
 * The reads of a name that `binding` can reach (reaching definitions, simplified for
 * structured code): a later binding of the name kills it for every read it dominates - the
 * reads after it in its own block and the blocks nested there. A read before the binding is
 * reached only through a loop around both. So `proc = Popen(a); proc.communicate()` then
 * `proc = Popen(b, stdout=PIPE); proc.wait()`: the drain of the first does not hide the second.
 */
export declare function reachedLoads(model: PythonModel, binding: Binding): SyntaxNode[];
/**
 * The one binding of `name = value` that reaches this read of the name, when exactly one does
 * (reaching definitions, as reachedLoads): `cmd = 'a'; run(cmd)` ... `cmd = 'b'; run(cmd)` gives
 * each call its own command.
 */
export declare function reachingAssignment(model: PythonModel, identifier: SyntaxNode): Binding | null;
/**
 * The plain assignments (`name = value`) whose value a use of the name may read (reaching
 * definitions), or null when one of them is not a plain assignment or none is known:
 * `cmd = [...]` or `cmd = 'a ' + x` reassigned for each tool in a function, or in each branch
 * of an if/elif chain in a loop, reaches only its own uses. An assignment before the use in a
 * block around it hides every earlier one, and every one after the use (a binding later in a
 * loop reaches the use only around the back edge, through that assignment); one between them
 * (`if v: cmd = '...'`) may reach it too, and is returned with it.
 */
export declare function reachingAssignments(model: PythonModel, use: SyntaxNode): Binding[] | null;
/** The statement a use sits in, when that statement is the use's own expression statement. */
export declare function ownStatement(node: SyntaxNode): SyntaxNode | null;
/** The simple statement (expression, assignment, return...) that contains node. */
/** The nearest `def` around a node (a method, a nested def), or null at module level. */
export declare function enclosingFunction(node: SyntaxNode): SyntaxNode | null;
export declare function enclosingStatement(node: SyntaxNode): SyntaxNode | null;
export declare function expectedToRaise(node: SyntaxNode): boolean;
/** `node` runs repeatedly in a loop that does not also re-run `origin` (a read loop). */
export declare function inLoopAfter(node: SyntaxNode, origin: SyntaxNode): boolean;
/**
 * How long the parent lives after `node` runs: 'short' for script code at module level (not
 * in a loop) or a block that goes on to `sys.exit()`/`os._exit()`; 'long' otherwise (a function
 * may be a server handler, a loop keeps the process alive). Only the message depends on it:
 * a short-lived parent kills a child still writing into its pipe, a long-lived one leaves it
 * blocked at 64 KiB.
 */
export declare function parentLifetime(model: PythonModel, node: SyntaxNode): 'short' | 'long';
