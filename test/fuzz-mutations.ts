import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import { allRules } from '../rules/index.js';
import { decode } from '../src/encoding.js';
import { type EngineOptions, lintBytes, lintText } from '../src/engine.js';
import { fixText } from '../src/fix/apply.js';
import { parsePython, syntaxErrorCount } from '../src/python/parse.js';
import { SourceText } from '../src/source.js';
import type { Language, Strategy } from '../src/types.js';
import { cli, FIXTURES, prng, tempDir } from './helpers.js';

/**
 * Property test over mutated fixtures. A fixed seed and a tiny PRNG make every run
 * see the same cases for a given fixtures/ tree. Each case is a fixture with 1-3 mutations
 * (truncate, insert random or Python-ish bytes, swap/duplicate/delete lines, flip a byte).
 * In-process, for speed: lintBytes never throws and reports no internal error; every fix
 * strategy leaves a file with no more syntax errors than before (so a file that parsed still
 * parses); a second fix pass changes nothing. Then a sample goes through the real CLI once.
 * A failing case is written to a temp dir whose path is in the assertion message.
 *
 * POPENLINT_FUZZ_CASES and POPENLINT_FUZZ_SEED widen or move the search. `npm test` runs the
 * first QUICK_PYTHON_CASES Python cases, the first QUICK_JS_CASES JS/TS cases and the CLI sample
 * (test/fuzz-mutations.test.ts); `npm run test:e2e` the rest of both, the same lists from the
 * same seeds (test/e2e/fuzz-mutations.test.ts).
 */

const SEED = Number(process.env.POPENLINT_FUZZ_SEED ?? 0x5eed7);
const CASES = Number(process.env.POPENLINT_FUZZ_CASES ?? 400);
/** JS/TS cases cost more (the TypeScript front-end), so there are fewer. */
const JS_CASES = Math.ceil(CASES / 4);
/** How many of the Python cases `npm test` runs: in-process, about 25 ms each. */
const QUICK_PYTHON_CASES = Math.min(100, CASES);
/** How many of the JS/TS cases `npm test` runs: about three times a Python case each. */
const QUICK_JS_CASES = Math.min(40, JS_CASES);
const STRATEGIES: Strategy[] = ['devnull', 'read', 'subprocess'];
// Every finding, whatever its evidence: the fix properties hold for the fixes of weaker findings too.
const ENGINE: EngineOptions = { enabled: new Set(allRules.map((r) => r.id)), target: 'py3', evidence: 'possible' };


function fixtureFiles(): { python: string[]; js: string[] } {
  const all = (fs.readdirSync(FIXTURES, { recursive: true }) as string[]).map((f) => path.join(FIXTURES, f)).filter((f) => fs.statSync(f).isFile()).sort();
  return {
    python: all.filter((f) => f.endsWith('.py')),
    js: all.filter((f) => /\.(c|m)?(j|t)sx?$/.test(f) && !f.endsWith('.d.ts')),
  };
}

