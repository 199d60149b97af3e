import fs from 'node:fs';
import type { FileDiagnostic, Language } from './types.js';
/**
 * Paths -> files to lint. Respects .gitignore (nested, as git does; a file git tracks is never
 * hidden by it), skips dependency, VCS,
 * cache and build-output folders, and finds extensionless scripts by their shebang. Folder
 * symlinks are not followed, so a symlink loop cannot trap the walk; file symlinks are linted as
 * the file they point to.
 */
export interface Candidate {
    /** As shown to the user: relative to the current directory, as given. */
    path: string;
    abs: string;
    language: Language;
}
export interface DiscoverOptions {
    /** gitignore-style patterns, each relative to `base`. */
    exclude: {
        base: string;
        patterns: string[];
    }[];
    /** Apply excludes to paths named on the command line too (pre-commit passes every file). */
    forceExclude: boolean;
    /** Told each folder's listing as the walk reads it (import resolution reuses them: cacheFolderListings). */
    onListing?: (abs: string, entries: fs.Dirent[]) => void;
}
/**
 * Folders skipped by a walk, for every language: version control, dependencies, virtualenvs and
 * tool caches, i.e. ruff's default excludes that hold third-party or generated copies (ruff's
 * `dist` is not one: a JS project ships and runs its dist bundles, so they are linted).
 */
export declare const SKIP_DIRS: ReadonlySet<string>;
/**
 * path.join(dir, name) for a normalized folder path and one of its entries (a name with no
 * separator, never `.` or `..`), without path.join's normalizing pass: over a tree of 13,000
 * files that pass made 60 MB of garbage. A folder that ends with a separator (the root, or a
 * path named `foo/` or `./`) goes through path.join.
 */
export declare function childPath(dir: string, name: string): string;
/** Whether a walk skips this folder's Python files (`abs` is the folder): a skipped folder or Python build output. */
export declare function skipsPython(name: string, abs: string): boolean;
/** Whether a default exclude covers a file (for paths named with --force-exclude): one of its folders is skipped. */
export declare function defaultExcluded(abs: string, language: Language | null): boolean;
export declare function languageByName(file: string): Language | null;
/** Language named by a script's first bytes (`#!/usr/bin/env python`), if any. */
export declare function languageByHead(head: string): Language | null;
/** Language of a regular file: by extension, else by shebang when it has no extension. */
export declare function languageOf(abs: string): Language | null;
/** Whether configured excludes cover a path (for --stdin-filename with --force-exclude). */
export declare function isExcluded(abs: string, exclude: DiscoverOptions['exclude']): boolean;
export declare function discover(paths: string[], options: DiscoverOptions): {
    files: Candidate[];
    diagnostics: FileDiagnostic[];
};
