// Edits as plain data: no engine, no rules, so reporters can show a fix's result.
const sameEdit = (a, b) => a.start === b.start && a.end === b.end && a.content === b.content;
export function overlaps(a, b) {
    if (sameEdit(a, b))
        return false;
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    return a.start < b.end && b.start < a.end;
}
/** Applies non-overlapping edits; at one offset, an insertion goes before a replacement. */
export function applyEdits(text, edits) {
    const seen = new Set();
    const unique = [];
    for (const e of edits) {
        const key = `${e.start}:${e.end}:${e.content}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push({ e, i: unique.length });
    }
    // In text order; of two insertions at one offset, the later one in the list comes first.
    unique.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
    // One pass that copies the text between edits: linear in the text, whatever the edit count.
    const parts = [];
    let at = 0;
    for (const { e } of unique) {
        parts.push(text.slice(at, e.start), e.content);
        at = e.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
