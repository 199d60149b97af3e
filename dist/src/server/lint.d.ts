import { type Edit, type FileDiagnostic, type Finding, type Language, type RuleMeta } from '../api.js';
/**
 * The file a document stands for: its path, or for an unsaved buffer (`untitled:Untitled-1`) a
 * name in the current folder with its language's extension, so that the config above the
 * workspace applies and TypeScript is parsed as TypeScript.
 */
export declare function documentFile(uri: string, languageId: string): string;
/** One document's lint, tied to the text it was computed on. */
export interface DocumentLint {
    language: Language;
    findings: Finding[];
    /** Problems with the text itself (E902: too deep to parse, an internal error). */
    diagnostics: FileDiagnostic[];
}
/**
 * The server's view of the public API: one Linter (configs cached per folder, forgotten when a
 * config file changes), the language of a buffer, the rule docs, and suppressions that are
 * known to work before they are offered.
 */
export declare class DocumentLinter {
    private linter;
    private readonly docs;
    /** A config file changed: its settings, and the folders' projects, are read again. */
    reload(): void;
    /**
     * A document opened or saved: the tree around it may have changed since a folder was looked at
     * (a `git init`, a new `package.json` or `pyproject.toml`, a link moved), and the project a file
     * belongs to decides its findings (test code, vendored copies, the project's versions).
     */
    forgetPaths(): void;
    /** Loads the Python parser (WebAssembly) ahead of the first document, while the editor starts up. */
    warmUp(): Promise<void>;
    /** By the file name, else the editor's language id, else the shebang; null: not ours to lint. */
    language(file: string, languageId: string, text: string): Language | null;
    /** @throws {ConfigError} when the config that applies to the file is invalid. */
    lint(file: string, languageId: string, text: string): Promise<DocumentLint | null>;
    /** The text with every safe fix applied to a fixpoint, or null when nothing changes or a fix is refused. */
    fixAll(file: string, language: Language, text: string): Promise<string | null>;
    /**
     * The comment that silences `finding` (one of `findings`, the lint of `text`), checked by
     * linting the edited text: offered only when
     * the finding goes away (a `# noqa` appended to a line that ends inside a triple-quoted string
     * would change the string instead).
     */
    suppression(file: string, language: Language, text: string, finding: Finding, findings: readonly Finding[]): Promise<Edit | null>;
    rule(id: string): RuleMeta | undefined;
    /** The rule's page in this package's docs/rules/, as a file URL (it matches the installed version, offline). */
    docsUrl(id: string): string | null;
    isConfigError(e: unknown): e is Error;
}
