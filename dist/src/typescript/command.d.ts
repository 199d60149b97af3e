import type { ts as TS } from 'ts-morph';
import { type CommandOutput } from '../knowledge/commands.js';
import { type JsModel } from './resolve.js';
/**
 * Output the command knowledge says grows, from what the program is, not from not knowing it:
 * an unlisted or unknown program, or an interpreter running some script, is only "can grow".
 */
export declare function knownToGrow(out: CommandOutput, stream: 'stdout' | 'stderr'): boolean;
/** What `program args...` writes, from the two expressions (either may be missing: unknown). */
export declare function argvOutput(model: JsModel, program: TS.Expression | undefined, args: TS.Expression | undefined): CommandOutput;
/** What the child of `spawn`/`fork`/`exec`/`execFile` writes on stdout and stderr. */
export declare function commandOutput(model: JsModel, call: TS.CallExpression, qualified: string): CommandOutput;
