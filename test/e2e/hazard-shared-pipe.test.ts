import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lint, pythonInterpreters, tempDir } from '../helpers.js';

/**
 * Hazard tests for three claims of blind audit 45, on the real interpreters:
 *
 * - POP005's shared pipe (src/python/shared-pipe.ts): a producer's stdout handed to `cat` as its
 *   stdin and read by the parent too (`communicate()`) while `cat` runs. Each byte goes to one
 *   reader: what the parent gets and what `cat` writes add up to the producer's output, and the
 *   parent never gets all of it; with the pipeline idiom (the copy closed, the consumer read) it
 *   gets every byte on every run.
 * - The pid file (src/python/pid-recorded.ts): a child that writes a line every 50 ms, its pid
 *   written to a file and its stdout piped, dies once the script that started it has exited (the
 *   pipe closes under it); given /dev/null instead it lives on.
 * - ffmpeg (src/knowledge/sigpipe.data.ts), when installed: its stderr pipe closed while it
 *   encodes, it finishes the file and exits 0; it sets SIGPIPE to SIG_IGN once started. Skipped
 *   where ffmpeg is absent (a fresh CI machine); the measurement is in docs/hazards.md.
 */
const SEQ = 200000;

const shared = (idiom: boolean) => [
  'import subprocess, sys',
  `p1 = subprocess.Popen(['seq', '${SEQ}'], stdout=subprocess.PIPE)`,
  "p2 = subprocess.Popen(['cat'], stdin=p1.stdout, stdout=open('consumer.txt', 'wb'))",
  ...(idiom ? ['p1.stdout.close()', 'p2.wait()', 'p1.wait()', "got = open('consumer.txt', 'rb').read()"] : ['got = p1.communicate()[0]', 'p2.wait()']),
  "sys.stdout.write('%d\\n' % len(got))",
  '',
].join('\n');

function runPython(bin: string, dir: string, source: string, ms: number): { status: number | null; stdout: string; stderr: string } {
  fs.writeFileSync(path.join(dir, 'main.py'), source);
  const r = spawnSync(bin, ['main.py'], { cwd: dir, encoding: 'utf8', timeout: ms });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TOTAL = spawnSync('seq', [String(SEQ)], { maxBuffer: 1 << 24 }).stdout.length;
const pythons = pythonInterpreters().filter((i) => i.bin);

describe('POP005 shared pipe: two readers of one pipe split the output', { concurrency: true }, () => {
  test('reported on the producer at the default level, the consumer not; the idiom is clean', async () => {
    const found = await lint(shared(false), ['POP005'], 'python', 'py3', 'known');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.evidence, /two readers of one pipe/.test(f.message)]), [[2, 'any-size', true]]);
    assert.deepEqual(await lint(shared(true), ['POP005'], 'python', 'py3', 'possible'), []);
  });
  for (const interp of pythons) {
    test(`${interp.name}: the parent gets part of the output, the consumer the rest; all of it with the idiom`, () => {
      const dir = tempDir('popenlint-shared-');
      try {
        for (let i = 0; i < 3; i++) {
          const r = runPython(interp.bin!, dir, shared(false), 20000);
          assert.equal(r.status, 0, r.stderr);
          const parent = Number(r.stdout.trim());
          const consumer = fs.statSync(path.join(dir, 'consumer.txt')).size;
          assert.equal(parent + consumer, TOTAL, 'each byte went to one reader');
          assert.ok(parent < TOTAL, `the parent got ${parent} of ${TOTAL} bytes`);
        }
        const r = runPython(interp.bin!, dir, shared(true), 20000);
        assert.equal(Number(r.stdout.trim()), TOTAL, 'the consumer got every byte');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

// A recorder stand-in: a status line every 50 ms until it is stopped.
const RECORDER = "while :; do echo level; sleep 0.05; done";
const hook = (stdout: string) => [
  'import subprocess',
  `p = subprocess.Popen(['sh', '-c', ${JSON.stringify(RECORDER)}], stdout=${stdout})`,
  "with open('recording.pid', 'w') as out:",
  "    out.write('%d' % p.pid)",
  '',
].join('\n');

function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe('pid file: a child meant to outlive its parent dies of the pipe once the parent exits', { concurrency: true }, () => {
  for (const interp of pythons) {
    // Python 2 children inherit SIGPIPE ignored: the shell's echo gets EPIPE and the loop runs on, its output lost.
    const py2 = interp.name === 'python2.7';
    test(`${interp.name}: piped, the recorder ${py2 ? 'gets EPIPE and runs on' : 'is gone 1 s after the hook exits'}; given /dev/null it runs on`, async () => {
      const dir = tempDir('popenlint-pidfile-');
      const pids: number[] = [];
      try {
        for (const [stdout, lives] of [['subprocess.PIPE', false], ["open('/dev/null', 'w')", true]] as const) {
          const r = runPython(interp.bin!, dir, hook(stdout), 10000);
          assert.equal(r.status, 0, r.stderr);
          const pid = Number(fs.readFileSync(path.join(dir, 'recording.pid'), 'utf8'));
          pids.push(pid);
          await new Promise((resolve) => setTimeout(resolve, 1000));
          assert.equal(alive(pid), lives || py2, lives || py2 ? 'the recorder runs on' : 'the recorder died at its next write');
        }
      } finally {
        for (const pid of pids) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

const FFMPEG = spawnSync('ffmpeg', ['-version']).status === 0;
// The pipe is closed once ffmpeg has set SIGPIPE ignored (its start-up took seconds on a loaded machine), 1 s into a 4 s real-time encode at the earliest.
const ENCODE = [
  'import subprocess, sys, time',
  "p = subprocess.Popen(['ffmpeg', '-nostdin', '-y', '-re', '-f', 'lavfi', '-i', 'sine=d=4', '-vn', 'out.mp3'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)",
  'def ignored():',
  "    status = open('/proc/%d/status' % p.pid).read()",
  "    return int([l for l in status.split('\\n') if l.startswith('SigIgn')][0].split()[1], 16) >> 12 & 1",
  'deadline = time.time() + 60',
  'while not ignored() and time.time() < deadline:',
  '    time.sleep(0.05)',
  'seen = ignored()',
  'time.sleep(1)',
  'p.stderr.close()',
  "sys.stdout.write('%d %d\\n' % (p.wait(), seen))",
  '',
].join('\n');

describe('ffmpeg ignores SIGPIPE once started: its stderr pipe closed mid-encode, it finishes', { skip: FFMPEG ? false : 'ffmpeg is not installed (measured on ffmpeg 5.1: docs/hazards.md)' }, () => {
  test('closed during a 4 s real-time encode: exit status 0, the file whole', () => {
    const dir = tempDir('popenlint-ffmpeg-');
    try {
      const r = runPython(pythons[0]!.bin!, dir, ENCODE, 90000);
      assert.equal(r.stdout.trim(), '0 1', r.stderr);
      // 4 s of a mono sine at 64 kb/s: some 32 KB (an encode cut at 3 s holds 24 KB).
      assert.ok(fs.statSync(path.join(dir, 'out.mp3')).size > 30000, 'the file holds the whole encode');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
