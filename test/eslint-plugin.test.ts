import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Linter as Linter10, RuleTester as RuleTester10 } from 'eslint';
import { RuleTester as RuleTester9 } from 'eslint9';
import tseslint from 'typescript-eslint';
import plugin from '../src/eslint/index.js';
import { lint } from './helpers.js';

/**
 * `popenlint/eslint` with ESLint's own RuleTester (ESLint 10 and 9: every reported fix and
 * suggestion must be stated by the case); real `eslint --fix` runs on the golden fixtures are
 * end-to-end (test/e2e/eslint-fix.test.ts).
 */

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

describe('the evidence setting', () => {
  it('names the setting and the levels when its value is not one of them', () => {
    const linter = new Linter10({ configType: 'flat' });
    const config = [{ plugins: { popenlint: plugin }, rules: { 'popenlint/spawn-output-never-consumed': 'error' as const }, settings: { popenlint: { evidence: 'sure' } } }];
    assert.throws(() => linter.verify(BUILD, config), /settings\.popenlint\.evidence must be one of known, likely, possible, not "sure"/);
  });
});
