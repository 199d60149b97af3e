import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsRules } from '../rules/index.js';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';

/** Biome-style: each JS/TS rule's documented example must report, its "use instead" must not. */
for (const { meta } of jsRules) {
  const lint = async (code: string) => {
    const r = await lintText('example.js', new SourceText(code), 'javascript', { enabled: new Set([meta.id]), target: 'py3' });
    assert.equal(r.syntaxErrors, 0, 'the documented code parses');
    return r.findings.filter((f) => f.rule === meta.id);
  };

  test(`${meta.id} docs: example is reported`, async () => {
    assert.equal((await lint(meta.docs.example)).length, 1);
  });

  test(`${meta.id} docs: use-instead is not reported`, async () => {
    assert.deepEqual(await lint(meta.docs.useInstead), []);
  });

  test(`${meta.id} docs: metadata is complete`, () => {
    assert.equal(meta.language, 'javascript');
    for (const key of ['whatItDoes', 'whyIsThisBad', 'example', 'useInstead', 'fixSafety'] as const) assert.ok(meta.docs[key].trim(), key);
    assert.ok(meta.docs.references.length > 0);
    for (const s of meta.strategies) assert.match(meta.docs.fixSafety, new RegExp(`\`${s}\``), `fix safety documents ${s}`);
  });
}
