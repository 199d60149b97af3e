import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { lintBytes, lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { cli, ROOT, tempDir } from '../helpers.js';
import { CRASH_MARKER } from '../inject-crash.js';
import { sarifValidator, tempTree } from '../report-helpers.js';

/**
 * Issue 10's numbered defects, each reproduced as a user met it (item 9, the Python target,
 * belongs to the targets work). Each test failed on the code before its fix.
 */

const BAD = "import os\nos.popen('du -a')\n";
const BIN = path.join(ROOT, 'bin/popenlint.js');


interface JsonOut {
  findings: { rule: string; path: string; line: number; fix: { strategy: string } | null }[];
  errors: { path: string; message: string }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonOut;

/** The CLI with extra Node options (a preload that injects a crash). */
function node(nodeArgs: string[], args: string[], cwd: string) {
  // Injected crashes patch dist/rules (tsc's output): they run the unbundled CLI.
  const entry = nodeArgs === CRASH ? path.join(ROOT, 'dist/test/cli-entry.js') : BIN;
  const r = spawnSync(process.execPath, [...nodeArgs, entry, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function assertValidSarif(log: unknown): void {
  const { ajv, validate } = sarifValidator();
  assert.ok(validate(log), `SARIF does not validate: ${ajv.errorsText(validate.errors)}`);
}

const CRASH = ['--import', pathToFileURL(path.join(ROOT, 'dist/test/inject-crash.js')).href];

test('1. a Python file whose first line is blank gets its findings', () => {
  const dir = tempTree({ 'l1.py': `\n${BAD}`, 'c.py': `# comment\n\n${BAD}` });
  const r = cli(['check', '--format', 'json', 'l1.py', 'c.py'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(json(r.stdout).findings.map((f) => `${f.path}:${f.line}`), ['c.py:4', 'l1.py:3']);
});

test('2. --select, --ignore and --extend-select take one value; lists are comma-separated', () => {
  const dir = tempTree({ 'src/a.py': `${BAD}v = os.popen('git log').readline()\n` });
  const rules = (...args: string[]) => {
    const r = cli(['check', '--format', 'json', ...args], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    return json(r.stdout).findings.map((f) => f.rule);
  };
  assert.deepEqual(rules('--select', 'POP001', 'src'), ['POP001']);
  assert.deepEqual(rules('--select', 'POP001,POP003', '--ignore', 'POP003', 'src'), ['POP001']);
  assert.deepEqual(rules('--extend-select', 'POP003', 'src/a.py'), ['POP001', 'POP003']);
});

test('3. paths after -- are the only ones acted on; - is standard input', () => {
  const dir = tempTree({ 'a.py': BAD, 'b.py': BAD, '--weird.py': BAD });
  const r = cli(['fix', '--', 'a.py', '--weird.py'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(fs.readFileSync(path.join(dir, 'a.py'), 'utf8'), />\/dev\/null/);
  assert.match(fs.readFileSync(path.join(dir, '--weird.py'), 'utf8'), />\/dev\/null/);
  assert.equal(fs.readFileSync(path.join(dir, 'b.py'), 'utf8'), BAD, 'b.py was not named');
  const stdin = cli(['check', '--format', 'json', '-'], { cwd: dir, input: BAD });
  assert.deepEqual(json(stdin.stdout).findings.map((f) => `${f.path}:${f.line}`), ['-:2']);
  const fixed = cli(['fix', '-'], { cwd: dir, input: BAD });
  assert.equal(fixed.stdout, "import os\nos.popen('du -a >/dev/null')\n");
  assert.equal(fs.readFileSync(path.join(dir, 'b.py'), 'utf8'), BAD);
});

test('4. a package.json that is not plain JSON, or a folder named like a config, above a file: BOM read, others warned once and ignored', () => {
  const dir = tempTree({
    'bom/package.json': `\ufeff${JSON.stringify({ name: 'x', popenlint: { select: ['POP003'] } })}`,
    'bom/v.py': "import os\nv = os.popen('git log').readline()\nos.popen('du')\n",
    'comma/package.json': '{ "name": "x", }',
    'comma/a.py': BAD,
    'comma/b.py': BAD,
    'folder/package.json/keep': '',
    'folder/a.py': BAD,
    'tomls/pyproject.toml/keep': '',
    'tomls/popenlint.toml/keep': '',
    'tomls/a.py': BAD,
  });
  const r = cli(['check', '--format', 'json', '.'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(json(r.stdout).findings.map((f) => `${f.path}:${f.rule}`), ['bom/v.py:POP003', 'comma/a.py:POP001', 'comma/b.py:POP001', 'folder/a.py:POP001', 'tomls/a.py:POP001']);
  assert.equal(r.stderr.match(/comma\/package\.json: invalid JSON.*ignored/g)?.length, 1, r.stderr);
  assert.match(r.stderr, /folder\/package\.json: is a directory; its settings are ignored/);
  assert.match(r.stderr, /tomls\/pyproject\.toml: is a directory; its settings are ignored/);
  assert.match(r.stderr, /tomls\/popenlint\.toml: is a directory; its settings are ignored/);
  const explicit = cli(['check', '--config', 'comma/package.json', '.'], { cwd: dir });
  assert.equal(explicit.code, 2);
  assert.match(explicit.stderr, /comma\/package\.json: invalid JSON/);
});

test('5. a NUL character inside valid JS/TS source does not make the file binary', async () => {
  const code = "const cp = require('child_process');\nconst sep = `a\0b`;\ncp.spawn('find');\n";
  for (const file of ['case.js', 'case.ts']) {
    const r = await lintBytes(file, Buffer.from(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.findings.map((f) => `${f.rule}:${f.range.start.line}:${f.range.start.column}`), ['POP102:3:1']);
  }
  const dir = tempTree({ 'nul.ts': code });
  const fixed = cli(['fix', 'nul.ts'], { cwd: dir });
  assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
  assert.match(fs.readFileSync(path.join(dir, 'nul.ts'), 'utf8'), /`a\0b`;\ncp\.spawn\('find', \{ stdio: 'ignore' \}\)/);
});

test('6. -o into folders that do not exist creates them', () => {
  const dir = tempTree({ 'a.py': BAD });
  const r = cli(['check', '--format', 'json', '-o', 'missing/dir/report.json', 'a.py'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(json(fs.readFileSync(path.join(dir, 'missing/dir/report.json'), 'utf8')).findings.length, 1);
  fs.writeFileSync(path.join(dir, 'file'), '');
  const blocked = cli(['check', '-o', 'file/report.json', 'a.py'], { cwd: dir });
  assert.equal(blocked.code, 2);
  assert.match(blocked.stderr, /^popenlint: error: cannot write the report to file\/report\.json: (ENOTDIR|EEXIST)\n$/);
});

test('7. fix --diff: stdout carries only the patch when some findings cannot be fixed', () => {
  const js = "const cp = require('child_process');\nconst util = require('util');\nconst run = util.promisify(cp.exec);\nrun('du');\n";
  const dir = tempTree({ 'd.py': BAD, 'h.js': js });
  const r = cli(['fix', '--diff', 'd.py', 'h.js'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^Index: d\.py\n/);
  assert.doesNotMatch(r.stdout, /POP103|run\('du'\)/);
  assert.match(r.stderr, /h\.js:4:1: POP103/);
  fs.writeFileSync(path.join(dir, 'x.patch'), r.stdout);
  const apply = spawnSync('patch', ['-p0', '--dry-run', '-i', 'x.patch'], { cwd: dir, encoding: 'utf8' });
  if (apply.error) return; // no patch(1) here; the stdout checks above still hold
  assert.equal(apply.status, 0, apply.stdout + apply.stderr);
});

test('8. SARIF artifact URIs are percent-encoded; outside the repository they are file:/// URIs', () => {
  const name = 'a b#?%é.py';
  const dir = tempTree({ [`repo/${name}`]: BAD, 'outside/o.py': BAD });
  fs.mkdirSync(path.join(dir, 'repo/.git'));
  spawnSync('git', ['init', '-q'], { cwd: path.join(dir, 'repo') });
  const r = cli(['check', '--format', 'sarif', '.', '../outside/o.py'], { cwd: path.join(dir, 'repo') });
  assertValidSarif(JSON.parse(r.stdout));
  const uris = (JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] })
    .runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
  const real = fs.realpathSync(path.join(dir, 'outside/o.py'));
  assert.deepEqual(uris.sort(), ['a%20b%23%3F%25%C3%A9.py', pathToFileURL(real).href].sort());
  assert.ok(uris.every((u) => !/[ #?é]/.test(u.replace(/^file:\/\//, ''))));
});

test('10. noqa counts in comments only; a file-level code list covers those codes only', async () => {
  const lint = async (code: string) => (await lintText('x.py', new SourceText(code), 'python', { enabled: new Set(['POP001', 'POP002']), target: 'py3', evidence: 'possible' })).findings.map((f) => `${f.rule}:${f.range.start.line}`);
  assert.deepEqual(await lint("import os\nx = '# noqa'; os.popen('a')\n"), ['POP001:2']);
  assert.deepEqual(await lint("import os\ns = '''\n# popenlint: noqa\n'''\nos.popen('a')\n"), ['POP001:5']);
  assert.deepEqual(await lint("# popenlint: noqa: POP002\nimport os\nos.popen('a')\nh = os.popen('b')\n"), ['POP001:3']);
  assert.deepEqual(await lint("# popenlint: noqa: POP001\nimport os\nos.popen('a')\nh = os.popen('b')\n"), ['POP002:4']);
  assert.deepEqual(await lint("# popenlint: noqa\nimport os\nos.popen('a')\nh = os.popen('b')\n"), []);
  assert.deepEqual(await lint("import os\nos.popen('a')  # noqa: POP001\nos.popen('b')  # noqa\n"), []);
});

test('11. .git/info/exclude is honoured', () => {
  const dir = tempTree({ 'ok.py': 'print(1)\n', 'skipped.py': BAD, 'sub/skipped2.py': BAD, 'kept.py': BAD, 'lib/x.gen.py': BAD, 'lib/y.py': BAD });
  spawnSync('git', ['init', '-q'], { cwd: dir });
  fs.mkdirSync(path.join(dir, '.git/info'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.git/info/exclude'), 'skipped.py\nsub/\n*.gen.py\n');
  const r = cli(['check', '--format', 'json', '.'], { cwd: dir });
  assert.deepEqual(json(r.stdout).findings.map((f) => f.path), ['kept.py', 'lib/y.py']);
  const below = cli(['check', '--format', 'json', '.'], { cwd: path.join(dir, 'lib') });
  assert.deepEqual(json(below.stdout).findings.map((f) => f.path), ['y.py'], 'walked from below the top too');
});

test('11. --statistics on a clean run says so', () => {
  const dir = tempTree({ 'ok.py': 'print(1)\n' });
  const stats = cli(['check', '--statistics', 'ok.py'], { cwd: dir });
  assert.equal(stats.code, 0);
  assert.equal(stats.stdout, 'All checks passed! (1 file checked)\n');
});

test('12. on a Node older than engines: one line, exit 2', () => {
  const r = node(['--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.19.0"})'], ['check', '.'], tempDir());
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'popenlint needs Node.js 20.19 or newer (found 18.19.0)\n');
  assert.equal(r.stdout, '');
});

test('13. check shows the fix strategy of each file\'s nearest config, as fix applies it', () => {
  const dir = tempTree({
    'proj/pyproject.toml': '[tool.popenlint]\nstrategy = "read"\n',
    'proj/a.py': BAD,
    'proj/sub/pyproject.toml': '[tool.popenlint]\nstrategy = "subprocess"\n',
    'proj/sub/b.py': BAD,
  });
  const cwd = path.join(dir, 'proj');
  const r = cli(['check', '--format', 'json', '.'], { cwd });
  assert.deepEqual(json(r.stdout).findings.map((f) => `${f.path}:${f.fix?.strategy}`), ['a.py:read', 'sub/b.py:subprocess']);
  cli(['fix', '--unsafe-fixes', '.'], { cwd });
  assert.match(fs.readFileSync(path.join(cwd, 'a.py'), 'utf8'), /with os\.popen/);
  assert.match(fs.readFileSync(path.join(cwd, 'sub/b.py'), 'utf8'), /subprocess\.run/);
});

test('14. a rule that fails is an internal error: the other files are linted, JSON errors, SARIF notifications, exit 2', () => {
  const dir = tempTree({ 'a.py': BAD, 'crash.py': `${BAD}# ${CRASH_MARKER}\n`, 'crash.js': `require('child_process').exec('x'); // ${CRASH_MARKER}\n` });
  const r = node(CRASH, ['check', '--format', 'json', '.'], dir);
  assert.equal(r.code, 2, r.stderr);
  const out = json(r.stdout);
  assert.deepEqual(out.findings.map((f) => `${f.path}:${f.rule}`), ['a.py:POP001']);
  assert.ok(out.errors.some((e) => e.path === 'crash.py' && /^POP001 failed: injected crash \(main thread\)$/.test(e.message)), JSON.stringify(out.errors));
  assert.ok(out.errors.some((e) => e.path === 'crash.js' && /^POP101 failed: injected crash \(main thread\)$/.test(e.message)));
  assert.match(r.stderr, /^popenlint: internal error: crash\.js: POP101 failed: injected crash \(main thread\)$/m);
  const sarif = node(CRASH, ['check', '--format', 'sarif', '.'], dir);
  assert.equal(sarif.code, 2);
  assertValidSarif(JSON.parse(sarif.stdout));
  const inv = (JSON.parse(sarif.stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] }).runs[0]!;
  assert.equal(inv.results.length, 1);
  assert.equal(inv.invocations[0]!.executionSuccessful, false);
  const notes = inv.invocations[0]!.toolExecutionNotifications;
  assert.ok(notes.some((n) => n.level === 'error' && n.locations[0]!.physicalLocation.artifactLocation.uri === 'crash.py' && /POP001 failed: injected crash/.test(n.message.text)));
  const fix = node(CRASH, ['fix', '.'], dir);
  assert.equal(fix.code, 2, 'fix reports it too');
  assert.match(fs.readFileSync(path.join(dir, 'a.py'), 'utf8'), />\/dev\/null/, 'the other files are still fixed');
});

test('15. --debug reaches worker threads: a worker\'s internal error shows its stack', () => {
  const files: Record<string, string> = {};
  // Enough candidates to start the worker pool (PARALLEL_MIN_CANDIDATES); the first ones queued
  // go straight to the workers, the main thread only helps with the rest.
  for (let i = 0; i < 16; i++) files[`f${String(i).padStart(2, '0')}.py`] = BAD;
  files['f00.py'] += `# ${CRASH_MARKER}\n`;
  const dir = tempTree(files);
  const r = node(CRASH, ['check', '--jobs', '3', '--format', 'concise', '--debug', '.'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /internal error: f00\.py: POP001 failed: injected crash \(worker\)\nError: injected crash \(worker\)\n\s+at .*inject-crash\.js/);
  assert.equal((r.stdout.match(/POP001/g) ?? []).length, 15);
  const quiet = node(CRASH, ['check', '--jobs', '3', '--format', 'concise', '.'], dir);
  assert.doesNotMatch(quiet.stderr, /\n\s+at /, 'no stack without --debug');
});
