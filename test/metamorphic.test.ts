import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { decode } from '../src/encoding.js';
import { fixText } from '../src/fix/apply.js';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import type { Language } from '../src/types.js';
import { FIXTURES } from './helpers.js';
import { assertMetamorphic, variants } from './metamorphic.js';

/**
 * Every golden fixture input, linted again after edits that change no program (a leading blank
 * line, a comment, non-ASCII text, CRLF, a BOM, trailing code): the same findings, shifted by
 * the lines added. The rule tables run the same check case by case (python-rules, js-rules).
 */
async function offers(input: string, text: string, language: Language, rule: string, strategy: string): Promise<boolean> {
  const r = await lintText(input, new SourceText(text), language, { enabled: new Set([rule]), target: 'py3', evidence: 'possible' as const });
  return r.findings.some((f) => f.fixes.some((x) => x.strategy === strategy));
}

for (const [language, folder] of [['python', 'python'], ['javascript', 'js']] as [Language, string][]) {
  for (const rule of fs.readdirSync(path.join(FIXTURES, folder)).sort()) {
    const dir = path.join(FIXTURES, folder, rule);
    for (const input of fs.readdirSync(dir).filter((f) => !f.includes('.expected.')).sort()) {
      test(`${rule} ${input}: same findings under metamorphic edits`, async () => {
        const { text, bom } = decode(fs.readFileSync(path.join(dir, input)), language);
        const n = await assertMetamorphic(input, bom ? `\ufeff${text}` : text, language, [rule]);
        assert.ok(n > 0, `${input} has findings of ${rule} to compare`);
      });
      // The fixes too: fixing a variant gives the same variant of the reviewed output (a CRLF
      // file's fix keeps CRLF and lands where it does with LF). The BOM lives below the text
      // (fix/write keeps it; the bom fixtures cover it).
      const ext = path.extname(input);
      for (const strategy of allRules.find((r) => r.id === rule)!.strategies) {
        const expectedFile = path.join(dir, input.slice(0, -ext.length).replace(/\.input$/, '') + `.${strategy}.expected${ext}`);
        test(`${rule} ${input} --strategy ${strategy}: same fix under metamorphic edits`, async (t) => {
          const before = decode(fs.readFileSync(path.join(dir, input)), language).text;
          // As in the golden tests: a strategy only some targets get has no golden where no finding offers it.
          if (!fs.existsSync(expectedFile) && !(await offers(input, before, language, rule, strategy))) return t.skip(`no ${rule} finding offers ${strategy}`);
          const after = fs.existsSync(expectedFile) ? decode(fs.readFileSync(expectedFile), language).text : before;
          const expected = variants(after, language);
          for (const [i, v] of variants(before, language).entries()) {
            if (v.name === 'UTF-8 BOM') continue;
            const out = await fixText(input, v.code, language, { enabled: new Set([rule]), target: 'py3', evidence: 'possible' as const }, { strategy, unsafe: true });
            assert.equal(out.text, expected[i]!.code, `${input}: ${v.name}`);
          }
        });
      }
    }
  }
}

test('variants keep a shebang and a coding line first', () => {
  const code = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport os\n';
  for (const v of variants(code, 'python').filter((x) => x.shift > 0)) {
    assert.ok(v.code.startsWith('#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n'), v.name);
  }
  assert.ok(variants('\nx\n', 'python').every((v) => v.code !== '\nx\n'));
});

test('a file whose first line is blank gets its findings (issue 10, item 1)', async () => {
  const { lint } = await import('./helpers.js');
  const findings = await lint("\nimport os\nos.popen('ls -l')\n", ['POP001']);
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.column]), [[3, 1]]);
  const comment = await lint("# a comment\n\nimport os\nos.popen('ls -l')\n", ['POP001']);
  assert.deepEqual(comment.map((f) => [f.range.start.line, f.range.start.column]), [[4, 1]]);
});
