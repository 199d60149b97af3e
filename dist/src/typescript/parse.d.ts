import type { ts as TS } from 'ts-morph';
export type SourceFile = TS.SourceFile;
export type Node = TS.Node;
/** Parses with parent pointers and no Program: the scan needs syntax, not types. */
export declare function parseJs(path: string, text: string): SourceFile;
/** The parser's own error list; error-tolerant parsing keeps the rest of the tree usable. */
export declare function syntaxErrorCount(sf: SourceFile): number;
/** Top-level `await` is only legal in files Node always loads as ES modules. */
export declare function allowsTopLevelAwait(path: string): boolean;
/**
 * Whether `offset` lies inside a comment (for suppression directives: one inside a string,
 * template or regex is text). Comments are trivia: they sit before a node's first token, or
 * between a node's own punctuation tokens, which only the scanner sees.
 */
export declare function inComment(sf: SourceFile, offset: number): boolean;
