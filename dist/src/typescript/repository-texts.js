import fs from 'node:fs';
import path from 'node:path';
import { childPath, SKIP_DIRS } from '../discover.js';
import { ownProjectFolder } from '../project-folder.js';
/**
 * Every text file of a repository (absolute path -> text), for the question "does anything here
 * name this module or this function?" (unreachable.ts). Not only its JS/TS modules: a module is
 * also loaded by a package.json's main, bin or scripts, an HTML page's `<script src>`, a bundler's
 * or Electron's config, a Dockerfile's or a README's `node util/x.js`, and a function is called
 * from an HTML page's `onclick`. Binary files (a NUL in their first bytes) are left out; the
 * folders every walk skips (node_modules, .git, virtualenvs) too, but not .gitignore'd files: a
 * local config or a build the project keeps out of git can name a module as well.
 *
 * Read on demand (a finding whose code looks unreachable), once per repository. Null when the
 * tree is too large to read cheaply: nothing can then be shown dead.
 */
const MAX_FILES = 20000;
const MAX_BYTES = 200 * 1024 * 1024;
const repositories = new Map();
/** Forgets the repositories read so far (path-caches.ts). */
export function forgetRepositoryTexts() {
    repositories.clear();
}
/** The repository (or outermost project) folder of a file, whose files may name it; null when it has none. */
export function repositoryOf(file) {
    return ownProjectFolder(path.dirname(path.resolve(file)));
}
/** The texts of the repository at `root`, read once; null for a tree too large to read. */
export function repositoryTexts(root) {
    if (repositories.has(root))
        return repositories.get(root);
    const texts = new Map();
    let files = 0;
    let bytes = 0;
    const walk = (dir) => {
        let entries;
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return true;
        }
        for (const e of entries) {
            const abs = childPath(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name) && !walk(abs))
                    return false;
                continue;
            }
            if (!e.isFile() || ++files > MAX_FILES) {
                if (files > MAX_FILES)
                    return false;
                continue;
            }
            let buf;
            try {
                buf = fs.readFileSync(abs);
            }
            catch {
                continue;
            }
            if ((bytes += buf.length) > MAX_BYTES)
                return false;
            if (buf.subarray(0, 8000).includes(0))
                continue;
            texts.set(abs, buf.toString('utf8'));
        }
        return true;
    };
    const out = walk(root) ? texts : null;
    repositories.set(root, out);
    return out;
}
