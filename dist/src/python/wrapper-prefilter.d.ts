/**
 * The prefilter's view of project wrappers, from a module's bytes and text (no parse): which
 * functions of a module may wrap an opener, and whether a file calls one of a module it imports.
 */
/** How many wrappers deep a chain is followed, here and by the callers in callers.ts. */
export declare const MAX_CHAIN = 4;
/**
 * The prefilter's second chance (shape 6): a file that never says "popen" is still a
 * candidate when it imports a project module that defines a wrapper and names that wrapper.
 * The wrapper modules are summarised once each (the first pass), then every import line of
 * the file is matched against them.
 */
export declare function importsProjectWrapper(file: string, bytes: Buffer): boolean;
/** The bytes hold `^def[ \t]+\w+[ \t]*\(` (a line start as the m flag has it, in the latin1 text). */
export declare function definesAtLineStart(bytes: Buffer): boolean;
/** Standard modules that hold no project wrapper: their imports are not followed, here or in wrapperCommandsByText. */
export declare const STD_MODULE: RegExp;
/**
 * The prefilter's view of a module (no parse): top-level functions whose body returns a call to
 * popen/Popen. It may name a function the parsed summary later rejects; then the file is
 * parsed for nothing, never missed.
 */
export declare function wrapperNamesByText(file: string, given?: Buffer): string[];
export type TextCommands = Map<string, {
    index: number;
    name: string;
} | null>;
/** A pipe-capable opener in the bytes: `popen`, or `Popen` with `PIPE` (a Popen wrapper matters only for its pipes). */
/** What namesOpener needs one of: a module that holds neither names no opener. */
export declare const OPENER_WORDS: readonly string[];
export declare function namesOpener(bytes: Buffer): boolean;
/** The run's test for modules known to have no wrapper (null: none known, each is summarised). */
export declare function useWithoutWrapper(test: ((file: string) => boolean) | null): void;
/** A module's answer as it crosses to a worker thread: its file and [function, command] pairs. */
export type TextSummary = [file: string, commands: [string, {
    index: number;
    name: string;
} | null][]];
/**
 * The answers made since the `from`-th (and the count to ask from next time): the CLI hands them
 * to a lint worker with its next file (pool.ts), which would otherwise follow the same import
 * graph again to summarise the modules the file imports. Between two files no answer is
 * half-made (one is made whole, imports followed, before wrapperCommandsByText returns).
 */
export declare function textSummariesSince(from: number): {
    summaries: TextSummary[];
    next: number;
};
/** A worker takes the CLI's answers (textSummariesSince) as its own; one it made itself is kept. */
export declare function takeTextSummaries(summaries: readonly TextSummary[]): void;
/** A module's top-level functions (`^def name(`) and the text of each, up to the next. */
export interface ModuleFunctions {
    defs: RegExpExecArray[];
    bodies: string[];
}
export declare function moduleFunctions(text: string): ModuleFunctions;
/**
 * The wrappers a module that names an opener defines itself (into `names`), from its text: a
 * class whose instance holds a piped Popen (no command followed), and a top-level function that
 * returns an opener's handle or passes one of its parameters as the command.
 */
export declare function ownWrappers(text: string, pipes: boolean, { defs, bodies }: ModuleFunctions, names: TextCommands): void;
/**
 * The text may hand an opener's handle back: `return Popen(...)`, or an opener's call and a
 * `return p` line. `pipes`: the text names PIPE, so a Popen counts (else only popen).
 */
export declare function mayReturnHandle(text: string, pipes: boolean): boolean;
