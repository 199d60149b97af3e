import type { Language } from './types.js';
/**
 * How a file's bytes map to text, so a fix can write back exactly the bytes it did not edit.
 * Legacy Python 2 code declares latin-1, GBK, cp1252... with a PEP 263 line; a BOM means UTF-8.
 */
export interface Decoded {
    text: string;
    encoding: string;
    bom: boolean;
    /** encode(text) reproduces the original bytes: a fix may be written back. */
    lossless: boolean;
}
export declare function declaredPythonEncoding(buf: Buffer): string | null;
/**
 * A Python codec name -> an iconv-lite name, or null when Python would refuse it too. As in
 * CPython's get_normal_name, Emacs-style suffixes (`utf-8-unix`, `latin-1-dos`) are accepted.
 * Encodings in which ASCII bytes do not mean ASCII (utf-16/32, utf-7, and iconv-lite's base64
 * and hex "encodings") are refused: Python refuses them for source, the coding line itself could
 * not be read in them, and re-encoding an edit could change bytes far from it.
 */
export declare function normalizeEncoding(name: string): string | null;
export declare class EncodingError extends Error {
}
export declare function decode(buf: Buffer, language: Language): Decoded;
/** Encodes edited text back; returns null when some character has no encoding there. */
export declare function encodeStrict(text: string, encoding: string): Buffer | null;
export declare function bomBytes(decoded: Decoded): Buffer;
