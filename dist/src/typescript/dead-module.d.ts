/**
 * Why the module `file` (absolute, on disk, its text `text`) cannot run, or null when it may.
 * Asked for each finding of the file: what it reads is read once per run (project-reads.ts,
 * repository-texts.ts), and a module imported anywhere is settled by the first text naming it.
 */
export declare function deadModule(file: string, text: string): string | null;
