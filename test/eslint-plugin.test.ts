import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Linter as Linter10, RuleTester as RuleTester10 } from 'eslint';
import { RuleTester as RuleTester9 } from 'eslint9';
import tseslint from 'typescript-eslint';
import plugin from '../src/eslint/index.js';
import { FIXTURES, lint, ROOT, tempDir } from './helpers.js';

/**
 * `popenlint/eslint` with ESLint's own RuleTester (ESLint 10 and 9: every reported fix and
 * suggestion must be stated by the case), then real `eslint --fix` runs on the golden fixtures.
 */

const require = createRequire(import.meta.url);
const CP = "const { spawn, exec } = require('child_process');\n";
const SPAWN = `${CP}const child = spawn('find', ['/']);\nchild.on('close', (code) => console.log(code));\n`;
const EXEC = "const { exec } = require('child_process');\nexec('du');\n";
const PROMISE = "const util = require('util');\nconst { exec } = require('child_process');\nconst run = util.promisify(exec);\nasync function main() {\n  run('make');\n}\nmain();\n";
// An astral character before the finding: ESLint columns count UTF-16 code units, as the offsets do.
// TypeScript through typescript-eslint's parser: the rules read the text, whatever parsed it.
const TS = "import { spawn } from 'node:child_process';\nconst child: ReturnType<typeof spawn> = spawn('find', ['/']);\nchild.on('close', (code: number | null) => console.log(code));\n";
// A build spawned, its stdout never read: `can-grow` evidence, reported from `likely` on.
const BUILD = `${CP}const child = spawn('make', ['all']);\nchild.on('close', (code) => console.log(code));\n`;
const ASTRAL = `${CP}const label = '😀'; const child = spawn('find', ['/']);\nchild.on('close', () => {});\n`;

/** The engine's message for the one finding of `rule` in `code`: the plugin must pass it on unchanged. */
async function message(rule: string, code: string): Promise<string> {
  const findings = await lint(code, [rule], 'javascript');
  assert.equal(findings.length, 1);
  return findings[0]!.message;
}

const rule = (name: string) => plugin.rules[name as keyof typeof plugin.rules]!;

for (const [version, RuleTester] of [['10', RuleTester10], ['9', RuleTester9]] as const) {
  describe(`ESLint ${version} RuleTester`, async () => {
    const Tester = RuleTester as unknown as typeof RuleTester10 & { describe: unknown; it: unknown; itOnly: unknown };
    Tester.describe = describe;
    Tester.it = it;
    Tester.itOnly = it.only;
    const tester = new Tester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } });
    const spawnMessage = await message('POP102', SPAWN);

    tester.run('spawn-output-never-consumed', rule('spawn-output-never-consumed'), {
      valid: [
        `${CP}const child = spawn('find', ['/']);\nchild.stdout.on('data', (d) => process.stdout.write(d));\nchild.stderr.pipe(process.stderr);`,
        `${CP}spawn('find', ['/'], { stdio: 'ignore' });`,
        // popenlint's own suppression comment is honoured inside ESLint too.
        `${CP}// popenlint-disable-next-line POP102\nconst child = spawn('find', ['/']);`,
        // A rule's findings only: this file has a POP101 finding and no POP102 one.
        EXEC,
        // Below the default evidence level (`known`), as for the CLI.
        BUILD,
        { code: BUILD, settings: { popenlint: { evidence: 'known' } } },
      ],
      invalid: [
        {
          code: SPAWN,
          output: SPAWN.replace("['/'])", "['/'], { stdio: 'ignore' })"),
          errors: [{ messageId: 'finding', data: { message: spawnMessage }, line: 2, column: 15, endLine: 2, endColumn: 35, suggestions: [] }],
        },
        {
          code: TS,
          filename: 'job.ts',
          languageOptions: { parser: tseslint.parser, sourceType: 'module' },
          output: TS.replace("['/'])", "['/'], { stdio: 'ignore' })"),
          errors: [{ message: await message('POP102', SPAWN), line: 2, column: 41, endLine: 2, endColumn: 61, suggestions: [] }],
        },
        {
          // ESLint's shared setting lowers the level.
          code: BUILD,
          settings: { popenlint: { evidence: 'likely' } },
          output: BUILD.replace("['all'])", "['all'], { stdio: 'ignore' })"),
          errors: [{ message: await message('POP102', BUILD), line: 2, column: 15, endLine: 2, endColumn: 37, suggestions: [] }],
        },
        {
          code: ASTRAL,
          output: ASTRAL.replace("['/'])", "['/'], { stdio: 'ignore' })"),
          errors: [{ message: spawnMessage, line: 2, column: ASTRAL.split('\n')[1]!.indexOf('spawn(') + 1, endLine: 2, endColumn: ASTRAL.split('\n')[1]!.indexOf(';', 20) + 1, suggestions: [] }],
        },
      ],
    });

    tester.run('exec-result-discarded', rule('exec-result-discarded'), {
      valid: [`${CP}exec('du', (err) => { if (err) throw err; });`],
      invalid: [{
        code: EXEC,
        // Unsafe only: nothing for `eslint --fix`, a suggestion for the editor.
        output: null,
        errors: [{
          message: await message('POP101', EXEC), line: 2, column: 1, endLine: 2, endColumn: 11,
          suggestions: [{
            messageId: 'unsafeFix',
            data: { description: (await lint(EXEC, ['POP101'], 'javascript'))[0]!.fixes[0]!.description },
            output: "const { spawn } = require('child_process');\nspawn('du', { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error));\n",
          }],
        }],
      }],
    });

    tester.run('exec-promise-floating', rule('exec-promise-floating'), {
      valid: [PROMISE.replace("  run('make');", "  await run('make');")],
      invalid: [{
        code: PROMISE,
        output: null,
        errors: [{
          message: await message('POP103', PROMISE), line: 5, column: 3, endLine: 5, endColumn: 14,
          suggestions: [{ messageId: 'unsafeFix', data: { description: (await lint(PROMISE, ['POP103'], 'javascript'))[0]!.fixes[0]!.description }, output: PROMISE.replace("  run('make');", "  await run('make');") }],
        }],
      }],
    });
  });
}

