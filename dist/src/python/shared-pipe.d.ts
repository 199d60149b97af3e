import type { PythonContext } from './context.js';
import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * Ex) uniq = Popen(['uniq', '-c'], stdin=sort.stdout, stdout=PIPE)
 *     rank = Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=PIPE)
 *     table = uniq.communicate()[0]
 * One pipe, two readers: the parent hands `uniq.stdout` to the next stage as its stdin and then
 * reads it itself, while that stage runs. A pipe has no copies for each reader: each read takes
 * what is there, so the bytes go to whichever reader asks first, and each gets part of the output,
 * all of it or none, differently from run to run (blind audit 45: git-better-blame's report came
 * back empty or cut in 2 and 9 of 20 runs; test/e2e/hazard-shared-pipe.test.ts). On every runtime
 * and at any size.
 *
 * Not reported: the parent closes its copy first (the pipeline idiom); the consumer waited for,
 * read to its end or ended before the parent reads (it has taken what it wanted, and the parent
 * drains what it left: held-pipe.ts's safe order); a consumer that runs to its end before the call
 * returns (`run`, `call`, `check_output`: not a Popen); the stream handed on or away (not followed).
 */
export interface SharedPipe {
    stream: Stream;
    /** The Popen that reads the stream as its stdin. */
    consumer: SyntaxNode;
    /** Where the parent reads it too. */
    read: HandleEvent;
}
/** The stream of the Popen `call` that a consumer Popen and this process both read, on some path; or null. */
export declare function sharedPipe(ctx: PythonContext, call: SyntaxNode): SharedPipe | null;
/**
 * Ex) Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=PIPE) whose input the parent also reads:
 * the pipe it reads is shared, reported on its producer (sharedPipe); what this stage writes is
 * some share of that output, whoever gets it.
 */
export declare function readsSharedPipe(ctx: PythonContext, call: SyntaxNode): boolean;
/** The message of a shared pipe of `call` (`qualified` as written), for POP005. */
export declare function sharedPipeMessage(ctx: PythonContext, call: SyntaxNode, shared: SharedPipe, qualified: string): string;
