import { type HandleEvent, type Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * Class wrappers (shape 6 of issue 12): a class whose `__init__` starts the process and keeps
 * the handle on `self`, and whose methods wait and read it:
 *
 *     class Job:
 *         def __init__(self, cmd):  self.p = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *         def output(self):         self.p.wait(); return self.p.communicate()
 *         def __del__(self):        self.p.kill()
 *
 * A caller's `Job(['tshark', ...]).output()` is the wait-before-read of the Popen, with the
 * caller's command; a dropped `Job(cmd)` is collected at once and `__del__` ends the child. The
 * summary says what each method does to the handle, in order (other methods it calls inlined).
 */
/** What calling a method does to the handle, in order; `method` names the one that does it. */
export type Effect = ({
    kind: 'drain';
    streams: Stream[];
    toEof: boolean;
} | {
    kind: 'partial';
    stream: Stream;
} | {
    kind: 'close';
    stream: Stream;
} | {
    kind: 'wait';
} | {
    kind: 'end';
} | {
    kind: 'escape';
}) & {
    method: string; /** Where, in the class's module. */
    node: SyntaxNode;
};
export interface ClassWrapper {
    className: string;
    methods: Map<string, Effect[]>;
    /** `__del__` ends the child (kill, terminate, or a method that does). */
    endsOnDrop: boolean;
    /**
     * `__init__` parameters a caller can pass to change where the output goes (`stdout=`,
     * `devnull=True`): a caller that passes one is not judged. Name and position (self excluded).
     */
    switches: {
        name: string;
        position: number;
        flag: boolean;
    }[];
    /** Methods that return the handle's `poll()` (`def poll(self): return self.p.poll()`). */
    polls: Set<string>;
    /** `__init__` splits a string command into words (`cmd = cmd.split(' ')`, `shlex.split(cmd)`). */
    splits: boolean;
}
export interface ClassPipes {
    stdout: boolean;
    stderr: boolean;
    merged: boolean;
    shell: boolean;
    cmd: SyntaxNode;
    call: SyntaxNode;
}
/**
 * The summary of `cls` when its `__init__` does `self.<attr> = Popen(<param>, ...)` with a piped
 * stream, or null.
 */
export declare function classWrapper(model: PythonModel, cls: SyntaxNode): {
    summary: ClassWrapper;
    pipes: ClassPipes;
    param: number;
    paramName: string;
} | null;
/**
 * Waits inside the class that come before a read in the same method (`get_output(): wait(),
 * then communicate()`): the wrapper's own order is wrong, whatever its callers do after.
 */
export declare function waitsBeforeRead(summary: ClassWrapper): Effect[];
/** The caller passes an argument that changes where the output goes: not judged. */
export declare function switchesPassed(call: SyntaxNode, summary: ClassWrapper): boolean;
/** A caller's use of the object, as handle events placed at the caller's node. */
export declare function effectEvents(effects: Effect[], node: SyntaxNode): HandleEvent[];
export interface ClassSite {
    handle: 'dropped' | 'chained' | 'name';
    events: HandleEvent[];
    /** The method effects behind each caller node (for the message: which method waits). */
    behind: Map<number, Effect[]>;
}
/**
 * What a caller does with the object `Job(cmd)` makes, as handle events: a method call is
 * the method's effects; `j.p.wait()` on the raw handle is read as usual; other attributes are
 * data; the object handed on is an escape.
 */
export declare function classSite(model: PythonModel, call: SyntaxNode, summary: ClassWrapper, refsOf: (call: SyntaxNode) => SyntaxNode[] | null, handleAttr: (member: string) => boolean): ClassSite | null;
