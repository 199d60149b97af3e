import fs from 'node:fs';
import nodePath from 'node:path';
/**
 * JavaScript that tsc wrote from a TypeScript source in the same tree (`built/x.js` from
 * `src/x.ts`, the `outDir` of the nearest tsconfig.json): the same code twice, so every finding
 * twice, the copy one nobody edits. The source is linted; the copy is skipped, but only when its
 * source is really there (a package that ships its compiled output alone keeps it linted).
 */
export function compiledSource(file) {
    if (!/\.[cm]?js$/.test(file))
        return null;
    const abs = nodePath.resolve(file);
    for (const config of tsconfigsAbove(nodePath.dirname(abs))) {
        const rel = nodePath.relative(config.outDir, abs);
        if (rel.startsWith('..') || nodePath.isAbsolute(rel))
            continue;
        const stem = rel.replace(/\.([cm]?)js$/, '');
        for (const root of config.roots) {
            for (const ext of ['.ts', '.tsx', '.mts', '.cts']) {
                const source = nodePath.join(root, stem + ext);
                if (exists(source))
                    return source;
            }
        }
    }
    return null;
}
// Asked afresh each time, never cached: an editor's server sees files come and go, and only the
// few JS files that pass the prefilter ask (a few stat calls each).
const exists = (file) => fs.existsSync(file);
function* tsconfigsAbove(dir) {
    for (let d = dir;; d = nodePath.dirname(d)) {
        const config = readConfig(d);
        if (config)
            yield config;
        if (nodePath.dirname(d) === d || exists(nodePath.join(d, '.git')))
            return;
    }
}
function readConfig(dir) {
    let config = null;
    const file = nodePath.join(dir, 'tsconfig.json');
    if (exists(file)) {
        let text = '';
        try {
            text = fs.readFileSync(file, 'utf8');
        }
        catch {
            // Unreadable: no outDir known.
        }
        // tsconfig.json is JSON with comments: the two keys are read from the text.
        const outDir = /"outDir"\s*:\s*"([^"]+)"/.exec(text)?.[1];
        const rootDir = /"rootDir"\s*:\s*"([^"]+)"/.exec(text)?.[1];
        const out = outDir ? nodePath.resolve(dir, outDir) : null;
        if (out && out !== dir)
            config = { outDir: out, roots: rootDir ? [nodePath.resolve(dir, rootDir)] : [nodePath.join(dir, 'src'), dir] };
    }
    return config;
}
