import { type HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * handleEvent, with the hand-offs this module can see through resolved. `file`: the module's
 * path, to follow a hand-off into a function another module of the repository defines
 * (`util.kill_app(self.server)`); without it only this module's functions are followed.
 */
export declare function handoffEvent(model: PythonModel, ref: SyntaxNode, origin: SyntaxNode, depth?: number, file?: string): HandleEvent;
/** A call given any argument: `wait(5)`, `wait(timeout=5)` (a wait's only parameter is its timeout). */
export declare function hasArguments(call: SyntaxNode): boolean;
