import { structuredPatch } from 'diff';
import { applyEdits } from '../fix/edits.js';
/**
 * What a review page shows for one finding: the flagged lines with context, and the fix that
 * `popenlint fix` (or --unsafe-fixes) would apply, as unified-diff hunks. Loaded only when a
 * format needs it (html), so other runs never load the diff library.
 */
/** Context lines above and below the flagged lines. */
const CONTEXT = 2;
/** A finding over many lines (a long call) shows its first lines only. */
const MAX_FLAGGED_LINES = 12;
export function excerpt(source, finding) {
    const lastLine = source.lineStarts.length - 1;
    const first = Math.max(0, finding.range.start.line - 1 - CONTEXT);
    const flaggedEnd = Math.min(finding.range.end.line - 1, finding.range.start.line - 1 + MAX_FLAGGED_LINES - 1);
    const last = Math.min(lastLine, flaggedEnd + CONTEXT);
    const lines = [];
    for (let i = first; i <= last; i++)
        lines.push(source.lineText(i));
    // A file that ends with a newline has an empty last "line"; it is not worth showing.
    while (lines.length > 1 && lines.at(-1) === '' && first + lines.length - 1 > finding.range.end.line - 1)
        lines.pop();
    return { line: first + 1, lines };
}
export function fixDiff(source, fix) {
    const after = applyEdits(source.text, fix.edits);
    // Line ends are the file's own; the diff compares lines, so CRLF files diff like LF ones.
    const patch = structuredPatch('a', 'b', source.text.replace(/\r\n?/g, '\n'), after.replace(/\r\n?/g, '\n'), '', '', { context: CONTEXT });
    return patch.hunks.map((h) => ({ oldStart: h.oldStart, newStart: h.newStart, lines: h.lines.filter((l) => !l.startsWith('\\')) }));
}
export function findingDetail(finding, source, fix) {
    return { excerpt: excerpt(source, finding), diff: fix ? fixDiff(source, fix) : null };
}
