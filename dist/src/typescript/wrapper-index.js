import path from 'node:path';
const EXTENSION = /\.([cm]?[jt]sx?)$/i;
/** The key of a module file: its absolute path without extension, `/index` dropped. */
export function moduleKey(abs) {
    return abs.replace(EXTENSION, '').replace(/[\\/]index$/, '');
}
/**
 * What a file that calls a wrapper must contain: the export's name, or for a default export the
 * module's file name (in the require/import). A file with none of them is not parsed for it.
 */
export function wrapperNeedles(index) {
    const names = new Set();
    for (const [key, mod] of Object.entries(index))
        for (const name of Object.keys(mod))
            names.add(name === 'default' ? path.basename(key) : name);
    return [...names];
}
