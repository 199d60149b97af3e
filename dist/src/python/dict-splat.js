import { unparenthesize } from './semantic.js';
export function splatKeyword(splat, keyword) {
    const name = splat.namedChildren.find((c) => c.type !== 'comment');
    if (name?.type !== 'identifier')
        return 'unknown';
    let scope = splat.parent;
    while (scope && scope.type !== 'function_definition' && scope.type !== 'module')
        scope = scope.parent;
    if (!scope)
        return 'unknown';
    let bound = null;
    let seen = 0;
    const uses = [];
    const walk = (n) => {
        for (const c of n.namedChildren) {
            if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda')
                continue;
            if (c.type === 'identifier' && c.text === name.text)
                uses.push(c);
            walk(c);
        }
    };
    walk(scope.type === 'function_definition' ? scope.childForFieldName('body') : scope);
    for (const id of uses) {
        const parent = id.parent;
        if (parent.id === splat.id)
            continue;
        if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id)
            continue;
        if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === id.id)
            continue;
        if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === id.id) {
            seen++;
            bound = parent.childForFieldName('right');
            continue;
        }
        // Ex) kwargs['creationflags'] = ...: another key, stored; the same key makes it unknown.
        const store = parent.type === 'subscript' && parent.childForFieldName('value')?.id === id.id ? parent.parent : null;
        const key = parent.type === 'subscript' ? parent.childForFieldName('subscript') : null;
        if (store?.type === 'assignment' && store.childForFieldName('left')?.id === parent.id && key?.type === 'string' && !key.namedChildren.some((k) => k.type === 'interpolation')) {
            if (key.text.slice(1, -1) === keyword)
                return 'unknown';
            continue;
        }
        // A spread elsewhere (another call given the same keywords) reads it.
        if (parent.type === 'dictionary_splat')
            continue;
        return 'unknown';
    }
    if (seen !== 1 || !bound)
        return 'unknown';
    return keywordIn(unparenthesize(bound), keyword);
}
// dict(stdout=PIPE, ...) or {'stdout': PIPE, ...}: every key written, none spread from elsewhere.
function keywordIn(value, keyword) {
    if (value.type === 'call' && value.childForFieldName('function')?.text === 'dict') {
        const args = value.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
        if (args.some((a) => a.type !== 'keyword_argument'))
            return 'unknown';
        const hit = args.find((a) => a.childForFieldName('name')?.text === keyword);
        return hit ? { value: hit.childForFieldName('value') } : 'absent';
    }
    if (value.type === 'dictionary') {
        const pairs = value.namedChildren.filter((c) => c.type !== 'comment');
        let found = null;
        for (const p of pairs) {
            const key = p.type === 'pair' ? p.childForFieldName('key') : null;
            if (key?.type !== 'string' || key.namedChildren.some((k) => k.type === 'interpolation'))
                return 'unknown';
            if (key.text.replace(/^[rRbBuU]*/, '').slice(1, -1) === keyword)
                found = p.childForFieldName('value');
        }
        return found ? { value: found } : 'absent';
    }
    return 'unknown';
}
