import path from 'node:path';
import { vendoredReason } from '../vendored.js';
import { moduleFile } from './module-file.js';
import { moduleKey } from './wrapper-index.js';
/**
 * Where a text names a word or a module, for the judgement of unreachable code (unreachable.ts):
 * whole words (not part of a longer identifier), module specifiers, and the loaders whose module
 * cannot be read from the text.
 */
/** JS/TS modules, whose comments and specifiers are told apart from their code. */
export const JS_FILE = /\.[cm]?[jt]sx?$/i;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Ex) `gitLog` in `import './util/gitLog.js'` or `gitLog()`, not in `gitLogger`: the offsets of `word` as a whole word. */
export function wordOffsets(text, word) {
    if (!text.includes(word))
        return [];
    const re = new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`, 'g');
    return [...text.matchAll(re)].map((m) => m.index);
}
// import x from 'spec', import 'spec', export * from 'spec', require('spec'), import('spec').
const SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]*)\1/g;
/** The module specifiers of a text: each with its string's range (the quotes excluded). */
export function specifiers(text) {
    const out = [];
    for (const m of text.matchAll(SPECIFIER)) {
        const start = m.index + m[0].length - 1 - m[2].length;
        out.push({ spec: m[2], start, end: start + m[2].length });
    }
    return out;
}
/** Whether `offset` falls in a module specifier of `text` (`./markdownToHtml` names a file, not the function). */
export function inSpecifier(ranges, offset) {
    return ranges.some((r) => offset >= r.start && offset < r.end);
}
/** Ex) `import './util/gitLog.js'` in `text`, a file at `from`: whether a relative specifier of it leads to `file`. */
export function namesModule(text, from, file) {
    const key = moduleKey(path.resolve(file));
    return specifiers(text).some(({ spec }) => {
        if (!spec.startsWith('.'))
            return false;
        const target = moduleFile(path.resolve(path.dirname(from), spec));
        return target !== null && moduleKey(target) === key;
    });
}
// require(x), import(`./${x}`), require.context(...): not a string alone, nor a path from the environment.
const COMPUTED_LOADER = /\brequire\.context\s*\(|\b(?:require|import)\s*\(\s*(?!['"][^'"\n]*['"]\s*\)|process\.env\.)[^\s)]/;
/**
 * Ex) require(`./commands/${name}`), import(file), require.context('./plugins'): whether a JS/TS
 * module of `texts` loads a module computed at run time, which may then be any module of the
 * project. Not `import(process.env.Z2M_PATH)`: a path the environment gives names what the user
 * installs, or a module of the project that its env files (read with the rest) would name. Not a
 * vendored or minified bundle's own loader (vendored.ts): it loads the bundle's pieces.
 */
export function loadsComputedModule(texts) {
    for (const [abs, text] of texts) {
        if (JS_FILE.test(abs) && COMPUTED_LOADER.test(text) && !vendoredReason(abs, Buffer.from(text)))
            return true;
    }
    return false;
}
