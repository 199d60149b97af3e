/**
 * A string cut from a module's text, copied before a cache keeps it: V8 makes a substring of 13
 * characters or more a view of the whole text, and a run over a tree kept 60 MB of module texts
 * alive through the module names and function names of its caches.
 */
export declare function ownCopy(s: string): string;
export declare function resolveModule(fromFile: string, moduleName: string): string | null;
/**
 * False when no `moduleName.<name>` can resolve from `fromFile`, whatever the name: no folder
 * that resolveModule would look in for a submodule (`<base>/<module path>/`, at each base it
 * climbs through) exists. Asked before resolving each name of `from pkg import a, b, c`: most
 * `pkg` are modules or live elsewhere, and then no name needs a look. True when unsure.
 */
export declare function mayHoldSubmodules(fromFile: string, moduleName: string): boolean;
/** name -> qualified name of what a star import of the module binds (only imports). */
export declare function starExports(fromFile: string, moduleName: string, depth?: number): Map<string, string> | null;
/**
 * What `from module import *` may bring, from the module's `__all__`: the names of a literal list
 * or tuple of strings, an empty set for any other `__all__` (it exports nothing known), null
 * without one (then every public name). Names with a leading underscore are never exported.
 */
export declare function allNames(text: string): Set<string> | null;
