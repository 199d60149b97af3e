import { type CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type CommandParameter } from './wrappers.js';
import { type CallArguments } from './started-targets.js';
import { type Caller, type OwnFile } from './caller.js';
/**
 * The callers of a project function or class, across the repository (item 1 of the audit of
 * issue 12): a wrapper whose command is its parameter is judged with the commands its callers
 * pass. The repository's files come from project-files.ts; a file that calls the name is parsed,
 * once. Without a repository root, or past its file limit, the callers are unknown (null).
 */
export type { Caller, OwnFile } from './caller.js';
/**
 * Every call of `name`, a module-level function or class of `defFile`, in the repository; null
 * when the callers cannot all be seen (no repository root, too many files, no parser).
 */
export declare function projectCallers(defFile: string, name: string, own?: OwnFile, method?: CommandParameter, untraced?: (file: string, line: number) => void): Caller[] | null;
export { parameterOf } from './wrappers.js';
export interface CallerVerdict {
    /** A caller whose command can fill the pipe, and where: `tools/x.py:12`, with the function it calls there. */
    growing: {
        output: CommandOutput;
        at: string;
        fn: string;
        file: string;
    } | null;
    /**
     * The first growing caller whose program the command table does not list: a wrapper's call
     * site is reported only for a listed program, so this one is answered for at the definition.
     */
    unlisted: {
        output: CommandOutput;
        at: string;
        fn: string;
        file: string;
    } | null;
    /**
     * The first growing caller that starts a thread, process or pool on the wrapper: no call of
     * it is reported where it starts (wrapperCalls follows calls), so this one is answered for at
     * the definition too.
     */
    started: {
        output: CommandOutput;
        at: string;
        fn: string;
        file: string;
    } | null;
    /** Callers whose command is not known statically (those outside the tests), and where the first is. */
    unseen: number;
    unseenOutsideTests: number;
    unseenAt: string | null;
    /**
     * Why that caller is not judged: its command is not known, it keeps the handle of a command it
     * was given, or it calls the method on an object this run cannot tell is of the class.
     */
    unseenWhy: 'unknown' | 'keeps' | 'receiver';
    count: number;
}
/**
 * The commands the callers of a wrapper pass as its parameter, judged by `judge` (true: can
 * fill the pipe), but for the calls `harmless` clears; null when the callers are not known. A
 * caller that passes its own parameter on (`def run_shell(cmd): return execute(cmd)`) is itself a
 * wrapper: its callers are judged in its place, up to MAX_CHAIN levels, and the verdict names
 * the outermost call sites (`harmless` speaks of the direct calls only).
 */
export declare function judgeCallers(own: OwnFile, wrapper: CommandParameter, classify: (model: PythonModel, arg: SyntaxNode | null) => CommandOutput, grows: (output: CommandOutput) => boolean, harmless?: (args: CallArguments) => boolean, returnsHandle?: boolean): CallerVerdict | null;
/**
 * The evidence for a wrapper judged at its definition because its callers' commands are not
 * all seen: a caller that passes a command the code does not show; no caller in the repository
 * (a function for code outside it); or no repository to look in.
 */
export declare function unseenCallers(file: string, wrapper: {
    name: string;
    paramName: string;
}, judged: CallerVerdict | null): string;
export interface SubclassUse {
    file: string;
    /** `Sub.method` where the use is. */
    where: string;
    /** The attribute node (`self.proc`). */
    ref: SyntaxNode;
}
/**
 * The reads of `self.<attr>` in the subclasses of `className` (a class of `defFile`) that other
 * modules of the repository define (a module's own subclasses are in its own model); null when
 * they cannot all be seen (no repository root, too many files, no parser).
 */
export declare function subclassAttributeUses(defFile: string, className: string, attr: string): SubclassUse[] | null;
/** A module-level function of another project module, parsed. */
export interface ProjectFunction {
    file: string;
    model: PythonModel;
    def: SyntaxNode;
}
/**
 * The function a qualified name from `fromFile`'s imports reaches in another module of the
 * repository (`util.kill_app`): the module the import resolves to, or, when the import cannot be
 * resolved from the file's folders (a folder the program puts on `sys.path`), the one module of
 * the repository named as the import's last part (`util.py`) that defines the function. Null
 * when none, or more than one, is found.
 */
export declare function projectFunction(fromFile: string, qualified: string): ProjectFunction | null;
