import fs from 'node:fs';
import path from 'node:path';
import { namedFolder as currentNamedFolder } from './named-folder.js';
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
 * The path to judge a file by: its part below the folder named on the command line that holds it
 * (`popenlint check /src/app`: the project's own test/ folder), else below the working folder, or
 * its name alone when outside both: a checkout kept under some `test/` or `examples/` folder is
 * not test or example code, and a folder named (`examples/`, `fixtures/demo`, this project's quick
 * start) is asked for as the project. A relative path with no folder named (a file named by
 * itself) is judged as given. Paths are compared by their real paths, so that `.`, `..`, an
 * absolute path, a trailing slash and a symlinked path to the same tree judge a file alike, and
 * so do the paths a module resolver gives (callers found through imports) and the listed ones.
 * `namedFolder` defaults to the one of the file being linted (named-folder.ts).
 */
function ownPart(file, namedFolder = currentNamedFolder()) {
    if (!namedFolder && !path.isAbsolute(file))
        return file;
    const real = realPath(path.resolve(file));
    for (const root of namedFolder ? [namedFolder, process.cwd()] : [process.cwd()]) {
        const below = path.relative(realPath(path.resolve(root)), real);
        if (below !== '' && !below.startsWith('..') && !path.isAbsolute(below))
            return below;
    }
    return path.basename(file);
}
// Real paths by path: a folder's is looked up once (a file's is its folder's plus its name unless
// the file itself is a link).
const REAL = new Map();
function realPath(abs) {
    let real = REAL.get(abs);
    if (real === undefined) {
        try {
            real = fs.realpathSync.native(abs);
        }
        catch {
            // Not on disk (an editor's unsaved buffer, --stdin-filename): its folder's real path.
            const dir = path.dirname(abs);
            real = dir === abs ? abs : path.join(realPath(dir), path.basename(abs));
        }
        REAL.set(abs, real);
    }
    return real;
}
/** Whether a path is test code (TEST_PATH), judged by its part inside the project (ownPart). */
export function isTestPath(file, namedFolder) {
    return TEST_PATH.test(ownPart(file, namedFolder));
}
/** Whether a path is example or demo code (EXAMPLE_PATH), judged as isTestPath judges tests. */
export function isExamplePath(file, namedFolder) {
    return EXAMPLE_PATH.test(ownPart(file, namedFolder));
}
