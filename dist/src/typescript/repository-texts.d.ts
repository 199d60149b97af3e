/** Forgets the repositories read so far (path-caches.ts). */
export declare function forgetRepositoryTexts(): void;
/** The repository (or outermost project) folder of a file, whose files may name it; null when it has none. */
export declare function repositoryOf(file: string): string | null;
/** The texts of the repository at `root`, read once; null for a tree too large to read. */
export declare function repositoryTexts(root: string): Map<string, string> | null;
