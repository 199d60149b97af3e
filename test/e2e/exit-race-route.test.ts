import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { runNode, tempDir } from '../helpers.js';

/**
 * POP102's race on a route through a helper (audit 28: homebridge-eufy-security's ffmpeg snapshot):
 * a private method starts the child and returns it, and its caller collects stdout with a 'data'
 * listener and resolves it at the child's 'exit'. The listeners are the caller's, on the same
 * child, so the output it resolves is cut short as it is where the child is started (native
 * children ending together, exit-race-kinds.test.ts), and never at 'close'. Measured with the real
 * node, several snapshots asked for at once (the Home app asks every camera at once).
 */
const task = (event: 'exit' | 'close') => `const { spawn } = require('child_process');
class Camera {
  async #start(args) {
    const child = spawn('sh', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    return child;
  }
  async snapshot() {
    const child = await this.#start(['-c', 'printf 0123456789abcdef0123456789abcdef01234567']);
    return new Promise((resolve) => {
      let image = '';
      child.stdout.on('data', (d) => { image += d; });
      const whole = new Promise((done) => child.on('close', () => done(image)));
      child.on('${event}', () => resolve({ image, whole }));
    });
  }
}
(async () => {
  const [rounds, n] = process.argv.slice(2).map(Number);
  let runs = 0;
  let cut = 0;
  for (let r = 0; r < rounds && !cut; r++) {
    const cameras = Array.from({ length: n }, () => new Camera());
    for (const { image, whole } of await Promise.all(cameras.map((c) => c.snapshot()))) {
      runs++;
      if (image.length < (await whole).length || image.length === 0) cut++;
    }
  }
  console.log(JSON.stringify({ runs, cut }));
})();
`;

const ENGINE = { enabled: new Set(['POP102']), target: 'py3' as const, nodeMajor: 20, evidence: 'possible' as const };

async function measure(script: string, rounds: number, n: number): Promise<{ runs: number; cut: number }> {
  const dir = tempDir('popenlint-race-route-');
  try {
    const file = path.join(dir, 'camera.cjs');
    fs.writeFileSync(file, script);
    const r = await runNode(file, [String(rounds), String(n)], 120_000);
    assert.equal(r.timedOut, false);
    assert.equal(r.code, 0);
    return JSON.parse(r.stdout) as { runs: number; cut: number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("a child a #private method returns, its output resolved at 'exit' by the caller of instances run at once through an array: cut with 10 together, never with one; popenlint says race at the spawn", { timeout: 240_000 }, async (t) => {
  const script = task('exit');
  const found = (await lintText('camera.js', new SourceText(script), 'javascript', ENGINE)).findings;
  // The snapshots run together through `cameras.map((c) => c.snapshot())`: calls on the elements
  // of an array the code fills with `new Camera()` (instance-arrays.ts), through the #private helper.
  assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.column, f.evidence]), [[4, 19, 'race']]);
  assert.match(found[0]!.message, /collected by the 'data' listener at line 11 and used \(`image`\) in the 'exit' listener at line 13/);
  assert.match(found[0]!.message, /the children are started for each item, by \.map\(\) \(by the caller at line 23\)/);
  const m = await measure(script, 60, 10);
  t.diagnostic(`10 together: ${m.cut} of ${m.runs} cut at 'exit'`);
  assert.ok(m.cut > 0, `no output cut at 'exit' in ${m.runs} snapshots`);
  // One camera at a time through the same code: its pipe is read before its exit is reaped.
  const one = await measure(script, 300, 1);
  t.diagnostic(`one at a time: ${one.cut} of ${one.runs} cut at 'exit'`);
  assert.equal(one.runs, 300);
  assert.equal(one.cut, 0);
});

test("one camera, its snapshot taken once by the script: lone-race (possible) only", async () => {
  const script = task('exit').replace(/\(async \(\) => \{[\s\S]*$/, 'new Camera().snapshot().then(({ image }) => console.log(image.length));\n');
  const found = (await lintText('camera.js', new SourceText(script), 'javascript', ENGINE)).findings;
  assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.column, f.evidence]), [[4, 19, 'lone-race']]);
  assert.match(found[0]!.message, /the callers here run it one at a time \(line 8\)/);
});

test("the same caller resolving at 'close': nothing cut, nothing reported", { timeout: 180_000 }, async (t) => {
  const script = task('close');
  assert.deepEqual((await lintText('camera.js', new SourceText(script), 'javascript', ENGINE)).findings, []);
  const m = await measure(script, 20, 10);
  t.diagnostic(`10 together: ${m.cut} of ${m.runs} cut at 'close'`);
  assert.equal(m.cut, 0);
});
