import os from 'node:os';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EVIDENCE, type Evidence, type EvidenceLevel, reportedAt, severityOf } from '../src/knowledge/evidence.js';
import type { Language } from '../src/types.js';
import { cli, lint } from './helpers.js';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { tempTree } from './report-helpers.js';

/**
 * Evidence tiers (knowledge/evidence.ts): what each finding rests on, the severity it gives,
 * and which tiers a run reports at each `--evidence` level. One case per tier and language at
 * least; the rule tables' snapshots pin the tier of every other case.
 */
interface TierCase {
  code: string;
  rule: string;
  evidence: Evidence;
  language?: Language;
  target?: string;
}

const CP = "const cp = require('child_process');\n";
const CASES: Record<string, TierCase> = {
  // Python
  'a listed command that grows (tshark -r), waited before the read': { rule: 'POP005', evidence: 'grows', code: "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n" },
  "the program xdg-open starts lives on with the pipes": { rule: 'POP005', evidence: 'lives-on', code: "import subprocess\nsubprocess.Popen(['xdg-open', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n" },
  'a quiet listed command whose exit status is read after the pipe closed': { rule: 'POP001', evidence: 'any-size', code: "import os\nrc = os.popen('git rev-parse --git-dir').close()\n" },
  "a caller's command, waited before the read": { rule: 'POP005', evidence: 'deadlock', code: "import subprocess\ndef run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n" },
  'a value from outside, dropped': { rule: 'POP001', evidence: 'external-command', code: "import os\nos.popen(cmd)\n" },
  'an unlisted program named in the code, dropped': { rule: 'POP005', evidence: 'unlisted-program', code: "import subprocess\nsubprocess.Popen(['mytool', '--all'], stdout=subprocess.PIPE)\n" },
  'an unlisted program named by every call of the function, waited': { rule: 'POP005', evidence: 'unlisted-program', code: "import subprocess\ndef probe(binary):\n    p = subprocess.Popen([binary, '--browser', '0'], stdout=subprocess.PIPE)\n    p.wait()\nprobe('dist/App/App.exe')\n" },
  // JavaScript
  'JS: a walker past maxBuffer (grep -r)': { rule: 'POP104', language: 'javascript', evidence: 'grows', code: `${CP}cp.execFile('grep', ['-r', 'TODO', 'src'], (e, out) => console.log(out));\n` },
  'JS: a child kept until the code stops it': { rule: 'POP104', language: 'javascript', evidence: 'lives-on', code: `${CP}const server = cp.execFile(script, opts, (e) => log(e));\nfunction stop() { server.kill(); }\n` },
  'JS: a watcher under exec, whoever stops it': { rule: 'POP104', language: 'javascript', evidence: 'lives-on', code: `${CP}cp.exec('tsc --watch -p .', (e, out) => log(e, out));\n` },
  'JS: exec inside a try whose catch wants the failure': { rule: 'POP101', language: 'javascript', evidence: 'any-size', code: `${CP}try {\n  cp.exec('taskkill /pid 12 /T /F');\n} catch (e) {\n  log.error('could not stop it');\n}\n` },
  "JS: the caller's command through exec with a callback": { rule: 'POP104', language: 'javascript', evidence: 'external-command', code: `${CP}module.exports = function run(cmd, done) { cp.exec(cmd, (e, out) => done(e, out)); };\n` },
  'JS: a walker spawned, its stdout never read (find over a tree)': { rule: 'POP102', language: 'javascript', evidence: 'grows', code: `${CP}const c = cp.spawn('find', ['/srv', '-type', 'f']);\nc.on('exit', (code) => done(code));\n` },
  'JS: a build spawned, its streams never read: it can grow, but rarely past what Node drains at exit': { rule: 'POP102', language: 'javascript', evidence: 'can-grow', code: `${CP}const c = cp.spawn('npm', ['run', 'build']);\nc.on('exit', (code) => done(code));\n` },
  'JS: a build under exec, its ChildProcess unused: it can grow, but rarely past maxBuffer': { rule: 'POP101', language: 'javascript', evidence: 'can-grow', code: `${CP}cp.exec('npm run build');\n` },
  'JS: a child kept on `this` and fed on its stdin, its stderr never read: it lives for the session': { rule: 'POP102', language: 'javascript', evidence: 'lives-on', code: `${CP}class Renderer {\n  start() {\n    this.task = cp.spawn('java', ['-jar', 'plantuml.jar', '-pipe']);\n    this.task.stdout.on('data', (d) => this.take(d));\n  }\n  render(text) { this.task.stdin.write(text + '\\n'); }\n}\n` },
  'JS: an unlisted program spawned, its streams never read': { rule: 'POP102', language: 'javascript', evidence: 'unlisted-program', code: `${CP}const c = cp.spawn('mytool', ['--all']);\nc.on('exit', (code) => done(code));\n` },
  "JS: output used at 'exit' of a child every caller runs one at a time (a lone child loses nothing)": { rule: 'POP102', language: 'javascript', evidence: 'lone-race', code: `${CP}function run(f) {\n  return new Promise((ok) => {\n    const c = cp.spawn('pandoc', [f]);\n    let out = '';\n    c.stdout.on('data', (d) => { out += d; });\n    c.stderr.resume();\n    c.on('exit', () => ok(out));\n  });\n}\nasync function all(fs) {\n  for (const f of fs) show(await run(f));\n}\nall(process.argv.slice(2));\n` },
  "JS: output collected by 'data' and used at the child's 'exit', children started in a loop": { rule: 'POP102', language: 'javascript', evidence: 'race', code: `${CP}for (const f of files) {\n  const c = cp.spawn('pandoc', [f]);\n  let out = '';\n  c.stdout.on('data', (d) => { out += d; });\n  c.stderr.resume();\n  c.on('exit', () => done(out));\n}\n` },
  "JS: output used at 'exit' of a child whose callers cannot be seen (nothing shows another child)": { rule: 'POP102', language: 'javascript', evidence: 'lone-race', code: `${CP}exports.convert = (f, done) => {\n  const c = cp.spawn('pandoc', [f]);\n  let out = '';\n  c.stdout.on('data', (d) => { out += d; });\n  c.stderr.resume();\n  c.on('exit', () => done(out));\n};\n` },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`evidence: ${name} -> ${c.evidence} (${severityOf(c.evidence)})`, async () => {
    const findings = (await lint(c.code, [c.rule], c.language ?? 'python')).filter((f) => f.rule === c.rule);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    assert.equal(findings[0]!.evidence, c.evidence);
    assert.equal(findings[0]!.severity, severityOf(c.evidence));
    // Reported at the levels that take its tier, not below.
    for (const level of ['known', 'likely', 'possible'] as EvidenceLevel[]) {
      const at = await lint(c.code, [c.rule], c.language ?? 'python', 'py3', level);
      assert.equal(at.filter((f) => f.rule === c.rule).length, reportedAt(c.evidence, level) ? 1 : 0, `${level}`);
    }
  });
}

