import { type HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/** handleEvent, with the hand-offs this module can see through resolved. */
export declare function handoffEvent(model: PythonModel, ref: SyntaxNode, origin: SyntaxNode, depth?: number): HandleEvent;
/** A call given any argument: `wait(5)`, `wait(timeout=5)` (a wait's only parameter is its timeout). */
export declare function hasArguments(call: SyntaxNode): boolean;
