import type { Fix } from '../types.js';
import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
/**
 * The devnull fix of a pipe nobody reads: each never-read PIPE becomes DEVNULL, or an open
 * devnull where the target has no DEVNULL (Python 2, 3.0-3.2) - a handle already in scope is
 * reused; an existing `DEVNULL` import or `subprocess` alias too.
 */
export declare function devnullFix(ctx: PythonContext, call: SyntaxNode, values: SyntaxNode[]): Fix | null;
