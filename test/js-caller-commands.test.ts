import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './helpers.js';

/**
 * Issue 11 (audit 10): a wrapper whose command is its parameter runs what its callers in the
 * project pass. Its callers in other modules (a static method of an exported class, a method of
 * the exported object) are found, with commands that are constants of yet another module, and
 * judged by the command table: quiet callers give no finding, a growing one is named.
 */
function project(files: Record<string, string>): string {
  const dir = tempDir('popenlint-callers-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ engines: { node: '>=20' } }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const UTILS = "import { execSync } from 'child_process';\nexport class Utils {\n  public static execute(command: string): Buffer {\n    return execSync(command, { encoding: 'buffer' });\n  }\n}\n";
const CONSTANTS = (linux: string) => `export class Constants {\n  public static readonly LINUX_COMMAND: string = '${linux}';\n  public static readonly WINDOWS_COMMAND: string = 'wmic logicaldisk get Caption /format:list';\n}\n`;
const PLATFORM = (name: string) => `import { Utils } from '../utils/utils';\nimport { Constants } from '../utils/constants';\nexport function run(): string {\n  return Utils.execute(Constants.${name}).toString();\n}\n`;

function check(dir: string): { code: number | null; lines: string[] } {
  const r = cli(['check', '.', '--format', 'concise'], { cwd: dir });
  return { code: r.code, lines: r.stdout.trim().split('\n').filter((l) => /POP1\d\d/.test(l)) };
}

test('a class wrapper called from other modules with constants of a third: quiet commands give no finding', () => {
  const dir = project({
    'src/utils/utils.ts': UTILS,
    'src/utils/constants.ts': CONSTANTS('df -P'),
    'src/platforms/linux.ts': PLATFORM('LINUX_COMMAND'),
    'src/platforms/windows.ts': PLATFORM('WINDOWS_COMMAND'),
  });
  try {
    const r = check(dir);
    assert.deepEqual(r.lines, []);
    assert.equal(r.code, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the same wrapper with one caller passing a command that walks the tree: reported, that caller named', () => {
  const dir = project({
    'src/utils/utils.ts': UTILS,
    'src/utils/constants.ts': CONSTANTS('find / -type f'),
    'src/platforms/linux.ts': PLATFORM('LINUX_COMMAND'),
    'src/platforms/windows.ts': PLATFORM('WINDOWS_COMMAND'),
  });
  try {
    const r = check(dir);
    assert.deepEqual(r.lines, [
      `${path.join('src', 'utils', 'utils.ts')}:4:12: POP104 execSync() keeps the whole output of a command that grows with what it walks (\`find /\` prints a line per file of the file system it walks), as the caller at ${path.join('..', 'platforms', 'linux.ts')}:4 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the call throws ENOBUFS; raise maxBuffer, or spawn() and read the output as it comes`,
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a method of the exported object, imported by default: the caller\'s docker-machine -D is named; a caller in a test does not count', () => {
  const util = "import child_process from 'child_process';\nmodule.exports = {\n  execFile: function (args, options) {\n    return new Promise((resolve, reject) => {\n      child_process.execFile(args[0], args.slice(1), options, (error, stdout) => (error ? reject(error) : resolve(stdout)));\n    });\n  },\n  exec: function (line, options) {\n    return new Promise((resolve) => child_process.exec(line, options, (e, out) => resolve(out)));\n  },\n};\n";
  const machine = (flag: string) => `import util from './Util';\nexport default {\n  command() { return util.dockerMachineBinPath(); },\n  create(name) { return util.execFile([this.command(), ${flag}'create', '-d', 'virtualbox', name]); },\n  terminal(cmd) { return util.exec('start powershell.exe ' + cmd); },\n};\n`;
  const dir = project({
    'src/utils/Util.js': util,
    'src/utils/DockerMachineUtil.js': machine("'-D', "),
    'test/util.test.js': "import util from '../src/utils/Util';\nutil.exec(process.argv[2]);\n",
  });
  try {
    const r = check(dir);
    assert.deepEqual(r.lines, [
      `${path.join('src', 'utils', 'Util.js')}:5:7: POP104 execFile() keeps the whole output of a command that grows with what it walks (\`docker-machine -D\` logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)), as the caller at DockerMachineUtil.js:4 passes it: maxBuffer is 1 MiB by default on Node 20 (the options come from the caller, and nothing here raises it), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`,
    ]);
    fs.writeFileSync(path.join(dir, 'src/utils/DockerMachineUtil.js'), machine(''));
    assert.deepEqual(check(dir).lines, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Blind audit 32 (a deploy tool): the caller builds `cd DIR && sh ./SCRIPT` with a separator that a
// config module exports (CommonJS), a choice between ' && ' and '; '. Each choice runs the script.
const EXEC_STREAMED = "const { exec } = require('child_process');\nexports.cmd = (command) => new Promise((resolve, reject) => {\n  const c = exec(command);\n  c.stdout.pipe(process.stdout);\n  c.stderr.pipe(process.stderr);\n  c.on('exit', resolve);\n  c.on('error', reject);\n});\n";
const SEPARATOR = "exports.cmdSeparator = process.platform === 'win32' ? ' && ' : '; ';\n";
const WORKFLOW = (tail: string) => `const { dirname, basename } = require('path');\nconst { cmdSeparator } = require('./config');\nconst { cmd } = require('./execCmd');\nexports.start = async (scripts) => {\n  for (const script of scripts) await cmd(\`cd \${dirname(script)}\${cmdSeparator}${tail}\`);\n};\n`;

test('a separator constant of another module (exports.x = a ? b : c) between cd and a script: the script is judged', () => {
  const dir = project({ 'src/lib/execCmd.js': EXEC_STREAMED, 'src/lib/config.js': SEPARATOR, 'src/lib/workflow.js': WORKFLOW('sh ./${basename(script)}') });
  try {
    const r = cli(['check', '.', '--format', 'concise', '--evidence', 'likely'], { cwd: dir });
    assert.deepEqual(r.stdout.trim().split('\n').filter((l) => /POP1\d\d/.test(l)), [
      `${path.join('src', 'lib', 'execCmd.js')}:3:13: POP104 warning: exec() without a callback still buffers the whole output of a command whose output can grow (\`sh\` runs a program whose output can grow: the command the caller at workflow.js:5 passes), even though this code reads its streams as they come: maxBuffer is 1 MiB by default on Node 20, Node counts every byte it reads against it, and past it kills the child with SIGTERM, so the command stops midway and its streams end cut short; pass maxBuffer: Infinity, or spawn() and read the output as it comes`,
    ]);
    // The same separator before a quiet command: nothing.
    fs.writeFileSync(path.join(dir, 'src/lib/workflow.js'), WORKFLOW('git rev-parse HEAD'));
    assert.equal(cli(['check', '.', '--format', 'concise', '--evidence', 'likely'], { cwd: dir }).stdout.includes('POP1'), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Blind audit 34 (vscode-csharp): a caller under the project's test/ folder does not count when
// the project is checked from elsewhere (`popenlint check /path/to/project`), where the caller's
// absolute path lies outside the working folder.
test('a caller in the project\'s test/ folder does not count when the project is named from another folder', () => {
  const dir = project({
    'src/run.ts': "import { exec } from 'child_process';\nexport function run(cmd: string): Promise<string> {\n  return new Promise((resolve, reject) => exec(cmd, { maxBuffer: 500 * 1024 }, (e, out) => (e ? reject(e) : resolve(out))));\n}\n",
    'src/arch.ts': "import { run } from './run';\nexport const arch = () => run('uname -m');\n",
    'test/build.ts': "import { run } from '../src/run';\nexport const build = () => run('dotnet build test.sln');\n",
  });
  try {
    const r = cli(['check', dir, '--format', 'concise']);
    assert.ok(!path.relative(process.cwd(), dir).split(path.sep).includes('test'));
    assert.deepEqual(r.stdout.trim().split('\n').filter((l) => /POP1\d\d/.test(l)), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Blind audit 42 (git-statistical): execSync handed in as a parameter by every caller, the
// callers' value returned by a function of a third module that imports child_process itself.
const GIT = "export function stat(execSync, branch) {\n  return execSync(`git log --pretty=tformat: --numstat ${branch} --`).toString();\n}\nexport function since(execSync, branch) {\n  return execSync(`git reflog show --date=iso ${branch} --`).toString();\n}\n";
const DEFINE = "export async function defineExecSync() {\n  try {\n    return (await import('child_process')).execSync;\n  } catch (e) {\n    const { execSync } = require('child_process');\n    return execSync;\n  }\n}\n";
const CORE = (passed: string) => `import { stat, since } from './git';\nimport { defineExecSync } from './utils';\nexport async function run(branch) {\n  const execSync = ${passed};\n  return [stat(execSync, branch), since(execSync, branch)];\n}\n`;

test('execSync handed in by every caller, returned by a function of another module: the git log --numstat is reported where it runs', () => {
  const dir = project({ 'src/git.js': GIT, 'src/utils.js': DEFINE, 'src/core.js': CORE('await defineExecSync()') });
  try {
    // `git reflog` of one branch holds its last 90 days: not reported.
    assert.deepEqual(check(dir).lines, [
      `${path.join('src', 'git.js')}:2:10: POP104 execSync() keeps the whole output of a command that grows with what it walks (\`git log --numstat\` prints the files or the diff of every commit it lists, growing with the history), as the caller at core.js:5 passes it: maxBuffer is 1 MiB by default on Node 20, and past it Node kills the child and the call throws ENOBUFS; raise maxBuffer, or spawn() and read the output as it comes`,
    ]);
    // A local arrow that returns it, and the module's own binding: the same.
    fs.writeFileSync(path.join(dir, 'src/core.js'), CORE('getExec()').replace('export async', "import * as cp from 'child_process';\nconst getExec = () => cp.execSync;\nexport async"));
    assert.equal(check(dir).lines.length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a parameter named execSync that a caller outside the tests fills with something else, or that nobody calls, is not child_process', () => {
  const dir = project({ 'src/git.js': GIT, 'src/utils.js': DEFINE, 'src/core.js': CORE('await defineExecSync()'), 'src/dry.js': "import { stat } from './git';\nexport const dry = () => stat((cmd) => Buffer.from(cmd), 'main');\n" });
  try {
    assert.deepEqual(check(dir).lines, []);
    // A function that returns child_process's execSync on one path only.
    fs.rmSync(path.join(dir, 'src/dry.js'));
    fs.writeFileSync(path.join(dir, 'src/utils.js'), "import { execSync } from 'child_process';\nexport function defineExecSync(dry) {\n  if (dry) return (cmd) => Buffer.from(cmd);\n  return execSync;\n}\n");
    assert.deepEqual(check(dir).lines, []);
    // No caller at all: the parameter is whatever a user of the library passes.
    fs.rmSync(path.join(dir, 'src/core.js'));
    assert.deepEqual(check(dir).lines, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Blind audit 42 (git-visualize): callers import the wrapper by a bare specifier that the
// tsconfig.json's baseUrl alone resolves (`"baseUrl": "./"`, then `from 'src/utils'`).
test('a wrapper imported through tsconfig.json baseUrl: judged by its callers\' commands', () => {
  const dir = project({
    'src/utils/index.ts': "import { exec } from 'child_process';\nexport const execCommand = (cmd: string, options?: any) => {\n  return new Promise((resolve, reject) => {\n    exec(cmd, options, (error, stdout) => (error ? reject(error) : resolve(stdout)));\n  });\n};\n",
    'src/service.ts': "import { execCommand } from 'src/utils';\nexport const wordCloud = (path: string) => execCommand(\"git log --no-merges --pretty='%an, %B'\", { cwd: path });\n",
  });
  try {
    // Without a baseUrl, `src/utils` is a package: the wrapper's command is its unseen callers'.
    assert.deepEqual(check(dir).lines, []);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // comments, as TypeScript reads it\n  "compilerOptions": { "baseUrl": "./" },\n}\n');
    assert.deepEqual(check(dir).lines, [
      `${path.join('src', 'utils', 'index.ts')}:4:5: POP104 exec() keeps the whole output of a command that grows with what it walks (\`git log\` prints output that grows with the repository), as the caller at ../service.ts:2 passes it: maxBuffer is 1 MiB by default on Node 20 (the options come from the caller, and nothing here raises it), and past it Node kills the child and the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short; raise maxBuffer, or spawn() and read the output as it comes`,
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
