import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/** `use` sits in an arm that excludes the arm of `origin`: no path runs both. */
export declare function inExclusiveArm(model: PythonModel, origin: SyntaxNode, use: SyntaxNode): boolean;
/**
 * Ex) if capture: p = Popen(cmd, stdout=PIPE) ... if not capture: p.wait() else: return p.communicate()
 * `block` is an arm that runs whenever `origin` has run: every other arm of its `if` (the
 * fall-through of an `if` with no `else` included) excludes the arm of `origin`.
 */
export declare function armCertain(model: PythonModel, origin: SyntaxNode, block: SyntaxNode): boolean;
