import { type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding, Fix } from '../api.js';
/** The kind editors ask for on save (`"editor.codeActionsOnSave": {"source.fixAll.popenlint": …}`). */
export declare const FIX_ALL_KIND: string;
export interface EditTarget {
    document: TextDocument;
    /** The client takes versioned `documentChanges`, so a stale edit is refused instead of misapplied. */
    versioned: boolean;
}
export declare function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit;
/** Safe fixes first (the rule's order otherwise), so the preferred action is one that changes nothing but the hazard. */
export declare function orderedFixes(finding: Finding): Fix[];
export declare function fixTitle(finding: Finding, fix: Fix): string;
/** One quick fix per fix the finding offers; the first safe one is preferred. */
export declare function quickFixes(target: EditTarget, finding: Finding, diagnostic: Diagnostic): CodeAction[];
export declare function suppressAction(target: EditTarget, finding: Finding, diagnostic: Diagnostic, edit: Edit): CodeAction;
/** `source.fixAll.popenlint`: every safe fix, applied to a fixpoint by the engine, as one minimal edit. */
export declare function fixAllAction(target: EditTarget, fixed: string, kind?: string): CodeAction | null;
/** Whether a request's `only` filter admits actions of `kind` (`source` admits `source.fixAll.popenlint`). */
export declare function wanted(only: string[] | undefined, kind: string): boolean;
