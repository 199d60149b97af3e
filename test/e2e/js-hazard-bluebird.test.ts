import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { tempDir } from '../helpers.js';

/**
 * The promise of bluebird's `promisifyAll(child_process)` twin (`cp.execAsync`) left floating, run
 * by real `node` with bluebird 3: POP103 does not report it, since bluebird prints an unhandled
 * rejection as a warning on stderr and the process carries on and exits 0; util.promisify's
 * native promise crashes the process (Node 15 and newer), and POP103 reports that one. The
 * command fails (`exit 3`); the script then prints `alive` from a timer.
 */
const SCRIPT = (bluebird: boolean) => `const cp = require('child_process');
${bluebird
    ? "const Promise = require('bluebird');\nconst execAsync = Promise.promisifyAll(cp).execAsync;"
    : "const { promisify } = require('util');\nconst execAsync = promisify(cp.exec);"}
execAsync('exit 3');
setTimeout(() => console.log('alive'), 300);
`;

// The folder bluebird is installed in (a devDependency), for the script's require('bluebird').
const modules = path.resolve(path.dirname(createRequire(import.meta.url).resolve('bluebird/package.json')), '..');

test('a floating execAsync of bluebird: not reported, the process warns and exits 0; util.promisify: reported, it crashes', { timeout: 30_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-bluebird-');
  try {
    const run = async (bluebird: boolean) => {
      const file = path.join(dir, bluebird ? 'bluebird.js' : 'native.js');
      fs.writeFileSync(file, SCRIPT(bluebird));
      const lint = await lintText(file, new SourceText(SCRIPT(bluebird)), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 20 });
      const r = spawnSync(process.execPath, [file], { cwd: dir, env: { ...process.env, NODE_PATH: modules }, encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL' });
      assert.equal(r.signal, null, `killed by ${r.signal} (timeout)`);
      return { findings: lint.findings.map((f) => [f.range.start.line, f.range.start.column]), status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const bb = await run(true);
    assert.deepEqual(bb.findings, [], 'POP103 leaves the bluebird promise alone');
    assert.deepEqual([bb.status, bb.stdout], [0, 'alive\n'], 'bluebird: the rejection does not end the process, which exits 0');
    assert.match(bb.stderr, /Unhandled rejection/, 'bluebird prints it as a warning');
    const native = await run(false);
    assert.deepEqual(native.findings, [[4, 1]], 'POP103 reports the promise of util.promisify');
    assert.deepEqual([native.status, native.stdout], [1, ''], 'util.promisify: the unhandled rejection crashes the process before the timer');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
