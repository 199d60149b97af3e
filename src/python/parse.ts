import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

let parser: Parser | null = null;

// The native parser is loaded on first use: a run with no Python candidate never pays for it.
function getParser(): Parser {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const ParserCtor = require('tree-sitter') as typeof Parser;
    const python = require('tree-sitter-python') as Parser.Language;
    parser = new ParserCtor();
    parser.setLanguage(python);
  }
  return parser;
}

// tree-sitter's Node binding reads the source in chunks; past 32 KiB a string input must go
// through a callback, so large files are served in slices.
const CHUNK = 16 * 1024;

export function parsePython(text: string): Tree {
  const p = getParser();
  if (text.length < CHUNK * 2) return p.parse(text);
  return p.parse((index: number) => (index < text.length ? text.slice(index, index + CHUNK) : ''), undefined, { bufferSize: CHUNK * 4 });
}

/** Count of ERROR and MISSING nodes: a fix may not raise it. */
export function syntaxErrorCount(tree: Tree): number {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  let done = false;
  while (!done) {
    const node = cursor.currentNode;
    if (node.type === 'ERROR' || node.isMissing) count++;
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) { done = true; break; }
    }
  }
  return count;
}
