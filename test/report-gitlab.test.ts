import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './helpers.js';
import { tempTree } from './report-helpers.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const SOURCE = "import os\nos.popen('make all')\nos.popen('make docs')\nos.popen('make all')\n";

function gitlab(cwd: string, args: string[] = ['.']): Issue[] {
  const r = cli(['check', ...args, '--format', 'gitlab'], { cwd });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout) as Issue[];
}

describe('--format gitlab (Code Quality)', () => {
  it('has the required fields and the same findings as json', () => {
    const dir = tempTree({ 'sub/a.py': SOURCE });
    try {
      const issues = gitlab(dir);
      const json = JSON.parse(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout) as { findings: { rule: string; path: string; line: number; message: string }[] };
      assert.equal(issues.length, 3);
      assert.equal(issues.length, json.findings.length);
      issues.forEach((issue, i) => {
        const f = json.findings[i]!;
        assert.equal(issue.check_name, f.rule);
        assert.ok(issue.description.includes(f.message));
        assert.equal(issue.location.path, 'sub/a.py');
        assert.equal(issue.location.lines.begin, f.line);
        assert.equal(issue.severity, 'major');
        assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fingerprints are unique, and stable when lines are inserted above', () => {
    const dir = tempTree({ 'a.py': SOURCE });
    try {
      const before = gitlab(dir);
      assert.equal(new Set(before.map((i) => i.fingerprint)).size, before.length, 'identical lines get distinct fingerprints');
      fs.writeFileSync(path.join(dir, 'a.py'), `# a comment\n\n${SOURCE}`);
      const after = gitlab(dir);
      assert.deepEqual(after.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
      assert.deepEqual(after.map((i) => i.location.lines.begin), before.map((i) => i.location.lines.begin + 2));
      // Fixing one finding leaves the others' fingerprints as they were.
      fs.writeFileSync(path.join(dir, 'a.py'), SOURCE.replace("os.popen('make docs')\n", ''));
      const fixed = gitlab(dir).map((i) => i.fingerprint);
      assert.deepEqual(fixed, [before[0]!.fingerprint, before[2]!.fingerprint]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints an empty array when clean', () => {
    const dir = tempTree({ 'a.py': 'print(1)\n' });
    try {
      assert.deepEqual(gitlab(dir), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
