import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import type { OutputFinding, RunReport } from '../src/report/model.js';
import { cli } from './helpers.js';
import { DISCARDED, tempTree } from './report-helpers.js';

function finding(over: Partial<OutputFinding>): OutputFinding {
  return {
    rule: 'POP001', name: 'popen-result-discarded', path: 'a.py', start: { line: 2, column: 1 }, end: { line: 2, column: 21 },
    message: 'dropped', severity: 'error', sourceLine: "os.popen('make all')", fix: null, ...over,
  };
}

function report(findings: OutputFinding[]): RunReport {
  return { findings, summary: { files: 1, parsed: 1, findings: findings.length }, fixable: { safe: 0, unsafe: 0 } };
}

const where = { cwd: '/repo', root: '/repo' };

/** The inverse of @actions/core's escaping, as the runner applies it. */
const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

describe('--format github', () => {
  it('escapes data and properties exactly as @actions/core', () => {
    assert.equal(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext%3A a%2Cb');
    // `%` first, so an escape already in the text is not decoded by the runner.
    assert.equal(escapeData('%0A'), '%250A');
    assert.equal(unescape(escapeProperty('a%0A,b:%c\n')), 'a%0A,b:%c\n');
  });

  it('escapes messages and paths with %, comma, colon and newlines', () => {
    const out = formatGithub(report([finding({ path: 'we,ird:100%.py', message: 'line one: 50%, then\nline two\r' })]), where).split('\n');
    assert.equal(out[0], '::error file=we%2Cird%3A100%25.py,line=2,endLine=2,col=1,endColumn=21,title=popenlint (POP001)::line one: 50%25, then%0Aline two%0D');
  });

  it('drops columns when a finding spans lines', () => {
    const out = formatGithub(report([finding({ end: { line: 4, column: 2 } })]), where);
    assert.match(out, /^::error file=a\.py,line=2,endLine=4,title=popenlint \(POP001\)::dropped$/m);
    assert.doesNotMatch(out.split('\n')[0]!, /col=/);
  });

  it('uses ::error for error rules, ::warning for warning rules, and makes paths repository-relative', () => {
    const out = formatGithub(report([finding({ severity: 'warning', rule: 'POP003', path: 'x.py' }), finding({ path: 'y.py' })]), { cwd: '/repo/sub', root: '/repo' });
    assert.match(out, /^::warning file=sub\/x\.py,.*title=popenlint \(POP003\)/m);
    assert.match(out, /^::error file=sub\/y\.py,.*title=popenlint \(POP001\)/m);
  });

  it('prints every annotation past GitHub\'s 10 per type, then one notice with totals per rule', () => {
    const many = Array.from({ length: 12 }, (_, i) => finding({ start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } }));
    many.push(finding({ rule: 'POP005', name: 'subprocess-pipe-never-drained' }));
    const lines = formatGithub(report(many), where).trimEnd().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('::error ')).length, 13);
    assert.equal(lines.filter((l) => l.startsWith('::notice')).length, 1);
    const notice = lines.at(-1)!;
    assert.match(notice, /^::notice title=popenlint summary::13 findings in 1 file checked\.%0APOP001 \(popen-result-discarded\): 12%0APOP005 \(subprocess-pipe-never-drained\): 1$/);
  });

  it('from the CLI: a path with odd characters, multi-line findings, exit codes', () => {
    const dir = tempTree({ 'we,ird:100%.py': `${DISCARDED}os.popen(\n  'du'\n)\n` });
    try {
      const r = cli(['check', '.', '--format', 'github'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /^::error file=we%2Cird%3A100%25\.py,line=2,endLine=2,col=1,endColumn=21,title=popenlint \(POP001\)::output pipe/);
      assert.match(lines[1]!, /^::error file=we%2Cird%3A100%25\.py,line=3,endLine=5,title=popenlint \(POP001\)::/);
      assert.match(lines[2]!, /^::notice title=popenlint summary::2 findings in 1 file checked\.%0APOP001 \(popen-result-discarded\): 2/);
      assert.equal(cli(['check', '.', '--format', 'github', '--exit-zero'], { cwd: dir }).code, 0);
      fs.writeFileSync(`${dir}/we,ird:100%.py`, 'print(1)\n');
      const clean = cli(['check', '.', '--format', 'github'], { cwd: dir });
      assert.equal(clean.code, 0);
      assert.equal(clean.stdout, '::notice title=popenlint summary::No findings; 1 file checked.\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
