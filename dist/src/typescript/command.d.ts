import type { ts as TS } from 'ts-morph';
import { type CommandOutput } from '../knowledge/commands.js';
import { type JsModel } from './resolve.js';
/**
 * What the command of a child_process call writes, read from the call's arguments as far as
 * the source shows them and looked up in the command knowledge (src/knowledge/commands.ts).
 * Anything not known statically is output that can grow.
 */
/** `shell: true` (or a shell path) in the options literal; 'unknown' when it cannot be told. */
export declare function usesShell(model: JsModel, call: TS.CallExpression): boolean | 'unknown';
/** The script at `expr` (or the written `word`) when it and the project modules it requires write nothing. */
export declare function projectScript(model: JsModel, expr: TS.Expression | undefined, word: string | null): CommandOutput | null;
/** How loud a command is on both streams together: 0 (writes nothing) to 4 (both can grow). */
export declare const loudness: (o: CommandOutput) => number;
/** The loudest of several possible commands, per stream (the evidence of the loudest). */
export declare function loudest(outs: CommandOutput[]): CommandOutput;
/**
 * Output the command knowledge says grows, from what the program is, not from not knowing it:
 * an unlisted or unknown program, or an interpreter running some script, is only "can grow".
 */
export declare function knownToGrow(out: CommandOutput, stream: 'stdout' | 'stderr'): boolean;
/** knownToGrow(), past exec's maxBuffer (1 MiB): not a command whose output stays far below it (`git fetch`). */
export declare function knownToGrowPastBuffer(out: CommandOutput, stream: 'stdout' | 'stderr'): boolean;
/** What `program args...` writes, from the two expressions (either may be missing: unknown). */
export declare function argvOutput(model: JsModel, program: TS.Expression | undefined, args: TS.Expression | undefined): CommandOutput;
/** What the child of `spawn`/`fork`/`exec`/`execFile` writes on stdout and stderr. */
export declare function commandOutput(model: JsModel, call: TS.CallExpression, qualified: string): CommandOutput;
/**
 * A command handed in by the caller, not written here: a parameter of the enclosing function, a
 * property of one or of `this` (`this.options.script`), a call of a parameter (`command(file)`),
 * or a choice between those. Nothing of it is literal: it can be any build, test run or hook.
 */
export declare function fromCaller(model: JsModel, expr: TS.Expression, depth?: number): boolean;
