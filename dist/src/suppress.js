const PY_NOQA = /#\s*noqa(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
const PY_IGNORE = /#\s*popenlint:\s*ignore\[([^\]]*)\]/gi;
const PY_FILE = /#\s*popenlint:\s*noqa(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
// `// popenlint-disable…` or `/* popenlint-disable… */`; the list ends at the comment's end.
const JS_DIRECTIVE = /(\/\/|\/\*)\s*popenlint-(disable-next-line|disable-line|disable|enable)(?![-\w])([^\n\r]*)/g;
function ids(list) {
    const parts = (list ?? '').split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase());
    return new Set(parts.length ? parts : ['*']);
}
export function readSuppressions(source, language, inComment = () => true) {
    const result = { file: new Set(), lines: new Map(), ranges: [] };
    const text = source.text;
    // Cheap guard: most files have no suppression comment at all.
    if (!/noqa|popenlint/i.test(text))
        return result;
    const add = (line, set) => {
        const existing = result.lines.get(line);
        if (existing)
            for (const id of set)
                existing.add(id);
        else
            result.lines.set(line, set);
    };
    const line = (offset) => source.lineIndex(offset);
    if (language === 'python') {
        for (const m of text.matchAll(PY_FILE))
            if (inComment(m.index))
                for (const id of ids(m[1]))
                    result.file.add(id);
        for (const m of text.matchAll(PY_IGNORE))
            if (inComment(m.index))
                add(line(m.index), ids(m[1]));
        for (const m of text.matchAll(PY_NOQA))
            if (inComment(m.index))
                add(line(m.index), ids(m[1]));
        return result;
    }
    for (const m of text.matchAll(JS_DIRECTIVE)) {
        if (!inComment(m.index))
            continue;
        let tail = m[3] ?? '';
        if (m[1] === '/*')
            tail = tail.split('*/')[0];
        const rules = ids(tail.replace(/\s--\s.*$|^--\s.*$/, ''));
        const at = line(m.index);
        if (m[2] === 'disable-next-line')
            add(at + 1, rules);
        else if (m[2] === 'disable-line')
            add(at, rules);
        else
            result.ranges.push({ offset: m.index, enable: m[2] === 'enable', rules });
    }
    return result;
}
/**
 * A finding is suppressed file-wide, by a line comment on its first or last line, or by a
 * disable directive before its start (`startOffset`) that no later enable undid.
 */
export function isSuppressed(s, rule, startLine, endLine, startOffset) {
    if (s.file.has('*') || s.file.has(rule))
        return true;
    for (const line of new Set([startLine, endLine])) {
        const set = s.lines.get(line);
        if (set && (set.has('*') || set.has(rule)))
            return true;
    }
    if (startOffset === undefined)
        return false;
    let disabled = false;
    for (const r of s.ranges) {
        if (r.offset > startOffset)
            break;
        if (r.rules.has('*') || r.rules.has(rule))
            disabled = !r.enable;
    }
    return disabled;
}
/**
 * The edit that suppresses one finding's rule with an inline comment (an editor's "suppress on
 * this line"), or null when no comment can go there safely. Python: `# noqa: ID` at the end of
 * the finding's last line, merged into a `# noqa: ...` already there; not after a backslash
 * continuation, where a comment would end the statement. JS/TS: a
 * `// popenlint-disable-next-line ID` line above the finding, indented like it.
 */
export function suppressionEdit(source, language, rule, start, end) {
    if (language === 'python') {
        const line = source.lineIndex(end);
        const text = source.lineText(line);
        const lineEnd = source.lineStarts[line] + text.length;
        const noqa = /#\s*noqa:\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*/i.exec(text);
        if (noqa) {
            const at = source.lineStarts[line] + noqa.index + noqa[0].length;
            return { start: at, end: at, content: `,${rule}` };
        }
        if (/\\\s*$/.test(text))
            return null;
        return { start: lineEnd, end: lineEnd, content: `  # noqa: ${rule}` };
    }
    const line = source.lineIndex(start);
    const lineStart = source.lineStarts[line];
    const indent = /^[ \t]*/.exec(source.lineText(line))[0];
    return { start: lineStart, end: lineStart, content: `${indent}// popenlint-disable-next-line ${rule}${source.newline}` };
}
