import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, ROOT } from './helpers.js';
import { DISCARDED, sarifValidator, tempTree } from './report-helpers.js';

const { ajv, validate } = sarifValidator();

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  fixes?: { artifactChanges: { replacements: { deletedRegion: object; insertedContent: { text: string } }[] }[] }[];
}

// test/data/ci is test code of this repository: its findings are `in-test`, shown from `likely`.
function sarif(args: string[], cwd = ROOT) {
  const r = cli(['check', ...args, '--format', 'sarif', '--evidence', 'likely'], { cwd });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: Record<string, unknown>[] } }; results: SarifResult[] }[] };
  const ok = validate(log);
  assert.ok(ok, `SARIF does not validate: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return log;
}

function json(args: string[], cwd = ROOT) {
  const r = cli(['check', ...args, '--format', 'json', '--evidence', 'likely'], { cwd });
  return JSON.parse(r.stdout) as { findings: { rule: string; path: string; line: number; column: number; endLine: number; endColumn: number; message: string; fix: unknown; severity: string }[] };
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema and carries the same findings as json', () => {
    const log = sarif(['test/data/ci']);
    const findings = json(['test/data/ci']).findings;
    const results = log.runs[0]!.results;
    assert.equal(results.length, findings.length);
    assert.ok(results.length >= 3);
    results.forEach((r, i) => {
      const f = findings[i]!;
      const loc = r.locations[0]!.physicalLocation;
      assert.equal(r.ruleId, f.rule);
      assert.equal(r.message.text, f.message);
      assert.equal(loc.artifactLocation.uri, f.path);
      assert.deepEqual(loc.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, ...('snippet' in loc.region ? { snippet: loc.region.snippet } : {}) });
      assert.equal(r.level, f.severity);
      assert.equal(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
      assert.equal(Boolean(r.fixes), f.fix !== null);
    });
  });

  it('the validator is live: a broken log is rejected', () => {
    const log = sarif(['test/data/ci']) as unknown as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    assert.equal(validate(log), false);
  });

  it('describes every rule as code scanning expects', () => {
    const rules = sarif(['test/data/ci']).runs[0]!.tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[];
    assert.ok(rules.some((r) => r.id === 'POP001'));
    for (const r of rules) {
      assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text && r.help.markdown, r.id);
      assert.match(r.defaultConfiguration.level, /^(error|warning|note)$/);
    }
    const pop001 = rules.find((r) => r.id === 'POP001')!;
    assert.match(pop001.help.markdown, /## Why is this bad\?/);
    assert.match(pop001.help.markdown, /```python\n/);
  });

  it('gives unique fingerprints, also to identical lines, and a fix as replacements', () => {
    const results = sarif(['test/data/ci']).runs[0]!.results;
    const prints = results.map((r) => r.partialFingerprints['popenlint/v1']);
    assert.equal(new Set(prints).size, prints.length);
    const replacement = results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    assert.equal(replacement.insertedContent.text, ' >/dev/null');
  });

  it('writes repository-relative URIs when run from a subfolder', () => {
    const results = sarif(['.'], path.join(ROOT, 'test/data/ci')).runs[0]!.results;
    assert.ok(results.length > 0);
    for (const r of results) assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uri, 'test/data/ci/pipes.py');
  });

  it('stays valid with no findings and with an unreadable file (E902)', () => {
    const dir = tempTree({ 'ok.py': 'print(1)\n', 'bin.py': `${DISCARDED}\0\n` });
    try {
      const empty = sarif(['ok.py'], dir);
      assert.equal(empty.runs[0]!.results.length, 0);
      const log = sarif(['.'], dir);
      const e902 = log.runs[0]!.results.find((r) => r.ruleId === 'E902');
      assert.ok(e902, 'binary file reported as E902');
      assert.equal(log.runs[0]!.tool.driver.rules[e902.ruleIndex]!.id, 'E902');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--output-file writes the same log to a file', () => {
    const dir = tempTree({ 'a.py': DISCARDED });
    try {
      const r = cli(['check', '.', '--format', 'sarif', '--output-file', 'out.sarif'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const log = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as object;
      assert.ok(validate(log), ajv.errorsText(validate.errors));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
