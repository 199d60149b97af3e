import type { Edit } from '../types.js';

// Edits as plain data: no engine, no rules, so reporters can show a fix's result.

const sameEdit = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.content === b.content;

export function overlaps(a: Edit, b: Edit): boolean {
  if (sameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits; at one offset, an insertion goes before a replacement. */
export function applyEdits(text: string, edits: Edit[]): string {
  const unique: Edit[] = [];
  for (const e of edits) if (!unique.some((u) => sameEdit(u, e))) unique.push(e);
  unique.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of unique) out = out.slice(0, e.start) + e.content + out.slice(e.end);
  return out;
}
