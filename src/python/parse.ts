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

/** The input is beyond what the native parser survives; the file is reported, not parsed. */
export class ParseLimitError extends Error {}

/**
 * tree-sitter-python 0.25's external scanner serializes its indent stack into a 1024-byte
 * buffer, two bytes per level after 2 + (open string delimiters) header bytes, and checks the
 * bound only before each pair: past ~380-510 nested blocks it writes byte 1025 and tree-sitter
 * aborts the whole process (`Assertion 'length <= 1024' failed`), which no try/catch stops.
 *
 * The stack holds strictly increasing indent widths, so its depth is at most the number of
 * distinct widths the scanner can measure. This counts them the way the scanner measures
 * (space +1, tab +8, CR/FF/LF reset, backslash-newline carries the width on), recording the
 * width at every non-blank character; comments reset the scanner, so counting them too only
 * over-estimates. Works on a string or on raw bytes (the characters involved are ASCII in every
 * encoding we decode), so a file can be refused before it is even decoded.
 */
export function indentLevelBound(src: string | Uint8Array): number {
  const at = typeof src === 'string' ? (i: number) => src.charCodeAt(i) : (i: number) => src[i]!;
  const widths = new Set<number>();
  let width = 0;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < src.length; i++) {
    const c = at(i);
    if (c === 0x20) width++;
    else if (c === 0x09) width += 8;
    else if (c === 0x0a || c === 0x0d || c === 0x0c) {
      // A line break right after a backslash (or backslash CR) is a continuation: no reset.
      const continued = prev === 0x5c || (c === 0x0a && prev === 0x0d && prev2 === 0x5c);
      if (!continued) width = 0;
    } else if (c !== 0x5c) {
      if (width > 0) widths.add(width & 0xffff); // the scanner keeps widths as uint16
      width = 0;
    }
    prev2 = prev;
    prev = c;
  }
  return widths.size;
}

/** Python itself stops at 100 levels; 300 leaves room below the scanner's ~380 worst case. */
export const MAX_INDENT_LEVELS = 300;

export function parseLimitReason(src: string | Uint8Array): string | null {
  const levels = indentLevelBound(src);
  return levels > MAX_INDENT_LEVELS
    ? `not parsed: ${levels} distinct indentation levels (Python allows 100; the parser aborts past ~380)`
    : null;
}

export function parsePython(text: string): Tree {
  const reason = parseLimitReason(text);
  if (reason) throw new ParseLimitError(reason);
  // The 0.25 binding reads any string through its own callback (its 32 KiB buffer is refilled
  // from a slice), so a 10 MB string needs no special handling: measured equal trees and offsets,
  // including surrogate pairs split across chunk edges, and no slowdown.
  if (!LONE_CR.test(text)) return getParser().parse(text);
  // tree-sitter-python ends lines at LF only, so an old-Mac (CR-only) file would parse as one
  // comment line; Python 2.7 and 3 read a lone CR as a line end. CR -> LF keeps every offset,
  // and pointing the tree back at the original text keeps node.text (used to build fixes)
  // byte-exact.
  const tree = getParser().parse(text.replace(LONE_CR_ALL, '\n'));
  (tree as unknown as { input: string }).input = text;
  return tree;
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

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