// Tokens that stress the parser, the resolver and the fixers more than uniform bytes do.
const TOKENS = ['(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '`', '\\', '\\\n', '\n', '\r\n', '\r', '\t', '    ', ':', ';', ',', '#', '=', ' as p', 'with ', 'if x:\n', 'def f():\n', 'return ', 'os.popen(', 'os.popen("ls")', 'subprocess.Popen(cmd, stdout=subprocess.PIPE)', 'import os\n', 'from os import popen\n', ".read()", '.close()', 'exec(', "require('child_process')", 'spawn(', '=>', 'await ', '${', '\u00e9', '\u4e2d', '\ud83d\ude00', '\ufeff'];

function mutate(input: Buffer, rand: () => number): { bytes: Buffer; ops: string[] } {
  let bytes = input;
  const ops: string[] = [];
  const pick = (n: number) => Math.floor(rand() * n);
  const count = 1 + pick(3);
  for (let k = 0; k < count; k++) {
    const at = pick(bytes.length + 1);
    switch (pick(7)) {
      case 0: {
        bytes = bytes.subarray(0, at);
        ops.push(`truncate@${at}`);
        break;
      }
      case 1: {
        const junk = Buffer.from(Array.from({ length: 1 + pick(8) }, () => pick(256)));
        bytes = Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
        ops.push(`bytes@${at}:${junk.toString('hex')}`);
        break;
      }
      case 2:
      case 3: {
        const token = TOKENS[pick(TOKENS.length)]!;
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(token), bytes.subarray(at)]);
        ops.push(`token@${at}:${JSON.stringify(token)}`);
        break;
      }
      case 4: {
        const lines = bytes.toString('latin1').split('\n');
        const a = pick(lines.length);
        const b = pick(lines.length);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        bytes = Buffer.from(lines.join('\n'), 'latin1');
        ops.push(`swap-lines:${a},${b}`);
        break;
      }
      case 5: {
        const lines = bytes.toString('latin1').split('\n');
        const a = pick(lines.length);
        if (rand() < 0.5) lines.splice(a, 0, lines[a]!);
        else lines.splice(a, 1 + pick(3));
        bytes = Buffer.from(lines.join('\n'), 'latin1');
        ops.push(`dup-or-delete-lines@${a}`);
        break;
      }
      default: {
        if (bytes.length === 0) break;
        const i = pick(bytes.length);
        bytes = Buffer.from(bytes);
        bytes[i] = bytes[i]! ^ (1 << pick(8));
        ops.push(`flip@${i}`);
      }
    }
  }
  return { bytes, ops };
}

async function syntaxErrors(text: string, language: Language): Promise<number> {
  if (language === 'python') return syntaxErrorCount(parsePython(text));
  return (await lintText('case.js', new SourceText(text), language, ENGINE)).syntaxErrors;
}

interface Failure { index: number; file: string; ops: string[]; problem: string }

/** How far the cases got, so a run that tests nothing (every case refused early) shows. */
interface Stats { cases: number; parsed: number; validBefore: number; fixed: number }

/** One case: every property, returning the problems found (an empty list when it holds). */
async function runCase(name: string, bytes: Buffer, language: Language, stats: Stats): Promise<string[]> {
  stats.cases++;
  const problems: string[] = [];
  let result;
  try {
    result = await lintBytes(name, bytes, language, ENGINE);
  } catch (e) {
    return [`lintBytes threw: ${(e as Error).stack ?? e}`];
  }
  for (const d of result.diagnostics) {
    if (/internal error/.test(d.message) || d.message.includes('\n')) problems.push(`check: ${d.message}`);
  }
  if (!result.parsed || !result.decoded?.lossless) return problems;
  const text = result.decoded.text;
  const before = await syntaxErrors(text, language);
  stats.parsed++;
  if (before === 0) stats.validBefore++;
  for (const strategy of STRATEGIES) {
    try {
      const first = await fixText(name, text, language, ENGINE, { strategy, unsafe: true });
      if (first.error) {
        if (first.text !== text) problems.push(`${strategy}: refused fix still returned edited text`);
        continue;
      }
      if (first.text === text) continue;
      stats.fixed++;
      const after = await syntaxErrors(first.text, language);
      if (after > before) problems.push(`${strategy}: syntax errors ${before} -> ${after}\n--- fixed ---\n${first.text}`);
      const second = await fixText(name, first.text, language, ENGINE, { strategy, unsafe: true });
      if (second.text !== first.text) problems.push(`${strategy}: second fix changed the text again\n--- first ---\n${first.text}\n--- second ---\n${second.text}`);
    } catch (e) {
      problems.push(`${strategy}: fix threw: ${(e as Error).stack ?? e}`);
    }
  }
  return problems;
}

function saveFailures(failures: Failure[], cases: Map<number, Buffer>): string {
  const dir = tempDir('popenlint-fuzz-fail-');
  for (const f of failures) fs.writeFileSync(path.join(dir, `case-${f.index}${path.extname(f.file)}`), cases.get(f.index)!);
  fs.writeFileSync(path.join(dir, 'failures.json'), JSON.stringify(failures, null, 2));
  return dir;
}

interface Case { index: number; file: string; language: Language; bytes: Buffer; ops: string[] }

/** The same list on every run for a given fixtures/ tree: one PRNG stream per language; cases `from` to `count` - 1. */
function buildCases(language: Language, count: number, from = 0): Case[] {
  const files = fixtureFiles()[language === 'python' ? 'python' : 'js'];
  if (files.length === 0) return [];
  const rand = prng(SEED + (language === 'python' ? 0 : 1));
  const out: Case[] = [];
  for (let index = 0; index < count; index++) {
    const file = files[Math.floor(rand() * files.length)]!;
    const { bytes, ops } = mutate(fs.readFileSync(file), rand);
    if (index >= from) out.push({ index, file: path.relative(FIXTURES, file), language, bytes, ops });
  }
  return out;
}

/**
 * The budget of one fuzz test: its cases are a fixed number (CASES); what they may cost is CPU
 * time, not wall time, which a loaded machine stretches (a 120 s wall limit failed twice in CI
 * beside another job). Some ten times what they take (about 10 s for either language).
 */
const CPU_BUDGET_MS = 120_000;
/** Only a hang ends a fuzz test by the clock. */
const HANG_MS = 900_000;

async function fuzz(t: TestContext, language: Language, count: number, from = 0): Promise<void> {
  const started = Date.now();
  const cpuAtStart = process.cpuUsage();
  const cases = buildCases(language, count, from);
  if (language === 'python') assert.ok(cases.length > 0, 'fixtures/ holds Python files to mutate');
  const failures: Failure[] = [];
  const stats: Stats = { cases: 0, parsed: 0, validBefore: 0, fixed: 0 };
  for (const c of cases) {
    const name = `case-${c.index}${path.extname(c.file)}`;
    for (const problem of await runCase(name, c.bytes, c.language, stats)) failures.push({ index: c.index, file: c.file, ops: c.ops, problem });
  }
  const elapsed = Date.now() - started;
  const { user, system } = process.cpuUsage(cpuAtStart);
  const cpu = Math.round((user + system) / 1000);
  t.diagnostic(`${language}: ${JSON.stringify(stats)} in ${elapsed} ms (${cpu} ms CPU)`);
  if (failures.length) {
    const dir = saveFailures(failures, new Map(cases.map((c) => [c.index, c.bytes])));
    const summary = failures.slice(0, 5).map((f) => `#${f.index} ${f.file} [${f.ops.join(' ')}]: ${f.problem.split('\n')[0]}`).join('\n');
    assert.fail(`${failures.length} failing cases (inputs in ${dir}):\n${summary}`);
  }
  // Enough cases must reach the fixer for the fix properties to mean something.
  if (cases.length >= 40) assert.ok(stats.fixed >= cases.length / 10, `only ${stats.fixed} cases reached a fix`);
  assert.ok(cpu < CPU_BUDGET_MS, `fuzz took ${cpu} ms of CPU (${elapsed} ms wall) for ${cases.length} cases`);
}

