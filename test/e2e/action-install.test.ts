import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runJob } from '../action-replay.js';
import { tempDir } from '../helpers.js';
import { tempTree } from '../report-helpers.js';
import { snapshotRepo } from './repo.js';

/**
 * The action as GitHub checks it out: a clean copy of this repository (no node_modules), so the
 * "Install popenlint" step really runs npm (from the npm registry), then the lint runs on a
 * workspace. test/e2e/action.test.ts replays the other steps against this work tree.
 */
describe('GitHub action from a clean checkout', () => {
  it('installs with npm and lints the workspace, leaving later steps alone', { timeout: 15 * 60_000 }, async () => {
    const base = fs.realpathSync(tempDir('popenlint-action-e2e-'));
    const workspace = tempTree({ 'app/job.py': "import os\nos.popen('make all')\n", 'web/run.js': "const { spawn } = require('child_process');\nspawn('du', ['-l']);\n" });
    try {
      const actionPath = path.join(base, 'action');
      snapshotRepo(actionPath);
      assert.equal(fs.existsSync(path.join(actionPath, 'node_modules')), false);
      const runner = path.join(base, 'runner');
      const r = await runJob({
        workspace,
        runner,
        actionPath,
        env: {
          PATH: [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
          HOME: process.env.HOME ?? '/root',
          RUNNER_OS: 'Linux',
          RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
          RUNNER_TOOL_CACHE: path.join(runner, 'toolcache'),
          // npm's own cache, as on a runner with a warm cache; the registry is still asked.
          npm_config_cache: process.env.npm_config_cache ?? path.join(process.env.HOME ?? '/root', '.npm'),
        },
      }, [{ id: 'lint', uses: './', with: { 'fail-on-findings': 'false' } }]);
      const log = r.steps.map((s) => `${s.stdout}${s.stderr}`).join('\n');
      assert.deepEqual(r.steps.map((s) => s.status), [0, 0, 0], log);
      assert.ok(fs.existsSync(path.join(actionPath, 'node_modules', 'web-tree-sitter')) || fs.existsSync(path.join(actionPath, 'node_modules', 'tree-sitter')), log);
      const annotations = r.steps[2]!.stdout.split('\n').filter((l) => l.startsWith('::error '));
      assert.deepEqual(annotations.map((l) => l.slice(0, l.indexOf(','))), ['::error file=app/job.py', '::error file=web/run.js']);
      assert.match(r.steps[2]!.summary, /^## popenlint: 2 findings in 2 files/);
      assert.equal(r.githubPath, '');
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
