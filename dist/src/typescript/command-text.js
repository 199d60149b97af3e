import { PLACEHOLDER } from '../shell.js';
import { ts } from './load.js';
import { skipOuter, stringValue } from './resolve.js';
import { isReferencePosition, isWriteTarget } from './scope.js';
/**
 * The text of a command as the source writes it: string literals, templates, `+` sums, a `let`
 * line built by appending, `[...].join(' ')`, `util.format`, what a local function returns, and
 * the values a loop variable takes from a list written here. What is only known at run time is
 * PLACEHOLDER.
 */
/**
 * The shell command text, with interpolations as PLACEHOLDER: literals, templates, `+`
 * concatenations, and a name bound once to one of those. null when nothing literal is seen.
 */
export function commandText(model, expr, depth = 0) {
    const e = model.initializerOf(expr);
    const s = stringValue(e);
    if (s !== null)
        return s;
    if (ts.isIdentifier(e) && depth < 16)
        return builtText(model, e, depth);
    if (ts.isTemplateExpression(e)) {
        // Ex) const line = `cd ${dir}; source environment; env`; spawn('bash', ['-c', `${line}`]): the template is its one value.
        const only = e.head.text === '' && e.templateSpans.length === 1 && e.templateSpans[0].literal.text === '' && depth < 16 ? commandText(model, e.templateSpans[0].expression, depth + 1) : null;
        return only ?? e.head.text + e.templateSpans.map((span) => spanText(model, span.expression) + span.literal.text).join('');
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && depth < 16) {
        const left = commandText(model, e.left, depth + 1);
        const right = commandText(model, e.right, depth + 1);
        if (left === null && right === null)
            return null;
        return (left ?? PLACEHOLDER) + (right ?? PLACEHOLDER);
    }
    if (ts.isCallExpression(e) && depth < 16)
        return joinedText(model, e, depth) ?? formatText(model, e, depth) ?? returnedText(model, e, depth);
    return null;
}
/**
 * Ex) const packageJsonPath = 'package.json'; `${rev}:${packageJsonPath}` -> `…:package.json`
 * What a template interpolates: a name bound once to a string literal of one word is that word;
 * anything else is known only at run time (PLACEHOLDER).
 */
function spanText(model, expr) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return PLACEHOLDER;
    const value = stringValue(model.initializerOf(id));
    return value !== null && /^\S+$/.test(value) ? value : PLACEHOLDER;
}
/**
 * `[binary, input, 'stdout', ...options].join(' ')`: the array written here whose words a written
 * separator joins (a spread is one unknown word). null for any other call.
 */
function joinedText(model, call, depth) {
    const array = joinedArray(call);
    if (!array)
        return null;
    const sep = stringValue(call.arguments[0]);
    const words = array.elements.map((w) => (ts.isSpreadElement(w) || ts.isOmittedExpression(w) ? null : commandText(model, w, depth + 1)));
    return words.some((w) => w !== null) ? words.map((w) => w ?? PLACEHOLDER).join(sep) : null;
}
/** The array literal of `[...].join(' ')` (a written separator of spaces), or null. */
export function joinedArray(call) {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'join' || call.arguments.length !== 1)
        return null;
    const sep = stringValue(call.arguments[0]);
    const array = skipOuter(callee.expression);
    return sep !== null && /^ +$/.test(sep) && ts.isArrayLiteralExpression(array) && array.elements.length > 0 ? array : null;
}
/** The values a local function returns (not those of functions nested in it); null when it is not one. */
export function returnsOf(model, call) {
    const callee = skipOuter(call.expression);
    const b = ts.isIdentifier(callee) ? model.lookup(callee) : null;
    if (!b)
        return null;
    const fn = b.kind === 'function' ? b.decl : b.init && b.kind === 'const' && b.path?.length === 0 ? skipOuter(b.init) : null;
    if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) || !fn.body)
        return null;
    if (!ts.isBlock(fn.body))
        return [fn.body];
    const out = [];
    let bare = false;
    const visit = (n) => {
        if (ts.isFunctionLike(n) || ts.isClassLike(n))
            return;
        if (ts.isReturnStatement(n)) {
            if (n.expression)
                out.push(n.expression);
            else
                bare = true;
        }
        ts.forEachChild(n, visit);
    };
    visit(fn.body);
    return out.length && !bare ? out : null;
}
/**
 * `buildCommand(file, out)` where a local function returns one template or sum
 * (`` return `tesseract ${input} ${output}` ``): that text, its parameters as PLACEHOLDER.
 */
