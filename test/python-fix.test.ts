import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { fixTarget } from '../src/cli/fix.js';
import { Settings } from '../src/settings.js';
import { decode } from '../src/encoding.js';
import { lintText } from '../src/engine.js';
import { hasPython2Syntax } from '../src/python/python2-syntax.js';
import { parsePython } from '../src/python/parse.js';
import { SourceText } from '../src/source.js';
import type { Strategy } from '../src/types.js';
import { compileErrorAsync, FIXTURES, pythonInterpreters, tempDir } from './helpers.js';

/**
 * Golden fixtures: fixtures/python/<RULE>/<case>.py is the input, <case>.<strategy>.expected.py
 * the reviewed output of `popenlint fix --select RULE --strategy S --unsafe-fixes`. A strategy
 * with no expected file must leave the input unchanged. POPENLINT_UPDATE_GOLDEN=1 rewrites them.
 */
const UPDATE = process.env.POPENLINT_UPDATE_GOLDEN === '1';
const interpreters = pythonInterpreters();

async function fixBytes(file: string, rule: string, strategy: Strategy): Promise<Buffer> {
  const dir = tempDir();
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  const settings = new Settings({ select: [rule], evidence: 'possible' }, allRules);
  const r = await fixTarget({ path: copy, abs: copy, language: 'python' }, settings, { strategy, unsafe: true, diff: false });
  assert.deepEqual(r.result.diagnostics, [], `no file error for ${file}`);
  const out = fs.readFileSync(copy);
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Whether a finding of the rule offers the strategy, on the file's own target (as `fix` finds it). */
async function offers(file: string, rule: string, strategy: Strategy): Promise<boolean> {
  const text = decode(fs.readFileSync(file), 'python').text;
  const target = hasPython2Syntax(parsePython(text), text) ? 'py2' : 'py3';
  const r = await lintText(file, new SourceText(text), 'python', { enabled: new Set([rule]), target, evidence: 'possible' });
  return r.findings.some((f) => f.fixes.some((x) => x.strategy === strategy));
}

for (const rule of fs.readdirSync(path.join(FIXTURES, 'python')).sort()) {
  const meta = allRules.find((r) => r.id === rule)!;
  const dir = path.join(FIXTURES, 'python', rule);
  for (const input of fs.readdirSync(dir).filter((f) => !f.includes('.expected.')).sort()) {
    for (const strategy of meta.strategies) {
      const expectedFile = path.join(dir, input.replace(/\.py$/, `.${strategy}.expected.py`));
      test(`${rule} ${input} --strategy ${strategy}`, async (t) => {
        const original = fs.readFileSync(path.join(dir, input));
        // A strategy some targets only get (`background`: Python 2) has no golden where no
        // finding offers it: the fallback to the primary fix is that strategy's golden.
        if (!fs.existsSync(expectedFile) && !(await offers(path.join(dir, input), rule, strategy))) return t.skip(`no ${rule} finding offers ${strategy}`);
        const fixed = await fixBytes(path.join(dir, input), rule, strategy);
        if (UPDATE) {
          if (!fixed.equals(original)) fs.writeFileSync(expectedFile, fixed);
          else fs.rmSync(expectedFile, { force: true });
        }
        const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile) : original;
        assert.equal(fixed.toString('latin1'), expected.toString('latin1'));
        if (fixed.equals(original)) return;

        // A second run changes nothing, and the only findings of the rule left are ones no
        // strategy can fix (an argv list has no shell string to redirect).
        const again = await fixBytes(expectedFile, rule, strategy);
        assert.ok(again.equals(expected), 'fix is idempotent');
        const text = decode(expected, 'python').text;
        const left = await lintText(input, new SourceText(text), 'python', { enabled: new Set([rule]), target: 'py3' });
        assert.deepEqual(left.findings.filter((f) => f.fixes.length > 0).map((f) => `${f.range.start.line}: ${f.message}`), []);

        // It still compiles under the interpreter the file is written for.
        const py2 = hasPython2Syntax(parsePython(text), text);
        const interp = interpreters.find((i) => i.name === (py2 ? 'python2.7' : 'python3'))!;
        if (!interp.bin) {
          console.log(`# skipped compile check of ${input}: ${interp.reason}`);
          return;
        }
        assert.equal(await compileErrorAsync(interp.bin, expected), null);
      });
    }
  }
}

// Issue 11 item 6: a fix runs on every version of its target. Python 2 and 3.0-3.2 have no
// subprocess.DEVNULL, 3.4 and older no subprocess.run; where `os` is imported the devnull is
// `os.devnull`, and a devnull handle already in scope is reused. Every fixture, every rule, every strategy.
test('fixes use only what the target has: no DEVNULL before 3.3, no subprocess.run before 3.5, os.devnull, an existing handle', async () => {
  const targets: [string, string][] = [['py2', 'python 2'], ['>=3.0', 'python 3.0'], ['>=3.4', 'python 3.4']];
  const { parseRequiresPython } = await import('../src/knowledge/targets.js');
  let checked = 0;
  for (const rule of fs.readdirSync(path.join(FIXTURES, 'python')).sort()) {
    const dir = path.join(FIXTURES, 'python', rule);
    for (const input of fs.readdirSync(dir).filter((f) => !f.includes('.expected.'))) {
      const text = decode(fs.readFileSync(path.join(dir, input)), 'python').text;
      for (const [spec, name] of targets) {
        const target = spec === 'py2' ? 'py2' : parseRequiresPython(spec)!;
        const r = await lintText(input, new SourceText(text), 'python', { enabled: new Set(allRules.filter((m) => m.language === 'python').map((m) => m.id)), target });
        for (const f of r.findings) {
          for (const x of f.fixes) {
            const added = x.edits.map((e) => e.content).join('\n');
            const where = `${rule}/${input} ${f.rule} ${x.strategy} on ${name}: ${added}`;
            // asyncio exists from 3.4 (and with it asyncio.subprocess.DEVNULL): POP007's code runs nowhere older.
            if (spec !== '>=3.4' && f.rule !== 'POP007') assert.doesNotMatch(added, /DEVNULL/, where);
            assert.doesNotMatch(added, /\.run\(/, where);
            if (/import os\b|import os,/.test(text)) assert.doesNotMatch(added, /open\('\/dev\/null'/, where);
            if (/^DN = open\(os\.devnull/m.test(text)) assert.doesNotMatch(added, /open\(os\.devnull/, where);
            checked++;
          }
        }
      }
    }
  }
  assert.ok(checked > 50, `${checked} fixes checked`);
});

// Python 2's file iteration reads ahead: communicate() after `for line in p.stdout: ... break`
// raises "Mixing iteration and read methods would lose data". No read fix on a 2.x target.
test('POP005 read fix after a for-loop partial read: offered on Python 3, withheld where the target includes Python 2', async () => {
  const { Linter } = await import('../src/api.js');
  const { tempDir } = await import('./helpers.js');
  const src = "import subprocess\np = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\nfor line in p.stdout:\n    if 'ready' in line:\n        break\np.wait()\n";
  const strategies = (targetVersion: string) => {
    const r = new Linter({ cwd: tempDir(), targetVersion }).lintTextSync(src, { path: 'serve.py' });
    assert.deepEqual(r.findings.map((f) => [f.rule, f.range.start.line, f.range.start.column]), [['POP005', 2, 5]]);
    return r.findings[0]!.fixes.map((f) => f.strategy);
  };
  assert.ok(strategies('py38').includes('read'));
  assert.ok(!strategies('py27').includes('read'));
});
