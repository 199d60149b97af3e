import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * One stream read to its end before the other (audit 26: tinyexec's `_waitForOutput`, stderr's
 * `for await` before stdout's), run by real `node`: the child writes a line on stderr and N bytes
 * on stdout. stderr ends only when the child exits, and nobody reads stdout meanwhile: past what
 * the pipe and Node's read-ahead hold the child blocks in write(), stderr never ends and the
 * parent waits for good. Reading both at once, the same run ends.
 */
const PARENT = (concurrent: boolean) => `const cp = require('child_process');
async function run(cmd, args) {
  const proc = cp.spawn(cmd, args);
  let err = '';
  let out = '';
${concurrent
    ? `  await Promise.all([
    (async () => { for await (const c of proc.stderr) err += c; })(),
    (async () => { for await (const c of proc.stdout) out += c; })(),
  ]);`
    : `  for await (const c of proc.stderr) err += c;
  for await (const c of proc.stdout) out += c;`}
  return { out, err };
}
const n = Number(process.argv[2]);
run(process.execPath, ['-e', 'process.stderr.write("warning\\\\n"); process.stdout.write("x".repeat(' + n + '))'])
  .then((r) => console.log('done ' + r.out.length));
`;

test('stderr read to its end before stdout: reported; the parent hangs past the pipe, reading both at once it ends', { timeout: 30_000, skip: process.platform === 'win32' }, async () => {
  const dir = tempDir('popenlint-sequential-');
  try {
    const before = path.join(dir, 'before.js');
    const after = path.join(dir, 'after.js');
    fs.writeFileSync(before, PARENT(false));
    fs.writeFileSync(after, PARENT(true));

    const lint = async (file: string) => (await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20 })).findings.map((f) => [f.range.start.line, f.evidence]);
    assert.deepEqual(await lint(before), [[3, 'grows']], 'popenlint reports the spawn at default (the caller runs node, whose output can grow)');
    assert.deepEqual(await lint(after), [], 'and not the one whose streams are read together');

    const small = await runNode(before, ['65536'], 8000, 'ignore');
    assert.deepEqual([small.timedOut, small.stdout], [false, 'done 65536\n'], 'below the window the child exits and stderr ends');
    const hung = await runNode(before, [String(1024 * 1024)], 3000, 'ignore');
    assert.equal(hung.timedOut, true, 'with 1 MiB on stdout the child blocks, stderr never ends, the parent waits for good');
    assert.equal(hung.stdout, '');

    const done = await runNode(after, [String(1024 * 1024)], 8000, 'ignore');
    assert.deepEqual([done.timedOut, done.code, done.stdout], [false, 0, `done ${1024 * 1024}\n`]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
