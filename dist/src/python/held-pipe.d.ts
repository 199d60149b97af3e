import type { CommandOutput } from '../knowledge/commands.js';
import type { PythonContext } from './context.js';
import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type Pipes } from './pipe-site.js';
export interface HeldPipe {
    stream: Stream;
    /** The call that starts the consumer, and its statement. */
    consumer: SyntaxNode;
    consumerStatement: SyntaxNode;
    /** Where the parent waits for the producer with its copy open. */
    wait: HandleEvent;
    /** Every event of the handle, for the fix's safety. */
    events: HandleEvent[];
}
/** The held pipe of a Popen bound to a name, on any path through its uses, or null. */
export declare function heldPipe(ctx: PythonContext, call: SyntaxNode): HeldPipe | null;
/**
 * Reports the held pipe of `call`; true when the shape is there (reported, or judged harmless:
 * a quiet producer), so that the rule does not judge the handed-on pipe again.
 */
export declare function reportHeldPipe(ctx: PythonContext, call: SyntaxNode, pipes: Pipes, output: CommandOutput, qualified: string): boolean;
