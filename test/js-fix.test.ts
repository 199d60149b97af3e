import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jsRules } from '../rules/index.js';
import { type EngineOptions, lintText } from '../src/engine.js';
import { applyEdits, fixText } from '../src/fix/apply.js';
import { SourceText } from '../src/source.js';
import { Project, ts } from 'ts-morph';
import type { Strategy } from '../src/types.js';
import { tempDir } from './helpers.js';

/**
 * Golden fixtures: fixtures/js/<RULE>/<case>.input.<ext> is the input and
 * <case>.<strategy>.expected.<ext> the reviewed output of fixing only that rule with that
 * strategy (unsafe fixes allowed). A strategy with no expected file must leave the input as it
 * is. Compared byte for byte. POPENLINT_UPDATE_GOLDEN=1 rewrites them (review the diff!).
 */
const UPDATE = process.env.POPENLINT_UPDATE_GOLDEN === '1';
const DIR = fileURLToPath(new URL('../../fixtures/js/', import.meta.url));

async function fix(file: string, text: string, rule: string, strategy: Strategy): Promise<string> {
  const engine: EngineOptions = { enabled: new Set([rule]), target: 'py3', evidence: 'possible' };
  const outcome = await fixText(file, text, 'javascript', engine, { strategy, unsafe: true });
  assert.equal(outcome.error, null);
  return outcome.text;
}

for (const { meta } of jsRules) {
  const dir = path.join(DIR, meta.id);
  for (const input of fs.readdirSync(dir).filter((f) => f.includes('.input.')).sort()) {
    const [name, ext] = input.split('.input.') as [string, string];
    for (const strategy of meta.strategies) {
      const expectedFile = path.join(dir, `${name}.${strategy}.expected.${ext}`);
      test(`${meta.id} ${input} --strategy ${strategy}`, async () => {
        const original = fs.readFileSync(path.join(dir, input), 'utf8');
        const before = await lintText(input, new SourceText(original), 'javascript', { enabled: new Set([meta.id]), target: 'py3', evidence: 'possible' });
        assert.ok(before.findings.length > 0, 'the input has a finding to fix');
        const fixed = await fix(input, original, meta.id, strategy);
        if (UPDATE) {
          if (fixed !== original) fs.writeFileSync(expectedFile, fixed);
          else fs.rmSync(expectedFile, { force: true });
        }
        const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : original;
        assert.equal(fixed, expected);
        if (fixed === original) return;

        // Idempotent, parses, and leaves no finding of the rule.
        assert.equal(await fix(input, fixed, meta.id, strategy), fixed, 'a second run changes nothing');
        const after = await lintText(input, new SourceText(fixed), 'javascript', { enabled: new Set(jsRules.map((r) => r.meta.id)), target: 'py3', evidence: 'possible' });
        assert.equal(after.syntaxErrors, 0);
        assert.deepEqual(after.findings.filter((f) => f.rule === meta.id).map((f) => f.message), []);
      });
    }
  }
}

test('safe-only fixing applies POP102 and leaves the unsafe POP101/POP103 fixes alone', async () => {
  const code = "const cp = require('child_process');\ncp.exec('a');\ncp.spawn('b');\n";
  const engine: EngineOptions = { enabled: new Set(['POP101', 'POP102', 'POP103']), target: 'py3', evidence: 'possible' };
  const outcome = await fixText('case.js', code, 'javascript', engine, { strategy: 'devnull', unsafe: false });
  assert.equal(outcome.text, "const cp = require('child_process');\ncp.exec('a');\ncp.spawn('b', { stdio: 'ignore' });\n");
  assert.equal(outcome.unsafeAvailable, 1);
});

test('no fix is offered when the code still touches child.stdout', async () => {
  const code = "const cp = require('child_process');\nconst c = cp.spawn('b');\nc.stdout.on('end', () => {});\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3', evidence: 'possible' });
  assert.equal(r.findings.length, 1);
  assert.deepEqual(r.findings[0]!.fixes, []);
});

test('no fix for a child kept in a property: code elsewhere may read instance.proc.stdout', async () => {
  const code = "const cp = require('child_process');\nclass A { start() { this.proc = cp.spawn('make'); } }\nmodule.exports = A;\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3', evidence: 'possible' });
  assert.equal(r.findings.length, 1);
  assert.deepEqual(r.findings[0]!.fixes, []);
});

test('the safe fix says what it writes', async () => {
  const code = "const cp = require('child_process');\nconst c = cp.spawn('make');\nc.stdout.on('data', console.log);\n";
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3', evidence: 'possible' });
  assert.deepEqual(r.findings[0]!.fixes.map((f) => [f.strategy, f.applicability, f.description, f.edits.map((e) => e.content)]), [
    ['devnull', 'safe', "Send the unread stderr to /dev/null: stdio: ['ignore', 'pipe', 'ignore']", [", { stdio: ['ignore', 'pipe', 'ignore'] }"]],
  ]);
});

