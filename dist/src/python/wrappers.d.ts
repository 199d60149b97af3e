import type { SyntaxNode, Tree } from './parse.js';
import { type ClassWrapper } from './wrapper-class.js';
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
    /** Its name, for a caller that passes it by keyword. */
    paramName: string;
    /** For Popen: the piped streams and whether stderr goes to stdout; shell=True. */
    stdout: boolean;
    stderr: boolean;
    merged: boolean;
    shell: boolean;
    /** The return statement's opener call, for messages. */
    line: number;
    /** A class whose `__init__` starts the process: what its methods do (wrapper-class.ts). */
    cls?: ClassWrapper;
    /** The wrapper does not return the handle: its opener call (in `model`), judged with each caller's command. */
    internal?: {
        opener: SyntaxNode;
        model: PythonModel;
    };
}
export declare function wrapperSummaries(model: PythonModel): Map<string, WrapperSummary>;
export declare function useParser(p: (text: string) => Tree): void;
export declare function projectParser(): ((text: string) => Tree) | null;
/** A call to a wrapper: `run(...)` defined in this module, or `sh.run(...)` / `from sh import run` from a project module. */
export interface WrapperCall {
    call: SyntaxNode;
    summary: WrapperSummary;
    where: string;
}
export declare function wrapperCalls(model: PythonModel, file: string | null): WrapperCall[];
/**
 * Calls of module-level functions or classes by name: `local` ones defined in this module, and
 * those `imported(file)` says a project module defines - `from tools.sh import run`,
 * `import tools.sh as sh; sh.run(...)`, `from tools import sh`, relative imports.
 */
export declare function resolvedCalls<T>(model: PythonModel, file: string | null, local: ReadonlyMap<string, T>, imported: (target: string) => ReadonlyMap<string, T>): {
    call: SyntaxNode;
    value: T;
    where: string;
    file: string | null;
}[];
/** The project modules the import lines of `text` bring in (those resolvedCalls looks for calls into). */
export declare function importTargets(text: string, file: string): Generator<{
    moduleName: string;
    target: string;
    qualifiedModule: string;
}>;
/**
 * The prefilter's second chance (shape 6): a file that never says "popen" is still a
 * candidate when it imports a project module that defines a wrapper and names that wrapper.
 * The wrapper modules are summarised once each (the first pass), then every import line of
 * the file is matched against them.
 */
export declare function importsProjectWrapper(file: string, bytes: Buffer): boolean;
