/**
 * Where a text names a word or a module, for the judgement of unreachable code (unreachable.ts):
 * whole words (not part of a longer identifier), module specifiers, and the loaders whose module
 * cannot be read from the text.
 */
/** JS/TS modules, whose comments and specifiers are told apart from their code. */
export declare const JS_FILE: RegExp;
/** Ex) `gitLog` in `import './util/gitLog.js'` or `gitLog()`, not in `gitLogger`: the offsets of `word` as a whole word. */
export declare function wordOffsets(text: string, word: string): number[];
/** The module specifiers of a text: each with its string's range (the quotes excluded). */
export declare function specifiers(text: string): {
    spec: string;
    start: number;
    end: number;
}[];
/** Whether `offset` falls in a module specifier of `text` (`./markdownToHtml` names a file, not the function). */
export declare function inSpecifier(ranges: readonly {
    start: number;
    end: number;
}[], offset: number): boolean;
/** Ex) `import './util/gitLog.js'` in `text`, a file at `from`: whether a relative specifier of it leads to `file`. */
export declare function namesModule(text: string, from: string, file: string): boolean;
/**
 * Ex) require(`./commands/${name}`), import(file), require.context('./plugins'): whether a JS/TS
 * module of `texts` loads a module computed at run time, which may then be any module of the
 * project. Not `import(process.env.Z2M_PATH)`: a path the environment gives names what the user
 * installs, or a module of the project that its env files (read with the rest) would name. Not a
 * vendored or minified bundle's own loader (vendored.ts): it loads the bundle's pieces.
 */
export declare function loadsComputedModule(texts: Map<string, string>): boolean;
