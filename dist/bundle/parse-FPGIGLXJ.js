import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  MAX_INDENT_LEVELS,
  ParseLimitError,
  indentLevelBound,
  parseCounts,
  parseLimitReason
} from "./chunk-VFEXZPTN.js";

// src/python/parse.ts
import fs2 from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
import { pathToFileURL } from "node:url";
import { Language, Parser } from "web-tree-sitter";

// src/package-root.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root === void 0) {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    while (!fs.existsSync(path.join(dir, "package.json"))) {
      const up = path.dirname(dir);
      if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
      dir = up;
    }
    root = dir;
  }
  return root;
}

// src/python/parse.ts
var GRAMMAR_WASM = pathToFileURL(path2.join(packageRoot(), "src", "python", "grammar", "tree-sitter-python.wasm"));
async function loadParser() {
  const runtime = createRequire(import.meta.url).resolve("web-tree-sitter/web-tree-sitter.wasm");
  await Parser.init({ wasmBinary: fs2.readFileSync(runtime) });
  const python = await Language.load(fs2.readFileSync(GRAMMAR_WASM));
  const p = new Parser();
  p.setLanguage(python);
  return p;
}
var parser;
var parserReady = loadParser().then((p) => {
  parser = p;
});
await parserReady;
var broken = null;
function parse(text, ranges) {
  parseCounts.parses++;
  parseCounts.chars += ranges ? ranges.reduce((n, [s, e]) => n + e - s, 0) : text.length;
  if (broken) throw new Error(`not parsed: the Python parser failed earlier in this run (${broken})`);
  let tree;
  try {
    tree = ranges ? parser.parse(text, null, { includedRanges: includedRanges(text, ranges) }) : parser.parse(text);
  } catch (e) {
    broken = e.message;
    throw new Error(`not parsed: the Python parser failed (${broken})`);
  }
  if (!tree) throw new Error("not parsed: the Python parser returned no tree");
  return tree;
}
function includedRanges(text, ranges) {
  let row = 0;
  let lineStart = 0;
  let at = 0;
  const point = (index) => {
    for (let nl = text.indexOf("\n", at); nl >= 0 && nl < index; nl = text.indexOf("\n", nl + 1)) {
      row++;
      lineStart = nl + 1;
    }
    at = index;
    return { row, column: index - lineStart };
  };
  return ranges.map(([startIndex, endIndex]) => ({ startIndex, startPosition: point(startIndex), endIndex, endPosition: point(endIndex) }));
}
function parsePython(text, ranges) {
  const reason = parseLimitReason(text);
  if (reason) throw new ParseLimitError(reason);
  if (ranges) return parse(text, ranges);
  if (!LONE_CR.test(text)) return parse(text);
  const tree = parse(text.replace(LONE_CR_ALL, "\n"));
  tree.textCallback = (index) => text.slice(index);
  return tree;
}
var LONE_CR = /\r(?!\n)/;
var LONE_CR_ALL = /\r(?!\n)/g;
function syntaxErrorCount(tree) {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  let done = false;
  while (!done) {
    const node = cursor.currentNode;
    if (node.type === "ERROR" || node.isMissing) count++;
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
    }
  }
  cursor.delete();
  return count;
}
export {
  GRAMMAR_WASM,
  MAX_INDENT_LEVELS,
  ParseLimitError,
  indentLevelBound,
  parseCounts,
  parseLimitReason,
  parsePython,
  parserReady,
  syntaxErrorCount
};
