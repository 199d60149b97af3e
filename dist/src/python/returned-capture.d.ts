import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PipeChoice } from './pipe-choice.js';
import { type PythonModel } from './semantic.js';
import type { CommandOutput } from '../knowledge/commands.js';
/**
 * POP005 at the callers of a function of the module that returns its own Popen: each caller's
 * handle is judged where it holds it (the function is found in returned.ts).
 */
export declare function commandIsParameter(model: PythonModel, call: SyntaxNode): boolean;
/** `choice`: the pipes are chosen by a condition (pipe-choice.ts): a caller whose literal arguments rule them out is not judged. */
export declare function returnedCapture(ctx: PythonContext, call: SyntaxNode, growing: Stream[], output: CommandOutput, choice?: PipeChoice | null): boolean;
/** A Popen of a function's own command, handed back: what its callers get (imported-capture.ts makes it for another module's). */
export interface ReturnedCapture {
    name: string;
    /** `defined in this module`, `defined in utils.run`. */
    where: string;
    growing: Stream[];
    output: CommandOutput;
    /** A shell line run wholly in the background (`cmd &`): the shell exits at once. */
    shellExits: boolean;
    choice: PipeChoice | null;
}
/** Judges the handle where caller `c` of the function holds it, as a Popen made there would be; true when reported. */
export declare function reportAtCaller(ctx: PythonContext, c: SyntaxNode, capture: ReturnedCapture): boolean;
