import fs from 'node:fs';
import path from 'node:path';
const EMPTY = { files: new Set(), dirs: new Set() };
export class TrackedFiles {
    // Folder -> the top of the work tree holding it (null: none).
    roots = new Map();
    indexes = new Map();
    /** Whether git tracks this file, or some file under this folder. `abs` is absolute and normalized. */
    has(abs, isDir) {
        const root = this.rootOf(path.dirname(abs));
        if (root === null)
            return false;
        const rel = path.relative(root, abs).split(path.sep).join('/');
        const index = this.indexOf(root);
        return isDir ? index.dirs.has(rel) : index.files.has(rel);
    }
    rootOf(dir) {
        const known = this.roots.get(dir);
        if (known !== undefined)
            return known;
        let root;
        if (fs.existsSync(path.join(dir, '.git')))
            root = dir;
        else
            root = path.dirname(dir) === dir ? null : this.rootOf(path.dirname(dir));
        this.roots.set(dir, root);
        return root;
    }
    indexOf(root) {
        let index = this.indexes.get(root);
        if (!index) {
            index = listTracked(root);
            this.indexes.set(root, index);
        }
        return index;
    }
}
function listTracked(root) {
    // child_process only for runs where a .gitignore hid something.
    const { execFileSync } = process.getBuiltinModule('node:child_process');
    let out;
    try {
        out = execFileSync('git', ['ls-files', '-z', '--cached'], {
            cwd: root,
            // This folder's repository only: git would otherwise look above a `.git` it cannot read.
            env: { ...process.env, GIT_DIR: path.join(root, '.git'), GIT_WORK_TREE: root },
            stdio: ['ignore', 'pipe', 'ignore'],
            maxBuffer: 512 * 1024 * 1024,
            timeout: 30_000,
        });
    }
    catch {
        // No git, not a work tree after all, a broken index: .gitignore decides alone.
        return EMPTY;
    }
    const files = new Set();
    const dirs = new Set(['']);
    for (const rel of out.toString('utf8').split('\0')) {
        if (rel === '')
            continue;
        files.add(rel);
        for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) {
            const dir = rel.slice(0, i);
            if (dirs.has(dir))
                break;
            dirs.add(dir);
        }
    }
    return { files, dirs };
}
