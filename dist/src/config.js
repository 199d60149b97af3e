import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { entryExists } from './folder-listing.js';
import { parseRequiresPython, parseTargetVersion as parseTarget } from './knowledge/targets.js';
import { EVIDENCE_LEVELS } from './knowledge/evidence.js';
export class ConfigError extends Error {
}
const KEYS = {
    select: 'select',
    'extend-select': 'extendSelect',
    ignore: 'ignore',
    'per-file-ignores': 'perFileIgnores',
    exclude: 'exclude',
    'extend-exclude': 'extendExclude',
    strategy: 'strategy',
    'target-version': 'targetVersion',
    'skip-vendored': 'skipVendored',
    'vendored-line-length': 'vendoredLineLength',
    evidence: 'evidence',
};
/** `py311`: Python 3.11 and newer, as in ruff. */
export function parseTargetVersion(value, source) {
    return parseTarget(value, source);
}
function stringList(file, key, value) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        throw new ConfigError(`${file}: '${key}' must be a list of strings`);
    return value;
}
export function validate(file, raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new ConfigError(`${file}: popenlint settings must be a table`);
    const out = {};
    for (const [key, value] of Object.entries(raw)) {
        const field = KEYS[key];
        if (!field)
            throw new ConfigError(`${file}: unknown key '${key}' (known: ${Object.keys(KEYS).join(', ')})`);
        switch (field) {
            case 'strategy':
                // Which names exist is the rules' business: Settings checks it against the catalogue.
                if (typeof value !== 'string' || value === '')
                    throw new ConfigError(`${file}: 'strategy' must be a strategy name`);
                out.strategy = value;
                break;
            case 'targetVersion': {
                const target = typeof value === 'string' ? parseTargetVersion(value, `${file}: target-version ${value}`) : null;
                if (!target)
                    throw new ConfigError(`${file}: 'target-version' must look like py27 or py311`);
                out.targetVersion = target;
                break;
            }
            case 'evidence':
                if (typeof value !== 'string' || !EVIDENCE_LEVELS.includes(value))
                    throw new ConfigError(`${file}: 'evidence' must be one of ${EVIDENCE_LEVELS.join(', ')}`);
                out.evidence = value;
                break;
            case 'skipVendored':
                if (typeof value !== 'boolean')
                    throw new ConfigError(`${file}: 'skip-vendored' must be true or false`);
                out.skipVendored = value;
                break;
            case 'vendoredLineLength':
                if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
                    throw new ConfigError(`${file}: 'vendored-line-length' must be a whole number of bytes (0: never)`);
                out.vendoredLineLength = value;
                break;
            case 'perFileIgnores': {
                if (typeof value !== 'object' || value === null || Array.isArray(value))
                    throw new ConfigError(`${file}: 'per-file-ignores' must be a table of glob = [rule ids]`);
                out.perFileIgnores = {};
                for (const [glob, ids] of Object.entries(value))
                    out.perFileIgnores[glob] = stringList(file, `per-file-ignores.${glob}`, ids);
                break;
            }
            default:
                out[field] = stringList(file, key, value);
        }
    }
    return out;
}
/** A config file's text; a UTF-8 BOM (which npm, Node and TOML readers accept) is dropped. */
function readText(file) {
    const text = fs.readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const warned = new Set();
/** Where warnings go (stderr unless an embedder says otherwise); each file is named once. */
let configWarning = (message) => {
    process.stderr.write(`popenlint: warning: ${message}\n`);
};
export function setConfigWarning(handler) {
    configWarning = handler;
}
function warnOnce(file, message) {
    if (warned.has(file))
        return;
    warned.add(file);
    configWarning(message);
}
function readToml(file) {
    try {
        // Loaded on first use: most runs find no TOML config at all.
        const { parse } = createRequire(import.meta.url)('smol-toml');
        return parse(readText(file));
    }
    catch (e) {
        throw new ConfigError(`${file}: invalid TOML: ${e.message.split('\n')[0]}`);
    }
}
/**
 * Reads one config file; null when it holds no popenlint section (pyproject, package.json).
 * A package.json found on the way up belongs to some JS project, not to us: when it is not
 * JSON (a trailing comma, a folder by that name) the run warns once and goes on without it.
 * Only a file named with --config (`explicit`) fails the run.
 */
export function readConfigFile(file, explicit = true) {
    const dir = path.dirname(path.resolve(file));
    const base = path.basename(file);
    if (base === 'package.json') {
        let json;
        try {
            json = JSON.parse(readText(file));
        }
        catch (e) {
            const reason = e.code === 'EISDIR' ? 'is a directory' : `invalid JSON: ${e.message}`;
            if (explicit)
                throw new ConfigError(`${file}: ${reason}`);
            warnOnce(file, `${file}: ${reason}; its settings are ignored`);
            return null;
        }
        if (typeof json !== 'object' || json === null || !('popenlint' in json))
            return null;
        return { file, dir, ...validate(file, json.popenlint) };
    }
    if (!explicit && fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
        // A folder named like a config (a fixture tree, a test case) is not one: as for package.json.
        warnOnce(file, `${file}: is a directory; its settings are ignored`);
        return null;
    }
    let toml;
    try {
        toml = readToml(file);
    }
    catch (e) {
        // A pyproject.toml is the Python project's file, read for [tool.popenlint] and requires-python:
        // when it is not valid TOML and names no popenlint section, the run warns once and goes on
        // (the project's own tools will complain). One that mentions tool.popenlint is ours: it fails.
        if (explicit || base !== 'pyproject.toml' || /\btool\s*\.\s*popenlint\b|\[\s*tool\s*\]/.test(readText(file)))
            throw e;
        warnOnce(file, `${e.message}; its settings are ignored`);
        return null;
    }
    if (base === 'pyproject.toml') {
        const tool = toml.tool?.popenlint;
        const project = toml.project;
        const requires = typeof project?.['requires-python'] === 'string' ? parseRequiresPython(project['requires-python']) ?? undefined : undefined;
        if (tool === undefined && !requires)
            return null;
        if (tool === undefined)
            return { file, dir, requiresPython: requires, onlyRequiresPython: true };
        return { file, dir, ...validate(`${file}: [tool.popenlint]`, tool), ...(requires ? { requiresPython: requires } : {}) };
    }
    return { file, dir, ...validate(file, toml) };
}
const CANDIDATES = ['popenlint.toml', 'pyproject.toml', 'package.json'];
/** The nearest config at or above `dir`, or null. */
export function findConfig(dir, cache) {
    // A key is an absolute path: a folder asked again (every file of it) makes no path.resolve garbage.
    const known = cache.get(dir);
    if (known !== undefined)
        return known;
    const abs = path.resolve(dir);
    if (cache.has(abs))
        return cache.get(abs);
    let found = null;
    // From the folder's listing during a run over a tree (every folder of it asks, and most hold
    // none of the names): three failed stat calls per folder before.
    for (const name of CANDIDATES) {
        if (entryExists(abs, name)) {
            found = readConfigFile(path.join(abs, name), false);
            if (found)
                break;
        }
    }
    const parent = path.dirname(abs);
    if (!found) {
        found = parent === abs ? null : findConfig(parent, cache);
    }
    else if (found.onlyRequiresPython && parent !== abs) {
        // A sub-project's pyproject that only says which Python it needs keeps the settings of the
        // config above it (as ruff does with a pyproject that has no [tool.ruff]).
        const above = findConfig(parent, cache);
        if (above)
            found = { ...above, requiresPython: found.requiresPython, onlyRequiresPython: above.onlyRequiresPython };
    }
    cache.set(abs, found);
    return found;
}
