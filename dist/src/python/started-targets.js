import { argument } from './analysis.js';
import { outerExpression, unparenthesize } from './semantic.js';
const isNode = (a) => 'type' in a && typeof a.type === 'string';
/** The argument at `position` or named `keyword`, as analysis.argument() finds it in a call. */
export function passedArgument(args, position, keyword) {
    if (isNode(args))
        return argument(args, position, keyword);
    return args.keywords.get(keyword) ?? args.positional[position] ?? null;
}
/** Some argument is not known statically (a splat, or a start's arguments held in a name). */
export function opaqueArguments(args) {
    if (isNode(args))
        return args.childForFieldName('arguments')?.namedChildren.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat') ?? false;
    return args.opaque;
}
// Starters whose first positional argument is the function, the rest its arguments.
const SPREAD_FROM_1 = new Set(['submit']);
// Starters taking the function first, then a tuple of arguments and a dict of keywords.
const TUPLE_AT_1 = new Set(['start_new_thread', 'apply_async', 'apply']);
// Starters taking `target=`, `args=`, `kwargs=`.
const TARGET_KEYWORD = new Set(['Thread', 'Process']);
/**
 * The start `ref` (a function, `f` or `self.f`) is handed to, and the arguments it will get;
 * null when `ref` is not the function of such a start.
 */
export function startedTarget(ref) {
    const outer = outerExpression(ref);
    const holder = outer.parent;
    const keyword = holder?.type === 'keyword_argument' && holder.childForFieldName('value')?.id === outer.id ? holder : null;
    const list = keyword ? keyword.parent : holder;
    const call = list?.type === 'argument_list' ? list.parent : null;
    if (call?.type !== 'call')
        return null;
    const fn = call.childForFieldName('function');
    const starter = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.type === 'identifier' ? fn.text : undefined;
    if (!starter)
        return null;
    const args = list.namedChildren.filter((a) => a.type !== 'comment');
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    const at = (node) => positional.findIndex((a) => a.id === node.id);
    if (TARGET_KEYWORD.has(starter)) {
        if (keyword?.childForFieldName('name')?.text !== 'target')
            return null;
        return { call, passed: unpack(argument(call, 99, 'args'), argument(call, 99, 'kwargs')) };
    }
    if (keyword)
        return null;
    if (SPREAD_FROM_1.has(starter) || (starter === 'run_in_executor' && at(outer) === 1)) {
        const from = at(outer);
        if (from !== (starter === 'run_in_executor' ? 1 : 0))
            return null;
        const keywords = new Map();
        for (const a of args)
            if (a.type === 'keyword_argument')
                keywords.set(a.childForFieldName('name').text, a.childForFieldName('value'));
        const rest = positional.slice(from + 1);
        return { call, passed: { positional: rest, keywords, opaque: rest.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat') || args.some((a) => a.type === 'dictionary_splat') } };
    }
    if (TUPLE_AT_1.has(starter) && at(outer) === 0) {
        const kwName = starter === 'start_new_thread' ? 'kwargs' : 'kwds';
        return { call, passed: unpack(argument(call, 1, 'args'), argument(call, 2, kwName)) };
    }
    return null;
}
// Ex) args=(a, b), kwargs={'k': v}: a tuple or list literal and a dict literal with string keys.
function unpack(tuple, dict) {
    const out = { positional: [], keywords: new Map(), opaque: false };
    if (tuple) {
        const t = tuple.type === 'parenthesized_expression' ? null : unparenthesize(tuple);
        if ((t?.type === 'tuple' || t?.type === 'list') && !t.namedChildren.some((c) => c.type === 'list_splat'))
            out.positional = t.namedChildren.filter((c) => c.type !== 'comment');
        else
            out.opaque = true;
    }
    if (dict) {
        const d = unparenthesize(dict);
        if (d.type !== 'dictionary')
            out.opaque = true;
        else {
            for (const pair of d.namedChildren) {
                const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
                const name = key?.type === 'string' ? /^[rbuRBU]*(['"])(\w+)\1$/.exec(key.text)?.[2] : undefined;
                if (pair.type === 'comment')
                    continue;
                if (!name)
                    out.opaque = true;
                else
                    out.keywords.set(name, pair.childForFieldName('value'));
            }
        }
    }
    return out;
}
