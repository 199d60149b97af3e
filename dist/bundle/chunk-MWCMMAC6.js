import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);

// src/fix/edits.ts
var sameEdit = (a, b) => a.start === b.start && a.end === b.end && a.content === b.content;
function overlaps(a, b) {
  if (sameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
function applyEdits(text, edits) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const e of edits) {
    const key = `${e.start}:${e.end}:${e.content}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ e, i: unique.length });
  }
  unique.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
  const parts = [];
  let at = 0;
  for (const { e } of unique) {
    parts.push(text.slice(at, e.start), e.content);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

export {
  overlaps,
  applyEdits
};
