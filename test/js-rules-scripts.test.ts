import { BLOCKS, CP, table } from './js-rules-table.js';

/**
 * Issue 11: a child that runs one of the project's own scripts (`python3 server.py`, `sh deploy.sh`,
 * `node build.js`, a path joined from `__dirname`) is judged from the script's text
 * (src/knowledge/project-scripts.ts, script-judge.ts), not from the interpreter's name (blind audit
 * 30: electron_with_python's `python3 PyServer.py`, Multiverse-NodeWebHook's `sh Deploy.sh`). The
 * scripts live in fixtures/script-projects/few-lines/.
 */
const FILE = 'fixtures/script-projects/few-lines/app.js';
const NEVER = (streams: string, program: string) => `spawn(): ${streams} ${streams.includes(' and ') ? 'are' : 'is'} never read (\`${program}\` runs a program whose output can grow): ${BLOCKS}`;

table('POP102', {
  // Two fixed prints, its requests logged to a file; stderr read (audit 30: electron_with_python app/main.js).
  'python3 running a server of the project that prints two lines, by a path from __dirname': { file: FILE, code: `${CP}const path = require('path');\nconst c = cp.spawn('python3', [path.join(__dirname, 'server.py'), '4242']);\nc.stderr.on('data', (d) => console.log(String(d)));` },
  // cd, killall, echo: a few lines (audit 30: Multiverse-NodeWebHook, an absolute path where the project is installed).
  'sh running a deploy script of the project by the path it is installed at': { file: FILE, code: `${CP}const FilePath = '/opt/few-lines/deploy.sh';\nconst deploy = cp.spawn('sh', [FilePath]);` },
  'a deploy script of the project run by its path': { file: FILE, code: `${CP}const deploy = cp.spawn('./deploy.sh', []);` },
  'node running a build script of the project with two fixed lines': { file: FILE, code: `${CP}const b = cp.spawn('node', ['build.js']);\nb.on('close', done);` },
}, {
  // A line per file of a folder, in a loop: can grow.
  'node running a script of the project that prints in a loop': { file: FILE, code: `${CP}const c = cp.spawn('node', ['list.js']);`, errors: [[2, 11, NEVER('stdout and stderr', 'node')]] },
  // set -e -x traces every command on stderr.
  'sh running a script of the project that traces its commands': { file: FILE, code: `${CP}const c = cp.spawn('sh', ['trace.sh']);`, errors: [[2, 11, NEVER('stdout and stderr', 'sh')]] },
  // A script that is not in the tree stays as it was.
  'python3 running a script that is not in the project': { file: FILE, code: `${CP}const path = require('path');\nconst c = cp.spawn('python3', [path.join(__dirname, 'missing.py')]);\nc.stderr.resume();`, errors: [[3, 11, NEVER('stdout', 'python3')]] },
}, 'POP102-scripts', 'POP102 project scripts');
