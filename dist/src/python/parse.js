import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';
import { packageRoot } from '../package-root.js';
import { ParseLimitError, parseLimitReason } from './parse-limit.js';
import { parseCounts } from './parse-counts.js';
export { indentLevelBound, MAX_INDENT_LEVELS, ParseLimitError, parseLimitReason } from './parse-limit.js';
/**
 * The grammar: the `tree-sitter-python.wasm` that the tree-sitter-python package ships, kept
 * next to this file (grammar/source.json names the release it came from; `npm run grammar`
 * refreshes it). Resolved from the package root, the same from src/, dist/src/ and the bundle.
 */
export const GRAMMAR_WASM = pathToFileURL(path.join(packageRoot(), 'src', 'python', 'grammar', 'tree-sitter-python.wasm'));
/**
 * Importing this module loads web-tree-sitter and the grammar (top-level await, about 20-40 ms),
 * once per thread: the engine imports it on the first Python file that survives the prefilter,
 * so a run with no Python candidate never pays for it, and each worker thread loads its own.
 * Parsing itself stays synchronous.
 */
async function loadParser() {
    // The runtime's own WebAssembly, read here: left to itself, emscripten reads it through
    // fs/promises, whose first import (with readline) costs a small run some 40 ms.
    const runtime = createRequire(import.meta.url).resolve('web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ wasmBinary: fs.readFileSync(runtime) });
    const python = await Language.load(fs.readFileSync(GRAMMAR_WASM));
    const p = new Parser();
    p.setLanguage(python);
    return p;
}
let parser;
/**
 * Settles once the parser is loaded. ES module importers (the API, the worker, tests) get it
 * loaded through the top-level await below; the CLI's bundle is CommonJS, which cannot wait at
 * the top level (scripts/bundle.js takes that line out), and awaits this instead
 * (engine.loadPythonParser).
 */
export const parserReady = loadParser().then((p) => {
    parser = p;
});
await parserReady;
/**
 * A WebAssembly trap (memory access out of bounds, unreachable) leaves the module's memory in
 * an unknown state, and the module cannot be reloaded in this thread: every later parse would
 * be suspect. Past the first trap each parse is refused with the reason, rather than trusted.
 */
let broken = null;
export { parseCounts };
function parse(text, ranges) {
    parseCounts.parses++;
    parseCounts.chars += ranges ? ranges.reduce((n, [s, e]) => n + e - s, 0) : text.length;
    if (broken)
        throw new Error(`not parsed: the Python parser failed earlier in this run (${broken})`);
    let tree;
    try {
        tree = ranges ? parser.parse(text, null, { includedRanges: includedRanges(text, ranges) }) : parser.parse(text);
    }
    catch (e) {
        broken = e.message;
        throw new Error(`not parsed: the Python parser failed (${broken})`);
    }
    // null only when parsing was cancelled (no progress callback is set) or no language is set.
    if (!tree)
        throw new Error('not parsed: the Python parser returned no tree');
    return tree;
}
/** tree-sitter's ranges for [start, end) offsets: rows and columns found in one pass over the text. */
function includedRanges(text, ranges) {
    let row = 0;
    let lineStart = 0;
    let at = 0;
    const point = (index) => {
        for (let nl = text.indexOf('\n', at); nl >= 0 && nl < index; nl = text.indexOf('\n', nl + 1)) {
            row++;
            lineStart = nl + 1;
        }
        at = index;
        return { row, column: index - lineStart };
    };
    return ranges.map(([startIndex, endIndex]) => ({ startIndex, startPosition: point(startIndex), endIndex, endPosition: point(endIndex) }));
}
/**
 * Parses Python text, all of it or only `ranges` (sorted, disjoint [start, end) offsets of whole
 * top-level statements; see partial.ts): node offsets are those of the whole text either way.
 */
export function parsePython(text, ranges) {
    const reason = parseLimitReason(text);
    if (reason)
        throw new ParseLimitError(reason);
    // Lone CR line ends are never cut (topLevelChunks refuses them).
    if (ranges)
        return parse(text, ranges);
    // web-tree-sitter reads a string through a callback (text.slice(i)) in chunks: a 10 MB
    // string needs no special handling, offsets are UTF-16 indices like JS strings.
    if (!LONE_CR.test(text))
        return parse(text);
    // tree-sitter-python ends lines at LF only, so an old-Mac (CR-only) file would parse as one
    // comment line; Python 2.7 and 3 read a lone CR as a line end. CR -> LF keeps every offset,
    // and pointing the tree's text callback back at the original text keeps node.text (used to
    // build fixes) byte-exact.
    const tree = parse(text.replace(LONE_CR_ALL, '\n'));
    tree.textCallback = (index) => text.slice(index);
    return tree;
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;
/** Count of ERROR and MISSING nodes: a fix may not raise it. */
export function syntaxErrorCount(tree) {
    if (!tree.rootNode.hasError)
        return 0;
    let count = 0;
    const cursor = tree.walk();
    let done = false;
    while (!done) {
        const node = cursor.currentNode;
        if (node.type === 'ERROR' || node.isMissing)
            count++;
        if (node.hasError && cursor.gotoFirstChild())
            continue;
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
