import path from 'node:path';
/**
 * Test code: files under test/, tests/, testing/, __tests__/, spec/ or e2e/, and files named as
 * tests (`test_x.py`, `x_test.py`, `conftest.py`, `x.test.js`, `x.spec.ts`, `test.js`). Its children
 * run the test's own fixtures, and whatever goes wrong with them fails the test in front of its
 * maintainers.
 */
const TEST_PATH = /(^|[\\/])(test|tests|testing|__tests__|spec|e2e)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test|tests|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test_[^\\/]*|[^\\/]*_test|conftest)\.pyw?$/i;
/**
 * Example code: files under examples/, example/, demo/, demos/, samples/ or sample/, and sample
 * files named so (`server.example.js`). It runs the demo's own fixed input: over the blind audits
 * 1–30, 121 of the 122 call sites judged in such folders (Python and JS alike) could break
 * nothing, and the one real was a race in an example's test. A file merely named `example.py` or
 * `demo.js` is not: it is as often a quick start a user runs on their own input.
 */
const EXAMPLE_PATH = /(^|[\\/])(examples?|demos?|samples?)[\\/]|\.example\.([cm]?[jt]sx?|pyw?)$/i;
/**
 * The path to judge a file by. A relative path is judged as given; an absolute one by its part
 * below the folder named on the command line that holds it (`popenlint check /src/app`: the
 * project's own test/ folder), else below the working folder, or by its name alone when outside
 * both: a checkout kept under some `test/` or `examples/` folder is not test or example code.
 */
function ownPart(file, namedFolder) {
    if (!path.isAbsolute(file))
        return file;
    for (const root of namedFolder ? [namedFolder, process.cwd()] : [process.cwd()]) {
        const below = path.relative(root, file);
        if (!below.startsWith('..') && !path.isAbsolute(below))
            return below;
    }
    return path.basename(file);
}
/** Whether a path is test code (TEST_PATH), judged by its part inside the project (ownPart). */
export function isTestPath(file, namedFolder) {
    return TEST_PATH.test(ownPart(file, namedFolder));
}
/**
 * Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests, but
 * a relative path too by its part below the folder named on the command line: a user who names
 * `examples/` or `fixtures/demo` (this project's quick start) asks for that code, as the project.
 */
export function isExamplePath(file, namedFolder) {
    if (namedFolder && !path.isAbsolute(file)) {
        const below = path.relative(namedFolder, path.resolve(file));
        if (!below.startsWith('..') && !path.isAbsolute(below))
            return EXAMPLE_PATH.test(below);
    }
    return EXAMPLE_PATH.test(ownPart(file, namedFolder));
}
