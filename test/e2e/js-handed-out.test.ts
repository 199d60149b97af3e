import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * A server handed out by a library (audit 10: dynamodb-localhost's `return { proc: child, port }`),
 * run by real `node`: the library spawns the server with stdout piped and returns the child in an
 * object; its caller keeps it and waits for its end, and nobody reads stdout. The server (a stub
 * named `redis-server` on PATH, which the command table says serves and logs every request) logs
 * 1 MiB, a 4 KiB line per request: it blocks on the full pipe, never exits, and the caller waits
 * for good. With the caller reading the stream, both finish.
 */
const LIB = `const cp = require('child_process');

module.exports = {
  start: function (port) {
    const child = cp.spawn('redis-server', ['--port', String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', (e) => { throw e; });
    return { proc: child, port: port };
  },
};
`;

const SERVER = `#!/usr/bin/env node
const fs = require('fs');
fs.writeFileSync('server.pid', String(process.pid));
for (let i = 0; i < 256; i++) fs.writeSync(1, 'GET /key/' + i + ' ' + 'x'.repeat(4080) + '\\n');
fs.writeFileSync('served', '1');
`;

const MAIN = (read: boolean) => `process.chdir(__dirname);
process.env.PATH = __dirname + '/bin' + require('path').delimiter + process.env.PATH;
const server = require('./lib/server');
const instance = server.start(8000);
${read ? 'instance.proc.stdout.resume();\n' : ''}instance.proc.on('exit', (code) => console.log('exit ' + code));
`;

test('a server handed out by a library function: reported, the server blocks and its caller waits; read, both finish', { timeout: 20_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-handed-out-');
  const pidFile = path.join(dir, 'server.pid');
  try {
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "handed-out", "private": true }\n');
    fs.writeFileSync(path.join(dir, 'lib', 'server.js'), LIB);
    fs.writeFileSync(path.join(dir, 'bin', 'redis-server'), SERVER, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'main.js'), MAIN(false));

    const r = await lintText(path.join(dir, 'lib', 'server.js'), new SourceText(LIB), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20 });
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.evidence]), [[5, 'lives-on']], 'popenlint reports the spawn');

    const hung = await runNode(path.join(dir, 'main.js'), [], 3000, 'ignore');
    assert.equal(hung.timedOut, true, 'the caller waited for a server blocked on its full stdout');
    assert.doesNotMatch(hung.stdout, /exit/);
    assert.equal(fs.existsSync(path.join(dir, 'served')), false, 'the server never got past its log');
    process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
    fs.rmSync(pidFile);

    // The caller that reads it (written only now: a read anywhere in the project counts for popenlint).
    fs.writeFileSync(path.join(dir, 'fixed.js'), MAIN(true));
    const done = await runNode(path.join(dir, 'fixed.js'), [], 8000, 'ignore');
    assert.equal(done.timedOut, false);
    assert.match(done.stdout, /^exit 0$/m);
    assert.equal(fs.existsSync(path.join(dir, 'served')), true);
  } finally {
    // A server left blocked by a failed assertion: end it.
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
    } catch {
      // not started, or gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
