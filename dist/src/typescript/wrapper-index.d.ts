import type { StreamName } from './child-fate.js';
/**
 * Project wrappers: a function a module exports that spawns a child and returns it, with a pipe
 * it does not read itself. Its callers, in other modules, decide whether the pipe is drained.
 * The index is built from the project's files before linting (plain data, so it reaches the
 * worker threads with the engine options) and read where those callers are linted.
 */
export interface WrapperInfo {
    /** Streams piped and not drained inside the wrapper, whose output can grow. */
    streams: StreamName[];
    /** The command knowledge's evidence, for messages. */
    evidence: string;
    /** How the knowledge decided the command's class (CommandOutput.basis): the finding's evidence follows. */
    basis?: 'listed' | 'unlisted' | 'value' | 'count';
    /** A program that runs others and can write anything (knowledge/evidence.ts nodeBufferEvidence): `can-grow`. */
    runsAnything?: true;
    /** Where the spawn is, for messages: "lib/proc.js:12". */
    at: string;
    /** The child outlives the parent (detached or unref()ed). */
    outlives: boolean;
    /** The wrapper itself listens for the child's 'exit' or 'close': its callers need not. */
    waits?: true;
    /**
     * `spawn(cmd, args)` straight from the wrapper's parameters: their positions, so a caller's
     * own arguments decide the command (`run('mkfifo', [p])` is quiet). null when not a parameter.
     */
    programParam: number | null;
    argsParam: number | null;
    /**
     * The child's stdio when the caller's arguments decide it (`spawn(cmd, args, { stdio })`,
     * `if (stdio) { opts = opts || {}; opts.stdio = stdio; }`): `streams` then lists the streams
     * that are unread and can grow if piped, and each call decides which of them are pipes.
     */
    stdio?: StdioSource;
}
/** What decides a wrapper's stdio, in terms of its parameters' positions. */
export type StdioSource = 
/** Fixed by the wrapper. */
{
    kind: 'fixed';
    stdout: PipeState;
    stderr: PipeState;
}
/** The caller's argument is the `stdio` value ('pipe', 'inherit', an array; null: the default pipes). */
 | {
    kind: 'stdio';
    param: number;
}
/** The caller's argument is the options object (absent or without `stdio`: the default pipes). */
 | {
    kind: 'options';
    param: number;
}
/** `if (stdio) opts.stdio = stdio`: `then` when the caller's argument is truthy (falsy with `negate`), else `else`. */
 | {
    kind: 'if';
    param: number;
    negate: boolean;
    then: StdioSource;
    else: StdioSource;
};
export type PipeState = 'pipe' | 'no' | 'unknown';
/** Module path without extension (or `/index`) -> exported name -> wrapper. */
export type WrapperIndex = Record<string, Record<string, WrapperInfo>>;
/** The key of a module file: its absolute path without extension, `/index` dropped. */
export declare function moduleKey(abs: string): string;
/**
 * What a file that calls a wrapper must contain: the export's name, or for a default export the
 * module's file name (in the require/import). A file with none of them is not parsed for it.
 */
export declare function wrapperNeedles(index: WrapperIndex): string[];
