import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { blockWindow, defaultMaxBuffer, enginesNodeMajor, enginesNodeTarget, lowestMajor, nodeFacts, nodeTarget, parseNodeRange, runningMajor } from '../src/knowledge/node.js';
import { tempDir } from './helpers.js';

test('engines.node ranges: the lowest admitted major', () => {
  const cases: [string, number | null][] = [
    ['>=20.19', 20], ['^18 || >=20', 18], ['16.x', 16], ['>14', 15], ['>14.2', 14], ['~12.22.0', 12],
    ['>= 10', 10], ['v8', 8], ['20 - 22', 20], ['*', null], ['latest', null], ['', null],
  ];
  for (const [range, major] of cases) assert.equal(lowestMajor(range), major, range);
});

test('engines.node ranges: the lowest version as written and the highest major admitted', () => {
  const cases: [string, [number, string, number | null] | null][] = [
    ['>=0.8', [0, '0.8', null]], ['>=20.19', [20, '20', null]], ['^18 || >=20', [18, '18', null]], ['16.x', [16, '16', 16]],
    ['>14', [15, '15', null]], ['>14.2', [14, '14', null]], ['~12.22.0', [12, '12', 12]], ['>= 10 < 12', [10, '10', 11]],
    ['>=8 <=11.5', [8, '8', 11]], ['^0.10', [0, '0.10', 0]], ['^8 || ^10', [8, '8', 10]], ['v8', [8, '8', 8]], ['20 - 22', [20, '20', 22]],
    ['*', null], ['latest', null], ['', null], ['<16', null],
  ];
  for (const [range, want] of cases) {
    const got = parseNodeRange(range);
    assert.deepEqual(got && [got.major, got.label, got.highest], want, range);
  }
});

test('the default maxBuffer over a range names where it changes', () => {
  assert.equal(defaultMaxBuffer(parseNodeRange('>=0.8')!).text, '200 KiB by default on Node 0.8 to 11 (1 MiB from Node 12)');
  assert.equal(defaultMaxBuffer(parseNodeRange('>=10 <12')!).text, '200 KiB by default on Node 10');
  assert.equal(defaultMaxBuffer(parseNodeRange('^10 || ^12')!).text, '200 KiB by default on Node 10 to 11 (1 MiB from Node 12)');
  assert.equal(defaultMaxBuffer(parseNodeRange('>=12')!).text, '1 MiB by default on Node 12');
  assert.equal(defaultMaxBuffer(parseNodeRange('>=0.8')!).bytes, 200 * 1024);
});

test('facts per major: exec maxBuffer and the measured block window', () => {
  assert.equal(nodeFacts(10).execMaxBuffer, 200 * 1024);
  assert.equal(nodeFacts(12).execMaxBuffer, 1024 * 1024);
  assert.equal(nodeFacts(20).execMaxBuffer, 1024 * 1024);
  assert.equal(blockWindow(20), 'once about 20–243 KiB are waiting');
  assert.equal(blockWindow(21), 'once about 20–243 KiB are waiting');
  // Not measured there: the message names the mechanism instead of carrying Node 20's numbers over.
  assert.equal(blockWindow(22), "once the pipe (64 KiB) and Node's read-ahead buffer are full");
  assert.equal(blockWindow(18), "once the pipe (64 KiB) and Node's read-ahead buffer are full");
});

test('target: the nearest package.json with engines.node, else the running Node', () => {
  const dir = tempDir('popenlint-node-target-');
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ engines: { node: '>=18' } }));
    fs.mkdirSync(path.join(dir, 'pkg', 'src'), { recursive: true });
    // A nested package.json without engines does not hide the one above; a broken one is skipped.
    fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), JSON.stringify({ name: 'pkg' }));
    fs.writeFileSync(path.join(dir, 'pkg', 'src', 'package.json'), '{ not json');
    assert.equal(enginesNodeMajor(path.join(dir, 'pkg', 'src', 'a.js')), 18);
    assert.equal(nodeTarget(path.join(dir, 'pkg', 'src', 'a.js')), 18);
    fs.mkdirSync(path.join(dir, 'other'));
    fs.writeFileSync(path.join(dir, 'other', 'package.json'), JSON.stringify({ engines: { node: '>=22.3' } }));
    assert.equal(nodeTarget(path.join(dir, 'other', 'b.ts')), 22);
    assert.deepEqual(enginesNodeTarget(path.join(dir, 'other', 'b.ts')), { major: 22, label: '22', highest: null });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(nodeTarget('/nonexistent-popenlint-dir/x.js'), runningMajor());
});
