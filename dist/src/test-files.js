/**
 * Test code: files under test/, tests/, testing/, __tests__/, spec/ or e2e/, and files named as
 * tests (`test_x.py`, `x_test.py`, `conftest.py`, `x.test.js`, `x.spec.ts`, `test.js`). Its children
 * run the test's own fixtures, and whatever goes wrong with them fails the test in front of its
 * maintainers.
 */
const TEST_PATH = /(^|[\\/])(test|tests|testing|__tests__|spec|e2e)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test|tests|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test_[^\\/]*|[^\\/]*_test|conftest)\.pyw?$/i;
/** Whether a path (as given, relative or not) is test code. */
export function isTestPath(path) {
    return TEST_PATH.test(path);
}
