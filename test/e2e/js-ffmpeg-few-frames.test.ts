import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../src/engine.js';
import { SourceText } from '../../src/source.js';
import { tempDir } from '../helpers.js';

/**
 * ffmpeg rendering a few frames (the command table's FFMPEG_FEW_FRAMES: `-frames:v 1`, or one
 * image named as the output) writes its banner, the stream mapping and a stats line or two on
 * stderr, and ends: its stderr never read blocks nothing (blind audit 46: wabot-aq's overlay with
 * `-frames:v 1`, simple-thumbnail's `-vframes 1`). Run on the real ffmpeg, its stderr a pipe
 * nobody reads, from a ten-minute test source; skipped where ffmpeg is not installed.
 */
const FFMPEG = spawnSync('ffmpeg', ['-version']).status === 0;
const SOURCE = ['-f', 'lavfi', '-i', 'testsrc=duration=600:size=1280x720:rate=25'];

/** Runs ffmpeg with stderr a pipe nobody reads; the exit status, or 'blocked' after 20 s. */
function unread(args: string[]): Promise<number | 'blocked'> {
  return new Promise((resolve) => {
    const c = spawn('ffmpeg', ['-y', ...SOURCE, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => { c.kill('SIGKILL'); resolve('blocked'); }, 20_000);
    c.on('exit', (code) => { clearTimeout(timer); resolve(code ?? -1); });
  });
}

test('ffmpeg rendering one frame writes a few KB on stderr and ends, unread', { skip: !FFMPEG && 'ffmpeg is not installed', timeout: 60_000 }, async () => {
  const dir = tempDir();
  const out = path.join(dir, 'frame.png');
  assert.equal(await unread(['-frames:v', '1', out]), 0);
  const measured = spawnSync('ffmpeg', ['-y', ...SOURCE, '-frames:v', '1', out], { encoding: 'utf8' });
  assert.ok(measured.stderr.length < 16 * 1024, `stderr: ${measured.stderr.length} bytes`);
  // One image named as the output, no frame count: the image2 muxer stops at the second frame.
  const still = spawnSync('ffmpeg', ['-y', ...SOURCE, path.join(dir, 'still.jpg')], { encoding: 'utf8', timeout: 30_000 });
  assert.ok(still.stderr.length < 16 * 1024, `stderr: ${still.stderr.length} bytes`);
  assert.notEqual(still.signal, 'SIGTERM', 'it ended by itself');
  const code = `const cp = require('child_process');\nconst p = cp.spawn('ffmpeg', ['-y', '-i', img, '-filter_complex', f, '-frames:v', '1', '${out}']);\np.on('close', done);\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
  assert.deepEqual(r.findings.map((f) => f.message), []);
});
