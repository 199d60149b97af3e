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
export declare function outsideNames(walked: ReadonlySet<string>, folders: Iterable<string>, isRead: (file: string) => boolean): Set<string> | null;
