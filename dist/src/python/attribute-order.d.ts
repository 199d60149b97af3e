import type { PythonContext } from './context.js';
import { type HandleEvent, type Stream, type Verdict } from './drain.js';
import type { SyntaxNode } from './parse.js';
/**
 * The verdict of that order, when it shows one pipe read to its end (a read loop included)
 * while the other, also piped and growing, is read only later or never: null otherwise (the
 * module-wide judgement of stored.ts stands).
 */
export declare function attributeOrder(ctx: PythonContext, call: SyntaxNode, attr: string, growing: Stream[], everywhere: HandleEvent[]): {
    verdict: Verdict;
    events: HandleEvent[];
} | null;
