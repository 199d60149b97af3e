import { AnyWord } from './any-word.js';
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
export class Needles {
    language;
    groups;
    bytesOf = new Map();
    /** For each word, the other words it contains. */
    within = new Map();
    /** Every word the prefilter looks for: needles and required words. */
    words;
    lengths;
    firsts;
    /**
     * One word of each group's rarer side (its `requires` when it has some: a rule declares them
     * because its needles are common words): a file that holds none of them passes no group.
     * Tried first, in one pass over the bytes (AnyWord): most files of a tree end there.
     */
    gate;
    /**
     * Every word of 4 bytes or more (the stride AnyWord reads them at), found in one pass over a
     * file that passed the gate: a search per word read each such file once per absent word
     * (about 20 words for the default Python rules; 0.15 s of CPU over the Python install's 502
     * files that pass the gate).
     */
    collector;
    collected;
    gateWords;
    /** The bytes the gate last ruled out (see ruledOut). */
    gateFailed = null;
    constructor(language, rules) {
        this.language = language;
        const groups = [...rules].flatMap((r) => r.prefilter ?? [r]);
        this.groups = groups.map((g) => ({ needles: [...g.needles], requires: g.requires?.length ? [...g.requires] : null, bytes: g.bytes?.length ? g.bytes.map((x) => Buffer.from(x, 'utf8')) : null }));
        this.words = new Set(this.groups.flatMap((g) => [...g.needles, ...(g.requires ?? [])]));
        for (const w of this.words)
            this.bytesOf.set(w, Buffer.from(w, 'utf8'));
        for (const w of this.words)
            this.within.set(w, [...this.words].filter((x) => x !== w && w.includes(x)));
        const bytes = [...this.bytesOf.values()];
        this.lengths = new Set(bytes.map((b) => b.length));
        this.firsts = new Set(bytes.map((b) => b[0]));
        const rare = new Set(this.groups.flatMap((g) => g.requires ?? g.needles));
        // A word that holds another gate word (`popen3`, `popen`) is found through it.
        const gate = [...rare].filter((w) => !this.within.get(w).some((x) => rare.has(x)));
        // Searched in the bytes in one pass (AnyWord): a search per word read each file once per
        // word, and one regular expression over a latin1 copy of every file made as much garbage
        // as the tree holds text (161 MB over the Python install).
        this.gate = gate.length >= ANY_OF_MIN ? new AnyWord(gate.map((w) => this.bytesOf.get(w))) : null;
        this.gateWords = new Set(this.gate ? gate : []);
        const long = [...this.words].filter((w) => this.bytesOf.get(w).length >= COLLECT_MIN_BYTES);
        this.collected = new Set(long.length >= ANY_OF_MIN ? long : []);
        this.collector = long.length >= ANY_OF_MIN ? new AnyWord(long.map((w) => this.bytesOf.get(w))) : null;
    }
    /** Some rule's words occur anywhere in the bytes (a needle, and a required word when it has some). */
    occursIn(b) {
        return this.occurring(b) !== null;
    }
    /**
     * The groups whose words (and text) all occur somewhere in the bytes, as a mask (bit i:
     * group i; more than 31 groups: all of them), or null when none does.
     */
    occurring(b) {
        const seen = new Map();
        let present = null;
        const has = (w) => {
            let v = seen.get(w);
            if (v === undefined) {
                const bytes = this.bytesOf.get(w);
                // The collector's words: all of them found in one pass, the first time one is asked.
                if (this.collected.has(w))
                    v = (present ??= this.collector.which(b)).has(bytes);
                // A word that holds a shorter one (`popen3`, `popen`) is absent where the shorter one is:
                // no search of its own (each search reads the whole file).
                else
                    v = this.within.get(w).every(has) && b.includes(bytes);
                seen.set(w, v);
            }
            return v;
        };
        this.gateFailed = null;
        if (this.gate && !this.gate.in(b)) {
            this.gateFailed = b;
            return null;
        }
        let text = null;
        const some = (words) => {
            if (words.some((w) => seen.get(w) === true))
                return true;
            if (words.some((w) => this.collected.has(w) && has(w)))
                return true;
            // Words still possible: not known absent, nor holding a word known absent.
            const open = words.filter((w) => seen.get(w) === undefined && !this.within.get(w).some((x) => seen.get(x) === false));
            if (open.length < ANY_OF_MIN || !open.every((w) => ASCII.test(w)))
                return open.some(has);
            // Many words (POP006's): one pass of a regular expression over the text instead of a
            // search per word. Words are ASCII, so the latin1 text holds them where the bytes do.
            return this.anyOf(open).test((text ??= b.toString('latin1')));
        };
        let mask = 0;
        for (const [i, g] of this.groups.entries()) {
            if (some(g.needles) && (!g.requires || some(g.requires)) && (!g.bytes || g.bytes.some((x) => b.includes(x))))
                mask |= i < 31 ? 1 << i : ALL_GROUPS;
        }
        return mask === 0 ? null : mask;
    }
    anyOfCache = new Map();
    anyOf(words) {
        const key = words.join('\0');
        let re = this.anyOfCache.get(key);
        if (!re)
            this.anyOfCache.set(key, (re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))));
        return re;
    }
    /**
     * None of the words occurs in `b`, as the last `occurring` over this very Buffer (the same
     * object) found without another pass: its gate, which read all of the bytes, held them all
     * and found none. False when unknown. The CLI asks it for the wrapper reach's opener test
     * (wrapper-reach.ts), of a file it has just prefiltered.
     */
    ruledOut(b, words) {
        return this.gateFailed === b && words.every((w) => this.gateWords.has(w));
    }
    /** The identifier b[start, end) is one of the words, or null. */
    wordAt(b, start, end) {
        if (!this.lengths.has(end - start) || !this.firsts.has(b[start]))
            return null;
        const w = b.toString('latin1', start, end);
        return this.words.has(w) ? w : null;
    }
    /** The words found so far let some rule through: one of the groups of `mask` (see occurring). */
    satisfiedBy(found, mask = ALL_GROUPS) {
        return this.groups.some((g, i) => (mask & (i < 31 ? 1 << i : ALL_GROUPS)) !== 0 && g.needles.some((w) => found.has(w)) && (!g.requires || g.requires.some((w) => found.has(w))));
    }
}
const ALL_GROUPS = -1;
export function mentionsCandidate(bytes, needles) {
    const mask = needles.occurring(bytes);
    if (mask === null)
        return false;
    return needles.language !== 'python' || pythonCodeMentions(bytes, needles, mask);
}
/** From this many words to look for at once, one regular expression pass beats a search per word. */
const ANY_OF_MIN = 3;
/** The collector's words: those AnyWord reads at its widest stride (3). */
const COLLECT_MIN_BYTES = 4;
const ASCII = /^[\x20-\x7e]+$/;
const HASH = 0x23;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
const SQ = 0x27;
const DQ = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
function isIdent(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
}
// String prefixes: r u b f (and t, PEP 750) in any case and order; f and t strings have fields.
const PREFIX = /^(?:[rRuUbBfFtT]{1,2})$/;
class Found extends Error {
}
/** The lexer lost certainty: treat the file as a candidate. */
class Unsure extends Error {
}
/**
 * True when some rule's words occur as identifiers outside comments and plain strings: a
 * needle, and one of the rule's required words when it declares some. Only the groups of
 * `mask` count: those whose text (NeedleGroup.bytes) the file holds.
 */
