import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { nodeFacts, runningMajor } from '../../src/knowledge/node.js';
import { tempDir } from '../helpers.js';

/**
 * Re-measures the Node facts of src/knowledge/node.ts on the running Node: how much unread
 * output blocks a child, that a child writing after its parent exited dies, and that exec
 * kills a child past maxBuffer. A row with measured numbers must match what this Node does.
 */
const major = runningMajor();

/** Does a child writing `bytes` to a pipe nobody reads exit (true) or block (false)? */
function exits(writer: 'line' | 'small' | 'large', bytes: number): Promise<boolean> {
  const size = writer === 'line' ? 21 : 1024;
  const code = writer === 'large'
    ? `process.stdout.write(Buffer.alloc(${bytes}, 120))`
    : `const b = Buffer.alloc(${size}, 120); for (let i = 0; i < ${Math.ceil(bytes / size)}; i++) require('fs').writeSync(1, b)`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', code]);
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve(signal !== 'SIGKILL');
    });
  });
}

async function threshold(writer: 'line' | 'small' | 'large'): Promise<number> {
  let lo = writer === 'line' ? 4 * 1024 : 16 * 1024;
  let hi = 1024 * 1024;
  while (hi - lo > 2048) {
    const mid = (lo + hi) >> 1;
    if (await exits(writer, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

test(`an unread pipe blocks the child where NODE_FACTS says (Node ${major})`, { timeout: 120_000 }, async (t) => {
  const line = await threshold('line');
  const small = await threshold('small');
  const large = await threshold('large');
  t.diagnostic(`Node ${process.version}: 21-byte writes block past ${Math.round(line / 1024)} KiB, 1 KiB writes past ${Math.round(small / 1024)} KiB, one write past ${Math.round(large / 1024)} KiB`);
  // Every Node: more than the 64 KiB pipe is taken (Node reads ahead), and far less than exec's 1 MiB.
  assert.ok(small > 64 * 1024 && large < 512 * 1024);
  const window = nodeFacts(major).blocksAfter;
  if (!window) return t.skip(`no measured row for Node ${major}; add one with these numbers`);
  // The messages say the child blocks "once about <window[0]>-<window[1]> KiB are waiting". Where in
  // that window depends on how the parent's read-ahead races the child's writes (measured here:
  // small writes 93-126 KiB, one write 213-248 KiB, by load), so each threshold must fall inside it.
  // The low end is a short line per write(): each write takes a socket buffer slot of its own
  // (measured here: 21-byte lines block past 20-24 KiB; blind audit 32 the same).
  const [from, to] = [window[0] - 8 * 1024, window[1] + 16 * 1024];
  assert.ok(line >= from && line <= window[0] + 16 * 1024, `21-byte writes block past ${line}, outside ${from}-${window[0] + 16 * 1024}`);
  assert.ok(small >= from && small <= to, `small writes block past ${small}, outside ${from}-${to}`);
  assert.ok(large >= from && large <= to, `one write blocks past ${large}, outside ${from}-${to}`);
  assert.ok(small < large, 'small writes block before one large write does');
});

test('a child writing after its parent exited dies on that write (detached or not)', { timeout: 20_000 }, async () => {
  const dir = tempDir('popenlint-node-exit-');
  try {
    for (const detached of [true, false]) {
      const marker = path.join(dir, `done-${detached}`);
      const parent = `
        const { spawn } = require('child_process');
        const c = spawn('sh', ['-c', 'sleep 0.4; echo tick; touch ${marker}'], { detached: ${detached} });
        c.unref();
        setTimeout(() => process.exit(0), 50);`;
      await new Promise((resolve) => spawn(process.execPath, ['-e', parent], { stdio: 'ignore' }).on('close', resolve));
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(fs.existsSync(marker), false, `detached=${detached}: the child finished its work`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('exec/execFile kill the child once the output passes maxBuffer', { timeout: 20_000 }, async () => {
  const dir = tempDir('popenlint-node-maxbuffer-');
  try {
    const marker = path.join(dir, 'done');
    const over = nodeFacts(major).execMaxBuffer * 2;
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const code = `const fs = require('fs'); const b = Buffer.alloc(64 * 1024, 120); for (let i = 0; i < ${over / 65536}; i++) fs.writeSync(1, b); fs.writeFileSync(${JSON.stringify(marker)}, 'done')`;
      execFile(process.execPath, ['-e', code], (err) => resolve(err as NodeJS.ErrnoException));
    });
    assert.equal(error.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(fs.existsSync(marker), false, 'the command was killed before its last step');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
