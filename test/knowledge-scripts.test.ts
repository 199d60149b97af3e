import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyShell } from '../src/knowledge/commands.js';
import { judgeNode, judgePython, judgeRubyPerl, judgeShell } from '../src/knowledge/script-judge.js';

// How a script of the project is judged from its text (src/knowledge/script-judge.ts): a few lines,
// or why its output can grow. The rule tables (python-rules-scripts, js-rules-scripts) run them through a fixture project.

const PYTHON: [string, string, string | number][] = [
  ['fixed prints', "print('start')\nprint('listening on {}'.format(addr))\n", 2],
  ['Python 2 print statement', "print 'done'\n", 1],
  ["an exception's message", "try:\n    run()\nexcept OSError as e:\n    print(e)\n", 1],
  ['a print in a loop', "for row in rows:\n    print('row')\n", 'it writes in a loop'],
  ['a loop on one line', "for row in rows: print('row')\n", 'it writes in a loop'],
  ['data of unknown size', 'print(rows)\n', 'it prints data of unknown size'],
  ['a literal repeated', "import sys\nsys.stdout.write('x' * 300000)\n", 'it prints data of unknown size'],
  ['a joined list', "print(', '.join(names))\n", 'it prints data of unknown size'],
  ['a program started', "import subprocess\nprint('x')\nsubprocess.call(['make'])\n", 'it starts other programs'],
  ['a method that prints', "class S:\n    def handle(self):\n        print('request')\n", 'a method or nested function writes, once per call'],
  ['a function called in a loop', "def show():\n    print('x')\nwhile True:\n    show()\n", '`show()` writes and is called in a loop'],
  ['logging to a file, per request', "import logging\nlogging.basicConfig(filename='app.log')\nlog = logging.getLogger()\nclass S:\n    def handle(self, r):\n        log.info('request %s', r)\n", 0],
  ['logging to a stream, per request', "import logging\nlog = logging.getLogger()\nclass S:\n    def handle(self, r):\n        log.info('request %s', r)\n", 'a method or nested function writes, once per call'],
  ['os.write in a loop (hazard case: 1 MiB of random bytes)', "import os\nfor i in range(64):\n    os.write(1, os.urandom(16384))\n", 'it writes to its streams through a file descriptor or a raw buffer'],
  ['a raw buffer', "import sys\nsys.stdout.buffer.write(data)\n", 'it writes to its streams through a file descriptor or a raw buffer'],
  ['a print in a docstring or a comment', '"""print(rows) in a loop"""\n# for r in rows: print(r)\n', 0],
];

for (const [name, code, want] of PYTHON) {
  test(`script judge, Python: ${name}`, () => {
    const got = judgePython(code, []);
    assert.deepEqual(got.few ? got.writes : got.why, want);
  });
}

test('script judge, Python: logging set up to a file in a project module it imports', () => {
  const got = judgePython("from log_setup import file_logger\nclass S:\n    def __init__(self):\n        self.log = file_logger('s')\n    def handle(self, r):\n        self.log.error('bad %s', r)\n", [{ name: 'log_setup.py', text: "import logging\ndef file_logger(n):\n    l = logging.getLogger(n)\n    l.addHandler(logging.FileHandler('x.log'))\n    return l\n" }]);
  assert.deepEqual(got, { few: true, writes: 0, notes: ['its logging goes to a file (set up in log_setup.py)'] });
  assert.deepEqual(judgePython('import tools\n', [{ name: 'tools.py', text: 'import subprocess\n' }]), { few: false, why: 'tools.py (which it imports) starts other programs' });
});

