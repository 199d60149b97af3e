/**
 * Whether a path is test code. A relative path is judged as given; an absolute one (an editor's)
 * by its part below the working folder, or by its name alone when outside it: a checkout kept
 * under some `test/` folder is not test code.
 */
export declare function isTestPath(file: string): boolean;
