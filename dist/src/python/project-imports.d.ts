import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type PassedArguments } from './started-targets.js';
/**
 * The import lines of a Python module, read from its text (no parse), and the calls they let
 * reach a function or class of a project module (wrappers.ts, callers.ts, wrapper-prefilter.ts).
 */
/**
 * Calls of module-level functions or classes by name: `local` ones defined in this module, and
 * those `imported(file)` says a project module defines - `from tools.sh import run`,
 * `import tools.sh as sh; sh.run(...)`, `from tools import sh`, relative imports.
 */
export declare function resolvedCalls<T>(model: PythonModel, file: string | null, local: ReadonlyMap<string, T>, imported: (target: string) => ReadonlyMap<string, T>, starts?: boolean): {
    call: SyntaxNode;
    value: T;
    where: string;
    file: string | null;
    passed?: PassedArguments;
}[];
/** The project modules the import lines of `text` bring in (those resolvedCalls looks for calls into). */
export declare function importTargets(text: string, file: string): Generator<{
    moduleName: string;
    target: string;
    qualifiedModule: string;
    star: boolean;
}>;
export declare function dottedNames(text: string): (name: string) => boolean;
/**
 * The import lines of a text (at the start of a line, or indented too): each module with the
 * names a `from` line imports. `import a, b.c as d` brings two modules.
 */
export declare function importStatements(text: string, indented: boolean): {
    moduleName: string;
    names: string[];
    star?: boolean;
}[];
export declare function importedNames(text: string, at: number): string[];
/**
 * The project modules an import line brings in, with the dotted name calls reach them by:
 * `import tools.sh` / `from tools.sh import run` -> tools/sh.py as `tools.sh`; and
 * `from tools import sh` -> tools/sh.py as `tools.sh` too (a submodule imported by name).
 */
export declare function importedModules(file: string, moduleName: string, names: string[], dotted: (name: string) => boolean): [string, string][];
export declare const isWordByte: (c: number | undefined) => boolean;
