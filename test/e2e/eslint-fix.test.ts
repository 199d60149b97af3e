import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

const require = createRequire(import.meta.url);

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
