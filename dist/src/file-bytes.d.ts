/**
 * A regular file's bytes in a buffer that is reused, so reading the many files of a tree (the
 * prefilter's pass, the import targets the wrapper prefilter reads) allocates, and collects,
 * almost nothing: the bytes are valid until the next read with the same Reader. Null for
 * anything unusual (an error, a folder, a FIFO or device): the caller decides what that means.
 */
export declare class FileBytes {
    private buf;
    read(abs: string): Buffer | null;
    /**
     * Reads the size fstat gave, as readFileSync does for a regular file (readTarget): no second
     * read only to learn the end, a system call per file of a tree. A size of 0 (a file of
     * /proc) is read to its end.
     */
    private fill;
}
