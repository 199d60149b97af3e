import path from 'node:path';
import { namedFolder as currentNamedFolder } from './named-folder.js';
import { ownProjectFolder } from './project-folder.js';
import { partBelow, realPath } from './real-path.js';

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
 * The path to judge a file by: its part below the project it belongs to, else below the working
 * folder, or its name alone when outside both: a checkout kept under some `test/` or `examples/`
 * folder is not test or example code. The project is the folder named on the command line that
 * holds the file (`popenlint check /src/app`: the project's own test/ folder; a folder named,
 * `examples/`, `fixtures/demo`, this project's quick start, is asked for as the project), else,
 * for a file named by itself, the repository or project folder around it (project-folder.ts), so
 * that `check tests/x.py` from its project, `check x.py` from tests/, `check /abs/proj/tests/x.py`
 * from anywhere and `check proj` judge it alike. Paths are compared by their real paths
 * (real-path.ts), so that `.`, `..`, an absolute path, a trailing slash and a symlinked path to
 * the same tree judge a file alike, and so do the paths a module resolver gives (callers found
 * through imports) and the listed ones.
 */
function ownPart(file: string, projectFolder: string | null): string {
  const real = realPath(path.resolve(file));
  const project = projectFolder ?? currentNamedFolder() ?? ownProjectFolder(path.dirname(real));
  for (const root of project ? [project, process.cwd()] : [process.cwd()]) {
    const below = partBelow(root, real);
    if (below !== null) return below;
  }
  return path.basename(file);
}

/**
 * Whether a path is test code (TEST_PATH), judged by its part inside its project (ownPart).
 * `projectFolder`, when given, is that project's folder (a JS caller's nearest package.json
 * folder); else the folder named on the command line that holds the file being linted
 * (named-folder.ts), else the file's own repository or project folder.
 */
export function isTestPath(file: string, projectFolder?: string): boolean {
  return TEST_PATH.test(ownPart(file, projectFolder ?? null));
}

/** Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests. */
export function isExamplePath(file: string, projectFolder?: string): boolean {
  return EXAMPLE_PATH.test(ownPart(file, projectFolder ?? null));
}
