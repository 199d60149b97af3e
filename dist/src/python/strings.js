import { PLACEHOLDER } from '../shell.js';
const PREFIX_RE = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const SIMPLE_ESCAPES = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
/** Decodes one `string` node; interpolations of f-strings become PLACEHOLDER. */
export function decodeString(node) {
    const raw = node.text;
    const m = PREFIX_RE.exec(raw);
    if (!m)
        return null;
    const prefix = m[1].toLowerCase();
    const quote = m[2];
    const isRaw = prefix.includes('r');
    const isF = prefix.includes('f');
    const bodyStart = m[0].length;
    const bodyEnd = raw.length - quote.length;
    if (bodyEnd < bodyStart || !raw.endsWith(quote))
        return null;
    const base = node.startIndex;
    const interpolations = isF ? node.namedChildren.filter((c) => c.type === 'interpolation') : [];
    let text = '';
    const map = [];
    let i = bodyStart;
    while (i < bodyEnd) {
        const abs = base + i;
        const interp = interpolations.find((n) => n.startIndex === abs);
        if (interp) {
            text += PLACEHOLDER;
            map.push(abs);
            i = interp.endIndex - base;
            continue;
        }
        const c = raw[i];
        if (isF && (c === '{' || c === '}') && raw[i + 1] === c) {
            text += c;
            map.push(abs);
            i += 2;
            continue;
        }
        if (c === '\\' && !isRaw) {
            const next = raw[i + 1] ?? '';
            let len = 2;
            let value;
            if (next === '\n')
                value = '';
            else if (next === '\r') {
                value = '';
                if (raw[i + 2] === '\n')
                    len = 3;
            }
            else if (next in SIMPLE_ESCAPES)
                value = SIMPLE_ESCAPES[next];
            else if (next === 'x') {
                value = String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
                len = 4;
            }
            else if (/[0-7]/.test(next)) {
                const oct = /^[0-7]{1,3}/.exec(raw.slice(i + 1))[0];
                value = String.fromCharCode(parseInt(oct, 8));
                len = 1 + oct.length;
            }
            else if (next === 'u' && !prefix.includes('b')) {
                value = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
                len = 6;
            }
            else if (next === 'U' && !prefix.includes('b')) {
                value = String.fromCodePoint(parseInt(raw.slice(i + 2, i + 10), 16));
                len = 10;
            }
            else if (next === 'N' && raw[i + 2] === '{') {
                const close = raw.indexOf('}', i);
                value = PLACEHOLDER;
                len = close - i + 1;
            }
            else
                value = '\\' + next;
            for (let k = 0; k < value.length; k++) {
                text += value[k];
                map.push(abs);
            }
            i += len;
            continue;
        }
        if (c === '\r') {
            // Python reads source with universal newlines: a CRLF (or lone CR) inside a triple-quoted
            // literal is one '\n' in the string, so the shell never sees a CR (a CRLF file's command
            // would otherwise end its words with one, and an edit would land between CR and LF).
            text += '\n';
            map.push(abs);
            i += raw[i + 1] === '\n' ? 2 : 1;
            continue;
        }
        text += c;
        map.push(abs);
        i++;
    }
    map.push(base + bodyEnd);
    const triple = quote.length === 3;
    const escape = (s) => {
        let out = s;
        if (out.includes('\n')) {
            if (isRaw)
                return triple ? out : null;
            out = out.replace(/\n/g, '\\n');
        }
        if (isF)
            out = out.replace(/[{}]/g, (b) => b + b);
        return out;
    };
    return { text, map, escape };
}
/** A field of a %-template (`%s`, `%(name)d`, `%%`) or of a str.format template (`{}`, `{0:d}`, `{{`). */
const TEMPLATE_FIELDS = {
    percent: /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsab%]/g,
    format: /\{\{|\}\}|\{[^{}]*\}/g,
};
/** Applies a %-template or str.format template to decoded literal text. */
export function applyTemplate(seg, kind) {
    if (!seg.map)
        return seg;
    const re = TEMPLATE_FIELDS[kind];
    let text = '';
    const map = [];
    let last = 0;
    for (const m of seg.text.matchAll(re)) {
        const at = m.index;
        for (let k = last; k < at; k++) {
            text += seg.text[k];
            map.push(seg.map[k]);
        }
        const literal = m[0] === '%%' ? '%' : m[0] === '{{' ? '{' : m[0] === '}}' ? '}' : PLACEHOLDER;
        text += literal;
        map.push(seg.map[at]);
        last = at + m[0].length;
    }
    for (let k = last; k < seg.text.length; k++) {
        text += seg.text[k];
        map.push(seg.map[k]);
    }
    map.push(seg.map[seg.text.length]);
    const inner = seg.escape;
    const escape = (s) => {
        const e = inner(s);
        if (e === null)
            return null;
        return kind === 'percent' ? e.replace(/%/g, '%%') : e.replace(/[{}]/g, (b) => b + b);
    };
    return { text, map, escape };
}
/**
 * A template with the values it is filled with, where the code shows them: `'ping -c %d %s' %
 * (1, host)`, `'{} -m PyInstaller {}'.format(sys.executable, f)`. `values[i]` is the text of the
 * i-th field (`{}`, `{0}`, `%s` in order), null when not known. A known value becomes a segment of
 * its own that no edit can land in (map null); the literal text around it keeps its map, so an
 * edit at a boundary still lands in the literal. Unknown values stay PLACEHOLDER, as applyTemplate.
 */
export function applyTemplateValues(seg, kind, values) {
    const applied = applyTemplate(seg, kind);
    if (!seg.map || !applied.map || values.every((v) => v === null))
        return [applied];
    const re = TEMPLATE_FIELDS[kind];
    // The field positions in the applied text, with the value each takes.
    const fields = [];
    let shift = 0;
    let auto = 0;
    for (const m of seg.text.matchAll(re)) {
        const at = m.index - shift;
        shift += m[0].length - 1;
        if (m[0] === '%%' || m[0] === '{{' || m[0] === '}}')
            continue;
        let index;
        if (kind === 'percent')
            index = m[0].startsWith('%(') || m[0].includes('*') ? null : auto++;
        else {
            const name = /^\{([^!:}]*)/.exec(m[0])[1];
            index = name === '' ? auto++ : /^\d+$/.test(name) ? Number(name) : null;
        }
        fields.push({ at, value: index === null ? null : values[index] ?? null });
    }
    const out = [];
    let from = 0;
    for (const f of fields) {
        if (f.value === null)
            continue;
        if (f.at > from)
            out.push({ text: applied.text.slice(from, f.at), map: applied.map.slice(from, f.at + 1), escape: applied.escape });
        out.push({ text: f.value, map: null, escape: () => null });
        from = f.at + 1;
    }
    out.push({ text: applied.text.slice(from), map: applied.map.slice(from), escape: applied.escape });
    return out;
}
export const OPAQUE = { text: PLACEHOLDER, map: null, escape: () => null };
/** The same segments with nothing mapped back: text written elsewhere (`__init__`, a function's return), where no edit lands. */
export const unedited = (segments) => segments.map((s) => ({ ...s, map: null, escape: () => null }));
/** Nothing of the text is written: every segment is a value known only at run time. */
export const allOpaque = (segments) => segments.every((s) => s.text === OPAQUE.text);
