import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import { tempDir } from '../helpers.js';

/**
 * H26, on the real `node` and the real GNU tar: POP101 says of exec() without a callback that past
 * maxBuffer (1 MiB) Node sends SIGTERM to the shell, which reaches the command where /bin/sh execs
 * it (bash), while under a forking /bin/sh (dash) the command dies at its next write unless it
 * ignores SIGPIPE, as tar does. Measured here both ways: with a /bin/sh that forks the command (dash) Node's
 * SIGTERM ends the shell and tar, which survives its closed stdout, finishes the archive (nothing
 * breaks: the message does not hold); with bash, which execs it, tar gets the SIGTERM and the
 * archive is cut short. After POP101's fix (spawn with the output ignored) the archive is whole
 * under both shells.
 */
const FIXTURE = fileURLToPath(new URL('../../../fixtures/hazards/js/exec-tar-dropped.cjs', import.meta.url));
const ENGINE = { enabled: new Set(['POP101']), target: 'py3' as const, nodeMajor: 20, evidence: 'known' as const };
// 16,000 files whose `tar -vv` lines (about 120 bytes each) make 1.9 MB of listing, past 1 MiB.
const FILES = 16_000;

function shellForks(): boolean {
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" -e "console.log(process.ppid)"`], { encoding: 'utf8' });
  return Number(r.stdout.trim()) === r.pid;
}

async function run(source: string): Promise<{ code: number | null; entries: number }> {
  const dir = tempDir('popenlint-tar-');
  try {
    for (let d = 0; d < 20; d++) {
      fs.mkdirSync(path.join(dir, 'srv', `dir-${d}`), { recursive: true });
      for (let i = 0; i < FILES / 20; i++) fs.writeFileSync(path.join(dir, 'srv', `dir-${d}`, `${`file-${i}`.padEnd(60, 'x')}.txt`), 'x');
    }
    fs.writeFileSync(path.join(dir, 'main.cjs'), source);
    const child = spawn(process.execPath, ['main.cjs'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, killSignal: 'SIGKILL' });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const entries = Number(/^archive: (\d+) entries$/m.exec(stdout)?.[1] ?? -1);
    return { code, entries };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test(`H26: exec('tar czvvf ...') dropped: cut short where exec's child is tar (bash); whole with a forking /bin/sh (${shellForks() ? 'this one' : 'not this one'}); whole after POP101's fix`, { timeout: 180_000 }, async (t) => {
  if (spawnSync('tar', ['--version']).status !== 0) return t.skip('no tar');
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const r = await lintText(FIXTURE, new SourceText(text), 'javascript', ENGINE);
  assert.deepEqual(r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.evidence} ${f.message}`), [
    '10:1 grows exec() without a callback, its ChildProcess unused (`tar czvvf` lists every file): on Node 20, once its output passes maxBuffer (1 MiB), Node closes the pipes and sends SIGTERM to the shell: the command gets it where /bin/sh execs it (bash), and dies at its next write where /bin/sh forks it (dash), unless it ignores SIGPIPE (tar, ffmpeg) and runs on without its output; once this process exits, its writes meet a closed pipe (SIGPIPE); nobody learns that it failed',
  ]);
  const fixed = await fixText(FIXTURE, text, 'javascript', ENGINE, { strategy: 'subprocess', unsafe: true });
  assert.equal(fixed.applied, 1);
  assert.match(fixed.text, /spawn\('tar czvvf backup\.tgz srv', \{ shell: true, stdio: 'ignore' \}\)/);
  const underBash = text.replace("exec('tar czvvf backup.tgz srv')", "exec('tar czvvf backup.tgz srv', { shell: '/bin/bash' })");
  assert.notEqual(underBash, text);
  // One at a time: each makes 16,000 files and runs tar over them.
  const asIs = await run(text);
  const bash = await run(underBash);
  const after = await run(fixed.text);
  assert.equal(bash.code, 0);
  assert.ok(bash.entries > 0 && bash.entries < FILES, `under bash tar was killed half-way: ${bash.entries} of ${FILES + 21} entries`);
  assert.equal(asIs.code, 0);
  if (shellForks()) assert.equal(asIs.entries, FILES + 21, 'only the shell died: tar finished the archive');
  else assert.ok(asIs.entries < FILES, `tar was killed half-way: ${asIs.entries} entries`);
  assert.deepEqual(after, { code: 0, entries: FILES + 21 });
});
