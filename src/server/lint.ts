import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyEdits, ConfigError, type Edit, type FileDiagnostic, type Finding, forgetPathCaches, getRule, init, type Language, languageFor, Linter, packageRoot, type RuleMeta, suppressionFor } from '../api.js';

/** Editors' language ids for the languages popenlint lints, and the extension that says the same. */
const LANGUAGE_IDS: Record<string, { language: Language; ext: string }> = {
  python: { language: 'python', ext: '.py' },
  javascript: { language: 'javascript', ext: '.js' },
  javascriptreact: { language: 'javascript', ext: '.jsx' },
  typescript: { language: 'javascript', ext: '.ts' },
  typescriptreact: { language: 'javascript', ext: '.tsx' },
};

/**
 * The file a document stands for: its path, or for an unsaved buffer (`untitled:Untitled-1`) a
 * name in the current folder with its language's extension, so that the config above the
 * workspace applies and TypeScript is parsed as TypeScript.
 */
export function documentFile(uri: string, languageId: string): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  const name = path.basename(uri.replace(/[?#].*$/, '').replace(/^[a-z-]+:/i, '')) || 'untitled';
  return path.join(process.cwd(), `${name}${LANGUAGE_IDS[languageId]?.ext ?? ''}`);
}

/** One document's lint, tied to the text it was computed on. */
export interface DocumentLint {
  language: Language;
  findings: Finding[];
  /** Problems with the text itself (E902: too deep to parse, an internal error). */
  diagnostics: FileDiagnostic[];
}

/** docs/rules/<ID>.md of this package (found from the package root: tsc's output and the bundle sit at different depths). */
const DOCS = pathToFileURL(`${path.join(packageRoot(), 'docs', 'rules')}${path.sep}`);

/**
 * The server's view of the public API: one Linter (configs cached per folder, forgotten when a
 * config file changes), the language of a buffer, the rule docs, and suppressions that are
 * known to work before they are offered.
 */
export class DocumentLinter {
  private linter = new Linter();
  private readonly docs = new Map<string, string | null>();

  /** A config file changed: its settings, and the folders' projects, are read again. */
  reload(): void {
    this.linter.clearCache();
  }

  /**
   * A document opened or saved: the tree around it may have changed since a folder was looked at
   * (a `git init`, a new `package.json` or `pyproject.toml`, a link moved), and the project a file
   * belongs to decides its findings (test code, vendored copies, the project's versions).
   */
  forgetPaths(): void {
    forgetPathCaches();
  }

  /** Loads the Python parser (WebAssembly) ahead of the first document, while the editor starts up. */
  warmUp(): Promise<void> {
    return init();
  }

  /** By the file name, else the editor's language id, else the shebang; null: not ours to lint. */
  language(file: string, languageId: string, text: string): Language | null {
    return languageFor(file, '') ?? LANGUAGE_IDS[languageId]?.language ?? languageFor('', text.slice(0, 128));
  }

  /** @throws {ConfigError} when the config that applies to the file is invalid. */
  async lint(file: string, languageId: string, text: string): Promise<DocumentLint | null> {
    const language = this.language(file, languageId, text);
    if (!language) return null;
    // A file the config excludes (generated code, vendored trees) is not the user's to fix here
    // either: the editor shows what `popenlint check` would.
    if (this.linter.configFor(file).excluded) return { language, findings: [], diagnostics: [] };
    const result = await this.linter.lintText(text, { path: file, language });
    return { language, findings: result.findings, diagnostics: result.diagnostics };
  }

  /** The text with every safe fix applied to a fixpoint, or null when nothing changes or a fix is refused. */
  async fixAll(file: string, language: Language, text: string): Promise<string | null> {
    const result = await this.linter.fixText(text, { path: file, language, unsafe: false });
    return result.error || !result.changed ? null : result.text;
  }

  /**
   * The comment that silences `finding` (one of `findings`, the lint of `text`), checked by
   * linting the edited text: offered only when
   * the finding goes away (a `# noqa` appended to a line that ends inside a triple-quoted string
   * would change the string instead).
   */
  async suppression(file: string, language: Language, text: string, finding: Finding, findings: readonly Finding[]): Promise<Edit | null> {
    const edit = suppressionFor(text, finding, language);
    if (!edit) return null;
    const after = await this.linter.lintText(applyEdits(text, [edit]), { path: file, language });
    const count = (list: readonly Finding[]) => list.filter((f) => f.rule === finding.rule).length;
    return count(after.findings) < count(findings) ? edit : null;
  }

  rule(id: string): RuleMeta | undefined {
    return getRule(id);
  }

  /** The rule's page in this package's docs/rules/, as a file URL (it matches the installed version, offline). */
  docsUrl(id: string): string | null {
    let url = this.docs.get(id);
    if (url === undefined) {
      const page = new URL(`${id}.md`, DOCS);
      url = fs.existsSync(fileURLToPath(page)) ? pathToFileURL(fileURLToPath(page)).href : null;
      this.docs.set(id, url);
    }
    return url;
  }

  isConfigError(e: unknown): e is Error {
    return e instanceof ConfigError;
  }
}
