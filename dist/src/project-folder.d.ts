/**
 * Which folder a file's project is, from the names its folders hold: the nearest `package.json`
 * (a JS project's other modules), the nearest repository or project file (a script's project),
 * the repository around a Python file (the files that may call its functions). Every file of a
 * tree asks, and the answer is the same for every file of a folder and for every folder below
 * the one found: each folder is looked at once per set of names (through the folder listings
 * while a run keeps them, folder-listing.ts), and its answer kept.
 */
/** Folders that keep a repository's history. */
export declare const VCS_DIRS: readonly string[];
/** Files that make a folder a Python project (an unpacked release or a copy without history has them at its root). */
export declare const PYTHON_PROJECT_FILES: readonly string[];
/** Files that make a folder a project of either language. */
export declare const PROJECT_FILES: readonly string[];
/** Forgets every folder's answer (path-caches.ts: a `.git` or `package.json` made since is seen). */
export declare function forgetProjectFolders(): void;
/** The nearest folder at or above `dir` (absolute) that holds one of `names`, or null. */
export declare function nearestFolderWith(dir: string, names: readonly string[]): string | null;
/**
 * The folder of the repository that holds `dir` (absolute): the nearest one holding a repository
 * (`.git`, `.hg`, `.svn`, `.bzr`); without one, the outermost one holding one of `projectFiles`,
 * so that a nested package belongs to the project around it; else null.
 */
export declare function repositoryFolder(dir: string, projectFiles: readonly string[]): string | null;
/**
 * The project a file named by itself belongs to (its folder `dir`, absolute): the repository
 * around it, else the outermost folder with a Python or JS project file, else null. It is the
 * folder a user names to check the project (`popenlint check .` at its root), so that a file
 * named alone is judged as it is when its project is named.
 */
export declare function ownProjectFolder(dir: string): string | null;
