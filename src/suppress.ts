import type { SourceText } from './source.js';
import type { Language } from './types.js';

/**
 * Inline suppressions, read from comments:
 *   Python: `# noqa`, `# noqa: POP001,POP002`, `# popenlint: ignore[POP001]`; file: `# popenlint: noqa`
 *   JS/TS:  `// popenlint-disable-next-line POP101`; file: `// popenlint-disable`
 */
export interface Suppressions {
  file: boolean;
  /** 0-based line -> rule ids, or '*' for all. */
  lines: Map<number, Set<string>>;
}

const PY_NOQA = /#\s*noqa(?::\s*([A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*))?/i;
const PY_IGNORE = /#\s*popenlint:\s*ignore\[([^\]]*)\]/i;
const PY_FILE = /#\s*popenlint:\s*noqa\b/i;
const JS_NEXT = /\/\/\s*popenlint-disable-next-line\b([^\n]*)/;
const JS_FILE = /(?:\/\/|\/\*)\s*popenlint-disable(?![-\w])/;

function ids(list: string | undefined): Set<string> {
  const parts = (list ?? '').split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase());
  return new Set(parts.length ? parts : ['*']);
}

export function readSuppressions(source: SourceText, language: Language): Suppressions {
  const result: Suppressions = { file: false, lines: new Map() };
  const text = source.text;
  // Cheap guard: most files have no suppression comment at all.
  if (!/noqa|popenlint/i.test(text)) return result;
  const add = (line: number, set: Set<string>) => {
    const existing = result.lines.get(line);
    if (existing) for (const id of set) existing.add(id);
    else result.lines.set(line, set);
  };
  for (let line = 0; line < source.lineStarts.length; line++) {
    const lineText = source.lineText(line);
    if (!/noqa|popenlint/i.test(lineText)) continue;
    if (language === 'python') {
      if (PY_FILE.test(lineText)) result.file = true;
      const ignore = PY_IGNORE.exec(lineText);
      if (ignore) add(line, ids(ignore[1]));
      const noqa = PY_NOQA.exec(lineText);
      if (noqa && !PY_FILE.test(lineText)) add(line, ids(noqa[1]));
    } else {
      const next = JS_NEXT.exec(lineText);
      if (next) add(line + 1, ids(next[1]?.replace(/--.*$/, '')));
      else if (JS_FILE.test(lineText)) result.file = true;
    }
  }
  return result;
}

/** A finding is suppressed by a comment on its first or last line. */
export function isSuppressed(s: Suppressions, rule: string, startLine: number, endLine: number): boolean {
  if (s.file) return true;
  for (const line of new Set([startLine, endLine])) {
    const set = s.lines.get(line);
    if (set && (set.has('*') || set.has(rule))) return true;
  }
  return false;
}

/**
 * The edit that suppresses one finding's rule with an inline comment (an editor's "suppress on
 * this line"), or null when no comment can go there safely. Python: `# noqa: ID` at the end of
 * the finding's last line, merged into a `# noqa: ...` already there; not after a backslash
 * continuation, where a comment would end the statement. JS/TS: a
 * `// popenlint-disable-next-line ID` line above the finding, indented like it.
 */
export function suppressionEdit(source: SourceText, language: Language, rule: string, start: number, end: number): { start: number; end: number; content: string } | null {
  if (language === 'python') {
    const line = source.lineIndex(end);
    const text = source.lineText(line);
    const lineEnd = source.lineStarts[line]! + text.length;
    const noqa = /#\s*noqa:\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*/i.exec(text);
    if (noqa) {
      const at = source.lineStarts[line]! + noqa.index + noqa[0].length;
      return { start: at, end: at, content: `,${rule}` };
    }
    if (/\\\s*$/.test(text)) return null;
    return { start: lineEnd, end: lineEnd, content: `  # noqa: ${rule}` };
  }
  const line = source.lineIndex(start);
  const lineStart = source.lineStarts[line]!;
  const indent = /^[ \t]*/.exec(source.lineText(line))![0];
  return { start: lineStart, end: lineStart, content: `${indent}// popenlint-disable-next-line ${rule}${source.newline}` };
}