export function pythonCodeMentions(b, needles, mask = ALL_GROUPS) {
    try {
        const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
        const end = code(b, bom, false, { needles, found: new Set(), mask });
        if (end < b.length)
            throw new Unsure();
        return false;
    }
    catch (e) {
        if (e instanceof Found || e instanceof Unsure)
            return true;
        throw e;
    }
}
/**
 * Lexes code from `i`. In an f-string field (`field`), stops at the `}` that closes it, and
 * lexes a format spec after a top-level `:`; returns the index just past the `}`.
 */
function code(b, i, field, scan) {
    let depth = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (isIdent(c)) {
            const start = i;
            while (i < n && isIdent(b[i]))
                i++;
            const q = b[i];
            if ((q === SQ || q === DQ) && PREFIX.test(b.toString('latin1', start, i))) {
                const fields = /[fFtT]/.test(b.toString('latin1', start, i));
                i = string(b, i, fields, scan);
            }
            else {
                const word = scan.needles.wordAt(b, start, i);
                if (word && !scan.found.has(word)) {
                    scan.found.add(word);
                    if (scan.needles.satisfiedBy(scan.found, scan.mask))
                        throw new Found();
                }
            }
            continue;
        }
        if (c === SQ || c === DQ) {
            i = string(b, i, false, scan);
            continue;
        }
        if (c === HASH) {
            if (field)
                throw new Unsure(); // a comment inside a field: rare enough not to lex
            while (i < n && b[i] !== LF && b[i] !== CR)
                i++;
            continue;
        }
        if (c === BACKSLASH) {
            i = escape(b, i);
            continue;
        }
        if (field) {
            if (c === 0x28 || c === 0x5b || c === LBRACE)
                depth++;
            else if (c === 0x29 || c === 0x5d || (c === RBRACE && depth > 0))
                depth--;
            else if (c === RBRACE)
                return i + 1;
            else if (c === COLON && depth === 0 && b[i + 1] !== 0x3d)
                return formatSpec(b, i + 1, scan);
        }
        i++;
    }
    if (field)
        throw new Unsure();
    return i;
}
/** A format spec: literal text with nested fields, up to the `}` that closes the field. */
function formatSpec(b, i, scan) {
    while (i < b.length) {
        const c = b[i];
        if (c === RBRACE)
            return i + 1;
        if (c === LBRACE)
            i = code(b, i + 1, true, scan);
        else if (c === LF || c === CR || c === SQ || c === DQ)
            throw new Unsure();
        else
            i++;
    }
    throw new Unsure();
}
/** Past a backslash and the character it escapes; a CRLF line continuation counts as one. */
function escape(b, i) {
    return b[i + 1] === CR && b[i + 2] === LF ? i + 3 : i + 2;
}
/** A string literal starting at its quote; returns the index past its end. */
function string(b, i, fields, scan) {
    const q = b[i];
    const n = b.length;
    const triple = b[i + 1] === q && b[i + 2] === q;
    i += triple ? 3 : 1;
    while (i < n) {
        const c = b[i];
        if (c === BACKSLASH) {
            i = escape(b, i);
        }
        else if (c === q) {
            if (!triple)
                return i + 1;
            if (b[i + 1] === q && b[i + 2] === q)
                return i + 3;
            i++;
        }
        else if (!triple && (c === LF || c === CR)) {
            throw new Unsure(); // unterminated: let the parser decide
        }
        else if (fields && c === LBRACE) {
            if (b[i + 1] === LBRACE)
                i += 2;
            else
                i = code(b, i + 1, true, scan);
        }
        else {
            i++;
        }
    }
    throw new Unsure();
}
