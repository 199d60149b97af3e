import { type HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import type { Binding } from './binding.js';
/**
 * handleEvent, with the hand-offs this module can see through resolved. `file`: the module's
 * path, to follow a hand-off into a function another module of the repository defines
 * (`util.kill_app(self.server)`); without it only this module's functions are followed.
 */
export declare function handoffEvent(model: PythonModel, ref: SyntaxNode, origin: SyntaxNode, depth?: number, file?: string): HandleEvent;
/** A call given any argument: `wait(5)`, `wait(timeout=5)` (a wait's only parameter is its timeout). */
export declare function hasArguments(call: SyntaxNode): boolean;
export interface Callee {
    def: SyntaxNode;
    /** Leading parameters the call does not pass (`self`). */
    skip: number;
    model: PythonModel;
    file?: string;
    /** The class whose __init__ the call reaches. */
    cls?: string;
}
export declare function calleeOf(model: PythonModel, call: SyntaxNode, file?: string): Callee | null;
/** A function of the project a value is passed to, and the parameter that receives it. */
export interface HandedParameter {
    call: SyntaxNode;
    /** The argument node (`x`, or the `name=x` keyword argument). */
    argument: SyntaxNode;
    callee: Callee;
    /** The parameter's name node, and its one binding in the callee. */
    param: SyntaxNode;
    binding: Binding;
}
/**
 * Ex) wait_for(p, 5) / ConnectedCommand(process=p) / run(cmd, stdin=p.stdout)
 * The call `value` is an argument of (positional, or keyword matched by name), when it reaches a
 * function of this module or the project, and the parameter that takes it there.
 */
export declare function parameterTaking(model: PythonModel, value: SyntaxNode, file?: string): HandedParameter | null;
