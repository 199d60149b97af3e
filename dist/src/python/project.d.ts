export declare function resolveModule(fromFile: string, moduleName: string): string | null;
/** Turns the folder listings on for a run (and forgets them when turned off). */
export declare function cacheFolderListings(on: boolean): void;
/** `file` is a regular file (a link followed): from the folder listings while they are on, else stat. */
export declare function isFile(file: string): boolean;
/** name -> qualified name of what a star import of the module binds (only imports). */
export declare function starExports(fromFile: string, moduleName: string, depth?: number): Map<string, string> | null;
