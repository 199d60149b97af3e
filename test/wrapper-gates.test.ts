import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lintText, loadPythonParser } from '../src/engine.js';
import { lintTreeCounts, useWrapperGates } from '../src/python/wrappers.js';
import { SourceText } from '../src/source.js';
import type { EngineOptions } from '../src/types.js';
import { pythonRules } from '../rules/index.js';
import { tempDir } from './helpers.js';

/**
 * The wrapper summaries pass over what cannot wrap an opener (src/python/wrappers.ts,
 * `useWrapperGates`): a top-level function or class where no name that can call one occurs,
 * and an imported module whose bytes show no wrapper (wrapperNamesByText). The findings must
 * be the same with the gates off, for every shape of wrapper the summaries know: a call through
 * an import alias, a class keeping its Popen on self, a decorated function, a handle bound then
 * returned, a wrapper that drains nothing inside, a wrapper of a wrapper in another module.
 * e2e/wrapper-gates.test.ts compares whole runs (the fixtures, the standard library).
 */

const ALL = new Set(pythonRules.map((r) => r.meta.id));

const PROJECT: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "p"\n',
  'tools/__init__.py': '',
  // Popen without PIPE, and no function returning or dropping it: no wrapper.
  'tools/plain.py': 'import subprocess\n\ndef start(cmd):\n    return subprocess.Popen(cmd).pid\n\ndef unrelated(x):\n    return x + 1\n',
  'tools/alias.py': 'from subprocess import Popen as P, PIPE\n\ndef helper(x):\n    return x\n\ndef sh(cmd):\n    return P(cmd, shell=True, stdout=PIPE)\n',
  'tools/bound.py': 'import subprocess as sp\n\ndef run(cmd):\n    p = sp.Popen(cmd, stdout=sp.PIPE, stderr=sp.PIPE)\n    return p\n',
  'tools/deco.py': 'import functools\nimport os\n\ndef logged(f):\n    return f\n\n@logged\ndef exec_bash(command):\n    os.popen(command)\n',
  'tools/inside.py': 'import subprocess\n\ndef execute(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return p.returncode\n',
  'tools/chain.py': 'from tools.inside import execute\n\ndef run_shell(cmd):\n    return execute(cmd)\n',
  'tools/cls.py': 'import subprocess\n\nclass Other:\n    pass\n\nclass Runner:\n    def __init__(self, cmd):\n        self.p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    def wait(self):\n        self.p.wait()\n',
  'main.py': [
    'from tools import plain, alias, bound, deco, chain, cls',
    'plain.start(["make"])',
    'alias.sh("make all").wait()',
    'bound.run(["make"]).wait()',
    'deco.exec_bash("tar czvf x.tgz /srv")',
    'chain.run_shell("make all")',
    'cls.Runner(["make"]).wait()',
    '',
  ].join('\n'),
};

async function lintProject(gates: boolean): Promise<{ findings: string[]; parsed: number }> {
  // A folder of its own each way: the summaries are cached by file.
  const dir = tempDir(`popenlint-gates-${gates ? 'on' : 'off'}-`);
  for (const [file, text] of Object.entries(PROJECT)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  useWrapperGates(gates);
  try {
    const before = lintTreeCounts().parsed;
    const findings: string[] = [];
    for (const file of Object.keys(PROJECT).filter((f) => f.endsWith('.py')).sort()) {
      const abs = path.join(dir, file);
      for (const evidence of ['likely', 'possible'] as const) {
        const options: EngineOptions = { enabled: ALL, target: 'py3', evidence };
        const r = await lintText(abs, new SourceText(PROJECT[file]!), 'python', options);
        for (const f of r.findings) findings.push(`${evidence} ${file}:${f.range.start.line}:${f.range.start.column} ${f.rule} ${f.message.split(dir).join('<dir>')}`);
      }
    }
    return { findings, parsed: lintTreeCounts().parsed - before };
  } finally {
    useWrapperGates(true);
  }
}

test('wrapper gates: the same findings with and without them, and fewer module parses', async () => {
  await loadPythonParser();
  const off = await lintProject(false);
  const on = await lintProject(true);
  // Every wrapper reached from main.py is reported there (the gates must not hide one); plain.start() wraps none.
  for (const line of [3, 4, 5, 6, 7]) assert.ok(off.findings.some((f) => f.startsWith(`likely main.py:${line}:`)), `main.py:${line} in\n${off.findings.join('\n')}`);
  assert.deepEqual(on.findings, off.findings);
  assert.ok(on.parsed < off.parsed, `module parses: ${on.parsed} with the gates, ${off.parsed} without`);
});
