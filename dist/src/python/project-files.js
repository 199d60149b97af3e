import fs from 'node:fs';
import path from 'node:path';
import { skipsPython } from '../discover.js';
import { PythonModel } from './semantic.js';
import { importTargets } from './project-imports.js';
import { namedFolder } from '../named-folder.js';
import { ownProjectFolder, PYTHON_PROJECT_FILES, repositoryFolder } from '../project-folder.js';
import { isWithin, partBelow } from '../real-path.js';
import { projectParser } from './wrappers.js';
/**
 * The repository's Python files, for the judgments that look past the file being linted (the
 * callers of a wrapper, the subclasses of a class): the repository around a file (the folder
 * holding its history, or a project's outermost `pyproject.toml`/`setup.py`/`setup.cfg`), its
 * Python files (listed once per run, past MAX_FILES not at all), the names each calls and the
 * bases each class names (kept, not the text), and a file's model (parsed once). The folders
 * discovery skips for Python (dependencies, virtualenvs, build output) and hidden ones are not read.
 */
const MAX_FILES = 5_000;
const listCache = new Map();
// Per repository root: name -> the files that call something by that name (`name(`), read once.
const callIndex = new Map();
// Per repository root: class name -> the files that define a class naming it among its bases.
export const baseIndex = new Map();
const modelCache = new Map();
/**
 * The folder whose Python files may call a function of `file`: the nearest folder above it that
 * holds a repository (`.git`, `.hg`, `.svn`, `.bzr`); without one, the outermost folder above it
 * that holds a project file (`pyproject.toml`, `setup.py`, `setup.cfg`), so that a nested
 * package's callers in the rest of the project count too; without either (a `git archive`
 * export, a tree without packaging), the folder named on the command line that holds it, since
 * a user who names a folder means it as the project, or for a file named by itself the project
 * folder around it (a package.json's: the folder a user would name); else null. The named folder
 * holds the file by their real paths, as test-files.ts judges it.
 */
function repositoryRoot(file) {
    const dir = path.dirname(path.resolve(file));
    const hit = repositoryFolder(dir, PYTHON_PROJECT_FILES);
    if (hit !== null)
        return hit;
    const named = namedFolder();
    if (named === null)
        return ownProjectFolder(dir);
    return isWithin(named, dir) ? named : null;
}
export function pythonFiles(root) {
    if (listCache.has(root))
        return listCache.get(root);
    const out = [];
    const stack = [root];
    let ok = true;
    while (stack.length && ok) {
        const dir = stack.pop();
        let entries;
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            if (e.name.startsWith('.'))
                continue;
            const full = path.join(dir, e.name);
            if (e.isDirectory()) {
                if (!skipsPython(e.name, full))
                    stack.push(full);
            }
            else if (e.isFile() && e.name.endsWith('.py')) {
                out.push(full);
                if (out.length > MAX_FILES) {
                    ok = false;
                    break;
                }
            }
        }
    }
    const list = ok ? out : null;
    listCache.set(root, list);
    return list;
}
export function textOf(file) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        return null; // unreadable: no callers there
    }
}
// The function a thread, process or pool start names (started-targets.ts), its last name.
const STARTS = /(?:\btarget\s*=\s*|\b(?:start_new_thread|submit|apply_async|apply)\s*\(\s*|\brun_in_executor\s*\([^,()]*,\s*)(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)/g;
// Every file read once: the names it calls. The text is not kept.
export function indexOf(root, files) {
    let index = callIndex.get(root);
    if (index)
        return index;
    index = new Map();
    callIndex.set(root, index);
    const bases = new Map();
    baseIndex.set(root, bases);
    const add = (map, n, file) => {
        let list = map.get(n);
        if (!list)
            map.set(n, (list = []));
        list.push(file);
    };
    for (const file of files) {
        const text = textOf(file);
        if (text === null)
            continue;
        const names = new Set();
        for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g))
            names.add(m[1]);
        // Ex) Thread(target=self.work, ...), pool.submit(work, ...): a start calls the function too (started-targets.ts).
        for (const m of text.matchAll(STARTS))
            names.add(m[1]);
        for (const n of names)
            add(index, n, file);
        // Ex) class AircrackTool(tools.Base, Mixin): the last part of each base's name.
        const named = new Set();
        for (const m of text.matchAll(/^[ \t]*class\s+\w+\s*\(([^)]*)\)/gm))
            for (const b of m[1].matchAll(/(\w+)\s*(?:,|$)/g))
                named.add(b[1]);
        for (const n of named)
            add(bases, n, file);
    }
    return index;
}
// Per file: the project modules its import lines bring in (resolved paths).
const importCache = new Map();
export function importsFile(file, def) {
    let targets = importCache.get(file);
    if (!targets) {
        const text = textOf(file);
        targets = new Set(text === null ? [] : [...importTargets(text, file)].map((t) => path.resolve(t.target)));
        importCache.set(file, targets);
    }
    return targets.has(def);
}
export function modelOf(file) {
    if (!modelCache.has(file)) {
        const text = textOf(file);
        let model = null;
        try {
            const parse = projectParser();
            if (text !== null && parse)
                model = new PythonModel(parse(text), text);
        }
        catch {
            /* unparsable: no callers there */
        }
        modelCache.set(file, model);
    }
    return modelCache.get(file);
}
// The repository whose files may call a function of defFile, or null when they cannot be listed.
export function callerRoot(defFile) {
    const root = repositoryRoot(defFile);
    if (!root || !projectParser())
        return null;
    // An installed library (site-packages, a virtualenv) is not the project: its callers are not here.
    let dir = root;
    // Below the root by real paths, as repositoryRoot found it (a folder named through a symlink).
    for (const part of (partBelow(root, path.dirname(path.resolve(defFile))) ?? '').split(path.sep).filter(Boolean)) {
        dir = path.join(dir, part);
        if (part.startsWith('.') || skipsPython(part, dir))
            return null;
    }
    return root;
}
