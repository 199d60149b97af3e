export declare const isSpaceByte: (c: number | undefined) => boolean;
/** The bytes hold `\bname\s*<follow>` (`name` a word: `\w+`), as the regex would find it in the latin1 text. */
export declare function wordFollowedBy(bytes: Buffer, name: string, follow: number): boolean;
/** `/\bimport\b/.test(text)` of the latin1 text. */
export declare function holdsImportWord(bytes: Buffer): boolean;
/** dottedNames of the latin1 text: whether `\bname\s*\.` occurs, each name searched once. */
export declare function dottedNamesInBytes(bytes: Buffer): (name: string) => boolean;
/**
 * The lines of the bytes that hold the word `import`, each once: where it starts (after LF or
 * CR, as for the /m flag), where it ends (its LF, or the end) and its latin1 text.
 */
export declare function importLines(bytes: Buffer): Generator<{
    start: number;
    end: number;
    line: string;
}>;
/**
 * `importStatements(text, true)` of the latin1 text: the import lines, indented or not, each
 * module with the names a `from` line imports and whether it imports `*`.
 */
export declare function importStatementsInBytes(bytes: Buffer): {
    moduleName: string;
    names: string[];
    star?: boolean;
}[];
