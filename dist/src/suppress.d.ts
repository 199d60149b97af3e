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
export declare function readSuppressions(source: SourceText, language: Language): Suppressions;
/** A finding is suppressed by a comment on its first or last line. */
export declare function isSuppressed(s: Suppressions, rule: string, startLine: number, endLine: number): boolean;
/**
 * The edit that suppresses one finding's rule with an inline comment (an editor's "suppress on
 * this line"), or null when no comment can go there safely. Python: `# noqa: ID` at the end of
 * the finding's last line, merged into a `# noqa: ...` already there; not after a backslash
 * continuation, where a comment would end the statement. JS/TS: a
 * `// popenlint-disable-next-line ID` line above the finding, indented like it.
 */
export declare function suppressionEdit(source: SourceText, language: Language, rule: string, start: number, end: number): {
    start: number;
    end: number;
    content: string;
} | null;
