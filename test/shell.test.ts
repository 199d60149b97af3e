import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseShell, PLACEHOLDER } from '../src/shell.js';
import { allInBackground, applyShellEdits, commandSites, devnullShellEdits, shellLeaks } from '../src/shell-fds.js';

/** [command, can it still write to the dropped stdout pipe?] */
const leaks: [string, boolean][] = [
  ['python test.py', true],
  ['python test.py >/dev/null', false],
  ['python test.py 1>/dev/null', false],
  ['python test.py >>log', false],
  ['python test.py &>/dev/null', false],
  ['python test.py >&/dev/null', false],
  ['python test.py >/dev/null 2>&1', false],
  ['python test.py 2>&1 >/dev/null', true],
  ['python test.py 1>&2', false],
  ['python test.py >&-', false],
  ['nohup job.sh &', true],
  ['nohup job.sh >/dev/null 2>&1 &', false],
  ['a; b >/dev/null', true],
  ['a >/dev/null; b >/dev/null', false],
  ['a && b >/dev/null', true],
  ['{ a; b; } >/dev/null', false],
  ['(a; b) >/dev/null', false],
  ['a | b', true],
  ['a | b >/dev/null', false],
  ['a |& b >/dev/null', false],
  ['echo ">/dev/null"', true],
  ["echo '>/dev/null'", true],
  ['echo $(date >/dev/null)', true],
  ['x=1 cmd >/dev/null', false],
  ['cmd # >/dev/null', true],
  [`${PLACEHOLDER} >/dev/null 2>&1`, false],
  [PLACEHOLDER, true],
  ['echo "unterminated', true],
];

for (const [cmd, expected] of leaks) {
  test(`leaks(${JSON.stringify(cmd)}) = ${expected}`, () => {
    assert.equal(shellLeaks(parseShell(cmd), [1]), expected);
  });
}

test('stderr pipes count for popen3/popen4', () => {
  assert.equal(shellLeaks(parseShell('make >/dev/null'), [1, 2]), true);
  assert.equal(shellLeaks(parseShell('make >/dev/null 2>&1'), [1, 2]), false);
});

/** [command, fixed command]: the smallest rewrite that stops every write to the pipe. */
const fixes: [string, string][] = [
  ['python test.py', 'python test.py >/dev/null'],
  ['nohup job.sh &', 'nohup job.sh >/dev/null &'],
  ['make; make install', '{ make; make install; } >/dev/null'],
  ['sleep 1; ./worker.sh &', '{ sleep 1; ./worker.sh; } >/dev/null &'],
  ['cd build && make', '{ cd build && make; } >/dev/null'],
  ['cat x | grep y', 'cat x | grep y >/dev/null'],
  ['./daemon.sh 2>&1 &', '{ ./daemon.sh 2>&1; } >/dev/null &'],
  ['echo hi # note', '{ echo hi # note\n} >/dev/null'],
  [PLACEHOLDER, `{ ${PLACEHOLDER}\n} >/dev/null`],
  ['make;', 'make >/dev/null;'],
];

for (const [cmd, expected] of fixes) {
  test(`devnull(${JSON.stringify(cmd)})`, () => {
    const edits = devnullShellEdits(cmd, parseShell(cmd), [1]);
    assert.ok(edits);
    const fixed = applyShellEdits(cmd, edits);
    assert.equal(fixed, expected);
    assert.equal(shellLeaks(parseShell(fixed), [1]), false);
  });
}

test('no devnull rewrite for here-documents or unparsable commands', () => {
  assert.equal(devnullShellEdits('cat <<EOF\nx\nEOF', parseShell('cat <<EOF\nx\nEOF'), [1]), null);
  assert.equal(devnullShellEdits('echo "x', parseShell('echo "x'), [1]), null);
});

/** [command, for each simple command: the index of the one whose stdout is its stdin, or null] */
const feeds: [string, (number | null)[]][] = [
  ['echo "" | aircrack-ng -w - x', [null, 0]],
  ['a | b | c', [null, 0, 1]],
  ['a | b < words.txt', [null, null]],
  ['a > out | b', [null, null]],
  ['a; b', [null, null]],
  ['a | { b; c; }', [null, null, null]],
  ['{ a; b; } | c', [null, null, null]],
];

for (const [cmd, expected] of feeds) {
  test(`fedBy(${JSON.stringify(cmd)})`, () => {
    assert.deepEqual(commandSites(parseShell(cmd))!.map((s) => s.fedBy ?? null), expected);
  });
}

/** [command, does the shell run every command in the background and exit at once?] */
const background: [string, boolean][] = [
  ['l2ping -f x &', true],
  ['a & b &', true],
  ['{ a; b; } &', true],
  ['nohup job.sh >/dev/null 2>&1 &', true],
  ['sleep 1 & python worker.py', false],
  ['a && b &', true],
  ['a; b &', false],
  ['python worker.py', false],
  ['', false],
  ['echo "unterminated &', false],
];

for (const [cmd, expected] of background) {
  test(`allInBackground(${JSON.stringify(cmd)})`, () => {
    assert.equal(allInBackground(parseShell(cmd)), expected);
  });
}
