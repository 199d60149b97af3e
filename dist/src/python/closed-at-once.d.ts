import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type Pipes } from './pipe-site.js';
/**
 * Ex) p = Popen(cmd, stdout=PIPE, stderr=PIPE)
 *     p.stderr.close()
 *     for line in p.stdout: ...
 * A pipe closed before anything read it, right after the Popen (a statement of the same block,
 * the handle's first use), while the code goes on to read the other pipe: the child is still
 * running, and its next write to the closed pipe kills it (SIGPIPE; on Python 2.7, where the child
 * inherits SIGPIPE ignored, the write fails with EPIPE). The output the code then reads stops
 * there. `stderr=DEVNULL` is what such code means. Not the pipeline idiom (`p2 = Popen(...,
 * stdin=p1.stdout); p1.stdout.close()`): there the pipe was handed on before the close.
 */
export interface ClosedAtOnce {
    /** The stream closed. */
    closed: Stream;
    /** The stream the code reads after the close. */
    read: Stream;
    close: SyntaxNode;
}
/** The pipe closed unread at once while the other one is read, or null. */
export declare function closedAtOnce(ctx: PythonContext, call: SyntaxNode, pipes: Pipes): ClosedAtOnce | null;
/** Reports the shape above; true when it did (or when the shape is there and nothing breaks). */
export declare function reportClosedAtOnce(ctx: PythonContext, call: SyntaxNode, pipes: Pipes, qualified: string): boolean;