test('evidence: error for the firm tiers, warning for a command from outside or an unlisted program; levels nest', () => {
  assert.deepEqual(EVIDENCE.map((e) => [e, severityOf(e)]), [
    ['grows', 'error'], ['lives-on', 'error'], ['any-size', 'error'], ['deadlock', 'error'], ['race', 'error'], ['shape', 'error'],
    ['can-grow', 'warning'], ['in-test', 'warning'], ['external-command', 'warning'], ['unlisted-program', 'warning'], ['lone-race', 'warning'], ['in-example', 'warning'], ['unreachable', 'warning'],
  ]);
  assert.deepEqual(EVIDENCE.filter((e) => reportedAt(e, 'known')), ['grows', 'lives-on', 'any-size', 'deadlock', 'race', 'shape']);
  assert.deepEqual(EVIDENCE.filter((e) => !reportedAt(e, 'likely')), ['unlisted-program', 'lone-race', 'in-example', 'unreachable']);
  assert.ok(EVIDENCE.every((e) => reportedAt(e, 'possible')));
});

test('evidence: a command built from literals, its stdout redirected inside the string, is no finding at any level', async () => {
  const code = "import os\nw, r = os.popen2('dot -Tsvg > /tmp/out.svg')\nw.write(graph)\nw.close()\n";
  assert.deepEqual(await lint(code, ['POP004'], 'python', 'py2', 'possible'), []);
});

