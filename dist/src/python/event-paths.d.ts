import type { HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * The orders in which the code can touch the handle, one list per path. The first list holds
 * every event but those of branches that leave the function: a may-order, judged as a whole.
 * Then one list per choice of arms of the `if`s that hold events in more than one arm
 * (`if tee: <drain> else: p.wait()`), and one per branch that ends in `return`/`raise`
 * (`if not wait: return p` then `p.wait()`): the code after such a branch never follows it, so
 * a hand-off there does not hide a `wait()` below it. A path list is the main events before
 * the branch, then the branch's own. `certain`: a branch known to run whenever the origin ran
 * (exclusive-arms.ts): it is no branch, its events are on every path.
 */
export declare function eventPaths(events: HandleEvent[], origin: SyntaxNode, certain?: (block: SyntaxNode) => boolean): HandleEvent[][];
export declare function skippedCondition(main: HandleEvent[], path: HandleEvent[]): string | undefined;
