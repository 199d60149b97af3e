import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { type PipeChoice } from './pipe-choice.js';
import type { CommandOutput } from '../knowledge/commands.js';
/** `choice`: the pipes are chosen by a condition (pipe-choice.ts): a caller whose literal arguments rule them out is not judged. */
export declare function returnedCapture(ctx: PythonContext, call: SyntaxNode, growing: Stream[], output: CommandOutput, choice?: PipeChoice | null): boolean;
