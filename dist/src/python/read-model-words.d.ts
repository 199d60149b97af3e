import type { HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * The words of an other-pipe-fills finding when the reads are not "one pipe read to its end
 * while the other waits" (audit 29): the two pipes read a line each in turn, or the one read
 * made non-blocking and polled in a loop that kills the child at a deadline.
 */
/**
 * Ex) while self.p.poll() is None: self.read()   with   def read(self): out = self.p.stdout.readline(); err = self.p.stderr.readline()
 * Both pipes read at one place (a call of a method that reads a line of each, or a loop
 * round both readline() calls): the parent reads them in turn, blocking in the readline() of
 * the one the command is not writing to while nothing reads the other. The stream the parent
 * waits in is whichever is silent: the message names both.
 */
export declare function alternating(events: readonly HandleEvent[], at: SyntaxNode | null): boolean;
export declare function alternatingWords(streams: string, held: string, through: string): string;
/**
 * Ex) fcntl.fcntl(p.stdout, fcntl.F_SETFL, fcntl.fcntl(p.stdout, fcntl.F_GETFL) | os.O_NONBLOCK)
 * Ex) os.set_blocking(p.stdout.fileno(), False)
 * The stream the read at `at` takes is made non-blocking in the same function before it: the
 * read returns what is there and the loop polls on. Null when it is not.
 */
export declare function nonBlockingRead(at: SyntaxNode | null, holder: string | null): string | null;
/** The loop round `at` (nearest `while`), when its body ends the child: `p.kill()`, `os.kill(p.pid, ...)`. */
export declare function killingLoop(at: SyntaxNode, holder: string, ends: (loop: SyntaxNode, holder: string) => boolean): SyntaxNode | null;
