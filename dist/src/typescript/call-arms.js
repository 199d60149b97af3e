import { ts } from './load.js';
import { skipOuter, stringValue } from './resolve.js';
/**
 * The value an argument fixes: a literal or a name bound once to one; only its truthiness for a
 * template with written text, a path built by path.join()/resolve(), an object, an array or a
 * function. Undefined when the source does not fix it.
 */
function knownValue(model, expr) {
    const v = skipOuter(model.initializerOf(expr));
    if (v.kind === ts.SyntaxKind.TrueKeyword)
        return { value: true };
    if (v.kind === ts.SyntaxKind.FalseKeyword)
        return { value: false };
    if (v.kind === ts.SyntaxKind.NullKeyword)
        return { value: null };
    if (ts.isIdentifier(v) && v.text === 'undefined' && !model.lookup(v))
        return { value: undefined };
    if (ts.isNumericLiteral(v))
        return { value: Number(v.text) };
    const s = stringValue(v);
    if (s !== null)
        return { value: s };
    if (ts.isObjectLiteralExpression(v) || ts.isArrayLiteralExpression(v) || ts.isArrowFunction(v) || ts.isFunctionExpression(v))
        return { truthy: true };
    if (ts.isTemplateExpression(v) && (v.head.text !== '' || v.templateSpans.some((span) => span.literal.text !== '')))
        return { truthy: true };
    if (ts.isCallExpression(v) && /^(node:)?path\.(join|resolve)$/.test(model.qualifiedName(v.expression) ?? ''))
        return { truthy: true };
    return undefined;
}
/**
 * Can `node`, inside `fn` (read in `model`), run when `fn` is called as `call` (read in
 * `callerModel`: the function may be another module's)? Anything not ruled out may run.
 */
export function runsUnder(model, node, fn, call, callerModel = model) {
    const env = new Map();
    // Past a spread, which argument a parameter takes is not known.
    const spread = call.arguments.findIndex((a) => ts.isSpreadElement(a));
    fn.parameters.forEach((param, i) => {
        if (!ts.isIdentifier(param.name) || param.dotDotDotToken || (spread >= 0 && i >= spread))
            return;
        const arg = call.arguments[i];
        env.set(param, arg ? knownValue(callerModel, arg) : param.initializer ? knownValue(model, param.initializer) : { value: undefined });
    });
    const valueOf = (e) => {
        const v = skipOuter(e);
        if (!ts.isIdentifier(v))
            return knownValue(model, v);
        const b = model.lookup(v);
        return b && b.kind === 'param' && !model.isReassigned(b) ? env.get(b.decl) : undefined;
    };
    const truth = (cond) => {
        const c = skipOuter(cond);
        if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
            const t = truth(c.operand);
            return t === null ? null : !t;
        }
        if (ts.isBinaryExpression(c)) {
            const op = c.operatorToken.kind;
            const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
            if (!strict && op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken)
                return null;
            const a = valueOf(c.left);
            const b = valueOf(c.right);
            if (!a || !b || !('value' in a) || !('value' in b))
                return null;
            // eslint-disable-next-line eqeqeq
            const same = strict ? a.value === b.value : a.value == b.value;
            return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken ? same : !same;
        }
        if (!ts.isIdentifier(c))
            return null;
        const v = valueOf(c);
        return v ? ('value' in v ? !!v.value : v.truthy) : null;
    };
    const leaves = (s) => {
        if (ts.isReturnStatement(s) || ts.isThrowStatement(s))
            return true;
        return ts.isBlock(s) && s.statements.length > 0 && leaves(s.statements[s.statements.length - 1]);
    };
    for (let c = node, p = node.parent; p && c !== fn; c = p, p = p.parent) {
        if (ts.isIfStatement(p) && p.expression !== c) {
            const t = truth(p.expression);
            if (t !== null && (p.thenStatement === c) !== t)
                return false;
        }
        else if (ts.isConditionalExpression(p) && p.condition !== c) {
            const t = truth(p.condition);
            if (t !== null && (p.whenTrue === c) !== t)
                return false;
        }
        else if (ts.isBlock(p)) {
            for (const s of p.statements) {
                if (s === c)
                    break;
                if (ts.isIfStatement(s) && !s.elseStatement && leaves(s.thenStatement) && truth(s.expression) === true)
                    return false;
            }
        }
    }
    return true;
}
