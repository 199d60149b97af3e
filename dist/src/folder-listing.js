import fs from 'node:fs';
import path from 'node:path';
/**
 * Folder listings, read once each: resolving every import of a large tree asks the same folders
 * the same questions (a `stat` per candidate path, up every folder to the root), where one
 * listing answers them all. A folder that does not exist lists nothing (its parent's listing
 * says so, without a system call); null is a folder that cannot be listed (then stat decides).
 * Only while a run over a fixed set of files asks for it (the CLI's run, a worker): a
 * long-lived process (the server, an API caller) sees files come and go, and asks stat.
 */
let listings = null;
export const NOTHING = new Map();
/** Turns the folder listings on for a run (and forgets them when turned off). */
export function cacheFolderListings(on) {
    listings = on ? (listings ?? new Map(walked)) : null;
    walked.clear();
}
// Listings the CLI's discovery read, kept for the run's import resolution (seedFolderListing).
const walked = new Map();
/**
 * A folder's listing as a walk read it (discover's onListing): the run that turns the listings
 * on next uses it instead of reading the folder again. Forgotten when the listings are turned
 * on or off.
 */
export function seedFolderListing(dir, entries) {
    walked.set(dir, new Map(entries.map((e) => [e.name, e])));
}
export function folderListing(dir) {
    if (!listings)
        return null;
    let hit = listings.get(dir);
    if (hit !== undefined)
        return hit;
    const parent = parentFolder(dir);
    const above = parent === dir ? null : folderListing(parent);
    const entry = above?.get(path.basename(dir));
    if (above && (!entry || !(entry.isDirectory() || entry.isSymbolicLink())))
        hit = NOTHING;
    else {
        try {
            hit = new Map(fs.readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
        }
        catch (e) {
            const code = e.code;
            hit = code === 'ENOENT' || code === 'ENOTDIR' ? NOTHING : null;
        }
    }
    listings.set(dir, hit);
    return hit;
}
/** `name` exists in `dir` (a link is followed, as stat does). */
export function entryExists(dir, name) {
    const list = folderListing(dir);
    if (!list)
        return fs.existsSync(path.join(dir, name));
    const e = list.get(name);
    return !!e && (!e.isSymbolicLink() || fs.existsSync(path.join(dir, name)));
}
/** `file` is a regular file (a link followed): from the folder listings while they are on, else stat. */
export function isFile(file) {
    return isFileIn(path.dirname(file), path.basename(file), file);
}
/**
 * isFile(`file`), for a file named `name` (no separator) in the folder `dir`: resolving a tree's
 * imports asks it some 100,000 times, and the folder is known without taking the path apart.
 */
export function isFileIn(dir, name, file) {
    const list = folderListing(dir);
    const e = list?.get(name);
    if (list && (!e || !e.isSymbolicLink()))
        return !!e && e.isFile();
    // A link (followed), or a folder that cannot be listed but may be searched.
    try {
        // No exception for a missing file: most candidates are missing, and a throw costs.
        return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
const parents = new Map();
/**
 * path.dirname, remembered: import resolution climbs the same folders for every name, and a
 * folder string made once is hashed once by the maps it is looked up in (a fresh one each time).
 */
export function parentFolder(dir) {
    let parent = parents.get(dir);
    if (parent === undefined)
        parents.set(dir, (parent = path.dirname(dir)));
    return parent;
}
