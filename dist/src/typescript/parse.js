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
