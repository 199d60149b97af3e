import iconv from 'iconv-lite';
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

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// PEP 263: in one of the first two lines, a comment matching this pattern.
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf8-sig': 'utf-8',
  u8: 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  latin1: 'latin1',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
  l1: 'latin1',
  cp936: 'gbk',
  gb2312: 'gbk',
  'euc-cn': 'gbk',
};

export function declaredPythonEncoding(buf: Buffer): string | null {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < buf.length; line++) {
    let end = buf.indexOf(10, lineStart);
    if (end < 0) end = buf.length;
    const text = buf.subarray(lineStart, Math.min(end, lineStart + 200)).toString('latin1');
    const m = CODING_RE.exec(text);
    if (m) return m[1]!.toLowerCase();
    // Only a comment or blank first line lets the second line declare the encoding.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) break;
    lineStart = end + 1;
  }
  return null;
}

export function normalizeEncoding(name: string): string | null {
  const lower = name.toLowerCase().replace(/_/g, '-');
  const canonical = ALIASES[lower] ?? lower;
  if (canonical === 'utf-8') return 'utf-8';
  return iconv.encodingExists(canonical) ? canonical : null;
}

export class EncodingError extends Error {}

export function decode(buf: Buffer, language: Language): Decoded {
  const bom = buf.subarray(0, 3).equals(UTF8_BOM);
  const body = bom ? buf.subarray(3) : buf;
  let encoding = 'utf-8';
  if (language === 'python' && !bom) {
    const declared = declaredPythonEncoding(buf);
    if (declared) {
      const normalized = normalizeEncoding(declared);
      if (!normalized) throw new EncodingError(`unknown encoding '${declared}' in coding declaration`);
      encoding = normalized;
    }
  }
  if (encoding === 'utf-8') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      return { text, encoding, bom, lossless: true };
    } catch {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      return { text, encoding, bom, lossless: false };
    }
  }
  const text = iconv.decode(body, encoding, { stripBOM: false });
  const lossless = iconv.encode(text, encoding).equals(body);
  return { text, encoding, bom, lossless };
}

/** Encodes edited text back; returns null when some character has no encoding there. */
export function encodeStrict(text: string, encoding: string): Buffer | null {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const out = iconv.encode(text, encoding);
  return iconv.decode(out, encoding) === text ? out : null;
}

export function encodedLength(text: string, encoding: string): number {
  return encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : iconv.encode(text, encoding).length;
}

export function bomBytes(decoded: Decoded): Buffer {
  return decoded.bom ? UTF8_BOM : Buffer.alloc(0);
}
