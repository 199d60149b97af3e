import type { SyntaxNode } from './parse.js';
/**
 * The order in which code touches a process handle's pipes (subprocess.Popen, asyncio's
 * Process): drains, partial reads, waits. A pipe deadlocks when the parent waits - in `wait()`,
 * a poll loop, or a read of the other pipe up to EOF - while the child blocks on a full pipe
 * nobody reads. Each read of the handle's name is turned into one event, in source order.
 */
export type Stream = 'stdout' | 'stderr';
export type HandleEvent = 
/**
 * `communicate()`, `stdout.read()`, `for line in p.stdout` (no break): the parent reads to
 * EOF here (`toEof`); or the pipe is handed on (a reader thread, `stdin=p.stdout`), read elsewhere.
 * `via`: a function of the module the handle is passed to, which reads it (handoff.ts).
 */
{
    kind: 'drain';
    streams: Stream[];
    node: SyntaxNode;
    toEof?: boolean;
    via?: string;
}
/** `readline()`, `read(n)`, `next(p.stdout)`, a `for` over the pipe that breaks out. */
 | {
    kind: 'partial';
    stream: Stream;
    node: SyntaxNode;
}
/** `p.stdout.close()`: the read end closes; the child's next write breaks. */
 | {
    kind: 'close';
    stream: Stream;
    node: SyntaxNode;
}
/**
 * `wait()`, or a loop on `poll()`/`returncode` that reads nothing; `via`: how messages name a
 * wait found through a hand-off (handoff.ts): `os.waitpid()`, `the wait in wait_for()`;
 * `reads`: the pipes that function reads after its wait (not a pipe nobody reads);
 * `timed`: that wait gives up after a timeout (`psutil.Process(pid).wait(5)`).
 */
 | {
    kind: 'wait';
    node: SyntaxNode;
    call: SyntaxNode | null;
    via?: string;
    reads?: Stream[];
    timed?: boolean;
}
/** `kill()`, `terminate()`, `send_signal()`: the child is ended; `del p`. */
 | {
    kind: 'end';
    node: SyntaxNode;
}
/** Returned, passed on, stored: someone else may drain it. */
 | {
    kind: 'escape';
    node: SyntaxNode;
} | {
    kind: 'neutral';
    node: SyntaxNode;
};
export declare function loopOrPartial(stream: Stream, node: SyntaxNode, origin: SyntaxNode): HandleEvent;
/**
 * One read of the handle's name: what it does to the pipes. `origin` is the call that made
 * the process; loops that do not re-run it count as read loops.
 */
export declare function handleEvent(ref: SyntaxNode, origin: SyntaxNode): HandleEvent;
/** A `poll()` call (of the handle, or of a wrapper's method that returns the handle's poll()). */
export declare function pollEvent(call: SyntaxNode, origin: SyntaxNode): HandleEvent;
/** The statement a node sits in, when that statement is the node's own expression statement. */
export declare function statementOf(node: SyntaxNode): SyntaxNode | null;
