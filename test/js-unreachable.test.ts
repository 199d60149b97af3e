import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { tempTree } from './report-helpers.js';

/**
 * Unreachable code (src/typescript/unreachable.ts): a finding in a JS/TS module the project imports
 * only in a commented-out line, or in a top-level function, not exported, whose name appears nowhere
 * else in the project, waits for `--evidence possible` as `unreachable`, its message saying why. Each case is
 * a small repository (a `.git` folder marks its root); `invalid` cases move, `valid` ones keep the
 * finding's own tier. POP103 reports the floating promise at the line and column given.
 */

const BASE = 'promise of promisified exec() is never awaited or handled: a failing command becomes an unhandled rejection, which crashes the process on Node 20';
const HEAD = "import util from 'util';\nimport cp from 'child_process';\n\nconst exec = util.promisify(cp.exec);\n";
/** A module whose top level runs a command and drops the promise: POP103 at 5:1. */
const FLOATS = `${HEAD}exec('git log -1 --format=%h').then((out) => console.log(out.stdout));\n`;
/** A module exporting toHtml() and fileToHtml(), each dropping a promise: POP103 at 6:3 and 9:3. */
const HELPERS = `${HEAD}export function toHtml(md) {\n  exec(\`pandoc \${md}\`).then((out) => console.log(out.stdout));\n}\nexport function fileToHtml(f) {\n  exec(\`pandoc \${f}\`).then((out) => console.log(out.stdout));\n}\n`;
const APP = '{ "private": true, "type": "module" }\n';
const USES_FILE_TO_HTML = "import { fileToHtml } from './lib/md.js';\nfileToHtml('README.md');\n";

interface Case {
  files: Record<string, string>;
  /** The file whose finding is judged. */
  file: string;
  line: number;
  column: number;
  /** Why it cannot run (`unreachable`), or absent: the finding keeps its tier. */
  why?: string;
}

const invalid: Record<string, Case> = {
  'a module imported only in a commented-out import (blind audit 44: jarvis)': {
    files: { 'package.json': APP, 'index.js': "//import './util/gitLog.js'\nimport './util/other.js';\n", 'util/gitLog.js': FLOATS, 'util/other.js': '' },
    file: 'util/gitLog.js', line: 5, column: 1, why: 'the module is imported nowhere but in a comment, at index.js:1',
  },
  'a require in a block comment, from another folder': {
    files: { 'package.json': '{ "name": "x", "main": "src/main.js" }\n', 'src/main.js': "/*\nconst log = require('../lib/log');\n*/\n", 'lib/log.js': FLOATS },
    file: 'lib/log.js', line: 5, column: 1, why: 'the module is imported nowhere but in a comment, at src/main.js:2',
  },
  'a loader given its path by the environment loads no module of the project': {
    files: { 'package.json': APP, 'index.js': "// import './gitLog.js'\nimport(process.env.Z2M_PATH).then((m) => m.start());\n", 'gitLog.js': FLOATS },
    file: 'gitLog.js', line: 5, column: 1, why: 'the module is imported nowhere but in a comment, at index.js:1',
  },
  'a top-level function of a module, called nowhere': {
    files: { 'package.json': APP, 'run.js': `${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\n` },
    file: 'run.js', line: 6, column: 3, why: 'refresh() is called nowhere: no other place in the project names it',
  },
};

