import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { type Job, readAction, runJob } from '../action-replay.js';
import { cli, ROOT, tempDir } from '../helpers.js';
import { tempTree } from '../report-helpers.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

const RUNNER_ARCH = process.arch === 'arm64' ? 'ARM64' : 'X64';
const NODE_ARCH = process.arch === 'arm64' ? 'arm64' : 'x64';

/** A folder holding an executable `node` that logs each call and runs the real Node.js (or fakes an old one). */
function nodeShim(dir: string, log: string, version?: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const body = version
    ? `#!/bin/sh\nif [ "$1" = "-p" ]; then echo ${version}; exit 0; fi\necho "node ${version} cannot run popenlint" >&2\nexit 1\n`
    : `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`;
  fs.writeFileSync(path.join(dir, 'node'), body, { mode: 0o755 });
  return path.join(dir, 'node');
}

/** A repository whose pull request (HEAD) changed src/changed.py on top of 13 findings elsewhere. */
function prRepo() {
  const legacy: Record<string, string> = {};
  for (let i = 0; i < 6; i++) legacy[`legacy/m${i}.py`] = `import os\nos.popen('make a${i}')\nos.popen('make b${i}')\n`;
  const dir = tempTree({
    ...legacy,
    'dir with space/a.py': "import os\nos.popen('make spaced')\n",
    'conf dir/popenlint.toml': 'select = ["POP001"]\n',
    'legacy/pipes.py': "import subprocess\np = subprocess.Popen(['find', '.'], stdout=subprocess.PIPE)\np.wait()\n",
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src/changed.py'), "import os\nos.popen('make pr1')\nos.popen('make pr2')\n");
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'pull request');
  return { dir, base };
}

function job(workspace: string, runner: string, pathDirs: string[], extra: Partial<Job> = {}): Job {
  return {
    workspace,
    runner,
    actionPath: ROOT,
    env: {
      PATH: [...pathDirs, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
      HOME: process.env.HOME ?? '/root',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH,
      RUNNER_TOOL_CACHE: path.join(runner, 'toolcache'),
      NO_COLOR: '1',
    },
    ...extra,
  };
}

const annotations = (log: string) => log.split('\n').filter((l) => /^::(error|warning) /.test(l));

describe('GitHub action (action.yml), replayed as the runner runs it', () => {
  it('has no ${{ }} inside scripts, no github.action_path, no setup-node', () => {
    const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    assert.doesNotMatch(text, /github\.action_path/);
    const action = readAction(path.join(ROOT, 'action.yml'));
    for (const step of action.runs.steps) {
      assert.equal(step.uses, undefined, `${step.name} uses ${step.uses}`);
      assert.doesNotMatch(step.run ?? '', /\$\{\{/, `${step.name}: expressions belong in env:, not in the script`);
      assert.doesNotMatch(step.run ?? '', /GITHUB_PATH|GITHUB_ENV/, `${step.name} must not change later steps`);
    }
    assert.doesNotMatch(text, /node-version:[\s\S]*?default: '20'/);
  });

  it('a pull request: one lint, error annotations with the changed files first, SARIF and the job summary, paths with spaces, args from an earlier step', async () => {
    const { dir, base } = prRepo();
    const runner = tempDir('popenlint-runner-');
    try {
      const log = path.join(runner, 'node-calls.log');
      const shim = nodeShim(path.join(runner, 'bin'), log);
      const steps = [
        { uses: 'actions/checkout@v4' },
        // An earlier step computes values the action's args use: a path with a space, a rule list.
        { id: 'cfg', run: 'echo "config=conf dir/popenlint.toml" >> "$GITHUB_OUTPUT"\necho "ignored=POP003" >> "$GITHUB_OUTPUT"\n' },
        {
          id: 'lint',
          uses: 'OWNER/popenlint@v1',
          with: {
            paths: 'dir with space\nlegacy src',
            args: '--config "${{ steps.cfg.outputs.config }}" --ignore ${{ steps.cfg.outputs.ignored }}',
            'sarif-file': 'reports/popenlint.sarif',
            'html-file': 'reports/popenlint.html',
          },
        },
      ];
      const r = await runJob(job(dir, runner, [path.dirname(shim)], { github: { event_name: 'pull_request' }, event: { pull_request: { base: { sha: base } } } }), steps);
      const runStep = r.steps.find((s) => s.id === 'run');
      assert.ok(runStep, r.steps.map((s) => `${s.id}: ${s.status}\n${s.stdout}${s.stderr}`).join('\n'));
      assert.equal(runStep.status, 1, `${runStep.stdout}${runStep.stderr}`);
      // One lint, even with SARIF and a summary.
      const checks = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('bin/popenlint.js check'));
      assert.equal(checks.length, 1, checks.join('\n'));
      // POP001 only (the config from the earlier step's output), all errors, changed file first.
      const lines = annotations(runStep.stdout);
      assert.equal(lines.length, 15, runStep.stdout);
      assert.ok(lines.every((l) => l.startsWith('::error ') && l.includes('title=popenlint (POP001)')), lines.join('\n'));
      assert.match(lines[0]!, /^::error file=src\/changed\.py,line=2,/);
      assert.match(lines[1]!, /^::error file=src\/changed\.py,line=3,/);
      assert.ok(lines.some((l) => l.startsWith('::error file=dir with space/a.py,line=2,')), 'the path with spaces is one path');
      assert.doesNotMatch(runStep.stdout, /E902/);
      // SARIF from the same run.
      assert.equal(r.actionOutputs.lint!['sarif-file'], 'reports/popenlint.sarif');
      const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'reports/popenlint.sarif'), 'utf8')) as { runs: { results: { ruleId: string; level: string }[] }[] };
      assert.equal(sarif.runs[0]!.results.length, 15);
      assert.ok(sarif.runs[0]!.results.every((x) => x.level === 'error'));
      // And the html page, still from that one run.
      assert.equal(r.actionOutputs.lint!['html-file'], 'reports/popenlint.html');
      assert.match(fs.readFileSync(path.join(dir, 'reports/popenlint.html'), 'utf8'), /<div class="total" id="total-findings"><b>15<\/b>findings<\/div>/);
      // The Markdown summary went to this step's summary file.
      assert.match(runStep.summary, /^## popenlint: 15 findings in 8 files\n/);
      assert.match(runStep.summary, /\| POP001 \| popen-result-discarded \| 15 \| 15 \| 0 \| 0 \|/);
      // Each finding links to its line at the commit; the path with spaces is percent-encoded.
      assert.ok(runStep.summary.includes('| [`dir with space/a.py:2:1`](https://github.com/owner/repo/blob/0123456789abcdef0123456789abcdef01234567/dir%20with%20space/a.py#L2) | POP001 |'), runStep.summary);
      // The caller's Node.js is untouched.
      assert.equal(r.githubPath, '');
      assert.equal(r.githubEnv, '');
      assert.equal(r.actionOutputs.lint!.node, shim);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(runner, { recursive: true, force: true });
    }
  });

  it('fail-on-findings false, summary off, quoted args, an unmatched quote', async () => {
    const { dir } = prRepo();
    const runner = tempDir('popenlint-runner-');
    try {
      const shim = nodeShim(path.join(runner, 'bin'), path.join(runner, 'log'));
      const ok = await runJob(job(dir, runner, [path.dirname(shim)]), [
        { id: 'lint', uses: './', with: { paths: 'legacy', 'fail-on-findings': 'false', summary: 'false', args: "--select 'POP005'" } },
        // A later step of the caller still has the runner's Node.js.
        { id: 'after', run: 'echo "node=$(command -v node)" >> "$GITHUB_OUTPUT"\n' },
      ]);
      assert.equal(ok.steps.find((s) => s.id === 'after')!.outputs.node, shim);
      const run = ok.steps.find((s) => s.id === 'run')!;
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(annotations(run.stdout).map((l) => l.slice(0, l.indexOf(','))), ['::error file=legacy/pipes.py']);
      assert.equal(run.summary, '');
      const bad = await runJob(job(dir, runner, [path.dirname(shim)]), [{ uses: './', with: { args: '--select "POP001' } }]);
      const failed = bad.steps.at(-1)!;
      assert.equal(failed.status, 2);
      assert.match(failed.stdout, /::error title=popenlint::the args input has an unmatched quote/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(runner, { recursive: true, force: true });
    }
  });

  it('a runner whose node is too old: Node.js from the tool cache, else downloaded and checksum-verified', async () => {
    const { dir } = prRepo();
    const runner = tempDir('popenlint-runner-');
    const mirror = tempDir('popenlint-mirror-');
    // nodejs.org's layout: latest-v24.x/SHASUMS256.txt and node-vX-linux-ARCH.tar.gz with bin/node.
    const name = `node-v24.0.0-linux-${NODE_ARCH}`;
    fs.mkdirSync(path.join(mirror, 'pkg', name, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(mirror, 'pkg', name, 'bin', 'node'), `#!/bin/sh\nexec '${process.execPath}' "$@"\n`, { mode: 0o755 });
    fs.mkdirSync(path.join(mirror, 'latest-v24.x'));
    execFileSync('tar', ['-czf', path.join(mirror, 'latest-v24.x', `${name}.tar.gz`), '-C', path.join(mirror, 'pkg'), name]);
    const sum = createHash('sha256').update(fs.readFileSync(path.join(mirror, 'latest-v24.x', `${name}.tar.gz`))).digest('hex');
    let sums = `${'0'.repeat(64)}  node-v24.0.0-darwin-arm64.tar.gz\n${sum}  ${name}.tar.gz\n`;
    const server = http.createServer((req, res) => {
      const file = path.join(mirror, decodeURIComponent(req.url ?? '/'));
      if (req.url === '/latest-v24.x/SHASUMS256.txt') res.end(sums);
      else if (fs.existsSync(file) && fs.statSync(file).isFile()) res.end(fs.readFileSync(file));
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const old = nodeShim(path.join(runner, 'old'), '', '18.19.0');
      // 1. From the tool cache (newest matching version that is recent enough).
      const cached = path.join(runner, 'toolcache', 'node', '24.1.0', NODE_ARCH, 'bin');
      fs.mkdirSync(cached, { recursive: true });
      fs.symlinkSync(process.execPath, path.join(cached, 'node'));
      fs.mkdirSync(path.join(runner, 'toolcache', 'node', '22.0.0', NODE_ARCH, 'bin'), { recursive: true });
      const fromCache = await runJob(job(dir, runner, [path.dirname(old)]), [{ id: 'lint', uses: './', with: { paths: 'legacy' } }]);
      assert.equal(fromCache.actionOutputs.lint!.node, path.join(cached, 'node'), fromCache.steps.map((s) => s.stdout + s.stderr).join('\n'));
      assert.equal(fromCache.steps.find((s) => s.id === 'run')!.status, 1);
      assert.equal(fromCache.githubPath, '');

      // 2. Nothing cached: downloaded from the mirror, unpacked under RUNNER_TEMP.
      fs.rmSync(path.join(runner, 'toolcache'), { recursive: true, force: true });
      const downloaded = await runJob(job(dir, runner, [path.dirname(old)]), [{ id: 'lint', uses: './', with: { paths: 'legacy', 'node-mirror': url } }]);
      assert.equal(downloaded.actionOutputs.lint!.node, path.join(runner, 'temp', 'popenlint-node', name, 'bin', 'node'), downloaded.steps.map((s) => s.stdout + s.stderr).join('\n'));
      const run = downloaded.steps.find((s) => s.id === 'run')!;
      assert.equal(run.status, 1);
      assert.equal(annotations(run.stdout).length, 13);
      assert.equal(downloaded.githubPath, '');

      // 3. A checksum that does not match stops the step.
      sums = `${'f'.repeat(64)}  ${name}.tar.gz\n`;
      fs.rmSync(path.join(runner, 'temp'), { recursive: true, force: true });
      const tampered = await runJob(job(dir, runner, [path.dirname(old)]), [{ id: 'lint', uses: './', with: { 'node-mirror': url } }]);
      assert.equal(tampered.steps[0]!.status, 1);
      assert.match(tampered.steps[0]!.stdout, /::error title=popenlint::checksum mismatch/);
      assert.equal(tampered.steps.length, 1);
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(runner, { recursive: true, force: true });
      fs.rmSync(mirror, { recursive: true, force: true });
    }
  });
});

describe('GitLab CI template (docs/integrations.md)', () => {
  it('runs the check once: the Code Quality report and the job log from one run, failing on findings', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'integrations.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Use it in GitLab CI'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const template = YAML.parse(block) as Record<string, { image: string; script: string[]; artifacts: { reports: { codequality: string } } }>;
    const jobDef = Object.values(template)[0]!;
    assert.doesNotMatch(jobDef.image, /node:(18|20)\b/, 'a supported Node.js LTS image');
    const checks = jobDef.script.filter((l) => /popenlint(\.js)? check\b/.test(l));
    assert.equal(checks.length, 1, jobDef.script.join('\n'));
    const { dir } = prRepo();
    try {
      const command = checks[0]!.replace(/node \S*\/bin\/popenlint\.js|popenlint(?= check)/, `node ${path.join(ROOT, 'bin/popenlint.js')}`);
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 1, r.stderr);
      const report = JSON.parse(fs.readFileSync(path.join(dir, jobDef.artifacts.reports.codequality), 'utf8')) as unknown[];
      const expected = JSON.parse(cli(['check', '.', '--format', 'gitlab'], { cwd: dir }).stdout) as unknown[];
      assert.deepEqual(report, expected);
      assert.equal(r.stdout.split('\n').filter((l) => / POP\d{3} /.test(l)).length, expected.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
