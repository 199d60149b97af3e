import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jsRules } from '../rules/index.js';
import { type EngineOptions, lintText } from '../src/engine.js';
import { fixText } from '../src/fix/apply.js';
import { SourceText } from '../src/source.js';
import type { Strategy } from '../src/types.js';

/**
 * Golden fixtures: fixtures/js/<RULE>/<case>.input.<ext> is the input and
 * <case>.<strategy>.expected.<ext> the reviewed output of fixing only that rule with that
 * strategy (unsafe fixes allowed). A strategy with no expected file must leave the input as it
 * is. Compared byte for byte. POPENLINT_UPDATE_GOLDEN=1 rewrites them (review the diff!).
 */
const UPDATE = process.env.POPENLINT_UPDATE_GOLDEN === '1';
const DIR = fileURLToPath(new URL('../../fixtures/js/', import.meta.url));

async function fix(file: string, text: string, rule: string, strategy: Strategy): Promise<string> {
  const engine: EngineOptions = { enabled: new Set([rule]), target: 'py3' };
  const outcome = await fixText(file, text, 'javascript', engine, { strategy, unsafe: true });
  assert.equal(outcome.error, null);
  return outcome.text;
}

for (const { meta } of jsRules) {
  const dir = path.join(DIR, meta.id);
  for (const input of fs.readdirSync(dir).filter((f) => f.includes('.input.')).sort()) {
    const [name, ext] = input.split('.input.') as [string, string];
    for (const strategy of meta.strategies) {
      const expectedFile = path.join(dir, `${name}.${strategy}.expected.${ext}`);
      test(`${meta.id} ${input} --strategy ${strategy}`, async () => {
        const original = fs.readFileSync(path.join(dir, input), 'utf8');
        const before = await lintText(input, new SourceText(original), 'javascript', { enabled: new Set([meta.id]), target: 'py3' });
        assert.ok(before.findings.length > 0, 'the input has a finding to fix');
        const fixed = await fix(input, original, meta.id, strategy);
        if (UPDATE) {
          if (fixed !== original) fs.writeFileSync(expectedFile, fixed);
          else fs.rmSync(expectedFile, { force: true });
        }
        const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : original;
        assert.equal(fixed, expected);
        if (fixed === original) return;

        // Idempotent, parses, and leaves no finding of the rule.
        assert.equal(await fix(input, fixed, meta.id, strategy), fixed, 'a second run changes nothing');
        const after = await lintText(input, new SourceText(fixed), 'javascript', { enabled: new Set(jsRules.map((r) => r.meta.id)), target: 'py3' });
        assert.equal(after.syntaxErrors, 0);
        assert.deepEqual(after.findings.filter((f) => f.rule === meta.id).map((f) => f.message), []);
      });
    }
  }
}

test('safe-only fixing applies POP102 and leaves the unsafe POP101/POP103 fixes alone', async () => {
  const code = "const cp = require('child_process');\ncp.exec('a');\ncp.spawn('b');\n";
  const engine: EngineOptions = { enabled: new Set(['POP101', 'POP102', 'POP103']), target: 'py3' };
  const outcome = await fixText('case.js', code, 'javascript', engine, { strategy: 'devnull', unsafe: false });
  assert.equal(outcome.text, "const cp = require('child_process');\ncp.exec('a');\ncp.spawn('b', { stdio: 'ignore' });\n");
  assert.equal(outcome.unsafeAvailable, 1);
});

test('no fix is offered when the code still touches child.stdout', async () => {
  const code = "const cp = require('child_process');\nconst c = cp.spawn('b');\nc.stdout.on('end', () => {});\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.equal(r.findings.length, 1);
  assert.deepEqual(r.findings[0]!.fixes, []);
});

test('no fix for a child kept in a property: code elsewhere may read instance.proc.stdout', async () => {
  const code = "const cp = require('child_process');\nclass A { start() { this.proc = cp.spawn('make'); } }\nmodule.exports = A;\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.equal(r.findings.length, 1);
  assert.deepEqual(r.findings[0]!.fixes, []);
});

test('the safe fix says what it writes', async () => {
  const code = "const cp = require('child_process');\nconst c = cp.spawn('make');\nc.stdout.on('data', console.log);\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.deepEqual(r.findings[0]!.fixes.map((f) => [f.strategy, f.applicability, f.description, f.edits.map((e) => e.content)]), [
    ['devnull', 'safe', "Send the unread stderr to /dev/null: stdio: ['ignore', 'pipe', 'ignore']", [", { stdio: ['ignore', 'pipe', 'ignore'] }"]],
  ]);
});
