import type { ts as TS } from 'ts-morph';
import { type CommandOutput } from '../knowledge/commands.js';
import { type JsModel } from './resolve.js';
import { type Site } from './callers-of.js';
export interface CallerCommand {
    /** The loudest caller's command, its evidence naming the callers that run it. */
    output: CommandOutput;
    /** Where the callers that run it are, relative to the wrapper's folder, each once: "platforms/linux.ts:19". */
    at: string;
    /** How many places `at` names (the messages say "the caller at" or "the callers at"). */
    places: number;
    /** Every caller's command is written in the project (none is a value only known at run time). */
    known: boolean;
    /** Each caller and what it runs (prefix-read.ts asks how a growing one uses the output). */
    judged: {
        site: Site;
        output: CommandOutput;
    }[];
    /** The callers that tie as the loudest: the same weight and the same evidence, in source order. */
    loudest: Site[];
}
/**
 * The places of `sites`, each once (two calls on one line are one place), relative to the folder
 * of `file`: "git.ts:69", "git.ts:69 and git.ts:80", "a.ts:3, b.ts:9, c.ts:1 and 2 more".
 */
export declare function placesOf(sites: readonly Site[], file: string): {
    at: string;
    places: number;
};
/** "the caller at a.ts:3" or "the callers at a.ts:3 and b.ts:9", with the verb in agreement when `verb` is given ("passes"). */
export declare function callersPhrase(named: {
    at: string;
    places: number;
}, verb?: 'passes' | 'hands in'): string;
/**
 * `via` with its evidence and places naming only the loudest callers `keep` admits (the ones a
 * finding is about: a caller that reads only the start of the output loses nothing past maxBuffer).
 * Unchanged when `keep` admits them all or none.
 */
export declare function namingOnly(via: CallerCommand, keep: (site: Site) => boolean, file: string): CallerCommand;
/**
 * The command of `call` (child_process `exec`, `execSync`, `execFile`, `spawn`...), when it is a
 * parameter of the function around it, as that function's callers in the project pass it: the
 * loudest of theirs. Null when the command is not such a parameter, or its callers are not all
 * known (an exported API no project code calls).
 */
export declare function callerCommandOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CallerCommand | null;
/**
 * Ex) function git(args, cb) { return cp.execFile('git', args, cb); }  git(['rev-parse', 'HEAD'], done)
 * The command of a call without a shell whose program is written here and whose argument list
 * is a parameter of the function around it, as that function's callers in the project pass the
 * words: the loudest of theirs (`git rev-parse HEAD` prints a line, where `git` alone can print a
 * lot). Null when that is not the call's shape, or its callers are not all known.
 */
export declare function callerWordsOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string, only?: ReadonlySet<TS.Node>): CallerCommand | null;
/** A shell line that writes the program and takes the rest from a parameter (`'pandoc ' + command`): its callers' lines, the loudest (caller-tail.ts). */
export declare function callerTailOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CallerCommand | null;
/**
 * Ex) function git(args) { return spawn('git', args); }  git(['ls-files', '--error-unmatch', p]).on('close', done)
 * The command of a wrapper's child as the callers at `sites` alone pass its words: the callers that
 * leave a stream unread, where others read it (`for await (const d of git(args).stdout)`). Null
 * when the words are not the callers', or none of `sites` calls the wrapper.
 */
export declare function judgedOutputAt(model: JsModel, call: TS.CallExpression, qualified: string, file: string, sites: ReadonlySet<TS.Node>): CommandOutput | null;
/** commandOutput(), with a wrapper's parameter judged by what its callers in the project pass (callerCommandOf, callerWordsOf). */
export declare function judgedOutput(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CommandOutput;
