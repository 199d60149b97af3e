import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import type { Strategy } from '../../src/types.js';
import { cliAsync, runNode } from '../helpers.js';

/**
 * The Node hazards, reproduced with real `node` children: each fixture misbehaves as written and
 * behaves once popenlint has fixed it. Every run is bounded by a timeout.
 */
const HAZARDS = fileURLToPath(new URL('../../../fixtures/hazards/js/', import.meta.url));

async function fixedCopies(name: string, rule: string, strategy: Strategy): Promise<{ dir: string; before: string; after: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  const text = fs.readFileSync(path.join(HAZARDS, name), 'utf8');
  const outcome = await fixText(name, text, 'javascript', { enabled: new Set([rule]), target: 'py3', evidence: 'possible' }, { strategy, unsafe: true });
  assert.equal(outcome.error, null);
  assert.equal(outcome.applied, 1, 'the fixer rewrote the hazard');
  const before = path.join(dir, `before-${name}`);
  const after = path.join(dir, `after-${name}`);
  fs.writeFileSync(before, text);
  fs.writeFileSync(after, outcome.text);
  return { dir, before, after };
}

const run = (script: string, args: string[], ms: number) => runNode(script, args, ms);

async function waitFor(file: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (fs.existsSync(file)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return fs.existsSync(file);
}

// The runs mostly wait (hangs cut by their timeout, a command that ends 1.1 s in): the tests run
// side by side, and a test's independent runs at the same time.
describe('Node hazards, run by node', { concurrency: 2 }, () => {
test('H4: exec() + process.exit() loses the child before POP101\'s fix, not after', { timeout: 10_000 }, async () => {
  const { dir, before, after } = await fixedCopies('exec-exit.cjs', 'POP101', 'subprocess');
  try {
    const lost = path.join(dir, 'marker-before');
    const kept = path.join(dir, 'marker-after');
    const [wasLost, wasKept] = await Promise.all([run(before, [lost], 3000), run(after, [kept], 3000)]);
    assert.deepEqual(wasLost, { code: 0, signal: null, timedOut: false, stdout: '' });
    // The command would write its marker 1.1 s in; it died of EPIPE once the parent exited.
    const [lostStatus, keptStatus] = await Promise.all([waitFor(`${lost}.status`, 3000), waitFor(`${kept}.status`, 4000)]);
    assert.equal(lostStatus, true, 'the shell recorded the command\'s exit status');
    assert.equal(fs.readFileSync(`${lost}.status`, 'utf8').trim(), '1', 'the exec()ed command died (EPIPE: exit status 1)');
    assert.equal(fs.existsSync(lost), false, 'and never wrote its marker');

    assert.deepEqual(wasKept, { code: 0, signal: null, timedOut: false, stdout: '' });
    assert.equal(keptStatus, true);
    assert.equal(fs.readFileSync(`${kept}.status`, 'utf8').trim(), '0', 'the spawned command finished (exit status 0)');
    assert.equal(fs.existsSync(kept), true, 'and wrote its marker');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H5: spawn() with 21 MB of unread stdout hangs before POP102\'s fix, completes after', { timeout: 10_000 }, async () => {
  const { dir, before, after } = await fixedCopies('spawn-hang.cjs', 'POP102', 'devnull');
  try {
    // The fixed run ends on its own: its limit only bounds a failure (5 s was short on a loaded machine).
    const [hung, done] = await Promise.all([run(before, [], 2500), run(after, [], 8000)]);
    assert.deepEqual(hung, { code: null, signal: 'SIGKILL', timedOut: true, stdout: '' }, 'the parent hung until the timeout killed it');

    assert.deepEqual(done, { code: 0, signal: null, timedOut: false, stdout: 'exit 0\n' }, 'the parent exits 0 and the child exited 0');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('POP101\'s fix keeps a failure to start visible and not fatal (no crash from a missing \'error\' listener)', { timeout: 10_000 }, async () => {
  const { dir, before, after } = await fixedCopies('exec-bad-cwd.cjs', 'POP101', 'subprocess');
  try {
    const fixed = fs.readFileSync(after, 'utf8');
    assert.match(fixed, /spawn\('npm run build', \{ cwd: '\/nonexistent\/popenlint-hazard', shell: true, stdio: 'ignore' \}\)\.on\('error', \(error\) => console\.error\(error\)\);/);
    assert.match(fixed, /^const \{ spawn \} = require\('child_process'\);$/m, 'the exec import is gone with its last use');
    // Without the listener (what the fix wrote before), the same spawn error kills the process.
    const bare = path.join(dir, 'bare.cjs');
    fs.writeFileSync(bare, fixed.replace(".on('error', (error) => console.error(error))", ''));
    const [was, now, crashed] = await Promise.all([run(before, [], 5000), run(after, [], 5000), run(bare, [], 5000)]);
    assert.deepEqual([was.code, was.stdout], [0, 'still running\n']);
    assert.deepEqual([now.code, now.stdout], [0, 'still running\n']);
    assert.deepEqual([crashed.code, crashed.stdout], [1, '']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H6: execFile() of a walker whose output passes maxBuffer: grep is killed and the matches lost before POP104\'s fix, complete after', { timeout: 20_000 }, async () => {
  const { dir, before, after } = await fixedCopies('exec-maxbuffer.cjs', 'POP104', 'read');
  try {
    assert.match(fs.readFileSync(after, 'utf8'), /\{ cwd: dir, maxBuffer: Infinity \}/);
    const cut = await run(before, [path.join(dir, 'before')], 10_000);
    assert.equal(cut.timedOut, false);
    assert.equal(cut.code, 0);
    // Node's default (1 MiB) is where the output stops. Node closes the pipes and sends SIGTERM:
    // measured, grep meets the closed pipe first or the signal does (SIGPIPE, a write error with
    // exit status 2, or SIGTERM, by timing); either way it never finishes its walk.
    assert.match(cut.stdout, /^failed ERR_CHILD_PROCESS_STDIO_MAXBUFFER after 1048576 bytes$/m);
    assert.match(cut.stdout, /^grep exited ([1-9]\d* null|null SIG(TERM|PIPE))$/m);

    const whole = await run(after, [path.join(dir, 'after')], 10_000);
    assert.equal(whole.timedOut, false);
    assert.equal(whole.code, 0);
    assert.match(whole.stdout, /^matches 100000$/m);
    assert.match(whole.stdout, /^grep exited 0 null$/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H12: exec() of an encoder whose progress line grows with time: HandBrakeCLI is killed with SIGTERM at maxBuffer before POP104\'s fix, finishes after', { timeout: 20_000 }, async () => {
  const { dir, before, after } = await fixedCopies('exec-progress.cjs', 'POP104', 'read');
  try {
    assert.match(fs.readFileSync(after, 'utf8'), /exec\('HandBrakeCLI -i movie\.mkv -o movie\.mp4', \{ maxBuffer: Infinity \}, \(error, stdout\) =>/);
    const cut = await run(before, [path.join(dir, 'before')], 10_000);
    assert.deepEqual([cut.code, cut.timedOut], [0, false]);
    assert.match(cut.stdout, /^failed ERR_CHILD_PROCESS_STDIO_MAXBUFFER after 1048576 bytes$/m);
    // Killed while it waits for its next progress tick: by the signal, not by a write error.
    assert.match(cut.stdout, /^HandBrakeCLI exited null SIGTERM$/m);

    const whole = await run(after, [path.join(dir, 'after')], 10_000);
    assert.deepEqual([whole.code, whole.timedOut], [0, false]);
    assert.match(whole.stdout, /^encoded, 1093501 bytes of progress$/m);
    assert.match(whole.stdout, /^HandBrakeCLI exited 0 null$/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H17: exec() of npm run without a callback, its exit watched: the 2 MiB build is SIGTERMed at maxBuffer before POP104\'s fix, exits 0 after', { timeout: 20_000 }, async () => {
  const { dir, before, after } = await fixedCopies('exec-npm-exit.cjs', 'POP104', 'read');
  try {
    assert.match(fs.readFileSync(after, 'utf8'), /exec\('npm run build', \{ maxBuffer: Infinity \}\)/);
    const cut = await run(before, [path.join(dir, 'before')], 10_000);
    assert.deepEqual([cut.code, cut.timedOut], [0, false]);
    assert.match(cut.stdout, /^npm exited null SIGTERM$/m);

    const whole = await run(after, [path.join(dir, 'after')], 10_000);
    assert.deepEqual([whole.code, whole.timedOut], [0, false]);
    assert.match(whole.stdout, /^npm exited 0 null$/m);
    assert.match(whole.stdout, /^2097152 bytes$/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The findings of `rule` in a hazard fixture, as messages. */
async function messages(name: string, rule: string): Promise<string[]> {
  const text = fs.readFileSync(path.join(HAZARDS, name), 'utf8');
  const r = await lintText(name, new SourceText(text), 'javascript', { enabled: new Set([rule]), target: 'py3', nodeMajor: 20, evidence: 'possible' });
  return r.findings.map((f) => f.message);
}

test('H13: execFile() without a callback for a server kept until stop(): SIGTERMed at maxBuffer long before stop() before, stopped by stop() after (by hand: no fix is offered)', { timeout: 20_000 }, async () => {
  const found = await messages('exec-server-stopped.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^execFile\(\) without a callback still buffers the whole output of a child that runs until this code stops it \(line 25\)/);
  assert.deepEqual(await messages('exec-server-stopped.cjs', 'POP101'), [], 'POP104 has it, not POP101');
  assert.deepEqual(await messages('exec-server-stopped.after.cjs', 'POP104'), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    fs.mkdirSync(path.join(dir, 'before'));
    fs.mkdirSync(path.join(dir, 'after'));
    // Before: the exit listener sees the server die of SIGTERM before it is even up.
    assert.deepEqual(await run(path.join(HAZARDS, 'exec-server-stopped.cjs'), [path.join(dir, 'before')], 10_000), { code: 0, signal: null, timedOut: false, stdout: 'died null SIGTERM\n' });
    assert.equal(fs.existsSync(path.join(dir, 'before', 'up')), false, 'killed before it was up');
    assert.deepEqual(await run(path.join(HAZARDS, 'exec-server-stopped.after.cjs'), [path.join(dir, 'after')], 10_000), { code: 0, signal: null, timedOut: false, stdout: 'stopped null SIGTERM\n' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H14: exec() of a document converter: the 2 MB document is cut at maxBuffer and antiword SIGTERMed before POP104\'s fix, whole after', { timeout: 20_000 }, async () => {
  const found = await messages('exec-converter.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^exec\(\) keeps the whole output of a converter \(`antiword` prints the whole converted document on stdout, as large as the document it is given\)/);
  const { dir, before, after } = await fixedCopies('exec-converter.cjs', 'POP104', 'read');
  try {
    assert.match(fs.readFileSync(after, 'utf8'), /\+ file \+ '"', \{ maxBuffer: Infinity \}, \(error, stdout\) =>/);
    fs.mkdirSync(path.join(dir, 'before'));
    fs.mkdirSync(path.join(dir, 'after'));
    const cut = await run(before, [path.join(dir, 'before')], 10_000);
    assert.deepEqual([cut.code, cut.timedOut], [0, false]);
    assert.match(cut.stdout, /^failed ERR_CHILD_PROCESS_STDIO_MAXBUFFER after 1048576 bytes$/m);
    assert.match(cut.stdout, /^antiword exited (null SIG(TERM|PIPE)|[1-9]\d* null)$/m);
    const whole = await run(after, [path.join(dir, 'after')], 10_000);
    assert.deepEqual([whole.code, whole.timedOut], [0, false]);
    assert.match(whole.stdout, /^document 2100000 bytes$/m);
    assert.match(whole.stdout, /^antiword exited 0 null$/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H15: exec() of a language server returned to a language client: SIGTERMed after about 1 MiB of responses before, the whole session after spawn() (by hand: no fix is offered)', { timeout: 20_000 }, async () => {
  const found = await messages('exec-language-server.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^exec\(\) without a callback still buffers the whole output of a language server \(the child is returned to the language client made at line 37/);
  assert.deepEqual(await messages('exec-language-server.after.cjs', 'POP104'), []);
  const [killed, served] = await Promise.all([run(path.join(HAZARDS, 'exec-language-server.cjs'), [], 10_000), run(path.join(HAZARDS, 'exec-language-server.after.cjs'), [], 10_000)]);
  assert.deepEqual(killed, { code: 0, signal: null, timedOut: false, stdout: 'server exited null SIGTERM after 10 responses\n' });
  assert.deepEqual(served, { code: 0, signal: null, timedOut: false, stdout: 'server exited 0 null after 30 responses\n' });
});

test('H16: spawn() whose streams a library only re-exposes on the object that keeps the child: the program blocks with 2 MiB unread and is SIGTERMed by stop() before, finishes after its user reads them (by hand: no fix is offered)', { timeout: 20_000 }, async () => {
  // Each its own project (a package.json): the check reads the project's other modules.
  const lintAt = async (file: string) => {
    const r = await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
    return r.findings.map((f) => f.message);
  };
  const before = path.join(HAZARDS, 'reexposed', 'before', 'instance.cjs');
  const after = path.join(HAZARDS, 'reexposed', 'after', 'instance.cjs');
  const found = await lintAt(before);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^spawn\(\): stdout and stderr are only re-exposed as `this\.stdout` and `this\.stderr`, which nothing in this project reads, for a child that runs until this code stops it \(line 19\)/);
  assert.deepEqual(await lintAt(after), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    fs.mkdirSync(path.join(dir, 'before'));
    fs.mkdirSync(path.join(dir, 'after'));
    const [blocked, done] = await Promise.all([
      run(before, [path.join(dir, 'before')], 10_000),
      run(after, [path.join(dir, 'after')], 10_000),
    ]);
    assert.deepEqual(blocked, { code: 0, signal: null, timedOut: false, stdout: 'work not done\nprogram exited null SIGTERM\n' }, 'blocked in write() until stop() killed it');
    assert.deepEqual(done, { code: 0, signal: null, timedOut: false, stdout: 'program exited 0 null\nwork done\n' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H7: exec() without a callback inside try/catch: the exit status is lost before, reported after (by hand: no fix is offered)', { timeout: 10_000 }, async () => {
  const found = await messages('exec-try-catch.cjs', 'POP101');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /never reaches the catch at line 7/);
  assert.deepEqual(await messages('exec-try-catch.after.cjs', 'POP101'), []);
  const [lost, seen] = await Promise.all([run(path.join(HAZARDS, 'exec-try-catch.cjs'), [], 5000), run(path.join(HAZARDS, 'exec-try-catch.after.cjs'), [], 5000)]);
  assert.deepEqual(lost, { code: 0, signal: null, timedOut: false, stdout: 'carried on\n' }, 'exit status 3, and the catch never ran');
  assert.deepEqual(seen, { code: 0, signal: null, timedOut: false, stdout: 'caught: could not run it (exit status 3)\ncarried on\n' });
});

test('H8: exec() without a callback, stdout read, close handler ignoring the code: killed at 1 MiB before, completes after (spawn, by hand)', { timeout: 20_000 }, async () => {
  const found = await messages('exec-close-ignored.cjs', 'POP101');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /nothing here looks at its exit code or signal .*once it passes maxBuffer \(1 MiB\) even if its streams are read, Node closes the pipes and sends SIGTERM to the shell/);
  assert.deepEqual(await messages('exec-close-ignored.after.cjs', 'POP101'), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    const killed = await run(path.join(HAZARDS, 'exec-close-ignored.cjs'), [path.join(dir, 'before')], 8000);
    assert.equal(killed.timedOut, false);
    const got = Number(/^done, (\d+) bytes$/m.exec(killed.stdout)?.[1]);
    assert.ok(got >= 1024 * 1024 && got < 2 * 1024 * 1024, `the output stopped just past 1 MiB (${got} bytes)`);
    assert.equal(fs.existsSync(path.join(dir, 'before')), false, 'the command was killed before its marker');

    const whole = await run(path.join(HAZARDS, 'exec-close-ignored.after.cjs'), [path.join(dir, 'after')], 8000);
    assert.equal(whole.stdout, 'done, 2097152 bytes, exit 0 null\n');
    assert.equal(fs.existsSync(path.join(dir, 'after')), true, 'the command finished');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H9: spawnSync(command, { shell: true }) of a task the caller hands in: ENOBUFS kills the 2 MiB build before POP104\'s fix, it completes after', { timeout: 20_000 }, async () => {
  const { dir, before, after } = await fixedCopies('spawnsync-task.cjs', 'POP104', 'read');
  try {
    assert.match(fs.readFileSync(after, 'utf8'), /\{ shell: true, encoding: 'utf8', maxBuffer: Infinity \}/);
    const cut = await run(before, [path.join(dir, 'before')], 10_000);
    assert.equal(cut.timedOut, false);
    assert.match(cut.stdout, /^failed ENOBUFS after \d+ bytes, SIGTERM$/m);
    assert.equal(fs.existsSync(path.join(dir, 'before')), false, 'the build was killed before its marker');

    const whole = await run(after, [path.join(dir, 'after')], 10_000);
    assert.equal(whole.timedOut, false);
    assert.equal(whole.stdout, 'done 2097152 bytes, exit 0\n');
    assert.equal(fs.existsSync(path.join(dir, 'after')), true, 'the build finished');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H10: exec() with the options the caller hands in (defaults filled in, maxBuffer never raised): the 2 MiB task is killed at 1 MiB before, completes after (by hand: no fix is offered)', { timeout: 20_000 }, async () => {
  const found = await messages('exec-caller-options.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /maxBuffer is 1 MiB by default on Node 20 \(the options come from the caller, and nothing here raises it\)/);
  assert.deepEqual(await messages('exec-caller-options.after.cjs', 'POP104'), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    const cut = await run(path.join(HAZARDS, 'exec-caller-options.cjs'), [path.join(dir, 'before')], 10_000);
    assert.equal(cut.timedOut, false);
    assert.equal(cut.stdout, 'failed ERR_CHILD_PROCESS_STDIO_MAXBUFFER after 1048576 bytes\n');
    assert.equal(fs.existsSync(path.join(dir, 'before')), false, 'the task was killed before its marker');
    const whole = await run(path.join(HAZARDS, 'exec-caller-options.after.cjs'), [path.join(dir, 'after')], 10_000);
    assert.equal(whole.stdout, 'done 2097152 bytes\n');
    assert.equal(fs.existsSync(path.join(dir, 'after')), true, 'the task finished');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('H11: exec() without a callback, stdout read as it comes, maxBuffer a setting with a 200 KiB fallback: SIGTERM at 200 KiB before, whole output after (by hand)', { timeout: 20_000 }, async () => {
  const found = await messages('exec-streamed-setting.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /without a callback still buffers .*maxBuffer is 200 KiB here unless a setting raises it/);
  assert.deepEqual(await messages('exec-streamed-setting.after.cjs', 'POP104'), []);
  const cut = await run(path.join(HAZARDS, 'exec-streamed-setting.cjs'), [], 10_000);
  assert.equal(cut.timedOut, false);
  const got = Number(/^(\d+) bytes, exit null SIGTERM$/.exec(cut.stdout.trim())?.[1]);
  assert.ok(got >= 200 * 1024 && got < 300 * 1024, `the output stopped just past 200 KiB: ${cut.stdout}`);
  const whole = await run(path.join(HAZARDS, 'exec-streamed-setting.after.cjs'), [], 10_000);
  assert.equal(whole.stdout, '508890 bytes, exit 0 null\n');
});

test('H12: spawn() wrapped with a hand-written 500 KiB limit: the 1 MB result is SIGKILLed half-way before, whole after (by hand)', { timeout: 20_000 }, async () => {
  const found = await messages('spawn-own-limit.cjs', 'POP104');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /kills the child at line 15 once it passes 500 KiB/);
  assert.deepEqual(await messages('spawn-own-limit.after.cjs', 'POP104'), []);
  const cut = await run(path.join(HAZARDS, 'spawn-own-limit.cjs'), [], 10_000);
  assert.equal(cut.timedOut, false);
  const got = Number(/^(\d+) bytes, exit null SIGKILL$/.exec(cut.stdout.trim())?.[1]);
  assert.ok(got > 500 * 1024 && got < 1_000_000, `killed just past 500 KiB: ${cut.stdout}`);
  const whole = await run(path.join(HAZARDS, 'spawn-own-limit.after.cjs'), [], 10_000);
  assert.equal(whole.stdout, '1000000 bytes, exit 0 null\n');
});

test('H13: a factory-made spawn helper whose caller decides the stdio: a quiet branch piping 1 MiB, and a dropped child with the default pipes, hang before; they complete once the caller passes \'ignore\' (by hand: no fix is offered)', { timeout: 30_000 }, async () => {
  const project = path.join(HAZARDS, 'factory-wrapper');
  // Its commands (`npm install`, `node server.js`) merely can grow: `likely` shows them.
  const r = await cliAsync(['check', '.', '--format', 'concise', '--evidence', 'likely'], { cwd: project });
  // Warnings: they do not fail the run.
  assert.equal(r.code, 0, r.stderr);
  const found = r.stdout.split('\n').filter((l) => l.includes(': POP102 '));
  assert.deepEqual(found.map((l) => l.split(': POP102 ')[0]), ['install.js:5:1', 'serve.js:5:16']);
  assert.match(found[0]!, /returns the child spawned at lib[\\/]runner\.js:11, and its stdout and stderr are pipes that are never read here .*, and its exit status is lost$/);
  assert.match(found[1]!, /and when `quiet` is true, its stdout and stderr are pipes that are never read here/);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popenlint-hazard-'));
  try {
    // The five runs are independent: all at once (the two hangs are cut by their 2.5 s timeouts).
    const [hung, loud, served, stuck, installed] = await Promise.all([
      run(path.join(project, 'serve.js'), [], 2500),
      run(path.join(project, 'serve.js'), ['--verbose'], 8000),
      run(path.join(project, 'serve.after.js'), [], 8000),
      run(path.join(project, 'install.js'), [path.join(dir, 'before')], 2500),
      run(path.join(project, 'install.after.js'), [path.join(dir, 'after')], 8000),
    ]);
    assert.deepEqual(hung, { code: null, signal: 'SIGKILL', timedOut: true, stdout: '' }, 'the child blocked on a full pipe and the parent waited for it');
    assert.deepEqual([loud.code, loud.timedOut, loud.stdout.endsWith('exit 0\n')], [0, false, true], 'the other branch (inherit) never blocked');
    assert.deepEqual(served, { code: 0, signal: null, timedOut: false, stdout: 'exit 0\n' });

    assert.deepEqual(stuck, { code: null, signal: 'SIGKILL', timedOut: true, stdout: '' }, 'the dropped child blocked, and the parent could not end');
    assert.deepEqual(installed, { code: 0, signal: null, timedOut: false, stdout: 'exit 0\n' });
    assert.equal(fs.existsSync(path.join(dir, 'after')), true, 'the child finished its work');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
});
