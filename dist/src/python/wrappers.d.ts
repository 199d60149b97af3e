import type { SyntaxNode, Tree } from './parse.js';
import { PythonModel } from './semantic.js';
/**
 * Project wrappers (shape 6 of issue 12): a function that starts a process and returns its
 * handle, `def run(cmd): return os.popen(cmd)`, makes every caller that drops the handle a
 * hazard. A summary says what the wrapper returns (which opener, which pipes), and which of
 * its parameters carries the command. Summaries of another module's functions are computed
 * once per module file and cached.
 */
export interface WrapperSummary {
    name: string;
    /** The opener it returns: 'os.popen' (stdout piped) or 'subprocess.Popen'. */
    opener: 'os.popen' | 'subprocess.Popen';
    /** Index of the parameter that is the command (its position in the call). */
    param: number;
    /** For Popen: the piped streams and whether stderr goes to stdout; shell=True. */
    stdout: boolean;
    stderr: boolean;
    merged: boolean;
    shell: boolean;
    /** The return statement's opener call, for messages. */
    line: number;
}
/** Module-level functions of `model` that return an opener's handle with a parameter as the command. */
export declare function wrapperSummaries(model: PythonModel): Map<string, WrapperSummary>;
export declare function useParser(p: (text: string) => Tree): void;
/** A call to a wrapper: `run(...)` defined in this module, or `sh.run(...)` / `from sh import run` from a project module. */
export interface WrapperCall {
    call: SyntaxNode;
    summary: WrapperSummary;
    where: string;
}
export declare function wrapperCalls(model: PythonModel, file: string | null): WrapperCall[];
/**
 * The prefilter's second chance (shape 6): a file that never says "popen" is still a
 * candidate when it imports a project module that defines a wrapper and names that wrapper.
 * The wrapper modules are summarised once each (the first pass), then every import line of
 * the file is matched against them.
 */
export declare function importsProjectWrapper(file: string, bytes: Buffer): boolean;
