import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Node } from 'web-tree-sitter';
import { lintText, lintTextSync, loadPythonParser } from '../src/engine.js';
import { SourceText } from '../src/source.js';

/**
 * Fixes cost what their own statements cost. A fix builder that lists the whole module (every
 * identifier for a fresh name, every top-level statement for the import position) per finding
 * made 300 findings in 20k lines take minutes; fixes are now built on demand, from per-file
 * caches, and not at all when no report shows their edits.
 */

const ALL = new Set(['POP001', 'POP002', 'POP003', 'POP004', 'POP005']);

/** A module with `n` functions, each holding one hazard of a rotating shape, padded with code. */
function module(n: number): string {
  const out = ['"""Generated."""', 'import os', 'import subprocess', 'from subprocess import PIPE', ''];
  for (let i = 0; i < n; i++) {
    out.push(`def job_${i}(n, name):`, `    total = n * ${i} + len(name)`, `    values = [x for x in range(total) if x % 3]`);
    if (i % 3 === 0) out.push(`    os.popen('make -C build%d' % n)`);
    else if (i % 3 === 1) out.push(`    p${i} = os.popen('ls -l /tmp/%d' % n)`, '    return n');
    else out.push("    proc = subprocess.Popen(['tar', 'xvf', name], stdout=PIPE)", '    proc.wait()');
    out.push('');
  }
  return out.join('\n');
}

const WIDE = ['children', 'namedChildren', 'descendantsOfType', 'walk', 'descendantCount'] as const;

/** Counts calls of the tree's listing methods on nodes that span most of the text. */
function countWideWalks<T>(text: string, run: () => T): { result: T; walks: number } {
  const proto = Node.prototype as unknown as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor>();
  let walks = 0;
  for (const name of WIDE) {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    saved.set(name, d);
    const wrap = <F extends (...a: unknown[]) => unknown>(f: F) => function (this: Node, ...a: unknown[]) {
      if (this.endIndex - this.startIndex > text.length / 2) walks++;
      return f.apply(this, a);
    };
    Object.defineProperty(proto, name, d.get ? { ...d, get: wrap(d.get as never) } : { ...d, value: wrap(d.value as never) });
  }
  try {
    return { result: run(), walks };
  } finally {
    for (const [name, d] of saved) Object.defineProperty(proto, name, d);
  }
}

test('building every fix of 300 findings walks the module no more often than for 6', async () => {
  await loadPythonParser();
  const lint = async (n: number) => {
    const text = module(n);
    const { result: r, walks } = countWideWalks(text, () => lintTextSync('m.py', new SourceText(text), 'python', { enabled: ALL, target: 'py3', evidence: 'possible' as const }));
    return { walks, findings: r.findings.length, edits: r.findings.reduce((k, f) => k + f.fixes.reduce((e, fix) => e + fix.edits.length, 0), 0) };
  };
  const few = await lint(6);
  const many = await lint(300);
  assert.equal(few.findings, 6);
  assert.equal(many.findings, 300);
  // Every finding has its edits built (the default)...
  assert.ok(many.edits >= 300, `edits built: ${many.edits}`);
  // ...and none of them listed the module again.
  assert.equal(many.walks, few.walks, `wide walks: ${few.walks} for 6 findings, ${many.walks} for 300`);
});

test('fixEdits: false offers the same fixes (strategy, safety, description) without building edits', async () => {
  const text = module(9);
  const opts = { enabled: ALL, target: 'py3' as const, evidence: 'possible' as const };
  const built = await lintText('m.py', new SourceText(text), 'python', opts);
  const offered = await lintText('m.py', new SourceText(text), 'python', { ...opts, fixEdits: false });
  const offers = (r: typeof built) => r.findings.map((f) => [f.rule, f.start, f.fixes.map((x) => `${x.strategy}/${x.applicability}/${x.description}`)]);
  assert.deepEqual(offers(offered), offers(built));
  assert.ok(built.findings.every((f) => f.fixes.every((x) => x.edits.length > 0)));
  assert.ok(offered.findings.every((f) => f.fixes.every((x) => x.edits.length === 0)));
  // Plain data either way: nothing lazy crosses a thread or outlives the tree.
  for (const f of [...built.findings, ...offered.findings]) for (const x of f.fixes) assert.ok('value' in Object.getOwnPropertyDescriptor(x, 'edits')!);
});
