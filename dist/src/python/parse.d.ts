import { type Node, type Tree as WasmTree } from 'web-tree-sitter';
export { indentLevelBound, MAX_INDENT_LEVELS, ParseLimitError, parseLimitReason } from './parse-limit.js';
export type SyntaxNode = Node;
export type Tree = WasmTree;
/**
 * The grammar: the `tree-sitter-python.wasm` that the tree-sitter-python package ships, kept
 * next to this file (grammar/source.json names the release it came from; `npm run grammar`
 * refreshes it). Resolved from the package root, the same from src/ and from dist/src/.
 */
export declare const GRAMMAR_WASM: URL;
export declare function parsePython(text: string): Tree;
/** Count of ERROR and MISSING nodes: a fix may not raise it. */
export declare function syntaxErrorCount(tree: Tree): number;
