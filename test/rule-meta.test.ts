import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { isCandidate } from '../src/engine.js';
import { FIXTURES } from './helpers.js';
import { SNAPSHOTS } from './snapshot.js';

/**
 * What a rule declares about itself must hold for its own code: its needles let its documented
 * example, every fixture of its and every invalid case of its rule table through the prefilter
 * (a wrong needle would hide its findings silently), its resolved names are qualified, and its strategies are documented.
 */
for (const meta of allRules) {
  const engine = { enabled: new Set([meta.id]), target: 'py3' as const };
  test(`${meta.id} declares needles that let its own example, fixtures and rule-table cases through the prefilter`, () => {
    assert.ok(meta.needles.length > 0, 'at least one needle');
    assert.equal(isCandidate(Buffer.from(meta.docs.example), meta.language, engine), true, 'the documented example');
    const dir = path.join(FIXTURES, meta.language === 'python' ? 'python' : 'js', meta.id);
    const inputs = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.includes('.expected.')) : [];
    for (const f of inputs) assert.equal(isCandidate(fs.readFileSync(path.join(dir, f)), meta.language, engine), true, f);
    // The Python rule table's invalid cases, as their snapshot keys hold them (`py3 "code"`).
    const snap = path.join(SNAPSHOTS, 'rules', `${meta.id}.snap`);
    if (meta.language !== 'python' || !fs.existsSync(snap)) return;
    const cases = [...fs.readFileSync(snap, 'utf8').matchAll(/^=== py[23] (".*") ===$/gm)].map((m) => JSON.parse(m[1]!) as string);
    assert.ok(cases.length > 0);
    for (const code of cases) assert.equal(isCandidate(Buffer.from(code), 'python', engine), true, code);
  });

  test(`${meta.id} declares qualified names it resolves and documents each strategy`, () => {
    assert.ok(meta.resolves.length > 0);
    for (const name of meta.resolves) assert.match(name, /^[\w(]+[\w.()]*\.\w+\)?$/, name);
    for (const s of meta.strategies) assert.match(meta.docs.fixSafety, new RegExp(`\`${s}\``), `fix safety documents ${s}`);
  });
}
