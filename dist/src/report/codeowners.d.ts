/**
 * CODEOWNERS, as GitHub and GitLab read it: one `pattern owner...` rule per line, gitignore-style
 * patterns relative to the repository root, the last matching rule wins. GitLab's `[Section]`
 * headers start a new section; the owners of a path are the union of each section's last match.
 * Patterns are matched with `ignore` (gitignore rules), which GitHub's syntax follows except for
 * `!` negation and `[ ]` ranges, which GitHub does not support either.
 */
/** Where GitHub and GitLab look for the file, in their order of precedence. */
export declare const CODEOWNERS_PATHS: string[];
/** Returns the owners of a repository-relative path ('/' separators); [] when nobody owns it. */
export declare function parseCodeOwners(text: string): (path: string) => string[];
