// Shared by the report-*, config-* and precommit-* tests; the CLI runner is test/helpers.ts's.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';

/** A fresh temporary folder (real path) holding the given files: relative path -> content. */
export function tempTree(files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir('popenlint-ci-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** One POP001 finding with a safe fix. */
export const DISCARDED = "import os\nos.popen('make all')\n";
