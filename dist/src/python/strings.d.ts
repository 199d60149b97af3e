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
/**
 * A template with the values it is filled with, where the code shows them: `'ping -c %d %s' %
 * (1, host)`, `'{} -m PyInstaller {}'.format(sys.executable, f)`. `values[i]` is the text of the
 * i-th field (`{}`, `{0}`, `%s` in order), null when not known. A known value becomes a segment of
 * its own that no edit can land in (map null); the literal text around it keeps its map, so an
 * edit at a boundary still lands in the literal. Unknown values stay PLACEHOLDER, as applyTemplate.
 */
export declare function applyTemplateValues(seg: Segment, kind: 'percent' | 'format', values: readonly (string | null)[]): Segment[];
export declare const OPAQUE: Segment;
/** The same segments with nothing mapped back: text written elsewhere (`__init__`, a function's return), where no edit lands. */
export declare const unedited: (segments: readonly Segment[]) => Segment[];
/** Nothing of the text is written: every segment is a value known only at run time. */
export declare const allOpaque: (segments: readonly Segment[]) => boolean;
