import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/engine.js';
import { fixText } from '../../src/fix/apply.js';
import { SourceText } from '../../src/source.js';
import type { Strategy } from '../../src/types.js';
import { tempDir } from '../helpers.js';

/**
 * ffmpeg relaying a live input (a camera, `-re`, a looped input: the command table's
 * FFMPEG_LIVE_INPUT), and node-cmd's `cmd.run` / `cmd.runSync`, on the real `node` (audit 22:
 * cloudscope, sintret/ffmeg, PetCam, Shinobi). ffmpeg is not installed here and node-cmd is not a
 * dependency: fixtures/hazards/js/ffmpeg-live/stand-in.cjs writes a stand-in ffmpeg (its stats
 * line on stderr, two hours of it in a second; SIGTERM handled and SIGPIPE ignored as ffmpeg
 * does) and a node-cmd that does what node-cmd 5 documents (run = exec, runSync = execSync).
 *
 * What exec() kills at maxBuffer is its child, which for a command line is /bin/sh. A shell that
 * runs a simple command in a fork (dash, /bin/sh on Debian and Ubuntu) dies of the SIGTERM and
 * leaves ffmpeg running: ffmpeg ignores SIGPIPE, so its stats writes to the closed pipe fail
 * quietly, and it streams on, out of the code's reach. A shell that execs it (bash) hands the
 * SIGTERM to ffmpeg, which stops (exit status 255). The tests look at which /bin/sh this is and
 * assert what it does; the bash side is measured with `shell: '/bin/bash'` in every run.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/hazards/js/ffmpeg-live/', import.meta.url));
const { install } = createRequire(import.meta.url)(path.join(DIR, 'stand-in.cjs')) as { install: (dir: string) => string };
const ENGINE = { enabled: new Set(['POP101', 'POP102', 'POP104']), target: 'py3' as const, nodeMajor: 20, evidence: 'known' as const };
const LINES = 15000;

/** Whether /bin/sh runs the last simple command of `-c` in a fork (dash) rather than in its own process (bash). */
function shellForks(): boolean {
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" -e "console.log(process.ppid)"`], { encoding: 'utf8' });
  return Number(r.stdout.trim()) === r.pid;
}
const FORKS = shellForks();

