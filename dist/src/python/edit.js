import { NeedsWiderParse } from './partial.js';
/**
 * Statement-level edits for Python fixes. They keep the file's indentation style (tabs or N
 * spaces) and line endings, and work where a statement shares its line with others:
 * `if x: os.popen(c)` and `a = 1; os.popen(c); b = 2`.
 */
/**
 * The file's indentation unit: the first indent that deepens a block. Lines are read one at a
 * time up to that block, not split all at once.
 */
export function detectIndentUnit(text) {
    let unit = '    ';
    let prevIndent = null;
    for (let at = 0; at <= text.length;) {
        let end = text.indexOf('\n', at);
        if (end < 0)
            end = text.length;
        const line = text.slice(at, end > at && text[end - 1] === '\r' ? end - 1 : end);
        at = end + 1;
        if (!line.trim() || line.trimStart().startsWith('#'))
            continue;
        const indent = /^[ \t]*/.exec(line)[0];
        if (prevIndent !== null && indent.length > prevIndent.length && indent.startsWith(prevIndent)) {
            unit = indent.slice(prevIndent.length);
            break;
        }
        prevIndent = /:\s*(#.*)?$/.test(line) ? indent : null;
    }
    return unit;
}
const indentUnits = new WeakMap();
/** detectIndentUnit, once per file: every fix of a file asks again. */
function indentUnitOf(source) {
    let unit = indentUnits.get(source);
    if (unit === undefined)
        indentUnits.set(source, (unit = detectIndentUnit(source.text)));
    return unit;
}
function leadingWhitespace(source, offset) {
    const start = source.lineStart(offset);
    return /^[ \t]*/.exec(source.text.slice(start, offset + 1))[0];
}
function startsLine(source, node) {
    return source.text.slice(source.lineStart(node.startIndex), node.startIndex).trim() === '';
}
/** The indentation a statement gets once it stands on a line of its own. */
export function ownLineIndent(source, stmt) {
    const line = leadingWhitespace(source, stmt.startIndex);
    const block = stmt.parent;
    // The block's first statement, without listing the block (a module can hold thousands).
    let first = block?.firstNamedChild ?? null;
    while (first?.type === 'comment')
        first = first.nextNamedSibling;
    // `if x: a; b` - the block starts on the header's line.
    if (block?.type === 'block' && first && !startsLine(source, first))
        return line + indentUnitOf(source);
    return line;
}
/**
 * Whether replaceStatementWithBlock understands the layout around `stmt`: it starts its line,
 * or follows a `;` or the `:` of an inline block. Cheap, so that a rule can offer the fix
 * before building it (see lazyFix).
 */
export function canReplaceStatementWithBlock(source, stmt) {
    const text = source.text;
    let i = stmt.startIndex;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t'))
        i--;
    const before = text[i - 1];
    return i === 0 || before === ';' || before === ':' || before === '\n' || before === '\r';
}
/**
 * Replaces a simple statement with a block (`with ...:` and its body), moving it and any
 * `;`-joined neighbours onto lines of their own. Returns null when the layout is not understood.
 */
export function replaceStatementWithBlock(source, stmt, lines) {
    if (!canReplaceStatementWithBlock(source, stmt))
        return null;
    const nl = source.newline;
    const unit = indentUnitOf(source);
    const indent = ownLineIndent(source, stmt);
    const text = source.text;
    const edits = [];
    // Before: nothing but indentation, or `;` after a sibling, or `:` of an inline block.
    let i = stmt.startIndex;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t'))
        i--;
    const before = text[i - 1];
    if (i > 0 && before === ';') {
        let j = i - 1;
        while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t'))
            j--;
        edits.push({ start: j, end: stmt.startIndex, content: nl + indent });
    }
    else if (i > 0 && before === ':') {
        edits.push({ start: i, end: stmt.startIndex, content: nl + indent });
    }
    // After: a `;` and a sibling move to their own line; a trailing `;` goes.
    let k = stmt.endIndex;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t'))
        k++;
    if (text[k] === ';') {
        let m = k + 1;
        while (m < text.length && (text[m] === ' ' || text[m] === '\t'))
            m++;
        const atEnd = m >= text.length || text[m] === '\n' || text[m] === '\r' || text[m] === '#';
        edits.push({ start: stmt.endIndex, end: m, content: atEnd ? (text[m] === '#' ? '  ' : '') : nl + indent });
    }
    const body = lines.map((l, n) => (n === 0 ? '' : indent + unit.repeat(l.depth)) + l.text).join(nl);
    edits.push({ start: stmt.startIndex, end: stmt.endIndex, content: body });
    return edits;
}
/** Inserts a simple statement just before `stmt`, on its own line or `;`-joined inline. */
export function insertStatementBefore(source, stmt, statement) {
    if (startsLine(source, stmt)) {
        const lineStart = source.lineStart(stmt.startIndex);
        const indent = leadingWhitespace(source, stmt.startIndex);
        return { start: lineStart, end: lineStart, content: indent + statement + source.newline };
    }
    return { start: stmt.startIndex, end: stmt.startIndex, content: `${statement}; ` };
}
/** Inserts a simple statement just after a simple statement `stmt`. */
export function insertStatementAfter(source, stmt, statement) {
    const text = source.text;
    let k = stmt.endIndex;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t'))
        k++;
    const endsLine = k >= text.length || text[k] === '\n' || text[k] === '\r' || text[k] === '#';
    if (startsLine(source, stmt) && endsLine) {
        let eol = k;
        while (eol < text.length && text[eol] !== '\n' && text[eol] !== '\r')
            eol++;
        return { start: eol, end: eol, content: source.newline + ownLineIndent(source, stmt) + statement };
    }
    return { start: stmt.endIndex, end: stmt.endIndex, content: `; ${statement}` };
}
const freshNames = new WeakMap();
/**
 * A name used nowhere in the file, for the handle a fix introduces. Candidates are looked up
 * in the text (an identifier node at a match means the name is taken), never by listing every
 * identifier of the tree; the answer is kept per tree, since each fix of a file asks again.
 */
export function freshName(tree, base) {
    let cache = freshNames.get(tree);
    if (!cache)
        freshNames.set(tree, (cache = new Map()));
    let name = cache.get(base);
    if (name === undefined) {
        const root = tree.rootNode;
        // The root's text starts at its first token: offsets into it are shifted by its start.
        const text = root.text;
        const shift = root.startIndex;
        const used = new Set();
        const re = new RegExp(`(?<![\\w\\u0080-\\uffff])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:_\\d+)?(?![\\w\\u0080-\\uffff])`, 'g');
        for (const m of text.matchAll(re)) {
            const start = shift + m.index;
            const node = root.descendantForIndex(start, start + m[0].length);
            // A word only the root spans lies in a statement a partial parse left out (partial.ts).
            if (!node || node.type === 'module')
                throw new NeedsWiderParse(start);
            if (node.type === 'identifier' && node.startIndex === start && node.endIndex === start + m[0].length)
                used.add(m[0]);
        }
        name = base;
        for (let i = 1; used.has(name); i++)
            name = `${base}_${i}`;
        cache.set(base, name);
    }
    return name;
}
/**
 * The name under which `subprocess` is reachable at `at`, and the edit that imports it when
 * it is not: after the docstring and `from __future__` imports, exactly once per file.
 */
export function subprocessModule(model, source, at) {
    for (const name of model.moduleAliases('subprocess')) {
        if (model.lookup(name, model.scopeOf(at))?.scope === model.module)
            return { name, edits: [] };
    }
    if (model.lookup('subprocess', model.scopeOf(at)))
        return null; // the name means something else here
    let edits = importEdits.get(model);
    if (!edits)
        importEdits.set(model, (edits = importSubprocess(model, source)));
    return { name: 'subprocess', edits };
}
const importEdits = new WeakMap();
// The `import subprocess` line, after the docstring and `from __future__` imports. Only the
// module's first statements are visited, once per file.
function importSubprocess(model, source) {
    let anchor = null;
    let first = null;
    for (let stmt = model.tree.rootNode.firstNamedChild; stmt; stmt = stmt.nextNamedSibling) {
        if (stmt.type === 'comment')
            continue;
        first ??= stmt;
        const isDocstring = !anchor && stmt.type === 'expression_statement' && stmt.firstNamedChild?.type === 'string';
        if (isDocstring || stmt.type === 'future_import_statement')
            anchor = stmt;
        else
            break;
    }
    const nl = source.newline;
    if (anchor) {
        const line = source.lineIndex(anchor.endIndex);
        const next = source.lineStarts[line + 1];
        if (next === undefined)
            return [{ start: source.text.length, end: source.text.length, content: `${nl}import subprocess${nl}` }];
        return [{ start: next, end: next, content: `import subprocess${nl}` }];
    }
    const at0 = first ? source.lineStart(first.startIndex) : source.text.length;
    return [{ start: at0, end: at0, content: `import subprocess${nl}` }];
}
/**
 * An open /dev/null to give a child where `subprocess.DEVNULL` does not exist (Python 2, 3.0-3.2):
 * a handle already bound in scope (`DN = open(os.devnull, 'w')`) is reused; else
 * `open(os.devnull, 'w')` when `os` names the os module here (it also runs on Windows); else
 * `open('/dev/null', 'w')`.
 */
export function devnullFile(model, at) {
    const text = model.text;
    for (const m of text.matchAll(/([A-Za-z_]\w*)\s*=\s*open\(\s*(?:[\w.]+\.devnull|(['"])\/dev\/null\2)\s*,\s*(['"])wb?\3\s*\)/g)) {
        const id = model.tree.rootNode.descendantForIndex(m.index, m.index + m[1].length);
        if (!id || id.type !== 'identifier' || !model.isBinding(id))
            continue;
        const found = model.lookup(m[1], model.scopeOf(at));
        if (found?.bindings.length === 1 && found.bindings[0].node.id === id.id && id.startIndex < at.startIndex)
            return m[1];
    }
    for (const name of model.moduleAliases('os')) {
        if (model.lookup(name, model.scopeOf(at))?.scope === model.module)
            return `open(${name}.devnull, 'w')`;
    }
    return "open('/dev/null', 'w')";
}
