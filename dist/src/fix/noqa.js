import { loadPythonParser } from '../engine.js';
import { parsePython, syntaxErrorCount as pythonSyntaxErrors } from '../python/parse.js';
/** Offset of the line terminator of a 0-based line (text length on the last line). */
function lineEnd(source, line) {
    let end = source.lineStarts[line + 1] ?? source.text.length;
    while (end > source.lineStarts[line] && (source.text[end - 1] === '\n' || source.text[end - 1] === '\r'))
        end--;
    return end;
}
/** Offset just after the last non-blank character of the line. */
function contentEnd(source, line) {
    const start = source.lineStarts[line];
    let end = lineEnd(source, line);
    while (end > start && (source.text[end - 1] === ' ' || source.text[end - 1] === '\t'))
        end--;
    return end;
}
const PY_NOQA_CODES = /#\s*noqa:\s*([A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)/i;
/** Groups rule ids per chosen line, then builds one edit per line. */
function byLine(placements) {
    const lines = new Map();
    for (const p of placements) {
        const list = lines.get(p.line) ?? [];
        if (!list.includes(p.rule))
            list.push(p.rule);
        lines.set(p.line, list);
    }
    for (const list of lines.values())
        list.sort();
    return lines;
}
/** web-tree-sitter's trees live in WebAssembly memory and must be freed; the native binding's need not. */
function release(tree) {
    tree.delete?.();
}
function pythonLines(source) {
    const tree = parsePython(source.text);
    const blocked = new Set();
    const comments = new Map();
    const stack = [tree.rootNode];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'comment') {
            comments.set(source.lineIndex(node.startIndex), { start: node.startIndex, text: node.text });
            continue;
        }
        if (node.type === 'string' || node.type === 'line_continuation' || node.type === 'ERROR') {
            const first = source.lineIndex(node.startIndex);
            const last = source.lineIndex(Math.max(node.startIndex, node.endIndex - 1));
            // Every line the token crosses ends inside it. An ERROR node is treated the same way: what
            // the parser could not read is no place for a comment.
            for (let l = first; l < last; l++)
                blocked.add(l);
            if (node.type === 'line_continuation' || node.type === 'ERROR')
                blocked.add(last);
            if (node.type !== 'ERROR')
                continue;
        }
        for (let i = node.childCount - 1; i >= 0; i--)
            stack.push(node.child(i));
    }
    release(tree);
    // A backslash continuation is not always a node (inside brackets the parser skips it): a
    // line that ends with a backslash outside a comment continues, and a comment cannot follow it.
    for (let line = 0; line < source.lineStarts.length; line++) {
        if (!comments.has(line) && /\\[ \t]*$/.test(source.lineText(line)))
            blocked.add(line);
    }
    return { blocked, comments };
}
export function planPythonNoqa(source, findings) {
    const info = pythonLines(source);
    const placed = [];
    const skipped = [];
    const placements = [];
    for (const f of findings) {
        const candidates = [...new Set([f.range.start.line - 1, f.range.end.line - 1])];
        const line = candidates.find((l) => !info.blocked.has(l));
        if (line === undefined) {
            skipped.push({ finding: f, reason: 'every line of the finding ends inside a string or a backslash continuation' });
            continue;
        }
        placements.push({ line, rule: f.rule });
        placed.push(f);
    }
    const edits = [];
    for (const [line, rules] of byLine(placements)) {
        const comment = info.comments.get(line);
        const codes = comment ? PY_NOQA_CODES.exec(comment.text) : null;
        if (comment && codes) {
            // Merge: `# noqa: E501` -> `# noqa: E501, POP001`.
            const have = codes[1].split(/\s*,\s*/).map((c) => c.toUpperCase());
            const merged = [...have, ...rules.filter((r) => !have.includes(r))];
            const start = comment.start + codes.index + codes[0].length - codes[1].length;
            edits.push({ start, end: start + codes[1].length, content: merged.join(', ') });
        }
        else {
            edits.push({ start: contentEnd(source, line), end: lineEnd(source, line), content: `  # noqa: ${rules.join(', ')}` });
        }
    }
    return { edits, placed, skipped };
}
// ---------------------------------------------------------------------------------- JS/TS
export async function planJsNoqa(path, source, findings) {
    const { loadTs } = await import('../typescript/load.js');
    const { parseJs } = await import('../typescript/parse.js');
    const ts = loadTs();
    const sf = parseJs(path, source.text);
    /** The innermost node holding offset, or null at the top level. */
    const innermost = (offset) => {
        let node = sf;
        for (;;) {
            const child = node.getChildren(sf).find((c) => c.getStart(sf) <= offset && offset < c.end);
            if (!child)
                return node;
            node = child;
        }
    };
    const jsx = new Set([ts.SyntaxKind.JsxText, ts.SyntaxKind.JsxElement, ts.SyntaxKind.JsxFragment, ts.SyntaxKind.SyntaxList]);
    /** A comment may start at offset: it is not inside a token nor among JSX children. */
    const commentable = (offset) => {
        const node = innermost(offset);
        if (node === sf)
            return true;
        if (node.kind === ts.SyntaxKind.SyntaxList) {
            const parent = node.parent;
            return !(parent && (parent.kind === ts.SyntaxKind.JsxElement || parent.kind === ts.SyntaxKind.JsxFragment));
        }
        if (jsx.has(node.kind))
            return false;
        // A token (a string, a template part, a regular expression) that holds the offset.
        return node.getChildCount(sf) > 0 || node.getStart(sf) >= offset;
    };
    const placed = [];
    const skipped = [];
    const endOf = [];
    const above = [];
    /** The `//` comment that ends a line, if any: the first `//` that is not inside a token. */
    const lineComment = (line) => {
        const text = source.lineText(line);
        const start = source.lineStarts[line];
        for (let i = text.indexOf('//'); i >= 0; i = text.indexOf('//', i + 2)) {
            if (commentable(start + i))
                return { at: start + i, text: text.slice(i) };
        }
        return null;
    };
    for (const f of findings) {
        const first = f.range.start.line - 1;
        const last = f.range.end.line - 1;
        // ESLint's same-line form at the end of the first (or last) line, unless that line ends in
        // a template literal or JSX text, or already in another `//` comment that would swallow it.
        const line = [...new Set([first, last])].find((l) => commentable(lineEnd(source, l)) && !/\/\/(?!\s*popenlint-disable-line\b)/.test(lineComment(l)?.text ?? ''));
        if (line !== undefined) {
            endOf.push({ line, rule: f.rule });
            placed.push(f);
            continue;
        }
        // Else `// popenlint-disable-next-line` on its own line above the first line of the finding.
        const at = source.lineStarts[first];
        if (commentable(at === 0 ? 0 : at - 1) && commentable(at)) {
            above.push({ line: first, rule: f.rule });
            placed.push(f);
        }
        else {
            skipped.push({ finding: f, reason: 'the finding starts inside a template literal or JSX text' });
        }
    }
    const edits = [];
    for (const [line, rules] of byLine(endOf)) {
        const existing = lineComment(line);
        const m = existing && /^(\/\/\s*popenlint-disable-line\b)([^\n]*?)(\s*--.*)?$/.exec(existing.text);
        if (existing && m) {
            const have = m[2].split(/[\s,]+/).filter(Boolean).map((r) => r.toUpperCase());
            edits.push({ start: existing.at + m[1].length, end: existing.at + m[1].length + m[2].length, content: ` ${[...have, ...rules.filter((r) => !have.includes(r))].join(', ')}` });
        }
        else {
            edits.push({ start: contentEnd(source, line), end: lineEnd(source, line), content: ` // popenlint-disable-line ${rules.join(', ')}` });
        }
    }
    for (const [line, rules] of byLine(above)) {
        const prev = line > 0 ? /^(\s*\/\/\s*popenlint-disable-next-line\b)([^\n]*?)(\s*--.*)?$/.exec(source.lineText(line - 1)) : null;
        if (prev) {
            const have = prev[2].split(/[\s,]+/).filter(Boolean).map((r) => r.toUpperCase());
            const start = source.lineStarts[line - 1] + prev[1].length;
            edits.push({ start, end: start + prev[2].length, content: ` ${[...have, ...rules.filter((r) => !have.includes(r))].join(', ')}` });
        }
        else {
            const indent = /^[ \t]*/.exec(source.lineText(line))[0];
            edits.push({ start: source.lineStarts[line], end: source.lineStarts[line], content: `${indent}// popenlint-disable-next-line ${rules.join(', ')}${source.newline}` });
        }
    }
    return { edits, placed, skipped };
}
export async function planNoqa(path, source, language, findings) {
    if (language !== 'python')
        return planJsNoqa(path, source, findings);
    // Loaded already under ES modules; the CLI's CommonJS bundle loads it here (python/parse.ts).
    await loadPythonParser();
    return planPythonNoqa(source, findings);
}
/**
 * The code with comments taken out, for checking that adding comments changed nothing else:
 * Python drops comment nodes and the blanks before them; JS/TS prints the tree without comments.
 * With it, the parser's error count, so one parse answers both questions.
 */
