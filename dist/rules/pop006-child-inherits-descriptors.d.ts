import type { PythonContext, PythonRule } from '../src/python/context.js';
/**
 * What the parent may hold that a child must not keep, and what goes wrong when it does. A pipe
 * blocks its reader (POP006); a socket or a lock only fails a restart while the child lives
 * (POP009, off by default).
 */
export type Holding = 'pipe' | 'socket-or-lock';
/** The calls that start a child. */
export declare const RESOLVES: string[];
/** The calls that make a holding of this kind, as the prefilter's words (`requires`). */
export declare function holdingWords(kind: Holding): string[];
/** The children that outlive their call and inherit a holding of this kind: POP006 (pipes) and POP009 (sockets, locks). */
export declare function checkInheritance(ctx: PythonContext, kind: Holding): void;
export declare const rule: PythonRule;
