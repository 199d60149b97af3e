import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pipeHazard, runtimesIn, runtimeTable } from '../src/knowledge/runtimes.js';
import { DEFAULT_TARGET, parseRequiresPython } from '../src/knowledge/targets.js';

const py = (spec: string) => parseRequiresPython(spec)!;

test('runtimes of a target', () => {
  assert.deepEqual(runtimesIn(DEFAULT_TARGET).map((r) => r.label), ['Python 3.10+']);
  assert.deepEqual(runtimesIn(py('>=2.7')).map((r) => r.label), ['Python 2.7', 'Python 3.6–3.9', 'Python 3.10+']);
  assert.deepEqual(runtimesIn(py('>=3.6,<3.10')).map((r) => r.label), ['Python 3.6–3.9']);
});

test('a dropped os.popen: killed at once on 3.6-3.9, blocks on 3.10+', () => {
  const tar = { program: 'tar' };
  const h = pipeHazard('os-popen-dropped', py('>=3.6'), 'unbounded', tar, 'short');
  assert.equal(h.breaks, true);
  assert.equal(h.how, 'on Python 3.6–3.9 the pipe is closed at once: `tar` is killed by SIGPIPE at its next write; on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited');
  const python = pipeHazard('os-popen-dropped', py('==2.7.*'), 'unbounded', { program: 'python' }, 'long');
  assert.equal(python.how, 'on Python 2.7 the pipe is closed at once: `python` dies of `IOError: [Errno 32] Broken pipe` at its next write');
});

test('a program that ignores SIGPIPE itself (sigpipe.data.ts) runs on when its log pipe closes; a full pipe still blocks it', () => {
  const ffmpeg = { program: 'ffmpeg', stdout: 'none' as const, ignoresSigpipe: 'ignores SIGPIPE once it has started: its log writes fail and it runs on' };
  const open = pipeHazard('dropped-open', py('>=2.7'), 'unbounded', ffmpeg, 'long');
  assert.equal(open.how, 'the pipe stays open: `ffmpeg` blocks once it has written 64 KiB; if the program exits first, `ffmpeg` ignores SIGPIPE once it has started: its log writes fail and it runs on');
  assert.equal(pipeHazard('held-unread', DEFAULT_TARGET, 'unbounded', ffmpeg, 'short').how, '`ffmpeg` blocks once it has written 64 KiB; once the handle is closed, `ffmpeg` ignores SIGPIPE once it has started: its log writes fail and it runs on');
  // Its media on stdout: a failed write ends it (Conversion failed!), as SIGPIPE would.
  assert.match(pipeHazard('dropped-open', DEFAULT_TARGET, 'unbounded', { ...ffmpeg, stdout: 'unbounded' }, 'long').how, /and is killed by SIGPIPE at its next write if the program exits first$/);
});

test('quiet and bounded commands break nothing, unless the exit status is read', () => {
  assert.equal(pipeHazard('os-popen-dropped', DEFAULT_TARGET, 'none', { program: 'iptables' }, 'short').breaks, false);
  assert.equal(pipeHazard('waited', DEFAULT_TARGET, 'bounded', { program: 'git' }, 'long').breaks, false);
  assert.equal(pipeHazard('closed-unread', DEFAULT_TARGET, 'bounded', { program: 'git' }, 'long').breaks, false);
  const status = pipeHazard('closed-unread', DEFAULT_TARGET, 'bounded', { program: 'git' }, 'long', true);
  assert.equal(status.breaks, true);
  assert.match(status.how, /killed by SIGPIPE and the exit status says so/);
});

test('a command line run in the background: its pipe closes under it; on 2.7 a program that prints without checking runs on', () => {
  const l2ping = { program: 'l2ping', ignoresWriteErrors: true };
  const lead = 'the shell exits at once, leaving the command running in the background, and the pipe closes under it when the dropped Popen is reaped (at the next subprocess call, or at exit): ';
  assert.equal(pipeHazard('background-dropped', py('==2.7.*'), 'unbounded', l2ping, 'long').breaks, false);
  assert.equal(pipeHazard('background-dropped', py('>=2.7'), 'unbounded', l2ping, 'long').how, `${lead}on Python 3.6–3.9, 3.10+ \`l2ping\` is killed by SIGPIPE at its next write`);
  assert.equal(pipeHazard('background-dropped', DEFAULT_TARGET, 'unbounded', l2ping, 'long').how, `${lead}\`l2ping\` is killed by SIGPIPE at its next write`);
  assert.equal(pipeHazard('background-dropped', py('==2.7.*'), 'unbounded', { program: 'python' }, 'long').how, `${lead}\`python\` dies of \`IOError: [Errno 32] Broken pipe\` at its next write`);
  assert.equal(pipeHazard('background-dropped', DEFAULT_TARGET, 'bounded', { program: 'python' }, 'long').breaks, false);
  // The same program, its pipe closed at once by a dropped os.popen on 2.7, runs on too.
  assert.equal(pipeHazard('os-popen-dropped', py('==2.7.*'), 'unbounded', l2ping, 'short').breaks, false);
  assert.equal(pipeHazard('os-popen-dropped', py('==2.7.*'), 'unbounded', { program: 'tar' }, 'short').breaks, true);
});

test('explain table has a row per runtime', () => {
  const table = runtimeTable();
  for (const label of ['Python 2.7', 'Python 3.6–3.9', 'Python 3.10+']) assert.ok(table.includes(`| ${label} |`), label);
});

test('a pipe handed on and held: the producer blocks on every version, the evidence as for a wait before the read', () => {
  const find = pipeHazard('handed-held', py('>=2.7'), 'unbounded', { program: 'find' }, 'long');
  assert.equal(find.how, '`find` gets no SIGPIPE (nor EPIPE) while this process holds a read end, and blocks once it has written 64 KiB');
  assert.equal(find.evidence, 'grows');
  // A producer that writes a few lines finishes into the pipe's buffer, whatever the consumer does.
  assert.equal(pipeHazard('handed-held', DEFAULT_TARGET, 'bounded', { program: 'git' }, 'long').breaks, false);
  assert.equal(pipeHazard('handed-held', DEFAULT_TARGET, 'unbounded', { program: null, basis: 'value' }, 'long').evidence, 'deadlock');
  assert.equal(pipeHazard('handed-held', DEFAULT_TARGET, 'unbounded', { program: 'combinator3.bin', basis: 'unlisted' }, 'long').evidence, 'unlisted-program');
});
