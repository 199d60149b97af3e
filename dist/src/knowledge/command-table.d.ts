import { type CommandEntry, type ScalingEntry } from './commands.data.js';
/**
 * The command table compiled for matching (commands.data.ts): each line's program names,
 * subcommand words and option matchers, built once; and the first line an argument vector
 * matches, with the words that matched it, which messages show (`tar czvf`, `git rev-parse`).
 */
export declare const unknownWord: (w: string | null) => w is null;
export interface Compiled<E extends Line = CommandEntry> {
    entry: E;
    programs: Set<string>;
    subcommands: Set<string>[];
    when: Matcher[] | null;
    also: Matcher[];
}
/** The phrase a pattern matches at args[i] (one word, or consecutive words), or null. */
type Matcher = (args: readonly (string | null)[], i: number) => string | null;
/** What COMMANDS and SCALING lines have in common: how a line is matched. */
export type Line = Pick<CommandEntry, 'command' | 'when' | 'exact' | 'also'> & {
    lastAfter?: string;
};
export declare function table(): Compiled[];
export declare function scalingTable(): Compiled<ScalingEntry>[];
/** The first line of `lines` that matches the command, with the words that matched it (for messages). */
export declare function firstMatch<E extends Line>(lines: Compiled<E>[], names: string[], args: readonly (string | null)[], positional: {
    word: string;
    afterOption: boolean;
    at: number;
}[], display?: string): {
    entry: E;
    phrase: string[];
} | null;
export {};
