import { type SourceText } from '../source.js';
import type { Edit, Finding, Language } from '../types.js';
/**
 * `check --add-noqa` (ruff's): a suppression comment for every finding, placed on a line where
 * it takes effect (a finding is suppressed by a comment on its first or last line) and where a
 * comment is only a comment: never inside a string that spans lines, after a backslash
 * continuation, in a template literal or in JSX text. An existing `# noqa: CODES` gets the new
 * codes merged in. The caller verifies the result (same code once comments are removed, the
 * findings gone, no new syntax error) before anything is written.
 *
 *   Python: `os.popen(cmd)  # noqa: POP001`
 *   JS/TS:  `spawn(cmd); // popenlint-disable-line POP102`, or `// popenlint-disable-next-line
 *           POP102` on its own line above when the line's end cannot take a comment.
 */
export interface NoqaPlan {
    edits: Edit[];
    /** Findings that got a comment. */
    placed: Finding[];
    /** Findings no comment could be placed for, with the reason. */
    skipped: {
        finding: Finding;
        reason: string;
    }[];
}
export declare function planPythonNoqa(source: SourceText, findings: Finding[]): NoqaPlan;
export declare function planJsNoqa(path: string, source: SourceText, findings: Finding[]): Promise<NoqaPlan>;
export declare function planNoqa(path: string, source: SourceText, language: Language, findings: Finding[]): Promise<NoqaPlan>;
/**
 * The code with comments taken out, for checking that adding comments changed nothing else:
 * Python drops comment nodes and the blanks before them; JS/TS prints the tree without comments.
 * With it, the parser's error count, so one parse answers both questions.
 */
export declare function codeWithoutComments(path: string, text: string, language: Language): Promise<{
    code: string;
    syntaxErrors: number;
}>;
