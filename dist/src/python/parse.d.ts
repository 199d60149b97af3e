import { type Node, type Tree as WasmTree } from 'web-tree-sitter';
import { parseCounts } from './parse-counts.js';
export { indentLevelBound, MAX_INDENT_LEVELS, ParseLimitError, parseLimitReason } from './parse-limit.js';
export type SyntaxNode = Node;
export type Tree = WasmTree;
/**
 * The grammar: the `tree-sitter-python.wasm` that the tree-sitter-python package ships, kept
 * next to this file (grammar/source.json names the release it came from; `npm run grammar`
 * refreshes it). Resolved from the package root, the same from src/, dist/src/ and the bundle.
 */
export declare const GRAMMAR_WASM: import("url").URL;
/**
 * Settles once the parser is loaded. ES module importers (the API, the worker, tests) get it
 * loaded through the top-level await below; the CLI's bundle is CommonJS, which cannot wait at
 * the top level (scripts/bundle.js takes that line out), and awaits this instead
 * (engine.loadPythonParser).
 */
export declare const parserReady: Promise<void>;
export { parseCounts };
/**
 * Parses Python text, all of it or only `ranges` (sorted, disjoint [start, end) offsets of whole
 * top-level statements; see partial.ts): node offsets are those of the whole text either way.
 */
export declare function parsePython(text: string, ranges?: readonly (readonly [number, number])[]): Tree;
/** Count of ERROR and MISSING nodes: a fix may not raise it. */
export declare function syntaxErrorCount(tree: Tree): number;
