/** A test file (under test/, spec/, __tests__/, e2e/, *.test.js / *.spec.ts, or test.js itself): its children run fixtures. */
export { isTestPath as isTestFile } from '../test-files.js';
