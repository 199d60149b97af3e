import { unparenthesize } from './semantic.js';
// The condition under its `not`s and parentheses, and the truth that takes the arm once they are undone.
function withoutNots(condition, truth) {
    let node = condition && unparenthesize(condition);
    let value = truth;
    while (node?.type === 'not_operator') {
        const arg = node.childForFieldName('argument');
        node = arg && unparenthesize(arg);
        value = !value;
    }
    return [node, value];
}
// A tested name and the truth that takes the arm: `x` true, `not x` false.
function tested(condition, truth) {
    const [node, value] = withoutNots(condition, truth);
    return node?.type === 'identifier' ? [node.text, value] : null;
}
// The arms of an `if` statement: the consequence, each `elif`, then the `else` (or the empty
// arm that falls through when there is none).
function armCount(ifNode) {
    const alternatives = ifNode.childrenForFieldName('alternative');
    return 1 + alternatives.length + (alternatives.some((a) => a.type === 'else_clause') ? 0 : 1);
}
// What arm `index` of the `if` knows: its own test true, the tests before it false.
function armFacts(ifNode, index) {
    const conditions = [ifNode.childForFieldName('condition'), ...ifNode.childrenForFieldName('alternative').filter((a) => a.type === 'elif_clause').map((a) => a.childForFieldName('condition'))];
    const facts = [];
    for (let i = 0; i < Math.min(index + 1, conditions.length); i++) {
        const fact = tested(conditions[i] ?? null, i === index);
        if (fact)
            facts.push(fact);
    }
    return facts;
}
// The `if` and the arm index of a block that is one arm of it, or null.
function armOfBlock(block) {
    const clause = block.parent;
    if (block.type !== 'block' || !clause)
        return null;
    if (clause.type === 'if_statement')
        return clause.childForFieldName('consequence')?.id === block.id ? [clause, 0] : null;
    if ((clause.type === 'elif_clause' || clause.type === 'else_clause') && clause.parent?.type === 'if_statement') {
        return [clause.parent, clause.parent.childrenForFieldName('alternative').findIndex((a) => a.id === clause.id) + 1];
    }
    return null;
}
// The `if` arms round node, inside its function.
function armsOf(node) {
    const out = [];
    for (let n = node; n?.parent; n = n.parent) {
        if (['function_definition', 'lambda', 'class_definition', 'module'].includes(n.parent.type))
            break;
        const arm = armOfBlock(n.parent);
        if (arm)
            out.push({ ifNode: arm[0], index: arm[1], facts: armFacts(arm[0], arm[1]) });
    }
    return out;
}
const LOOPS = new Set(['for_statement', 'while_statement']);
// The name holds one value from the first `if` on: every binding of it in its scope (a
// parameter, an assignment) comes before that `if` and outside any loop round it.
function steady(model, name, first) {
    const scope = model.scopeOf(first);
    const found = model.lookup(name, scope);
    if (!found || found.scope.id !== scope.id || scope.kind === 'module')
        return false;
    return found.bindings.every((b) => {
        if (b.node.startIndex >= first.startIndex)
            return false;
        for (let n = b.node.parent; n; n = n.parent)
            if (LOOPS.has(n.type) && n.startIndex <= first.startIndex && n.endIndex >= first.endIndex)
                return false;
        return true;
    });
}
// Two arms exclude each other: arms of one `if`, or a steady name tested one way and the other.
function excludes(model, a, b) {
    if (a.ifNode.id === b.ifNode.id)
        return a.index !== b.index;
    const first = a.ifNode.startIndex < b.ifNode.startIndex ? a.ifNode : b.ifNode;
    return a.facts.some(([name, truth]) => b.facts.some(([other, value]) => other === name && value !== truth) && steady(model, name, first));
}
/** `use` sits in an arm that excludes the arm of `origin`: no path runs both. */
export function inExclusiveArm(model, origin, use) {
    const mine = armsOf(origin);
    if (!mine.length)
        return false;
    const theirs = armsOf(use);
    return mine.some((a) => theirs.some((b) => excludes(model, a, b)));
}
/**
 * Ex) if capture: p = Popen(cmd, stdout=PIPE) ... if not capture: p.wait() else: return p.communicate()
 * `block` is an arm that runs whenever `origin` has run: every other arm of its `if` (the
 * fall-through of an `if` with no `else` included) excludes the arm of `origin`.
 */
export function armCertain(model, origin, block) {
    const arm = armOfBlock(block);
    const mine = armsOf(origin);
    if (!arm || !mine.length)
        return false;
    const [ifNode, index] = arm;
    for (let other = 0; other < armCount(ifNode); other++) {
        if (other === index)
            continue;
        const b = { ifNode, index: other, facts: armFacts(ifNode, other) };
        if (!mine.some((a) => excludes(model, a, b)))
            return false;
    }
    return true;
}
// Ex) `self._use_popen` / `not self._use_popen`: a flag kept on the instance, and the truth that takes the arm.
function selfFlag(condition, truth) {
    const [node, value] = withoutNots(condition, truth);
    return node?.type === 'attribute' && node.childForFieldName('object')?.text === 'self' ? [node.text, value] : null;
}
// The flags the `if` arms round node know, inside its method.
function flagFacts(node) {
    const out = [];
    for (let n = node; n?.parent; n = n.parent) {
        if (['function_definition', 'lambda', 'class_definition', 'module'].includes(n.parent.type))
            break;
        const arm = armOfBlock(n.parent);
        if (!arm || arm[1] > 1 || arm[0].childrenForFieldName('alternative').some((a) => a.type === 'elif_clause'))
            continue;
        const fact = selfFlag(arm[0].childForFieldName('condition'), arm[1] === 0);
        if (fact)
            out.push(fact);
    }
    return out;
}
// The flag is set only in the class's __init__ (or never in it): it holds one value for the object's life.
function setOnlyInInit(cls, flag) {
    const attr = flag.slice('self.'.length);
    const stack = [cls];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'assignment' || n.type === 'augmented_assignment') {
            const left = n.childForFieldName('left');
            if (left?.type === 'attribute' && left.text === flag) {
                let fn = n.parent;
                while (fn && fn.type !== 'function_definition')
                    fn = fn.parent;
                if (fn?.childForFieldName('name')?.text !== '__init__')
                    return false;
            }
        }
        if (n.type === 'call' && /\bsetattr\s*\(/.test(n.text) && n.text.includes(attr))
            return false;
        stack.push(...n.namedChildren);
    }
    return true;
}
/**
 * Ex) if self._use_popen: self._proc = subprocess.Popen(cmd, stdout=PIPE) else: self._proc = tornado.process.Subprocess(...)
 *     ... (another method) if self._use_popen: ... else: data = yield self._proc.stdout.read_until_regex(reg)
 * A use of the attribute in the arm a flag of the instance rules out, where the flag is set only
 * in `__init__`: it reads the other object the attribute holds, never this Popen (audit 11:
 * esphome's dashboard, the Windows Popen path beside tornado's Subprocess).
 */
export function inOtherFlagArm(origin, use) {
    const mine = flagFacts(origin);
    if (!mine.length)
        return false;
    const theirs = flagFacts(use);
    let cls = origin.parent;
    while (cls && cls.type !== 'class_definition')
        cls = cls.parent;
    if (!cls || use.startIndex < cls.startIndex || use.endIndex > cls.endIndex)
        return false;
    return mine.some(([flag, truth]) => theirs.some(([other, value]) => other === flag && value !== truth) && setOnlyInInit(cls, flag));
}