const SHELL: [string, string, string | number][] = [
  ['a deploy script', '#!/bin/sh\ncd /srv/app\nkillall -q app\necho "Done!"\n', 1],
  ['set -x', '#!/bin/sh\nset -ex\necho hi\n', 'it traces its commands (set -x)'],
  ['a traced shebang', '#!/bin/bash -x\necho hi\n', 'it traces its commands (set -x)'],
  ['a loop of quiet commands', 'for f in *.log; do\n  gzip "$f"\ndone\n', 0],
  ['a loop that prints', 'for f in *.log; do\n  echo "$f"\ndone\necho end\n', 'it runs `echo` in a loop'],
  ['a loop that runs an unlisted program', 'for f in *.log; do gzip "$f"; mytool "$f"; done\n', 'it runs `mytool` in a loop'],
  ['a loop that sends its output away', 'for f in *.log; do mytool "$f" >/dev/null 2>&1; done\n', 0],
  ['a loop whose condition prints', 'while ls /tmp/lock; do\n  sleep 1\ndone\n', 'it runs `ls` in a loop'],
  ['an unreadable script', 'echo "unterminated\n', 'the command line could not be read'],
  ['an unreadable loop', 'for f in *; do echo "x\ndone\n', 'it runs commands in a loop'],
  ['a loop that captures what it runs', 'for id in $(xdotool search x); do\n  t=$(xdotool getwindowname $id)\n  let "n=2"\n  xdotool set_window --name "$t" "$id"\ndone\necho done\n', 1],
  ['a command that lists every file', 'rsync -av src/ dst/\n', '`rsync -av` lists every file'],
];

for (const [name, code, want] of SHELL) {
  test(`script judge, shell: ${name}`, () => {
    const got = judgeShell(code, classifyShell);
    assert.deepEqual(got.few ? got.writes : got.why.replace(/ and .*/, ''), want);
  });
}

const NODE: [string, string, string | number][] = [
  ['fixed lines', "console.log('building');\nconsole.log(`built ${name}`);\n", 2],
  ['a write per file', "for (const f of fs.readdirSync('.')) console.log('file');\n", 'it may write in a loop or per event'],
  ['data', 'console.log(JSON.stringify(stats));\n', 'it prints data of unknown size'],
  ['a file descriptor', "const fs = require('fs');\nfs.writeSync(1, Buffer.alloc(1 << 20));\n", 'it writes to its streams through a file descriptor or a pipe'],
  ['a stream piped out', "fs.createReadStream(file).pipe(process.stdout);\n", 'it writes to its streams through a file descriptor or a pipe'],
  ['a child process', "require('child_process').execSync('make', { stdio: 'inherit' });\n", 'it starts other programs'],
];

for (const [name, code, want] of NODE) {
  test(`script judge, Node: ${name}`, () => {
    const got = judgeNode(code, []);
    assert.deepEqual(got.few ? got.writes : got.why, want);
  });
}

test('script judge, Ruby and Perl: fixed lines, a loop, a program started', () => {
  assert.deepEqual(judgeRubyPerl('puts "hello"\n'), { few: true, writes: 1, notes: [] });
  assert.deepEqual(judgeRubyPerl('rows.each do |r|\n  puts "row"\nend\n'), { few: false, why: 'it may write in a loop' });
  assert.deepEqual(judgeRubyPerl('system("make")\n'), { few: false, why: 'it starts other programs' });
});

test('script judge, Python: a run handed to a library that writes on its own', () => {
  // manage.py, setup.py, a Flask app, a tool's entry point: what they print is the library's.
  assert.deepEqual(judgePython('from django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n', []), { few: false, why: 'it runs `django`, which writes on its own' });
  assert.deepEqual(judgePython("from setuptools import setup\nsetup(name='x')\n", []), { few: false, why: 'it runs `setuptools`, which writes on its own' });
  assert.deepEqual(judgePython("from flask import Flask\napp = Flask(__name__)\nprint('starting')\napp.run()\n", []), { few: false, why: 'it runs `flask`, which writes on its own' });
  assert.deepEqual(judgePython('from black import main\nmain()\n', []), { few: false, why: 'it hands its run to `black`' });
  assert.deepEqual(judgePython('import mytool\nmytool.cli()\n', []), { few: false, why: 'it hands its run to `mytool`' });
  // ... but a project module's function, or a library object's method, is not a hand-off.
  assert.deepEqual(judgePython("from tools import main\nmain()\n", [{ name: 'tools.py', text: "def main():\n    pass\n", module: 'tools' }]), { few: true, writes: 0, notes: [] });
  assert.deepEqual(judgePython("import zerorpc\nserver = zerorpc.Server(obj)\nprint('listening')\nserver.run()\n", []), { few: true, writes: 1, notes: [] });
});
