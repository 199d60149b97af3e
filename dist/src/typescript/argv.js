import { ts } from './load.js';
import { commandText, returnsOf } from './command-text.js';
import { changedAfterDeclaration, changesListInPlace } from './options.js';
import { skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
/**
 * The argument words of a child_process call (its program is program-name.ts's), read from the call's
 * expressions as far as the source shows them (command.ts looks them up in the knowledge).
 */
/** The words of an argument array: literals, templates (interpolations unknown), `'a b'.split(' ')`. */
export function argvWords(model, expr, depth = 0) {
    if (!expr)
        return [];
    const e = model.initializerOf(expr);
    // buildArgs(options): the one array a local function returns.
    const returned = depth < 2 && ts.isCallExpression(e) ? returnsOf(model, e) : null;
    if (returned?.length === 1)
        return argvWords(model, returned[0], depth + 1);
    if (ts.isArrayLiteralExpression(e) && !changedAfterDeclaration(model, expr, null))
        return arrayWords(model, e);
    // const args = tags ? ['-tags', tags] : []; args.push('referrers', pos): the words pushed
    // before the call follow a start that is known, or unknown (null: some words, no subcommand).
    const start = ts.isArrayLiteralExpression(e) ? arrayWords(model, e) : ts.isConditionalExpression(e) && [e.whenTrue, e.whenFalse].every((b) => ts.isArrayLiteralExpression(skipOuter(b))) ? [null] : null;
    const pushed = start && pushedWords(model, expr);
    if (start && pushed)
        return [...start, ...pushed];
    // let args = ['log', '-l0']; ... args = more(args): its first words, then words unknown.
    const first = letArray(model, expr);
    if (first)
        return [...(start ?? arrayWords(model, first)), null];
    // [root].concat(patterns): the array's words, then each argument's (an array written here), or
    // words not known (a value may hold several).
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'concat' && ts.isArrayLiteralExpression(skipOuter(e.expression.expression))) {
        const head = arrayWords(model, skipOuter(e.expression.expression));
        return [...head, ...e.arguments.flatMap((a) => {
                const v = ts.isSpreadElement(a) ? null : model.initializerOf(a);
                return v && ts.isArrayLiteralExpression(v) ? arrayWords(model, v) : [null];
            })];
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split') {
        const text = commandText(model, e.expression.expression);
        if (text !== null)
            return text.split(/\s+/).filter(Boolean);
    }
    return [null];
}
/**
 * Ex) const param = isMac ? '-sk' : '-sb'; spawnSync('du', [param, folder])
 *     -> [['-sk', null], ['-sb', null]]
 * The argument words, once for each word a conditional of literals in the array (itself or a
 * name bound to one) can be: the caller classifies each and takes the loudest. The words of
 * argvWords() alone when no word is such a choice (at most 8 variants).
 */
export function argvVariants(model, expr, depth = 0) {
    const built = expr && depth < 4 ? builtVariants(model, expr, depth) : null;
    if (built)
        return built;
    const words = argvWords(model, expr);
    const e = expr ? model.initializerOf(expr) : null;
    if (!e || !ts.isArrayLiteralExpression(e) || changedAfterDeclaration(model, expr, null))
        return [words];
    let variants = [words];
    e.elements.forEach((el, i) => {
        if (i >= words.length || ts.isSpreadElement(el))
            return;
        const options = wordChoices(model, el);
        if (!options || variants.length * options.length > 8)
            return;
        variants = variants.flatMap((v) => options.map((o) => v.map((w, j) => (j === i ? o : w))));
    });
    return variants;
}
/**
 * Ex) let cmd; if (mac) cmd = ['-f', 'avfoundation', ...]; else cmd = ['-f', 'dshow', ...]
 * Ex) const cmd = common.concat(audio).concat(video).concat([output])
 * The words of a list assigned one of several array literals (each one a variant), or built by
 * `concat` from lists known so (the variants of each part, side by side; at most 8). Null for
 * any other shape, which argvWords() reads.
 */
function builtVariants(model, expr, depth) {
    const e = model.initializerOf(expr);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'concat') {
        const receiver = skipOuter(e.expression.expression);
        // [root].concat(patterns): argvWords() reads a literal start.
        if (ts.isArrayLiteralExpression(receiver))
            return null;
        const parts = [receiver, ...e.arguments].map((a) => (ts.isSpreadElement(a) ? [[null]] : argvVariants(model, a, depth + 1)));
        if (parts[0].every((w) => w.length === 1 && w[0] === null))
            return null;
        let out = [[]];
        for (const part of parts) {
            if (out.length * part.length > 8)
                return null;
            out = out.flatMap((head) => part.map((tail) => [...head, ...tail]));
        }
        return out;
    }
    const arrays = assignedArrays(model, e);
    return arrays && arrays.length > 1 ? arrays.slice(0, 8).map((a) => arrayWords(model, a)) : null;
}
/**
 * The array literals a `let`/`var` name is given, when nothing else writes it or changes the
 * list in place (`push`, `splice`): each one a value it may hold at a read. Null otherwise.
 */
