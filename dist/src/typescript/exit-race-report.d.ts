import type { ts as TS } from 'ts-morph';
import type { JsContext } from './context.js';
import { type ExitRace } from './exit-race.js';
import type { OptionsArg } from './options.js';
import type { CommandOutput } from '../knowledge/commands.js';
import type { LastWrite } from '../knowledge/last-write.data.js';
/** The races left, and the command's output as the knowledge judged it. */
export interface CutRaces {
    races: ExitRace[];
    /** What the knowledge says of the command (null when no race is left to judge). */
    output: CommandOutput | null;
}
/**
 * The races on a stream the command writes anything on. Size does not matter: libuv reaps every
 * exited child when it handles one SIGCHLD, so when two children end in the same turn of the
 * event loop, the second one's 'exit' comes before its pipe is read, and the output used there is
 * empty, however short (measured on Node 20 / Linux: `sh -c 'printf …'` of 40 bytes, 140 of 200
 * empty at 'exit' with 20 children at a time, 32 of 40 with two and a busy loop, none at 'close';
 * test/e2e/exit-race-busy.test.ts). A direct child alone is read before its exit is reaped, the
 * parent busy or idle (none of 1,800, 3 bytes to 2 MiB; the same test). Only a stream the command
 * writes nothing on cannot lose anything. Also what the knowledge says of the command, for how its
 * output and its exit come together.
 */
export declare function racesThatCanCut(ctx: JsContext, call: TS.CallExpression, qualified: string, races: ExitRace[], options: OptionsArg | null): CutRaces;
/** How the child ends after its last write (last-write.data.ts), and the program, for messages. */
interface ChildKind {
    lastWrite: LastWrite | null;
    program: string | null;
}
/** A fork() runs a Node program; a spawn, the command the knowledge judged. */
export declare function childKind(fn: string, output: CommandOutput | null): ChildKind;
export declare function reportRaces(ctx: JsContext, call: TS.CallExpression, fn: string, { races, output }: CutRaces): void;
export {};
