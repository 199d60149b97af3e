import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../../rules/index.js';
import { pythonInterpreters, ROOT, tempDir } from '../helpers.js';

/**
 * Every rule's `explain` reproduction is run as printed: in an empty folder, its command must
 * show the failure; after `popenlint fix --unsafe-fixes --select RULE` on its file, the same
 * command must not. Python 2.7 comes from PATH or pyenv.
 */
const interpreters = pythonInterpreters();
const PATH = [...new Set(interpreters.filter((i) => i.bin).map((i) => path.dirname(i.bin!))), process.env.PATH].join(path.delimiter);

/** bash -c command in dir; stdout and stderr together; killed after 15 s. */
function run(command: string, dir: string): Promise<{ output: string; code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], { cwd: dir, env: { ...process.env, PATH, LC_ALL: 'C' }, timeout: 15_000, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code, signal) => resolve({ output, code, signal }));
  });
}

// A small pool: the hanging reproductions wait on their `timeout 5` side by side, while no more
// than a few `popenlint fix` runs (TypeScript loads for the JS rules) compete for the cores.
describe('reproductions', { concurrency: 4 }, () => {
for (const meta of allRules) {
  const r = meta.docs.reproduction;
  const needs = /^(?:timeout \d+ )?(python2\.7|python3|node)\b/.exec(r.run)?.[1];
  test(`${meta.id} reproduction shows the failure, and not after popenlint fix`, { timeout: 40_000 }, async (t) => {
    if (needs === 'python2.7' && !interpreters.find((i) => i.name === 'python2.7')?.bin) {
      t.skip('python2.7 not found');
      return;
    }
    const dir = tempDir(`popenlint-repro-${meta.id}-`);
    try {
      for (const [name, content] of Object.entries(r.files)) fs.writeFileSync(path.join(dir, name), content);
      const shows = new RegExp(r.shows);
      const before = await run(r.run, dir);
      assert.equal(before.signal, null, `killed by the test's timeout:\n${before.output}`);
      assert.match(before.output, shows, `unfixed, the reproduction must show the failure:\n${before.output}`);
      const original = fs.readFileSync(path.join(dir, r.fix), 'utf8');
      const bin = JSON.stringify(path.join(ROOT, 'bin/popenlint.js'));
      const fixed = await run(`${JSON.stringify(process.execPath)} ${bin} fix ${r.fix} --unsafe-fixes --select ${meta.id}`, dir);
      assert.equal(fixed.code, 0, fixed.output);
      assert.notEqual(fs.readFileSync(path.join(dir, r.fix), 'utf8'), original, 'the fix changed the file');
      fs.rmSync(path.join(dir, 'marker'), { force: true });
      const after = await run(r.run, dir);
      assert.doesNotMatch(after.output, shows, `fixed, the failure must be gone:\n${fs.readFileSync(path.join(dir, r.fix), 'utf8')}\n${after.output}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
});

test('explain prints each reproduction as it is run: its files, its command, what it shows', async () => {
  const { explain } = await import('../../src/api.js');
  for (const meta of allRules) {
    const text = explain(meta.id)!;
    const r = meta.docs.reproduction;
    for (const [name, content] of Object.entries(r.files)) assert.ok(text.includes(`cat > ${name} <<`) && text.includes(content.trimEnd()), `${meta.id}: ${name}`);
    assert.ok(text.includes(`${r.run}   # -> ${r.says}`), meta.id);
    assert.ok(text.includes(`popenlint fix ${r.fix} --unsafe-fixes --select ${meta.id}`), meta.id);
  }
});

test('every reproduction runs an interpreter the suite knows', () => {
  for (const meta of allRules) assert.match(meta.docs.reproduction.run, /^(?:timeout \d+ )?(python2\.7|python3|node) /, meta.id);
});
