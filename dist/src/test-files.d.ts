/** Whether a path (as given, relative or not) is test code. */
export declare function isTestPath(path: string): boolean;
