import type { SyntaxNode, Tree } from './parse.js';
import { type Guard } from './wrapper-flags.js';
import { type ClassWrapper } from './wrapper-class.js';
import { PythonModel } from './semantic.js';
import { type PipeChoice } from './pipe-choice.js';
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
    /**
     * The wrapper does not return the handle: its opener call (in `model`), judged with each
     * caller's command; `fn` is the function that holds it (another than `name` for a chain:
     * `def run_shell(cmd): return execute(cmd)`, where `execute` holds the opener). `set`: for a
     * chain, how the inner call sets the flags of a wrapper that drains when asked (wrapper-flags.ts);
     * `skipped`: the arms under a parameter's test that the inner call is known not to run.
     */
    internal?: {
        opener: SyntaxNode;
        model: PythonModel;
        fn: string;
        set?: 'leaves' | 'unknown' | null;
        skipped?: SyntaxNode[];
    };
    /**
     * A returned Popen whose streams are PIPE through a local or on some runs only
     * (`pipeout = PIPE if capture else None`, pipe-choice.ts): `stdout`/`stderr` stay false (no
     * other reader of the summary pairs the condition); the wrapper's parameters, for a caller's
     * literal values (`capture=False`).
     */
    chosen?: {
        stdout: boolean;
        stderr: boolean;
        choice: PipeChoice | null;
        params: string[];
    };
    /**
     * The handle is returned only in arms under a test of a parameter (`if return_popen: return
     * proc`): a caller whose values skip one of them (wrapper-flags.ts, skippedArms) gets no handle
     * back, and the wrapper is judged for it as one that keeps its handle inside (`internal`).
     */
    returnedUnder?: {
        guards: Guard[];
        internal: {
            opener: SyntaxNode;
            model: PythonModel;
            fn: string;
        };
    };
}
/** `execute()`, or `execute() through run_shell()` for a wrapper of a wrapper. */
export declare function internalName(s: WrapperSummary, internal: {
    fn: string;
}): string;
/** A function that runs its parameter: its name, the parameter's position among a call's arguments, and its name. */
export interface CommandParameter {
    name: string;
    index: number;
    paramName: string;
    /** A method of this module-level class (`def _p_open(self, cmd)`), called as `self._p_open(...)`. */
    method?: string;
    /** For a method: a plain one takes the instance first when called on the class (`Tool._p_open(t, cmd)`). */
    bound?: 'instance' | 'class' | 'static';
}
/**
 * Ex) def run(cmd): subprocess.Popen(cmd, stdout=PIPE).wait()  - the command is `run`'s
 * parameter: the module-level function, the parameter's position and name. With `methods`, a
 * method of a module-level class too (its callers: callers.ts, methodCallers); the position then
 * leaves out `self` or `cls`.
 */
export declare function parameterOf(model: PythonModel, arg: SyntaxNode | null, methods?: boolean): CommandParameter | null;
export declare function wrapperSummaries(model: PythonModel): Map<string, WrapperSummary>;
/**
 * Whether wrapperSummaries passes over definitions that name no opener, and moduleSummaries
 * over modules that name Popen without PIPE (on; off only to compare the findings, in tests).
 */
export declare function useWrapperGates(on: boolean): void;
export declare function useParser(p: (text: string) => Tree): void;
export declare function projectParser(): ((text: string) => Tree) | null;
/** A copy of the tree moduleSummaries parsed from exactly this text of `file` (absolute), once; else null. */
export declare function takeParsedModule(file: string, text: string): Tree | null;
/** Which files' lint trees to keep for moduleSummaries (null: none; the kept ones not taken are freed). */
export declare function keepLintTrees(test: ((file: string) => boolean) | null): void;
/** How many lint trees are kept and not yet taken, and how many modules moduleSummaries parsed (for tests). */
export declare function lintTreeCounts(): {
    kept: number;
    parsed: number;
};
/**
 * A candidate's tree, parsed whole from `text` (`file` absolute): kept as a copy when the run
 * asks for it and the module names an opener (moduleSummaries would parse it).
 */
export declare function offerLintTree(file: string, text: string, tree: Tree): void;
/** The model of a project module that may return a Popen of its own (null: none, or not parsed). */
export declare function returningModule(file: string): PythonModel | null;
/** A call to a wrapper: `run(...)` defined in this module, or `sh.run(...)` / `from sh import run` from a project module. */
export interface WrapperCall {
    call: SyntaxNode;
    summary: WrapperSummary;
    where: string;
}
export declare function wrapperCalls(model: PythonModel, file: string | null): WrapperCall[];
/**
 * wrapperSummaries, with the wrappers of wrappers: a module-level function that passes its
 * parameter on as the command of a wrapper that leaves the pipe undrained inside.
 * Ex) def execute(cmd): p = Popen(cmd, shell=True, stdout=PIPE); p.wait(); ...
 *     def run_shell(cmd): return execute(cmd)     - run_shell('tar czvf ...') blocks in execute.
 * A wrapper that returns the handle is not chained: what the outer function does with the
 * handle it gets is judged where the handle is held.
 */
export declare function chainedSummaries(model: PythonModel, file: string | null): Map<string, WrapperSummary>;
