/**
 * The parser's input limit, apart from the parser itself (parse.ts loads the WebAssembly
 * module when it is imported): a file can be refused from its raw bytes before anything
 * loads.
 */
/** The input is beyond what the parser survives; the file is reported, not parsed. */
export class ParseLimitError extends Error {
}
/**
 * tree-sitter-python 0.25's external scanner serializes its indent stack into a 1024-byte
 * buffer, two bytes per level after 2 + (open string delimiters) header bytes, and checks the
 * bound only before each pair: past ~380-510 nested blocks it writes past the buffer. The
 * native binding aborted the whole process there (`Assertion 'length <= 1024' failed`); the
 * WebAssembly build has no assertion: the write lands in the module's heap, and depending on its
 * layout it traps (`memory access out of bounds`) or silently overwrites the parser's memory.
 * Either way the module is corrupt and every later parse in that thread is wrong or throws
 * (test/parse-wasm.test.ts). So the text is refused before it reaches the scanner.
 *
 * The stack holds strictly increasing indent widths, so its depth is at most the number of
 * distinct widths the scanner can measure. This counts them the way the scanner measures
 * (space +1, tab +8, CR/FF/LF reset, backslash-newline carries the width on), recording the
 * width at every non-blank character; comments reset the scanner, so counting them too only
 * over-estimates. Works on a string or on raw bytes (the characters involved are ASCII in every
 * encoding we decode), so a file can be refused before it is even decoded.
 */
export function indentLevelBound(src) {
    // Every candidate file comes here (twice: as bytes, then as text before its parse): one
    // monomorphic loop, and a table of the widths seen instead of a Set (a lookup per token).
    const bytes = typeof src === 'string' ? null : src;
    const text = typeof src === 'string' ? src : '';
    const marked = [];
    let width = 0;
    let prev = -1;
    let prev2 = -1;
    for (let i = 0; i < src.length; i++) {
        const c = bytes ? bytes[i] : text.charCodeAt(i);
        if (c === 0x20)
            width++;
        else if (c === 0x09)
            width += 8;
        else if (c === 0x0a || c === 0x0d || c === 0x0c) {
            // A line break right after a backslash (or backslash CR) is a continuation: no reset.
            const continued = prev === 0x5c || (c === 0x0a && prev === 0x0d && prev2 === 0x5c);
            if (!continued)
                width = 0;
        }
        else if (c !== 0x5c) {
            if (width > 0) {
                const w = width & 0xffff; // the scanner keeps widths as uint16
                if (SEEN[w] === 0) {
                    SEEN[w] = 1;
                    marked.push(w);
                }
            }
            width = 0;
        }
        prev2 = prev;
        prev = c;
    }
    for (const w of marked)
        SEEN[w] = 0;
    return marked.length;
}
// The widths one call has seen (cleared before it returns).
const SEEN = new Uint8Array(0x10000);
/** Python itself stops at 100 levels; 300 leaves room below the scanner's ~380 worst case. */
export const MAX_INDENT_LEVELS = 300;
export function parseLimitReason(src) {
    const levels = indentLevelBound(src);
    return levels > MAX_INDENT_LEVELS
        ? `not parsed: ${levels} distinct indentation levels (Python allows 100; the parser breaks past ~380)`
        : null;
}
