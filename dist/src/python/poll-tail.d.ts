import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * Ex) while p.poll() is None:
 *         line = p.stdout.readline()
 * A readline() loop that runs only while the child is alive stops as soon as poll() (or
 * `returncode`) reports the exit: the lines the child wrote last, still in the pipe or in the
 * reader's buffer, are never read. Found when such loops are the only reads of the stream: no
 * read, `communicate()` or other loop after them, and the handle handed to nobody else. The
 * handle is a name (`p`) or an attribute (`self.p`); the stream may be read through a local
 * alias (`stdout = self.p.stdout`, `(out, err) = (p.stdout, p.stderr)`) used only so.
 */
export interface PollTail {
    stream: Stream;
    /** The `while` statement. */
    loop: SyntaxNode;
    /** Its condition, as the message quotes it; or the poll whose value ends it (`retcode = p.poll()`). */
    test: string;
    /** The loop stops once that poll has seen the exit, not while it tests the child alive. */
    breaks?: boolean;
    /** The function of the module the handle is handed to, which holds the loop (`run_subprocess()`). */
    via?: string;
    /** The method or local function that holds the readline(), called in the loop (`self.read_stdout()`). */
    reader?: string;
}
/** The stream (of those piped) read only by readline() in a poll-guarded loop, or null. */
export declare function pollTail(all: HandleEvent[], name: string, piped: Stream[], model?: PythonModel): PollTail | null;
