/**
 * The parser's input limit, apart from the parser itself (parse.ts loads the WebAssembly
 * module when it is imported): a file can be refused from its raw bytes before anything
 * loads.
 */
/** The input is beyond what the parser survives; the file is reported, not parsed. */
export declare class ParseLimitError extends Error {
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
export declare function indentLevelBound(src: string | Uint8Array): number;
/** Python itself stops at 100 levels; 300 leaves room below the scanner's ~380 worst case. */
export declare const MAX_INDENT_LEVELS = 300;
export declare function parseLimitReason(src: string | Uint8Array): string | null;
