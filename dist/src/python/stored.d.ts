import type { SyntaxNode } from './parse.js';
import type { PythonModel } from './semantic.js';
import { type HandleEvent } from './drain.js';
/**
 * Shape 5: a handle stored on an attribute (`self.server = Popen(...)`) or in a container is not
 * an escape when nothing in the module reads it there.
 *
 * Containers: a handle stored in a list, dict, set or tuple (`jobs[k] = Popen(...)`,
 * `procs.append(Popen(...))`, `procs = [Popen(...) for c in cmds]`) is an escape only when
 * something in the module reads a pipe through the container. The container is followed by
 * its spelling across the module - a bare name (`jobs`) or an attribute (`self.jobs`) - and
 * every use of it is judged: storing, sizing and testing read nothing; an element taken out
 * (`jobs[k]`, `procs.pop()`, `for p in procs`, `for k, p in jobs.items()`) is judged as the
 * handle itself; anything else (returned, passed on, aliased) hands the container on.
 * A handle bound to a name whose only use is storing it (`p = Popen(...); procs.append(p)`) is
 * stored as if written in place: the name reads nothing and hands the handle to nobody else.
 */
export interface Stored {
    /** The container as written: `jobs`, `self.procs`. */
    holder: string;
    /** What every use of the container does to the handles in it, in source order. */
    events: HandleEvent[];
    /** The statement that stores the handle. */
    statement: SyntaxNode | null;
}
/** What one read of an element (`jobs[k]`, the loop variable) does: a subprocess.Popen's events by default. */
export type ElementEvent = (ref: SyntaxNode, origin: SyntaxNode) => HandleEvent;
/**
 * The handle made by `call` and stored in a container, with every event through the container
 * in the module; null when the handle is not stored in a container, or when the container is
 * handed on (returned, passed to a function, aliased): someone else may read it.
 */
export declare function storedInContainer(model: PythonModel, call: SyntaxNode, element?: ElementEvent): Stored | null;
/**
 * The handle made by `call` and stored on an attribute (`self.server = call(...)`), with what
 * every other read of that attribute name in the module does to it; null when it is not so
 * stored. A new value (`self.server = None`) is not a read.
 */
export declare function storedOnAttribute(model: PythonModel, call: SyntaxNode, element?: ElementEvent): Stored | null;
