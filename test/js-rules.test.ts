import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../src/engine.js';
import { SourceText } from '../src/source.js';
import { BUILDS, CAUGHT, CP, EXEC, findingsOf, FLOATING, GROWS, table, UNKNOWN, UNWATCHED, UTIL } from './js-rules-table.js';

// The JS/TS rule tables (js-rules-table.ts): POP101 and POP103 here, POP102 and POP104 in files of their own.

table('POP101', {
  // A long-lived child kept and read: exec's buffer is what breaks it, POP104's finding (audit 20: vscode-elm).
  'elm reactor in a try, its output shown': { code: `${CP}let reactor;\ntry {\n  reactor = cp.exec('elm reactor', { cwd });\n  reactor.stdout.on('data', (d) => out.append(d.toString()));\n} catch (e) {\n  show(e);\n}` },
  // exec whose stderr the code shows in a panel: a failed command's text reaches it (audit 20: vscode-elm's `elm make`).
  'inside a try, both streams shown': { code: `${CP}try {\n  const c = cp.exec('elm make src/Main.elm', { cwd: root });\n  c.stdout.on('data', (d) => oc.append(d.toString()));\n  c.stderr.on('data', (d) => oc.append(d.toString()));\n} catch (e) {\n  showError(e);\n}` },
  'callback (arrow)': { code: `${CP}cp.exec('ls', (err, out) => console.log(out));` },
  'callback (function declaration)': { code: `${CP}function done(e) {}\ncp.exec('ls', done);` },
  'callback after options': { code: `${CP}cp.execFile('git', ['status'], { cwd: '/' }, function (e) {});` },
  'a launcher chosen by platform in a template': { code: `${CP}const open = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';\ncp.exec(\`\${open} "\${dir}"\`);` },
  'a callback handed in by name': { code: `${CP}function run(cmd, done) { cp.exec(cmd, done); }` },
  "a child the code stops itself: POP104's": { code: `${CP}const p = cp.exec(config.server);\np.on('close', () => next());\nfunction stopServer() { p.kill(); }` },
  'callback of unknown shape (a parameter)': { code: `${CP}function run(cmd, cb) { cp.exec(cmd, cb); }` },
  'listener on the child': { code: `${CP}const c = cp.exec('ls');\nc.on('exit', (code) => console.log(code));` },
  // git's transfer commands name the refs they update: far below maxBuffer (audit 16: napi-rs).
  "git fetch's stderr shown, its exit not watched: a few KB of ref names": { code: `${CP}const p = cp.exec('git fetch origin');\np.stderr.on('data', show);` },
  'chained listener': { code: `${CP}cp.exec('ls').on('close', () => {});` },
  'stdout piped': { code: `${CP}cp.exec('ls').stdout.pipe(process.stdout);` },
  returned: { code: `${CP}function f() { return cp.exec('ls'); }` },
  'arrow body': { code: `${CP}const f = () => cp.exec('ls');` },
  stored: { code: `${CP}this.child = cp.exec('ls');` },
  'passed on': { code: `${CP}children.push(cp.exec('ls'));` },
  exported: { code: "import { exec } from 'child_process';\nexport const child = exec('ls');", file: 'case.mjs' },
  'execSync / spawnSync': { code: `${CP}cp.execSync('ls');\ncp.spawnSync('ls');` },
  'RegExp#exec': { code: `${CP}/a+/.exec('aaa');\nconst re = /b/;\nre.exec('b');` },
  'db.exec': { code: `${CP}db.exec('DELETE FROM t');` },
  'shelljs exec': { code: "const shell = require('shelljs');\nshell.exec('ls');\nconst { exec } = require('shelljs');\nexec('ls');" },
  'parameter shadows the import': { code: "const { exec } = require('child_process');\nfunction f(exec) { exec('ls'); }" },
  'block-scoped const shadows the import': { code: "const { exec } = require('child_process');\n{ const exec = (s) => s; exec('ls'); }" },
  'reassigned variable': { code: "let exec = require('child_process').exec;\nexec = mock;\nexec('ls');" },
  'both pipes redirected in the shell': { code: `${CP}cp.exec('make >/dev/null 2>&1 &');` },
  'promisified exec is POP103, not POP101': { code: `${CP}const run = require('util').promisify(cp.exec);\nrun('ls');` },
  'type-only mention': { code: "import type { ChildProcess } from 'child_process';\nlet c: ChildProcess;", file: 'case.ts' },
  // Quiet commands: nothing to cut short (fire and forget is not a hazard).
  'quiet: mkfifo': { code: `${CP}cp.exec('mkfifo /tmp/fifo');` },
  'quiet: git rev-parse': { code: `${CP}cp.execFile('git', ['rev-parse', '--show-toplevel']);` },
  'quiet: dot -V': { code: `${CP}cp.execFile('dot', ['-V']);` },
  'quiet: sudo kill': { code: `${CP}cp.exec('sudo kill -9 1234');` },
  'quiet: xdg-open a URL': { code: `${CP}cp.execFile('xdg-open', [url]);` },
  // find -exec prints what its command prints: nothing for rm -f (audit 22: Shinobi's cleanup of old recordings).
  // node-cmd's run/get are exec: quiet, or given a callback.
  'node-cmd: a quiet command run, a listing got with a callback': { code: "const cmd = require('node-cmd');\ncmd.run('touch /tmp/ready');\ncmd.get('ls', (err, data) => show(data));" },
  'quiet: find -exec rm -f {} +': { code: `${CP}cp.exec('find ' + dir + ' -type f -cmin +' + minutes + ' -exec rm -f {} +');` },
  'quiet: find -delete': { code: `${CP}cp.exec(\`find \${dir} -name '*.tmp' -delete\`);` },
  // try/catch: only with a catch that does something, and nothing else learning the outcome.
  'inside a try with an empty catch (the failure is not wanted)': { code: `${CP}try { cp.exec('taskkill /pid 12 /T /F'); } catch (e) {}` },
  'inside a try, the exit code read by a listener': { code: `${CP}try {\n  cp.exec('taskkill /pid 12 /T /F').on('exit', (code) => code && warn(code));\n} catch (e) { warn(e); }` },
  'inside a try that wraps a dispatcher: a case of its switch (the catch is for every case)': { code: `${CP}function onMessage(d) {\n  try {\n    switch (d.f) {\n      case 'kill':\n        cp.exec('kill -9 ' + d.pid);\n        break;\n      default:\n        handle(d);\n    }\n  } catch (e) {\n    log.error(e);\n  }\n}` },
  'inside a try of many statements': { code: `${CP}try {\n  const a = load();\n  check(a);\n  save(a);\n  cp.exec('kill -9 ' + a.pid);\n} catch (e) {\n  log.error(e);\n}` },
  'inside a try, but in a function defined there': { code: `${CP}try { setTimeout(() => { cp.exec('kill 12').on('error', log); }, 10); } catch (e) { warn(e); }` },
  // Used children: the exit code looked at, or a command that cannot reach maxBuffer.
  'streams read, exit code looked at in close': { code: `${CP}function run(cmd, done) {\n  const c = cp.exec(cmd);\n  c.stdout.on('data', show);\n  c.on('close', (code, signal) => done(code, signal));\n}` },
  'streams read, exitCode read': { code: `${CP}function run(cmd) {\n  const c = cp.exec(cmd);\n  c.stdout.pipe(process.stdout);\n  c.on('close', () => report(c.exitCode));\n}` },
  'close handler passed by name': { code: `${CP}function run(cmd, done) {\n  const c = cp.exec(cmd);\n  c.stdout.pipe(process.stdout);\n  c.on('close', done);\n}` },
  'quiet command, close handler ignores the code': { code: `${CP}cp.exec('mkdir -p out').on('close', () => next());` },
  'unlisted program, close handler ignores the code': { code: `${CP}cp.exec('ls').on('close', () => next());` },
  // A line that starts with a choice of written texts: each choice is judged (a launcher; an unlisted player, appended to since).
  'a launcher chosen by platform, in a template': { code: `${CP}const open = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';\ncp.exec(\`\${open} "\${dir}"\`);` },
  // osascript -e prints the value its inline AppleScript ends with: a Terminal tab, nothing.
  'osascript with an inline script that opens a Terminal window': { code: `${CP}cp.exec(\`osascript -e 'tell application "Terminal" to do script "cd \${dir}"' -e 'tell application "Terminal" to activate'\`);` },
  'a player line chosen between written texts, then appended to': { code: `${CP}var line = jack ? 'omxplayer -o local ' : 'omxplayer -o hdmi ';\nif (subs) line += ' --subtitles ' + subs;\nconst p = cp.exec(line + ' ' + url);\np.on('exit', () => process.exit(0));` },
  // ssh with a host and no remote command: a login shell reading a pipe nothing writes to, or only the forwards (audit 40: a tunnel script).
  'ssh -L with no remote command, the port after the host': { code: `${CP}const line = 'ssh -L ' + local + ':' + dstHost + ':' + dstPort + ' ' + user + '@' + host + ' -p ' + port;\ncp.exec(line);` },
  // eval of what ssh-agent prints: its variable settings; then ssh-add and a forward with -N (audit 40).
  'eval $(ssh-agent), ssh-add, ssh -NR in a template': { code: `${CP}cp.exec(\`eval $(ssh-agent) && ssh-add /home/u/.ssh/key && ssh -NR \${port}:localhost:22 ubuntu@\${ip}\`);` },
  'a line with a quiet flag appended each time, a flag appended under a condition': { code: `${CP}function names(url, subs) {\n  let line = 'yt-dlp --get-filename -o out ';\n  if (subs) line += '--write-sub ';\n  line += url;\n  cp.exec(line).stdout.on('data', (d) => show(d));\n}` },
}, {
  'osascript running a shell command inline: its output is the value it prints': { code: `${CP}cp.exec(\`osascript -e 'do shell script "find / -name x"'\`);`, errors: [[2, 1, EXEC('exec', '`osascript -e do shell script "find / -name x"` returns the output of a shell command and prints it')]] },
  'a line chosen between written texts, one of them growing': { code: `${CP}const cmd = deep ? 'du -a ' : 'du -s ';\ncp.exec(cmd + dir);`, errors: [[3, 1, EXEC('exec', '`du` prints a line per directory')]] },
  'a line chosen between written texts, then replaced: not known': { code: `${CP}var line = 'omxplayer ';\nif (hook) line = hook;\ncp.exec(line + url);`, errors: [[4, 1, EXEC('exec', UNKNOWN)]] },
  // node-cmd's run(line) is exec(line) (3.x: no callback at all): buffered, killed past maxBuffer (audit 22: ffmeg's camera relay).
  'node-cmd run() of a live ffmpeg relay': { code: "const cmd = require('node-cmd');\ncmd.run('ffmpeg -f v4l2 -i /dev/video0 -f mpegts -codec:v mpeg1video http://localhost:8081/secret');", errors: [[2, 1, EXEC('exec', 'its stdout is redirected, but `ffmpeg` can still write without bound on stderr')]] },
  'find -exec of a command that prints: its output for every file': { code: `${CP}cp.exec("find . -name '*.log' -exec grep -H ERROR {} +");`, errors: [[2, 1, EXEC('exec', '`find -exec` prints what `grep` prints, for every file it selects')]] },
  'a template choosing between a quiet and a growing command': { code: `${CP}cp.exec(\`\${clean ? 'rm -rf out' : 'find out'} -name '*.o'\`);`, errors: [[2, 1, EXEC('exec', '`find -name *.o` prints only the files that the pattern matches, a number that grows with the tree, and every directory it cannot read on stderr')]] },
  'destructured require': { code: "const { exec } = require('child_process');\nexec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'destructured require with rename, node: specifier': { code: "const { exec: run } = require('node:child_process');\nrun('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'named import with rename': { code: "import { exec as run } from 'child_process';\nrun('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'default import': { code: "import cp from 'node:child_process';\ncp.exec('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'namespace import, execFile': { code: "import * as cp from 'child_process';\ncp.execFile('git', ['log']);", file: 'case.ts', errors: [[2, 1, EXEC('execFile', '`git` can print a lot')]] },
  'namespace require with options': { code: `${CP}cp.exec('ls', { cwd: '/' });`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'require(...).exec(...)': { code: "// one line\nrequire('child_process').exec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'member bound to a name': { code: "const exec = require('child_process').exec;\nexec('ls');", errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'import = require (TypeScript)': { code: "import cp = require('child_process');\ncp.exec('ls');", file: 'case.ts', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'await import()': { code: "const { exec } = await import('node:child_process');\nexec('ls');", file: 'case.mjs', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'element access': { code: `${CP}cp['exec']('ls');`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'kept but unused': { code: `${CP}const child = cp.exec('ls');`, errors: [[2, 15, EXEC('exec', GROWS('ls'))]] },
  'only unref()': { code: `${CP}cp.exec('ls').unref();`, errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'void': { code: `${CP}void cp.exec('ls');`, errors: [[2, 6, EXEC('exec', GROWS('ls'))]] },
  'TypeScript cast': { code: "import { exec, ChildProcess } from 'child_process';\n(exec('ls') as ChildProcess);", file: 'case.ts', errors: [[2, 2, EXEC('exec', GROWS('ls'))]] },
  'TSX file': { code: "import { exec } from 'child_process';\nexec('ls'); const el = <div>{1}</div>;", file: 'case.tsx', errors: [[2, 1, EXEC('exec', GROWS('ls'))]] },
  'options object bound to a const': { code: `${CP}const opts = { cwd: '/' };\ncp.exec('ls', opts);`, errors: [[3, 1, EXEC('exec', GROWS('ls'))]] },
  'command unknown (a parameter)': { code: `${CP}function f(cmd) { cp.exec(cmd); }`, errors: [[2, 19, EXEC('exec', UNKNOWN)]] },
  'stdout redirected but stderr still piped': { code: `${CP}cp.exec('make >/dev/null');`, errors: [[2, 1, EXEC('exec', 'its stdout is redirected, but `make` can still write without bound on stderr')]] },
  // A few lines on stdout is not a redirect: the message says what the program writes.
  'stdout a few lines, stderr can grow': { code: `${CP}cp.exec(\`osascript -l JavaScript \${script}\`);`, errors: [[2, 1, EXEC('exec', '`osascript -l JavaScript` runs JavaScript for Automation: the value its script ends with on stdout, its console.log lines on stderr')]] },
  'a quiet command next to a growing one': { code: `${CP}cp.exec('mkdir -p out && npm run build');`, errors: [[2, 1, EXEC('exec', BUILDS('npm'))]] },
  // A catch that shows the failure is wanted: reported whatever the command (taskkill is quiet).
  'inside a try whose catch reports': { code: `${CP}function stop(pid) {\n  try {\n    cp.exec('taskkill /pid ' + pid + ' /T /F');\n  } catch (e) {\n    log.error('could not stop it');\n  }\n}`, errors: [[4, 5, CAUGHT('exec', 5)]] },
  // exec whose stderr the code shows: the shell's own failures reach it too (audit 20: vscode-elm's `elm make`); execFile's do not (ENOENT is an event).
  'inside a try, stderr read, execFile': { code: `${CP}try {\n  const c = cp.execFile('elm', ['make', 'src/Main.elm']);\n  c.stdout.on('data', show);\n  c.stderr.on('data', show);\n} catch (e) {\n  log(e);\n}`, errors: [[3, 13, CAUGHT('execFile', 6)]] },
  'inside a try, an error listener only': { code: `${CP}try { cp.execFile('kill', ['-TERM', pid]).on('error', log); } catch (e) { log(e); }`, errors: [[2, 7, CAUGHT('execFile', 2)]] },
  // Used, but nothing looks at the exit code: exec still kills the child at maxBuffer.
  'streams read, close handler ignores the code (unknown command)': { code: `${CP}function postExec(command, cb) {\n  const c = cp.exec(command);\n  c.stdout.on('data', (d) => process.stdout.write(d));\n  c.on('close', () => cb(null));\n  c.on('error', (e) => console.error(e));\n}`, errors: [[3, 13, UNWATCHED('exec', UNKNOWN)]] },
  // Blind audit 40 (video-downloader): a line built by appending, a quiet flag appended in one mode only.
  'a downloader line built by appending, a quiet flag appended under a condition': { code: `${CP}const NAME = 'yt-dlp';\nfunction download(url, mode) {\n  let line = \`\${NAME} -o out \`;\n  line += url;\n  if (mode === 'open') line += ' --get-filename';\n  const child = cp.exec(line, { cwd: dir });\n  child.stdout.on('data', (d) => show(d));\n}`, errors: [[7, 17, UNWATCHED('exec', '`yt-dlp` prints its progress while it downloads')]] },
  'ssh with a remote command after the forward': { code: `${CP}cp.exec('ssh -L 8080:db:5432 ' + user + '@' + host + ' tail -f /var/log/app.log');`, errors: [[2, 1, EXEC('exec', '`tail -f` follows the file without end')]] },
  'ssh -v with no remote command: a debug log': { code: `${CP}cp.exec('ssh -v -L 8080:db:5432 ' + user + '@' + host);`, errors: [[2, 1, EXEC('exec', BUILDS('ssh'))]] },
  'eval of a line not known statically': { code: `${CP}cp.exec(\`eval \${setup} && ssh-add key\`);`, errors: [[2, 1, EXEC('exec', GROWS('eval'))]] },
  'stdout piped, a command known to grow': { code: `${CP}cp.exec('git log').stdout.pipe(process.stdout);`, errors: [[2, 1, UNWATCHED('exec', '`git` can print a lot')]] },
});

table('POP103', {
  awaited: { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { await run('ls'); }` },
  returned: { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nfunction f() { return run('ls'); }` },
  'catch': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').catch(console.error);` },
  'then with a rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').then(console.log, console.error);` },
  'void (on purpose)': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nvoid run('ls');` },
  'Promise.all': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nPromise.all([run('a'), run('b')]);` },
  'bound then awaited': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { const p = run('ls'); await p; }` },
  'promisify of something else': { code: `${UTIL}const readFile = util.promisify(require('fs').readFile);\nreadFile('x');` },
  'local promisify': { code: `${CP}function promisify(f) { return f; }\nconst run = promisify(cp.exec);\nrun('ls');` },
  'plain exec with callback': { code: `${CP}cp.exec('ls', () => {});` },
  // Commands that cannot fail in practice (exit-status.data.ts): the promise never rejects (audit 36: telegram-webm-bot; audit 12: whoami).
  'rm -rf of temporary files, execFile': { code: `${CP}${UTIL}const execFile = util.promisify(cp.execFile);\nfunction deleteFiles(id) {\n  try {\n    execFile('rm', ['-rf', \`\${TMP}/\${id}.webm\`]);\n  } catch (error) {\n    console.log(error);\n  }\n}` },
  'whoami, then without a rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('whoami').then(({ stdout }) => console.log(stdout));` },
  'rm -f then mkdir -p on one line': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('rm -f out/*.js && mkdir -p out');` },
  // bluebird's promisifyAll twin: bluebird prints its unhandled rejection on stderr, the process lives on.
  "bluebird's execAsync dropped": { code: "const Promise = require('bluebird');\nconst cp = Promise.promisifyAll(require('child_process'));\ncp.execAsync('git push');" },
  // measured in test/e2e/js-hazard-bluebird.test.ts; the twin taken into a name of its own is bluebird's all the same.
  "bluebird's execAsync taken into a name, dropped": { code: "const cp = require('child_process');\nconst Promise = require('bluebird');\nconst execAsync = Promise.promisifyAll(cp).execAsync;\nexecAsync('git push');" },
  "bluebird's execAsync destructured, dropped": { code: "const Promise = require('bluebird');\nconst { execAsync } = Promise.promisifyAll(require('child_process'));\nexecAsync('git push');" },
}, {
  'util.promisify, dropped in an async function': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nasync function f() { run('ls'); }`, errors: [[4, 22, FLOATING('exec')]] },
  'destructured promisify, execFile': { code: "const { promisify } = require('node:util');\nconst { execFile } = require('child_process');\nconst git = promisify(execFile);\ngit('git', ['push']);", errors: [[4, 1, FLOATING('execFile')]] },
  'ES imports': { code: "import { promisify } from 'util';\nimport { exec } from 'child_process';\nconst sh = promisify(exec);\nsh('ls');", file: 'case.mts', errors: [[4, 1, FLOATING('exec')]] },
  'inline require chain': { code: "// one line\nrequire('util').promisify(require('child_process').exec)('ls');", errors: [[2, 1, FLOATING('exec')]] },
  'promisify of a bound exec': { code: `${CP}${UTIL}const run = util.promisify(cp.exec.bind(cp));\nrun('ls');`, errors: [[4, 1, FLOATING('exec')]] },
  'bound, never read': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nconst p = run('ls');`, errors: [[4, 11, FLOATING('exec')]] },
  'then without rejection handler': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').then(console.log);`, errors: [[4, 1, FLOATING('exec')]] },
  'finally': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls').finally(() => {});`, errors: [[4, 1, FLOATING('exec')]] },
  // The command's output does not matter here: a quiet command that fails rejects all the same.
  'a quiet command (mkfifo): its failure still crashes the process': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('mkfifo /tmp/fifo');`, errors: [[4, 1, FLOATING('exec')]] },
  // rm without -f fails on a missing operand; a line cannot fail only when none of its commands can.
  'rm -r without -f': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nrun('rm', ['-r', dir]);`, errors: [[4, 1, FLOATING('execFile')]] },
  'rm -rf, then git push': { code: `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('rm -rf dist && git push');`, errors: [[4, 1, FLOATING('exec')]] },
  'a growing command (find)': { code: `${CP}${UTIL}const run = util.promisify(cp.execFile);\nrun('find', ['/']);`, errors: [[4, 1, FLOATING('execFile')]] },
});

