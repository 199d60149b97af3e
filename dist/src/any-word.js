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
export class AnyWord {
    stride;
    /** 1 where a byte pair (first byte << 8 | second) anchors some word. */
    anchors = new Uint8Array(65536);
    byAnchor = new Map();
    /** Words of one byte (or none at all): searched one by one. */
    plain = null;
    constructor(words) {
        const shortest = Math.min(...words.map((w) => w.length));
        if (!words.length || shortest < 2) {
            this.plain = [...words];
            this.stride = 1;
            return;
        }
        this.stride = Math.min(MAX_STRIDE, shortest - 1);
        for (const word of words) {
            for (let r = 0; r < this.stride; r++) {
                let offset = r;
                for (let j = r; j + 1 < word.length; j += this.stride) {
                    if (commonness(word[j]) + commonness(word[j + 1]) < commonness(word[offset]) + commonness(word[offset + 1]))
                        offset = j;
                }
                const pair = (word[offset] << 8) | word[offset + 1];
                this.anchors[pair] = 1;
                let list = this.byAnchor.get(pair);
                if (!list)
                    this.byAnchor.set(pair, (list = []));
                if (!list.some((e) => e.word === word && e.offset === offset))
                    list.push({ word, offset });
            }
        }
    }
    /** Some word occurs in the bytes. */
    in(b) {
        return this.scan(b, null);
    }
    /**
     * The words that occur in the bytes, in one pass (`words.filter((w) => b.includes(w))`, as a
     * set of the Buffers given): the prefilter asks it of a file that passed its gate, for every
     * word of its groups, where a search per word read the file once per absent word.
     */
    which(b) {
        const found = new Set();
        this.scan(b, found);
        return found;
    }
    /** With `found`: every word that occurs is added to it (and false returned); without, true at the first. */
    scan(b, found) {
        if (this.plain) {
            if (!found)
                return this.plain.some((w) => b.includes(w));
            for (const w of this.plain)
                if (b.includes(w))
                    found.add(w);
            return false;
        }
        const last = b.length - 1;
        for (let i = 0; i < last; i += this.stride) {
            const pair = (b[i] << 8) | b[i + 1];
            if (this.anchors[pair] === 0)
                continue;
            for (const { word, offset } of this.byAnchor.get(pair)) {
                const start = i - offset;
                if (start < 0 || start + word.length > b.length)
                    continue;
                if (found?.has(word))
                    continue;
                let k = 0;
                while (k < word.length && b[start + k] === word[k])
                    k++;
                if (k < word.length)
                    continue;
                if (!found)
                    return true;
                found.add(word);
            }
        }
        return false;
    }
}
/** Past 3, a word of 4 bytes (`PIPE`, `pipe`) would have no pair of some remainder. */
const MAX_STRIDE = 3;
/** English letters, most common first: a rough rank of how often a byte occurs in source code. */
const BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';
/** Higher for bytes that occur more often in code: lower-case letters by their frequency, `_` among the common ones. */
function commonness(c) {
    const lower = c >= 0x61 && c <= 0x7a ? BY_FREQUENCY.indexOf(String.fromCharCode(c)) : -1;
    if (lower >= 0)
        return BY_FREQUENCY.length - lower;
    return c === 0x5f ? 20 : c === 0x20 ? 30 : 3;
}
