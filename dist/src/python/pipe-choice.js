import { argument, enclosingFunction, reachingAssignments } from './analysis.js';
import { unparenthesize } from './semantic.js';
import { truthOf } from './wrapper-flags.js';
import { splatWriteStatement } from './dict-splat.js';
const MAX_DEPTH = 3;
/**
 * 'always' for PIPE (written out, or a local every reaching assignment of which is PIPE); the
 * ways of a PIPE chosen by a condition of stable names; null for no pipe, or a choice the code
 * does not show (a name assigned PIPE on every path but one that reassigns it with no test seen).
 */
export function pipeChoice(model, arg) {
    const n = unparenthesize(arg);
    const fn = enclosingFunction(arg);
    if (model.qualifiedName(n) === 'subprocess.PIPE') {
        // Ex) if pipe: kwargs.update(stdout=PIPE)  ...  Popen(args, **kwargs): PIPE when `pipe`.
        const facts = writtenUnder(n);
        if (!facts.length)
            return 'always';
        return fn && facts.every((f) => stable(model, f.node, fn)) ? { ways: [facts], fn } : null;
    }
    if (!fn)
        return null;
    const leaves = { pipe: [], other: 0 };
    if (!collect(model, n, fn, [], 0, leaves))
        return null;
    if (leaves.pipe.length === 0)
        return null;
    if (leaves.other === 0)
        return 'always';
    // A pipe on a way with no test, next to a value that is not: what chooses between them is not seen.
    if (leaves.pipe.some((w) => w.length === 0))
        return null;
    if (!leaves.pipe.every((w) => w.every((f) => stable(model, f.node, fn))))
        return null;
    return { ways: leaves.pipe, fn };
}
// The values `node` can have, with the facts of each: PIPE leaves into `pipe`, others counted.
// False when a part cannot be followed.
function collect(model, node, fn, facts, depth, leaves) {
    const n = unparenthesize(node);
    if (model.qualifiedName(n) === 'subprocess.PIPE') {
        leaves.pipe.push(facts);
        return true;
    }
    if (depth >= MAX_DEPTH)
        return false;
    if (n.type === 'conditional_expression') {
        const [yes, condition, no] = n.namedChildren.filter((c) => c.type !== 'comment');
        if (!yes || !condition || !no)
            return false;
        return collect(model, yes, fn, [...facts, { node: condition, holds: true }], depth + 1, leaves) && collect(model, no, fn, [...facts, { node: condition, holds: false }], depth + 1, leaves);
    }
    if (n.type === 'identifier') {
        const found = model.lookup(n.text, model.scopeOf(n));
        // Only a local of the function: a module's or a class's name may be set anywhere.
        if (!found || found.scope.node.id !== fn.id) {
            leaves.other++;
            return true;
        }
        const reaching = reachingAssignments(model, n);
        if (!reaching) {
            leaves.other++;
            return true;
        }
        for (const b of reaching) {
            if (!b.value)
                return false;
            if (!collect(model, b.value, fn, [...facts, ...factsAt(b.node, fn)], depth + 1, leaves))
                return false;
        }
        return true;
    }
    leaves.other++;
    return true;
}
/**
 * The conditions known at `node` inside `fn`: the tests of the `if` arms round it (an `elif`
 * or `else` also knows the tests before it failed), and the tests of earlier `if`s in the
 * blocks round it whose every arm leaves the function (`if dump: ...; return data`) and that
 * have no `else`: the code after them runs only when those tests failed.
 */
