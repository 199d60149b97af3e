import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers.js';
import { tempTree } from '../report-helpers.js';

/**
 * `fix` over many files shows the same progress bar as `check`, on a terminal only. util-linux
 * `script` gives the command a pseudo-terminal; the run must last over the bar's one-second
 * delay, so the tree is large (fixing costs a few ms per file).
 */

const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
const skip = script.status === 0 ? false : 'util-linux `script` is not on PATH (it provides the pseudo-terminal)';
if (skip) console.log(`# skipping the progress bar test: ${skip}`);

function bigTree(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 600; i++) files[`pkg${i % 12}/job${i}.py`] = `import os\nimport subprocess\nos.popen('make a${i}')\np = subprocess.Popen(['find', '${i}'], stdout=subprocess.PIPE)\np.wait()\n`;
  return tempTree(files);
}

/** Runs the CLI under a pseudo-terminal; returns everything the terminal received. */
function onTerminal(args: string[], cwd: string): { code: number | null; out: string } {
  const command = [process.execPath, path.join(ROOT, 'bin/popenlint.js'), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '1', COLUMNS: '120' }, timeout: 300_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('progress bar on a terminal', { skip }, () => {
  it('fix shows it on a slow run, and clears it; not in a pipe', { timeout: 600_000 }, () => {
    const dir = bigTree();
    try {
      const piped = spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), 'fix', '.', '--jobs', '1'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
      assert.doesNotMatch(piped.stderr, /files \|/);
      // Undo the fixes so the terminal run has the same work to do.
      fs.rmSync(dir, { recursive: true, force: true });
      const again = bigTree();
      try {
        const started = Date.now();
        const r = onTerminal(['fix', '.', '--jobs', '1'], again);
        const took = Date.now() - started;
        assert.equal(r.code, 0, r.out.slice(-2000));
        assert.match(r.out, /Fixed 1200 findings in 600 files/);
        if (took > 2000) assert.match(r.out, /popenlint .*\| \d+\/600 files \|/, `a ${took} ms run shows the bar`);
        else console.log(`# the run took only ${took} ms; the bar (shown after 1 s) may not appear`);
      } finally {
        fs.rmSync(again, { recursive: true, force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
