import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type Pipes } from './pipe-site.js';
import type { CommandOutput } from '../knowledge/commands.js';
/**
 * POP005's reports of a capture nobody reads while the child runs, read only once it is ended
 * (a pause then terminate(), a child on `self` stopped from another method): the shapes are
 * found in ended-unread.ts; this says what they cost and offers the fix.
 */
export declare function endedCapture(ctx: PythonContext, call: SyntaxNode, pipes: Pipes, growing: Stream[], output: CommandOutput): void;
