import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { EvidenceLevel } from '../src/knowledge/evidence.js';
import fs from 'node:fs';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine.js';
import { fixText } from '../src/fix/apply.js';
import type { Target } from '../src/knowledge/targets.js';
import type { PythonTarget } from '../src/python/context.js';
import { SourceText } from '../src/source.js';
import type { Finding, Language, Strategy } from '../src/types.js';

/** Repository root (tests run from dist/test/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(ROOT, 'fixtures');

/**
 * Every finding of the rules, whatever its evidence (`possible`): the rule tables test the
 * shapes; which evidence a run reports is tested apart (test/evidence.test.ts).
 */
export async function lint(code: string, rules: string[], language: Language = 'python', target: PythonTarget | Target = 'py3', evidence: EvidenceLevel = 'possible', file?: string): Promise<Finding[]> {
  const result = await lintText(file ?? (language === 'python' ? 'case.py' : 'case.js'), new SourceText(code), language, { enabled: new Set(rules), target, evidence });
  return result.findings;
}

export async function fix(code: string, rules: string[], strategy: Strategy, unsafe = true, language: Language = 'python', target: PythonTarget | Target = 'py3'): Promise<string> {
  const outcome = await fixText(language === 'python' ? 'case.py' : 'case.js', code, language, { enabled: new Set(rules), target, evidence: 'possible' }, { strategy, unsafe });
  if (outcome.error) throw new Error(outcome.error);
  return outcome.text;
}

export function tempDir(prefix = 'popenlint-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs the built CLI; never throws. */
export function cli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** cli(), without blocking this process's event loop: for a test whose other work runs meanwhile. */
export function cliAsync(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/popenlint.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

/** python3 and, when present, python2.7 (PATH or ~/.pyenv/versions/*\/bin). */
export function pythonInterpreters(): { name: string; bin: string | null; reason: string }[] {
  const find = (name: string): string | null => {
    const r = spawnSync(name, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    // The real binary, not a pyenv shim (a shim costs a bash start per call).
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
    const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
    if (fs.existsSync(pyenv)) {
      for (const v of fs.readdirSync(pyenv).sort().reverse()) {
        const bin = path.join(pyenv, v, 'bin', name);
        if (fs.existsSync(bin)) return bin;
      }
    }
    return null;
  };
  return ['python3', 'python2.7'].map((name) => {
    const bin = find(name);
    return { name, bin, reason: bin ? '' : `${name} not found on PATH or under ~/.pyenv/versions/*/bin` };
  });
}

/**
 * Every interpreter a hazard can claim: python3 and python2.7 (pythonInterpreters), and each
 * version under ~/.pyenv/versions (`python 3.6.15`...) whose binary is not one of those two.
 * `py2`: a Python 2 interpreter.
 */
export function everyPython(): { name: string; bin: string | null; reason: string; py2: boolean }[] {
  const out = pythonInterpreters().map((i) => ({ ...i, py2: i.name === 'python2.7' }));
  const seen = new Set(out.flatMap((i) => (i.bin ? [fs.realpathSync(i.bin)] : [])));
  const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
  const versions = fs.existsSync(pyenv) ? fs.readdirSync(pyenv).filter((v) => /^\d+\.\d+\.\d+$/.test(v)) : [];
  for (const v of versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const bin = path.join(pyenv, v, 'bin', 'python');
    if (!fs.existsSync(bin) || seen.has(fs.realpathSync(bin))) continue;
    seen.add(fs.realpathSync(bin));
    out.push({ name: `python ${v}`, bin, reason: '', py2: v.startsWith('2.') });
  }
  return out;
}

/** Compiles Python source with an interpreter; returns the error text or null. */
export function compileError(bin: string, source: Buffer | string): string | null {
  const dir = tempDir('popenlint-compile-');
  const file = path.join(dir, 'case.py');
  fs.writeFileSync(file, source);
  const r = spawnSync(bin, ['-c', 'import py_compile,sys; py_compile.compile(sys.argv[1], doraise=True)', file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return r.status === 0 ? null : r.stderr;
}

// One interpreter per binary compiles every file a test file sends it, one JSON path a line in,
// null or the error a line out (Python 2.7 and 3): a process start per file cost more than its compile.
const COMPILE_LOOP = [
  'import json, py_compile, sys',
  'for line in iter(sys.stdin.readline, ""):',
  '    try:',
  '        py_compile.compile(json.loads(line), doraise=True)',
  '        sys.stdout.write("null\\n")',
  '    except py_compile.PyCompileError as e:',
  '        sys.stdout.write(json.dumps(str(e)) + "\\n")',
  '    sys.stdout.flush()',
].join('\n');
const compilers = new Map<string, { send: (file: string) => Promise<string | null> }>();

function compiler(bin: string) {
  let entry = compilers.get(bin);
  if (entry) return entry;
  const child = spawn(bin, ['-c', COMPILE_LOOP], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pending: ((error: string | null) => void)[] = [];
  // Held (ref'd) only while a compile is pending: an idle compiler never keeps the test file alive.
  const hold = (on: boolean) => { for (const h of [child, child.stdin as unknown as Socket, child.stdout as unknown as Socket]) if (on) h.ref(); else h.unref(); };
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buffer += d;
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      pending.shift()!(JSON.parse(buffer.slice(0, i)) as string | null);
      buffer = buffer.slice(i + 1);
    }
    if (pending.length === 0) hold(false);
  });
  child.on('exit', (code, signal) => {
    compilers.delete(bin);
    for (const done of pending.splice(0)) done(`${bin} exited (${code ?? signal}) while compiling`);
  });
  hold(false);
  entry = {
    send: (file) => new Promise((resolve) => {
      pending.push(resolve);
      hold(true);
      child.stdin.write(`${JSON.stringify(file)}\n`);
    }),
  };
  compilers.set(bin, entry);
  return entry;
}

/** The error compiling a file in place (py_compile, as `python -m py_compile FILE`), or null; through the binary's long-lived compiler. */
export function compileFileError(bin: string, file: string): Promise<string | null> {
  return compiler(bin).send(file);
}

/** compileError(), through the binary's long-lived compiler. */
export async function compileErrorAsync(bin: string, source: Buffer | string): Promise<string | null> {
  const dir = tempDir('popenlint-compile-');
  const file = path.join(dir, 'case.py');
  fs.writeFileSync(file, source);
  try {
    return await compileFileError(bin, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** mulberry32: a tiny seeded PRNG, so "random" test input is the same on every run and platform. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NodeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
}

/** Runs `node script args`, killing it (SIGKILL) after `ms`; resolves with what happened. */
export function runNode(script: string, args: string[], ms: number, stderr: 'inherit' | 'ignore' = 'inherit'): Promise<NodeRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', stderr] });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout });
    });
  });
}

