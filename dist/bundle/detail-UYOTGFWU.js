import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  structuredPatch
} from "./chunk-GQ5AUD6I.js";
import {
  applyEdits
} from "./chunk-MWCMMAC6.js";
import "./chunk-MYTUJWT6.js";

// src/report/detail.ts
var CONTEXT = 2;
var MAX_FLAGGED_LINES = 12;
function excerpt(source, finding) {
  const lastLine = source.lineStarts.length - 1;
  const first = Math.max(0, finding.range.start.line - 1 - CONTEXT);
  const flaggedEnd = Math.min(finding.range.end.line - 1, finding.range.start.line - 1 + MAX_FLAGGED_LINES - 1);
  const last = Math.min(lastLine, flaggedEnd + CONTEXT);
  const lines = [];
  for (let i = first; i <= last; i++) lines.push(source.lineText(i));
  while (lines.length > 1 && lines.at(-1) === "" && first + lines.length - 1 > finding.range.end.line - 1) lines.pop();
  return { line: first + 1, lines };
}
function fixDiff(source, fix) {
  const after = applyEdits(source.text, fix.edits);
  const patch = structuredPatch("a", "b", source.text.replace(/\r\n?/g, "\n"), after.replace(/\r\n?/g, "\n"), "", "", { context: CONTEXT });
  return patch.hunks.map((h) => ({ oldStart: h.oldStart, newStart: h.newStart, lines: h.lines.filter((l) => !l.startsWith("\\")) }));
}
function findingDetail(finding, source, fix) {
  return { excerpt: excerpt(source, finding), diff: fix ? fixDiff(source, fix) : null };
}
export {
  excerpt,
  findingDetail,
  fixDiff
};