async function findings(name: string, text: string): Promise<string[]> {
  const r = await lintText(name, new SourceText(text), 'javascript', ENGINE);
  return r.findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.column} ${f.evidence} ${f.message}`);
}

/** The fixture, and what comes after it: popenlint's fix of `strategy`, or the hand-written `.after.cjs` where no fix is offered. */
async function before(name: string, rule: string, strategy: Strategy | null): Promise<{ text: string; after: string; found: string[] }> {
  const text = fs.readFileSync(path.join(DIR, name), 'utf8');
  const found = (await findings(name, text)).filter((f) => f.startsWith(rule));
  let after: string;
  if (strategy) {
    const outcome = await fixText(name, text, 'javascript', ENGINE, { strategy, unsafe: true });
    assert.equal(outcome.error, null);
    assert.equal(outcome.applied, 1, 'the fixer rewrote the hazard');
    after = outcome.text;
  } else {
    const r = await lintText(name, new SourceText(text), 'javascript', ENGINE);
    assert.deepEqual(r.findings.flatMap((f) => f.fixes.map((x) => x.strategy)), [], 'no fix is offered');
    after = fs.readFileSync(path.join(DIR, name.replace('.cjs', '.after.cjs')), 'utf8');
  }
  assert.deepEqual(await findings(name, after), [], 'nothing left to report');
  return { text, after, found };
}

interface Outcome {
  stdout: string;
  timedOut: boolean;
  code: number | null;
  /** How the stand-in ffmpeg ended (`SIGTERM after N stats lines`, `end of input after N stats lines`), once it has. */
  ffmpeg: string | null;
}

/**
 * Runs `source` in a folder of its own holding the stand-ins, ffmpeg first on PATH, killed after
 * `ms`; then waits up to 5 s for the stand-in to say how it ended (an orphan outlives the parent).
 */
async function run(source: string, ms: number): Promise<Outcome> {
  const dir = tempDir('popenlint-ffmpeg-');
  try {
    const PATH = install(dir);
    fs.writeFileSync(path.join(dir, 'main.cjs'), source);
    const child = spawn(process.execPath, ['main.cjs'], { cwd: dir, env: { ...process.env, PATH }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    clearTimeout(timer);
    const end = path.join(dir, 'ffmpeg-end');
    for (let i = 0; i < 100 && !fs.existsSync(end); i++) await new Promise((r) => setTimeout(r, 50));
    return { stdout, timedOut, code, ffmpeg: fs.existsSync(end) ? fs.readFileSync(end, 'utf8') : null };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The program with exec's shell made bash (a shell that execs the command): what the SIGTERM does when it reaches ffmpeg. */
const underBash = (source: string) => source.replace(/((?:exec|execSync)\('ffmpeg [^']*')/, "$1, { shell: '/bin/bash' }");

const KILLED_SHELL = /^ffmpeg exited null SIGTERM$/m;
const KILLED_FFMPEG = /^ffmpeg exited 255 null$/m;
const ORPHAN = `end of input after ${LINES} stats lines`;

describe('ffmpeg relaying a live input, and node-cmd, under node', { concurrency: 2 }, () => {
  test(`H19: exec() with a callback keeps ffmpeg's stats: ERR_CHILD_PROCESS_STDIO_MAXBUFFER at 1 MiB before POP104's fix (/bin/sh ${FORKS ? 'forks: the shell is killed, ffmpeg streams on out of reach' : 'execs: ffmpeg is stopped'}), the stream runs to its end after`, { timeout: 30_000 }, async () => {
    const { text, after, found } = await before('exec-callback.cjs', 'POP104', 'read');
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^POP104 9:16 grows exec\(\) keeps the whole output of a command whose output grows with time \(`ffmpeg -f v4l2` prints its stats line every half second for as long as its live input runs\): maxBuffer is 1 MiB by default on Node 20, which it passes after 76 to 117 minutes of relaying a live stream; then Node kills it with SIGTERM and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER/);
    assert.match(after, /\{ maxBuffer: Infinity \}, \(error, stdout, stderr\) =>/);
    const [cut, bash, whole] = await Promise.all([run(text, 10_000), run(underBash(text), 10_000), run(after, 10_000)]);
    assert.deepEqual([cut.code, cut.timedOut], [0, false]);
    assert.match(cut.stdout, /^stream failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, 1048576 bytes of stats$/m);
    if (FORKS) {
      assert.match(cut.stdout, KILLED_SHELL, 'the shell died of the SIGTERM');
      assert.equal(cut.ffmpeg, ORPHAN, 'ffmpeg itself was never signalled: it streamed on, its stats going nowhere');
    } else {
      assert.match(cut.stdout, KILLED_FFMPEG);
      assert.match(cut.ffmpeg ?? '', /^SIGTERM after \d+ stats lines$/);
    }
    // With bash, exec's child is ffmpeg itself: it gets the SIGTERM and stops, as the message says.
    assert.match(bash.stdout, /^stream failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, 1048576 bytes of stats$/m);
    assert.match(bash.stdout, KILLED_FFMPEG);
    assert.match(bash.ffmpeg ?? '', /^SIGTERM after (\d+) stats lines$/);
    assert.ok(Number(/(\d+)/.exec(bash.ffmpeg!)![1]) < LINES, 'stopped before the end of its input');
    assert.deepEqual([whole.code, whole.timedOut, whole.ffmpeg], [0, false, ORPHAN]);
    assert.match(whole.stdout, /^stream ended, 1500568 bytes of stats$/m);
    assert.match(whole.stdout, /^ffmpeg exited 0 null$/m);
  });

  test('H22: node-cmd cmd.run(line, callback) is exec(): ERR_CHILD_PROCESS_STDIO_MAXBUFFER at 1 MiB before, the stream runs to its end once spawned with its stats read as they come (by hand: no fix is offered)', { timeout: 30_000 }, async () => {
    const { text, after, found } = await before('cmd-run-callback.cjs', 'POP104', null);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^POP104 8:16 grows exec\(\) keeps the whole output of a command whose output grows with time \(`ffmpeg -re` prints its stats line every half second for as long as its live input runs\)/);
    const [cut, whole] = await Promise.all([run(text, 10_000), run(after, 10_000)]);
    assert.deepEqual([cut.code, cut.timedOut], [0, false]);
    assert.match(cut.stdout, /^stream failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, 1048576 bytes of stats$/m);
    assert.match(cut.stdout, FORKS ? KILLED_SHELL : KILLED_FFMPEG);
    assert.deepEqual([whole.code, whole.timedOut, whole.ffmpeg], [0, false, ORPHAN]);
    assert.equal(whole.stdout, 'stream ended, 1500568 bytes of stats\nffmpeg exited 0 null\n');
  });

  test('H23: node-cmd cmd.runSync(line) is execSync(): ENOBUFS at 1 MiB before (node-cmd catches it: the caller gets err, no throw), the capture completes with the stats ignored after (by hand: no fix is offered)', { timeout: 30_000 }, async () => {
    const { text, after, found } = await before('cmd-runsync.cjs', 'POP104', null);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^POP104 7:16 grows execSync\(\) keeps the whole output of a command whose output grows with time .*then Node kills it with SIGTERM and runSync\(\) catches the ENOBUFS execSync throws and returns `data: null`/);
    const [cut, whole] = await Promise.all([run(text, 10_000), run(after, 10_000)]);
    // The stats past 1 MiB are lost and the result says the capture failed, though node-cmd threw nothing.
    assert.equal(cut.code, 0, 'runSync() did not throw');
    assert.match(cut.stdout, /^capture failed, 10\d{5} bytes of stats$/m);
    if (FORKS) assert.equal(cut.ffmpeg, ORPHAN, 'the shell died, ffmpeg ran on');
    else assert.match(cut.ffmpeg ?? '', /^SIGTERM after \d+ stats lines$/);
    assert.deepEqual([whole.code, whole.timedOut, whole.stdout, whole.ffmpeg], [0, false, 'capture done\n', ORPHAN]);
  });

  test('H24: execSync() of a two-hour capture throws ENOBUFS at 1 MiB before POP104\'s fix, completes after', { timeout: 30_000 }, async () => {
    const { text, after, found } = await before('execsync.cjs', 'POP104', 'read');
    assert.equal(found.length, 1);
    assert.match(after, /capture\.mkv', \{ maxBuffer: Infinity \}\)/);
    const [cut, bash, whole] = await Promise.all([run(text, 10_000), run(underBash(text), 10_000), run(after, 10_000)]);
    assert.match(cut.stdout, /^capture failed: ENOBUFS, 10\d{5} bytes of stats$/m);
    if (FORKS) assert.equal(cut.ffmpeg, ORPHAN, 'the shell died, ffmpeg ran on');
    else assert.match(cut.ffmpeg ?? '', /^SIGTERM after \d+ stats lines$/);
    assert.match(bash.stdout, /^capture failed: ENOBUFS, 10\d{5} bytes of stats$/m);
    assert.match(bash.ffmpeg ?? '', /^SIGTERM after \d+ stats lines$/);
    assert.deepEqual([whole.code, whole.timedOut, whole.stdout, whole.ffmpeg], [0, false, 'capture done\n', ORPHAN]);
  });

  test('H25: spawn() of ffmpeg relaying an RTSP camera to stdout, stderr never read: the recording hangs before POP102\'s fix, completes after', { timeout: 30_000 }, async () => {
    const { text, after, found } = await before('spawn-stderr.cjs', 'POP102', 'devnull');
    assert.deepEqual(found, ["POP102 7:16 grows spawn(): stderr is never read (`ffmpeg -f mpeg1video -` writes its media to stdout and logs its progress on stderr): on Node 20 the child blocks for good once about 20–243 KiB are waiting"]);
    assert.match(after, /\{ stdio: \['ignore', 'pipe', 'ignore'\] \}\);/);
    const [hung, whole] = await Promise.all([run(text, 4000), run(after, 10_000)]);
    assert.deepEqual([hung.timedOut, hung.stdout], [true, ''], 'the parent waited for a recording that never ended');
    assert.deepEqual([whole.code, whole.timedOut, whole.stdout], [0, false, `recorded ${LINES * 1880} bytes, ffmpeg exited 0 null\n`]);
  });

  // POP101 says of these that past maxBuffer (1 MiB) the shell gets the SIGTERM, which reaches the command only where /bin/sh execs it. Measured:
  // with a /bin/sh that forks, the child killed is the shell, and ffmpeg (SIGPIPE ignored) streams
  // on to the end of its input: nothing breaks. With bash it is ffmpeg, and the stream stops.
  for (const [name, fix] of [['exec-dropped.cjs', 'subprocess'], ['cmd-run-dropped.cjs', null]] as const) {
    test(`H20/H21: ${name}, exec() of ffmpeg with no callback, dropped: stopped at 1 MiB only where exec's child is ffmpeg (bash); with a forking /bin/sh it streams on (POP101's message holds for bash)`, { timeout: 30_000 }, async () => {
      const { text, after, found } = await before(name, 'POP101', fix);
      assert.equal(found.length, 1);
      assert.match(found[0]!, /^POP101 \d+:1 grows exec\(\) without a callback, its ChildProcess unused .*: on Node 20, once its output passes maxBuffer \(1 MiB\), Node closes the pipes and sends SIGTERM to the shell: the command gets it where \/bin\/sh execs it \(bash\), and dies at its next write where \/bin\/sh forks it \(dash\)/);
      const runs = [run(text, 10_000), run(after, 10_000)];
      if (name === 'exec-dropped.cjs') runs.push(run(underBash(text), 10_000));
      const [as, fixed, bash] = await Promise.all(runs);
      assert.deepEqual([as!.code, as!.timedOut], [0, false]);
      assert.match(as!.stdout, FORKS ? new RegExp(`^ffmpeg: ${ORPHAN}$`, 'm') : /^ffmpeg: SIGTERM after \d+ stats lines$/m);
      if (bash) assert.match(bash.stdout, /^ffmpeg: SIGTERM after \d+ stats lines$/m, 'ffmpeg itself gets the SIGTERM and stops');
      assert.deepEqual([fixed!.code, fixed!.timedOut, fixed!.stdout], [0, false, `ffmpeg: ${ORPHAN}\n`]);
    });
  }
});
