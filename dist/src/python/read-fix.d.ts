import type { PythonContext } from './context.js';
import type { SyntaxNode } from './parse.js';
import type { Site } from './pipe-site.js';
import type { Fix } from '../types.js';
export declare function readFix(ctx: PythonContext, call: SyntaxNode, site: Site, stdinPiped: boolean): Fix | null;
