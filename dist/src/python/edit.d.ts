import type { SourceText } from '../source.js';
import type { Edit } from '../types.js';
import type { SyntaxNode, Tree } from './parse.js';
import type { PythonModel } from './semantic.js';
/**
 * Statement-level edits for Python fixes. They keep the file's indentation style (tabs or N
 * spaces) and line endings, and work where a statement shares its line with others:
 * `if x: os.popen(c)` and `a = 1; os.popen(c); b = 2`.
 */
/**
 * The file's indentation unit: the first indent that deepens a block. Lines are read one at a
 * time up to that block, not split all at once.
 */
export declare function detectIndentUnit(text: string): string;
/** The indentation a statement gets once it stands on a line of its own. */
export declare function ownLineIndent(source: SourceText, stmt: SyntaxNode): string;
export interface BlockLine {
    depth: number;
    text: string;
}
/**
 * Whether replaceStatementWithBlock understands the layout around `stmt`: it starts its line,
 * or follows a `;` or the `:` of an inline block. Cheap, so that a rule can offer the fix
 * before building it (see lazyFix).
 */
export declare function canReplaceStatementWithBlock(source: SourceText, stmt: SyntaxNode): boolean;
/**
 * Replaces a simple statement with a block (`with ...:` and its body), moving it and any
 * `;`-joined neighbours onto lines of their own. Returns null when the layout is not understood.
 */
export declare function replaceStatementWithBlock(source: SourceText, stmt: SyntaxNode, lines: BlockLine[]): Edit[] | null;
/** Inserts a simple statement just before `stmt`, on its own line or `;`-joined inline. */
export declare function insertStatementBefore(source: SourceText, stmt: SyntaxNode, statement: string): Edit;
/** Inserts a simple statement just after a simple statement `stmt`. */
export declare function insertStatementAfter(source: SourceText, stmt: SyntaxNode, statement: string): Edit;
/**
 * A name used nowhere in the file, for the handle a fix introduces. Candidates are looked up
 * in the text (an identifier node at a match means the name is taken), never by listing every
 * identifier of the tree; the answer is kept per tree, since each fix of a file asks again.
 */
export declare function freshName(tree: Tree, base: string): string;
/**
 * The name under which `subprocess` is reachable at `at`, and the edit that imports it when
 * it is not: after the docstring and `from __future__` imports, exactly once per file.
 */
export declare function subprocessModule(model: PythonModel, source: SourceText, at: SyntaxNode): {
    name: string;
    edits: Edit[];
} | null;
/**
 * An open /dev/null to give a child where `subprocess.DEVNULL` does not exist (Python 2, 3.0-3.2):
 * a handle already bound in scope (`DN = open(os.devnull, 'w')`) is reused; else
 * `open(os.devnull, 'w')` when `os` names the os module here (it also runs on Windows); else
 * `open('/dev/null', 'w')`.
 */
export declare function devnullFile(model: PythonModel, at: SyntaxNode): string;
