import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * The verdict on one handle's pipes: given its events in source order (drain.ts), how the
 * pipes can block - the parent waits or reads one pipe to EOF while another fills, or nothing
 * reads them at all - and where.
 */
export type Shape = 
/** Shape 1: `wait()` (or a poll loop) before the first drain. */
'wait-before-drain'
/** Shape 2: one pipe read to the end while the other fills. */
 | 'other-pipe-fills'
/** Shape 3: a partial read, then `wait()`. */
 | 'partial-then-wait'
/** Nothing reads the pipes; the handle lives on (or is dropped). */
 | 'never-read'
/** A partial read, then the handle is left alone while the child goes on writing. */
 | 'partial-then-left'
/** The pipe is closed unread (`p.stdout.close()`, the end of `with Popen(...)`). */
 | 'closed-unread';
export interface Verdict {
    shape: Shape;
    /** Where the parent blocks or lets go: the wait, the read to EOF, the close. */
    at: SyntaxNode | null;
    /** Piped streams that can still fill at that point. */
    full: Stream[];
    /** The streams nothing in the code ever reads. */
    neverRead: Stream[];
    /** The first drain after the wait, for the fix. */
    laterDrain: HandleEvent | null;
}
/**
 * Walks the events in order and says how the pipes can block. `growing` lists the piped
 * streams whose output can outgrow the pipe: only those can fill it.
 */
export declare function drainVerdict(events: HandleEvent[], growing: Stream[], endsWithClose: boolean): Verdict | null;