function assignedArrays(model, e) {
    const b = ts.isIdentifier(e) ? model.lookup(e) : null;
    if (!b || (b.kind !== 'let' && b.kind !== 'var') || (b.path && b.path.length))
        return null;
    const arrays = [];
    if (b.init) {
        const init = skipOuter(b.init);
        if (!ts.isArrayLiteralExpression(init))
            return null;
        arrays.push(init);
    }
    for (const ref of model.references(b)) {
        let r = ref;
        while (ts.isParenthesizedExpression(r.parent))
            r = r.parent;
        const p = r.parent;
        if (isWriteTarget(ref)) {
            const value = ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken ? skipOuter(p.right) : null;
            if (!value || !ts.isArrayLiteralExpression(value))
                return null;
            arrays.push(value);
        }
        else if (changesListInPlace(r))
            return null;
    }
    return arrays;
}
/** `c ? 'a' : 'b'` (or a name bound to it, with nested choices): each literal word; null otherwise. */
function wordChoices(model, el, depth = 0) {
    const v = model.initializerOf(el);
    if (!ts.isConditionalExpression(v) || depth > 3)
        return null;
    const out = [];
    for (const branch of [v.whenTrue, v.whenFalse]) {
        const literal = stringValue(skipOuter(branch));
        const inner = literal === null ? wordChoices(model, branch, depth + 1) : [literal];
        if (!inner)
            return null;
        out.push(...inner);
    }
    return out;
}
/** The array literal a `let`/`var` array starts as, when the name is assigned again (or changed) later. */
function letArray(model, expr) {
    const id = skipOuter(expr);
    const b = ts.isIdentifier(id) ? model.lookup(id) : null;
    const init = b && (b.kind === 'let' || b.kind === 'var') && b.init && b.path?.length === 0 ? skipOuter(b.init) : null;
    return init && ts.isArrayLiteralExpression(init) ? init : null;
}
function arrayWords(model, e) {
    const words = [];
    for (const el of e.elements) {
        if (ts.isSpreadElement(el)) {
            const spread = spreadWords(model, el.expression, 0);
            if (!spread)
                return [...words, null];
            words.push(...spread);
            continue;
        }
        words.push(commandText(model, el));
    }
    return words;
}
/**
 * `...cookieArgs` with `const cookieArgs = path ? ['--cookies', path] : []`: the words of the
 * lists written here, every branch's (a flag on either branch counts, the quiet one too). null
 * when it is anything else.
 */
function spreadWords(model, expr, depth) {
    const v = skipOuter(model.initializerOf(expr));
    if (ts.isArrayLiteralExpression(v)) {
        if (v.elements.some((el) => ts.isSpreadElement(el)))
            return null;
        return v.elements.map((el) => commandText(model, el));
    }
    if (ts.isConditionalExpression(v) && depth < 3) {
        const a = spreadWords(model, v.whenTrue, depth + 1);
        const b = spreadWords(model, v.whenFalse, depth + 1);
        return a && b ? [...a, ...b] : null;
    }
    return null;
}
/**
 * The words `name.push(...)` adds to an array before `expr` reads it, in source order; null
 * when the array changes any other way (or is handed to other code) before that.
 */
function pushedWords(model, expr) {
    const id = skipOuter(expr);
    if (!ts.isIdentifier(id))
        return null;
    const b = model.lookup(id);
    if (!b || !b.init || model.isReassigned(b))
        return null;
    const words = [];
    for (const ref of model.references(b)) {
        if (ref === id || ref.pos > id.pos)
            continue;
        const p = ref.parent;
        const call = p.parent;
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === 'push' && ts.isCallExpression(call) && call.expression === p) {
            for (const a of call.arguments)
                words.push(ts.isSpreadElement(a) ? null : commandText(model, a));
            continue;
        }
        // Array.prototype.push.apply(args, extra), [].push.apply(args, extra): words appended, unknown.
        if (ts.isCallExpression(p) && p.arguments[0] === ref && /^(Array\.prototype|\[\s*\])\.push\.apply$/.test(skipOuter(p.expression).getText())) {
            words.push(null);
            continue;
        }
        // args.splice(at, 0, ...extra): words inserted, none removed; where they go and what they
        // are is not known, but the words written stay (audit 34: yt-dlx's proxy and ffmpeg options
        // spliced into `['--dump-single-json', query, ...]`).
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === 'splice' && ts.isCallExpression(call) && call.expression === p && call.arguments.length > 2 && ts.isNumericLiteral(skipOuter(call.arguments[1])) && Number(skipOuter(call.arguments[1]).text) === 0) {
            words.push(null);
            continue;
        }
        // A read that changes nothing: `args.length`, `args.indexOf('-i')`.
        if (ts.isPropertyAccessExpression(p) && p.expression === ref && ['length', 'indexOf', 'includes'].includes(p.name.text))
            continue;
        return null;
    }
    return words;
}
