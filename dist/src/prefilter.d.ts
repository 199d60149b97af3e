import type { Language, NeedleGroup } from './types.js';
export type { NeedleGroup } from './types.js';
/** A rule as the prefilter sees it: its words, or one group of words per kind of finding (RuleMeta.prefilter). */
export interface PrefilterRule extends NeedleGroup {
    prefilter?: readonly NeedleGroup[];
}
/**
 * A byte-level test run before any decode or parse: a file that contains none of the words the
 * enabled rules declare (their `needles`: `popen`, `Popen`, `child_process`...) cannot hold a
 * finding. A rule whose needles are common words (`run`, `call`) also declares `requires`: words
 * of which the file must contain one too (POP006: `socket`, `pipe`, `flock`...).
 *
 * For Python a second, still byte-level pass (run only on the few files that contain the
 * words) skips comments and plain string literals: a module that says "os.popen()" only in a
 * docstring, or names `self._popen`, is not parsed. A Python needle is an identifier, matched
 * whole. It errs on the side of parsing: f-string fields count as code, and anything it cannot
 * lex with certainty (an unterminated string) makes the file a candidate.
 */
export declare class Needles {
    readonly language: Language;
    private readonly groups;
    private readonly bytesOf;
    /** For each word, the other words it contains. */
    private readonly within;
    /** Every word the prefilter looks for: needles and required words. */
    readonly words: ReadonlySet<string>;
    private readonly lengths;
    private readonly firsts;
    /**
     * One word of each group's rarer side (its `requires` when it has some: a rule declares them
     * because its needles are common words): a file that holds none of them passes no group.
     * Tried first, in one pass over the bytes (AnyWord): most files of a tree end there.
     */
    private readonly gate;
    /**
     * Every word of 4 bytes or more (the stride AnyWord reads them at), found in one pass over a
     * file that passed the gate: a search per word read each such file once per absent word
     * (about 20 words for the default Python rules; 0.15 s of CPU over the Python install's 502
     * files that pass the gate).
     */
    private readonly collector;
    private readonly collected;
    private readonly gateWords;
    /** The bytes the gate last ruled out (see ruledOut). */
    private gateFailed;
    constructor(language: Language, rules: Iterable<PrefilterRule>);
    /** Some rule's words occur anywhere in the bytes (a needle, and a required word when it has some). */
    occursIn(b: Buffer): boolean;
    /**
     * The groups whose words (and text) all occur somewhere in the bytes, as a mask (bit i:
     * group i; more than 31 groups: all of them), or null when none does.
     */
    occurring(b: Buffer): number | null;
    private readonly anyOfCache;
    private anyOf;
    /**
     * None of the words occurs in `b`, as the last `occurring` over this very Buffer (the same
     * object) found without another pass: its gate, which read all of the bytes, held them all
     * and found none. False when unknown. The CLI asks it for the wrapper reach's opener test
     * (wrapper-reach.ts), of a file it has just prefiltered.
     */
    ruledOut(b: Buffer, words: readonly string[]): boolean;
    /** The identifier b[start, end) is one of the words, or null. */
    wordAt(b: Buffer, start: number, end: number): string | null;
    /** The words found so far let some rule through: one of the groups of `mask` (see occurring). */
    satisfiedBy(found: ReadonlySet<string>, mask?: number): boolean;
}
export declare function mentionsCandidate(bytes: Buffer, needles: Needles): boolean;
/**
 * True when some rule's words occur as identifiers outside comments and plain strings: a
 * needle, and one of the rule's required words when it declares some. Only the groups of
 * `mask` count: those whose text (NeedleGroup.bytes) the file holds.
 */
export declare function pythonCodeMentions(b: Buffer, needles: Needles, mask?: number): boolean;
