import type { FileResult } from './finding.js';
import type { EngineOptions, Language } from './types.js';
/** A file to lint: its path as shown, its absolute path, its language, or its text from stdin. */
export interface Target {
    path: string;
    abs: string;
    language: Language;
    /** Source given on stdin (--stdin-filename). */
    stdin?: Buffer;
    /** The folder named on the command line that the file was found in (absolute): see EngineOptions.namedFolder. */
    namedFolder?: string;
}
/**
 * Bytes of one target, or the one-line reason it cannot be read. It never blocks: a FIFO or
 * device is refused by stat before any open, and the open is non-blocking in case the path
 * was swapped in between (fstat then refuses it). What the bytes may hold (binary, too deep to
 * parse, undecodable) is judged by the engine's prepare(), the same for check and fix.
 */
export declare function readTarget(t: Target): Buffer | {
    error: string;
};
/**
 * The prefilter pass's reader (see file-bytes.ts): null for anything unusual (stdin, an error,
 * not a regular file), and readTarget then decides, so its policy and messages stay the only ones.
 */
export declare class Reader {
    private readonly bytes;
    read(t: Target): Buffer | null;
}
/** A result for a file that could not be linted, with its one-line reason. */
export declare function failed(t: Pick<Target, 'path' | 'language'>, message: string): FileResult;
/** popenlint's own failure on one file: reported apart from findings (exit 2), never a crash. */
export declare function crashed(t: Pick<Target, 'path' | 'language'>, e: unknown): FileResult;
/**
 * One file, on whichever thread: a read error becomes an E902 diagnostic, an internal error
 * the file's `errors` (with its stack, which the main thread prints under --debug); never a
 * crash. The decoded text is kept only for files with findings (reporters show their lines); a
 * run over a large tree does not hold every parsed file in memory.
 */
export declare function lintTarget(t: Target, engine: EngineOptions, bytes?: Buffer | {
    error: string;
}, prefiltered?: boolean): Promise<FileResult>;
