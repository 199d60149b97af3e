import { type HandleEvent } from './drain.js';
import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
/**
 * The stages of a pipeline the parent builds (held-pipe.ts): each Popen's handle, bound to a name
 * (`p2 = Popen(...)`) or stored under a key written the same way at each use in the function
 * (`self.proc['compression_' + key] = Popen(...)`, audit 21: rescuezilla's backup), and what the
 * parent does with it.
 *
 * Ex) self.proc['pc_' + k] = Popen(partclone, stdout=PIPE, stderr=PIPE)
 *     self.proc['gz_' + k] = Popen(gzip, stdin=self.proc['pc_' + k].stdout, stdout=PIPE)
 *     self.proc['split_' + k] = Popen(split, stdin=self.proc['gz_' + k].stdout, ...)
 *     while True: line = self.proc['pc_' + k].stderr.readline(); if self.proc['pc_' + k].poll() is not None: break
 *     self.proc['gz_' + k].stdout.close()     # too late
 * When `split` exits early (a full disk), `gzip` is not told: this process holds a read end of
 * its pipe, so it blocks once the pipe is full, stops reading, and `partclone` blocks behind it.
 * The parent waits for `partclone`, upstream of the held pipe: a wait for any stage whose output
 * flows into the producer hangs as a wait for the producer itself does.
 */
export interface Stage {
    /** The handle as written: `p1`, `self.proc['pc_' + k]`. */
    name: string;
    all: HandleEvent[];
    paths: HandleEvent[][];
}
/** The stage `call` starts, or null when its handle is neither bound to a name nor stored under a key. */
export declare function stageOf(ctx: PythonContext, call: SyntaxNode): Stage | null;
/**
 * The waits for the stages upstream of `call` (the Popen whose stdin is `U.stdout`, and so on):
 * `U.wait()`, a poll loop on it, a read of its other pipe to the end. Each as a wait event on
 * `U`'s node, its `via` naming the wait and the stage.
 */
export declare function upstreamWaits(ctx: PythonContext, call: SyntaxNode, depth?: number): HandleEvent[];
/** Ex) Popen(B, stdin=p1.stdout): the Popen that started `p1`, whose stdout `call` reads; null when not known. */
export declare function upstreamCall(ctx: PythonContext, call: SyntaxNode): SyntaxNode | null;
