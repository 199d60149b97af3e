import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { structuredPatch } from 'diff';
import { applyEdits } from '../src/fix/apply.js';
import type { Finding } from '../src/types.js';
import { ROOT } from './helpers.js';

/**
 * Reviewed snapshots, as ruff keeps them with insta: each finding's rule, start and end
 * (line:column, 1-based, code points), message, and every fix the rule offers, with its
 * strategy, safety, description and the diff it makes on its own. A behaviour change shows up as
 * a snapshot diff; a new fix nobody checked fails the test. Review, then regenerate with
 * `npm run test:update-snapshots` (POPENLINT_UPDATE_SNAPSHOTS=1).
 */
export const UPDATE_SNAPSHOTS = process.env.POPENLINT_UPDATE_SNAPSHOTS === '1';
export const SNAPSHOTS = path.join(ROOT, 'test', 'snapshots');

const visible = (line: string) => line.replace(/\r/g, '␍');

/** One finding per paragraph; each fix's diff in unified form with no context. */
export function renderFindings(text: string, findings: Finding[]): string {
  if (findings.length === 0) return '(no findings)\n';
  const out: string[] = [];
  for (const f of findings) {
    const { start, end } = f.range;
    out.push(`${f.rule} ${start.line}:${start.column}-${end.line}:${end.column} [${f.severity}: ${f.evidence}] ${f.message}`);
    if (f.fixes.length === 0) out.push('  (no fix)');
    for (const fix of f.fixes) {
      out.push(`  fix ${fix.strategy} (${fix.applicability}): ${fix.description}`);
      const patch = structuredPatch('a', 'b', text, applyEdits(text, fix.edits), '', '', { context: 0 });
      for (const h of patch.hunks) {
        out.push(`    @@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
        for (const line of h.lines) out.push(`    ${visible(line)}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

const SEPARATOR = /^=== (.*) ===\n/m;

/**
 * A snapshot file of keyed entries (`=== key ===` then the text). check() compares one entry;
 * in update mode it records it instead, and finish() writes the file. finish() also fails on
 * entries no test checked (a case that was removed or renamed).
 */
export class SnapshotFile {
  private readonly entries = new Map<string, string>();
  private readonly seen = new Map<string, string>();

  constructor(readonly file: string) {
    if (!fs.existsSync(file)) return;
    const parts = fs.readFileSync(file, 'utf8').split(SEPARATOR);
    for (let i = 1; i + 1 < parts.length; i += 2) this.entries.set(parts[i]!, parts[i + 1]!);
  }

  check(key: string, actual: string): void {
    assert.ok(!key.includes('\n') && !this.seen.has(key), `snapshot key must be one line and unique: ${key}`);
    const body = actual.endsWith('\n') ? `${actual}\n` : `${actual}\n\n`;
    this.seen.set(key, body);
    if (UPDATE_SNAPSHOTS) return;
    const expected = this.entries.get(key);
    const where = path.relative(ROOT, this.file);
    assert.ok(expected !== undefined, `no snapshot for ${JSON.stringify(key)} in ${where}: review the output, then run \`npm run test:update-snapshots\`\n${actual}`);
    assert.equal(body, expected, `snapshot ${JSON.stringify(key)} in ${where} differs: review the diff, then run \`npm run test:update-snapshots\``);
  }

  finish(): void {
    if (UPDATE_SNAPSHOTS) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, [...this.seen].map(([k, v]) => `=== ${k} ===\n${v}`).join(''));
      return;
    }
    const stale = [...this.entries.keys()].filter((k) => !this.seen.has(k));
    assert.deepEqual(stale, [], `${path.relative(ROOT, this.file)} has entries no test checks: run \`npm run test:update-snapshots\``);
  }
}
