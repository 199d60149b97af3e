import type { Position } from './types.js';
/**
 * Decoded text of one file with a line index. Offsets are UTF-16 code units (what JS strings
 * and tree-sitter's Node binding use); positions shown to users count code points.
 */
export declare class SourceText {
    readonly text: string;
    readonly lineStarts: number[];
    constructor(text: string);
    /** 0-based line index containing offset. */
    lineIndex(offset: number): number;
    position(offset: number): Position;
    /** Text of a 0-based line without its line terminator. */
    lineText(line: number): string;
    lineStart(offset: number): number;
    /** The line terminator the file mostly uses, so inserted lines match it. */
    get newline(): string;
}
export declare function codePointLength(text: string, start: number, end: number): number;
