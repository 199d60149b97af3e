import fs from 'node:fs';
export declare const NOTHING: Map<string, fs.Dirent<string>>;
/** Turns the folder listings on for a run (and forgets them when turned off). */
export declare function cacheFolderListings(on: boolean): void;
/**
 * A folder's listing as a walk read it (discover's onListing): the run that turns the listings
 * on next uses it instead of reading the folder again. Forgotten when the listings are turned
 * on or off.
 */
export declare function seedFolderListing(dir: string, entries: readonly fs.Dirent[]): void;
export declare function folderListing(dir: string): Map<string, fs.Dirent> | null;
/** `name` exists in `dir` (a link is followed, as stat does). */
export declare function entryExists(dir: string, name: string): boolean;
/** `file` is a regular file (a link followed): from the folder listings while they are on, else stat. */
export declare function isFile(file: string): boolean;
/**
 * isFile(`file`), for a file named `name` (no separator) in the folder `dir`: resolving a tree's
 * imports asks it some 100,000 times, and the folder is known without taking the path apart.
 */
export declare function isFileIn(dir: string, name: string, file: string): boolean;
/**
 * path.dirname, remembered: import resolution climbs the same folders for every name, and a
 * folder string made once is hashed once by the maps it is looked up in (a fresh one each time).
 */
export declare function parentFolder(dir: string): string;
