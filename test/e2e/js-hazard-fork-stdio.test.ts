import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * fork() with `stdio: [undefined, undefined, undefined, 'ipc']` (audit 42: fork-with-emitter's
 * createFork(), the default its options get unless the caller gives a stdio), run by real `node`:
 * undefined (or null) at 0-2 means 'pipe', not the parent's stdio, so the worker's stdout and
 * stderr are pipes nobody reads. The worker, asked over IPC, writes N bytes on stderr and lets
 * go of the IPC channel: past what the pipe and Node's read-ahead hold it blocks in write() and
 * never exits. Given `stdio: 'inherit'` by its caller, the same worker exits.
 */
const PARENT = `const { fork } = require('child_process');
class Fork {
  constructor(proc) {
    this.process = proc;
    this.process.on('exit', (code) => console.log('exited ' + code));
  }
  emit(data) {
    this.process.send(data);
  }
  kill() {
    this.process.kill('SIGINT');
  }
}
const createFork = (modulePath, options = {}) => {
  options.stdio = options.stdio || [undefined, undefined, undefined, 'ipc'];
  const forked = fork(modulePath, [], options);
  return new Fork(forked);
};
const [n, stdio] = process.argv.slice(2);
createFork(require('path').join(__dirname, 'worker.js'), stdio ? { stdio } : {}).emit(Number(n));
`;

// The worker ends by letting go of the IPC channel (process.exit() would drop what is still queued
// for the pipe, and exit whatever it holds).
const WORKER = `process.on('message', (n) => {
  process.stderr.write('x'.repeat(n));
  process.disconnect();
});
`;

test("fork with stdio [undefined x3, 'ipc']: reported; the worker blocks past the pipe, with 'inherit' it exits", { timeout: 30_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-fork-stdio-');
  try {
    const parent = path.join(dir, 'host.js');
    fs.writeFileSync(parent, PARENT);
    fs.writeFileSync(path.join(dir, 'worker.js'), WORKER);

    const r = await lintText(parent, new SourceText(PARENT), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20 });
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.range.start.column, f.evidence]), [[16, 18, 'lives-on']], 'popenlint reports the fork at default: a worker kept and fed IPC messages');

    const small = await runNode(parent, ['1024'], 8000, 'ignore');
    assert.deepEqual([small.timedOut, small.stdout], [false, 'exited 0\n'], 'a few bytes fit in the pipe: the worker exits');
    const hung = await runNode(parent, [String(1024 * 1024)], 3000, 'ignore');
    assert.deepEqual([hung.timedOut, hung.stdout], [true, ''], 'undefined entries are pipes: with 1 MiB on stderr the worker blocks and never exits');
    const inherited = await runNode(parent, [String(1024 * 1024), 'inherit'], 8000, 'ignore');
    assert.deepEqual([inherited.timedOut, inherited.code, inherited.stdout], [false, 0, 'exited 0\n'], "with stdio 'inherit' the same worker writes to the parent's stderr and exits");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
