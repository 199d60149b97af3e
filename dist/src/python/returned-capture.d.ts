import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import type { CommandOutput } from '../knowledge/commands.js';
export declare function returnedCapture(ctx: PythonContext, call: SyntaxNode, growing: Stream[], output: CommandOutput): boolean;