export function factsAt(node, fn) {
    if (enclosingFunction(node)?.id !== fn.id)
        return [];
    const out = [];
    for (let n = node; n.parent && n.id !== fn.id; n = n.parent) {
        const p = n.parent;
        if (p.type === 'if_statement' && p.childForFieldName('consequence')?.id === n.id)
            out.push({ node: p.childForFieldName('condition'), holds: true });
        if ((p.type === 'elif_clause' && p.childForFieldName('consequence')?.id === n.id) || p.type === 'else_clause') {
            const ifNode = p.parent;
            if (p.type === 'elif_clause')
                out.push({ node: p.childForFieldName('condition'), holds: true });
            out.push({ node: ifNode.childForFieldName('condition'), holds: false });
            for (const c of ifNode.namedChildren) {
                if (c.id === p.id)
                    break;
                if (c.type === 'elif_clause')
                    out.push({ node: c.childForFieldName('condition'), holds: false });
            }
        }
        if (p.type === 'block' || p.type === 'module') {
            for (let s = n.previousNamedSibling; s; s = s.previousNamedSibling) {
                if (s.type !== 'if_statement' || s.namedChildren.some((c) => c.type === 'else_clause'))
                    continue;
                const arms = [s.childForFieldName('consequence'), ...s.namedChildren.filter((c) => c.type === 'elif_clause').map((c) => c.childForFieldName('consequence'))];
                if (!arms.every((b) => b && leaves(b)))
                    continue;
                out.push({ node: s.childForFieldName('condition'), holds: false, left: true });
                for (const c of s.namedChildren)
                    if (c.type === 'elif_clause')
                        out.push({ node: c.childForFieldName('condition'), holds: false, left: true });
            }
        }
    }
    return out;
}
/**
 * The tests a PIPE stored into a spread dict (`kw.update(stdout=PIPE)`, dict-splat.ts) is stored
 * under; empty for a PIPE written in the call, or stored on every run.
 */
export function writtenUnder(value) {
    const stmt = splatWriteStatement(unparenthesize(value));
    const fn = stmt && enclosingFunction(stmt);
    return stmt && fn ? factsAt(stmt, fn) : [];
}
function leaves(block) {
    const last = block.lastNamedChild;
    return last?.type === 'return_statement' || last?.type === 'raise_statement';
}
// The atoms a fact settles: `not x` is x false, `a and b` true is both true, `a or b` false both false.
function atoms(fact, out) {
    const n = unparenthesize(fact.node);
    if (n.type === 'not_operator')
        return atoms({ node: n.childForFieldName('argument'), holds: !fact.holds }, out);
    if (n.type === 'boolean_operator') {
        const op = n.childForFieldName('operator')?.text;
        if ((op === 'and' && fact.holds) || (op === 'or' && !fact.holds)) {
            atoms({ node: n.childForFieldName('left'), holds: fact.holds }, out);
            atoms({ node: n.childForFieldName('right'), holds: fact.holds }, out);
            return;
        }
    }
    out.set(key(n), fact.holds);
}
const key = (n) => n.text.replace(/\s+/g, '');
// The truth of a condition given the atoms known: true, false or null (not known).
function truth(node, known) {
    const n = unparenthesize(node);
    const k = known.get(key(n));
    if (k !== undefined)
        return k;
    if (n.type === 'not_operator') {
        const t = truth(n.childForFieldName('argument'), known);
        return t === null ? null : !t;
    }
    if (n.type === 'boolean_operator') {
        const op = n.childForFieldName('operator')?.text;
        const l = truth(n.childForFieldName('left'), known);
        const r = truth(n.childForFieldName('right'), known);
        if (op === 'and')
            return l === false || r === false ? false : l === true && r === true ? true : null;
        if (op === 'or')
            return l === true || r === true ? true : l === false && r === false ? false : null;
    }
    return null;
}
/**
 * A condition made of names the function binds once (a parameter, or one assignment) and
 * literals, with `not`, `and`, `or` and comparisons: the same text means the same value
 * wherever the function tests it. No call, no attribute, no subscript (those can change).
 */
function stable(model, condition, fn) {
    const OK = new Set(['identifier', 'not_operator', 'boolean_operator', 'comparison_operator', 'parenthesized_expression', 'none', 'true', 'false', 'integer', 'string', 'string_start', 'string_content', 'string_end']);
    const stack = [condition];
    while (stack.length) {
        const n = stack.pop();
        if (!OK.has(n.type))
            return false;
        if (n.type === 'identifier') {
            const found = model.lookup(n.text, model.scopeOf(n));
            if (!found || found.scope.node.id !== fn.id || found.bindings.length !== 1)
                return false;
        }
        stack.push(...n.namedChildren);
    }
    return true;
}
/**
 * When `node` (a use of the handle) runs only on runs with no pipe: each way to the pipe has a
 * fact the tests round `node` contradict, on names the function does not rebind. 'left': the
 * runs that pipe have all left the function before (`if capture: return p.communicate()` above
 * it): no later use is theirs either. 'skipped': they skip it (`if not capture: p.wait()`) and go
 * on. Null: it runs on piped runs too.
 */
