import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { lintText, prepare } from '../src/engine.js';
import type { Language } from '../src/types.js';
import { FIXTURES } from './helpers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS, UPDATE_SNAPSHOTS } from './snapshot.js';

/**
 * Per fixture, a reviewed snapshot of what its rule reports (ruff's insta snapshots): every
 * finding's position and message and every fix's diff, in
 * test/snapshots/fixtures/<language>/<RULE>/<input>.snap. Inputs are fixtures/python/<RULE>/<case>.py
 * and fixtures/js/<RULE>/<case>.input.<ext>; fixed outputs are also checked by the golden fix tests.
 */
for (const [folder, language] of [['python', 'python'], ['js', 'javascript']] as [string, Language][]) {
  for (const rule of fs.readdirSync(path.join(FIXTURES, folder)).sort()) {
    const meta = allRules.find((r) => r.id === rule);
    if (!meta) continue;
    const dir = path.join(FIXTURES, folder, rule);
    const snapDir = path.join(SNAPSHOTS, 'fixtures', folder, rule);
    const inputs = fs.readdirSync(dir).filter((f) => (language === 'python' ? f.endsWith('.py') && !f.includes('.expected.') : f.includes('.input.'))).sort();
    for (const input of inputs) {
      test(`snapshot ${folder}/${rule}/${input}`, async () => {
        // Every shape the fixture holds, at every evidence level (the golden fixes are made the same way).
        const engine = { enabled: new Set([rule]), target: 'py3' as const, evidence: 'possible' as const };
        const prepared = prepare(fs.readFileSync(path.join(dir, input)), language, engine);
        if (prepared.kind !== 'text') throw new Error(`${input}: ${prepared.kind === 'error' ? prepared.message : 'ruled out by the prefilter'}`);
        const lint = await lintText(input, prepared.source, language, engine);
        const snap = new SnapshotFile(path.join(snapDir, `${input}.snap`));
        snap.check(input, renderFindings(prepared.source.text, lint.findings));
        snap.finish();
      });
    }
    test(`snapshot ${folder}/${rule}: every snapshot has its fixture`, () => {
      const stale = (fs.existsSync(snapDir) ? fs.readdirSync(snapDir) : []).filter((f) => !inputs.includes(f.replace(/\.snap$/, '')));
      if (UPDATE_SNAPSHOTS) for (const f of stale) fs.rmSync(path.join(snapDir, f));
      else assert.deepEqual(stale, [], `snapshots without a fixture in ${snapDir}: run \`npm run test:update-snapshots\``);
    });
  }
}
