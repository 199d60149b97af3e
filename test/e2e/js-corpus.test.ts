import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { languageOf } from '../../src/discover.js';
import { lintBytes } from '../../src/engine.js';

/**
 * Real-corpus check: npm's own source (it ships with Node) holds child_process call sites that
 * are all correct, so every finding there is a false positive. Extra trees to scan can be named
 * in POPENLINT_JS_CORPUS (path-delimited), e.g. a checkout of Unitech/pm2.
 */
const RULES = new Set(['POP101', 'POP102', 'POP103']);

function npmRoot(): string | null {
  const r = spawnSync('npm', ['root', '-g'], { encoding: 'utf8', timeout: 20_000 });
  const dir = r.status === 0 ? path.join(r.stdout.trim(), 'npm') : '';
  return dir && fs.existsSync(dir) ? dir : null;
}

function jsFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') jsFiles(p, out);
    else if (e.isFile() && languageOf(p) === 'javascript') out.push(p);
  }
  return out;
}

async function scan(root: string) {
  const started = performance.now();
  const files = jsFiles(root);
  const findings: string[] = [];
  const errors: string[] = [];
  let parsed = 0;
  for (const file of files) {
    const r = await lintBytes(path.relative(root, file), fs.readFileSync(file), 'javascript', { enabled: RULES, target: 'py3' });
    if (r.parsed) parsed++;
    errors.push(...r.diagnostics.filter((d) => d.message.startsWith('internal error')).map((d) => `${d.path}: ${d.message}`));
    findings.push(...r.findings.map((f) => `${f.path}:${f.range.start.line} ${f.rule}`));
  }
  return { files: files.length, parsed, findings, errors, ms: Math.round(performance.now() - started) };
}

const npm = npmRoot();
test("npm's own source: no false positives", { skip: npm ? false : 'npm not found', timeout: 120_000 }, async (t) => {
  const r = await scan(npm!);
  t.diagnostic(`npm: ${r.files} JS/TS files, ${r.parsed} parsed, ${r.findings.length} findings, ${r.ms} ms`);
  assert.deepEqual(r.errors, []);
  assert.ok(r.parsed > 0, 'npm has child_process call sites');
  assert.deepEqual(r.findings, []);
});

for (const root of (process.env.POPENLINT_JS_CORPUS ?? '').split(path.delimiter).filter(Boolean)) {
  test(`corpus ${root}: scans without internal errors`, { timeout: 300_000 }, async (t) => {
    const r = await scan(root);
    t.diagnostic(`${root}: ${r.files} JS/TS files, ${r.parsed} parsed, ${r.findings.length} findings, ${r.ms} ms`);
    for (const f of r.findings) t.diagnostic(f);
    assert.deepEqual(r.errors, []);
  });
}
