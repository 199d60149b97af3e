import { ts } from './load.js';
/** .ts/.mts/.cts parse as TypeScript, .tsx as TSX; every other file (incl. shebang scripts) as JS with JSX. */
function scriptKind(path) {
    const ext = /\.[cm]?[jt]sx?$/i.exec(path)?.[0].toLowerCase() ?? '';
    if (ext === '.tsx')
        return ts.ScriptKind.TSX;
    if (ext.endsWith('ts'))
        return ts.ScriptKind.TS;
    if (ext === '.jsx')
        return ts.ScriptKind.JSX;
    return ts.ScriptKind.JS;
}
/** Parses with parent pointers and no Program: the scan needs syntax, not types. */
export function parseJs(path, text) {
    return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
}
/** The parser's own error list; error-tolerant parsing keeps the rest of the tree usable. */
export function syntaxErrorCount(sf) {
    return (sf.parseDiagnostics ?? []).length;
}
/** Top-level `await` is only legal in files Node always loads as ES modules. */
export function allowsTopLevelAwait(path) {
    return /\.m[jt]s$/i.test(path);
}
/**
 * Whether `offset` lies inside a comment (for suppression directives: one inside a string,
 * template or regex is text). Comments are trivia: they sit before a node's first token, or
 * between a node's own punctuation tokens, which only the scanner sees.
 */
export function inComment(sf, offset) {
    let node = sf;
    for (;;) {
        let next;
        let gapStart = node === sf ? 0 : node.getStart(sf);
        let children = 0;
        ts.forEachChild(node, (c) => {
            children++;
            if (c.end <= offset) {
                gapStart = Math.max(gapStart, c.end);
                return undefined;
            }
            if (c.pos <= offset)
                next = c;
            return true; // children come in text order: the rest lie past offset
        });
        if (next) {
            // Leading trivia (whitespace and comments only): a non-blank character there is a comment.
            if (offset < next.getStart(sf))
                return true;
            node = next;
            continue;
        }
        // A token node (string, template piece, regex, JSX text): inside it is not a comment.
        if (children === 0 && node !== sf && offset >= node.getStart(sf))
            return false;
        const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, sf.text, undefined, gapStart);
        for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken && scanner.getTokenStart() <= offset; kind = scanner.scan()) {
            const comment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
            if (comment && offset < scanner.getTokenEnd())
                return true;
        }
        return false;
    }
}
