import type { SyntaxNode } from './parse.js';
import { type CallArguments } from './started-targets.js';
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
/** The parameters of the wrapper around `opener` whose truthiness decides whether it drains. */
export declare function drainFlags(model: PythonModel, opener: SyntaxNode): DrainFlag[];
export declare function truthOf(node: SyntaxNode | null): boolean | null;
/**
 * How a call sets the wrapper's flags: 'drains' when one of them takes the draining branch for
 * sure, 'leaves' when every one is known to skip it, 'unknown' when a value is not known (a
 * variable, an expression). The method's `self` is not passed: `skip` parameters are not counted.
 */
export declare function flagsAt(call: CallArguments, flags: DrainFlag[], skip?: number): 'drains' | 'leaves' | 'unknown';
/**
 * Ex) def query(cmd, on_progress=None):
 *         p = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *         if on_progress:
 *             for line in p.stderr: on_progress(line)   - stdout left unread meanwhile
 *         out, _ = p.communicate()
 * A use of the handle that runs only when a parameter says so: an arm of an `if` that tests a
 * parameter (`p`, `not p`, `p is None`, `p is not None`) the function never rebinds. A caller
 * that passes a value known to skip the arm (nothing with a None default, False, 0, '') runs
 * the wrapper without it; one whose value is not known may take it.
 */
export interface Guard {
    index: number;
    name: string;
    fallback: SyntaxNode | null;
    /** The arm's block, and the test the value must pass for the arm to run. */
    block: SyntaxNode;
    runsWhen: 'truthy' | 'falsy' | 'none' | 'not-none';
}
/** The arms of the wrapper around `opener` that use the handle under a test of a parameter. */
export declare function guardFlags(model: PythonModel, opener: SyntaxNode): Guard[];
/**
 * The guarded arms a call is known to skip, by the values it passes (or the defaults it
 * leaves); none when an argument is spread (`*args`, `**kw`). `skip` as for flagsAt.
 */
export declare function skippedArms(call: CallArguments, guards: Guard[], skip?: number): SyntaxNode[];
