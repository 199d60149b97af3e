import type { HandleEvent, Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';

/**
 * The verdict on one handle's pipes: given its events in source order (drain.ts), how the
 * pipes can block - the parent waits or reads one pipe to EOF while another fills, or nothing
 * reads them at all - and where.
 */

export type Shape =
  /** Shape 1: `wait()` (or a poll loop) before the first drain. */
  | 'wait-before-drain'
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
export function drainVerdict(events: HandleEvent[], growing: Stream[], endsWithClose: boolean): Verdict | null {
  if (growing.length === 0) return null;
  const state = new Map<Stream, 'unread' | 'partial' | 'drained'>(growing.map((s) => [s, 'unread']));
  const everRead = new Set<Stream>();
  for (const ev of events) {
    if (ev.kind === 'drain' || ev.kind === 'partial') for (const s of ev.kind === 'drain' ? ev.streams : [ev.stream]) everRead.add(s);
  }
  const neverRead = growing.filter((s) => !everRead.has(s));
  const open = () => growing.filter((s) => state.get(s) !== 'drained');
  let ended = false;
  for (const [i, ev] of events.entries()) {
    switch (ev.kind) {
      case 'escape':
        return null;
      case 'end':
        ended = true;
        break;
      case 'drain': {
        // Ex) p.stdout.read() with stderr=PIPE: the parent reads stdout to EOF while the
        // child blocks on a full stderr - EOF never comes.
        const others = open().filter((s) => !ev.streams.includes(s) && state.get(s) !== 'drained');
        if (!ended && ev.toEof && ev.streams.length === 1 && others.length > 0) {
          return { shape: 'other-pipe-fills', at: ev.node, full: others, neverRead, laterDrain: null };
        }
        for (const s of ev.streams) state.set(s, 'drained');
        break;
      }
      case 'partial':
        if (state.get(ev.stream) === 'unread') state.set(ev.stream, 'partial');
        break;
      case 'close':
        // Ex) p.stdout.close(); p.wait() - the code throws the output away on purpose (a
        // probe that only wants the exit status): not judged a hazard.
        state.set(ev.stream, 'drained');
        break;
      case 'wait': {
        if (ended) break;
        const full = open();
        if (full.length === 0) break;
        const laterDrain = events.slice(i + 1).find((e) => e.kind === 'drain') ?? null;
        const partial = full.some((s) => state.get(s) === 'partial');
        const anyDrained = growing.some((s) => state.get(s) === 'drained');
        const shape: Shape = partial ? 'partial-then-wait' : anyDrained ? 'other-pipe-fills' : 'wait-before-drain';
        return { shape, at: ev.node, full, neverRead, laterDrain };
      }
      default:
        break;
    }
  }
  const full = open();
  if (full.length === 0) return null;
  // The end of `with Popen(...)` closes the pipes: harmless once the child was killed.
  if (endsWithClose) return ended ? null : { shape: 'closed-unread', at: null, full, neverRead, laterDrain: null };
  const partial = full.some((s) => state.get(s) === 'partial');
  if (!partial && growing.some((s) => state.get(s) === 'drained')) {
    // Ex) out = p.stdout (read elsewhere, a reader thread, a readline loop on the alias) and
    // stderr=PIPE read by nothing: stderr fills while stdout is read, and the child blocks.
    const unread = full.filter((s) => neverRead.includes(s));
    return unread.length ? { shape: 'never-read', at: null, full: unread, neverRead, laterDrain: null } : null;
  }
  return { shape: partial ? 'partial-then-left' : 'never-read', at: null, full, neverRead, laterDrain: null };
}
