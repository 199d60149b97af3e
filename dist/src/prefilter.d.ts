import type { Language } from './types.js';
/**
 * A byte-level test run before any decode or parse: a file that contains none of the words the
 * enabled rules declare (their `needles`: `popen`, `Popen`, `child_process`...) cannot hold a
 * finding.
 *
 * For Python a second, still byte-level pass (run only on the few files that contain the
 * words) skips comments and plain string literals: a module that says "os.popen()" only in a
 * docstring, or names `self._popen`, is not parsed. A Python needle is an identifier, matched
 * whole. It errs on the side of parsing: f-string fields count as code, and anything it cannot
 * lex with certainty (an unterminated string) makes the file a candidate.
 */
export declare class Needles {
    readonly language: Language;
    private readonly bytes;
    private readonly words;
    private readonly lengths;
    private readonly firsts;
    constructor(language: Language, words: Iterable<string>);
    /** Some needle occurs anywhere in the bytes. */
    occursIn(b: Buffer): boolean;
    /** The identifier b[start, end) is a needle. */
    isWord(b: Buffer, start: number, end: number): boolean;
}
export declare function mentionsCandidate(bytes: Buffer, needles: Needles): boolean;
/** True when a needle occurs as an identifier outside comments and plain strings. */
export declare function pythonCodeMentions(b: Buffer, needles: Needles): boolean;
