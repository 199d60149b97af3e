import { runTable } from './python-rules-table.js';

/**
 * Issue 11: a child that runs one of the project's own scripts (`python server.py`, `sh deploy.sh`,
 * a path joined from `os.path.dirname(__file__)`) is judged from the script's text
 * (src/knowledge/project-scripts.ts, script-judge.ts), not from the interpreter's name: a few fixed
 * lines, logging to a file, no loop that writes, no other program started -> a few lines, and a
 * finding that rests only on volume goes away (blind audit 30: electron_with_python's PyServer.py,
 * Multiverse-NodeWebHook's Deploy.sh). The scripts live in fixtures/script-projects/few-lines/.
 */
const FILE = 'fixtures/script-projects/few-lines/app.py';
const PY = (cmd: string) => `\`${cmd}\` runs a program whose output can grow`;
const NEVER = (cmd: string, program: string, tail: string) => `stdout pipe of subprocess.Popen() is never read (${PY(cmd)}): the pipe stays open: \`${program}\` blocks once it has written 64 KiB, and ${tail} at its next write once this script has exited`;
const PY_DIES = 'dies of `BrokenPipeError`';
const SH_DIES = 'is killed by SIGPIPE';
const SERVER = 'server.py (in this project) has 3 fixed writes, none in a loop, and starts no other program; its logging goes to a file (set up in log_setup.py)';

runTable('POP005', {
  invalid: [
    // Writes in a loop over its input: output that can grow, as the table says.
    { code: "import subprocess\np = subprocess.Popen(['python', 'report.py'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('python', 'python', PY_DIES)]] },
    // Prints data of unknown size (a whole JSON document).
    { code: "import subprocess\np = subprocess.Popen(['python3', 'dump.py'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('python3', 'python3', PY_DIES)]] },
    // Starts another program (make) that inherits its stdout.
    { code: "import subprocess\np = subprocess.Popen(['python', 'rebuild.py'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('python', 'python', PY_DIES)]] },
    // A shell script that runs `rsync -av` (a line per file), or traces its commands (set -x).
    { code: "import subprocess\np = subprocess.Popen(['sh', 'sync.sh'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('sh', 'sh', SH_DIES)]] },
    { code: "import subprocess\np = subprocess.Popen(['bash', 'trace.sh'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('bash', 'bash', SH_DIES)]] },
    // A script in the user's home (where the project is installed) whose loop prints a line a turn.
    { code: "import subprocess\np = subprocess.Popen(['/bin/bash', '-c', '~/.config/app/Packages/few-lines/each.sh'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, 'stdout/stderr pipe of subprocess.Popen() is never read (`each.sh` runs a script whose output can grow): the pipe stays open: `each.sh` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited']] },
    // A script not in the tree stays as it was.
    { code: "import subprocess\np = subprocess.Popen(['python', 'missing.py'], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('python', 'python', PY_DIES)]] },
    // The same quiet server run from a file outside its project: not found, not judged.
    { code: "import subprocess\np = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\n", evidence: 'grows', errors: [[2, 5, NEVER('python', 'python', PY_DIES)]] },
    // A path from this file's folder to a script that writes in a loop.
    { code: "import os, subprocess\np = subprocess.Popen(['python3', os.path.join(os.path.dirname(__file__), 'report.py')], stdout=subprocess.PIPE)\n", file: FILE, evidence: 'grows', errors: [[2, 5, NEVER('python3', 'python3', PY_DIES)]] },
  ],
  valid: [
    // Two fixed prints and an exception's message; its requests logged to a file (audit 30: electron_with_python start_PyServer.py).
    { code: "import subprocess\np1 = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\n", file: FILE },
    { code: "import subprocess\np = subprocess.Popen(['python3', '-u', 'server.py', '4242'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", file: FILE },
    // Named by a path from this file's folder, directly or through a name.
    { code: "import os, subprocess\np = subprocess.Popen(['python3', os.path.join(os.path.dirname(__file__), 'server.py')], stdout=subprocess.PIPE)\n", file: FILE },
    { code: "import os, subprocess\nhere = os.path.dirname(os.path.abspath(__file__))\np = subprocess.Popen(['python3', os.path.join(here, 'server.py')], stdout=subprocess.PIPE)\n", file: FILE },
    // A 4-line deploy script (cd, killall, echo), run by sh or by its path through a shell.
    { code: "import subprocess\nsubprocess.Popen(['sh', 'deploy.sh'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", file: FILE },
    { code: "import subprocess\nsubprocess.Popen('./deploy.sh', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", file: FILE },
    // A loop whose commands print nothing (captured, or acting on the display), one word at the end,
    // run from the user's home (audit 37: Prefixw.py runs prefixw.sh, xdotool in a loop).
    { code: "import subprocess\nsubprocess.Popen(['/bin/bash', '-c', '~/.config/app/Packages/few-lines/rename.sh'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", file: FILE },
  ],
}, 'POP005-scripts', 'POP005 project scripts');

// The judgement in the message: POP008 lists every fire-and-forget os.popen, its command's evidence said.
runTable('POP008', {
  invalid: [
    { code: "import os\nos.popen('python server.py')\n", file: FILE, errors: [[2, 1, `os.popen() used to fire and forget (\`python server.py\` prints at most a few lines: ${SERVER}): nothing breaks, but its exit status and errors are lost`]] },
    { code: "import os\nos.popen('sh /opt/few-lines/deploy.sh')\n", file: FILE, errors: [[2, 1, 'os.popen() used to fire and forget (`sh /opt/few-lines/deploy.sh` prints at most a few lines: deploy.sh (in this project) runs no loop, and only commands that print a few lines at most): nothing breaks, but its exit status and errors are lost']] },
    { code: "import os\nos.popen('~/.config/app/few-lines/rename.sh')\n", file: FILE, errors: [[2, 1, 'os.popen() used to fire and forget (`~/.config/app/few-lines/rename.sh` prints at most a few lines: rename.sh (in this project) runs only commands that print a few lines at most, and in its loops only commands that print nothing): nothing breaks, but its exit status and errors are lost']] },
    { code: "import os\nos.popen('ruby greet.rb')\n", file: FILE, errors: [[2, 1, 'os.popen() used to fire and forget (`ruby greet.rb` prints at most a few lines: greet.rb (in this project) has one fixed write, none in a loop, and starts no other program): nothing breaks, but its exit status and errors are lost']] },
  ],
  valid: [],
}, 'POP008-scripts', 'POP008 project scripts');