const valid: Record<string, Case> = {
  'an exported helper no module imports, its module imported by other names (blind audit 42: wiki, false; audit 32: Pharma_Track-backend, real)': {
    files: { 'package.json': APP, 'pages/wiki.js': USES_FILE_TO_HTML.replace('./lib', '../lib'), 'lib/md.js': HELPERS },
    file: 'lib/md.js', line: 6, column: 3,
  },
  'an exported helper of CommonJS (exports.x = function), required by other names': {
    files: { 'package.json': APP, 'index.js': "const { other } = require('./md');\nother();\n", 'md.js': "const cp = require('child_process');\nconst util = require('util');\nconst exec = util.promisify(cp.exec);\nexports.toHtml = function (md) {\n  exec('pandoc ' + md).then(console.log);\n};\nexports.other = () => 1;\n" },
    file: 'md.js', line: 5, column: 3,
  },
  'a function exported by a statement of its own (export { refresh as update }), named nowhere else': {
    files: { 'package.json': APP, 'run.js': `${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\nexport { refresh as update };\n` },
    file: 'run.js', line: 6, column: 3,
  },
  'a function exported through module.exports = { update: refresh }, named nowhere else': {
    files: { 'package.json': APP, 'run.js': `${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\nmodule.exports = { update: refresh };\n` },
    file: 'run.js', line: 6, column: 3,
  },
  'a module named nowhere: a script run by hand': { files: { 'package.json': APP, 'report.js': FLOATS }, file: 'report.js', line: 5, column: 1 },
  'a commented-out import, and a real one elsewhere': {
    files: { 'package.json': APP, 'index.js': "//import './gitLog.js'\n", 'cli.js': "import './gitLog.js';\n", 'gitLog.js': FLOATS }, file: 'gitLog.js', line: 5, column: 1,
  },
  "a commented-out import, and package.json's scripts run it": {
    files: { 'package.json': '{ "private": true, "scripts": { "stamp": "node util/stamp.js" } }\n', 'index.js': "// import './util/stamp.js'\n", 'util/stamp.js': FLOATS }, file: 'util/stamp.js', line: 5, column: 1,
  },
  'a commented-out import, and an HTML page loads it': {
    files: { 'package.json': APP, 'index.js': "// import './banner.js'\n", 'public/index.html': '<script type="module" src="../banner.js"></script>\n', 'banner.js': FLOATS }, file: 'banner.js', line: 5, column: 1,
  },
  'a commented-out import, and the README runs it': {
    files: { 'package.json': APP, 'index.js': "// import './gitLog.js'\n", 'README.md': 'Run `node gitLog.js` to see the last commit.\n', 'gitLog.js': FLOATS }, file: 'gitLog.js', line: 5, column: 1,
  },
  'a commented-out import, and a loader computes its module (require(file))': {
    files: { 'package.json': APP, 'index.js': "// import './plugins/gitLog.js'\nfor (const f of list()) require('./plugins/' + f);\n", 'plugins/gitLog.js': FLOATS }, file: 'plugins/gitLog.js', line: 5, column: 1,
  },
  'a commented-out import of a module with a shebang': {
    files: { 'package.json': APP, 'index.js': "// import './gitLog.js'\n", 'gitLog.js': `#!/usr/bin/env node\n${FLOATS}` }, file: 'gitLog.js', line: 6, column: 1,
  },
  'a commented-out import of a module in scripts/': {
    files: { 'package.json': APP, 'index.js': "// import './scripts/gitLog.js'\n", 'scripts/gitLog.js': FLOATS }, file: 'scripts/gitLog.js', line: 5, column: 1,
  },
  'a word in a comment that imports nothing': {
    files: { 'package.json': APP, 'index.js': '// gitLog prints the last commit\n', 'gitLog.js': FLOATS }, file: 'gitLog.js', line: 5, column: 1,
  },
  'an exported helper of a library whose main is the module': {
    files: { 'package.json': '{ "name": "md", "main": "lib/md.js" }\n', 'index.js': USES_FILE_TO_HTML, 'lib/md.js': HELPERS }, file: 'lib/md.js', line: 6, column: 3,
  },
  'an exported helper whose module is imported as a namespace': {
    files: { 'package.json': APP, 'index.js': "import * as md from './lib/md.js';\nmd[process.argv[2]]('x');\n", 'lib/md.js': HELPERS }, file: 'lib/md.js', line: 6, column: 3,
  },
  'an exported helper whose module is re-exported whole': {
    files: { 'package.json': APP, 'index.js': "export * from './lib/md.js';\n", 'main.js': "import { fileToHtml } from './index.js';\nfileToHtml('x');\n", 'lib/md.js': HELPERS }, file: 'lib/md.js', line: 6, column: 3,
  },
  "an export of a module nothing imports: a framework's entry (getServerSideProps, activate)": {
    files: { 'package.json': APP, 'lib/md.js': HELPERS }, file: 'lib/md.js', line: 6, column: 3,
  },
  'an export under another name': {
    files: { 'package.json': APP, 'index.js': "import { render } from './md.js';\nrender('x');\n", 'md.js': `${HEAD}function toHtml(md) {\n  exec('pandoc ' + md).then(console.log);\n}\nexport { toHtml as render };\n` }, file: 'md.js', line: 6, column: 3,
  },
  'a top-level function an HTML page calls (onclick)': {
    files: { 'package.json': APP, 'index.html': '<button onclick="refresh()">Refresh</button>\n', 'run.js': `${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\n` }, file: 'run.js', line: 6, column: 3,
  },
  'a top-level function called in its module': {
    files: { 'package.json': APP, 'run.js': `${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\nrefresh();\n` }, file: 'run.js', line: 6, column: 3,
  },
};

