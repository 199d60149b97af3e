/**
 * The folder named on the command line that holds the file being linted (EngineOptions.namedFolder),
 * set by the engine before each file: the project whose own paths decide what is test or example
 * code (test-files.ts) and, for Python, which files may call a wrapper (python/project-files.ts).
 * Null for an editor's buffer, the API, or a file named by itself: then the repository or project
 * folder around the file decides (project-folder.ts ownProjectFolder).
 */
let current: string | null = null;

export function useNamedFolder(folder: string | null): void {
  current = folder;
}

export function namedFolder(): string | null {
  return current;
}
