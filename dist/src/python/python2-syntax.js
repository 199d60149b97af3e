/** Python 2-only syntax: print/exec statements, `except E, e`, backquotes, `<>`, 0777, 10L, ur''. */
export function hasPython2Syntax(tree, text, coverage) {
    const root = tree.rootNode;
    // Names (raw_input, urllib2, iteritems) never decide: they can be shims, and a target the
    // user set must win over them. Only syntax that Python 3 refuses proves 2.x.
    // Never null: every index comes from a match inside the root's own text.
    // Outside the parsed statements (a partial parse), a match asks for a wider parse, with every
    // other such match of the three searches: one more parse, not one per match.
    const at = (index) => {
        if (coverage && !coverage.covers(index))
            coverage.requireAll(python2Candidates(text));
        return root.descendantForIndex(index, index + 1);
    };
    // The keyword of a print or exec statement, found from the text: no walk over the tree.
    for (const m of text.matchAll(STATEMENT_KEYWORD)) {
        const type = at(m.index).parent?.type;
        if (type === 'print_statement' || type === 'exec_statement')
            return true;
    }
    for (const m of text.matchAll(EXCEPT_COMMA)) {
        const clause = at(m.index).parent;
        if (clause?.type === 'except_clause' && clause.childrenForFieldName('value').length === 2)
            return true;
    }
    for (const m of text.matchAll(TOKEN)) {
        const node = at(m.index);
        const type = node.type;
        if ((type === 'string_start' && /^(`|ur)/i.test(node.text)) || (type === 'integer' && node.startIndex === m.index) || type === '<>')
            return true;
    }
    return false;
}
const STATEMENT_KEYWORD = /\b(?:print|exec)\b/g;
const EXCEPT_COMMA = /\bexcept\b[^:\n]*,/g;
const TOKEN = /`|<>|\b0\d+\b|\b\d+[lL]\b|\b[uU][rR]['"]/g;
/** Where the three searches of hasPython2Syntax match. */
export function python2Candidates(text) {
    return [STATEMENT_KEYWORD, EXCEPT_COMMA, TOKEN].flatMap((re) => [...text.matchAll(re)].map((m) => m.index));
}