/**
 * POP101's unsafe fix must leave no dead import (issue 13): an `exec` left imported with no use
 * is TS6133 under noUnusedLocals, a new error in the user's build. The fixed text of each case,
 * and every POP101 golden output, is type-checked with the bundled TypeScript against
 * @types/node: the output may have no unused-name diagnostic its input did not have.
 */
test('POP101 fix leaves no unused import: the output type-checks under noUnusedLocals', async () => {
  const dir = tempDir('popenlint-tsc-');
  try {
    const cases: Record<string, string> = {
      'two-calls.ts': "import { exec } from 'child_process';\nexec('make a');\nexec('make b');\n",
      'renamed.ts': "import { exec as run } from 'node:child_process';\nrun('make a');\nrun('make b');\nrun('make c');\n",
      'with-exec-file.ts': "import { exec, execFile } from 'child_process';\nexec('make a');\nexec('make b');\nexecFile('make', ['c']);\n",
      'spawn-imported.ts': "import { exec, spawn } from 'child_process';\nspawn('ls', { stdio: 'inherit' });\nexec('make a');\nexec('make b');\n",
      'still-used.ts': "import { exec } from 'child_process';\nexec('make a');\nexec('make b');\nexec('make c', (error) => console.log(error));\n",
      'require.js': "const { exec } = require('child_process');\nexec('make a');\nexec('make b');\n",
    };
    const pairs: [input: string, output: string][] = [];
    for (const [name, text] of Object.entries(cases)) {
      const fixed = await fix(name, text, 'POP101', 'subprocess');
      assert.notEqual(fixed, text, `${name}: the fix applies`);
      assert.doesNotMatch(fixed, /^(exec|run)\('make [abc]'\);$/m, `${name}: every dropped call is rewritten`);
      pairs.push([name, `fixed-${name}`]);
      fs.writeFileSync(path.join(dir, name), text);
      fs.writeFileSync(path.join(dir, `fixed-${name}`), fixed);
    }
    const golden = path.join(DIR, 'POP101');
    for (const input of fs.readdirSync(golden).filter((f) => f.includes('.input.'))) {
      const expected = input.replace('.input.', '.subprocess.expected.');
      const [a, b] = [`golden-${input}`, `golden-${expected}`];
      fs.copyFileSync(path.join(golden, input), path.join(dir, a));
      fs.copyFileSync(path.join(golden, expected), path.join(dir, b));
      pairs.push([a, b]);
    }
    // ts-morph's Project: the bundled TypeScript with its own lib files, @types/node from disk.
    const project = new Project({
      skipAddingFilesFromTsConfig: true,
      compilerOptions: {
        noEmit: true, noUnusedLocals: true, allowJs: true, checkJs: true, skipLibCheck: true, strict: true,
        module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
        types: ['node'], typeRoots: [fileURLToPath(new URL('../../node_modules/@types', import.meta.url))],
      },
    });
    // The check sees a dead import, and nothing else is wrong with such a file.
    fs.writeFileSync(path.join(dir, 'dead.ts'), "import { exec, spawn } from 'child_process';\nspawn('make', { stdio: 'ignore' });\n");
    // Every file first: one program for all of them.
    for (const file of [...pairs.flat(), 'dead.ts']) project.addSourceFileAtPath(path.join(dir, file));
    const diagnostics = (file: string) => project.getSourceFileOrThrow(path.join(dir, file)).getPreEmitDiagnostics();
    // 6133: declared but never read; 6192: all imports unused; 6198: all destructured elements unused.
    const UNUSED = [6133, 6192, 6198];
    const unused = (file: string) => diagnostics(file)
      .filter((d) => UNUSED.includes(d.getCode()))
      .map((d) => ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' '));
    assert.ok(pairs.some(([, o]) => o === 'golden-spawn-name-taken.subprocess.expected.js'), 'the golden outputs are checked');
    for (const [input, output] of pairs) {
      const before = new Set(unused(input));
      assert.deepEqual(unused(output).filter((m) => !before.has(m)), [], `${output}: an unused name the input did not have`);
    }
    assert.deepEqual(diagnostics('dead.ts').map((d) => d.getCode()), [6133]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('POP101: the fix of each call of an imported exec rewrites every call, and says so', async () => {
  const code = "import { exec } from 'child_process';\nexec('make a');\nexec('make b');\n";
  const r = await lintText('case.ts', new SourceText(code), 'javascript', { enabled: new Set(['POP101']), target: 'py3', evidence: 'possible' });
  assert.deepEqual(r.findings.map((f) => f.fixes.map((x) => x.description)), [
    ["Run it with spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error)); the same for the other call of exec() (line 3), so that no unused exec is left in the import"],
    ["Run it with spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error)); the same for the other call of exec() (line 2), so that no unused exec is left in the import"],
  ]);
  // One edit list for both: applied alone (an editor's quick fix), either leaves a whole file.
  assert.deepEqual(r.findings[0]!.fixes[0]!.edits, r.findings[1]!.fixes[0]!.edits);
  assert.equal(applyEdits(code, r.findings[0]!.fixes[0]!.edits), "import { spawn } from 'child_process';\nspawn('make a', { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error));\nspawn('make b', { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error));\n");
});
