export declare class TrackedFiles {
    private readonly roots;
    private readonly indexes;
    /** Whether git tracks this file, or some file under this folder. `abs` is absolute and normalized. */
    has(abs: string, isDir: boolean): boolean;
    private rootOf;
    private indexOf;
}
