import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import type { PythonModel } from './semantic.js';
/**
 * A capture left unread while the parent pauses, then ended and read:
 *
 *   p = Popen(['tcpdump', '-l', '-i', iface], stdout=PIPE)
 *   time.sleep(10)          # nothing reads the pipe
 *   p.terminate()
 *   out, _ = p.communicate()
 *
 * The code wants the output (it reads it after terminate()), but while it sleeps nothing reads
 * the pipe: a command that writes as it goes (a line per packet, per frame, per log line)
 * blocks once it has written 64 KiB, and stops working until it is ended. What communicate()
 * returns stops at those 64 KiB: the lines (the packets counted, the frames seen) the command
 * would have written for the rest of the pause are lost.
 */
export interface EndedUnread {
    /** The growing streams nothing reads before the child is ended, and read after. */
    streams: Stream[];
    /** The pause: `time.sleep(10)`, `input()`. */
    pause: SyntaxNode;
    /** The terminate()/kill() call. */
    end: SyntaxNode;
    /** The read after it. */
    read: HandleEvent;
}
/**
 * The events of a handle bound to a name, in order: the child ended (terminate/kill) with a
 * growing stream read by nothing before, a pause between the start and the end, and that
 * stream read after the end. Null when the shape is not there.
 */
export declare function endedUnread(model: PythonModel, origin: SyntaxNode, given: HandleEvent[], growing: Stream[]): EndedUnread | null;
/**
 * The same loss for a handle kept on `self` (`self.cap = Popen(...)` in start(), `self.cap.terminate();
 * out = self.cap.communicate()[0]` in stop()): every read of the growing stream in the module comes
 * after an end of the child in the same method, so nothing reads the pipe while the child runs.
 * `events`: what every use of the attribute in the module does (stored.ts).
 */
export declare function readOnlyAfterEnd(events: HandleEvent[], growing: Stream[]): {
    streams: Stream[];
    end: SyntaxNode;
    read: HandleEvent;
} | null;
