/**
 * The two git questions the CLI asks: where the repository root is (CI formats report
 * repository-relative paths) and which files changed since a ref (`--changed-since`). git runs
 * with an argument array, never through a shell, so a ref or path cannot inject a command.
 */
export declare class GitError extends Error {
}
/** The top level of the git work tree holding `cwd`, or null outside one (or without git). */
export declare function repoRoot(cwd: string): string | null;
/**
 * Absolute real paths of files that differ from `ref`: committed since it, staged or not yet
 * staged (`git diff REF` compares the ref with the work tree), plus untracked files that
 * .gitignore does not hide, since a new file is a change too.
 */
export declare function changedSince(ref: string, cwd: string): Set<string>;
