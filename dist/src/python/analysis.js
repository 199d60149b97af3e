import { outerExpression, unparenthesize } from './semantic.js';
import { splatKeyword } from './dict-splat.js';
/** Shared questions the Python rules ask about a call and the value it returns. */
/** The single-pipe openers: os.popen, and platform.popen (Python 2, removed in 3.8). */
export const POPEN_FUNCTIONS = new Set(['os.popen', 'platform.popen']);
/** Calls whose callee resolves to one of `names` (e.g. `os.popen`), in source order. */
export function callsTo(model, names) {
    const out = [];
    const searched = new Set();
    for (const qualified of names) {
        for (const name of model.callNames(qualified)) {
            if (searched.has(name))
                continue;
            searched.add(name);
            for (const c of calledAs(model, name))
                if (names.has(c.qualified) && !expectedToRaise(c.call))
                    out.push({ call: c.call, qualified: c.qualified });
        }
    }
    return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
/**
 * The calls whose callee is an occurrence of `name` (`name(...)`, `x.name(...)`) with the
 * qualified name it resolves to, in the order of the occurrences: asked once per model, as each
 * rule asks callsTo for its own names (`run`, `call`, `Popen`... every rule of a file again).
 */
function calledAs(model, name) {
    let byName = calledCache.get(model);
    if (!byName)
        calledCache.set(model, (byName = new Map()));
    let calls = byName.get(name);
    if (calls)
        return calls;
    calls = [];
    for (const id of model.occurrences(name)) {
        // Ex) os.popen(cmd) - the name is the attribute; popen(cmd) / run(cmd) - the callee.
        const parent = id.parent;
        const fn = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent : id;
        const callee = outerExpression(fn);
        const call = callee.parent;
        if (call?.type !== 'call' || call.childForFieldName('function')?.id !== callee.id)
            continue;
        const resolved = model.qualifiedName(fn);
        if (resolved)
            calls.push({ call, qualified: resolved });
    }
    // Kept only once complete: a partial parse's model may throw NeedsWiderParse half-way.
    byName.set(name, calls);
    return calls;
}
const calledCache = new WeakMap();
/** The argument at `position` or named `keyword`; null when absent or hidden by *args. */
export function argument(call, position, keyword) {
    const args = call.childForFieldName('arguments');
    if (!args)
        return null;
    let index = 0;
    for (const arg of args.namedChildren) {
        if (arg.type === 'keyword_argument') {
            if (arg.childForFieldName('name')?.text === keyword)
                return arg.childForFieldName('value');
        }
        else if (arg.type === 'dictionary_splat') {
            // Ex) Popen(cmd, **kwargs) with kwargs = dict(stdout=PIPE, ...) written in the function.
            const found = keyword ? splatKeyword(arg, keyword) : 'unknown';
            if (found === 'unknown')
                return null;
            if (found !== 'absent')
                return found.value;
        }
        else if (arg.type === 'list_splat') {
            return null;
        }
        else if (arg.type !== 'comment') {
            if (index === position)
                return arg;
            index++;
        }
    }
    return null;
}
// Ex) os.popen(cmd, 'w') - the parent writes to the command's stdin; no pipe is read. A
// mode that cannot be seen is treated as write mode: no finding without evidence.
export function isWriteModePopen(call) {
    const mode = argument(call, 1, 'mode');
    return !!mode && (literalString(mode) ?? 'w').includes('w');
}
/** A string literal's value, when the node is a plain literal. */
export function literalString(node) {
    if (!node)
        return null;
    const n = unparenthesize(node);
    if (n.type !== 'string' || n.namedChildren.some((c) => c.type === 'interpolation'))
        return null;
    const m = /^[rRbBuU]{0,2}('''|"""|'|")([\s\S]*)\1$/.exec(n.text);
    return m ? m[2] : null;
}
/** How the value of `call` is thrown away, if it is. */
export function droppedUse(call) {
    const expr = outerExpression(call);
    const parent = expr.parent;
    if (!parent)
        return null;
    if (parent.type === 'expression_statement' && parent.namedChildren.length === 1)
        return { kind: 'statement', statement: parent };
    if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === expr.id) {
        const left = parent.childForFieldName('left');
        if (left?.type === 'identifier' && left.text === '_' && parent.parent?.type === 'expression_statement') {
            return { kind: 'underscore', statement: parent.parent };
        }
        return null;
    }
    if (parent.type === 'with_item' && parent.childForFieldName('value')?.id === expr.id) {
        const statement = parent.parent?.parent;
        if (statement?.type === 'with_statement')
            return { kind: 'with', statement, item: parent };
        return null;
    }
    // Ex) [os.popen(c) for c in cmds] - a list of pipes built and thrown away.
    if ((parent.type === 'list_comprehension' || parent.type === 'generator_expression' || parent.type === 'set_comprehension') && parent.childForFieldName('body')?.id === expr.id) {
        const outer = outerExpression(parent).parent;
        if (outer?.type === 'expression_statement')
            return { kind: 'expression', statement: null };
        return null;
    }
    // Ex) os.popen(cmd).read - the method is named, never called.
    if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === expr.id && outerExpression(parent).parent?.type === 'expression_statement') {
        return { kind: 'expression', statement: null };
    }
    if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.text === 'close') {
        const closeCall = parent.parent;
        if (closeCall?.type === 'call' && closeCall.childForFieldName('arguments')?.namedChildren.length === 0) {
            const outer = outerExpression(closeCall).parent;
            return { kind: 'close', closeCall, statement: outer?.type === 'expression_statement' ? outer : null };
        }
    }
    return null;
}
/** Where a handle-valued expression is bound to a plain name: `p = ...` or `with ... as p`. */
export function boundName(model, call) {
    const expr = outerExpression(call);
    const parent = expr.parent;
    if (!parent)
        return null;
    if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === expr.id) {
        const left = parent.childForFieldName('left');
        if (left?.type === 'identifier' && left.text !== '_' && parent.parent?.type === 'expression_statement') {
            return model.isBinding(left) ? { name: left, statement: parent.parent } : null;
        }
    }
    if (parent.type === 'as_pattern' && parent.namedChildren[0]?.id === expr.id && parent.parent?.type === 'with_item') {
        const target = parent.childForFieldName('alias')?.namedChildren[0];
        const statement = parent.parent.parent?.parent;
        if (target?.type === 'identifier' && statement?.type === 'with_statement')
            return { name: target, statement };
    }
    return null;
}
/** What one read of a handle's name does with it. */
export function classifyUse(ref) {
    const expr = outerExpression(ref);
    const parent = expr.parent;
    if (!parent)
        return { kind: 'escape' };
    switch (parent.type) {
        case 'attribute': {
            const name = parent.childForFieldName('attribute')?.text ?? '';
            const call = outerExpression(parent).parent;
            if (call?.type === 'call' && call.childForFieldName('function')?.id === outerExpression(parent).id) {
                const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
                return { kind: 'method', name, call, argCount: args.length };
            }
            return { kind: 'attribute', name, node: parent };
        }
        case 'for_statement':
        case 'for_in_clause':
            return parent.childForFieldName('right')?.id === expr.id ? { kind: 'iterate' } : { kind: 'escape' };
        case 'argument_list': {
            const call = parent.parent;
            const fn = call?.childForFieldName('function');
            if (fn?.type === 'identifier' && fn.text === 'next' && parent.namedChildren.length === 1)
                return { kind: 'next' };
            return { kind: 'escape' };
        }
        case 'if_statement':
        case 'elif_clause':
        case 'while_statement':
            return parent.childForFieldName('condition')?.id === expr.id ? { kind: 'neutral' } : { kind: 'escape' };
        case 'not_operator':
        case 'comparison_operator':
        case 'delete_statement':
            return { kind: 'neutral' };
        case 'with_item':
            return { kind: 'neutral' };
        default:
            return { kind: 'escape' };
    }
}
/** For `p = call(...)` or `with call(...) as p:`, every later read of `p` and what it does. */
export function handleUses(model, call) {
    const bound = boundName(model, call);
    if (!bound)
        return null;
    const found = model.lookup(bound.name.text, model.scopeOf(bound.name));
    const binding = found?.bindings.find((b) => b.node.id === bound.name.id);
    if (!binding)
        return null;
    const uses = reachedLoads(model, binding).map((ref) => ({ ref, use: classifyUse(ref) }));
    return { ...bound, uses };
}
const LOOPS = new Set(['while_statement', 'for_statement']);
function isAncestor(a, n) {
    return n.startIndex >= a.startIndex && n.endIndex <= a.endIndex;
}
/**
 * The reads of a name that `binding` can reach (reaching definitions, simplified for
 * structured code): a later binding of the name kills it for every read it dominates - the
 * reads after it in its own block and the blocks nested there. A read before the binding is
 * reached only through a loop around both. So `proc = Popen(a); proc.communicate()` then
 * `proc = Popen(b, stdout=PIPE); proc.wait()`: the drain of the first does not hide the second.
 */
export function reachedLoads(model, binding) {
    const all = model.lookup(binding.name, binding.scope)?.bindings.filter((b) => b.scope.id === binding.scope.id) ?? [binding];
    const at = binding.node.startIndex;
    // The later bindings, each with its statement, found once (a walk up the tree each).
    const others = all.filter((b) => b.node.id !== binding.node.id && !b.inExcept && b.node.startIndex > at).map((b) => {
        const stmt = enclosingStatement(b.node);
        return { at: b.node.startIndex, stmt, block: stmt?.parent ?? null };
    });
    const bStmt = enclosingStatement(binding.node);
    const covering = coveringIfs(others.map((o) => o.block));
    return model.references(binding).filter((load) => {
        const pos = load.startIndex;
        if (pos < at) {
            // Reached only through a back edge of a loop around both.
            for (let n = load.parent; n; n = n.parent)
                if (LOOPS.has(n.type) && isAncestor(n, binding.node))
                    return true;
            return false;
        }
        // Ex) x = a; ...; x = b; use(x): the later binding's statement sits in a block that holds the use.
        for (const { at: o, stmt, block } of others) {
            if (o >= pos)
                continue;
            if (stmt && block && isAncestor(block, load) && load.startIndex >= stmt.endIndex && stmt !== bStmt)
                return false;
            // `with Popen(b) as x:` / `for x in ...:` binding: the body it governs.
            if (stmt && isAncestor(stmt, load) && (stmt.type === 'with_statement' || stmt.type === 'for_statement') && !isAncestor(stmt, binding.node))
                return false;
        }
        // Ex) x = a; if c: x = b  else: x = c;  use(x): every branch binds it again.
        for (const ifs of covering) {
            if (ifs.endIndex <= load.startIndex && !isAncestor(ifs, binding.node) && ifs.parent && isAncestor(ifs.parent, load))
                return false;
        }
        return true;
    });
}
/**
 * The if statements with an else whose every branch binds the name in its own block (`if c: cmd =
 * [...] else: cmd = [...]`): past one, no earlier binding is read (audit 23: waidps picks wpaclean
 * or tshark after running aircrack-ng from a command line kept in the same name).
 */
function coveringIfs(blocks) {
    const binding = new Set(blocks.filter((b) => b !== null).map((b) => b.id));
    const candidates = new Map();
    for (const block of blocks) {
        const owner = block?.parent;
        const ifs = owner?.type === 'if_statement' ? owner : owner && (owner.type === 'elif_clause' || owner.type === 'else_clause') ? owner.parent : null;
        if (ifs?.type === 'if_statement')
            candidates.set(ifs.id, ifs);
    }
    return [...candidates.values()].filter((ifs) => {
        const branches = [ifs.childForFieldName('consequence')];
        let hasElse = false;
        for (const alt of ifs.childrenForFieldName('alternative')) {
            if (alt.type === 'else_clause')
                hasElse = true;
            branches.push(alt.type === 'else_clause' ? alt.childForFieldName('body') : alt.childForFieldName('consequence'));
        }
        return hasElse && branches.every((b) => !!b && binding.has(b.id));
    });
}
/**
 * The one binding of `name = value` that reaches this read of the name, when exactly one does
 * (reaching definitions, as reachedLoads): `cmd = 'a'; run(cmd)` ... `cmd = 'b'; run(cmd)` gives
 * each call its own command.
 */
export function reachingAssignment(model, identifier) {
    const all = reachingAssignments(model, identifier);
    return all?.length === 1 ? all[0] : null;
}
/**
 * The plain assignments (`name = value`) whose value a use of the name may read (reaching
 * definitions), or null when one of them is not a plain assignment or none is known:
 * `cmd = [...]` or `cmd = 'a ' + x` reassigned for each tool in a function, or in each branch
 * of an if/elif chain in a loop, reaches only its own uses. An assignment before the use in a
 * block around it hides every earlier one, and every one after the use (a binding later in a
 * loop reaches the use only around the back edge, through that assignment); one between them
 * (`if v: cmd = '...'`) may reach it too, and is returned with it.
 */
export function reachingAssignments(model, use) {
    const found = model.lookup(use.text, model.scopeOf(use));
    const bindings = found?.bindings ?? [];
    const plain = (b) => b.kind === 'assign' && !!b.value && b.node.parent?.type === 'assignment';
    if (bindings.length === 1)
        return plain(bindings[0]) ? [bindings[0]] : null;
    // Which bindings reach the use is asked only of those that can matter (a flow walk each, over
    // a name assigned on every other line of a long function): the nearest assignment before the
    // use in a block around it that reaches it, then those between it and the use.
    const reaches = (b) => reachedLoads(model, b).some((load) => load.id === use.id);
    const dominates = (b) => {
        const stmt = enclosingStatement(b.node);
        return !!stmt?.parent && stmt.endIndex <= use.startIndex && use.startIndex >= stmt.parent.startIndex && use.endIndex <= stmt.parent.endIndex;
    };
    const before = bindings.filter((b) => b.node.startIndex < use.startIndex).sort((a, b) => b.node.startIndex - a.node.startIndex);
    let first = before.find((b) => dominates(b) && reaches(b)) ?? null;
    if (!first) {
        const reaching = bindings.filter(reaches);
        // Ex) if parent: cmd = ['btrfs', 'send', '-p', parent, path] else: cmd = ['btrfs', 'send', path]
        // No assignment on every path, but one on each: the value is one of those that reach the use.
        if (reaching.length !== 1)
            return reaching.length > 1 && reaching.every(plain) ? reaching : null;
        first = reaching[0];
    }
    const start = first.node.startIndex;
    const between = before.filter((b) => b !== first && b.node.startIndex > start && reaches(b));
    const all = [first, ...between];
    return all.every(plain) ? all : null;
}
/** The statement a use sits in, when that statement is the use's own expression statement. */
export function ownStatement(node) {
    const parent = outerExpression(node).parent;
    return parent?.type === 'expression_statement' ? parent : null;
}
/** The simple statement (expression, assignment, return...) that contains node. */
/** The nearest `def` around a node (a method, a nested def), or null at module level. */
export function enclosingFunction(node) {
    for (let n = node.parent; n; n = n.parent)
        if (n.type === 'function_definition')
            return n;
    return null;
}
export function enclosingStatement(node) {
    for (let n = node; n; n = n.parent) {
        if (n.parent && (n.parent.type === 'block' || n.parent.type === 'module'))
            return n;
    }
    return null;
}
// Ex) with self.assertRaises(OSError): subprocess.Popen(MISSING, stdout=PIPE)
// A call a test expects to fail starts no process, so it has no pipe to drain.
const RAISES = new Set(['assertRaises', 'assertRaisesRegex', 'assertRaisesRegexp', 'raises']);
export function expectedToRaise(node) {
    for (let n = node.parent; n && n.type !== 'function_definition' && n.type !== 'module'; n = n.parent) {
        if (n.type !== 'with_statement')
            continue;
        const clause = n.namedChildren.find((c) => c.type === 'with_clause');
        for (const item of clause?.namedChildren ?? []) {
            let value = item.childForFieldName('value');
            if (value?.type === 'as_pattern')
                value = value.namedChildren[0] ?? null;
            const fn = value?.type === 'call' ? value.childForFieldName('function') : null;
            const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
            if (name && RAISES.has(name))
                return true;
        }
    }
    return false;
}
/** `node` runs repeatedly in a loop that does not also re-run `origin` (a read loop). */
export function inLoopAfter(node, origin) {
    for (let n = node.parent; n && n.type !== 'function_definition' && n.type !== 'module'; n = n.parent) {
        if ((n.type === 'while_statement' || n.type === 'for_statement') && !(origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex))
            return true;
    }
    return false;
}
const EXITS = new Set(['sys.exit', 'os._exit', 'os.abort']);
/**
 * How long the parent lives after `node` runs: 'short' for script code at module level (not
 * in a loop) or a block that goes on to `sys.exit()`/`os._exit()`; 'long' otherwise (a function
 * may be a server handler, a loop keeps the process alive). Only the message depends on it:
 * a short-lived parent kills a child still writing into its pipe, a long-lived one leaves it
 * blocked at 64 KiB.
 */
export function parentLifetime(model, node) {
    const statement = enclosingStatement(node);
    for (let s = statement?.nextNamedSibling ?? null; s; s = s.nextNamedSibling) {
        const call = s.type === 'expression_statement' ? unparenthesize(s.namedChildren[0]) : null;
        const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
        if (fn && (EXITS.has(model.qualifiedName(fn) ?? '') || (fn.type === 'identifier' && (fn.text === 'exit' || fn.text === 'quit'))))
            return 'short';
    }
    for (let n = node.parent; n; n = n.parent) {
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            return 'long';
        if (n.type === 'while_statement' || n.type === 'for_statement')
            return 'long';
    }
    return 'short';
}
