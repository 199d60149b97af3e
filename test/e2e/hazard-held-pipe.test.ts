import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fix, lint, pythonInterpreters, tempDir } from '../helpers.js';

/**
 * Hazard test for POP005's held pipe (src/python/held-pipe.ts), on the real interpreters: a
 * producer that writes far past 64 KiB is piped into `head -c 1`, which reads one byte and exits;
 * the parent keeps its copy of the pipe's read end and waits for the producer. Before the fix the
 * wait never returns: the producer sits in pipe_write for good. After popenlint's own fix
 * (`p1.stdout.close()` on the line after the consumer's Popen) the parent finishes, and the
 * producer has died of the closed pipe: SIGPIPE (-13) for a shell tool on Python 3; EPIPE on 2.7,
 * whose children inherit SIGPIPE ignored (`find` prints "Broken pipe" and exits 1); a Python
 * producer dies of BrokenPipeError (IOError on 2.7), exit status 1.
 */
const GEN = "import sys\nwhile True:\n    sys.stdout.write('candidate\\n' * 1000)\n";

const program = (producer: string) => [
  'import os, subprocess, sys',
  `p1 = subprocess.Popen(${producer}, stdout=subprocess.PIPE)`,
  "p2 = subprocess.Popen(['head', '-c', '1'], stdin=p1.stdout, stdout=open(os.devnull, 'w'))",
  'p2.wait()',
  "sys.stdout.write('%d\\n' % p1.pid)",
  'sys.stdout.flush()',
  'p1.wait()',
  "sys.stdout.write('%d\\n' % p1.returncode)",
  '',
].join('\n');

const PRODUCERS = [
  { name: 'find', argv: "['find', '/usr']" },
  { name: 'a Python generator', argv: "[sys.executable, 'gen.py']" },
];

/** The interpreters that matter: python3 and 2.7 (pythonInterpreters), and the oldest 3.x under pyenv. */
function interpreters(): { name: string; bin: string }[] {
  const out = pythonInterpreters().filter((i) => i.bin).map((i) => ({ name: i.name, bin: i.bin! }));
  const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
  const oldest3 = fs.existsSync(pyenv) ? fs.readdirSync(pyenv).filter((v) => /^3\.\d+\.\d+$/.test(v)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))[0] : undefined;
  const bin = oldest3 && path.join(pyenv, oldest3, 'bin', 'python');
  if (bin && fs.existsSync(bin)) out.push({ name: `python${oldest3}`, bin });
  return out;
}

function wchan(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/wchan`, 'utf8');
  } catch {
    return null;
  }
}

interface Outcome {
  exited: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
  /** Where the producer sleeps once the consumer is gone (null: it is gone too). */
  producerWchan: string | null;
}

/** Runs main.py for up to `limit` ms; the producer is looked at 1 s after it printed its pid. */
async function run(bin: string, source: string, limit: number): Promise<Outcome> {
  const dir = tempDir('popenlint-held-');
  fs.writeFileSync(path.join(dir, 'main.py'), source);
  fs.writeFileSync(path.join(dir, 'gen.py'), GEN);
  const parent = spawn(bin, ['main.py'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  parent.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  parent.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const done = new Promise<number | null>((resolve) => parent.on('close', (code) => resolve(code)));
  const exited = await Promise.race([done.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), limit))]);
  const pid = Number(stdout.split('\n')[0]);
  const producerWchan = !exited && pid > 0 ? wchan(pid) : null;
  try { process.kill(-parent.pid!, 'SIGKILL'); } catch { /* group gone */ }
  const status = await done;
  fs.rmSync(dir, { recursive: true, force: true });
  return { exited, status: exited ? status : null, stdout, stderr, producerWchan };
}

describe('POP005 held pipe: the producer blocks once the consumer exits, until its copy is closed', { concurrency: true }, () => {
  for (const producer of PRODUCERS) {
    const source = program(producer.argv);
    test(`${producer.name}: reported, and the fix inserts the close after the consumer`, async () => {
      // At the default level: the producer's output grows (`find`, an interpreter running a script).
      const findings = await lint(source, ['POP005'], 'python', 'py3', 'known');
      // Unsafe: the program looks at the producer's exit status, which the close changes when the consumer exits early.
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.fixes.map((x) => `${x.strategy}/${x.applicability}`)]), [[2, ['close/unsafe']]]);
      const fixed = await fix(source, ['POP005'], 'close', true);
      assert.equal(fixed, source.replace("stdout=open(os.devnull, 'w'))\n", "stdout=open(os.devnull, 'w'))\np1.stdout.close()\n"));
      assert.deepEqual(await lint(fixed, ['POP005']), []);
    });
    for (const interp of interpreters()) {
      const py2 = /2\.7/.test(interp.name) || /^python2/.test(path.basename(interp.bin));
      test(`${producer.name} under ${interp.name}: the wait hangs before the fix, the producer dies of the closed pipe after`, async () => {
        const before = await run(interp.bin, source, 4000);
        assert.equal(before.exited, false, `the parent never returned from p1.wait(): ${before.stdout}`);
        assert.match(before.producerWchan ?? '', /pipe_write/, 'the producer sits blocked on the full pipe');
        const fixed = await fix(source, ['POP005'], 'close', true, 'python', py2 ? 'py2' : 'py3');
        const after = await run(interp.bin, fixed, 20000);
        assert.equal(after.exited, true, 'the parent finished');
        assert.equal(after.status, 0);
        const rc = Number(after.stdout.trim().split('\n')[1]);
        if (producer.name === 'find' && !py2) assert.equal(rc, -13, 'find was killed by SIGPIPE');
        else {
          assert.equal(rc, 1, 'the producer failed its write and exited 1');
          assert.match(after.stderr, producer.name === 'find' ? /Broken pipe/ : py2 ? /IOError: \[Errno 32\] Broken pipe/ : /BrokenPipeError/);
        }
      });
    }
  }
});
