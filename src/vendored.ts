import fs from 'node:fs';
import nodePath from 'node:path';
import { compiledSource } from './compiled.js';
import { ownProjectFolder } from './project-folder.js';

/**
 * Vendored bundles are not the user's code: Yarn's checked-in release (`.yarn/releases/yarn-*.cjs`,
 * 2-4 MB that name child_process hundreds of times), minified files, and generated files whose
 * lines run to thousands of characters, and JavaScript tsc compiled from a TypeScript source
 * in the tree (see compiled.ts). Linting them costs seconds per file and reports what
 * the user cannot fix. Skipped by default; `skip-vendored = false` in the config lints them,
 * `vendored-line-length` sets the line length that marks a generated file (0: never).
 */
export interface VendoredOptions {
  skip: boolean;
  /** A line longer than this (in bytes) marks a generated file; 0 turns the test off. */
  lineLength: number;
}

export const DEFAULT_VENDORED: VendoredOptions = { skip: true, lineLength: 5000 };

const PATHS = [/(^|[\\/])\.yarn[\\/](releases|plugins)[\\/]/, /\.min\.[cm]?js$/i, /[.-]bundle\.[cm]?js$/i];

/** Why a JS/TS file counts as vendored, or null. */
export function vendoredReason(path: string, bytes: Buffer, options: VendoredOptions = DEFAULT_VENDORED): string | null {
  if (!options.skip) return null;
  if (PATHS.some((re) => re.test(path))) return 'a vendored or minified bundle';
  if (options.lineLength > 0 && hasLongLine(bytes, options.lineLength)) return `a generated file (a line is longer than ${options.lineLength} bytes)`;
  const source = compiledSource(path);
  if (source) return `compiled from ${nodePath.relative(nodePath.dirname(nodePath.resolve(path)), source).replace(/\\/g, '/')}, which is linted`;
  return null;
}

function hasLongLine(bytes: Buffer, limit: number): boolean {
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    if (end - start > limit) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
}

/**
 * Folders where a project keeps copies of other projects' Python packages: Medusa's `ext/` and
 * `lib/` (tornado, requests, boto...), pip's `_vendor/`, `third_party/`. Their findings are the
 * upstream's (boto's `manage/task.py`), in code the project may never run.
 */
const VENDOR_DIRS: ReadonlySet<string> = new Set(['ext', 'lib', 'libs', 'vendor', 'vendors', '_vendor', 'vendored', 'third_party', 'thirdparty', 'third-party', 'extern', 'external', 'externals', 'deps']);
/**
 * The names among them that say so by themselves (pip's `_vendor/`, cowrie's `vendor/ja4`, a
 * single copied package with no release file of its own): everything below is a copy.
 */
const COPIES_DIRS: ReadonlySet<string> = new Set(['vendor', 'vendors', '_vendor', 'vendored', 'third_party', 'thirdparty', 'third-party']);
/** How many packages of another such folder (`lib/`, `ext/`) must carry a release of their own before it counts as a folder of copies. */
const VENDORED_PACKAGES = 3;

// A package released on its own: its own setup.py or LICENSE, a version module, or a version set
// at the top of its `__init__.py` (`__version__ = '2.49.0'`, tornado's `version = "6.5.2"`).
const RELEASE_FILES = /^(setup\.py|setup\.cfg|pyproject\.toml|license(\.\w+)?|licence(\.\w+)?|copying(\.\w+)?|__version__\.py|_version\.py|version\.py)$/i;
const VERSION_LINE = /^(__version__|version|VERSION|__VERSION__)\s*(:\s*str\s*)?=\s*['"(\d]/m;

// Asked for each candidate below a folder such as `lib/` (every file of a Python install is):
// each folder listed once, as releasedPackages does.
const released = new Map<string, boolean>();

function releasedPackage(dir: string): boolean {
  let hit = released.get(dir);
  if (hit === undefined) released.set(dir, (hit = listsRelease(dir)));
  return hit;
}

function listsRelease(dir: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  if (!names.includes('__init__.py')) return false;
  if (names.some((n) => RELEASE_FILES.test(n))) return true;
  try {
    return VERSION_LINE.test(fs.readFileSync(nodePath.join(dir, '__init__.py'), 'utf8').slice(0, 20000));
  } catch {
    return false;
  }
}

const releasedCount = new Map<string, number>();

function releasedPackages(dir: string): number {
  let n = releasedCount.get(dir);
  if (n === undefined) {
    n = 0;
    try {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory() && releasedPackage(nodePath.join(dir, e.name))) n++;
    } catch {
      n = 0;
    }
    releasedCount.set(dir, n);
  }
  return n;
}

/**
 * Why a Python file counts as vendored, or null: it sits below a folder whose name says it holds
 * third-party code (`vendor`, `_vendor`, `third_party`...), or in a package that carries a release
 * of its own (its own setup.py, LICENSE or `__version__`) inside a folder often used for copies
 * (`ext`, `lib`, `deps`...) that holds at least three such packages. A project's own package in
 * `lib/` (no version of its own, or the only one there) stays linted.
 */
export function vendoredPythonReason(path: string, options: VendoredOptions = DEFAULT_VENDORED, namedFolder?: string): string | null {
  if (!options.skip) return null;
  const parts = nodePath.resolve(path).split(nodePath.sep);
  // A folder's name alone counts inside the tree being linted: a checkout that itself lives in
  // someone's `vendor/` is still the user's project. The tree is the folder named on the command
  // line; for a file named by itself (or an editor's buffer), its own project's folder, whatever
  // the working folder is.
  const within = namedFolder ?? ownProjectFolder(nodePath.dirname(nodePath.resolve(path))) ?? process.cwd();
  const top = nodePath.resolve(within).split(nodePath.sep).filter(Boolean).length;
  const inside = nodePath.resolve(path).startsWith(nodePath.resolve(within) + nodePath.sep);
  for (let i = parts.length - 2; i >= 1; i--) {
    if (inside && i > top && COPIES_DIRS.has(parts[i]!)) {
      const name = parts[i + 1]!.replace(/\.pyw?$/, '');
      return `a copy of ${i === parts.length - 2 ? 'the module' : 'the package'} ${name} in ${parts[i]}/, a folder of third-party code`;
    }
    if (i === parts.length - 2 || !VENDOR_DIRS.has(parts[i]!)) continue;
    const folder = parts.slice(0, i + 1).join(nodePath.sep) || nodePath.sep;
    const pkg = nodePath.join(folder, parts[i + 1]!);
    if (releasedPackage(pkg) && releasedPackages(folder) >= VENDORED_PACKAGES) return `a copy of the package ${parts[i + 1]} in ${parts[i]}/, a folder of third-party packages`;
  }
  return null;
}
