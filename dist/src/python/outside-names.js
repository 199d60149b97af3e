import path from 'node:path';
import { childPath } from '../discover.js';
import { entryExists, folderListing } from '../folder-listing.js';
/**
 * The first names of the absolute imports that may resolve to a module the run does not read
 * (issue 17). resolveModule finds `a.b.c` from a file's folder and each folder above it (up to
 * the one holding `.git`, or the root): the first that lists `a` (or `a.py`) and holds the
 * module's file. So an import whose first name is not returned here resolves to nothing or to a
 * file the run read (`isRead`): in a folder the walk listed, every entry of that name is a
 * Python file read, or a folder walked whose every entry is so, at any depth; and no folder
 * above the walk lists the name. The wrapper reach (wrapper-reach.ts) then leaves such an
 * import unresolved until a module of its last name may have a wrapper.
 *
 * `walked`: the folders the walk listed; `folders`: the folders of the files read. Null when a
 * folder cannot be listed (then every import is to be resolved).
 */
export function outsideNames(walked, folders, isRead) {
    const out = new Set();
    const impure = new Map();
    // A walked folder: true when it holds something the run did not read; its entries that do
    // are named in `out`.
    const holdsUnread = (dir) => {
        const known = impure.get(dir);
        if (known !== undefined)
            return known;
        const list = folderListing(dir);
        if (!list)
            return null;
        let any = false;
        for (const [name, e] of list) {
            const child = childPath(dir, name);
            let unread;
            if (e.isDirectory() && walked.has(child)) {
                const below = holdsUnread(child);
                if (below === null)
                    return null;
                unread = below;
            }
            else if (name.endsWith('.py'))
                unread = !((e.isFile() || e.isSymbolicLink()) && isRead(child));
            else
                unread = !e.isFile();
            if (!unread)
                continue;
            any = true;
            out.add(name);
            if (name.endsWith('.py'))
                out.add(name.slice(0, -3));
        }
        impure.set(dir, any);
        return any;
    };
    // Folders above the walk (or a folder of a file named alone): any entry may be anything.
    const climbed = new Set();
    const climb = (from) => {
        for (let dir = from; !climbed.has(dir); dir = path.dirname(dir)) {
            climbed.add(dir);
            const list = folderListing(dir);
            if (!list)
                return false;
            for (const name of list.keys()) {
                out.add(name);
                if (name.endsWith('.py'))
                    out.add(name.slice(0, -3));
            }
            if (path.dirname(dir) === dir || entryExists(dir, '.git'))
                break;
        }
        return true;
    };
    const seen = new Set();
    for (const folder of folders) {
        let dir = folder;
        // Up through the walked folders to the first one the walk did not list.
        while (!seen.has(dir) && walked.has(dir)) {
            seen.add(dir);
            if (holdsUnread(dir) === null)
                return null;
            const parent = path.dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
        if (seen.has(dir) || walked.has(dir))
            continue;
        seen.add(dir);
        if (!climb(dir))
            return null;
    }
    return out;
}
