/**
 * Whether bytes hold any of several words, in one pass that reads one byte pair in `stride`.
 * The prefilter asks it of every file of a tree for its gate (22 words for the default Python
 * rules): a search of the bytes per word read each file 22 times (0.75 s of CPU over the
 * 161 MB of the Python install's sources; this, 0.2 s). The answer is `words.some((w) =>
 * bytes.includes(w))`, exactly: test/any-word.test.ts compares them.
 *
 * How: each word is found from one of its byte pairs (an anchor) whose offset in the word has
 * each remainder modulo the stride, so that an occurrence, wherever it starts, puts one of
 * its anchors on a position the scan reads; a pair that anchors some word is then checked
 * against the words it anchors, at their offsets. The stride is at most the shortest word's
 * length less one (a word of n bytes has n - 1 pairs, one of each remainder). Which pair of a
 * remainder is the anchor changes only the speed: the one of the least common letters.
 */
export declare class AnyWord {
    private readonly stride;
    /** 1 where a byte pair (first byte << 8 | second) anchors some word. */
    private readonly anchors;
    private readonly byAnchor;
    /** Words of one byte (or none at all): searched one by one. */
    private readonly plain;
    constructor(words: readonly Buffer[]);
    /** Some word occurs in the bytes. */
    in(b: Buffer): boolean;
    /**
     * The words that occur in the bytes, in one pass (`words.filter((w) => b.includes(w))`, as a
     * set of the Buffers given): the prefilter asks it of a file that passed its gate, for every
     * word of its groups, where a search per word read the file once per absent word.
     */
    which(b: Buffer): Set<Buffer>;
    /** With `found`: every word that occurs is added to it (and false returned); without, true at the first. */
    private scan;
}
