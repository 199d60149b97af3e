/**
 * Partial parsing of large Python files. A file of megabytes usually holds its hazard in one
 * function: the rest need not be parsed. The text is cut into top-level statements by a scan
 * that tracks strings, brackets, comments and continuations (no parse); the parser then sees
 * only the statements that mention a candidate, and the imports (tree-sitter's included ranges:
 * node offsets stay those of the whole text).
 *
 * The semantic model finds names from the text; every match must fall inside a parsed
 * statement (Coverage.require). A match outside means the cut was too small: the engine adds
 * that statement and parses again, and past a few rounds, or half the text, parses the whole
 * file. A cut it cannot make with certainty (a string or bracket left open, a lone CR line end)
 * means a whole-file parse too. So findings are those of a whole-file parse.
 */
/**
 * The selection missed text the rules looked at: parse with the statements of `indexes` too
 * (every offset the same question needs, not only the first: each round is a parse).
 */
export class NeedsWiderParse extends Error {
    indexes;
    constructor(index) {
        const indexes = typeof index === 'number' ? [index] : index;
        super(`partial parse: offset ${indexes[0]} is outside the parsed statements`);
        this.indexes = indexes;
    }
}
/** The parsed part of a text: sorted, disjoint ranges. */
export class Coverage {
    text;
    ranges;
    constructor(text, ranges) {
        this.text = text;
        this.ranges = ranges;
    }
    covers(index) {
        let lo = 0;
        let hi = this.ranges.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const [s, e] = this.ranges[mid];
            if (index < s)
                hi = mid - 1;
            else if (index >= e)
                lo = mid + 1;
            else
                return true;
        }
        return false;
    }
    /** Throws NeedsWiderParse when `index` was not parsed. */
    require(index) {
        if (!this.covers(index))
            throw new NeedsWiderParse(index);
    }
    /** Throws NeedsWiderParse, with every offset of `indexes` not parsed, when there is one. */
    requireAll(indexes) {
        const missed = [...indexes].filter((i) => !this.covers(i));
        if (missed.length)
            throw new NeedsWiderParse(missed);
    }
}
const CONTINUING = /^(?:else|elif|except|finally)\b/;
/**
 * The top-level statements of a module, each from the first character of its first line to
 * the start of the next one (comments and blank lines in between go with the statement before).
 * Decorators go with what they decorate; `else`/`elif`/`except`/`finally` with their statement.
 * Null when the text cannot be cut with certainty.
 */
export function topLevelChunks(text) {
    if (/\r(?!\n)/.test(text))
        return null; // a lone CR ends lines for Python, not for this scan
    const chunks = [];
    let depth = 0;
    let quote = 0; // the quote character of the open string, 0 outside strings
    let triple = false;
    // Whatever precedes the first statement (comments, blank lines) goes with it.
    let start = 0;
    // The chunk so far holds decorator lines only: the next statement is what they decorate.
    let decoratorsOnly = false;
    const n = text.length;
    let i = 0;
    let lineStart = true;
    let continued = false;
    while (i < n) {
        if (lineStart) {
            lineStart = false;
            const c = text.charCodeAt(i);
            // A line that starts at column 0 outside strings, brackets and continuations starts a
            // statement. Indented lines, and lines a form feed starts, stay with the one before:
            // missing a cut only makes a chunk bigger.
            if (quote === 0 && depth === 0 && !continued && c !== 0x20 && c !== 0x09 && c !== 0x0c && c !== 0x0a && c !== 0x0d && c !== 0x23) {
                const decorator = c === 0x40;
                const joins = decoratorsOnly || CONTINUING.test(text.slice(i, i + 8));
                if (!joins) {
                    if (i > start)
                        chunks.push([start, i]);
                    start = i;
                    decoratorsOnly = decorator;
                }
                else if (decoratorsOnly && !decorator)
                    decoratorsOnly = false;
            }
            continued = false;
        }
        const c = text.charCodeAt(i);
        if (quote) {
            if (c === 0x5c) {
                i += 2;
                continue;
            }
            if (c === quote && (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
                i += triple ? 3 : 1;
                quote = 0;
                continue;
            }
            if (c === 0x0a) {
                if (!triple)
                    return null; // an unterminated single-quoted string
                lineStart = true;
            }
            i++;
            continue;
        }
        switch (c) {
            case 0x23: { // a comment, to the end of the line
                const eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                continue;
            }
            case 0x27:
            case 0x22:
                quote = c;
                triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
                i += triple ? 3 : 1;
                continue;
            case 0x28:
            case 0x5b:
            case 0x7b:
                depth++;
                break;
            case 0x29:
            case 0x5d:
            case 0x7d:
                if (--depth < 0)
                    return null;
                break;
            case 0x5c:
                if (text.charCodeAt(i + 1) === 0x0a || (text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a))
                    continued = true;
                break;
            case 0x0a:
                lineStart = true;
                break;
        }
        i++;
    }
    if (quote || depth !== 0 || continued)
        return null;
    if (n > start)
        chunks.push([start, n]);
    return chunks;
}
