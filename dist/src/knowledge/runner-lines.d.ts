/**
 * The literal command line a shell (`sh -c LINE`, `bash -lc LINE`) or `su`/`runuser`
 * (`-c LINE`, `--command=LINE`) runs, or null: not such a call, or a line not known statically
 * (the program's own line of the table then stands).
 */
export declare function commandLineArgument(name: string, args: readonly (string | null)[]): string | null;
