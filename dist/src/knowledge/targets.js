import fs from 'node:fs';
import path from 'node:path';
import { entryExists, folderListing, isFile } from '../folder-listing.js';
/** The oldest CPython still supported upstream: what is assumed when nothing says otherwise. */
export const DEFAULT_TARGET = { min: [3, 10], max: null, source: 'default (CPython 3.10+, the versions still supported)' };
export const PYTHON2_SYNTAX_TARGET = { min: [2, 7], max: [2, 7], source: 'Python 2 syntax in the file' };
const LATEST_2 = 7;
export function compareVersions(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
/** Some version in the target is in [lo, hi] (hi null: no bound). */
export function targetIncludes(target, lo, hi) {
    const belowHi = hi === null || compareVersions(target.min, hi) <= 0;
    const aboveLo = target.max === null || compareVersions(target.max, lo) >= 0;
    return belowHi && aboveLo;
}
export function includesPython2(target) {
    return target.min[0] <= 2;
}
/** Some version in the target is older than `v`: a fix may not use what `v` added. */
export function includesBefore(target, v) {
    return compareVersions(target.min, v) < 0;
}
export function formatVersion(v) {
    return `${v[0]}.${v[1]}`;
}
/** "Python 3.10+", "Python 2.7", "Python 2.7-3.12". */
export function describeTarget(target) {
    if (target.max === null)
        return `Python ${formatVersion(target.min)}+`;
    if (compareVersions(target.min, target.max) === 0)
        return `Python ${formatVersion(target.min)}`;
    return `Python ${formatVersion(target.min)}–${formatVersion(target.max)}`;
}
/** `py27` -> 2.7 and newer, `py311` -> 3.11 and newer (ruff's meaning); null when malformed. */
export function parseTargetVersion(value, source = `target-version ${value}`) {
    const m = /^py(\d)(\d*)$/.exec(value.trim().toLowerCase());
    if (!m || (m[1] !== '2' && m[1] !== '3'))
        return null;
    const major = Number(m[1]);
    const minor = m[2] ? Number(m[2]) : major === 2 ? LATEST_2 : 0;
    return { min: [major, minor], max: null, source };
}
function versionOf(text) {
    const m = /^(\d+)(?:\.(\d+|\*))?/.exec(text.trim());
    if (!m)
        return null;
    return [Number(m[1]), m[2] === undefined || m[2] === '*' ? 0 : Number(m[2])];
}
/**
 * A PEP 440 specifier set (`>=2.7, !=3.0.*, <4`, `~=3.8`, `==3.11.*`, `>3.7`) as a range of
 * minor versions; `!=` clauses are ignored (they cut holes, not ends). Null when it says nothing.
 */
export function parseRequiresPython(spec, source = `requires-python ${spec.trim()}`) {
    let min = null;
    let max = null;
    const raise = (v) => { if (!min || compareVersions(v, min) > 0)
        min = v; };
    const lower = (v) => { if (!max || compareVersions(v, max) < 0)
        max = v; };
    let any = false;
    for (const clause of spec.split(',')) {
        const m = /^\s*(~=|===|==|!=|<=|>=|<|>)?\s*([\d.*]+)\s*$/.exec(clause);
        if (!m)
            continue;
        const op = m[1] ?? '==';
        const v = versionOf(m[2]);
        if (!v)
            continue;
        const parts = m[2].split('.');
        const hasMinor = parts.length > 1 && parts[1] !== '*';
        if (op !== '!=')
            any = true;
        switch (op) {
            case '>=':
                raise(v);
                break;
            case '>':
                // `>3.7` admits 3.7.1; `>3` admits 3.1: the minor versions above.
                raise(parts.length > 2 || !hasMinor ? v : [v[0], v[1] + 1]);
                if (!hasMinor)
                    raise([v[0] + 1, 0]);
                break;
            case '<=':
                lower(hasMinor ? v : [v[0], 99]);
                break;
            case '<':
                // `<3` admits 2.7; `<3.6` admits 3.5; `<3.6.2` admits 3.6.
                if (!hasMinor)
                    lower([v[0] - 1, v[0] - 1 === 2 ? LATEST_2 : 99]);
                else if (parts.length > 2 && Number(parts[2]) > 0)
                    lower(v);
                else
                    lower(v[1] === 0 ? [v[0] - 1, v[0] - 1 === 2 ? LATEST_2 : 99] : [v[0], v[1] - 1]);
                break;
            case '~=':
                raise(v);
                lower(parts.length > 2 ? v : [v[0], 99]);
                break;
            case '==':
            case '===':
                raise(hasMinor ? v : [v[0], 0]);
                lower(hasMinor ? v : [v[0], v[0] === 2 ? LATEST_2 : 99]);
                break;
            default: break; // != cuts a hole; it sets no bound
        }
    }
    if (!any)
        return null;
    const lo = min ?? [2, 0];
    const hi = max && max[1] === 99 && max[0] >= 3 ? null : max;
    return { min: lo, max: hi, source };
}
/** A list of versions (classifiers, tox envs): from the oldest to the newest, open above when it reaches 3.10+. */
function spanOf(versions, source) {
    if (versions.length === 0)
        return null;
    const sorted = [...versions].sort(compareVersions);
    return { min: sorted[0], max: sorted.at(-1), source };
}
/** `Programming Language :: Python :: 2.7` classifiers. */
function classifierVersions(text) {
    const out = [];
    for (const m of text.matchAll(/Programming Language\s*::\s*Python\s*::\s*(\d)\.(\d+)\b/g))
        out.push([Number(m[1]), Number(m[2])]);
    return out;
}
/** setup.py: `python_requires='>=3.6'`, else the version classifiers. */
export function fromSetupPy(text) {
    const m = /python_requires\s*=\s*(?:[rRuU]?)(['"])([^'"]+)\1/.exec(text);
    if (m)
        return parseRequiresPython(m[2], `setup.py python_requires ${m[2]}`);
    return spanOf(classifierVersions(text), 'setup.py classifiers');
}
/** setup.cfg: `python_requires = >=3.6` under [options], else the classifiers. */
export function fromSetupCfg(text) {
    const m = /^\s*python_requires\s*=\s*(.+)$/m.exec(text);
    if (m)
        return parseRequiresPython(m[1], `setup.cfg python_requires ${m[1].trim()}`);
    return spanOf(classifierVersions(text), 'setup.cfg classifiers');
}
/** tox.ini: `envlist = py27, py3{8,9,10}` -> 2.7 to 3.10. */
export function fromToxIni(text) {
    const m = /^\s*envlist\s*=\s*((?:.*\n?)(?:^[ \t]+.*\n?)*)/m.exec(text);
    if (!m)
        return null;
    const versions = [];
    // Expand one level of braces: py3{8,9} -> py38 py39.
    const expanded = m[1].replace(/([\w-]*)\{([^}]*)\}([\w-]*)/g, (_, a, body, b) => body.split(',').map((x) => `${a}${x.trim()}${b}`).join(','));
    for (const env of expanded.split(/[\s,]+/)) {
        for (const factor of env.split('-')) {
            const v = /^py(\d)(\d+)$/.exec(factor);
            if (v)
                versions.push([Number(v[1]), Number(v[2])]);
        }
    }
    return spanOf(versions, 'tox.ini envlist');
}
/** .python-version (pyenv): the interpreter the project runs on; several lines are several. */
export function fromPythonVersionFile(text) {
    const versions = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:cpython-|python-?)?(\d)\.(\d+)/.exec(line);
        if (m)
            versions.push([Number(m[1]), Number(m[2])]);
    }
    return spanOf(versions, '.python-version');
}
/** `#!/usr/bin/env python2` or `#!/usr/bin/python2.7`: Python 2. A bare `python` says nothing. */
export function fromShebang(text) {
    const first = /^(?:\uFEFF)?#!([^\r\n]*)/.exec(text)?.[1];
    if (!first)
        return null;
    const m = /\bpython(2(?:\.\d+)?)\b/.exec(first);
    return m ? { min: [2, 7], max: [2, 7], source: 'a python2 shebang' } : null;
}
function readIfFile(file) {
    try {
        return isFile(file) ? fs.readFileSync(file, 'utf8') : null;
    }
    catch {
        return null;
    }
}
function fromPyproject(text) {
    // Only [project] requires-python; the TOML parse happens in config.ts for the settings, here a
    // line is enough and costs no parser load.
    const project = /^\s*\[project\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(text)?.[1];
    const m = project && /^\s*requires-python\s*=\s*(['"])([^'"]+)\1/m.exec(project);
    return m ? parseRequiresPython(m[2]) : null;
}
const PROJECT_FILES = [
    ['pyproject.toml', fromPyproject],
    ['setup.py', fromSetupPy],
    ['setup.cfg', fromSetupCfg],
    ['tox.ini', fromToxIni],
    ['.python-version', fromPythonVersionFile],
];
const projectCache = new Map();
/** Forgets what the projects declared (path-caches.ts: a project file made or edited since is read). */
export function forgetProjectTargets() {
    projectCache.clear();
}
/**
 * What the project around `dir` declares: the nearest directory (upwards, stopping at a
 * repository root) holding one of the files, read in the order above.
 */
export function projectTarget(dir) {
    // A key is an absolute path: a folder asked again (every file of it) makes no path.resolve garbage.
    const known = projectCache.get(dir);
    if (known !== undefined)
        return known;
    const abs = path.resolve(dir);
    const cached = projectCache.get(abs);
    if (cached !== undefined)
        return cached;
    let found = null;
    // During a run over a tree, the folder's listing rules out the names it lacks (most folders
    // hold none of them) with no path made for each.
    const list = folderListing(abs);
    for (const [name, read] of PROJECT_FILES) {
        if (list && !list.has(name))
            continue;
        const text = readIfFile(path.join(abs, name));
        const t = text === null ? null : read(text);
        if (t) {
            found = t;
            break;
        }
    }
    const parent = path.dirname(abs);
    if (!found && parent !== abs && !entryExists(abs, '.git'))
        found = projectTarget(parent);
    projectCache.set(abs, found);
    return found;
}