/** The tests of `npm test`: the first Python and JS/TS cases, the CLI sample. */
export function quickFuzzTests(): void {
  test(`fuzz Python: cases 0-${QUICK_PYTHON_CASES - 1} of ${CASES} mutated fixtures, seed ${SEED}: no crash, no new syntax error, fix idempotent`, { timeout: HANG_MS }, (t) => fuzz(t, 'python', QUICK_PYTHON_CASES));
  test(`fuzz JS/TS: cases 0-${QUICK_JS_CASES - 1} of ${JS_CASES} mutated fixtures, seed ${SEED + 1}`, { timeout: HANG_MS }, (t) => fuzz(t, 'javascript', QUICK_JS_CASES));
  test('fuzz through the CLI: check exits 0/1 without a stack trace; fix twice = fix once', { timeout: HANG_MS }, fuzzCli);
}

/** The tests of `npm run test:e2e`: the rest of the Python and JS/TS cases. */
export function slowFuzzTests(): void {
  test(`fuzz Python: cases ${QUICK_PYTHON_CASES}-${CASES - 1} of ${CASES} mutated fixtures, seed ${SEED}: no crash, no new syntax error, fix idempotent`, { timeout: HANG_MS, skip: CASES <= QUICK_PYTHON_CASES && 'npm test ran every case' }, (t) => fuzz(t, 'python', CASES, QUICK_PYTHON_CASES));
  test(`fuzz JS/TS: cases ${QUICK_JS_CASES}-${JS_CASES - 1} of ${JS_CASES} mutated fixtures, seed ${SEED + 1}`, { timeout: HANG_MS, skip: JS_CASES <= QUICK_JS_CASES && 'npm test ran every case' }, (t) => fuzz(t, 'javascript', JS_CASES, QUICK_JS_CASES));
}

function fuzzCli(): void {
  const dir = tempDir('popenlint-fuzz-cli-');
  const sample = buildCases('python', 60);
  for (const c of sample) fs.writeFileSync(path.join(dir, `case-${c.index}.py`), c.bytes);
  const parsedBefore = new Map<string, boolean>();
  for (const c of sample) {
    const d = decode(c.bytes, 'python');
    parsedBefore.set(`case-${c.index}.py`, !c.bytes.includes(0) && syntaxErrorCount(parsePython(d.text)) === 0);
  }
  const noStack = (out: string) => assert.doesNotMatch(out, /^\s+at .*:\d+:\d+\)?$/m);
  const checked = cli(['check', '--format', 'json', '.'], { cwd: dir });
  assert.ok(checked.code === 0 || checked.code === 1, `check exit ${checked.code}: ${checked.stderr}`);
  noStack(checked.stdout + checked.stderr);
  assert.doesNotMatch(checked.stdout, /internal error/);

  const once = cli(['fix', '--unsafe-fixes', '.'], { cwd: dir });
  assert.ok(once.code === 0 || once.code === 1, `fix exit ${once.code}: ${once.stderr}`);
  noStack(once.stdout + once.stderr);
  const afterOnce = new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  for (const [file, parsed] of parsedBefore) {
    if (!parsed) continue;
    const text = decode(afterOnce.get(file)!, 'python').text;
    assert.equal(syntaxErrorCount(parsePython(text)), 0, `${file} parsed before the fix and must after it (in ${dir})`);
  }
  const twice = cli(['fix', '--unsafe-fixes', '.'], { cwd: dir });
  assert.ok(twice.code === 0 || twice.code === 1);
  for (const [file, bytes] of afterOnce) assert.ok(fs.readFileSync(path.join(dir, file)).equals(bytes), `${file}: a second fix changed it (in ${dir})`);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.popenlint-')), [], 'no temp files');
}
