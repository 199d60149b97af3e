import { type ChildFate, type Obs } from './child-fate.js';
/**
 * What one route of a child (child.ts collects it) comes to: each stream drained, drained only
 * under a test (`if (verbose) child.stdout.on(...)`), read only after the exit, or unread; and
 * whether the child escapes. A drain counts only where it runs whenever the child runs.
 */
/** The fate of one route's observations. */
export declare function judgeRoute(obs: Obs): ChildFate;