function returnedText(model, call, depth) {
    const returned = returnsOf(model, call);
    if (returned?.length !== 1)
        return null;
    // const cmd = (c) => c;  exec(cmd('git status')): a function that hands back its argument (audit 38, get-bing-bg).
    const passed = passedArgument(model, call, returned[0]);
    return commandText(model, passed ?? returned[0], depth + 1);
}
/** The argument of `call` that the function it calls returns unchanged (`(c) => c`), or null. */
function passedArgument(model, call, returned) {
    const id = skipOuter(returned);
    const b = ts.isIdentifier(id) ? model.lookup(id) : null;
    if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || b.decl.dotDotDotToken || !ts.isIdentifier(b.decl.name) || model.isReassigned(b))
        return null;
    const fn = b.decl.parent;
    if (!ts.isFunctionLike(fn) || !isReturnedBy(fn, id))
        return null;
    const arg = call.arguments[fn.parameters.indexOf(b.decl)];
    return arg && !ts.isSpreadElement(arg) && !fn.parameters.slice(0, fn.parameters.indexOf(b.decl)).some((p) => p.dotDotDotToken) && !call.arguments.some((a) => ts.isSpreadElement(a)) ? arg : null;
}
/** Whether `id` is (inside) what `fn` itself returns, not what a function nested in it does. */
function isReturnedBy(fn, id) {
    for (let n = id.parent; n; n = n.parent) {
        if (n === fn)
            return true;
        if (ts.isFunctionLike(n) || ts.isClassLike(n))
            return false;
    }
    return false;
}
/**
 * `util.format('"%s" %s', bin, args)`: the format with each `%s`/`%d`/`%i`/`%j` replaced by its
 * argument's text (PLACEHOLDER when unknown), extra arguments appended after a space, as Node
 * does. null for any other call, or a format not written in the source.
 */
function formatText(model, call, depth) {
    if (model.qualifiedName(call.expression) !== 'util.format')
        return null;
    const [format, ...rest] = call.arguments;
    const f = format && !ts.isSpreadElement(format) ? stringValue(model.initializerOf(format)) : null;
    if (f === null || rest.some((a) => ts.isSpreadElement(a)))
        return null;
    const text = (a) => commandText(model, a, depth + 1) ?? PLACEHOLDER;
    let i = 0;
    const out = f.replace(/%([sdifjoOc%])/g, (m, c) => (c === '%' ? '%' : i < rest.length ? (c === 'c' ? (i++, '') : text(rest[i++])) : m));
    return out + rest.slice(i).map((a) => ` ${text(a)}`).join('');
}
/** The argument a `util.format` call puts first in its text (`util.format('"%s" %s', bin, ...)`: bin). */
export function formatLead(model, e) {
    if (!ts.isCallExpression(e) || model.qualifiedName(e.expression) !== 'util.format')
        return null;
    const f = e.arguments[0] && stringValue(model.initializerOf(e.arguments[0]));
    const first = e.arguments[1];
    return f && /^["']?%s/.test(f) && first && !ts.isSpreadElement(first) ? first : null;
}
/**
 * A `let` command line built by appending (`cmd += ' -U'`, ``cmd = `${cmd} -e ${re}` ``,
 * `cmd = globs.reduce(add, cmd)`): its first value, then what each assignment before the read
 * appends, in source order (an append that is not text is PLACEHOLDER). null when any assignment
 * replaces the line with something that does not start from it.
 */
function builtText(model, id, depth, always = false) {
    const b = model.lookup(id);
    if (!b || (b.kind !== 'let' && b.kind !== 'var') || !b.init || !b.path || b.path.length)
        return null;
    let text = commandText(model, b.init, depth + 1);
    if (text === null)
        return null;
    for (const ref of model.references(b)) {
        if (ref.pos >= id.pos || !isWriteTarget(ref))
            continue;
        const assign = ref.parent;
        if (!ts.isBinaryExpression(assign) || assign.left !== ref)
            return null;
        if (always && underCondition(assign, b.decl))
            continue;
        const rhs = skipOuter(assign.right);
        if (assign.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
            text += commandText(model, rhs, depth + 1) ?? PLACEHOLDER;
            continue;
        }
        if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !mentions(model, rhs, b))
            return null;
        if (ts.isBinaryExpression(rhs) && rhs.operatorToken.kind === ts.SyntaxKind.PlusToken && isRef(model, rhs.left, b))
            text += commandText(model, rhs.right, depth + 1) ?? PLACEHOLDER;
        else if (ts.isTemplateExpression(rhs) && rhs.head.text === '' && isRef(model, rhs.templateSpans[0].expression, b))
            text += rhs.templateSpans.map((span, i) => (i ? PLACEHOLDER : '') + span.literal.text).join('');
        else
            text += PLACEHOLDER;
    }
    return text;
}
/**
 * Ex) let cmd = 'yt-dlp -o out ' + url; if (open) cmd += ' --get-filename';
 *     -> ['yt-dlp -o out … --get-filename', 'yt-dlp -o out …']
 * A `let` line some of whose appends run only under a condition: the line with every append, and
 * the line with only those that always run (a flag appended for one mode, `--get-filename`, must
 * not make the line quiet in the others). null when every append always runs.
 */
