import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import { raceBeforeAndAfter, runNode, tempDir } from '../helpers.js';

/**
 * POP102's race standard, measured (bench/exit-race.mjs has the whole table): output taken at a
 * child's 'exit' is cut short only when other children of the process end in the same turn.
 * Children started by `.map()` inside `Promise.all` (8 at a time, 3 KB each) lose output at
 * 'exit' and none at 'close' after popenlint's fix: a default finding (`race`). The same helper
 * awaited one child at a time, from the script's top level, with the parent busy for 20 ms while
 * each child runs, loses nothing in 200 children: `lone-race`, reported at `possible` only.
 */
const RUN = `const { spawn } = require('child_process');
function run() {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'exec head -c 3000 /dev/zero']);
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => resolve({ code, out }));
  });
}
`;
const PARALLEL = `${RUN}(async () => {
  const rounds = Number(process.argv[2]);
  let cut = 0;
  let runs = 0;
  for (let r = 0; r < rounds && (process.argv[3] !== 'until-cut' || cut === 0); r++) {
    for (const { code, out } of await Promise.all([...Array(8).keys()].map(() => run()))) {
      if (code !== 0) throw new Error('the command failed');
      runs++;
      if (out.length < 3000) cut++;
    }
  }
  console.log(JSON.stringify({ runs, cut }));
})();
`;
const LONE = `${RUN}(async () => {
  let cut = 0;
  let runs = 0;
  for (let i = 0; i < Number(process.argv[2]); i++) {
    const child = run();
    // The parent's other work while the child runs and ends.
    const until = Date.now() + 20;
    while (Date.now() < until);
    const { code, out } = await child;
    if (code !== 0) throw new Error('the command failed');
    runs++;
    if (out.length < 3000) cut++;
  }
  console.log(JSON.stringify({ runs, cut }));
})();
`;
const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20 };
const WHY = "in the 'exit' listener at line 7: Node emits 'exit' without waiting for the streams to end ('close' waits), so the output used can be cut short or empty: ";

test("exit race: children started together lose output at 'exit' (a default finding), none after the fix; one at a time, none (lone-race, possible only)", { timeout: 180_000 }, async (t) => {
  const found = (await lintText('task.js', new SourceText(PARALLEL), 'javascript', { ...ENGINE, evidence: 'known' })).findings;
  assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.column, f.evidence, f.message]), [
    [4, 19, 'race', `spawn(): stdout is collected by the 'data' listener at line 6 and used (\`out\`) ${WHY}the children are started for each item, by .map() (by the caller at line 15), \`head\` is a native program: what it writes to a pipe is flushed as it exits, so its output and its exit come together, and libuv reaps every exited child when it handles one SIGCHLD, so a child that ends with another gets its 'exit' before its pipe has been read, and whenever a process the command started still holds the pipe`],
  ]);
  const outcome = await fixText('task.js', PARALLEL, 'javascript', { ...ENGINE, evidence: 'known' }, { strategy: 'close', unsafe: true });
  assert.equal(outcome.applied, 1);
  const { raced, fixed } = await raceBeforeAndAfter(PARALLEL, outcome.text, 'popenlint-race-lone-', 'until-cut');
  t.diagnostic(`8 at a time, 'exit': ${raced['cut']} of ${raced['runs']} outputs cut short; 'close': ${fixed['cut']} of ${fixed['runs']}`);
  assert.ok(raced['cut']! > 0, `no output cut short at 'exit' in ${raced['runs']} children`);
  assert.equal(fixed['cut'], 0);

  assert.deepEqual((await lintText('task.js', new SourceText(LONE), 'javascript', { ...ENGINE, evidence: 'known' })).findings, []);
  const lone = (await lintText('task.js', new SourceText(LONE), 'javascript', { ...ENGINE, evidence: 'possible' })).findings;
  assert.deepEqual(lone.map((f) => [f.range.start.line, f.range.start.column, f.evidence]), [[4, 19, 'lone-race']]);
  assert.match(lone[0]!.message, /the callers here run it one at a time \(line 14\): measured, a child run alone is read before its 'exit'/);
  const dir = tempDir('popenlint-race-lone-');
  try {
    const script = path.join(dir, 'lone.cjs');
    fs.writeFileSync(script, LONE);
    const r = await runNode(script, ['200'], 60_000);
    assert.equal(r.timedOut, false);
    assert.equal(r.code, 0);
    const { runs, cut } = JSON.parse(r.stdout) as { runs: number; cut: number };
    t.diagnostic(`one at a time, the parent busy 20 ms each: ${cut} of ${runs} outputs cut short at 'exit'`);
    assert.equal(runs, 200);
    assert.equal(cut, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
