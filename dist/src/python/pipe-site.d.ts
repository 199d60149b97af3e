import type { CommandOutput } from '../knowledge/commands.js';
import type { PythonContext } from './context.js';
import { type HandleEvent, type Stream } from './drain.js';
import { type Verdict } from './drain-verdict.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type Stored } from './stored.js';
import { type PipeChoice } from './pipe-choice.js';
/**
 * Where a `subprocess.Popen(..., stdout=PIPE)` handle goes and in what order its pipes are
 * touched (POP005): dropped, chained, bound to a name, stored on an attribute or in a
 * container; the verdict of that order, and how messages describe it.
 */
export interface Pipes {
    /** The argument nodes of the pipes the parent gets: stdout=PIPE, stderr=PIPE. */
    stdout: SyntaxNode | null;
    stderr: SyntaxNode | null;
    /** stderr=STDOUT: the child's stderr goes down the stdout pipe. */
    merged: boolean;
    stdin: boolean;
}
export declare function pipesOf(ctx: PythonContext, call: SyntaxNode): Pipes;
/** pipesOf for a call of any module's model (another module's function: imported-capture.ts). */
export declare function pipesIn(model: PythonModel, call: SyntaxNode): Pipes;
/** The pipes of `call` when a stream is PIPE through a local or on some runs only (pipe-choice.ts). */
export declare function chosenPipes(ctx: PythonContext, call: SyntaxNode): {
    pipes: Pipes;
    choice: PipeChoice | null;
} | null;
/**
 * The piped streams whose writer can outgrow the pipe. `life`: over the whole life of a program
 * a launcher starts with these pipes (`xdg-open`: commands.data.ts `livesOn`), for the shapes
 * that never read them while it runs.
 */
export declare function growingStreams(pipes: Pipes, output: CommandOutput, life?: boolean): Stream[];
/** The shapes that leave a pipe unread for the child's whole life: a trickle over hours fills it. */
export declare const NEVER_READ_SHAPES: ReadonlySet<string>;
export declare function isShell(call: SyntaxNode): boolean;
export interface Site {
    verdict: Verdict;
    /** How the handle is held: a name (`p`), an attribute (`self.server`), a container (`jobs`), or nothing. */
    holder: string | null;
    handle: 'dropped' | 'chained' | 'name' | 'attribute' | 'container';
    events: HandleEvent[];
    withBlock: boolean;
    /** For a bound name: the binding statement. */
    statement: SyntaxNode | null;
    /** The reads sit under an `if` the path that blocks skips: its condition. */
    readOnlyWhen?: string;
}
/**
 * A handle stored on `self.<attr>` in a method (`call` is the value stored: a Popen call, or
 * the `await` of asyncio's create_subprocess_*): what the module does with the attribute, and
 * what the subclasses other modules of the repository define do with it (a subclass method's
 * `await self.proc.wait()`). A wait or a read found in another module names where it is, and
 * offers no edit here. Subclasses that cannot all be seen add nothing.
 */
export declare function attributeStore(ctx: PythonContext, call: SyntaxNode): Stored | null;
export declare function storedSite(stored: Stored, handle: 'attribute' | 'container', growing: Stream[]): Site | null;
/**
 * The events of a handle bound to a name (`p = Popen(...)`), every read of the name in order,
 * and the paths through them (event-paths.ts): the first holds every event but those of
 * branches that leave the function. Null when the handle is not bound to a name.
 */
export declare function nameEvents(ctx: PythonContext, call: SyntaxNode, skipped?: readonly SyntaxNode[]): {
    all: HandleEvent[];
    paths: HandleEvent[][];
} | null;
/**
 * What the code does with the pipes of `call`, judged: null when nothing undrained can fill.
 * `skipped`: arms of the function a caller of a wrapper is known not to run (wrapper-flags.ts).
 */
export declare function siteOf(ctx: PythonContext, call: SyntaxNode, growing: Stream[], skipped?: readonly SyntaxNode[], choice?: PipeChoice | null): Site | null;
