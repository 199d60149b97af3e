import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { lint } from './helpers.js';

/** Each rule's documented Example must produce its finding; its Use instead must not (Biome-style). */
for (const meta of allRules) {
  test(`${meta.id} docs: Example is reported`, async () => {
    const findings = await lint(meta.docs.example, [meta.id], meta.language);
    assert.ok(findings.some((f) => f.rule === meta.id), `${meta.id} example:\n${meta.docs.example}`);
  });
  test(`${meta.id} docs: Use instead is clean`, async () => {
    const findings = await lint(meta.docs.useInstead, [meta.id], meta.language);
    assert.deepEqual(findings.filter((f) => f.rule === meta.id).map((f) => f.message), []);
  });
  test(`${meta.id} docs: more examples are reported, their Use instead is clean`, async () => {
    for (const x of meta.docs.moreExamples ?? []) {
      const findings = await lint(x.example, [meta.id], meta.language);
      assert.ok(findings.some((f) => f.rule === meta.id), `${meta.id} ${x.title}:\n${x.example}`);
      if (x.useInstead) assert.deepEqual((await lint(x.useInstead, [meta.id], meta.language)).filter((f) => f.rule === meta.id).map((f) => f.message), [], `${meta.id} ${x.title}`);
    }
  });
  test(`${meta.id} docs: every section is written`, () => {
    for (const [key, value] of Object.entries(meta.docs)) {
      if (key === 'references') assert.ok((value as string[]).length > 0, `${meta.id} references`);
      else if (key !== 'reproduction' && key !== 'moreExamples') assert.ok(typeof value === 'string' && value.trim().length > 20, `${meta.id} ${key}`);
    }
    assert.match(meta.id, /^POP\d{3}$/);
    assert.match(meta.name, /^[a-z]+(-[a-z]+)+$/);
  });
}
