import type { Binding } from './binding.js';
import { type Callee } from './handoff.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * Ex) def run_cracker(cmd, stdin=None, companions=None):
 *         proc = subprocess.Popen(cmd, **({'stdin': stdin} if stdin is not None else {}))
 *         proc.wait()
 *         for gen in companions or []:
 *             gen.wait()
 *     ...
 *     gen = subprocess.Popen([generator], stdout=PIPE)
 *     run_cracker(cracker_cmd, stdin=gen.stdout, companions=[gen])
 *     gen.stdout.close()
 * A producer's stream handed to a function of the project that starts the consumer with it as
 * stdin (held-pipe.ts judges the order): what that function, and the functions it passes the
 * values on to, do with the stream and with the producer's handle. Followed: `stdin=param` in a
 * Popen-like call, a `{'stdin': param}` dict splatted into one (`**kwargs`), the parameter passed
 * on to another function of the project; for the handle, `param.wait()`, a `for` over the
 * parameter (or over `list(param)`, `param or []` kept in a name) that waits for each item.
 */
/** Calls that start a child reading the stream given as `stdin`, with stdin's position (-1: keyword only). */
export declare const CONSUMERS: ReadonlyMap<string, number>;
export interface CalleeHold {
    /** Where, in the function followed, the consumer starts (a call there, or the call leading to it). */
    consumer: SyntaxNode | null;
    /** The call that starts the consumer, wherever it is. */
    consumerCall: SyntaxNode | null;
    /** Where that function first waits for the producer (the wait, or the call leading to it). */
    firstWait: {
        at: SyntaxNode;
        node: SyntaxNode;
        fn: string;
    } | null;
    /** The consumer started, then a wait for the producer with no close of the stream between. */
    hazard: {
        consumerCall: SyntaxNode;
        wait: SyntaxNode;
        fn: string;
    } | null;
    /** The stream closed there (`stdin.close()`), or in a function it calls. */
    closed: boolean;
}
export declare function stdinOf(model: PythonModel, value: SyntaxNode): SyntaxNode | null;
interface Parameters {
    stream: Binding | null;
    /** The producer's handle, or a collection holding it (`companions=[gen]`). */
    handle: Binding | null;
}
/** What the function `callee` does with the stream and the handle it is given. */
export declare function followCallee(callee: Callee, params: Parameters, depth?: number): CalleeHold;
/**
 * Ex) run(cmd, stdin=p.stdout, companions=[p])  (`value` is the `p.stdout` argument)
 * The project function a producer's stream is passed to, judged with the producer's handle when
 * the same call passes it too (by itself or in a list or tuple literal): the parameters it lands
 * in, followed by followCallee. Null when the call reaches no function of the project.
 */
export declare function streamHandedToCallee(model: PythonModel, value: SyntaxNode, handleName: string, file?: string): (CalleeHold & {
    call: SyntaxNode;
    callee: Callee;
}) | null;
export {};
