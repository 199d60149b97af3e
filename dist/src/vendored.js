import nodePath from 'node:path';
import { compiledSource } from './compiled.js';
export const DEFAULT_VENDORED = { skip: true, lineLength: 5000 };
const PATHS = [/(^|[\\/])\.yarn[\\/](releases|plugins)[\\/]/, /\.min\.[cm]?js$/i, /[.-]bundle\.[cm]?js$/i];
/** Why a JS/TS file counts as vendored, or null. */
export function vendoredReason(path, bytes, options = DEFAULT_VENDORED) {
    if (!options.skip)
        return null;
    if (PATHS.some((re) => re.test(path)))
        return 'a vendored or minified bundle';
    if (options.lineLength > 0 && hasLongLine(bytes, options.lineLength))
        return `a generated file (a line is longer than ${options.lineLength} bytes)`;
    const source = compiledSource(path);
    if (source)
        return `compiled from ${nodePath.relative(nodePath.dirname(nodePath.resolve(path)), source).replace(/\\/g, '/')}, which is linted`;
    return null;
}
function hasLongLine(bytes, limit) {
    let start = 0;
    for (;;) {
        const nl = bytes.indexOf(0x0a, start);
        const end = nl < 0 ? bytes.length : nl;
        if (end - start > limit)
            return true;
        if (nl < 0)
            return false;
        start = nl + 1;
    }
}
