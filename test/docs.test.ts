import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { explainRule, ruleIndex, ruleTable } from '../src/explain.js';
import { ROOT } from './helpers.js';
import { UPDATE_SNAPSHOTS } from './snapshot.js';

/**
 * docs/rules/<ID>.md are generated from each rule's `docs` object (as ruff generates its rule
 * pages), with `popenlint explain`'s text; docs/rules/README.md is the catalogue. A page that
 * differs from its rule is stale: regenerate with `npm run docs` (or test:update-snapshots).
 */
const DIR = path.join(ROOT, 'docs', 'rules');
const pages = new Map<string, string>([
  ['README.md', ruleIndex(allRules)],
  ...allRules.map((r) => [`${r.id}.md`, explainRule(r)] as [string, string]),
]);

// The README's rule table, between its markers.
const README = path.join(ROOT, 'README.md');
const TABLE = /(<!-- rules:start[^>]*-->\n)[^]*?(<!-- rules:end -->)/;
const readmeWithTable = (text: string) => text.replace(TABLE, (_m, start: string, end: string) => `${start}${ruleTable(allRules, 'docs/rules/')}\n${end}`);

if (UPDATE_SNAPSHOTS) {
  fs.writeFileSync(README, readmeWithTable(fs.readFileSync(README, 'utf8')));
  fs.mkdirSync(DIR, { recursive: true });
  for (const f of fs.readdirSync(DIR)) if (!pages.has(f)) fs.rmSync(path.join(DIR, f));
  for (const [f, text] of pages) fs.writeFileSync(path.join(DIR, f), text);
}

for (const [file, text] of pages) {
  test(`docs/rules/${file} is generated from the rules and up to date`, () => {
    const on = path.join(DIR, file);
    assert.ok(fs.existsSync(on), `docs/rules/${file} is missing: run \`npm run docs\``);
    assert.equal(fs.readFileSync(on, 'utf8'), text, `docs/rules/${file} is stale: run \`npm run docs\``);
  });
}

test("the README's rule table is generated from the rules and up to date", () => {
  const text = fs.readFileSync(README, 'utf8');
  assert.match(text, TABLE);
  assert.equal(text, readmeWithTable(text), 'the README rule table is stale: run `npm run docs`');
});

test('docs/rules holds no page without a rule', () => {
  assert.deepEqual(fs.readdirSync(DIR).filter((f) => !pages.has(f)), []);
});

test('the README and docs/ link only to files that exist', () => {
  const files = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(#[^)]*)?\)/g)) {
      assert.ok(fs.existsSync(path.join(ROOT, path.dirname(file), m[1]!)), `${file} links to ${m[1]}, which does not exist`);
    }
  }
});
