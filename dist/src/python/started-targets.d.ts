import type { SyntaxNode } from './parse.js';
/**
 * A function handed to something that calls it later, with the arguments it is to get: a thread,
 * a process or a pool started on it (audit 21: Setzer's `thread.start_new_thread(self.run_query,
 * (['texcount', '-brief', filename], filename))`). For the callers of a wrapper (callers.ts) such a
 * start is a call like any other: the command is in the arguments it hands on.
 *
 * Ex) thread.start_new_thread(f, (a, b))          _thread / dummy_thread alike
 *     threading.Thread(target=f, args=(a,), kwargs={'k': b})   multiprocessing.Process alike
 *     executor.submit(f, a, k=b)                   concurrent.futures
 *     pool.apply_async(f, (a,), {'k': b})          multiprocessing.Pool's apply and apply_async
 *     loop.run_in_executor(None, f, a)             asyncio
 * The starter is known by its name alone (`x.submit(f, ...)`): whatever the object, the function
 * is what it calls with those arguments. Arguments held in a name (`args=argv`) are not known.
 */
/** The arguments a call passes to its function, or a start to the function it starts. */
export interface PassedArguments {
    positional: SyntaxNode[];
    keywords: Map<string, SyntaxNode>;
    /** Some are not known statically: a splat, a tuple held in a name. */
    opaque: boolean;
}
/** What a call or a start passes: the call node itself (its own arguments), or the start's. */
export type CallArguments = SyntaxNode | PassedArguments;
/** The argument at `position` or named `keyword`, as analysis.argument() finds it in a call. */
export declare function passedArgument(args: CallArguments, position: number, keyword: string): SyntaxNode | null;
/** Some argument is not known statically (a splat, or a start's arguments held in a name). */
export declare function opaqueArguments(args: CallArguments): boolean;
/**
 * The start `ref` (a function, `f` or `self.f`) is handed to, and the arguments it will get;
 * null when `ref` is not the function of such a start.
 */
export declare function startedTarget(ref: SyntaxNode): {
    call: SyntaxNode;
    passed: PassedArguments;
} | null;
