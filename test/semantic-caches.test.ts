import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parsePython } from '../src/python/parse.js';
import { mayQualifyAs, PythonModel } from '../src/python/semantic.js';
import { FIXTURES } from './helpers.js';

/**
 * The semantic model caches each node its scope walk passes (scopeOf) and each node its
 * except-clause walk passes (the bindings' inExcept): an answer must not depend on which node
 * was asked first. Every identifier is asked in source order and in reverse order of one model
 * each, and of a fresh model each, and the answers compared.
 */

const SOURCE = `import os
try:
    from subprocess import Popen
except ImportError:
    Popen = None
    from os import popen as run

@decorate(lambda cmd: os.popen(cmd), default=run)
def outer(cmd, mode=lambda m=run: m, *args, **kwargs):
    total = 0
    try:
        total = Popen(cmd)
    except OSError as err:
        total = err
        def inner(x=total):
            global total
            total = x
            return [total for total in range(x)]
    class Holder(Base, key=total):
        total = 1
        def method(self, total=total):
            return lambda total=total: total
    for (a, (b, total)) in args:
        total += a
    with run(cmd) as (handle, total):
        return handle, total

result = outer('ls')
`;

type Answer = [scope: number, binding: string];

function answers(text: string, order: 'forward' | 'reverse' | 'fresh'): Answer[] {
  const tree = parsePython(text);
  try {
    const ids = tree.rootNode.descendantsOfType('identifier');
    const shared = new PythonModel(tree, text);
    const indexes = ids.map((_, i) => i);
    if (order === 'reverse') indexes.reverse();
    const out: Answer[] = new Array(ids.length);
    for (const i of indexes) {
      const model = order === 'fresh' ? new PythonModel(tree, text) : shared;
      const id = ids[i]!;
      const found = model.lookup(id.text, model.scopeOf(id));
      const binding = found ? found.bindings.map((b) => `${b.kind}:${b.node.startIndex}:${b.inExcept}:${b.scope.node.startIndex}`).join(',') : 'none';
      out[i] = [model.scopeOf(id).node.startIndex, binding];
    }
    return out;
  } finally {
    tree.delete();
  }
}

test('semantic model: scopes and bindings are the same whichever node is asked first', () => {
  // The source below and the Python fixtures (the smaller ones: a fresh model per identifier).
  const texts = [SOURCE];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py') && fs.statSync(p).size < 4000) texts.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(FIXTURES, 'python'));
  assert.ok(texts.length > 50);
  for (const text of texts) {
    const fresh = answers(text, 'fresh');
    assert.deepEqual(answers(text, 'forward'), fresh);
    assert.deepEqual(answers(text, 'reverse'), fresh);
  }
  // The source above exercises what the caches could get wrong: names in decorators, defaults
  // and lambdas (the enclosing scope's), bindings inside and outside except clauses.
  const fresh = answers(SOURCE, 'fresh');
  assert.ok(fresh.some(([, b]) => b.includes(':true:')), 'a binding in an except clause');
  assert.ok(fresh.some(([, b]) => b.includes(':false:')), 'a binding outside one');
});

test('mayQualifyAs answers no only where qualifiedName is none of the names (every expression of the fixtures)', () => {
  const sets = [new Set(['os.popen', 'platform.popen', 'subprocess.Popen']), new Set(['subprocess.Popen'])];
  let ruledOut = 0;
  const dir = path.join(FIXTURES, 'python');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.py'));
  assert.ok(files.length > 50);
  for (const name of files) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const tree = parsePython(text);
    const model = new PythonModel(tree, text);
    const stack = [tree.rootNode];
    while (stack.length) {
      const n = stack.pop()!;
      stack.push(...n.namedChildren);
      if (!['identifier', 'attribute', 'parenthesized_expression', 'call', 'subscript'].includes(n.type)) continue;
      const q = model.qualifiedName(n);
      for (const set of sets) {
        if (mayQualifyAs(n, set)) continue;
        ruledOut++;
        assert.ok(q === null || !set.has(q), `${name}:${n.startPosition.row + 1} ${n.text} is ${q}`);
      }
    }
    tree.delete();
  }
  assert.ok(ruledOut > 1000, `${ruledOut} ruled out`);
});
