/** Whether a path is test code (TEST_PATH), judged by its part inside the project (ownPart). */
export declare function isTestPath(file: string, namedFolder?: string): boolean;
/**
 * Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests, but
 * a relative path too by its part below the folder named on the command line: a user who names
 * `examples/` or `fixtures/demo` (this project's quick start) asks for that code, as the project.
 */
export declare function isExamplePath(file: string, namedFolder?: string): boolean;