export function builtTexts(model, expr) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return null;
    const all = builtText(model, id, 0);
    const always = all === null ? null : builtText(model, id, 0, true);
    return all !== null && always !== null && always !== all ? [all, always] : null;
}
/** An assignment inside an `if`, a `switch` case or a `?:`/`&&`/`||` branch that the declaration's own block does not run each time. */
function underCondition(node, decl) {
    for (let n = node; n.parent && !(n.pos <= decl.pos && decl.end <= n.end); n = n.parent) {
        const p = n.parent;
        if (ts.isIfStatement(p) && p.expression !== n)
            return true;
        if (ts.isCaseClause(p) || ts.isDefaultClause(p))
            return true;
        if (ts.isConditionalExpression(p) && p.condition !== n)
            return true;
        if (ts.isBinaryExpression(p) && p.right === n && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(p.operatorToken.kind))
            return true;
    }
    return false;
}
function isRef(model, e, b) {
    const x = skipOuter(e);
    return ts.isIdentifier(x) && model.lookup(x) === b;
}
/**
 * Ex) `out + d`, `{ d }`, `f(d)` mention `d`; `x.d`, `{ d: 1 }` and `(d) => d.kill()` (another `d`) do not.
 * Whether `e` reads (or writes) one of the bindings: an identifier in a reference position that
 * resolves to it, not a property name or a name a nested function declares again.
 */
export function mentions(model, e, b) {
    const hit = b instanceof Set ? (x) => !!x && b.has(x) : (x) => x === b;
    const visit = (n) => {
        if (ts.isIdentifier(n))
            return isReferencePosition(n) && hit(model.lookup(n));
        return ts.forEachChild(n, visit) ?? false;
    };
    return visit(e);
}
/**
 * The values a loop variable takes from a list written here: `for (const cmd of ['git add -A',
 * 'git push'])`, `['make', 'npm test'].forEach((cmd) => exec(cmd))`, or a const bound to such an
 * array (or a `let` one never assigned again). Each element that is not a spread; null for any other name.
 */
export function loopValues(model, expr) {
    const e = skipOuter(expr);
    const b = ts.isIdentifier(e) ? model.lookup(e) : null;
    if (!b || model.isReassigned(b))
        return null;
    let list;
    const decl = b.decl;
    if (b.kind === 'const' && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent) && !decl.parent.parent.awaitModifier) {
        list = decl.parent.parent.expression;
    }
    else if (b.kind === 'param' && ts.isParameter(decl) && ts.isIdentifier(decl.name) && !decl.dotDotDotToken) {
        const fn = decl.parent;
        const call = fn.parent;
        const callee = ts.isCallExpression(call) && call.arguments[0] === fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters[0] === decl ? skipOuter(call.expression) : null;
        if (callee && ts.isPropertyAccessExpression(callee) && ['forEach', 'map', 'some', 'every'].includes(callee.name.text))
            list = callee.expression;
    }
    const array = list ? model.initializerOf(list) : null;
    if (!array || !ts.isArrayLiteralExpression(array) || !array.elements.length)
        return null;
    if (array.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x)))
        return null;
    // A const array nobody pushes into or writes an element of (or a `let`/`var` never assigned again).
    if (list && ts.isIdentifier(skipOuter(list))) {
        const ab = model.lookup(skipOuter(list));
        if (!ab || !['const', 'let', 'var'].includes(ab.kind) || model.isReassigned(ab) || model.references(ab).some((r) => !(ts.isForOfStatement(r.parent) || (ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && ['forEach', 'map', 'some', 'every', 'length'].includes(r.parent.name.text)))))
            return null;
    }
    return array.elements.slice();
}
