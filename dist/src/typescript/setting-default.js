import fs from 'node:fs';
import path from 'node:path';
import { ts } from './load.js';
import { skipOuter, stringValue } from './resolve.js';
const declared = new Map();
/** The settings the nearest package.json above `file` contributes, or null. */
function settingsAbove(file) {
    for (let dir = path.dirname(path.resolve(file));; dir = path.dirname(dir)) {
        const manifest = path.join(dir, 'package.json');
        if (fs.existsSync(manifest)) {
            if (!declared.has(manifest))
                declared.set(manifest, read(manifest));
            return declared.get(manifest);
        }
        if (path.dirname(dir) === dir)
            return null;
    }
}
function read(manifest) {
    try {
        const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        const config = pkg.contributes?.configuration;
        // One configuration object, or an array of them (one per settings page).
        const pages = (Array.isArray(config) ? config : [config]);
        const all = {};
        for (const page of pages)
            if (page && typeof page === 'object' && page.properties)
                Object.assign(all, page.properties);
        return Object.keys(all).length ? all : null;
    }
    catch {
        // Not JSON: no settings we can read.
        return null;
    }
}
/** `getConfiguration('clang')` in `e`, through the name it is bound to: the section, or null. */
function sectionOf(model, e, depth = 0) {
    if (depth > 3)
        return null;
    const x = model.initializerOf(skipOuter(e));
    if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(skipOuter(x.expression)) && skipOuter(x.expression).name.text === 'getConfiguration') {
        return stringValue(x.arguments[0]);
    }
    return null;
}
/**
 * Ex) config.get('x.maxBuffer') / workspace.getConfiguration('clang').get('maxBuffer', 0) /
 * getConf<number>('diagnostic.maxBuffer'): the declared default of the one setting the key
 * names (the section and the key, or the only declared setting that ends with the key), when
 * it is a number. Null otherwise.
 */
export function settingDefault(model, call) {
    const key = stringValue(call.arguments[0]);
    if (key === null || !key)
        return null;
    const settings = settingsAbove(model.sourceFile.fileName);
    if (!settings)
        return null;
    const callee = skipOuter(call.expression);
    const section = ts.isPropertyAccessExpression(callee) && callee.name.text === 'get' ? sectionOf(model, callee.expression) : null;
    const names = section !== null
        ? [`${section}.${key}`].filter((n) => n in settings)
        : Object.keys(settings).filter((n) => n === key || n.endsWith(`.${key}`));
    if (names.length !== 1)
        return null;
    const value = settings[names[0]].default;
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? { name: names[0], value } : null;
}
