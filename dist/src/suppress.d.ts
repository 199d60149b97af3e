import type { SourceText } from './source.js';
import type { Language } from './types.js';
/**
 * Inline suppressions, read from real comments only (a `# noqa` inside a string is text):
 *   Python (ruff's forms): `# noqa`, `# noqa: POP001,POP002`, `# popenlint: ignore[POP001]` on
 *     the line; `# popenlint: noqa` for the file, `# popenlint: noqa: POP001` for those codes.
 *   JS/TS (ESLint's forms): `// popenlint-disable-next-line POP101`, `// popenlint-disable-line`,
 *     `/* popenlint-disable POP101 *\/` … `/* popenlint-enable POP101 *\/` ranges; a disable
 *     with no enable runs to the end of the file (at the top: the whole file, not lines above).
 * A rule list may be omitted (all rules); ids are separated by commas or spaces, and ESLint's
 * `-- reason` tail is ignored.
 */
export interface Suppressions {
    /** Rule ids (or '*') suppressed in the whole file. */
    file: Set<string>;
    /** 0-based line -> rule ids, or '*' for all. */
    lines: Map<number, Set<string>>;
    /** disable/enable directives, in text order: each applies from its offset on. */
    ranges: {
        offset: number;
        enable: boolean;
        rules: Set<string>;
    }[];
}
/** Whether an offset of the text lies inside a comment; front-ends answer it from their tree. */
export type CommentTest = (offset: number) => boolean;
export declare function readSuppressions(source: SourceText, language: Language, inComment?: CommentTest): Suppressions;
/**
 * A finding is suppressed file-wide, by a line comment on its first or last line, or by a
 * disable directive before its start (`startOffset`) that no later enable undid.
 */
export declare function isSuppressed(s: Suppressions, rule: string, startLine: number, endLine: number, startOffset?: number): boolean;
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
