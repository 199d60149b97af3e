import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  ts
} from "./chunk-P5THIZUK.js";

// src/typescript/parse.ts
function scriptKind(path) {
  const ext = /\.[cm]?[jt]sx?$/i.exec(path)?.[0].toLowerCase() ?? "";
  if (ext === ".tsx") return ts.ScriptKind.TSX;
  if (ext.endsWith("ts")) return ts.ScriptKind.TS;
  if (ext === ".jsx") return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}
function parseJs(path, text) {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
}
function syntaxErrorCount(sf) {
  return (sf.parseDiagnostics ?? []).length;
}
function allowsTopLevelAwait(path) {
  return /\.m[jt]s$/i.test(path);
}
function inComment(sf, offset) {
  let node = sf;
  for (; ; ) {
    let next;
    let gapStart = node === sf ? 0 : node.getStart(sf);
    let children = 0;
    ts.forEachChild(node, (c) => {
      children++;
      if (c.end <= offset) {
        gapStart = Math.max(gapStart, c.end);
        return void 0;
      }
      if (c.pos <= offset) next = c;
      return true;
    });
    if (next) {
      if (offset < next.getStart(sf)) return true;
      node = next;
      continue;
    }
    if (children === 0 && node !== sf && offset >= node.getStart(sf)) return false;
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, sf.text, void 0, gapStart);
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken && scanner.getTokenStart() <= offset; kind = scanner.scan()) {
      const comment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
      if (comment && offset < scanner.getTokenEnd()) return true;
    }
    return false;
  }
}

export {
  parseJs,
  syntaxErrorCount,
  allowsTopLevelAwait,
  inComment
};
