/**
 * The edge between popenlint's positions and the editor's. LSP (with the default, and only
 * mandatory, `utf-16` position encoding) counts a column in UTF-16 code units, as JS strings do;
 * the JSON contract counts code points. An astral character (an emoji, a CJK extension B
 * ideograph) is one code point and two code units. Findings and edits carry UTF-16 offsets into
 * the very text the editor sent, so the conversion is the document's own offset -> position,
 * here and only here; the code-point `range` of a finding is never sent to an editor.
 */
/** A UTF-16 offset range of the document's text (what findings and edits carry) as an LSP range. */
export function rangeOf(document, start, end) {
    return { start: document.positionAt(start), end: document.positionAt(end) };
}
/** One edit of the document (UTF-16 offsets) as an LSP TextEdit. */
export function textEdit(document, edit) {
    return { range: rangeOf(document, edit.start, edit.end), newText: edit.content };
}
/**
 * The smallest single edit that turns `before` into `after`: editors keep the cursor and folds
 * outside it, which a whole-document replacement would reset.
 */
export function minimalEdit(document, after) {
    const before = document.getText();
    if (before === after)
        return null;
    let head = 0;
    const max = Math.min(before.length, after.length);
    while (head < max && before.charCodeAt(head) === after.charCodeAt(head))
        head++;
    let tail = 0;
    while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail))
        tail++;
    // Never split a surrogate pair or a CRLF between the kept and the replaced text.
    const split = (s, i) => i > 0 && i < s.length && ((s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff) || (s[i - 1] === '\r' && s[i] === '\n'));
    while (head > 0 && (split(before, head) || split(after, head)))
        head--;
    while (tail > 0 && (split(before, before.length - tail) || split(after, after.length - tail)))
        tail--;
    return { range: rangeOf(document, head, before.length - tail), newText: after.slice(head, after.length - tail) };
}
