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
export declare class NeedsWiderParse extends Error {
    readonly indexes: readonly number[];
    constructor(index: number | readonly number[]);
}
/** [start, end) offsets of top-level statements (UTF-16 units, like the text). */
export type Chunk = readonly [number, number];
/** The parsed part of a text: sorted, disjoint ranges. */
export declare class Coverage {
    readonly text: string;
    readonly ranges: readonly Chunk[];
    constructor(text: string, ranges: readonly Chunk[]);
    covers(index: number): boolean;
    /** Throws NeedsWiderParse when `index` was not parsed. */
    require(index: number): void;
    /** Throws NeedsWiderParse, with every offset of `indexes` not parsed, when there is one. */
    requireAll(indexes: Iterable<number>): void;
}
/**
 * The top-level statements of a module, each from the first character of its first line to
 * the start of the next one (comments and blank lines in between go with the statement before).
 * Decorators go with what they decorate; `else`/`elif`/`except`/`finally` with their statement.
 * Null when the text cannot be cut with certainty.
 */
export declare function topLevelChunks(text: string): Chunk[] | null;
