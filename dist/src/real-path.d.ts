/** Forgets the real paths looked up so far (path-caches.ts: a long-lived process sees links and folders come and go). */
export declare function forgetRealPaths(): void;
/** The real path of an absolute path; one not on disk is its folder's real path plus its name. */
export declare function realPath(abs: string): string;
/** The part of `file` below `folder` (`tests/x.py`), by their real paths; null when it is not below it. */
export declare function partBelow(folder: string, file: string): string | null;
/** Whether `file` is `folder` or below it, by their real paths. */
export declare function isWithin(folder: string, file: string): boolean;
