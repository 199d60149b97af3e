import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * A child's stdout piped into an HTTP response (audit 26: timearmor's and nodejs-ffmpeg-stream-
 * server's ffmpeg streams), run by real `node`: a client reads 500 KB of `yes` and goes away.
 * With `.pipe(res)` the response closes, pipe() unpipes, nobody reads stdout and the child is
 * still there, blocked, 2 s later; with `stream.pipeline()` the pipe is destroyed with the
 * response and the child ends at its next write.
 */
const SERVER = (pipeline: boolean) => `const http = require('http');
const { spawn } = require('child_process');

let child;
const server = http.createServer((req, res) => {
  child = spawn('yes', ['x'.repeat(1000)]);
  child.stdout.pipe(res);
});
server.listen(0, () => {
  const req = http.get({ port: server.address().port }, (r) => {
    let n = 0;
    r.on('data', (d) => {
      n += d.length;
      if (n > 500000 && !req.destroyed) req.destroy();
    });
  });
  req.on('error', () => {});
  req.on('close', () => setTimeout(() => {
    console.log(child.exitCode === null && child.signalCode === null ? 'alive' : 'ended');
    child.kill('SIGKILL');
    process.exit(0);
  }, 2000));
});
`.replace('  child.stdout.pipe(res);', pipeline ? "  require('stream').pipeline(child.stdout, res, () => {});" : '  child.stdout.pipe(res);');

test('stdout piped into a response: reported; the child outlives the client that left; with pipeline() it ends', { timeout: 30_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-client-pipe-');
  try {
    const before = path.join(dir, 'before.js');
    const after = path.join(dir, 'after.js');
    fs.writeFileSync(before, SERVER(false));
    fs.writeFileSync(after, SERVER(true));

    const lint = async (file: string) => (await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20 })).findings.map((f) => [f.range.start.line, f.evidence]);
    assert.deepEqual(await lint(before), [[6, 'grows']], 'popenlint reports the spawn at default');
    assert.deepEqual(await lint(after), [], 'and not the one piped with pipeline()');

    const [left, ended] = await Promise.all([runNode(before, [], 10_000, 'ignore'), runNode(after, [], 10_000, 'ignore')]);
    assert.deepEqual([left.timedOut, left.stdout], [false, 'alive\n'], 'the child is blocked on the pipe nobody reads 2 s after the client left');
    assert.deepEqual([ended.timedOut, ended.stdout], [false, 'ended\n'], 'pipeline() destroyed the pipe: the child ended at its next write');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * One child started at the module's top level, its stdout piped to each request's response
 * (audit 30: machina's raspivid): after the first client leaves, pipe() unpipes and the child
 * pauses, but the next client's pipe() resumes it: the second client receives 500 KB too. Not
 * reported: there is one child for every request, not one blocked child per request.
 */
const SHARED = `const http = require('http');
const { spawn } = require('child_process');

const child = spawn('yes', ['x'.repeat(1000)], { stdio: ['ignore', 'pipe', 'ignore'] });
const server = http.createServer((req, res) => {
  child.stdout.pipe(res);
});
function view(port, then) {
  const req = http.get({ port }, (r) => {
    let n = 0;
    r.on('data', (d) => {
      n += d.length;
      if (n > 500000 && !req.destroyed) req.destroy();
    });
    r.on('close', () => then(n));
  });
  req.on('error', () => {});
}
server.listen(0, () => {
  const port = server.address().port;
  view(port, (first) => setTimeout(() => view(port, (second) => {
    console.log(first > 500000 && second > 500000 ? 'resumed' : 'blocked');
    child.kill('SIGKILL');
    process.exit(0);
  }), 1000));
});
`;

test('a child spawned once at the top level, piped to each response: not reported; the next client resumes it', { timeout: 30_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-client-pipe-');
  try {
    const file = path.join(dir, 'shared.js');
    fs.writeFileSync(file, SHARED);
    const r = await lintText(file, new SourceText(SHARED), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.evidence]), [], 'popenlint does not report it, at any level');
    const run = await runNode(file, [], 10_000, 'ignore');
    assert.deepEqual([run.timedOut, run.stdout], [false, 'resumed\n'], 'the second client got 500 KB after the first had left');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
