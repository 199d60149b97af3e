/**
 * Whether a path is test code (TEST_PATH), judged by its part inside its project (ownPart).
 * `projectFolder`, when given, is that project's folder (a JS caller's nearest package.json
 * folder); else the folder named on the command line that holds the file being linted
 * (named-folder.ts), else the file's own repository or project folder.
 */
export declare function isTestPath(file: string, projectFolder?: string): boolean;
/** Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests. */
export declare function isExamplePath(file: string, projectFolder?: string): boolean;
