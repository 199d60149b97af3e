import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * Ex) while p.poll() is None:
 *         line = p.stdout.readline()
 * A readline() loop that runs only while the child is alive stops as soon as poll() (or
 * `returncode`) reports the exit: the lines the child wrote last, still in the pipe or in the
 * reader's buffer, are never read. Found when such loops are the only reads of the stream: no
 * read, `communicate()` or other loop after them, and the handle handed to nobody else.
 */
export interface PollTail {
    stream: Stream;
    /** The `while` statement. */
    loop: SyntaxNode;
    /** Its condition, as the message quotes it. */
    test: string;
}
/** The stream (of those piped) read only by readline() in a poll-guarded loop, or null. */
export declare function pollTail(all: HandleEvent[], name: string, piped: Stream[]): PollTail | null;
