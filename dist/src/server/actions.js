import { CodeActionKind } from 'vscode-languageserver/node';
import { minimalEdit, textEdit } from './positions.js';
/** The kind editors ask for on save (`"editor.codeActionsOnSave": {"source.fixAll.popenlint": …}`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.popenlint`;
export function workspaceEdit(target, edits) {
    const { document } = target;
    if (target.versioned)
        return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
    return { changes: { [document.uri]: edits } };
}
/** Safe fixes first (the rule's order otherwise), so the preferred action is one that changes nothing but the hazard. */
export function orderedFixes(finding) {
    return [...finding.fixes].sort((a, b) => (a.applicability === b.applicability ? 0 : a.applicability === 'safe' ? -1 : 1));
}
export function fixTitle(finding, fix) {
    return fix.applicability === 'safe' ? `Fix ${finding.rule}: ${fix.description}` : `Fix ${finding.rule} (unsafe): ${fix.description}`;
}
/** One quick fix per fix the finding offers; the first safe one is preferred. */
export function quickFixes(target, finding, diagnostic) {
    return orderedFixes(finding).map((fix, i) => ({
        title: fixTitle(finding, fix),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0 && fix.applicability === 'safe',
        edit: workspaceEdit(target, fix.edits.map((e) => textEdit(target.document, e))),
    }));
}
export function suppressAction(target, finding, diagnostic, edit) {
    return {
        title: `Suppress ${finding.rule} on this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(target, [textEdit(target.document, edit)]),
    };
}
/** `source.fixAll.popenlint`: every safe fix, applied to a fixpoint by the engine, as one minimal edit. */
export function fixAllAction(target, fixed, kind = FIX_ALL_KIND) {
    const edit = minimalEdit(target.document, fixed);
    if (!edit)
        return null;
    return { title: 'Fix all safe popenlint findings', kind, edit: workspaceEdit(target, [edit]) };
}
/** Whether a request's `only` filter admits actions of `kind` (`source` admits `source.fixAll.popenlint`). */
export function wanted(only, kind) {
    if (!only || only.length === 0)
        return true;
    return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}
