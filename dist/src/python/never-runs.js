// Conditions that are false as written: `if False:`, `if 0:`, `while False:` (a block kept as a
// comment, or switched off by hand).
const FALSE_AS_WRITTEN = new Set(['False', '0', '(False)', '(0)']);
/**
 * Ex) `if False:` over a demo's old loop: whether `node` lies in the body of an `if` or `while`
 * whose condition is false as written. That body never runs, so no child is started there and
 * nothing there can break (blind audit 41: a `poll()`/`readline()` loop under `if False:`). The
 * `elif`/`else` arms of such an `if` do run.
 */
export function neverRuns(node) {
    for (let n = node; n?.parent; n = n.parent) {
        const p = n.parent;
        if (p.type !== 'if_statement' && p.type !== 'while_statement')
            continue;
        const body = p.childForFieldName('consequence') ?? p.childForFieldName('body');
        if (body?.startIndex === n.startIndex && body.endIndex === n.endIndex && FALSE_AS_WRITTEN.has(p.childForFieldName('condition')?.text ?? ''))
            return true;
    }
    return false;
}
