import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf, generateRepo } from '../adopt-helpers.js';
import { cli } from '../helpers.js';

interface SuppressionsFile {
  version: number;
  files: Record<string, Record<string, { count: number; fingerprints: string[] }>>;
}

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as SuppressionsFile;
const total = (s: SuppressionsFile) => Object.values(s.files).flatMap((r) => Object.values(r)).reduce((n, e) => n + e.count, 0);

describe('bulk suppressions on a generated repository', () => {
  it('suppress all, add a hazard (reported alone), edit elsewhere, fix one, prune', () => {
    const { dir } = generateRepo();
    try {
      const before = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      assert.ok(before.length >= 12, `expected a dozen findings, got ${before.length}`);

      // 1. Freeze what exists.
      const frozen = cli(['check', '.', '--suppress-all'], { cwd: dir });
      assert.equal(frozen.code, 0, frozen.stderr);
      assert.match(frozen.stderr, new RegExp(`Suppressed ${before.length} findings in popenlint-suppressions\\.json`));
      const file = path.join(dir, 'popenlint-suppressions.json');
      const recorded = read(file);
      assert.equal(recorded.version, 1);
      assert.equal(total(recorded), before.length);
      for (const f of before) {
        const entry = recorded.files[f.path]?.[f.rule];
        assert.ok(entry, `${f.path} ${f.rule} recorded`);
        assert.equal(entry.count, entry.fingerprints.length);
      }
      const clean = cli(['check', '.'], { cwd: dir });
      assert.equal(clean.code, 0, clean.stdout);
      assert.match(clean.stdout, /All checks passed!/);
      assert.match(clean.stderr, new RegExp(`${before.length} findings suppressed by popenlint-suppressions\\.json`));

      // 2. A new hazard in a file that already has suppressed findings of the same rule, with
      // lines inserted above the old ones: only the new finding is reported.
      const target = before.find((f) => f.rule === 'POP001' && /^os\.popen\('make target\d+'\)$/m.test(fs.readFileSync(path.join(dir, f.path), 'utf8')))!;
      const abs = path.join(dir, target.path);
      const original = fs.readFileSync(abs, 'utf8');
      fs.writeFileSync(abs, `# a header comment\n# pushed every line down\n${original}os.popen('make clean-cache')\n`);
      const fresh = cli(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(fresh.code, 1);
      const reported = findingsOf(fresh.stdout);
      assert.equal(reported.length, 1, JSON.stringify(reported));
      assert.equal(reported[0]!.path, target.path);
      assert.equal(reported[0]!.rule, 'POP001');
      assert.equal(reported[0]!.line, original.split('\n').length + 2);

      // 3. Fix one frozen finding by hand, and the new one too: the record that matches nothing
      // is reported, then pruned.
      const lines = fs.readFileSync(abs, 'utf8').split('\n');
      const handFixed = lines.findIndex((l) => /^os\.popen\('make target\d+'\)$/.test(l));
      assert.ok(handFixed >= 0, 'the generated file has a one-line os.popen');
      lines[handFixed] = lines[handFixed]!.replace("')", " >/dev/null')");
      lines[lines.length - 2] = "os.popen('make clean-cache >/dev/null')";
      fs.writeFileSync(abs, lines.join('\n'));
      const afterFix = cli(['check', '.'], { cwd: dir });
      assert.equal(afterFix.code, 0, afterFix.stdout);
      assert.match(afterFix.stderr, /1 suppression in popenlint-suppressions\.json no longer matches a finding; remove it with `popenlint check --prune-suppressions`/);
      const pruned = cli(['check', '.', '--prune-suppressions'], { cwd: dir });
      assert.equal(pruned.code, 0, pruned.stderr);
      assert.match(pruned.stderr, /Pruned 1 suppression that no longer match/);
      assert.equal(total(read(file)), before.length - 1);

      // 4. `popenlint fix .` fixes frozen findings too (a safe fix keeps behaviour); what it
      // leaves is still suppressed, and pruning drops exactly the fixed ones.
      const fixAll = cli(['fix', '.'], { cwd: dir });
      assert.equal(fixAll.code, 0, `${fixAll.stdout}${fixAll.stderr}`);
      const safe = before.filter((f) => f.fix?.applicability === 'safe').length;
      assert.match(fixAll.stderr, new RegExp(`Fixed ${safe - 1} findings`));
      cli(['check', '.', '--prune-suppressions'], { cwd: dir });
      const left = read(file);
      assert.equal(total(left), before.length - safe);
      assert.equal(cli(['check', '.'], { cwd: dir }).code, 0);
      // Nothing left to prune, and the file is stable.
      const again = fs.readFileSync(file, 'utf8');
      const quiet = cli(['check', '.'], { cwd: dir });
      assert.equal(quiet.code, 0);
      assert.doesNotMatch(quiet.stderr, /no longer match/);
      cli(['check', '.', '--prune-suppressions'], { cwd: dir });
      assert.equal(fs.readFileSync(file, 'utf8'), again);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a copy of a frozen line is new; editing the frozen line itself reports it again', () => {
    const { dir } = generateRepo(7, 5, {}, { js: false });
    try {
      cli(['check', '.', '--suppress-all'], { cwd: dir });
      // A finding on one line: its text is copied and edited below as one line.
      const first = findingsOf(cli(['check', '.', '--format', 'json', '--suppressions-location', 'none.json'], { cwd: dir }).stdout).find((f) => f.line === f.endLine);
      assert.ok(first, 'the generated repository has a one-line finding');
      const abs = path.join(dir, first!.path);
      const lines = fs.readFileSync(abs, 'utf8').split('\n');
      const flagged = lines.slice(first!.line - 1, first!.endLine).join('\n');
      // The same text again: the count of that fingerprint is exceeded by one, and only one is reported.
      fs.appendFileSync(abs, `\n${flagged}\n`);
      const dup = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      assert.deepEqual(dup.map((f) => [f.path, f.rule, f.line]), [[first!.path, first!.rule, lines.length + 1]]);
      // Editing the frozen finding's own text makes it a finding again (and the copy stays frozen).
      const edited = fs.readFileSync(abs, 'utf8').split('\n');
      edited[first!.line - 1] = edited[first!.line - 1]!.replace(/'\)?$/, (m) => ` --verbose${m}`).replace(/(\w)(['"])(?=[^'"]*$)/, '$1 -v$2');
      fs.writeFileSync(abs, edited.join('\n'));
      const again = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      assert.deepEqual(again.map((f) => [f.path, f.rule, f.line]), [[first!.path, first!.rule, first!.line]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--suppressions-location, --suppress-rule, files that vanish, a bad file', () => {
    const { dir } = generateRepo(3, 6, {}, { js: false });
    try {
      const all = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      const loc = path.join('ci', 'frozen.json');
      const only = cli(['check', '.', '--suppress-rule', 'POP001', '--suppressions-location', loc, '--format', 'json'], { cwd: dir });
      const rest = findingsOf(only.stdout);
      assert.deepEqual(rest.map((f) => f.rule).sort(), all.filter((f) => f.rule !== 'POP001').map((f) => f.rule).sort());
      const saved = read(path.join(dir, loc));
      // Paths are relative to the suppressions file.
      assert.ok(Object.keys(saved.files).every((k) => k.startsWith('../')), Object.keys(saved.files).join());
      assert.ok(Object.values(saved.files).every((r) => Object.keys(r).every((rule) => rule === 'POP001')));
      // The default location is not read when another is named.
      assert.equal(fs.existsSync(path.join(dir, 'popenlint-suppressions.json')), false);

      // A file that no longer exists is pruned even when this run did not check it.
      const gone = all.find((f) => f.rule === 'POP001')!.path;
      fs.rmSync(path.join(dir, gone));
      const pruned = cli(['check', 'app', '--prune-suppressions', '--suppressions-location', loc], { cwd: dir });
      assert.ok(!(`../${gone}` in read(path.join(dir, loc)).files), pruned.stderr);

      fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 2}');
      const bad = cli(['check', '.', '--suppressions-location', 'bad.json'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
      assert.match(bad.stderr, /bad\.json: not a popenlint suppressions file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