/**
 * Runs a parent `script` (task.py) that starts `child` (child.py) and prints "<lines counted>
 * <child's exit status>"; returns them with the parent's exit status. A parent killed by the
 * 10 s timeout fails the assertion.
 */
export function runCountingParent(bin: string, child: string, script: string): { status: number | null; counted: number; child: number } {
  const dir = tempDir('popenlint-counting-');
  try {
    fs.writeFileSync(path.join(dir, 'child.py'), child);
    fs.writeFileSync(path.join(dir, 'task.py'), script);
    const r = spawnSync(bin, ['task.py'], { cwd: dir, timeout: 10_000, killSignal: 'SIGKILL', encoding: 'utf8' });
    assert.equal(r.signal, null, `the parent was killed by ${r.signal} (timeout): ${r.stderr}`);
    const [counted, status] = r.stdout.trim().split(' ').map(Number);
    return { status: r.status, counted: counted!, child: status! };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An exit-race reproduction: the parent script before the fix and after it, each run by Node as
 * `script RUNS [untilArg]`, printing `{ runs, <counted>: n }` as JSON. The script before the fix
 * runs until it sees the loss (`untilArg`, at most 50 children); the one after the fix a
 * twentieth as many children as that took (at least 5). Each must exit 0 within a minute.
 */
export async function raceBeforeAndAfter(before: string, after: string, prefix: string, untilArg: string): Promise<{ raced: Record<string, number>; fixed: Record<string, number> }> {
  const dir = tempDir(prefix);
  try {
    const files = { before: path.join(dir, 'before.cjs'), after: path.join(dir, 'after.cjs') };
    fs.writeFileSync(files.before, before);
    fs.writeFileSync(files.after, after);
    const seen = async (script: string, args: string[]) => {
      const r = await runNode(script, args, 60_000);
      assert.equal(r.timedOut, false);
      assert.equal(r.code, 0);
      return JSON.parse(r.stdout) as Record<string, number>;
    };
    const raced = await seen(files.before, ['50', untilArg]);
    const fixed = await seen(files.after, [String(Math.max(5, raced['runs']! / 20))]);
    return { raced, fixed };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
