import nodePath from 'node:path';
import { compiledSource } from './compiled.js';

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
