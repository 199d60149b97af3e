import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * POP102's race by the kind of child (last-write.data.ts), measured with the real node and real
 * children. Each round starts `n` children at once (`Array.from({ length: n }, run)`, the function
 * handed by name), collects stdout with a 'data' listener, and notes what it had at 'exit' and at
 * 'close'. Measured on Node 20 / Linux (2 shared cores), children cut short at 'exit':
 *
 * | child | 1 at a time | 4 together | 10 together | 4, started 20 ms apart |
 * |---|---|---|---|---|
 * | `ls -la`, `git --version`, `head -c`, `sh -c printf` (native) | 0 of 30 | 3-10 % | 1-14 % | 0 of 80 |
 * | a `#!/bin/sh` script | 0 of 30 | 1 of 120 | 2 of 150 | 0 of 80 |
 * | `node -e` (also with process.exit() or an uncaught throw, up to 2 MiB), `python3 -c` | 0 of 30 | 0 of 120 | 0 of 150 | 0 of 80 |
 *
 * None at 'close'. A native program's output and its exit come together (its C library flushes the
 * pipe's buffer in exit()), and libuv reaps every exited child on one SIGCHLD: one whose pipe has
 * not been read yet gets its 'exit' first. An interpreter tears its runtime down for milliseconds
 * after its last write, so its pipe has been read long before. popenlint reports the first at the
 * default level (`race`) and the second at `possible` only (`lone-race`).
 *
 * On a machine loaded far past its cores (load 18 on 2), interpreters lost some too when more than
 * the pipe's 64 KiB was left to read at their end: forks throwing a 100 KB error, 10 at a time, 8 of
 * 500 (a 200-byte error none of 400); `node -e` writing 200 KB then process.exit(), 2 of 150. That
 * load is not reproduced here, and the node case below stays under 64 KiB.
 */
const task = (program: string, args: string[]) => `const { spawn } = require('child_process');
function run() {
  return new Promise((resolve) => {
    const child = spawn(${JSON.stringify(program)}, ${JSON.stringify(args)}, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => resolve({ code, out, closed: new Promise((done) => child.on('close', () => done(out))) }));
  });
}
(async () => {
  const [rounds, n, until] = process.argv.slice(2).map(Number);
  let runs = 0;
  let cut = 0;
  let cutAtClose = 0;
  for (let r = 0; r < rounds && !(until && cut); r++) {
    for (const { code, out, closed } of await Promise.all(Array.from({ length: n }, run))) {
      if (code !== 0) throw new Error('the command failed');
      const whole = await closed;
      runs++;
      if (out.length < whole.length || whole.length === 0) cut++;
      if (whole.length === 0) cutAtClose++;
    }
  }
  console.log(JSON.stringify({ runs, cut, cutAtClose }));
})();
`;

const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20, evidence: 'possible' as const };

async function measure(script: string, rounds: number, n: number, until: boolean): Promise<{ runs: number; cut: number; cutAtClose: number }> {
  const dir = tempDir('popenlint-race-kinds-');
  try {
    const file = path.join(dir, 'task.cjs');
    fs.writeFileSync(file, script);
    const r = await runNode(file, [String(rounds), String(n), until ? '1' : '0'], 120_000);
    assert.equal(r.timedOut, false);
    assert.equal(r.code, 0);
    return JSON.parse(r.stdout) as { runs: number; cut: number; cutAtClose: number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function lintedAs(script: string): Promise<string | undefined> {
  const found = (await lintText('task.js', new SourceText(script), 'javascript', ENGINE)).findings;
  assert.equal(found.length, 1, 'popenlint reports the race');
  assert.deepEqual([found[0]!.range.start.line, found[0]!.range.start.column], [4, 19]);
  return found[0]!.evidence;
}

test("native children ending together: output at 'exit' is cut on some runs, never at 'close'; popenlint says race", { timeout: 180_000 }, async (t) => {
  const script = task('sh', ['-c', 'printf 0123456789abcdef0123456789abcdef01234567']);
  assert.equal(await lintedAs(script), 'race');
  const m = await measure(script, 60, 10, true);
  t.diagnostic(`10 together: ${m.cut} of ${m.runs} cut at 'exit', ${m.cutAtClose} at 'close'`);
  assert.ok(m.cut > 0, `no output cut at 'exit' in ${m.runs} children`);
  assert.equal(m.cutAtClose, 0);
});

test("one native child at a time: nothing cut at 'exit'", { timeout: 180_000 }, async (t) => {
  const m = await measure(task('sh', ['-c', 'printf 0123456789abcdef0123456789abcdef01234567']), 60, 1, false);
  t.diagnostic(`1 at a time: ${m.cut} of ${m.runs} cut at 'exit'`);
  assert.equal(m.cut, 0);
});

// Below the pipe's 64 KiB: on a loaded machine a larger output's last part can still be unread (see above).
test("node children ending together, writing 4 KB then process.exit(): nothing cut at 'exit'; popenlint says lone-race", { timeout: 180_000 }, async (t) => {
  const script = task(process.execPath, ['-e', "process.stdout.write('x'.repeat(4096)); process.exit(0)"]);
  // The linted text names `node`, as code does; the measured one runs this very node.
  assert.equal(await lintedAs(script.replace(JSON.stringify(process.execPath), '"node"')), 'lone-race');
  const m = await measure(script, 20, 10, false);
  t.diagnostic(`10 together: ${m.cut} of ${m.runs} cut at 'exit'`);
  assert.equal(m.cut, 0);
});
