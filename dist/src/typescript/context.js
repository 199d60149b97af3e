const TEST_FILE = /(^|[\\/])(test|tests|__tests__|spec|e2e)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test|tests|spec)\.[cm]?[jt]sx?$/i;
/** A test file (under test/, spec/, __tests__/, e2e/, *.test.js / *.spec.ts, or test.js itself): its children run fixtures. */
export function isTestFile(path) {
    return TEST_FILE.test(path);
}
