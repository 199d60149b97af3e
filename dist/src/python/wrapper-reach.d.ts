export declare class WrapperReach {
    private readonly ids;
    private readonly paths;
    /** Per module number: where its targets start in `edges` (undefined: not noted), and how many. */
    private readonly first;
    private readonly count;
    private readonly edges;
    /**
     * The absolute imports of a noted file, not resolved yet (a run of `specs`, as `edges`): most
     * never need to be (see resolvedTargets). Each module name is kept once (`interned`).
     */
    private readonly specFirst;
    private readonly specCount;
    private readonly specs;
    private readonly interned;
    /** Targets found later for a noted file's specs (by resolvedTargets). */
    private readonly later;
    /** Modules with a `def` at a line start and the word `import`: they may pass a parameter on to an imported wrapper. */
    private readonly chains;
    /** The wrappers of their own of the modules that name an opener. */
    private readonly own;
    /** Per module that may have a wrapper: the names it may have with a command (ANY: unknown). */
    private commands;
    /** After settle(): the first names of imports that may reach a module the run does not read (null: any). */
    private outside;
    /** After settle(): the last names of the modules that may have a wrapper. */
    private commandKeys;
    private idOf;
    private isNoted;
    /** Every target of a noted file: its imports resolved (all of them, once). */
    private targetsOf;
    /**
     * The targets of a noted file, its absolute imports resolved where `wanted` says so (by
     * their first and last names); each import is resolved once, and kept in `later`.
     */
    private resolvedTargets;
    /** An absolute module name, kept once, with its first and last names (`a.b.c`: `a`, `c`), as resolveModule splits it. */
    private intern;
    /** A Python file of the run, as read (absolute path, its bytes). */
    note(file: string, bytes: Buffer): void;
    /**
     * Every file noted: the modules that may have a wrapper, from those with one of their own up
     * through their importers. `read` gives a noted file's bytes again (null: unreadable).
     */
    settle(read: (file: string) => Buffer | null): void;
    /** The folders of the noted files. */
    private notedFolders;
    /** The project modules a noted file's import lines may bring (none for a file not noted). */
    importTargets(file: string): string[];
    /** No wrapper in this module: noted, and none found by settle(). False before settle(). */
    hasNoWrapper(file: string): boolean;
    /**
     * An import of this module name (from a noted file; relative or absolute) may bring a module
     * that may have a wrapper, or one outside the run. False only after settle(), for an absolute
     * name whose first name is none of outsideNames' and whose last name is no such module's: it
     * brings a module the run read, with no wrapper, or none (importsProjectWrapper need not
     * resolve it).
     */
    mayBring(moduleName: string): boolean;
    /**
     * The file's import lines may bring a module with a wrapper (then it is read and checked:
     * importsProjectWrapper). True for a file not noted, or before settle().
     */
    mayImportWrapper(file: string): boolean;
}
