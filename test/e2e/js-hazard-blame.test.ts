import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode } from '../helpers.js';

/**
 * On the real `node` and `git`: exec() of `git blame FILE` for a file known only at run time (blind
 * audit 36: vs-code-extension-for-git-blame blames the file the editor shows). git prints every
 * line with its commit, author and date in front, so a file of 12,000 lines passes exec's maxBuffer
 * (1 MiB): Node kills git with SIGTERM and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER. With
 * the unsafe fix's `maxBuffer: Infinity`, every line is blamed.
 */
const HAZARDS = fileURLToPath(new URL('../../../fixtures/hazards/js/', import.meta.url));

async function messages(name: string): Promise<string[]> {
  const text = fs.readFileSync(path.join(HAZARDS, name), 'utf8');
  const r = await lintText(name, new SourceText(text), 'javascript', { enabled: new Set(['POP101', 'POP102', 'POP104']), target: 'py3', nodeMajor: 20 });
  return r.findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.column} ${f.evidence} ${f.message}`);
}

test('exec() of git blame of a 12,000-line file: git SIGTERMed at maxBuffer (ERR_CHILD_PROCESS_STDIO_MAXBUFFER), every line blamed with maxBuffer: Infinity', { timeout: 60_000 }, async () => {
  const found = await messages('exec-git-blame.cjs');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^POP104 18:15 grows exec\(\) keeps the whole output of a command that prints a file whole \(`git blame …` prints every line of the file/);
  assert.deepEqual(await messages('exec-git-blame.after.cjs'), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    const [before, after] = [path.join(dir, 'before'), path.join(dir, 'after')];
    fs.mkdirSync(before);
    fs.mkdirSync(after);
    const [killed, blamed] = await Promise.all([
      runNode(path.join(HAZARDS, 'exec-git-blame.cjs'), [before, 'big.js'], 30_000),
      runNode(path.join(HAZARDS, 'exec-git-blame.after.cjs'), [after, 'big.js'], 30_000),
    ]);
    // Node closes the pipes and sends SIGTERM to /bin/sh: the shell dies of it (null SIGTERM), or,
    // where it forked git (dash), git dies at its next write to the closed pipe first and the shell
    // reports it (141 = 128 + SIGPIPE). Either way git stops before the end of the file.
    assert.deepEqual({ ...killed, stdout: '' }, { code: 0, signal: null, timedOut: false, stdout: '' });
    assert.match(killed.stdout, /^blame failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, git exited (null SIGTERM|141 null)\n$/);
    assert.deepEqual(blamed, { code: 0, signal: null, timedOut: false, stdout: 'blamed 12000 lines, git exited 0 null\n' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
