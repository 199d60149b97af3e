import fs from 'node:fs';
import path from 'node:path';
import { discover } from '../discover.js';
import { isTestPath } from '../test-files.js';
import { nearestFolderWith } from '../project-folder.js';
/**
 * Does code elsewhere in the project read a property of this name (`instance.stdout.pipe(...)`)?
 * A module that re-exposes a child's stream as `this.stdout` hands it to whoever uses the object:
 * the project's other modules (its CLI, its examples, its tests) are callers we can see. The
 * question is asked rarely (a re-exposed stream of a child the code keeps and stops), so the
 * project's JS/TS files are read on demand, once per project.
 */
const MAX_FILES = 5000;
const projects = new Map();
const PACKAGE_JSON = ['package.json'];
/**
 * The folder of the nearest package.json above `file`, or null: asked for every caller site a
 * rule weighs, each folder is looked at once (project-folder.ts).
 */
export function projectRoot(file) {
    return nearestFolderWith(path.dirname(path.resolve(file)), PACKAGE_JSON);
}
/**
 * Whether `other`, a module of the project of `file`, is test code, judged by its path inside
 * the project (`test/...`), not by where the run started: an absolute path outside the working
 * folder is otherwise judged by its name alone.
 */
export function isProjectTest(other, file) {
    // Judged below the package.json's folder (isTestPath's projectFolder), by real paths.
    return isTestPath(path.resolve(other), projectRoot(file) ?? path.dirname(path.resolve(file)));
}
/** Forgets the projects' files read so far (path-caches.ts: a long-lived process sees modules come, go and change). */
export function forgetProjectSources() {
    projects.clear();
}
/** The project's JS/TS files (absolute path -> text), read once per project until forgotten; null for a huge tree. */
export function sources(root) {
    if (projects.has(root))
        return projects.get(root);
    const { files } = discover([root], { exclude: [], forceExclude: false });
    const js = files.filter((f) => f.language === 'javascript');
    let texts = null;
    if (js.length <= MAX_FILES) {
        texts = new Map();
        for (const f of js) {
            try {
                texts.set(path.resolve(f.abs), fs.readFileSync(f.abs, 'utf8'));
            }
            catch {
                // unreadable: it reads nothing we can see.
            }
        }
    }
    projects.set(root, texts);
    return texts;
}
/**
 * Ex) `inst.stdout.on('data', ...)`, `browser.stderr.pipe(log)`, `createInterface({ input: x.stdout })`:
 * any read of `.<key>` in another module of the project, except the parent's own `process.<key>`
 * and assignments to it. True when it cannot be told (no package.json, a huge tree).
 */
export function projectReadsMember(file, key) {
    const root = projectRoot(file);
    if (!root)
        return true;
    const texts = sources(root);
    if (!texts)
        return true;
    const self = path.resolve(file);
    const read = new RegExp(`([\\w$]*)\\s*\\??\\.\\s*${key.replace(/\$/g, '\\$')}\\b(?!\\s*=[^=])`, 'g');
    for (const [abs, text] of texts) {
        if (abs === self || !text.includes(key))
            continue;
        for (const m of text.matchAll(read))
            if (m[1] !== 'process')
                return true;
    }
    return false;
}
