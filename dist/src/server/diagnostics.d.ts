import { type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleMeta } from '../api.js';
export declare const SOURCE = "popenlint";
export declare function toDiagnostic(document: TextDocument, finding: Finding, docsUrl: (id: string) => string | null): Diagnostic;
/** A problem with the document's configuration, shown where the user looks: on the document. */
export declare function configDiagnostic(message: string): Diagnostic;
/** A problem with the text itself (E902: nested too deep to parse, an internal error), at its top. */
export declare function fileDiagnostic(code: string, message: string): Diagnostic;
/** Markdown for a hover on a finding: the message, why it breaks, the fixes and how to silence it. */
export declare function hoverMarkdown(finding: Finding, meta: RuleMeta | undefined, href: string | null, suppression: string): string;
