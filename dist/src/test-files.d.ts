/**
 * Whether a path is test code. A relative path is judged as given; an absolute one by its part
 * below the folder named on the command line that holds it (`popenlint check /src/app`: the
 * project's own test/ folder), else below the working folder, or by its name alone when outside
 * both: a checkout kept under some `test/` folder is not test code.
 */
export declare function isTestPath(file: string, namedFolder?: string): boolean;
