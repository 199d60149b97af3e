export declare function resolveModule(fromFile: string, moduleName: string): string | null;
/** name -> qualified name of what a star import of the module binds (only imports). */
export declare function starExports(fromFile: string, moduleName: string, depth?: number): Map<string, string> | null;