test('evidence: an absolute path is test code by its part below the folder named on the command line, not by where that folder lives', async () => {
  const code = "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n";
  const outside = path.join(os.tmpdir(), 'elsewhere');
  const at = async (file: string, namedFolder?: string) =>
    (await lintText(file, new SourceText(code), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence: 'likely', ...(namedFolder ? { namedFolder } : {}) })).findings.map((f) => f.evidence);
  // Audit 24: `popenlint check /work/corpora24/foreground-child` run from another folder.
  assert.deepEqual(await at(path.join(outside, 'repo', 'test', 'fixtures', 'x.py'), path.join(outside, 'repo')), ['in-test']);
  assert.deepEqual(await at(path.join(outside, 'repo', 'tools', 'x.py'), path.join(outside, 'repo')), ['grows']);
  // A checkout kept under a test/ folder is not test code, named or not.
  assert.deepEqual(await at(path.join(outside, 'test', 'repo', 'tools', 'x.py'), path.join(outside, 'test', 'repo')), ['grows']);
  assert.deepEqual(await at(path.join(outside, 'test', 'repo', 'tools', 'x.py')), ['grows']);
});

test('CLI: --evidence and the `evidence` key pick the levels; warnings fail the run only past --max-warnings', () => {
  const dir = tempTree({
    'grows.py': "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n",
    'outside.py': 'import os\nos.popen(cmd)\n',
    'unlisted.py': "import subprocess\nsubprocess.Popen(['mytool', '--all'], stdout=subprocess.PIPE)\n",
  });
  const run = (...args: string[]) => {
    const r = cli(['check', '--format', 'json', ...args], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: { path: string; severity: string; evidence: string }[] }).findings;
    return { code: r.code, found: found.map((f) => `${f.path} ${f.severity} ${f.evidence}`) };
  };
  // The default is `known`: errors only.
  assert.deepEqual(run('.'), { code: 1, found: ['grows.py error grows'] });
  assert.deepEqual(run('--evidence', 'likely', '.'), { code: 1, found: ['grows.py error grows', 'outside.py warning external-command'] });
  assert.deepEqual(run('--evidence', 'possible', '.').found, ['grows.py error grows', 'outside.py warning external-command', 'unlisted.py warning unlisted-program']);
  // Warnings alone: exit 0, unless --max-warnings is passed.
  assert.equal(run('--evidence', 'possible', 'outside.py', 'unlisted.py').code, 0);
  assert.equal(run('--evidence', 'possible', '--max-warnings', '1', 'outside.py', 'unlisted.py').code, 1);
  assert.equal(run('--evidence', 'possible', '--max-warnings', '2', 'outside.py', 'unlisted.py').code, 0);
  // The config key, and the flag over it.
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'evidence = "possible"\n');
  assert.equal(run('.').found.length, 3);
  assert.equal(run('--evidence', 'known', '.').found.length, 1);
  fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'evidence = "maybe"\n');
  const bad = cli(['check', '.'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /popenlint\.toml: 'evidence' must be one of known, likely, possible/);
});

test('reporters: a warning is a SARIF warning, a GitHub ::warning, and says so in text and concise output', () => {
  const dir = tempTree({ 'outside.py': 'import os\nos.popen(cmd)\n', 'grows.py': "import os\nos.popen('tar czvf /tmp/b.tgz /srv')\n" });
  const sarif = JSON.parse(cli(['check', '--evidence', 'likely', '--format', 'sarif', '.'], { cwd: dir }).stdout) as { runs: { results: { level: string; properties?: { evidence: string } }[] }[] };
  assert.deepEqual(sarif.runs[0]!.results.map((r) => [r.level, r.properties?.evidence]).sort(), [['error', 'grows'], ['warning', 'external-command']]);
  const github = cli(['check', '--evidence', 'likely', '--format', 'github', '.'], { cwd: dir }).stdout;
  assert.match(github, /^::error file=grows\.py,line=2/m);
  assert.match(github, /^::warning file=outside\.py,line=2/m);
  const concise = cli(['check', '--evidence', 'likely', '--format', 'concise', '.'], { cwd: dir }).stdout;
  assert.match(concise, /^outside\.py:2:1: POP001 warning: output pipe/m);
  assert.match(concise, /^grows\.py:2:1: POP001 output pipe/m);
  assert.match(concise, /^Found 2 findings \(1 warning\) in 2 files checked\./m);
  const text = cli(['check', '--evidence', 'likely', '.'], { cwd: dir }).stdout;
  assert.match(text, /^ {2}= evidence: external-command \(warning\)$/m);
  assert.match(text, /^ {2}= evidence: grows \(error\)$/m);
});

