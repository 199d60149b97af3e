import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseRequiresPython } from '../src/knowledge/targets.js';
import type { Evidence } from '../src/knowledge/evidence.js';
import { lint } from './helpers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS } from './snapshot.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid and invalid cases per rule, as data (the ESLint RuleTester shape). An invalid case
 * gives the number of findings (one unless `lines` lists them); its line, column, end, message
 * and every fix's edit are pinned by its entry in test/snapshots/rules/<RULE>.snap, so a fix
 * that no case checks fails the test (as a fix missing from RuleTester's `output` does).
 */
export interface Case {
  code: string;
  /** Expected finding lines for the rule under test; omitted = exactly one finding. */
  lines?: number[];
  /** Every finding of the rule: [line, column, message], in order. */
  errors?: [number, number, string][];
  /** 'py2', 'py3' (the default, 3.10+), or a requires-python range such as '>=2.7'. */
  target?: string;
  /** What every finding of the case rests on (knowledge/evidence.ts); the snapshot pins it too. */
  evidence?: Evidence;
  /** Where the code is linted from (a fixture project's folder, whose scripts it runs); the default is case.py. */
  file?: string;
}

export interface Table {
  valid: (string | Case)[];
  invalid: (string | Case)[];
}

const norm = (c: string | Case): Case => (typeof c === 'string' ? { code: c } : c);
const targetOf = (t: string | undefined) => (t === undefined || t === 'py2' || t === 'py3' ? (t as 'py2' | 'py3' | undefined) : parseRequiresPython(t)!);

/**
 * Runs one rule's table: `snapshot` names the file under test/snapshots/rules (the rule's id,
 * or `<RULE>-<topic>` for a table kept in its own test file).
 */
export function runTable(rule: string, table: Table, snapshot = rule, title = rule): void {
  describe(title, () => {
    const snapshots = new SnapshotFile(path.join(SNAPSHOTS, 'rules', `${snapshot}.snap`));
    for (const [i, raw] of table.invalid.entries()) {
      const c = norm(raw);
      test(`invalid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', targetOf(c.target), 'possible', c.file)).filter((f) => f.rule === rule);
        if (c.errors) assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.column, f.message]), c.errors);
        else {
          assert.equal(findings.length, c.lines?.length ?? 1, findings.map((f) => f.message).join('\n'));
          if (c.lines) assert.deepEqual(findings.map((f) => f.range.start.line), c.lines);
        }
        if (c.evidence) assert.deepEqual(findings.map((f) => f.evidence), findings.map(() => c.evidence));
        snapshots.check(`${c.target ?? 'py3'} ${c.file ? `${c.file} ` : ''}${JSON.stringify(c.code)}`, renderFindings(c.code, findings));
        await assertMetamorphic(c.file ?? 'case.py', c.code, 'python', [rule], targetOf(c.target), undefined, true);
      });
    }
    for (const [i, raw] of table.valid.entries()) {
      const c = norm(raw);
      test(`valid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', targetOf(c.target), 'possible', c.file)).filter((f) => f.rule === rule);
        assert.deepEqual(findings.map((f) => `${f.range.start.line}: ${f.message}`), []);
        assert.equal(await assertMetamorphic(c.file ?? 'case.py', c.code, 'python', [rule], targetOf(c.target), undefined, true), 0);
      });
    }
    test('snapshots: every entry belongs to a case', () => snapshots.finish());
  });
}

