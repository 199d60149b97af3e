export declare class WrapperReach {
    private readonly ids;
    private readonly paths;
    /** Per module number: where its targets start in `edges` (undefined: not noted), and how many. */
    private readonly first;
    private readonly count;
    private readonly edges;
    /** Modules with a `def` at a line start and the word `import`: they may pass a parameter on to an imported wrapper. */
    private readonly chains;
    /** The wrappers of their own of the modules that name an opener. */
    private readonly own;
    /** Per module that may have a wrapper: the names it may have with a command (ANY: unknown). */
    private commands;
    private idOf;
    private isNoted;
    private targetsOf;
    /**
     * A Python file of the run, as read (absolute path, its bytes). `noOpener`: the bytes are
     * known to hold none of OPENER_WORDS (the prefilter's gate has just read them all).
     */
    note(file: string, bytes: Buffer, noOpener?: boolean): void;
    /**
     * Every file noted: the modules that may have a wrapper, from those with one of their own up
     * through their importers. `read` gives a noted file's bytes again (null: unreadable).
     */
    settle(read: (file: string) => Buffer | null): void;
    /** The project modules a noted file's import lines may bring (none for a file not noted). */
    importTargets(file: string): string[];
    /** No wrapper in this module: noted, and none found by settle(). False before settle(). */
    hasNoWrapper(file: string): boolean;
    /**
     * The modules whose wrapper summaries linting `file` may parse (wrappers.ts, moduleSummaries):
     * the file itself and its import targets, but those known to name no opener and to have no
     * wrapper. A thread that lints the file should be the one that already summarised them
     * (pool.ts); a file not noted has none known.
     */
    summarisedWith(file: string): string[];
    /**
     * The file's import lines may bring a module with a wrapper (then it is read and checked:
     * importsProjectWrapper). True for a file not noted, or before settle().
     */
    mayImportWrapper(file: string): boolean;
}
