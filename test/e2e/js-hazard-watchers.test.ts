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
 * H18, on the real `node`: exec() of a child that runs until it is stopped and writes as it goes
 * (a build watcher, `--watch`; audit 20: rescript-vscode's `rescript build -w` on Windows). exec
 * keeps the whole output, so once it passes maxBuffer (1 MiB) Node kills the watcher with SIGTERM
 * and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER, long before the code would stop it.
 * Spawned with its reports read as they come (by hand: no fix is offered), it runs until stopped.
 */
const HAZARDS = fileURLToPath(new URL('../../../fixtures/hazards/js/', import.meta.url));

async function messages(name: string): Promise<string[]> {
  const text = fs.readFileSync(path.join(HAZARDS, name), 'utf8');
  const r = await lintText(name, new SourceText(text), 'javascript', { enabled: new Set(['POP101', 'POP104']), target: 'py3', nodeMajor: 20 });
  return r.findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.column} ${f.evidence} ${f.message}`);
}

test('H18: exec() of a build watcher: SIGTERMed at maxBuffer (ERR_CHILD_PROCESS_STDIO_MAXBUFFER) before it is idle, runs until stopped once spawned (by hand: no fix is offered)', { timeout: 30_000 }, async () => {
  const found = await messages('exec-watcher.cjs');
  assert.equal(found.length, 1, 'one default finding, POP104 (not POP101)');
  assert.match(found[0]!, /^POP104 13:17 lives-on exec\(\) keeps the whole output of a child that runs until it is stopped \(a program run with `--watch` runs in watch mode/);
  assert.deepEqual(await messages('exec-watcher.after.cjs'), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    for (let i = 0; i < 2; i++) {
      const [before, after] = [path.join(dir, `before${i}`), path.join(dir, `after${i}`)];
      fs.mkdirSync(before);
      fs.mkdirSync(after);
      const [killed, served] = await Promise.all([
        runNode(path.join(HAZARDS, 'exec-watcher.cjs'), [before], 10_000),
        runNode(path.join(HAZARDS, 'exec-watcher.after.cjs'), [after], 10_000),
      ]);
      // Killed by Node past 1 MiB, never idle: the parent's own stop never came.
      assert.deepEqual(killed, { code: 0, signal: null, timedOut: false, stdout: 'watcher failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER\nwatcher exited null SIGTERM, idle false\n' });
      // Every report read, idle, then stopped by the parent.
      assert.deepEqual(served, { code: 0, signal: null, timedOut: false, stdout: 'watcher exited null SIGTERM after 1200000 bytes, idle true\n' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
