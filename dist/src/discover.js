import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { TrackedFiles } from './tracked-files.js';
/**
 * Folders skipped by a walk, for every language: version control, dependencies, virtualenvs and
 * tool caches, i.e. ruff's default excludes that hold third-party or generated copies (ruff's
 * `dist` is not one: a JS project ships and runs its dist bundles, so they are linted).
 */
export const SKIP_DIRS = new Set([
    '.bzr', '.direnv', '.eggs', '.git', '.git-rewrite', '.hg', '.ipynb_checkpoints', '.mypy_cache', '.nox', '.pants.d',
    '.pyenv', '.pytest_cache', '.pytype', '.ruff_cache', '.svn', '.tox', '.venv', '__pycache__', '__pypackages__',
    'buck-out', 'node_modules', 'site-packages', 'venv',
]);
/**
 * Python build output (setuptools' `build/lib*`, `build/scripts-*`; Sphinx's `_build`): its
 * Python files are copies of the project's and are skipped, as ruff does. JS files there are
 * linted (a JS project keeps build scripts in `build/`, as ESLint assumes), and so is a Python
 * package that happens to be called `build` (it has an `__init__.py`, build output never does).
 */
const PYTHON_BUILD_DIRS = new Set(['build', '_build']);
/**
 * path.join(dir, name) for a normalized folder path and one of its entries (a name with no
 * separator, never `.` or `..`), without path.join's normalizing pass: over a tree of 13,000
 * files that pass made 60 MB of garbage. A folder that ends with a separator (the root, or a
 * path named `foo/` or `./`) goes through path.join.
 */
export function childPath(dir, name) {
    const last = dir.charCodeAt(dir.length - 1);
    return dir === '.' || dir === '' || last === 0x2f || last === 0x5c ? path.join(dir, name) : `${dir}${path.sep}${name}`;
}
/** Whether a walk skips this folder's Python files (`abs` is the folder): a skipped folder or Python build output. */
export function skipsPython(name, abs) {
    return SKIP_DIRS.has(name) || (PYTHON_BUILD_DIRS.has(name) && !fs.existsSync(path.join(abs, '__init__.py')));
}
/** Whether a default exclude covers a file (for paths named with --force-exclude): one of its folders is skipped. */
export function defaultExcluded(abs, language) {
    const rel = path.relative(process.cwd(), abs);
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    // Only the folders below the current directory count, as ruff judges a path from the project down.
    const base = inside ? process.cwd() : path.dirname(abs);
    const parts = inside ? rel.split(path.sep).slice(0, -1) : [];
    let dir = base;
    for (const part of parts) {
        dir = path.join(dir, part);
        if (SKIP_DIRS.has(part) || (language === 'python' && skipsPython(part, dir)))
            return true;
    }
    return false;
}
const EXTENSIONS = {
    '.py': 'python', '.pyw': 'python',
    '.js': 'javascript', '.cjs': 'javascript', '.mjs': 'javascript', '.jsx': 'javascript',
    '.ts': 'javascript', '.tsx': 'javascript', '.mts': 'javascript', '.cts': 'javascript',
};
const SHEBANG_PYTHON = /^#![^\n]*\bpython[0-9.]*\b/;
const SHEBANG_NODE = /^#![^\n]*\b(node|nodejs|deno|bun|tsx|ts-node)\b/;
export function languageByName(file) {
    if (file.endsWith('.d.ts'))
        return null;
    return EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}
/** Language named by a script's first bytes (`#!/usr/bin/env python`), if any. */
export function languageByHead(head) {
    if (SHEBANG_PYTHON.test(head))
        return 'python';
    if (SHEBANG_NODE.test(head))
        return 'javascript';
    return null;
}
function languageByShebang(abs) {
    let fd;
    try {
        fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
        const buf = Buffer.alloc(128);
        const n = fs.readSync(fd, buf, 0, 128, 0);
        return languageByHead(buf.subarray(0, n).toString('latin1'));
    }
    catch {
        return null;
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}
/** Language of a regular file: by extension, else by shebang when it has no extension. */
export function languageOf(abs) {
    const byName = languageByName(abs);
    if (byName)
        return byName;
    return path.extname(path.basename(abs)) === '' ? languageByShebang(abs) : null;
}
function lstatOk(abs) {
    try {
        fs.lstatSync(abs);
        return true;
    }
    catch {
        return false;
    }
}
function gitRoot(dir) {
    for (let d = dir;; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, '.git')))
            return d;
        if (path.dirname(d) === d)
            return null;
    }
}
function readGitignore(dir) {
    return readIgnoreFile(path.join(dir, '.gitignore'), dir);
}
/**
 * The repository's own excludes (`.git/info/exclude`), which git and ruff honour like a
 * .gitignore at the top. In a worktree or submodule `.git` is a file naming the git folder;
 * a worktree's info/ lives in the common folder.
 */
