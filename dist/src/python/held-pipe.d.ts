import type { CommandOutput } from '../knowledge/commands.js';
import type { PythonContext } from './context.js';
import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type Pipes } from './pipe-site.js';
import { type PythonModel } from './semantic.js';
/**
 * Ex) p1 = Popen(['find', '.'], stdout=PIPE)
 *     p2 = Popen(['xz'], stdin=p1.stdout, stdout=out)
 *     p2.wait()
 *     p1.wait()          # p1.stdout still open here
 * The parent hands a pipe on to the next stage and keeps its own copy of the read end. While the
 * consumer reads to the end, nothing shows. When it stops early (it is done: `head`, `grep -q`,
 * hashcat once every hash is cracked; or it fails: `xz` on a full disk, bad arguments, killed),
 * the producer is not told: a writer gets SIGPIPE (EPIPE) only once every read end is closed,
 * and this process holds one. The producer blocks for good once the pipe holds 64 KiB, and a
 * parent that waits for it (`p1.wait()`, or a function of the module it is handed to that waits)
 * waits for ever. The Python docs' pipeline idiom closes the copy after starting the consumer:
 * `p1.stdout.close()  # Allow p1 to receive a SIGPIPE if p2 exits.`
 *
 * Any consumer can exit early (a failure is always possible), so the shape is judged by the
 * producer: its output must be able to outgrow the pipe (the command table; a command not known
 * statically as elsewhere), and the parent must wait for it with its copy still open.
 *
 * A write of the producer's input (`shutil.copyfileobj(src, p1.stdin)`) blocks as a wait does: the
 * producer, stuck on its full output, reads no more input.
 *
 * Safe orders, not reported: the copy closed after the consumer starts and before the wait
 * (`p1.stdout.close()`, also in the callee of a hand-off); `with Popen(...) as p1:` whose end is
 * the only wait and that feeds it nothing (Popen.__exit__ closes stdout before it waits); the parent reading the rest itself
 * (`p1.communicate()`, `p1.stdout.read()`: it drains what the consumer left); the producer ended
 * (`kill()`, `terminate()`) before the wait; no wait for the producer at all (only the consumer
 * is waited: this process does not hang, and the dropped Popen's pipe closes when it is
 * collected); the pipe or the handle handed anywhere else before the wait (not followed).
 */
export interface HeldPipe {
    stream: Stream;
    /** The call that starts the consumer, and its statement. */
    consumer: SyntaxNode;
    consumerStatement: SyntaxNode;
    /** Where the parent waits for the producer with its copy open. */
    wait: HandleEvent;
    /** Every event of the handle, for the fix's safety. */
    events: HandleEvent[];
    /** The parent blocks writing the producer's input (`shutil.copyfileobj(src, p1.stdin)`), not in a wait. */
    feeds?: boolean;
    /** The handle as written: `p1`, `self.proc['pc_' + k]`, or `self.pid` for one stored on an attribute. */
    name: string;
    /**
     * The stream handed to a function of the project (held-callee.ts): the Popen there that starts
     * the consumer, in that function's module, and the function whose wait hangs.
     */
    callee?: {
        consumerCall: SyntaxNode;
        model: PythonModel;
        file?: string;
        fn: string;
        waitNode: SyntaxNode | null;
    };
}
export declare function handedStream(ev: HandleEvent): Stream | null;
/**
 * The held pipe of a Popen bound to a name or stored under a key (held-stages.ts), or else on an
 * attribute of the instance (attributeHeld), on any path through its uses, or null. The waits
 * for the stages upstream of it count as waits for it.
 */
export declare function heldPipe(ctx: PythonContext, call: SyntaxNode, depth?: number): HeldPipe | null;
/**
 * Reports the held pipe `held` of `call` (heldPipe), when its producer's output can outgrow the
 * pipe: a quiet producer finishes into the pipe's buffer, whatever the consumer does.
 */
export declare function reportHeldPipe(ctx: PythonContext, call: SyntaxNode, held: HeldPipe, pipes: Pipes, output: CommandOutput, qualified: string): void;
