import type { PythonContext } from './context.js';
import { type HandleEvent, type Stream } from './drain.js';
import { type Verdict } from './drain-verdict.js';
import type { SyntaxNode } from './parse.js';
/**
 * The verdict of that order, when it shows one pipe read to its end (a read loop included)
 * while the other, also piped and growing, is read only later or never: null otherwise (the
 * module-wide judgement of stored.ts stands).
 */
export declare function attributeOrder(ctx: PythonContext, call: SyntaxNode, attr: string, growing: Stream[], everywhere: HandleEvent[]): {
    verdict: Verdict;
    events: HandleEvent[];
} | null;
/**
 * Ex) def _run_command(self, cmd):
 *         self._process = Popen(cmd, stdout=PIPE)
 *         while True:
 *             ret = self._process.poll()
 *             if ret is not None:
 *                 out = self._process.communicate()[0]   # only once the child has exited
 *                 ...
 *             time.sleep(0.1)
 * The method that stores the Popen on `self.<attr>` waits for it (a `wait()`, a poll loop, a
 * poll tested in a loop that reads only once the child has exited) before any read of the
 * pipes: the order inside that method is known, as for a local name. Null when anything
 * outside the method reads, closes or hands on the attribute (a reader thread's method, a
 * method it calls): that read may run meanwhile; and when another method ends the child.
 */
export declare function attributeWaitFirst(ctx: PythonContext, call: SyntaxNode, attr: string, growing: Stream[], everywhere: HandleEvent[]): {
    verdict: Verdict;
    events: HandleEvent[];
} | null;