test('CLI: text output counts the findings a looser --evidence level would show, and names that level; --quiet drops the line', () => {
  const dir = tempTree({
    'grows.py': "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n",
    'outside.py': 'import os\nos.popen(cmd)\n',
    'unlisted.py': "import subprocess\nsubprocess.Popen(['mytool', '--all'], stdout=subprocess.PIPE)\n",
    // Suppressed: not counted as hidden either.
    'quiet.py': "import subprocess\nsubprocess.Popen(['mytool', '--each'], stdout=subprocess.PIPE)  # noqa: POP005\n",
  });
  const text = (...args: string[]) => cli(['check', ...args], { cwd: dir }).stdout;
  assert.match(text('--evidence', 'likely', '.'), /^Found 2 findings \(1 warning\) in 4 files checked\..*\n1 more finding on weaker evidence is not shown: `--evidence possible` shows it\.\n$/m);
  assert.match(text('.'), /\n2 more findings on weaker evidence are not shown: `--evidence possible` shows them\.\n$/);
  assert.match(text('--evidence', 'known', 'outside.py'), /^All checks passed! \(1 file checked\)\n1 more finding on weaker evidence is not shown: `--evidence likely` shows it\.\n$/);
  assert.doesNotMatch(text('--evidence', 'possible', '.'), /weaker evidence/);
  // The streamed text (several files) and the one-document text say the same.
  assert.match(text('--format', 'concise', '--evidence', 'known', 'grows.py', 'unlisted.py'), /\n1 more finding on weaker evidence is not shown: `--evidence possible` shows it\.\n$/);
  assert.equal(text('-q', '--evidence', 'known', '.').includes('weaker evidence'), false);
});

test('evidence: a firm finding in test code is in-test (likely); the same code elsewhere stays firm', async () => {
  const code = "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n";
  const at = async (file: string, evidence: EvidenceLevel) =>
    (await lintText(file, new SourceText(code), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence })).findings.map((f) => [f.evidence, f.severity, f.range.start.line, f.range.start.column]);
  assert.deepEqual(await at('tools/capture.py', 'known'), [['grows', 'error', 2, 5]]);
  for (const file of ['tests/capture.py', 'pkg/test/capture.py', 'test_capture.py', 'pkg/capture_test.py', 'conftest.py']) {
    assert.deepEqual(await at(file, 'known'), [], file);
    assert.deepEqual(await at(file, 'likely'), [['in-test', 'warning', 2, 5]], file);
  }
  // A race keeps its tier in test code: a cut output fails the test at random, whatever the fixture writes.
  const race = "const cp = require('child_process');\nfor (const ref of refs) {\n  const c = cp.spawn('git', ['log', ref]);\n  let out = '';\n  c.stdout.on('data', (d) => { out += d; });\n  c.on('exit', () => done(out));\n}\n";
  const raced = await lintText('test/log.test.js', new SourceText(race), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20, evidence: 'known' });
  assert.deepEqual(raced.findings.map((f) => [f.evidence, f.severity, f.range.start.line, f.range.start.column]), [['race', 'error', 3, 13]]);
  // A weaker tier keeps its own name: the test path lowers only firm findings.
  const outside = "import os\nos.popen(cmd)\n";
  const weak = await lintText('tests/run.py', new SourceText(outside), 'python', { enabled: new Set(['POP001']), target: 'py3', evidence: 'possible' });
  assert.deepEqual(weak.findings.map((f) => f.evidence), ['external-command']);
});

