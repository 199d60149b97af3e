import { importedNames, isWordByte } from './project-imports.js';
/**
 * A module's import lines read from its bytes, with no string of the whole module: the wrapper
 * prefilter follows the imports of most of a tree's modules (7,000 of a Python install's), and
 * a latin1 copy of each (60 MB of short-lived strings over that tree) was most of its garbage.
 * Each answer is the one the text functions of project-imports.ts give for the module's latin1
 * text (`importStatements(text, true)`, `/\bimport\b/`, `dottedNames`): the patterns are ASCII,
 * and a latin1 character is its byte. `test/import-bytes.test.ts` compares them.
 */
const IMPORT = Buffer.from('import');
const LF = 0x0a;
const CR = 0x0d;
const RPAREN = 0x29;
const STAR = 0x2a;
const DOT = 0x2e;
// What `\s` matches in a latin1 string: tab, LF, VT, FF, CR, space, no-break space.
export const isSpaceByte = (c) => c !== undefined && ((c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0);
/** The bytes hold `\bname\s*<follow>` (`name` a word: `\w+`), as the regex would find it in the latin1 text. */
export function wordFollowedBy(bytes, name, follow) {
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        if (at > 0 && isWordByte(bytes[at - 1]))
            continue;
        let j = at + name.length;
        while (isSpaceByte(bytes[j]))
            j++;
        if (bytes[j] === follow)
            return true;
    }
    return false;
}
/** `/\bimport\b/.test(text)` of the latin1 text. */
export function holdsImportWord(bytes) {
    for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + 1)) {
        if ((at === 0 || !isWordByte(bytes[at - 1])) && !isWordByte(bytes[at + IMPORT.length]))
            return true;
    }
    return false;
}
/** dottedNames of the latin1 text: whether `\bname\s*\.` occurs, each name searched once. */
export function dottedNamesInBytes(bytes) {
    const seen = new Map();
    return (name) => seen.get(name) ?? seen.set(name, wordFollowedBy(bytes, name, DOT)).get(name);
}
// project-imports.ts's INDENTED_IMPORT, tried on one line: it matches only [ \t\w.,] characters,
// so it never reads past the line's end.
const INDENTED_IMPORT = /[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
/**
 * The lines of the bytes that hold the word `import`, each once: where it starts (after LF or
 * CR, as for the /m flag), where it ends (its LF, or the end) and its latin1 text.
 */
export function* importLines(bytes) {
    let done = -1;
    for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + IMPORT.length)) {
        let start = at;
        while (start > 0 && bytes[start - 1] !== LF && bytes[start - 1] !== CR)
            start--;
        // A UTF-8 byte order mark (a Windows editor's) before the first line is no part of it.
        if (start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            start = 3;
        if (start <= done)
            continue;
        done = start;
        let end = bytes.indexOf(LF, at);
        if (end < 0)
            end = bytes.length;
        yield { start, end, line: bytes.toString('latin1', start, end) };
    }
}
/**
 * `importStatements(text, true)` of the latin1 text: the import lines, indented or not, each
 * module with the names a `from` line imports and whether it imports `*`.
 */
export function importStatementsInBytes(bytes) {
    const out = [];
    for (const { start, end: lineEnd, line } of importLines(bytes)) {
        INDENTED_IMPORT.lastIndex = 0;
        const m = INDENTED_IMPORT.exec(line);
        if (!m)
            continue;
        if (m[1] !== undefined) {
            // importedNames reads `(a,\n b)` to the first `)` (none before the `(`: the line up to it
            // is a `from` clause), else to the line's end.
            const close = bytes.indexOf(RPAREN, start);
            const text = close >= lineEnd ? bytes.toString('latin1', start, close + 1) : line;
            // `/^\s*\*/` after the clause: the first byte that is no space, on any line.
            let j = start + m[0].length;
            while (isSpaceByte(bytes[j]))
                j++;
            out.push({ moduleName: m[1], names: importedNames(text.trimStart(), 0), star: bytes[j] === STAR });
        }
        else {
            for (const part of m[2].split(','))
                out.push({ moduleName: part.trim().split(/[ \t]+/)[0], names: [] });
        }
    }
    return out;
}