export function unpipedAt(model, choice, node) {
    const facts = factsAt(node, choice.fn).filter((f) => stable(model, f.node, choice.fn));
    if (facts.length === 0)
        return null;
    const ruledOut = (list) => {
        const known = new Map();
        for (const f of list)
            atoms(f, known);
        return choice.ways.every((way) => way.some((f) => truth(f.node, known) === !f.holds));
    };
    if (!ruledOut(facts))
        return null;
    return ruledOut(facts.filter((f) => f.left)) ? 'left' : 'skipped';
}
/**
 * Ex) self._run(cmd, capture=False) for `def _run(self, cmd, capture=False)`: every way to the
 * wrapper's pipe is ruled out by a literal the call passes for a parameter (by keyword, or by
 * place: a method called on an object leaves out `self`). `params`: the wrapper's parameter names.
 */
export function ruledOutAt(call, choice, params) {
    const method = call.childForFieldName('function')?.type === 'attribute' && ['self', 'cls'].includes(params[0] ?? '');
    const known = new Map();
    for (const way of choice.ways) {
        for (const f of way) {
            for (const id of [unparenthesize(f.node), ...f.node.descendantsOfType('identifier')]) {
                if (id.type !== 'identifier' || known.has(id.text) || !params.includes(id.text))
                    continue;
                const index = params.indexOf(id.text) - (method ? 1 : 0);
                const v = index < 0 ? null : truthOf(argument(call, index, id.text));
                if (v !== null)
                    known.set(id.text, v);
            }
        }
    }
    return choice.ways.every((way) => way.some((f) => truth(f.node, known) === !f.holds));
}
/** The names of a function's parameters, in order. */
export function parameterNames(def) {
    return def.childForFieldName('parameters')?.namedChildren.filter((p) => p.type !== 'comment').map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text ?? '')) ?? [];
}
/** The condition of the first way, for the message: `capture`, `not quiet`, `dump or getfd`. */
export function choiceText(choice) {
    if (choice.ways.length !== 1)
        return null;
    const parts = choice.ways[0].map((f) => (f.holds ? f.node.text : `not (${f.node.text})`.replace(/^not \(([\w.]+)\)$/, 'not $1')));
    const text = parts.join(' and ').replace(/\s+/g, ' ');
    return text.length <= 50 ? text : null;
}
/**
 * The streams of a Popen call that are PIPE through a local or on some runs only, and how they
 * are chosen (`choice` null: on every run); null when none is, when one is PIPE as written
 * (judged as such), or when stdout and stderr are chosen differently.
 */
export function chosenStreams(model, call) {
    const stdout = argument(call, 4, 'stdout');
    const stderr = argument(call, 5, 'stderr');
    const written = (n) => !!n && model.qualifiedName(unparenthesize(n)) === 'subprocess.PIPE' && !writtenUnder(n).length;
    if (written(stdout) || written(stderr))
        return null;
    const merged = !!stderr && model.qualifiedName(unparenthesize(stderr)) === 'subprocess.STDOUT';
    const out = stdout ? pipeChoice(model, stdout) : null;
    const err = stderr && !merged ? pipeChoice(model, stderr) : null;
    if (!out && !err)
        return null;
    // Ex) stdout=pipeout, stderr=pipeout: one choice for both.
    if (out && err && (out === 'always') !== (err === 'always'))
        return null;
    if (out && err && out !== 'always' && unparenthesize(stdout).text !== unparenthesize(stderr).text)
        return null;
    const choice = out ?? err;
    return { stdout: out ? stdout : null, stderr: err ? stderr : null, choice: choice === 'always' ? null : choice };
}
/** For a message: ` (piped when `capture`)`, or nothing for a pipe on every run. */
export function choiceNote(choice) {
    if (!choice)
        return '';
    const text = choiceText(choice);
    return text ? ` (piped when \`${text}\`)` : ' (piped on some runs)';
}
