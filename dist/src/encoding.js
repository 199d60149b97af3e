import { createRequire } from 'node:module';
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// PEP 263: in one of the first two lines, a comment matching this pattern.
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const ALIASES = {
    utf8: 'utf-8',
    'utf8-sig': 'utf-8',
    u8: 'utf-8',
    ascii: 'utf-8',
    'us-ascii': 'utf-8',
    latin1: 'latin1',
    'iso8859-1': 'latin1',
    l1: 'latin1',
    cp936: 'gbk',
    gb2312: 'gbk',
    'euc-cn': 'gbk',
};
export function declaredPythonEncoding(buf) {
    // Lines end at LF, CRLF or a lone CR: Python's tokenizer reads old Mac files too.
    let lineStart = 0;
    for (let line = 0; line < 2 && lineStart < buf.length; line++) {
        let end = lineStart;
        while (end < buf.length && buf[end] !== 10 && buf[end] !== 13)
            end++;
        const text = buf.subarray(lineStart, Math.min(end, lineStart + 200)).toString('latin1');
        const m = CODING_RE.exec(text);
        if (m)
            return m[1].toLowerCase();
        // Only a comment or blank first line lets the second line declare the encoding.
        if (!/^[ \t\f]*(#.*)?$/.test(text))
            break;
        lineStart = buf[end] === 13 && buf[end + 1] === 10 ? end + 2 : end + 1;
    }
    return null;
}
let iconvLite;
/**
 * iconv-lite and its code tables (700 KB), required on the first file in a legacy encoding
 * (a PEP 263 declaration other than UTF-8): most runs never read one.
 */
function iconv() {
    return (iconvLite ??= createRequire(import.meta.url)('iconv-lite'));
}
const ASCII = Buffer.from(Array.from({ length: 128 }, (_, i) => i));
const asciiCompatible = new Map();
/**
 * A Python codec name -> an iconv-lite name, or null when Python would refuse it too. As in
 * CPython's get_normal_name, Emacs-style suffixes (`utf-8-unix`, `latin-1-dos`) are accepted.
 * Encodings in which ASCII bytes do not mean ASCII (utf-16/32, utf-7, and iconv-lite's base64
 * and hex "encodings") are refused: Python refuses them for source, the coding line itself could
 * not be read in them, and re-encoding an edit could change bytes far from it.
 */
export function normalizeEncoding(name) {
    const lower = name.toLowerCase().replace(/_/g, '-');
    if (/^utf-8(-|$)/.test(lower))
        return 'utf-8';
    if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower))
        return 'latin1';
    const canonical = ALIASES[lower] ?? lower;
    if (canonical === 'utf-8')
        return 'utf-8';
    if (!iconv().encodingExists(canonical))
        return null;
    let ok = asciiCompatible.get(canonical);
    if (ok === undefined) {
        const ascii = ASCII.toString('latin1');
        ok = iconv().decode(ASCII, canonical) === ascii && iconv().encode(ascii, canonical).equals(ASCII);
        asciiCompatible.set(canonical, ok);
    }
    return ok ? canonical : null;
}
export class EncodingError extends Error {
}
export function decode(buf, language) {
    const bom = buf.subarray(0, 3).equals(UTF8_BOM);
    const body = bom ? buf.subarray(3) : buf;
    let encoding = 'utf-8';
    if (language === 'python' && !bom) {
        const declared = declaredPythonEncoding(buf);
        if (declared) {
            const normalized = normalizeEncoding(declared);
            if (!normalized)
                throw new EncodingError(`unknown or unsupported encoding '${declared}' in coding declaration`);
            encoding = normalized;
        }
    }
    if (encoding === 'utf-8') {
        try {
            const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
            return { text, encoding, bom, lossless: true };
        }
        catch {
            const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
            return { text, encoding, bom, lossless: false };
        }
    }
    const text = iconv().decode(body, encoding, { stripBOM: false });
    const lossless = iconv().encode(text, encoding).equals(body);
    return { text, encoding, bom, lossless };
}
// A lone surrogate has no encoding anywhere; Buffer.from would write U+FFFD in its place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Encodes edited text back; returns null when some character has no encoding there. */
export function encodeStrict(text, encoding) {
    if (LONE_SURROGATE.test(text))
        return null;
    if (encoding === 'utf-8')
        return Buffer.from(text, 'utf8');
    const out = iconv().encode(text, encoding);
    return iconv().decode(out, encoding) === text ? out : null;
}
export function bomBytes(decoded) {
    return decoded.bom ? UTF8_BOM : Buffer.alloc(0);
}
