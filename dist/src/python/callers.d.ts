import type { CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { PythonModel } from './semantic.js';
export interface Caller {
    file: string;
    model: PythonModel;
    call: SyntaxNode;
}
/**
 * Every call of `name`, a module-level function or class of `defFile`, in the repository; null
 * when the callers cannot all be seen (no repository root, too many files, no parser).
 */
export declare function projectCallers(defFile: string, name: string): Caller[] | null;
/**
 * Ex) def run(cmd): subprocess.Popen(cmd, stdout=PIPE).wait()  - the command is `run`'s
 * parameter: the module-level function, the parameter's position and name.
 */
export declare function parameterOf(model: PythonModel, arg: SyntaxNode | null): {
    name: string;
    index: number;
    paramName: string;
} | null;
/** A file of the project's tests: what a test passes says little of what the program runs. */
export declare const isTest: (file: string) => boolean;
export interface CallerVerdict {
    /** A caller whose command can fill the pipe, and where: `tools/x.py:12`. */
    growing: {
        output: CommandOutput;
        at: string;
        file: string;
    } | null;
    /** Callers whose command is not known statically; those outside the tests. */
    unseen: number;
    unseenOutsideTests: number;
    count: number;
}
/**
 * The commands the callers of a wrapper pass as its parameter, judged by `judge` (true: can
 * fill the pipe), but for the calls `harmless` clears; null when the callers are not known.
 */
export declare function judgeCallers(file: string, wrapper: {
    name: string;
    index: number;
    paramName: string;
}, classify: (model: PythonModel, arg: SyntaxNode | null) => CommandOutput, grows: (output: CommandOutput) => boolean, harmless?: (call: SyntaxNode) => boolean): CallerVerdict | null;
