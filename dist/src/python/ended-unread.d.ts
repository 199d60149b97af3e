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
 * after the child is ended, so nothing reads the pipe while the child runs. A read is after the end
 * when, in its own function, an end of the child (`terminate()`, `kill()`, `send_signal()`,
 * `os.kill(x.pid, sig)`) comes before it, or it sits where the child is known to have exited
 * (`if self.proc.poll() is not None:`, `rc = self.proc.poll()` then `if rc is not None:`); or when it
 * is in a private method of the class (`def _read_output(self)`) that the class calls on `self` only
 * at such points (followed three levels). A public method may be called by anyone at any time: a
 * read there may come while the child runs.
 * `events`: what every use of the attribute in the module does (stored.ts). `origin`: the Popen.
 * `end` is the first end that comes before a read; `longLived` an end in another function than the
 * one that starts the child (the code stops it from elsewhere: it runs until then).
 */
export declare function readOnlyAfterEnd(model: PythonModel, origin: SyntaxNode, holder: string, given: HandleEvent[], growing: Stream[]): {
    streams: Stream[];
    end: SyntaxNode;
    read: HandleEvent;
    longLived: SyntaxNode | null;
} | null;
