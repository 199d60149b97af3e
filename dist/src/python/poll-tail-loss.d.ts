import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type pipesOf } from './pipe-site.js';
/**
 * POP005's report of a poll-guarded readline() loop that is the only read of its pipe (the loop
 * is found in poll-tail.ts): the message, and the words it adds to another finding.
 */
export declare function pollTailOf(ctx: PythonContext, call: SyntaxNode, pipes: ReturnType<typeof pipesOf>): {
    stream: Stream;
    text: string;
} | null;
export declare function pollTailLoss(ctx: PythonContext, call: SyntaxNode, pipes: ReturnType<typeof pipesOf>, qualified: string): boolean;
