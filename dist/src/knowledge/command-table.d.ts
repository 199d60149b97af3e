import { type CommandEntry, type ScalingEntry } from './commands.data.js';
/**
 * The command table compiled for matching (commands.data.ts): each line's program names,
 * subcommand words and option matchers, built once; and the first line an argument vector
 * matches, with the words that matched it, which messages show (`tar czvf`, `git rev-parse`).
 */
export declare const unknownWord: (w: string | null) => w is null;
export interface Compiled<E extends Line = CommandEntry> {
    readonly entry: E;
    readonly programs: Set<string>;
    readonly subcommands: Set<string>[];
    readonly when: Matcher[] | null;
    readonly also: Matcher[];
}
/** The phrase a pattern matches at args[i] (one word, or consecutive words), or null. */
type Matcher = (args: readonly (string | null)[], i: number) => string | null;
/** What COMMANDS and SCALING lines have in common: how a line is matched. */
export type Line = Pick<CommandEntry, 'command' | 'when' | 'exact' | 'also' | 'alone'> & {
    lastAfter?: string;
    filter?: readonly string[];
};
/**
 * A table's lines by program name, each compiled when first asked for: a command is matched
 * against the few lines of its own program (and those of any program), in table order, not
 * against all 576 lines (about 1 ms a command, and compiling them all about 2 ms of a small run).
 */
export declare class LineTable<E extends Line> {
    private readonly entries;
    private readonly compiled;
    private readonly byProgram;
    private readonly any;
    constructor(entries: readonly E[]);
    /** The lines of any of these programs, and those of any program, in table order. */
    lines(names: readonly string[]): Compiled<E>[];
    /** A line names one of these programs (a line of any program does not count). */
    lists(names: readonly string[]): boolean;
}
export declare function table(): LineTable<CommandEntry>;
export declare function scalingTable(): LineTable<ScalingEntry>;
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
