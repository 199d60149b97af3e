import type { SourceText } from '../source.js';
import type { Fix } from '../types.js';
import type { HandleEvent } from './drain.js';
import type { SyntaxNode, Tree } from './parse.js';
/**
 * The fix, or null when a read cannot take its value from communicate()'s result (a partial
 * read, a pipe handed on, a second read of the same pipe, a read that may run before the
 * anchor), or the anchor is not a place communicate() can go.
 *
 * `anchor` is the event where the parent first blocks: a `wait()`, or a read to EOF while the
 * other pipe fills. `events` are the handle's events in source order; `origin` the Popen call.
 */
export declare function communicateFix(source: SourceText, tree: Tree, handle: string, anchor: HandleEvent, events: HandleEvent[], origin: SyntaxNode): Fix | null;
