import { unparenthesize } from './semantic.js';
/** Calls that turn an argv's word into the same word as a string (`str(x)`, `os.fspath(p)`). */
const AS_WORD = new Set(['str', 'os.fspath', 'fspath', 'unicode', 'os.path.normpath']);
/**
 * Ex) [str(x) for x in cmd] / [os.fspath(a) for a in args] / list(map(str, cmd))
 * A copy of an argv with each word made a string: the same command, word for word (audit 33:
 * python-on-whales' `full_cmd = [str(x) for x in full_cmd]` before its Popen). The list copied,
 * or null for anything else (a filter, a body that changes the word, several `for` clauses).
 */
export function copiedList(node) {
    const n = unparenthesize(node);
    if (n.type === 'call') {
        // Ex) list(map(str, cmd))
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        if (fn?.text !== 'list' || args.length !== 1)
            return null;
        const inner = unparenthesize(args[0]);
        const mapArgs = inner.type === 'call' && inner.childForFieldName('function')?.text === 'map' ? inner.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [] : [];
        return mapArgs.length === 2 && AS_WORD.has(mapArgs[0].text) ? mapArgs[1] : null;
    }
    if (n.type !== 'list_comprehension')
        return null;
    const clauses = n.namedChildren.filter((c) => c.type !== 'comment' && c.id !== n.childForFieldName('body')?.id);
    const clause = clauses.length === 1 && clauses[0].type === 'for_in_clause' ? clauses[0] : null;
    const variable = clause?.childForFieldName('left');
    const iterated = clause?.childForFieldName('right');
    const body = n.childForFieldName('body');
    if (!variable || variable.type !== 'identifier' || !iterated || !body)
        return null;
    if (body.type === 'identifier')
        return body.text === variable.text ? iterated : null;
    if (body.type !== 'call')
        return null;
    const args = body.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const fn = body.childForFieldName('function')?.text.replace(/\s+/g, '');
    return fn && AS_WORD.has(fn) && args.length === 1 && args[0].type === 'identifier' && args[0].text === variable.text ? iterated : null;
}
