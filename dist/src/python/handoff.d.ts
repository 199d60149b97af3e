import { type HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/** handleEvent, with the hand-offs this module can see through resolved. */
export declare function handoffEvent(model: PythonModel, ref: SyntaxNode, origin: SyntaxNode, depth?: number): HandleEvent;