test('evidence: a finding in example or demo code is in-example (possible), in Python and JS alike; a race keeps its tier', async () => {
  const py = "import subprocess\np = subprocess.Popen(['tshark', '-r', 'c.pcap'], stdout=subprocess.PIPE)\np.wait()\n";
  const js = "const cp = require('child_process');\nconst c = cp.spawn('ffmpeg', ['-re', '-i', input, '-progress', '-', 'out.mp4']);\nc.stdout.on('data', show);\n";
  const at = async (file: string, evidence: EvidenceLevel) => {
    const [text, language, rule] = file.endsWith('.py') ? [py, 'python', 'POP005'] as const : [js, 'javascript', 'POP102'] as const;
    return (await lintText(file, new SourceText(text), language, { enabled: new Set([rule]), target: 'py3', nodeMajor: 20, evidence })).findings.map((f) => [f.evidence, f.severity, f.range.start.line, f.range.start.column]);
  };
  assert.deepEqual(await at('tools/capture.py', 'known'), [['grows', 'error', 2, 5]]);
  assert.deepEqual(await at('src/progress.js', 'known'), [['grows', 'error', 2, 11]]);
  for (const file of ['examples/capture.py', 'pkg/example/capture.py', 'demo/capture.py', 'docs/demos/capture.py', 'samples/capture.py', 'sample/capture.py', 'capture.example.py',
    'examples/progress-stdout.js', 'packages/x/examples/basic/index.ts', 'run.example.mjs', 'examples/tests/capture.py']) {
    assert.deepEqual(await at(file, 'likely'), [], file);
    assert.deepEqual(await at(file, 'possible'), [['in-example', 'warning', 2, file.endsWith('.py') ? 5 : 11]], file);
  }
  // Named after examples, not examples: a tool that builds them, a test of them, a module called sample, a quick start.
  for (const file of ['tools/build-example.js', 'tests/test_examples.py', 'bin/sample_build.py', 'my-examples/capture.py', 'sample.py', 'resample.py', 'example.py', 'demo.js']) {
    assert.notDeepEqual(await at(file, 'likely'), [], file);
  }
  // An absolute path is judged below the folder named on the command line: a checkout kept under examples/ is not example code.
  const outside = path.join(os.tmpdir(), 'examples', 'repo');
  const named = async (file: string) =>
    (await lintText(file, new SourceText(py), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence: 'possible', namedFolder: outside })).findings.map((f) => f.evidence);
  assert.deepEqual(await named(path.join(outside, 'tools', 'x.py')), ['grows']);
  assert.deepEqual(await named(path.join(outside, 'examples', 'x.py')), ['in-example']);
  // A folder named on the command line is the project, a relative path too: `popenlint check fixtures/demo` (the README's quick start) checks that code.
  const demo = path.resolve('fixtures', 'demo');
  const quick = await lintText(path.join('fixtures', 'demo', 'x.py'), new SourceText(py), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence: 'known', namedFolder: demo });
  assert.deepEqual(quick.findings.map((f) => f.evidence), ['grows']);
  const inside = await lintText(path.join('fixtures', 'demo', 'examples', 'x.py'), new SourceText(py), 'python', { enabled: new Set(['POP005']), target: 'py3', evidence: 'possible', namedFolder: demo });
  assert.deepEqual(inside.findings.map((f) => f.evidence), ['in-example']);
  // A race keeps its tier: output cut at 'exit' fails the demo at random, whatever its input (audit 16: napi-rs examples/napi/__tests__, real).
  const race = "const cp = require('child_process');\nfor (const ref of refs) {\n  const c = cp.spawn('git', ['log', ref]);\n  let out = '';\n  c.stdout.on('data', (d) => { out += d; });\n  c.on('exit', () => done(out));\n}\n";
  const raced = await lintText('examples/log.js', new SourceText(race), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20, evidence: 'known' });
  assert.deepEqual(raced.findings.map((f) => [f.evidence, f.severity, f.range.start.line, f.range.start.column]), [['race', 'error', 3, 13]]);
  // A weaker tier in an example waits for `possible` too: a command from outside is the demo's own.
  const weak = await lintText('examples/run.py', new SourceText('import os\nos.popen(cmd)\n'), 'python', { enabled: new Set(['POP001']), target: 'py3', evidence: 'likely' });
  assert.deepEqual(weak.findings.map((f) => f.evidence), []);
});