test('POP103 on a Node 14 target: the rejection is only a warning there', async () => {
  const code = `${CP}${UTIL}const run = util.promisify(cp.exec);\nrun('ls');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP103']), target: 'py3', nodeMajor: 14 });
  assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.range.start.column, f.message]), [
    [4, 1, 'promise of promisified exec() is never awaited or handled: a failing command becomes an unhandled rejection, only a warning on Node 14, and the failure is lost'],
  ]);
});

test('suppressions: next-line and file-level comments', async () => {
  const code = `${CP}// popenlint-disable-next-line POP101\ncp.exec('a');\ncp.exec('b');\n`;
  assert.deepEqual((await findingsOf('POP101', { code })).map((f) => f.range.start.line), [4]);
  assert.deepEqual(await findingsOf('POP101', { code: `// popenlint-disable\n${code}` }), []);
  assert.deepEqual((await findingsOf('POP101', { code: `${CP}// popenlint-disable-next-line POP102\ncp.exec('a');\n` })).map((f) => f.range.start.line), [3]);
});

test('a syntax error elsewhere does not hide a finding', async () => {
  const code = `${CP}function broken() { const a = 1 +; }\ncp.spawn('find');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.ok(r.syntaxErrors > 0);
  assert.deepEqual(r.findings.map((f) => f.range.start.line), [3]);
});

test('positions are 1-based and count code points', async () => {
  const code = `${CP}const s = '😀'; cp.spawn('find');\n`;
  const r = await lintText('case.js', new SourceText(code), 'javascript', { enabled: new Set(['POP102']), target: 'py3' });
  assert.deepEqual(r.findings[0]!.range.start, { line: 2, column: 16 });
});