export async function codeWithoutComments(path, text, language) {
    if (language === 'python') {
        await loadPythonParser();
        const tree = parsePython(text);
        const cuts = [];
        const stack = [tree.rootNode];
        while (stack.length) {
            const node = stack.pop();
            // The parser counts a CRLF file's \r into the comment: keep it, it is the line end.
            if (node.type === 'comment')
                cuts.push([node.startIndex, text[node.endIndex - 1] === '\r' ? node.endIndex - 1 : node.endIndex]);
            else
                for (let i = 0; i < node.childCount; i++)
                    stack.push(node.child(i));
        }
        const syntaxErrors = pythonSyntaxErrors(tree);
        release(tree);
        cuts.sort((a, b) => b[0] - a[0]);
        let out = text;
        for (const [s, e] of cuts)
            out = out.slice(0, s) + out.slice(e);
        return { code: out.replace(/[ \t]+(?=\r?\n|\r|$)/g, ''), syntaxErrors };
    }
    const { loadTs } = await import('../typescript/load.js');
    const { parseJs, syntaxErrorCount } = await import('../typescript/parse.js');
    const ts = loadTs();
    const sf = parseJs(path, text);
    return { code: ts.createPrinter({ removeComments: true }).printFile(sf), syntaxErrors: syntaxErrorCount(sf) };
}
