import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadTs } from '../src/typescript/load.js';
import { ROOT } from './helpers.js';

/**
 * The import graph of src/ and rules/, type-only imports included: every `import`, `export ...
 * from` and `import()` of a relative module. Data flows one way (path -> findings -> edits ->
 * output), so the graph must have no circle, and the layers below the faces never import them.
 */
function graph(): Map<string, string[]> {
  const ts = loadTs();
  const edges = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) {
        const info = ts.preProcessFile(fs.readFileSync(path.join(ROOT, rel), 'utf8'), true, true);
        const targets = info.importedFiles
          .map((f) => f.fileName)
          .filter((f) => f.startsWith('.'))
          .map((f) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), f)).replace(/\.js$/, '.ts'));
        edges.set(rel, [...new Set(targets)]);
      }
    }
  };
  walk('src');
  walk('rules');
  return edges;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function circles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

test('the import graph finds a circle when there is one', () => {
  const edges = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
  assert.deepEqual(circles(edges), [['a.ts', 'b.ts', 'c.ts']]);
  assert.deepEqual(circles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
});

test('no import circle among src/ and rules/ (type-only imports included)', () => {
  const edges = graph();
  assert.ok(edges.size > 40, `only ${edges.size} modules found`);
  for (const [from, to] of edges) for (const t of to) assert.ok(edges.has(t), `${from} imports ${t}, which is not a module of src/ or rules/`);
  assert.deepEqual(circles(edges), []);
});

test('layers: nothing below the faces imports cli/, worker threads never load the CLI, reporters never load rules', () => {
  const edges = graph();
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const todo = [from];
    while (todo.length) {
      const v = todo.pop()!;
      for (const w of edges.get(v) ?? []) if (!seen.has(w)) { seen.add(w); todo.push(w); }
    }
    return seen;
  };
  for (const [from, to] of edges) {
    if (from.startsWith('src/cli/')) continue;
    for (const t of to) assert.ok(!t.startsWith('src/cli/'), `${from} imports ${t}`);
  }
  const worker = [...edges.keys()].find((m) => m.endsWith('/worker.ts'))!;
  assert.deepEqual([...reach(worker)].filter((m) => m.startsWith('src/cli/')), [], `${worker} loads the CLI`);
  for (const m of edges.keys()) {
    if (!m.startsWith('src/report/')) continue;
    assert.deepEqual([...reach(m)].filter((r) => r.startsWith('rules/')), [], `${m} loads rules`);
  }
});

test('faces: server/ and eslint/ stand on api.ts alone, and nothing below the faces imports them', () => {
  const edges = graph();
  const face = (m: string) => /^src\/(server|eslint)\//.test(m);
  let checked = 0;
  for (const [from, to] of edges) {
    if (face(from)) {
      checked++;
      const own = from.slice(0, from.lastIndexOf('/') + 1);
      for (const t of to) assert.ok(t === 'src/api.ts' || t.startsWith(own), `${from} imports ${t}: the faces use the public API only`);
    } else if (!from.startsWith('src/cli/')) {
      for (const t of to) assert.ok(!face(t), `${from} imports ${t}`);
    }
  }
  assert.ok(checked >= 5, `${checked} face modules`);
});