describe('the plugin object', () => {
  it('exposes the JS/TS rules by name and a flat recommended config', () => {
    assert.deepEqual(Object.keys(plugin.rules), ['exec-result-discarded', 'spawn-output-never-consumed', 'exec-promise-floating', 'exec-output-past-maxbuffer']);
    assert.deepEqual(plugin.configs.recommended.rules, {
      'popenlint/exec-result-discarded': 'error',
      'popenlint/spawn-output-never-consumed': 'error',
      'popenlint/exec-promise-floating': 'error',
      'popenlint/exec-output-past-maxbuffer': 'error',
    });
    assert.equal(plugin.configs.recommended.plugins!.popenlint, plugin);
    assert.equal(plugin.meta.name, 'popenlint');
  });
});

/**
 * A real `eslint --fix` of every JS fixture, through the package's `popenlint/eslint` export as
 * a user imports it: a safe fix (POP102's devnull) must give the golden file; a file whose
 * fixes are all unsafe (POP101, POP103) must be left alone and still reported.
 */
describe('eslint --fix on the golden fixtures', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  for (const [pkg, major] of [['eslint9', 9], ['eslint', 10]] as const) {
    it(`ESLint ${major} applies the safe fixes and only those`, { timeout: 120_000 }, () => {
      const bin = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'eslint.js');
      const version = JSON.parse(fs.readFileSync(path.join(path.dirname(bin), '..', 'package.json'), 'utf8')).version as string;
      assert.equal(Number(version.split('.')[0]), major);
      const dir = fs.realpathSync(tempDir('popenlint-eslint-'));
      dirs.push(dir);
      // As installed: node_modules/popenlint is the package, found through its `exports`.
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'popenlint'), 'dir');
      // The fixtures are shapes, some on commands that merely can grow (`likely`): ESLint's setting lowers the level.
      fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), "import popenlint from 'popenlint/eslint';\nexport default [popenlint.configs.recommended, { settings: { popenlint: { evidence: 'likely' } } }];\n");
      // ESLint's config rules here: a popenlint config that turns POP102 off changes nothing.
      fs.writeFileSync(path.join(dir, 'popenlint.toml'), 'ignore = ["POP102"]\n[per-file-ignores]\n"*.js" = ["POP102"]\n');
      const expected = new Map<string, string>();
      for (const ruleDir of fs.readdirSync(path.join(FIXTURES, 'js'))) {
        for (const name of fs.readdirSync(path.join(FIXTURES, 'js', ruleDir))) {
          const m = /^(.+)\.input\.(js|mjs|cjs)$/.exec(name);
          if (!m) continue;
          const file = `${ruleDir}-${m[1]}.${m[2]}`;
          const input = fs.readFileSync(path.join(FIXTURES, 'js', ruleDir, name), 'utf8');
          fs.writeFileSync(path.join(dir, file), input);
          const golden = path.join(FIXTURES, 'js', ruleDir, `${m[1]}.devnull.expected.${m[2]}`);
          expected.set(file, fs.existsSync(golden) ? fs.readFileSync(golden, 'utf8') : input);
        }
      }
      const r = spawnSync(process.execPath, [bin, '--fix', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 100_000 });
      assert.equal(r.status, 1, `remaining unsafe findings make eslint exit 1: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; fix?: unknown; suggestions?: unknown[] }[] }[];
      let fixedFiles = 0;
      for (const [file, want] of expected) {
        const got = fs.readFileSync(path.join(dir, file), 'utf8');
        assert.equal(got, want, file);
        const messages = report.find((x) => path.basename(x.filePath) === file)!.messages;
        if (file.startsWith('POP102-')) {
          fixedFiles++;
          assert.notEqual(got, fs.readFileSync(path.join(FIXTURES, 'js', 'POP102', file.replace(/^POP102-(.+)\.(\w+)$/, '$1.input.$2')), 'utf8'));
          assert.deepEqual(messages, [], `${file}: fixed, nothing left`);
        } else {
          assert.ok(messages.length > 0 && messages.every((x) => x.ruleId.startsWith('popenlint/') && (x.suggestions?.length ?? 0) > 0), `${file}: still reported, with suggestions`);
        }
      }
      assert.ok(fixedFiles >= 5, `${fixedFiles} POP102 fixtures`);
    });
  }
});

describe('the evidence setting', () => {
  it('names the setting and the levels when its value is not one of them', () => {
    const linter = new Linter10({ configType: 'flat' });
    const config = [{ plugins: { popenlint: plugin }, rules: { 'popenlint/spawn-output-never-consumed': 'error' as const }, settings: { popenlint: { evidence: 'sure' } } }];
    assert.throws(() => linter.verify(BUILD, config), /settings\.popenlint\.evidence must be one of known, likely, possible, not "sure"/);
  });
});
