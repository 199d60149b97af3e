import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { callsTo } from '../src/python/analysis.js';
import type { PythonContext } from '../src/python/context.js';
import type { HandleEvent } from '../src/python/drain.js';
import { parsePython } from '../src/python/parse.js';
import { nameEvents } from '../src/python/pipe-site.js';
import { PythonModel } from '../src/python/semantic.js';
import { DEFAULT_TARGET } from '../src/knowledge/targets.js';
import { SourceText } from '../src/source.js';
import { FIXTURES } from './helpers.js';

/**
 * nameEvents (pipe-site.ts) is asked of the same Popen by several of POP005's checks and made
 * once per call: the second answer is the first, and it is what a fresh model answers, whichever
 * call was asked first.
 */

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function contextOf(file: string, text: string): PythonContext {
  const tree = parsePython(text);
  return { path: file, source: new SourceText(text), tree, model: new PythonModel(tree, text), target: 'py3', versions: DEFAULT_TARGET, report: () => {} };
}

// What an answer says, without node identities (they differ between trees).
const plain = (r: { all: HandleEvent[]; paths: HandleEvent[][] } | null) =>
  r && { all: r.all.map((e) => [e.kind, e.node.startIndex]), paths: r.paths.map((p) => p.map((e) => [e.kind, e.node.startIndex])) };

test('nameEvents: one answer per call, the same as a fresh model gives in any order', () => {
  let asked = 0;
  for (const file of files(path.join(FIXTURES, 'python', 'POP005'))) {
    const text = fs.readFileSync(file, 'utf8');
    const ctx = contextOf(file, text);
    const fresh = contextOf(file, text);
    const calls = callsTo(ctx.model, new Set(['subprocess.Popen'])).map((c) => c.call);
    const freshCalls = callsTo(fresh.model, new Set(['subprocess.Popen'])).map((c) => c.call).reverse();
    const expected = new Map(freshCalls.map((c) => [c.startIndex, plain(nameEvents(fresh, c))]));
    for (const call of calls) {
      const first = nameEvents(ctx, call);
      assert.equal(nameEvents(ctx, call), first, `${file}:${call.startPosition.row + 1}: made again`);
      assert.deepEqual(plain(first), expected.get(call.startIndex), `${file}:${call.startPosition.row + 1}`);
      if (first) asked++;
    }
    ctx.tree.delete();
    fresh.tree.delete();
  }
  assert.ok(asked > 20, `${asked} handles asked`);
});
