import { entryExists, parentFolder } from './folder-listing.js';

/**
 * Which folder a file's project is, from the names its folders hold: the nearest `package.json`
 * (a JS project's other modules), the nearest repository or project file (a script's project),
 * the repository around a Python file (the files that may call its functions). Every file of a
 * tree asks, and the answer is the same for every file of a folder and for every folder below
 * the one found: each folder is looked at once per set of names (through the folder listings
 * while a run keeps them, folder-listing.ts), and its answer kept.
 */

/** Folders that keep a repository's history. */
export const VCS_DIRS: readonly string[] = ['.git', '.hg', '.svn', '.bzr'];
/** Files that make a folder a Python project (an unpacked release or a copy without history has them at its root). */
export const PYTHON_PROJECT_FILES: readonly string[] = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/** Files that make a folder a project of either language. */
export const PROJECT_FILES: readonly string[] = [...PYTHON_PROJECT_FILES, 'package.json'];

// names joined -> folder -> the nearest folder at or above it holding one of them (until forgetProjectFolders).
const nearest = new Map<string, Map<string, string | null>>();

/** Forgets every folder's answer (path-caches.ts: a `.git` or `package.json` made since is seen). */
export function forgetProjectFolders(): void {
  nearest.clear();
}

/** The nearest folder at or above `dir` (absolute) that holds one of `names`, or null. */
export function nearestFolderWith(dir: string, names: readonly string[]): string | null {
  const key = names.join('\0');
  let known = nearest.get(key);
  if (!known) nearest.set(key, (known = new Map()));
  const walked: string[] = [];
  let found: string | null = null;
  for (let d = dir; ; ) {
    const hit = known.get(d);
    if (hit !== undefined) { found = hit; break; }
    walked.push(d);
    if (names.some((n) => entryExists(d, n))) { found = d; break; }
    const parent = parentFolder(d);
    if (parent === d) break;
    d = parent;
  }
  // Every folder walked below the one found has the same answer.
  for (const d of walked) known.set(d, found);
  return found;
}

/**
 * The folder of the repository that holds `dir` (absolute): the nearest one holding a repository
 * (`.git`, `.hg`, `.svn`, `.bzr`); without one, the outermost one holding one of `projectFiles`,
 * so that a nested package belongs to the project around it; else null.
 */
export function repositoryFolder(dir: string, projectFiles: readonly string[]): string | null {
  const vcs = nearestFolderWith(dir, VCS_DIRS);
  if (vcs !== null) return vcs;
  let outermost: string | null = null;
  for (let p = nearestFolderWith(dir, projectFiles); p !== null; ) {
    outermost = p;
    const parent = parentFolder(p);
    p = parent === p ? null : nearestFolderWith(parent, projectFiles);
  }
  return outermost;
}

/**
 * The project a file named by itself belongs to (its folder `dir`, absolute): the repository
 * around it, else the outermost folder with a Python or JS project file, else null. It is the
 * folder a user names to check the project (`popenlint check .` at its root), so that a file
 * named alone is judged as it is when its project is named.
 */
export function ownProjectFolder(dir: string): string | null {
  return repositoryFolder(dir, PROJECT_FILES);
}