function readInfoExclude(root) {
    const dotGit = path.join(root, '.git');
    let gitDir = dotGit;
    try {
        if (fs.statSync(dotGit).isFile()) {
            const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
            if (!m)
                return null;
            gitDir = path.resolve(root, m[1]);
            const common = path.join(gitDir, 'commondir');
            if (fs.existsSync(common))
                gitDir = path.resolve(gitDir, fs.readFileSync(common, 'utf8').trim());
        }
    }
    catch {
        return null;
    }
    return readIgnoreFile(path.join(gitDir, 'info', 'exclude'), root);
}
function readIgnoreFile(file, base) {
    let text;
    try {
        // A FIFO named .gitignore would block the read forever.
        if (!fs.statSync(file).isFile())
            return null;
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        return null;
    }
    return { base, matcher: ignore().add(text) };
}
function isIgnored(layers, abs, isDir) {
    for (const layer of layers) {
        const rel = path.relative(layer.base, abs);
        if (!rel || rel.startsWith('..') || path.isAbsolute(rel))
            continue;
        if (layer.matcher.ignores(isDir ? `${rel.split(path.sep).join('/')}/` : rel.split(path.sep).join('/')))
            return true;
    }
    return false;
}
/** Whether configured excludes cover a path (for --stdin-filename with --force-exclude). */
export function isExcluded(abs, exclude) {
    return defaultExcluded(abs, languageByName(abs)) || isIgnored(exclude.map((e) => ({ base: e.base, matcher: ignore().add(e.patterns) })), abs, false);
}
// As the shell says them, for a path given on the command line.
const STAT_ERRORS = {
    ENOENT: 'No such file or directory',
    ELOOP: 'Too many levels of symbolic links',
    ENOTDIR: 'Not a directory',
    EACCES: 'Permission denied',
    ENAMETOOLONG: 'File name too long',
};
export function discover(paths, options) {
    const walk = new Discovery(options);
    for (const given of paths)
        walk.given(given);
    return { files: walk.files, diagnostics: walk.diagnostics };
}
/** The repository's info/exclude and the .gitignore files between its root and a folder given by name apply to it too. */
function outerLayers(abs) {
    const root = gitRoot(abs);
    if (!root)
        return [];
    const info = root !== abs ? readInfoExclude(root) : null;
    const chain = [];
    for (let d = path.dirname(abs); d.startsWith(root); d = path.dirname(d)) {
        chain.unshift(d);
        if (d === root)
            break;
    }
    return [...(info ? [info] : []), ...chain.map(readGitignore).filter((l) => l !== null)];
}
/** One run of discovery: the files found so far (each once) and the problems met. */
class Discovery {
    options;
    files = [];
    diagnostics = [];
    seen = new Set();
    excludes;
    tracked = new TrackedFiles();
    constructor(options) {
        this.options = options;
        this.excludes = options.exclude.map((e) => ({ base: e.base, matcher: ignore().add(e.patterns) }));
    }
    /** A path named on the command line: a folder is walked, a file taken if its language is known. */
    given(given) {
        const abs = path.resolve(given);
        let st;
        try {
            st = fs.statSync(abs);
        }
        catch (e) {
            const code = e.code;
            const reason = (code && STAT_ERRORS[code]) ?? `cannot stat: ${code ?? e.message}`;
            this.diagnostics.push({ path: given, code: 'E902', message: reason });
            return;
        }
        if (this.options.forceExclude && (isIgnored(this.excludes, abs, st.isDirectory()) || defaultExcluded(st.isDirectory() ? path.join(abs, '_') : abs, st.isDirectory() ? null : languageOf(abs))))
            return;
        if (st.isDirectory()) {
            const layers = outerLayers(abs);
            // A folder named explicitly is walked even if an outer .gitignore excludes it (a
            // Python install inside a pyenv checkout, say); its own .gitignore files still apply.
            // With --force-exclude a named `build/` is Python build output like any other.
            const pythonCopies = this.options.forceExclude && defaultExcluded(path.join(abs, '_'), 'python');
            this.walk(given === '' ? '.' : path.normalize(given), abs, isIgnored(layers, abs, true) ? [] : layers, pythonCopies);
        }
        else if (st.isFile()) {
            // A file named explicitly is linted whatever its name; its language still has to be known.
            const language = languageOf(abs);
            // Other files are skipped quietly, as pre-commit or a shell glob may pass anything.
            if (language)
                this.add(path.normalize(given), abs, language);
        }
        else {
            this.diagnostics.push({ path: given, code: 'E902', message: 'not a regular file (FIFO, socket or device); skipped' });
        }
    }
    // Keyed by the real path: a file reached through a symlink and by its own name is linted,
    // and above all fixed, once. `abs` is absolute and normalized (path.resolve of the path named,
    // or a walked folder's plus an entry's name).
    add(display, abs, language, real) {
        let key = real ?? abs;
        if (real === undefined) {
            try {
                key = fs.realpathSync.native(abs);
            }
            catch {
                // Vanished since it was listed: reading it will say so.
            }
        }
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.files.push({ path: display, abs, language });
    }
    /**
     * `pythonCopies`: below Python build output, whose Python files are skipped. `realDir`: the
     * folder's real path when its parent's is known (a folder the walk enters is never a link, so
     * it is the parent's plus its name); found with realpath for the folder named.
     */
    walk(display, abs, layers, pythonCopies, realDir) {
        // A regular file's real path is its folder's plus its name: one realpath per folder named,
        // not per file (13,000 of them in a Python install).
        if (realDir === undefined) {
            try {
                realDir = fs.realpathSync.native(abs);
            }
            catch {
                realDir = undefined;
            }
        }
        let entries;
        try {
            entries = fs.readdirSync(abs, { withFileTypes: true });
        }
        catch (e) {
            this.diagnostics.push({ path: display, code: 'E902', message: `cannot read directory: ${e.code ?? e.message}` });
            return;
        }
        this.options.onListing?.(abs, entries);
        // The listing says whether there is a .gitignore to read (a stat that fails costs more).
        const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(abs) : null;
        // A repository's top (the one named, or one nested inside it): its info/exclude applies.
        const info = entries.some((e) => e.name === '.git') && !layers.some((l) => l.base === abs) ? readInfoExclude(abs) : null;
        const here = [...layers, ...(info ? [info] : []), ...(own ? [own] : [])];
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const childAbs = childPath(abs, entry.name);
            const childDisplay = display === '.' ? entry.name : childPath(display, entry.name);
            const kind = this.kindOf(entry, childAbs, childDisplay);
            if (kind === 'dir') {
                if (SKIP_DIRS.has(entry.name))
                    continue;
                if (this.hidden(here, childAbs, true) || isIgnored(this.excludes, childAbs, true))
                    continue;
                this.walk(childDisplay, childAbs, here, pythonCopies || skipsPython(entry.name, childAbs), realDir !== undefined ? childPath(realDir, entry.name) : undefined);
            }
            else if (kind === 'file') {
                if (this.hidden(here, childAbs, false) || isIgnored(this.excludes, childAbs, false))
                    continue;
                const language = languageOf(childAbs);
                if (language === 'python' && pythonCopies)
                    continue;
                if (language)
                    this.add(childDisplay, childAbs, language, realDir !== undefined && !entry.isSymbolicLink() ? childPath(realDir, entry.name) : undefined);
            }
        }
    }
    /**
     * Whether .gitignore hides a walked path: it matches, and git tracks nothing there (git
     * ignores only untracked files). The configured excludes are not overridden: they are the
     * user's word.
     */
    hidden(layers, abs, isDir) {
        return isIgnored(layers, abs, isDir) && !this.tracked.has(abs, isDir);
    }
    /** What a folder entry is to the walk; symlinks are followed for files only (a folder link could loop). */
    kindOf(entry, abs, display) {
        // Node decodes names as UTF-8: a latin-1 `caf\xe9.py` comes back as `caf\uFFFD.py`, a path
        // that does not exist. Say so, rather than "vanished" later (or nothing, for a folder).
        if (entry.name.includes('\uFFFD') && !lstatOk(abs)) {
            if (entry.isDirectory() || languageByName(entry.name))
                this.diagnostics.push({ path: display, code: 'E902', message: 'name is not valid UTF-8; skipped' });
            return 'skip';
        }
        if (!entry.isSymbolicLink())
            return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'skip';
        try {
            return fs.statSync(abs).isFile() ? 'file' : 'skip';
        }
        catch {
            // Dangling or looping. Not reported: editors leave such links (Emacs's `.#name.py`
            // lock files), and a folder walk should not fail on them; a path given by name is.
            return 'skip';
        }
    }
}
