import { PLACEHOLDER } from '../shell.js';
import { namedProgram, programs } from './program-name.js';
import { ts } from './load.js';
import { builtTexts, commandText, formatLead, joinedArray, loopValues } from './command-text.js';
import { skipOuter, stringValue } from './resolve.js';
import { isWriteTarget } from './scope.js';
import { importedInitializer } from './project-constants.js';
/**
 * exec's shell line as the texts it can be: a part that chooses between written words, a
 * leading program that only a name shows, a start chosen between written texts.
 */
/**
 * The line as the texts it can be, when a part is a choice between written words:
 * `${platform === 'darwin' ? 'open' : 'xdg-open'} "${dir}"` is `open "…"` or `xdg-open "…"`.
 * null when no part is such a choice (or the choices multiply past eight).
 */
function shellChoices(model, expr) {
    const e = model.initializerOf(expr);
    const words = (x, depth = 0, m = model) => {
        const v = m.initializerOf(x);
        if (ts.isConditionalExpression(v) && depth < 4) {
            const a = words(v.whenTrue, depth + 1, m);
            const b = words(v.whenFalse, depth + 1, m);
            return a && b ? [...a, ...b] : null;
        }
        const s = stringValue(v);
        if (s !== null)
            return [s];
        // `${cmdSeparator}` imported from the project's config module, where it is
        // `process.platform === 'win32' ? ' && ' : '; '` (blind audit 32: a deploy tool).
        const imported = depth < 4 ? importedInitializer(m, v) : null;
        return imported ? words(imported.init, depth + 1, imported.model) : joinedChoices(m, v);
    };
    let parts;
    if (ts.isTemplateExpression(e)) {
        parts = [[e.head.text]];
        for (const span of e.templateSpans)
            parts.push(words(span.expression) ?? [PLACEHOLDER], [span.literal.text]);
    }
    else if (ts.isConditionalExpression(e)) {
        parts = [words(e) ?? []];
    }
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        // OMX + ' ' + url, with const OMX = jack ? 'omxplayer -o local' : 'omxplayer -o hdmi'
        const operands = [];
        const flatten = (x) => {
            const v = skipOuter(x);
            if (ts.isBinaryExpression(v) && v.operatorToken.kind === ts.SyntaxKind.PlusToken && operands.length < 16) {
                flatten(v.left);
                flatten(v.right);
            }
            else
                operands.push(v);
        };
        flatten(e);
        parts = operands.map((o) => words(o) ?? [commandText(model, o) ?? PLACEHOLDER]);
    }
    else
        return null;
    if (parts.every((p) => p.length === 1) || parts.some((p) => !p.length))
        return null;
    let texts = [''];
    for (const p of parts) {
        texts = texts.flatMap((t) => p.map((w) => t + w));
        if (texts.length > 8)
            return null;
    }
    return texts;
}
/**
 * `args.join(' ')` with `const args = watch ? ['watch'] : ['build', '-w']`: the written word
 * lists a name chooses between, each joined (audit 20: rescript-vscode's build watcher). null
 * when a list holds a word not known statically, or when it is no such call.
 */
