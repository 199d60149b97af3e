import type { ts as TS } from 'ts-morph';
import type { SourceText } from '../source.js';
import type { Edit } from '../types.js';
import type { OptionsArg, StdoutConfig } from './options.js';
import { type JsModel } from './resolve.js';
import { type Binding } from './scope.js';
/** The quote the surrounding code uses for strings (the call's own literals first). */
export declare function quoteOf(sf: TS.SourceFile, near: TS.Node): string;
/**
 * Appends `added` to a comma-separated list (object literal properties, import specifiers,
 * binding elements). When the list puts one item per line, so do the new items, after any
 * `// comment` that ends the last line, and a trailing comma stays trailing.
 */
export declare function appendItems(source: SourceText, sf: TS.SourceFile, open: TS.Node, items: TS.NodeArray<TS.Node>, added: string[]): Edit[];
export declare function replaceNode(sf: TS.SourceFile, node: TS.Node, content: string): Edit;
/** What a stdio edit writes, for the fix's description. */
export interface StdioEdit {
    edits: Edit[];
    /** e.g. `stdio: ['pipe', 'pipe', 'ignore']`, or `stdio[2]: 'ignore'` for one entry of an array. */
    wrote: string;
}
export declare function ignoreStreamEdits(source: SourceText, sf: TS.SourceFile, call: TS.CallExpression, options: OptionsArg, config: StdoutConfig, ignore: ReadonlySet<number>, used: ReadonlySet<number>, fork: boolean): StdioEdit | null;
/**
 * exec/execFile options made fit for spawn: `stdio: 'ignore'` always, `shell: true` for exec
 * unless the code picks its own shell. A named options object is spread so it still applies.
 */
export declare function spawnOptionEdits(source: SourceText, sf: TS.SourceFile, call: TS.CallExpression, options: OptionsArg, shell: boolean): Edit[] | null;
/** A name no identifier in the file uses yet. */
export declare function freshName(model: JsModel, base: string): string;
/**
 * The import specifier or destructured `require('child_process')` element that declares the
 * bare name `callee` calls (`import { exec }`, `const { exec: run } = require(...)`), at file
 * level: the declaration a fix may remove or reuse once no use of the name is left.
 */
export declare function importedName(model: JsModel, callee: TS.Expression): {
    binding: Binding;
    decl: TS.ImportSpecifier | TS.BindingElement;
} | null;
/**
 * How to call child_process.spawn where `callee` (exec or execFile) is called: the same module
 * object (`cp.exec` -> `cp.spawn`), an existing `spawn` binding, or the import/require that brought
 * the functions in, extended with `spawn` (or turned into `spawn` when the calls this fix rewrites
 * are the file's only calls of an imported exec/execFile). `rewritten` holds the callee names of
 * every call the same fix rewrites: when they are all the uses of the imported name, the name
 * goes (an import left unused is TS6133 under noUnusedLocals).
 */
export declare function spawnCallee(model: JsModel, source: SourceText, callee: TS.Expression, rewritten: ReadonlySet<TS.Node>): Edit[] | null;
