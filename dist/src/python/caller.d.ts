import type { SyntaxNode } from './parse.js';
import type { PythonModel } from './semantic.js';
import type { CallArguments, PassedArguments } from './started-targets.js';
/** A caller of a project function or method (callers.ts, method-callers.ts): where it calls, and what it passes. */
export interface Caller {
    file: string;
    model: PythonModel;
    /** The call, or the start of a thread, process or pool on the function (started-targets.ts). */
    call: SyntaxNode;
    /** For a start: the arguments the function gets. */
    passed?: PassedArguments;
}
/** What a caller passes to the function: its call's arguments, or those a start hands on. */
export declare const argumentsOf: (c: Caller) => CallArguments;
/** The file being linted, as its text is now (an editor's buffer, stdin): used instead of the disk's. */
export interface OwnFile {
    file: string;
    model: PythonModel;
}
