import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { Progress } from '../../src/cli/progress.js';
import { parseCodeOwners } from '../../src/report/codeowners.js';
import { formatMarkdown, MAX_LIST_CHARS } from '../../src/report/markdown.js';
import type { OutputFinding, RunReport } from '../../src/report/model.js';
import { findingsOf, generateRepo } from '../adopt-helpers.js';
import { cli } from '../helpers.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

/** Decodes the HTML entities the html format writes. */
const unhtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('--format markdown and --format html on a generated repository', () => {
  it('hold every finding: location, rule, message, fix; html groups by folder and by CODEOWNERS owner, with code and diff', () => {
    const { dir } = generateRepo(18, 15, {
      '.github/CODEOWNERS': '# owners\n*.py @team-py\n/web/ @team-web @alice\napp/jobs/ @jobs-team\n',
    });
    try {
      const findings = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout);
      assert.ok(findings.length >= 20, String(findings.length));
      const md = cli(['check', '.', '--format', 'markdown'], { cwd: dir, env: { GITHUB_SHA: '' } });
      assert.equal(md.code, 1);
      const html = cli(['check', '.', '--format', 'html'], { cwd: dir });
      assert.equal(html.code, 1);
      const page = unhtml(html.stdout);
      const safe = findings.filter((f) => f.fix?.applicability === 'safe').length;
      const unsafe = findings.filter((f) => f.fix?.applicability === 'unsafe').length;
      const files = new Set(findings.map((f) => f.path));
      assert.match(md.stdout, new RegExp(`^## popenlint: ${findings.length} findings in ${files.size} files\\n`));
      assert.match(md.stdout, new RegExp(`${safe} fixable with \`popenlint fix\`, ${unsafe} more with \`popenlint fix --unsafe-fixes\``));
      for (const f of findings) {
        const loc = `${f.path}:${f.line}:${f.column}`;
        const row = md.stdout.split('\n').find((l) => l.startsWith(`| \`${loc}\` | ${f.rule} |`));
        assert.ok(row, `markdown lists ${loc}`);
        assert.ok(row.includes(f.message.replace(/\|/g, '\\|')), `markdown message of ${loc}`);
        assert.match(row, f.fix ? new RegExp(`\\| ${f.fix.applicability}: [^|]+ \\|$`) : /\| none \|$/);
        assert.ok(page.includes(`<code>${loc}</code> <span class="rule">${f.rule}</span>`), `html lists ${loc}`);
        assert.ok(page.includes(`<div>${f.message}</div>`), `html message of ${loc}`);
      }
      // The rule table's counts add up.
      for (const rule of new Set(findings.map((f) => f.rule))) {
        const of = findings.filter((f) => f.rule === rule);
        const s = of.filter((f) => f.fix?.applicability === 'safe').length;
        const u = of.filter((f) => f.fix?.applicability === 'unsafe').length;
        assert.match(md.stdout, new RegExp(`^\\| ${rule} \\| [a-z-]+ \\| ${of.length} \\| ${s} \\| ${u} \\| ${of.length - s - u} \\|$`, 'm'));
      }
      // Top files: the file with the most findings is first.
      const top = [...files].map((p) => [p, findings.filter((f) => f.path === p).length] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      assert.match(md.stdout, new RegExp(`### Top files\\n\\n\\| File \\| Findings \\| Safe fix \\| Rules \\|\\n\\|---\\|---:\\|---:\\|---\\|\\n\\| \`${top[0]}\` \\| ${top[1]} \\|`));

      // html: totals, excerpts with the flagged line marked, a diff per fixable finding.
      assert.match(page, new RegExp(`<div class="total" id="total-findings"><b>${findings.length}</b>findings</div>`));
      assert.match(page, new RegExp(`<div class="total" id="total-safe"><b>${safe}</b>`));
      assert.equal((page.match(/<div class="finding /g) ?? []).length, findings.length);
      assert.equal((page.match(/<pre class="diff">/g) ?? []).length, findings.filter((f) => f.fix).length);
      const one = findings.find((f) => f.rule === 'POP001' && f.line === f.endLine)!;
      const text = fs.readFileSync(path.join(dir, one.path), 'utf8').split('\n')[one.line - 1]!;
      assert.ok(page.includes(`<span class="hit"><span class="ln">${one.line}</span>${text}</span>`), 'flagged line marked');
      const block = page.slice(page.indexOf(`<code>${one.path}:${one.line}:${one.column}</code>`));
      const diff = block.slice(block.indexOf('<pre class="diff">'), block.indexOf('</pre>', block.indexOf('<pre class="diff">')));
      assert.ok(diff.includes(`<span class="del">-${text}</span>`), diff);
      assert.match(diff, /<span class="add">\+.*>\/dev\/null/);
      // Folders and owners.
      for (const folder of new Set([...files].map((p) => path.posix.dirname(p)))) assert.ok(page.includes(`<summary>${folder}/ — `), folder);
      assert.match(page, /<h2 id="by-owner">By owner <span class="muted">\(\.github\/CODEOWNERS\)<\/span><\/h2>/);
      const jobs = findings.filter((f) => f.path.startsWith('app/jobs/')).length;
      const web = findings.filter((f) => f.path.startsWith('web/')).length;
      const py = findings.filter((f) => f.path.endsWith('.py') && !f.path.startsWith('app/jobs/')).length;
      assert.ok(page.includes(`<summary>@jobs-team — ${jobs} finding${jobs === 1 ? '' : 's'}</summary>`));
      assert.ok(page.includes(`<summary>@alice — ${web} finding${web === 1 ? '' : 's'}</summary>`));
      assert.ok(page.includes(`<summary>@team-py — ${py} finding${py === 1 ? '' : 's'}</summary>`));
      // Self-contained: no script, no external resource.
      assert.doesNotMatch(page, /<script|<link|src=|https?:\/\//);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('html without CODEOWNERS has no owner view; a clean run says so', () => {
    const { dir } = generateRepo(5, 3, {}, { js: false });
    try {
      const page = cli(['check', '.', '--format', 'html'], { cwd: dir }).stdout;
      assert.doesNotMatch(page, /By owner/);
      const clean = cli(['check', 'lib/clean.py', '--format', 'html'], { cwd: dir });
      assert.equal(clean.code, 0);
      assert.match(clean.stdout, /<h1>popenlint: no findings<\/h1>/);
      assert.equal(cli(['check', 'lib/clean.py', '--format', 'markdown'], { cwd: dir }).stdout, '## popenlint: no findings\n\n1 file checked.\n');
      // In GitHub Actions each location links to its line at the commit.
      const linked = cli(['check', '.', '--format', 'markdown'], { cwd: dir, env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' } }).stdout;
      const first = findingsOf(cli(['check', '.', '--format', 'json'], { cwd: dir }).stdout)[0]!;
      assert.ok(linked.includes(`| [\`${first.path}:${first.line}:${first.column}\`](https://github.com/o/r/blob/abc123/${first.path}#L${first.line}) | ${first.rule} |`), linked);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('markdown escapes table cells and stops listing before GitHub\'s 1 MiB summary limit', () => {
    const f = (i: number): OutputFinding => ({
      rule: 'POP001', name: 'popen-result-discarded', path: `dir/f${i}|x\`y.py`, start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 },
      message: `a | pipe <b>\nand a newline ${'x'.repeat(200)}`, severity: 'error', sourceLine: null, fix: null,
    });
    const many = Array.from({ length: 5000 }, (_, i) => f(i));
    const report: RunReport = { findings: many, summary: { files: 5000, parsed: 5000, findings: many.length }, fixable: { safe: 0, unsafe: 0 } };
    const md = formatMarkdown(report, { cwd: '/r', root: '/r' });
    const linked = formatMarkdown({ ...report, findings: [f(0)] }, { cwd: '/r', root: '/r', sourceUrl: 'https://h/o/r/blob/s' });
    assert.ok(linked.includes('| [``dir/f0\\|x`y.py:1:1``](https://h/o/r/blob/s/dir/f0%7Cx%60y.py#L1) | POP001 |'), linked);
    assert.ok(md.length < 1024 * 1024, String(md.length));
    assert.ok(md.length > MAX_LIST_CHARS);
    const rows = md.split('\n').filter((l) => /^\| ``dir\/[^ ]*:\d+:\d+`` \|/.test(l));
    assert.ok(rows.length < 5000 && rows.length > 1000, String(rows.length));
    assert.match(md, new RegExp(`${5000 - rows.length} more findings not listed`));
    assert.equal(rows[0], '| ``dir/f0\\|x`y.py:1:1`` | POP001 | a \\| pipe &lt;b&gt; and a newline ' + 'x'.repeat(200) + ' | none |');
  });
});

describe('--report FORMAT:PATH: several reports from one run', () => {
  it('writes each report as --format would print it, from one lint', () => {
    const { dir } = generateRepo(11, 6, {}, { js: false });
    try {
      const r = cli(['check', '.', '--format', 'github', '--report', 'sarif:out/x.sarif', '--report', 'markdown:summary.md', '--report', 'json:r.json', '--report', 'gitlab:gl.json'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, cli(['check', '.', '--format', 'github'], { cwd: dir }).stdout);
      for (const [format, file] of [['sarif', 'out/x.sarif'], ['markdown', 'summary.md'], ['json', 'r.json'], ['gitlab', 'gl.json']]) {
        assert.equal(fs.readFileSync(path.join(dir, file!), 'utf8'), cli(['check', '.', '--format', format!], { cwd: dir }).stdout, format);
      }
      // The reports ignore --quiet and --statistics, which shape the main output only.
      const stats = cli(['check', '.', '--statistics', '--report', 'json:s.json'], { cwd: dir });
      assert.equal(findingsOf(fs.readFileSync(path.join(dir, 's.json'), 'utf8')).length, findingsOf(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).length);
      assert.doesNotMatch(stats.stdout, /^\{/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad spec stops the run with one line, before linting', () => {
    for (const [spec, message] of [['yaml:x', /unknown format 'yaml'/], ['sarif', /no path; write FORMAT:PATH, e\.g\. sarif:popenlint\.sarif/], ['sarif:', /no path/]] as const) {
      const r = cli(['check', 'fixtures/demo', '--report', spec]);
      assert.equal(r.code, 2, spec);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
});

describe('--changed-first and annotation levels', () => {
  it('puts the findings of changed files first, so they are among the 10 annotations GitHub shows', () => {
    const { dir } = generateRepo(18, 15);
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'base');
      const base = git(dir, 'rev-parse', 'HEAD');
      const changed = 'web/mod14.js';
      fs.appendFileSync(path.join(dir, changed), "spawn('late', ['x']);\n");
      const plain = cli(['check', '.', '--format', 'github'], { cwd: dir }).stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
      const first = cli(['check', '.', '--format', 'github', '--changed-first', base], { cwd: dir }).stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
      assert.equal(first.length, plain.length);
      assert.ok(plain.length > 10);
      const n = plain.filter((l) => l.includes(`file=${changed},`)).length;
      assert.ok(n >= 2);
      assert.ok(first.slice(0, n).every((l) => l.includes(`file=${changed},`)), first.slice(0, n).join('\n'));
      assert.ok(!plain.slice(0, n).every((l) => l.includes(`file=${changed},`)), 'without the flag they are not first');
      assert.deepEqual([...first].sort(), [...plain].sort());
      // Error rules are errors.
      assert.ok(first.every((l) => l.startsWith('::error ')));
      // An unknown ref keeps the order, with a warning, and never fails the run.
      const bad = cli(['check', '.', '--format', 'github', '--changed-first', 'no-such-ref'], { cwd: dir });
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /popenlint: warning: --changed-first: 'no-such-ref' is not a commit/);
      assert.deepEqual(bad.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l)), plain);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CODEOWNERS', () => {
  it('last match wins; directories, anchors, globs; GitLab sections add up', () => {
    const of = parseCodeOwners('* @all\n*.py @py  # python\n/docs/ @docs\napps/ @apps\n/build/logs/ @logs\nsrc/**/*.js @js\n\n[Backend]\n/api/ @backend\n');
    assert.deepEqual(of('README.md'), ['@all']);
    assert.deepEqual(of('x/y.py'), ['@py']);
    assert.deepEqual(of('docs/a.py'), ['@docs']);
    assert.deepEqual(of('deep/apps/x.js'), ['@apps']);
    assert.deepEqual(of('build/logs/x'), ['@logs']);
    assert.deepEqual(of('src/a/b/c.js'), ['@js']);
    assert.deepEqual(of('api/v1.py'), ['@py', '@backend']);
    assert.deepEqual(parseCodeOwners('/only/ @o\n')('elsewhere.py'), []);
  });
});

describe('progress bar', () => {
  it('appears on a terminal once the run is slow, and never when disabled', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let out = '';
    tty.on('data', (d: Buffer) => { out += d.toString(); });
    const bar = new Progress(3, { enabled: true, stream: tty as unknown as NodeJS.WritableStream, delayMs: 0 });
    await new Promise((r) => setTimeout(r, 50));
    await bar.step();
    // The bar draws on a timer: on a loaded machine the first frame can take a while.
    for (let waited = 0; waited < 5000 && !/files/.test(out); waited += 50) await new Promise((r) => setTimeout(r, 50));
    bar.stop();
    assert.match(out, /popenlint .* \d+% \| [0-3]\/3 files/);
    const silent = new PassThrough();
    let none = '';
    silent.on('data', (d: Buffer) => { none += d.toString(); });
    const off = new Progress(3, { enabled: false, stream: silent, delayMs: 0 });
    await off.step();
    await new Promise((r) => setTimeout(r, 50));
    off.stop();
    assert.equal(none, '');
  });

  it('fix prints no bar when stderr is not a terminal', () => {
    const { dir } = generateRepo(2, 8, {}, { js: false });
    try {
      const r = cli(['fix', '.'], { cwd: dir, env: { CI: '' } });
      assert.doesNotMatch(r.stderr, /files \|/);
      assert.match(r.stderr, /^Fixed \d+ findings/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
