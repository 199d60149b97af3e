import path from 'node:path';
/**
 * Test code: files under test/, tests/, testing/, __tests__/, spec/ or e2e/, and files named as
 * tests (`test_x.py`, `x_test.py`, `conftest.py`, `x.test.js`, `x.spec.ts`, `test.js`). Its children
 * run the test's own fixtures, and whatever goes wrong with them fails the test in front of its
 * maintainers.
 */
const TEST_PATH = /(^|[\\/])(test|tests|testing|__tests__|spec|e2e)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test|tests|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test_[^\\/]*|[^\\/]*_test|conftest)\.pyw?$/i;
/**
 * Whether a path is test code. A relative path is judged as given; an absolute one by its part
 * below the folder named on the command line that holds it (`popenlint check /src/app`: the
 * project's own test/ folder), else below the working folder, or by its name alone when outside
 * both: a checkout kept under some `test/` folder is not test code.
 */
export function isTestPath(file, namedFolder) {
    if (!path.isAbsolute(file))
        return TEST_PATH.test(file);
    for (const root of namedFolder ? [namedFolder, process.cwd()] : [process.cwd()]) {
        const below = path.relative(root, file);
        if (!below.startsWith('..') && !path.isAbsolute(below))
            return TEST_PATH.test(below);
    }
    return TEST_PATH.test(path.basename(file));
}
