import type { HandleEvent } from './drain.js';
/**
 * The readiness line the read loop of a partial read stops at (`'listening' in line: break`), or
 * null: every `break` of the loop sits under an `if` testing a string that says the child is
 * ready to serve.
 */
export declare function readyMarker(events: readonly HandleEvent[]): string | null;
