/** Whether a path is test code (TEST_PATH), judged by its part inside the project (ownPart). */
export declare function isTestPath(file: string, namedFolder?: string): boolean;
/** Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests. */
export declare function isExamplePath(file: string, namedFolder?: string): boolean;
