import type { SyntaxNode } from './parse.js';
/**
 * A command string as the shell will see it, built from Python literals. Each character knows
 * the source offset it came from, so an edit to the shell command becomes an edit to the
 * literal, escaped for that literal's kind (`{{` in f-strings, `%%` in %-templates...).
 */
export interface Segment {
    text: string;
    /** Source offset of each character of text, plus one for the end; null for opaque values. */
    map: number[] | null;
    /** Escapes inserted text for this literal; null when it cannot hold it. */
    escape: (s: string) => string | null;
}
/** Decodes one `string` node; interpolations of f-strings become PLACEHOLDER. */
export declare function decodeString(node: SyntaxNode): Segment | null;
/** Applies a %-template or str.format template to decoded literal text. */
export declare function applyTemplate(seg: Segment, kind: 'percent' | 'format'): Segment;
export declare const OPAQUE: Segment;
