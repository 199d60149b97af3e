import type { ts as TS } from 'ts-morph';
import type { SourceText } from '../source.js';
import type { Edit } from '../types.js';
import type { OptionsArg, StdoutConfig } from './options.js';
import { type JsModel } from './resolve.js';
/** The quote the surrounding code uses for strings (the call's own literals first). */
export declare function quoteOf(sf: TS.SourceFile, near: TS.Node): string;
/**
 * Appends `added` to a comma-separated list (object literal properties, import specifiers,
 * binding elements). When the list puts one item per line, so do the new items, after any
 * `// comment` that ends the last line, and a trailing comma stays trailing.
 */
export declare function appendItems(source: SourceText, sf: TS.SourceFile, open: TS.Node, items: TS.NodeArray<TS.Node>, added: string[]): Edit[];
export declare function replaceNode(sf: TS.SourceFile, node: TS.Node, content: string): Edit;
/**
 * Sets the options so the child's stdout goes to /dev/null: `stdio: 'ignore'`, or, when the code
 * still uses stdin or stderr, an array keeping those as pipes. fork's array form needs 'ipc'.
 */
export declare function stdioEdits(source: SourceText, sf: TS.SourceFile, call: TS.CallExpression, options: OptionsArg, config: StdoutConfig, keepOthers: boolean, fork: boolean): Edit[] | null;
/**
 * exec/execFile options made fit for spawn: `stdio: 'ignore'` always, `shell: true` for exec
 * unless the code picks its own shell. A named options object is spread so it still applies.
 */
export declare function spawnOptionEdits(source: SourceText, sf: TS.SourceFile, call: TS.CallExpression, options: OptionsArg, shell: boolean): Edit[] | null;
/** A name no identifier in the file uses yet. */
export declare function freshName(model: JsModel, base: string): string;
/**
 * How to call child_process.spawn where `callee` (exec or execFile) is called: the same module
 * object (`cp.exec` -> `cp.spawn`), an existing `spawn` binding, or the import/require that brought
 * the functions in, extended with `spawn` (or turned into `spawn` when this call was the file's
 * only call of an imported exec/execFile).
 */
export declare function spawnCallee(model: JsModel, source: SourceText, callee: TS.Expression): Edit[] | null;