async function judged(c: Case): Promise<[number, number, string, string]> {
  const root = tempTree({ ...c.files, '.git/HEAD': 'ref: refs/heads/main\n' });
  const file = path.join(root, c.file);
  const text = fs.readFileSync(file, 'utf8');
  const { findings } = await lintText(file, new SourceText(text), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
  // The one at the case's line (HELPERS holds two).
  const at = findings.filter((f) => f.range.start.line === c.line);
  assert.equal(at.length, 1, findings.map((f) => `${f.range.start.line}: ${f.message}`).join('\n'));
  const f = at[0]!;
  return [f.range.start.line, f.range.start.column, f.evidence, f.message];
}

for (const [name, c] of Object.entries(invalid)) {
  test(`unreachable: ${name}`, async () => {
    assert.deepEqual(await judged(c), [c.line, c.column, 'unreachable', `${BASE} (unreachable: ${c.why})`]);
  });
}

for (const [name, c] of Object.entries(valid)) {
  test(`unreachable, not: ${name}`, async () => {
    assert.deepEqual(await judged(c), [c.line, c.column, 'any-size', BASE]);
  });
}

test('unreachable: only --evidence possible reports it, as a warning', async () => {
  const root = tempTree({ ...invalid['a top-level function of a module, called nowhere']!.files, '.git/HEAD': '' });
  const file = path.join(root, 'run.js');
  const at = async (evidence: 'known' | 'likely' | 'possible') =>
    (await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 20, evidence })).findings.map((f) => [f.evidence, f.severity]);
  assert.deepEqual(await at('known'), []);
  assert.deepEqual(await at('likely'), []);
  assert.deepEqual(await at('possible'), [['unreachable', 'warning']]);
});

test('unreachable: a text that is no file on disk is never judged', async () => {
  const { findings } = await lintText('case.js', new SourceText(`${HEAD}function refresh() {\n  exec('git fetch').then(console.log);\n}\n`), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
  assert.deepEqual(findings.map((f) => f.evidence), ['any-size']);
});

/** fixtures/js-projects/unreachable, copied into a repository of its own (inside this one, its tests name its modules). */
test('unreachable: the fixture project, every finding and its tier', async () => {
  const src = fileURLToPath(new URL('../../fixtures/js-projects/unreachable/', import.meta.url));
  const root = tempTree({ '.git/HEAD': '' });
  fs.cpSync(src, root, { recursive: true });
  const out: string[] = [];
  for (const rel of ['index.js', 'report.js', 'lib/markdown.js', 'util/banner.js', 'util/gitLog.js', 'util/stamp.js', 'util/version.js']) {
    const file = path.join(root, rel);
    const { findings } = await lintText(file, new SourceText(fs.readFileSync(file, 'utf8')), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 20, evidence: 'possible' });
    for (const f of findings) out.push(`${rel}:${f.range.start.line}:${f.range.start.column} ${f.evidence}${f.message.startsWith(BASE) ? f.message.slice(BASE.length) : ` ${f.message}`}`);
  }
  assert.deepEqual(out, [
    'report.js:5:1 any-size',
    'lib/markdown.js:7:3 any-size',
    'lib/markdown.js:11:3 any-size',
    'lib/markdown.js:16:3 unreachable (unreachable: refresh() is called nowhere: no other place in the project names it)',
    'util/banner.js:5:1 any-size',
    'util/gitLog.js:5:1 unreachable (unreachable: the module is imported nowhere but in a comment, at index.js:2)',
    'util/stamp.js:5:1 any-size',
    'util/version.js:5:1 any-size',
  ]);
});
