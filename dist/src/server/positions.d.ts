import type { Range as LspRange, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
/**
 * The edge between popenlint's positions and the editor's. LSP (with the default, and only
 * mandatory, `utf-16` position encoding) counts a column in UTF-16 code units, as JS strings do;
 * the JSON contract counts code points. An astral character (an emoji, a CJK extension B
 * ideograph) is one code point and two code units. Findings and edits carry UTF-16 offsets into
 * the very text the editor sent, so the conversion is the document's own offset -> position,
 * here and only here; the code-point `range` of a finding is never sent to an editor.
 */
/** A UTF-16 offset range of the document's text (what findings and edits carry) as an LSP range. */
export declare function rangeOf(document: TextDocument, start: number, end: number): LspRange;
/** One edit of the document (UTF-16 offsets) as an LSP TextEdit. */
export declare function textEdit(document: TextDocument, edit: {
    start: number;
    end: number;
    content: string;
}): TextEdit;
/**
 * The smallest single edit that turns `before` into `after`: editors keep the cursor and folds
 * outside it, which a whole-document replacement would reset.
 */
export declare function minimalEdit(document: TextDocument, after: string): TextEdit | null;
