import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';

const ENGINE = fileURLToPath(new URL('../src/engine.js', import.meta.url));

test('the TypeScript API is not loaded at startup, only for a JS/TS candidate', () => {
  // A fresh process: importing the engine and linting Python must not require ts-morph.
  const script = `
    import { createRequire } from 'node:module';
    const engine = await import(${JSON.stringify(ENGINE)});
    const { SourceText } = await import(${JSON.stringify(fileURLToPath(new URL('../src/source.js', import.meta.url)))});
    // TypeScript is required by path or compiled from a code cache (typescript/load.ts): its live binding tells.
    const load = await import(${JSON.stringify(fileURLToPath(new URL('../src/typescript/load.js', import.meta.url)))});
    const loaded = () => load.ts !== undefined || Object.keys(createRequire(import.meta.url).cache).some((k) => /ts-morph|typescript/.test(k));
    const opts = { enabled: new Set(['POP001', 'POP101']), target: 'py3', evidence: 'possible' };
    await engine.lintText('a.py', new SourceText('import os\\n'), 'python', opts);
    const before = loaded();
    await engine.lintText('a.js', new SourceText("require('child_process').exec('x')"), 'javascript', opts);
    console.log(JSON.stringify([before, loaded()]));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [false, true]);
});

test('syntaxErrors counts parse diagnostics', async () => {
  const opts = { enabled: new Set(['POP101']), target: 'py3' as const, evidence: 'possible' as const };
  assert.equal((await lintText('a.js', new SourceText('const a = 1;\n'), 'javascript', opts)).syntaxErrors, 0);
  assert.ok((await lintText('a.js', new SourceText('const a = ;\n'), 'javascript', opts)).syntaxErrors > 0);
});

test('every JS/TS flavour parses with its own grammar', async () => {
  const opts = { enabled: new Set(['POP102']), target: 'py3' as const, evidence: 'possible' as const };
  const cases: [string, string][] = [
    ['a.ts', "import { spawn } from 'child_process';\nconst n: number = 1;\nspawn('x');\n"],
    ['a.mts', "import { spawn } from 'child_process';\nlet v = <string>'a';\nspawn('x');\n"],
    ['a.cts', "import cp = require('child_process');\ncp.spawn('x');\n"],
    ['a.tsx', "import { spawn } from 'child_process';\nconst e = <div />;\nspawn('x');\n"],
    ['a.jsx', "const { spawn } = require('child_process');\nconst e = <div />;\nspawn('x');\n"],
    ['a.cjs', "const { spawn } = require('child_process');\nspawn('x');\n"],
    ['bin/tool', "#!/usr/bin/env node\nconst { spawn } = require('child_process');\nspawn('x');\n"],
  ];
  for (const [path, code] of cases) {
    const r = await lintText(path, new SourceText(code), 'javascript', opts);
    assert.equal(r.syntaxErrors, 0, path);
    assert.equal(r.findings.length, 1, path);
  }
});