function joinedChoices(model, e) {
    const callee = ts.isCallExpression(e) ? skipOuter(e.expression) : null;
    if (!callee || !ts.isPropertyAccessExpression(callee) || callee.name.text !== 'join' || e.arguments.length !== 1)
        return null;
    const sep = stringValue(e.arguments[0]);
    if (sep === null || !/^ +$/.test(sep))
        return null;
    const lists = (x, depth) => {
        const v = model.initializerOf(x);
        if (ts.isConditionalExpression(v) && depth < 4) {
            const a = lists(v.whenTrue, depth + 1);
            const b = lists(v.whenFalse, depth + 1);
            return a && b ? [...a, ...b] : null;
        }
        if (!ts.isArrayLiteralExpression(v))
            return null;
        const words = v.elements.map((el) => (ts.isSpreadElement(el) ? null : stringValue(model.initializerOf(el))));
        return words.every((w) => w !== null) ? [words.join(sep)] : null;
    };
    return lists(callee.expression, 0);
}
/** The expression a command line starts with: the left of `a + b`, a template's first part, a built let's first value. */
function leadingExpr(model, expr, depth = 0) {
    const e = model.initializerOf(expr);
    if (depth > 8)
        return e;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
        return leadingExpr(model, e.left, depth + 1);
    if (ts.isTemplateExpression(e) && e.head.text === '')
        return leadingExpr(model, e.templateSpans[0].expression, depth + 1);
    // [binary, input, 'stdout'].join(' '): the first word.
    const joined = ts.isCallExpression(e) ? joinedArray(e) : null;
    const first = joined?.elements[0];
    if (first && !ts.isSpreadElement(first) && !ts.isOmittedExpression(first))
        return leadingExpr(model, first, depth + 1);
    const lead = formatLead(model, e);
    if (lead)
        return leadingExpr(model, lead, depth + 1);
    if (ts.isIdentifier(e)) {
        const b = model.lookup(e);
        // Ex) var line = 'omxplayer -o hdmi '; line += ' --subtitles ' + s; line = globs.reduce(f, line):
        // a write that appends to it or builds on it keeps how it starts; `line = other` does not.
        const refs = b ? model.references(b) : [];
        const appendedOnly = refs.every((r) => {
            if (!isWriteTarget(r))
                return true;
            const w = r.parent;
            if (!ts.isBinaryExpression(w) || w.left !== r)
                return false;
            if (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
                return true;
            return w.operatorToken.kind === ts.SyntaxKind.EqualsToken && refs.some((x) => x.pos >= w.right.pos && x.end <= w.right.end);
        });
        if (b && (b.kind === 'let' || b.kind === 'var') && b.init && b.path?.length === 0 && appendedOnly)
            return leadingExpr(model, b.init, depth + 1);
    }
    return e;
}
/**
 * exec's shell line, with a leading program that only a name shows (`rgPath + ' --vimgrep'`)
 * written in; when it starts with a choice of written texts (`const open = mac ? 'open' :
 * 'xdg-open'`, `var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi '`), one line per choice;
 * when a part of it chooses between written words (shellChoices), one line per choice too.
 */
export function shellTexts(model, expr, depth = 0) {
    // for (const cmd of ['git add -A', 'make']): each line the loop runs.
    const looped = depth < 4 ? loopValues(model, expr) : null;
    if (looped)
        return looped.flatMap((x) => shellTexts(model, x, depth + 1));
    const choices = shellChoices(model, expr);
    if (choices)
        return choices;
    // let cmd = 'yt-dlp …'; if (open) cmd += ' --get-filename': the line with and without the optional appends.
    const built = builtTexts(model, expr);
    if (built?.every((t) => !t.startsWith(PLACEHOLDER)))
        return built;
    const text = commandText(model, expr);
    // `"${bin}" -i ...`: the program's path, quoted.
    const quote = text !== null && /^["']/.test(text) && text.startsWith(PLACEHOLDER, 1) ? text[0] : '';
    if (text !== null && quote) {
        const named = namedProgram(model, leadingExpr(model, expr));
        return [named ? quote + named + text.slice(quote.length + PLACEHOLDER.length) : text];
    }
    if (text !== null && !text.startsWith(PLACEHOLDER))
        return [text];
    const lead = leadingExpr(model, expr);
    const named = namedProgram(model, lead);
    if (named)
        return [named + (text ?? PLACEHOLDER).slice(PLACEHOLDER.length)];
    // getNpmBin() + ' run ' + script: what a local function returns (`setting || 'npm'`).
    if (!ts.isConditionalExpression(lead) && !ts.isBinaryExpression(lead) && !(ts.isCallExpression(lead) && lead.arguments.length === 0))
        return [text];
    // What follows the start: the rest of the line, unknown when nothing of it is literal (`cmd + dir`).
    const rest = text !== null ? text.slice(PLACEHOLDER.length) : model.initializerOf(expr) === lead ? '' : PLACEHOLDER;
    const starts = programs(model, lead);
    return starts.length > 0 && starts.every((t) => t !== null && !t.includes(PLACEHOLDER)) ? starts.map((t) => t + rest) : [text];
}
