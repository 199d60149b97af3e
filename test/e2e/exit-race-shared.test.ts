import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import { raceBeforeAndAfter } from '../helpers.js';

/**
 * POP102's exit race through one handler given to both the child's 'exit' and its stderr's
 * 'close' (audit 16: percy-cli's browser launch), whichever comes first: the error it words from
 * the collected stderr. With 20 children at a time and the parent busy while they end, the
 * child's 'exit' comes first for some, before their stderr has been read, so the error lacks the
 * command's error text. After popenlint's fix ('exit' -> 'close') no error text is cut.
 */
const TASK = `const { spawn } = require('child_process');
function run() {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'printf 0123456789abcdef0123456789abcdef01234567 >&2; exit 1']);
    child.stdout.resume();
    let stderr = '';
    let done = false;
    const onData = (d) => { stderr += d; };
    const cleanup = (callback) => { if (!done) { done = true; callback(); } };
    const onEnd = () => cleanup(() => resolve(new Error('failed: ' + stderr)));
    child.stderr.on('data', onData);
    child.stderr.on('close', onEnd);
    child.on('exit', onEnd);
  });
}
(async () => {
  const rounds = Number(process.argv[2]);
  let cut = 0;
  let runs = 0;
  for (let r = 0; r < rounds && (process.argv[3] !== 'until-cut' || cut === 0); r++) {
    const children = Array.from({ length: 20 }, run);
    const until = Date.now() + 100;
    while (Date.now() < until);
    for (const error of await Promise.all(children)) {
      runs++;
      if (error.message.length < 'failed: '.length + 40) cut++;
    }
  }
  console.log(JSON.stringify({ runs, cut }));
})();
`;
const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20, evidence: 'known' as const };

test("exit race, one handler for 'exit' and stderr 'close': the error text is cut short on some runs; at 'close' never", { timeout: 120_000 }, async (t) => {
  const found = (await lintText('task.js', new SourceText(TASK), 'javascript', ENGINE)).findings;
  assert.equal(found.length, 1, 'popenlint reports the race');
  assert.deepEqual([found[0]!.range.start.line, found[0]!.range.start.column], [4, 19]);
  assert.equal(found[0]!.evidence, 'race');
  assert.match(found[0]!.message, /collected by the 'data' listener at line 11 and used \(`stderr`\) only in the error the 'exit' listener at line 13 gives/);
  const outcome = await fixText('task.js', TASK, 'javascript', ENGINE, { strategy: 'close', unsafe: true });
  assert.equal(outcome.applied, 1);
  const { raced, fixed } = await raceBeforeAndAfter(TASK, outcome.text, 'popenlint-race-shared-', 'until-cut');
  t.diagnostic(`'exit' or stderr 'close': ${raced['cut']} of ${raced['runs']} error texts cut short`);
  assert.ok(raced['cut']! > 0, `no error text cut short in ${raced['runs']} children`);
  t.diagnostic(`'close': ${fixed['cut']} of ${fixed['runs']} error texts cut short`);
  assert.equal(fixed['cut'], 0);
});
