import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseRequiresPython } from '../src/knowledge/targets.js';
import type { Evidence } from '../src/knowledge/evidence.js';
import { lint } from './helpers.js';
import { renderFindings, SnapshotFile, SNAPSHOTS } from './snapshot.js';
import { assertMetamorphic } from './metamorphic.js';

/**
 * Valid and invalid cases per rule, as data (the ESLint RuleTester shape). An invalid case
 * gives the number of findings (one unless `lines` lists them); its line, column, end, message
 * and every fix's edit are pinned by its entry in test/snapshots/rules/<RULE>.snap, so a fix
 * that no case checks fails the test (as a fix missing from RuleTester's `output` does).
 */
interface Case {
  code: string;
  /** Expected finding lines for the rule under test; omitted = exactly one finding. */
  lines?: number[];
  /** Every finding of the rule: [line, column, message], in order. */
  errors?: [number, number, string][];
  /** 'py2', 'py3' (the default, 3.10+), or a requires-python range such as '>=2.7'. */
  target?: string;
  /** What every finding of the case rests on (knowledge/evidence.ts); the snapshot pins it too. */
  evidence?: Evidence;
}

const tables: Record<string, { valid: (string | Case)[]; invalid: (string | Case)[] }> = {
  POP001: {
    invalid: [
      // Fixes per target (the snapshot pins them): no subprocess.run before 3.5; on Python 2 a devnull handle in
      // scope is reused and the background form is offered (pclose would wait for the command)
      { code: "import os\nos.popen('python job.py')\n", target: ">=3.4", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.6–3.9 the pipe is closed at once: `python` dies of `BrokenPipeError` at its next write; on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      { code: "import os\nDN = open(os.devnull, 'w')\nos.popen('make -C %s' % d)\n", target: "py2", errors: [[3, 1, "output pipe of os.popen() is dropped (`make` builds, installs or runs other programs: both streams can grow): on Python 2.7 the pipe is closed at once: `make` gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write"]] },
      // Shape 9: small shapes
      { code: "import os\nos.popen('python job.py').read\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      { code: "import os\n[os.popen('python %s' % c) for c in scripts]\n", errors: [[2, 2, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      { code: "import os, threading\nthreading.Thread(target=os.popen, args=('python job.py',)).start()\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      // Output that can grow: reported, with what happens on the target
      { code: "import os\ncmd = 'python test.py'\nos.popen(cmd)\n", errors: [[3, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      { code: "import os\nos.popen('tar czvf /tmp/b.tgz /srv')\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`tar czvf` lists every file): on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import os\nos.popen('tar czvf /tmp/b.tgz /srv')\n", target: ">=2.7", errors: [[2, 1, "output pipe of os.popen() is dropped (`tar czvf` lists every file): on Python 2.7 the pipe is closed at once: `tar` gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write; on Python 3.6–3.9 the pipe is closed at once: `tar` is killed by SIGPIPE at its next write; on Python 3.10+ the pipe stays open: `tar` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import os\ndef f():\n    os.popen('python worker.py')\n", target: ">=3.6,<3.10", errors: [[3, 5, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.6–3.9 the pipe is closed at once: `python` dies of `BrokenPipeError` at its next write"]] },
      { code: "import os\nos.popen('sleep 1 & python worker.py')\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      { code: "import os\nos.popen('make').close()\n", errors: [[2, 1, "output pipe of os.popen() is closed unread (`make` builds, installs or runs other programs: both streams can grow): `make` is killed by SIGPIPE at its next write"]] },
      { code: "import os\nwith os.popen('rsync -av a b'):\n    pass\n", errors: [[2, 6, "output pipe of os.popen() is closed unread (`rsync -av` lists every file): `rsync` is killed by SIGPIPE at its next write"]] },
      { code: "import os\nos.popen('iptables -L -n')\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`iptables -L` lists the rules): on Python 3.10+ the pipe stays open: `iptables` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import os\nos.popen(cmd + ' 2>/dev/null')\n", errors: [[2, 1, "output pipe of os.popen() is dropped (the command is not known statically): on Python 3.10+ the pipe stays open: the command blocks once it has written 64 KiB, and is killed by SIGPIPE (a Python child: `BrokenPipeError`) at its next write once this script has exited"]] },
      // A bounded command whose exit status is read: close() may see SIGPIPE's status
      { code: "import os\nrc = os.popen('git rev-parse --git-dir').close()\n", errors: [[2, 6, "output pipe of os.popen() is closed unread (`git rev-parse` prints a line or a few): the pipe may close before `git` writes: it is killed by SIGPIPE and the exit status says so instead of its own"]] },
      "import os\nos.popen('python test.py')\n",
      // The article, Python 2 print statements included.
      "import os\nimport time\nif __name__ == '__main__':\n    cmd = 'python test.py'\n    os.popen(cmd)\n    print 'end****{}s'.format(1)\n",
      "import os as o\no.popen('ls')\n",
      "from os import popen\npopen('ls')\n",
      "from os import popen as run\nrun('ls')\n",
      "from os import *\npopen('ls')\n",
      "import platform\nplatform.popen('ls')\n",
      "import os\n_ = os.popen('ls')\n",
      "import os\nwith os.popen('ls'):\n    pass\n",
      "import os\nos.popen('ls').close()\n",
      "import os\nrc = os.popen('make').close()\n",
      "import os\n(os.popen)('ls')\n",
      "import os\nos.popen('ls', 'r')\n",
      "import os\nos.popen(cmd='ls')\n",
      // Backgrounded: the background job keeps the pipe as its stdout.
      "import os\nos.popen('nohup job.sh &')\n",
      // Only the last command is redirected.
      "import os\nos.popen('make; make install >/dev/null')\n",
      "import os\nos.popen('make && make install >/dev/null')\n",
      // stderr sent into the pipe after stdout went elsewhere... still writes to it.
      "import os\nos.popen('make 2>&1 >/dev/null')\n",
      "import os\nos.popen(cmd)\n",
      "import os\ndef f(cmd):\n    os.popen(cmd)\n",
      // A try-import fallback is not a rebinding.
      "try:\n    import os\nexcept ImportError:\n    os = None\nos.popen('ls')\n",
      // Error-tolerant: a syntax error in one function does not hide the other.
      { code: "import os\ndef broken(:\n    pass\ndef ok():\n    os.popen('ls')\n", lines: [5] },
      { code: "import os\nos.popen('a')\nif x: os.popen('b')\na = 1; os.popen('c'); b = 2\n", lines: [2, 3, 4] },
      "import os\nos.popen(f'python {script}')\n",
      "import os\nos.popen('python ' + script)\n",
      "import os\nclass K:\n    def run(self):\n        os.popen('ls')\n",
      "import os\nexec 'x = 1'\nprint >>f, 'x'\nos.popen('ls')\n",
      // A wrapper of a wrapper that drops the pipe: reported where the growing command is passed
      { code: "import os\ndef exec_bash(command):\n    os.popen(command)\ndef bash(c):\n    exec_bash(c)\nbash('iptables -F')\nbash('rsync -av a b')\n", errors: [[7,1,"output pipe of os.popen() in exec_bash() through bash() (defined in this module): the pipe is dropped (`rsync -av` lists every file): on Python 3.10+ the pipe stays open: `rsync` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      // sys.executable filling a template field: the running interpreter, a program whose output can grow
      { code: "import os, sys\nos.popen('{} worker.py {}'.format(sys.executable, 5))\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      // sys.executable concatenated with a script: the same (the rule's reproduction)
      { code: "import os, sys\nos.popen(sys.executable + ' child.py')\n", errors: [[2, 1, "output pipe of os.popen() is dropped (`python` runs a program whose output can grow): on Python 3.10+ the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
    ],
    valid: [
      // Shape 9: read in a comprehension, a quiet thread target
      { code: "import os\nout = [os.popen('ls %s' % d).read() for d in dirs]\n" },
      { code: "import os, threading\nthreading.Thread(target=os.popen, args=('kill 1',)).start()\n" },
      // Quiet commands: nothing can break (POP008 lists them)
      { code: "import os\nos.popen('iptables -A INPUT -s %s -j DROP' % ip)\n" },
      { code: "import os\nos.popen('sudo ifconfig %s up' % iface)\n" },
      { code: "import os\nos.popen('ip link set wlan0 down 2>/dev/null')\n" },
      { code: "import os\nos.popen('mkfifo /tmp/f; kill -9 %d' % pid)\n" },
      { code: "import os\nos.popen('git rev-parse --git-dir').close()\n" },
      { code: "import os\nos.popen('dot -V')\n" },
      { code: "import os\nos.popen('echo %s' % x)\n" },
      { code: "import os\nos.popen('sudo cp a b')\n" },
      "import os\nout = os.popen('ls').read()\n",
      "import os\nfor line in os.popen('ls'):\n    print(line)\n",
      "import os\nwith os.popen('ls') as p:\n    print(p.read())\n",
      "import os\nprint os.popen('ls').read()\n",
      "import os\nreturn_value = os.popen('ls')\n",
      "import os\ndef f():\n    return os.popen('ls')\n",
      "import os\nhandles.append(os.popen('ls'))\n",
      "import os\nos.popen('mail root', 'w')\n",
      "import os\nos.popen('mail root', mode='w')\n",
      "import os\nos.popen('python test.py >/dev/null')\n",
      "import os\nos.popen('python test.py >/dev/null 2>&1')\n",
      "import os\nos.popen('python test.py > out.log 2>&1 &')\n",
      "import os\nos.popen('nohup job.sh >/dev/null 2>&1 &')\n",
      "import os\nos.popen('{ make; make install; } >/dev/null')\n",
      "import os\nos.popen('make | tee log >/dev/null')\n",
      "import os\nos.popen('%s >/dev/null 2>&1' % cmd)\n",
      "import os\nos.popen('{} > /dev/null'.format(cmd))\n",
      "import os\nos.popen(f'{cmd} &>/dev/null')\n",
      "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n",
      "import os\nos.popen('exit 42').close()\n",
      "import os\nos.popen('rm -f /tmp/x')\n",
      // Not the os module.
      "def f(h):\n    os = RemoteShell(h)\n    os.popen('ls')\n",
      "class K:\n    def popen(self, c): pass\n    def g(self):\n        self.popen('ls')\n",
      "popen('ls')\n",
      "from . import os\nos.popen('ls')\n",
      "import os\ndef f(os):\n    os.popen('ls')\n",
      "import os\n# os.popen('ls')\ns = \"os.popen('ls')\"\n",
      "import os\nwith self.assertRaises(OSError):\n    os.popen('ls')\n",
      "import os\ndef exec_bash(command):\n    os.popen(command)\ndef bash(c):\n    exec_bash(c)\nbash('iptables -F')\nbash('ifconfig wlan0 up')\nexec_bash('kill 1')\n",
    ],
  },
  POP002: {
    invalid: [
      { code: "import os\np = os.popen('make')\np.close()\n", errors: [[2, 5, "output pipe of os.popen() bound to `p` is never read (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      { code: "import os\np = os.popen('which dot')\nif p.close():\n    pass\n", errors: [[2, 5, "output pipe of os.popen() bound to `p` is never read (`which` prints a few lines): the pipe may close before `which` writes: it is killed by SIGPIPE and the exit status says so instead of its own"]] },
      { code: "import os\np = os.popen('airodump-ng wlan0mon')\n", target: ">=2.7", errors: [[2, 5, "output pipe of os.popen() bound to `p` is never read (`airodump-ng` writes until it is stopped): on Python 2.7 `airodump-ng` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the handle is closed; on Python 3.6–3.9, 3.10+ `airodump-ng` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      "import os\np = os.popen('make')\n",
      "import os\nwith os.popen('make') as f:\n    pass\n",
      "import os\ndef f():\n    p = os.popen('make')\n    if p:\n        p.close()\n",
      "from os import popen\np = popen('make')\ndel p\n",
      // shape 5: stored on an attribute or in a container that nothing in the module reads (only closed)
      { code: "import os\np = os.popen('make')\nself.handle = p\n", errors: [[2, 5, "output pipe of os.popen() bound to `p` is never read (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      { code: "import os\np = os.popen('make')\nhandles = [p]\n", errors: [[2, 5, "output pipe of os.popen() bound to `p` is never read (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      { code: "import os\nself.p = os.popen('make')\n", errors: [[2, 10, "output pipe of os.popen() stored in `self.p` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      { code: "import os\nhandles = []\nhandles.append(os.popen('make'))\nfor h in handles:\n    h.close()\n", errors: [[3, 16, "output pipe of os.popen() stored in `handles` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
      { code: "import os\njobs = {'all': os.popen('make all')}\n", errors: [[2, 16, "output pipe of os.popen() stored in `jobs` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once the handle is closed"]] },
    ],
    valid: [
      { code: "import os\np = os.popen('mkdir -p /tmp/x')\np.close()\n" },
      { code: "import os\np = os.popen('iptables -F')\n" },
      { code: "import os\np = os.popen('git --version')\np.close()\n" },
      "import os\np = os.popen('make')\nprint(p.read())\n",
      "import os\np = os.popen('make')\nfor line in p:\n    print(line)\n",
      "import os\ndef f():\n    p = os.popen('make')\n    return p\n",
      "import os\ndef f():\n    p = os.popen('make')\n    yield p\n",
      "import os\np = os.popen('make')\nconsume(p)\n",
      // shape 5: an attribute or container read or handed on somewhere in the module
      { code: "import os\nclass Build:\n    def start(self):\n        self.log = os.popen('make')\n    def output(self):\n        return self.log.read()\n" },
      { code: "import os\nhandles = [os.popen('make'), os.popen('make install')]\nfor h in handles:\n    print(h.read())\n" },
      { code: "import os\njobs = {}\njobs['a'] = os.popen('make')\nconsume(jobs)\n" },
      { code: "import os\np = os.popen('make')\nhandles = [p]\nfor h in handles:\n    print(h.read())\n" },
      // an object standing in for a process: its users read `.stdout` through the object
      { code: "import os\nclass FakePopen:\n    def __init__(self, cmd):\n        self.stdout = os.popen(cmd)\n" },
      { code: "import os\np = os.popen('make')\nself.handle = p\ndef log(self):\n    return self.handle.read()\n" },
      "import os\np = os.popen('make', 'w')\np.write('x')\np.close()\n",
      "import os\np = os.popen('make >/dev/null')\np.close()\n",
      "import os\np = os.popen('make')\ndef later():\n    return p.read()\n",
    ],
  },
  POP003: {
    invalid: [
      // Python 2.7: the child inherits SIGPIPE ignored, so its write fails with EPIPE; a range spanning 2.7 and 3 says both
      { code: "import os\nv = os.popen('git log').readline()\n", target: "py2", errors: [[2, 5, "only part of os.popen() output is read (`readline()`; `git` can print a lot): the command gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the pipe is closed"]] },
      { code: "import os\nv = os.popen('git log').readline()\n", target: ">=2.7", errors: [[2, 5, "only part of os.popen() output is read (`readline()`; `git` can print a lot): on Python 2.7 the command gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the pipe is closed; on Python 3 the command dies of a broken pipe (SIGPIPE, or BrokenPipeError in a Python child) at its next write once the pipe is closed"]] },
      { code: "import os\nv = os.popen('git log').readline()\n", errors: [[2, 5, "only part of os.popen() output is read (`readline()`; `git` can print a lot): the command dies of a broken pipe (SIGPIPE, or BrokenPipeError in a Python child) at its next write once the pipe is closed"]] },
      { code: "import os\np = os.popen('python gen.py')\nfirst = p.readline()\np.close()\n", errors: [[2, 5, "only part of os.popen() output is read (`readline()`; `python` runs a program whose output can grow): the command dies of a broken pipe (SIGPIPE, or BrokenPipeError in a Python child) at its next write once the pipe is closed"]] },
      "import os\nv = os.popen('dd if=/dev/zero').read(10)\n",
      // readlines(hint) stops after about that many bytes
      "import os\nhead = os.popen('python gen.py').readlines(8192)\n",
      "import os\nv = next(os.popen('ls'))\n",
      "import os\np = os.popen('git log')\nfirst = p.readline()\np.close()\n",
    ],
    valid: [
      { code: "import os\nv = os.popen('hostname').readline()\n" },
      // A quiet command: nothing is cut off (POP008 lists a dropped one)
      { code: "import os\nv = os.popen('iptables -A INPUT -j DROP').readline()\n" },
      { code: "import os\nv = os.popen('git rev-parse HEAD').readline()\n" },
      "import os\nv = os.popen('make --version').read()\n",
      // A version banner is in the pipe before readline() returns: nothing is cut off.
      "import os\nv = os.popen('make --version').readline()\n",
      "import os\np = os.popen('git log')\nfirst = p.readline()\nrest = p.read()\n",
      "import os\np = os.popen('git log')\nwhile True:\n    line = p.readline()\n    if not line:\n        break\n",
      "import os\nv = os.popen('hostname >/dev/null').readline()\n",
    ],
  },
  POP004: {
    invalid: [
      // Shape 9: Python 2 tuple forms with a read end never read
      { code: "import popen2\nr, w = popen2.popen2('make')\nw.write('x')\nw.close()\n", errors: [[2, 8, "the output pipe of popen2.popen2() unpacked into `r` is never read (`make` builds, installs or runs other programs: both streams can grow): on Python 2.7 `make` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the handle is closed"]] },
      { code: "import os\ni, o, e = os.popen3('python x.py')\nprint o.read()\n", errors: [[2, 11, "the output pipe of os.popen3() unpacked into `e` is never read (`python` runs a program whose output can grow): on Python 2.7 `python` blocks once it has written 64 KiB, and dies of `IOError: [Errno 32] Broken pipe` at its next write once the handle is closed"]] },
      { code: "import os\nos.popen3('make')\n", errors: [[2, 1, "pipes of os.popen3() are dropped (`make` builds, installs or runs other programs: both streams can grow): on Python 2.7 they are closed at once: `make` gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write"]] },
      { code: "import popen2\npopen2.popen4('python x.py')\n", errors: [[2, 1, "pipes of popen2.popen4() are dropped (`python` runs a program whose output can grow): on Python 2.7 they are closed at once: `python` dies of `IOError: [Errno 32] Broken pipe` at its next write"]] },
      // Piped into another program: that program's stdout is still the unread pipe
      { code: "import os\ndef graph(g):\n    w, r = os.popen2('dot -Tpng | display')\n    w.write(g)\n    w.close()\n", errors: [[3, 12, "the output pipe of os.popen2() unpacked into `r` is never read (`display` is not known to be quiet: its output can grow): on Python 2.7 `display` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the handle is closed"]] },
      // Only stdout redirected: popen3's stderr end is still a pipe nobody reads
      { code: "import os\ndef build(g, out):\n    i, o, e = os.popen3('make > %s' % out)\n    i.write(g)\n    i.close()\n", errors: [[3, 15, "the output pipe of os.popen3() unpacked into `e` is never read (the output of `make` is redirected): on Python 2.7 `make` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the handle is closed"]] },
      { code: "import os\nos.popen2(['tcpdump', '-i', 'eth0'])\n", errors: [[2, 1, "pipes of os.popen2() are dropped (`tcpdump` prints a line per captured packet until it is stopped): on Python 2.7 they are closed at once: `tcpdump` gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write"]] },
      "import os\nos.popen2('make')\n",
      "import os\n_ = os.popen4('make')\n",
      "import popen2\npopen2.popen3('make')\n",
      "import popen2\npopen2.Popen3('make')\n",
      "from popen2 import Popen4\nPopen4('make')\n",
      "import os\nos.popen3(['make', 'install'])\n",
    ],
    valid: [
      { code: "import popen2\nr, w = popen2.popen2('make')\nprint r.read()\n" },
      { code: "import popen2\nr, w = popen2.popen2('kill 1')\nw.close()\n" },
      { code: "import os\ni, o, e = os.popen3('kill 1')\n" },
      { code: "import os\nos.popen3('kill 1')\n" },
      { code: "import os\nos.popen2('iptables -A INPUT -j DROP')\n" },
      { code: "import os\nos.popen3(['rm', '-f', path])\n" },
      "import os\ni, o = os.popen2('make')\nprint o.read()\n",
      "import os\nos.popen3('make >/dev/null 2>&1')\n",
      // Kept and waited on: not dropped.
      "import popen2\nchild = popen2.Popen3('make')\nchild.wait()\n",
      "import os\nos.popen2('make >/dev/null')\n",
      // The command line sends its own stdout (and stderr) to a file: the unread read ends get nothing
      "import os\ndef graph(g, out):\n    w, r = os.popen2('dot -Tpng > %s' % out)\n    w.write(g)\n    w.close()\n",
      "import os\ndef graph(g, out):\n    cmd = 'dot -Tpng >%s 2>&1' % out\n    i, o, e = os.popen3(cmd)\n    i.write(g)\n    i.close()\n",
    ],
  },
  POP005: {
    invalid: [
      // Resting only on a program the table does not list (reported at --evidence possible, as warnings).
      { code: "import subprocess\ndef stop(vmx):\n    subprocess.call(['vmrun', 'stop', vmx, 'hard'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", evidence: 'unlisted-program' },
      { code: "import subprocess\ndef sign(exe):\n    p = subprocess.Popen(['osslsigncode', 'sign', '-in', exe, '-out', exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    out, err = p.communicate()\n    return 'succeeded' in out\n", evidence: 'unlisted-program' },
      { code: "import subprocess\ndef version(cmd):\n    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:\n        err = proc.stderr.read()\n        out = proc.stdout.read()\n    return out or err\nversion(['rsync', '--version'])\nversion(['encfs'])\n", evidence: 'unlisted-program' },
      // The program is a name bound to strings a few lines up: every one names powershell.exe (its directory differs)
      { code: "import os, subprocess\ndef toast(path):\n    exe = r'{}\\System32\\powershell.exe'.format(os.environ['SystemRoot'])\n    if not os.path.exists(exe):\n        exe = 'powershell.exe'\n    subprocess.Popen([exe, '-File', path], stdout=subprocess.PIPE)\n", errors: [[6, 5, "stdout pipe of subprocess.Popen() is never read (`powershell.exe` runs a program whose output can grow): the pipe stays open: `powershell.exe` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      // Names bound to different programs: not known
      { code: "import subprocess\ndef stop(pid, loud):\n    exe = 'kill'\n    if loud:\n        exe = 'tcpdump'\n    subprocess.Popen([exe, str(pid)], stdout=subprocess.PIPE)\n", errors: [[6, 5, "stdout pipe of subprocess.Popen() is never read (`tcpdump` prints a line per captured packet until it is stopped): the pipe stays open: `tcpdump` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      // A launcher hands the pipes to the program it starts, which lives on and writes its warnings on stderr
      { code: "import subprocess\ndef show(folder):\n    subprocess.Popen(['xdg-open', folder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", errors: [[3, 5, "stderr pipe of subprocess.Popen() is never read (`xdg-open` starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs): the pipe stays open: the program `xdg-open` starts blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      { code: "import subprocess\ndef show(url):\n    subprocess.Popen('gio open \"%s\"' % url, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n", errors: [[3, 5, "stdout pipe of subprocess.Popen() is never read (`gio open` starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs): the pipe stays open: the program `gio` starts blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      // Shape 9: del before any read
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\ndel p\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is never read (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      // Shape 1: wait() (or a poll loop) before the first drain
      { code: "import subprocess\np = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\np.wait()\nout = p.stdout.read()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before wait() (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(cmd, stdout=subprocess.PIPE)\np.wait()\nfor line in p.communicate()[0].split('\\n'):\n    pass\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before wait() (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(cmd, stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    time.sleep(1)\nout = p.stdout.read()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before the poll loop (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(['python', 'run.py'], stdout=subprocess.PIPE)\nwhile p.returncode is None:\n    p.poll()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before the poll loop (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 1 through a hand-off: the child's pid waited for (os.waitpid, psutil.Process(pid).wait with a
      // timeout), the handle passed to a function or method of the module that only waits or polls; psutil.Popen
      { code: "import subprocess\nfrom psutil import Process, TimeoutExpired\ndef wait_done(proc, limit):\n    try:\n        Process(proc.pid).wait(limit)\n        return True\n    except TimeoutExpired:\n        proc.kill()\n        return False\ndef capture(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    if wait_done(p, 3):\n        return p.stdout.read()\n", errors: [[11, 9, "stdout pipe of subprocess.Popen() is not read before the wait in wait_done() (capture() runs its parameter `cmd`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it, until the wait times out: the output is lost and the child is left blocked"]] },
      { code: "import os, subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nos.waitpid(p.pid, 0)\nout = p.stdout.read()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before os.waitpid() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import psutil, subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nproc = psutil.Process(p.pid)\nproc.wait(timeout=30)\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before psutil.Process.wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it, until the wait times out: the output is lost and the child is left blocked"]] },
      { code: "import subprocess, time\nclass Runner:\n    def _settle(self, p):\n        while p.poll() is None:\n            time.sleep(0.1)\n    def run(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        self._settle(p)\n        return p.stdout.read()\n", errors: [[7, 13, "stdout pipe of subprocess.Popen() is not read before the wait in _settle() (run() runs its parameter `cmd`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\ntry:\n    p.wait(timeout=60)\nexcept subprocess.TimeoutExpired:\n    p.kill()\nout = p.stdout.read()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it, until the wait times out: the output is lost and the child is left blocked"]] },
      { code: "import psutil, subprocess\np = psutil.Popen(['make', 'all'], stdout=subprocess.PIPE)\np.wait()\n", errors: [[2, 5, "stdout pipe of psutil.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // call() and check_call() wait without reading: PIPE there is shape 1 (the Python docs warn); with a timeout they kill the child
      { code: "import subprocess\nrc = subprocess.call(['make'], stdout=subprocess.PIPE)\n", errors: [[2, 6, "stdout pipe of subprocess.call() is never read: call() waits for the command without reading it (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "from subprocess import check_call, PIPE, STDOUT\ncheck_call('make install', shell=True, stdout=PIPE, stderr=STDOUT, timeout=600)\n", errors: [[2, 1, "stdout pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it, until the timeout, when check_call() kills it, its work unfinished"]] },
      // check_call() with PIPE: nothing reads the pipe, so CalledProcessError carries no output; a handler that reads
      // it gets None (AttributeError for stdout/stderr before 3.5), whatever the command writes
      { code: "import subprocess\ndef load(module):\n    try:\n        subprocess.check_call('modprobe %s' % module, shell=True, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)\n    except subprocess.CalledProcessError as error:\n        raise RuntimeError(f'modprobe failed: {error.stderr}') from error\n", evidence: 'any-size', errors: [[4, 9, "stderr pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it, so `error.stderr`, which the `except subprocess.CalledProcessError` handler reads, is always None: the command's error text is lost, whatever its size"]] },
      { code: "import subprocess\ndef run(script):\n    try:\n        subprocess.check_call(script, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    except (OSError, subprocess.CalledProcessError) as e:\n        log.error('%s failed: %s', script, e.output)\n", evidence: 'any-size', errors: [[4, 9, "stdout pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it, so `e.output`, which the `except (OSError, subprocess.CalledProcessError)` handler reads, is always None: the command's error text is lost, whatever its size"]] },
      { code: "import subprocess\ntry:\n    subprocess.check_call(['kill', '-9', pid], stderr=subprocess.PIPE)\nexcept subprocess.CalledProcessError, e:\n    print e.stderr\n", target: "py2", errors: [[3, 5, "stderr pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it, so `e.stderr`, which the `except subprocess.CalledProcessError` handler reads, does not exist on Python 2.7 (CalledProcessError has no `stderr` before 3.5): reading it raises AttributeError: the command's error text is lost, whatever its size"]] },
      { code: "import subprocess\ntry:\n    subprocess.check_call(['kill', '-9', pid], stderr=subprocess.PIPE)\nexcept Exception as e:\n    print(e.stderr)\n", target: ">=2.7", errors: [[3, 5, "stderr pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it, so `e.stderr`, which the `except Exception` handler reads, is always None (on Python 2.7–3.4 CalledProcessError has no `stderr`: reading it raises AttributeError): the command's error text is lost, whatever its size"]] },
      // A command that fills the pipe as well: the deadlock, and the handler's loss; no devnull fix (the handler wants the text)
      { code: "import subprocess\ntry:\n    subprocess.check_call(['make'], stdout=subprocess.PIPE)\nexcept subprocess.CalledProcessError as e:\n    print(e.output)\n", errors: [[3, 5, "stdout pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock; and `e.output`, which the `except subprocess.CalledProcessError` handler reads, is always None"]] },
      // A name set to None before an optional import is that module where the code calls through it
      { code: "subprocess, import_error = None, None\ntry:\n    import subprocess\nexcept ImportError as e:\n    import_error = e\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n", errors: [[6, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 2: one pipe read to its end while the other fills
      { code: "import subprocess\np = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\nerr = p.stderr.read()\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read to its end (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\np.wait()\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read to its end (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nfor line in p.stdout:\n    print(line)\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read line by line until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape A: stdout read line by line while the child runs (a poll loop, iter(readline)), stderr only after
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile p.poll() is None:\n    line = p.stdout.readline()\nerr = p.stderr.read()\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read line by line in a loop that runs until the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock; should it exit first, the loop stops at once and the last lines of stdout, still in the pipe, are lost"]] },
      // A readline() loop guarded by poll()/returncode, the only read of the pipe: it stops at the exit, the last lines unread
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    line = p.stdout.readline()\n", evidence: 'any-size', errors: [[2, 5, "stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      // A loop that takes poll() before its readline() and stops once that poll saw the exit reads one more line after it; in a
      // generator the handle is handed to (audit 15: tito's run_subprocess()).
      { code: "import subprocess\np = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\nwhile True:\n    ret = p.poll()\n    line = p.stdout.readline()\n    if ret is not None:\n        break\n", evidence: 'any-size', errors: [[2, 5, "stdout pipe of subprocess.Popen() is read with readline() in a loop that stops once `ret = p.poll()` has seen the command exit: after the exit it reads one more line, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      { code: "import subprocess\n\ndef run_subprocess(p):\n    while True:\n        retcode = p.poll()\n        line = p.stdout.readline()\n        if len(line) > 0:\n            yield line\n        if retcode is not None:\n            break\n\ndef run_command_print(command):\n    p = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, shell=True)\n    output = []\n    for line in run_subprocess(p):\n        output.append(line)\n    status = p.poll()\n    return status, output\n", evidence: 'any-size', errors: [[13, 9, "stdout pipe of subprocess.Popen() is read with readline() by run_subprocess() in a loop that stops once `retcode = p.poll()` has seen the command exit: after the exit it reads one more line, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, '')`, or read the rest after the loop)"]] },
      // Read through a local alias of the stream, on a local handle or one kept on `self` (audit 15: system-config-printer).
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout = p.stdout\nwhile p.poll() is None:\n    print(out.readline())\n", evidence: 'any-size', errors: [[2, 5, "stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      { code: "import subprocess, time\nclass Installer:\n    def install(self, name):\n        self.p = subprocess.Popen(['install-printerdriver', name], stdout=subprocess.PIPE)\n        (stdout, stderr) = (self.p.stdout, self.p.stderr)\n        while self.p.poll() is None:\n            line = stdout.readline().strip()\n            if line == b'done':\n                break\n            self.files.append(line)\n            if not line:\n                time.sleep(0.1)\n    def cancel(self):\n        self.p.terminate()\n", evidence: 'any-size', errors: [[4, 18, "stdout pipe of subprocess.Popen() is read with readline() only while `self.p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(self.p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nwhile p.poll() is None:\n    line = p.stdout.readline()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      { code: "import subprocess\ndef scan(host):\n    results = []\n    proc = subprocess.Popen(['snmpwalk', host], stdout=subprocess.PIPE, universal_newlines=True)\n    while proc.returncode is None:\n        line = proc.stdout.readline()\n        if 'found' in line:\n            results.append(line)\n        proc.poll()\n    return results\n", errors: [[4, 12, "stdout pipe of subprocess.Popen() is read with readline() only while `proc.returncode is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(proc.stdout.readline, '')`, or read the rest after the loop)"]] },
      { code: "from subprocess import Popen, PIPE\ndef fetch(retry):\n    p = Popen(['svn', 'log'], stdout=PIPE)\n    while p.poll() is None:\n        print(p.stdout.readline())\n    if retry:\n        p = Popen(['svn', 'log', '-v'], stdout=PIPE)\n    while p.poll() is None:\n        print(p.stdout.readline())\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"], [7, 13, "stdout pipe of subprocess.Popen() is read with readline() only while `p.poll() is None`: the loop stops as soon as the command has exited, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, `for line in iter(p.stdout.readline, b'')`, or read the rest after the loop)"]] },
      { code: "from subprocess import Popen, PIPE\ndef crack(cmd):\n    p = Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE)\n    while (p.poll() == None):\n        out = p.stdout.readline()\n        if not out:\n            continue\n        print(out)\n", target: 'py2', errors: [[3, 9, "stderr pipe of subprocess.Popen() is not read while stdout is read line by line in a loop that runs until the command exits (crack() runs its parameter `cmd`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock; should it exit first, the loop stops at once and the last lines of stdout, still in the pipe, are lost"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nfor line in iter(p.stdout.readline, b''):\n    print(line)\nout, err = p.communicate()\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read line by line until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // ... on self, the read loop in a method the starting method calls round a poll loop
      { code: "import subprocess\nclass Scan:\n    def _read(self):\n        for line in iter(self.proc.stdout.readline, ''):\n            self.out += line\n    def run(self, cmd):\n        self.out = ''\n        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)\n        while self.proc.poll() is None:\n            self._read()\n        self.err = self.proc.stderr.read()\n", errors: [[8, 21, "stderr pipe of subprocess.Popen() stored in `self.proc` is not read while stdout is read line by line by self._read() until it ends, which comes only when the command exits (run() runs its parameter `cmd`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nclass Scan:\n    def _line(self):\n        return self.proc.stdout.readline()\n    def run(self):\n        self.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        while True:\n            if not self._line():\n                break\n        return self.proc.communicate()[1]\n", errors: [[6, 21, "stderr pipe of subprocess.Popen() stored in `self.proc` is not read while stdout is read line by line by self._line() until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape C: a capture left unread during a pause, then ended and read: the output read stops at 64 KiB
      { code: "import subprocess, time\ndef capture(iface, secs):\n    p = subprocess.Popen(['tcpdump', '-l', '-i', iface], stdout=subprocess.PIPE)\n    time.sleep(secs)\n    p.terminate()\n    out = p.communicate()[0]\n    return len(out.splitlines())\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read during time.sleep() before terminate() (`tcpdump` prints a line per captured packet until it is stopped): `tcpdump` blocks once it has written 64 KiB and writes nothing more until terminate(), so what p.communicate() reads after it stops at those 64 KiB: the rest is lost"]] },
      { code: "import subprocess\nfrom time import sleep\ndef watch(iface):\n    a = subprocess.Popen(['airodump-ng', iface], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    raw = subprocess.Popen(['tail', '-f', '/var/log/syslog'], stdout=subprocess.PIPE)\n    sleep(30)\n    for p, name in ((a, 'air'), (raw, 'log')):\n        p.kill()\n        print(name, p.stdout.read())\n", errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read during sleep() before kill() (`airodump-ng` writes until it is stopped): `airodump-ng` blocks once it has written 64 KiB and writes nothing more until kill(), so what p.stdout.read() reads after it stops at those 64 KiB: the rest is lost"], [5, 11, "stdout pipe of subprocess.Popen() is not read during sleep() before kill() (`tail -f` follows the file without end): `tail` blocks once it has written 64 KiB and writes nothing more until kill(), so what p.stdout.read() reads after it stops at those 64 KiB: the rest is lost"]] },
      { code: "import subprocess\ndef capture():\n    p = subprocess.Popen(['tshark', '-i', 'eth0'], stdout=subprocess.PIPE)\n    input('press enter to stop')\n    p.terminate()\n    for line in p.stdout:\n        print(line)\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read during input() before terminate() (`tshark` prints a line per captured packet until it is stopped): `tshark` blocks once it has written 64 KiB and writes nothing more until terminate(), so what the loop over p.stdout reads after it stops at those 64 KiB: the rest is lost"]] },
      { code: "import os, signal, subprocess, time\np = subprocess.Popen(['tail', '-f', 'access.log'], stdout=subprocess.PIPE)\ntime.sleep(60)\nos.kill(p.pid, signal.SIGINT)\nhits = p.stdout.read().count(b'GET')\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read during time.sleep() before os.kill() (`tail -f` follows the file without end): `tail` blocks once it has written 64 KiB and writes nothing more until os.kill(), so what p.stdout.read() reads after it stops at those 64 KiB: the rest is lost"]] },
      // ... kept on self: started in one method, read only after terminate() in another
      { code: "import subprocess\nclass Capture:\n    def start(self, iface):\n        self.cap = subprocess.Popen(['tshark', '-l', '-i', iface], stdout=subprocess.PIPE)\n    def stop(self):\n        self.cap.terminate()\n        return self.cap.communicate()[0].splitlines()\n", errors: [[4, 20, "stdout pipe of subprocess.Popen() stored in `self.cap` is read only after terminate() in stop() (`tshark` prints a line per captured packet until it is stopped): nothing reads it while the command runs, so `tshark` blocks once it has written 64 KiB and writes nothing more until terminate(), and what self.cap.communicate() reads stops at those 64 KiB: the rest is lost"]] },
      // A child the code stops from another method than the one that starts it runs until then: a pipe read only once it is
      // ended (or has exited), through a private method called only there, holds 64 KiB of its life; whatever the command
      { code: "import subprocess\nclass Display:\n    def _start(self):\n        self._proc = subprocess.Popen(self._command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def _collect(self):\n        self.out, self.err = self._proc.communicate()\n    def is_alive(self):\n        rc = self._proc.poll()\n        if rc is not None:\n            self._collect()\n        return rc is None\n    def stop(self):\n        self._proc.kill()\n        self._proc.wait()\n        self._collect()\n", evidence: 'external-command', errors: [[4, 22, "stdout/stderr pipe of subprocess.Popen() stored in `self._proc` is read only once the child is stopped (the command is not known statically): started in _start(), it runs until stop() ends it with kill(), and self._proc.communicate() in _collect() comes only once it is ended or has exited: nothing reads the pipe while it runs, so once the command has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended"]] },
      { code: "import signal, subprocess\nclass Tunnel(object):\n    def __enter__(self):\n        self.proc = subprocess.Popen(self.argv, stderr=subprocess.PIPE)\n        return self\n    def __exit__(self, *exc):\n        self.proc.send_signal(signal.SIGINT)\n        self.log = self.proc.stderr.read()\n", evidence: 'external-command', errors: [[4, 21, "stderr pipe of subprocess.Popen() stored in `self.proc` is read only once the child is stopped (the command is not known statically): started in __enter__(), it runs until __exit__() ends it with send_signal(), and self.proc.stderr.read() in __exit__() comes only once it is ended or has exited: nothing reads the pipe while it runs, so once the command has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended"]] },
      // ... a module global set by one function, stopped and read by another
      { code: "import subprocess\n_server = None\ndef start():\n    global _server\n    _server = subprocess.Popen(SERVER_ARGV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\ndef stop():\n    _server.terminate()\n    out, err = _server.communicate()\n    return err\n", evidence: 'external-command', errors: [[5, 15, "stdout/stderr pipe of subprocess.Popen() stored in `_server` is read only once the child is stopped (the command is not known statically): started in start(), it runs until stop() ends it with terminate(), and _server.communicate() in stop() comes only once it is ended or has exited: nothing reads the pipe while it runs, so once the command has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended"]] },
      // ... stderr pumped by a thread, stdout read only after terminate(): stdout fills
      { code: "import subprocess, threading\nclass Server:\n    def start(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        threading.Thread(target=self._pump).start()\n    def _pump(self):\n        for line in self.proc.stderr:\n            self.log.append(line)\n    def stop(self):\n        self.proc.terminate()\n        self.out = self.proc.stdout.read()\n", errors: [[4, 21, "stdout pipe of subprocess.Popen() stored in `self.proc` is read only once the child is stopped (the command is not known statically): started in start(), it runs until stop() ends it with terminate(), and self.proc.stdout.read() in stop() comes only once it is ended or has exited: nothing reads the pipe while it runs, so once the command has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended"]] },
      // A Popen handed to a class of the module (stored on self by __init__): judged by what the class does with it
      { code: "import subprocess\nclass Connected(object):\n    def __init__(self, process=None):\n        self._process = process\n    def kill(self):\n        return self._process.kill()\n    def block(self):\n        self._status = self._process.wait()\ndef connect(argv):\n    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return Connected(process=process)\n", errors: [[10, 15, "stdout/stderr pipe of subprocess.Popen() is not read before the wait in Connected.block() (connect() runs its parameter `argv`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nclass Job(object):\n    def __init__(self, proc):\n        self.proc = proc\n    def result(self):\n        return self.proc.wait()\njob = Job(subprocess.Popen(['make', 'all'], stdout=subprocess.PIPE))\n", errors: [[7, 11, "stdout pipe of subprocess.Popen() is not read before the wait in Job.result() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A function with its own command returns the Popen: each caller in the module is judged where it holds it
      { code: "import subprocess\ndef start_replay(iface, bssid):\n    params = ['aireplay-ng', '-3', '-b', bssid, iface]\n    proc = subprocess.Popen(params, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return proc\ndef start_server():\n    return subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE)\nclass Attack:\n    def run(self):\n        self.replay = start_replay('wlan0', 'aa')\n        self.web = start_server()\n    def stop(self):\n        self.replay.terminate()\n        self.web.kill()\n", errors: [[10, 23, "stdout pipe of subprocess.Popen() returned by start_replay() (defined in this module) stored in `self.replay` is never read in this module (`aireplay-ng` prints a status line about ten times a second until it is stopped): the pipe stays open: `aireplay-ng` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"], [11, 20, "stdout pipe of subprocess.Popen() returned by start_server() (defined in this module) stored in `self.web` is never read in this module (`python3` runs a program whose output can grow): the pipe stays open: `python3` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write if the program exits first"]] },
      // The program named by shutil.which(); an argv built with +=
      { code: "import shutil, subprocess\ndef stream(src):\n    p = subprocess.Popen([shutil.which('ffmpeg'), '-i', src, '-f', 'mp3', '-'], stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`ffmpeg -f mp3 -` writes its media to stdout and logs its progress on stderr): `ffmpeg` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef sync(src, dst, verbose):\n    cmd = ['rsync', '-a']\n    cmd += ['-v', src, dst]\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[5, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`rsync -v` lists every file): `rsync` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 3: a partial read, then wait()
      { code: "import subprocess\np = subprocess.Popen(cmd, stdout=subprocess.PIPE)\nline = p.stdout.readline()\np.wait()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is only partly read before wait() (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\nfor line in p.stdout:\n    if 'ready' in line:\n        break\np.wait()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is only partly read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A partial read, then the handle is left while the child goes on writing
      { code: "import subprocess\nserver = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\nserver.stdout.readline()\nrun_tests()\n", errors: [[2, 10, "stdout pipe of subprocess.Popen() is only partly read, then left (`python` runs a program whose output can grow): the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write once this script has exited"]] },
      // Paths: a branch that returns the handle does not hide the wait() on the other path; exclusive if arms; a poll() tested by an if in a loop, the pipes read only once the child has exited
      { code: "import subprocess\ndef start(wait=True):\n    p = subprocess.Popen(['python', 'job.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if not wait:\n        return p\n    return p.wait() == 0\n", errors: [[3, 9, "stdout/stderr pipe of subprocess.Popen() is not read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\nif tee:\n    for line in p.stdout:\n        print(line)\nelse:\n    p.wait()\n    out = p.stdout.read()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess, time\np = subprocess.Popen(['python', 'replay.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile time.time() < deadline:\n    time.sleep(1)\n    if p.poll() is None:\n        sys.stdout.write('.')\n        continue\n    out, err = p.communicate()\n    break\n", errors: [[2, 5, "stdout/stderr pipe of subprocess.Popen() is not read before the poll loop (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess, time\np = subprocess.Popen(['python', 'replay.py'], stdout=subprocess.PIPE)\nfor _ in range(600):\n    time.sleep(1)\n    if p.poll() is not None:\n        out = p.stdout.read()\n        break\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before the poll loop (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // pacman installing, adb following the log.
      { code: "import subprocess\ndef install(p):\n    return not subprocess.call(['pacman', '-S', '--noconfirm', p], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", errors: [[3, 16, "stdout/stderr pipe of subprocess.call() is never read: call() waits for the command without reading it (`pacman` builds, installs or runs other programs: both streams can grow): `pacman` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nps = subprocess.Popen(['adb', 'logcat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile True:\n    line = ps.stdout.readline()\n    if not line:\n        break\n", errors: [[2, 6, "stderr pipe of subprocess.Popen() is not read while stdout is read line by line until it ends, which comes only when the command exits (`adb logcat` follows the log or runs a command): `adb` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A child another method ends is judged over its life, not by the start-up poll loop of the method that starts it.
      { code: "import subprocess, time\nclass Server:\n    def start(self):\n        self.process = subprocess.Popen(['python', 'serve.py'], stdout=subprocess.PIPE)\n        for attempt in range(5):\n            time.sleep(0.2 * (attempt + 1))\n            if self.process.poll() is not None:\n                return self.process.stdout.read()\n        return None\n    def stop(self):\n        self.process.terminate()\n", errors: [[4, 24, "stdout pipe of subprocess.Popen() stored in `self.process` is read only after terminate() in stop() (`python` runs a program whose output can grow): nothing reads it while the command runs, so `python` blocks once it has written 64 KiB and writes nothing more until terminate(), and what self.process.stdout.read() reads stops at those 64 KiB: the rest is lost"]] },
      // The same encoder given an output file: its stdout is not known to stay empty.
      { code: "from subprocess import Popen, PIPE\nclass Converter:\n    def convert(self, input_file, output_file):\n        proc = Popen([self.encoder, '-i', input_file, output_file], stdout=PIPE, stderr=PIPE)\n        return proc.stderr.read()\n", evidence: 'deadlock', errors: [[4, 16, "stdout pipe of subprocess.Popen() is not read while stderr is read to its end (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // The poll kept in a name first (`ret = p.poll()`, then `if ret is not None:`), on a local or on `self` (audit 13: plyer's file chooser).
      { code: "import subprocess, time\np = subprocess.Popen(['python', 'replay.py'], stdout=subprocess.PIPE)\nwhile True:\n    ret = p.poll()\n    if ret is not None:\n        out = p.communicate()[0]\n        break\n    time.sleep(0.1)\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before the poll loop (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess, time\nclass Chooser:\n    def run(self):\n        self._process = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\n        while True:\n            ret = self._process.poll()\n            if ret is not None:\n                return self._process.communicate()[0]\n            time.sleep(0.1)\n", errors: [[4, 25, "stdout pipe of subprocess.Popen() stored in `self._process` is not read before the poll loop (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef collect(tee):\n    p = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\n    if tee:\n        for line in p.stdout:\n            print(line)\n        p.wait()\n    else:\n        p.wait()\n        return p.stdout.read()\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 6, class wrappers: __init__ keeps the Popen on self; a method waits before it reads (judged at each caller, with its command); __del__ ends the child of a dropped object
      { code: "import subprocess\nclass Job(object):\n    def __init__(self, command, devnull=False, stdout=subprocess.PIPE):\n        if type(command) is str:\n            command = command.split(' ')\n        if devnull:\n            out = open('/dev/null', 'w')\n        else:\n            out = stdout\n        self.proc = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)\n    def output(self):\n        self.proc.wait()\n        return self.proc.communicate()\n    def text(self):\n        return self.output()[0]\n    def __del__(self):\n        if self.proc.poll() is None:\n            self.proc.kill()\nJob(['tshark', '-r', 'a.pcap']).text()\nJob('make all')\nj = Job('python x.py')\nj.output()\n", errors: [[19, 1, "stdout pipe of subprocess.Popen() made by Job() (defined in this module) is not read before the wait() in Job.output() (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock"], [20, 1, "subprocess.Popen() made by Job() (defined in this module) is dropped: the object is freed at once and Job.__del__() ends the child before it has finished its work"], [21, 5, "stdout/stderr pipe of subprocess.Popen() made by Job() (defined in this module) is not read before the wait() in Job.output() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 6, a wrapper that drains only when a flag says so (`if wait: ... return`): judged at each caller by the
      // flag it passes - False, or a value not known, leaves the pipes unread whatever the command; the default
      // (True) or a true literal drains. The definition answers for the callers it cannot see (none here: each is judged where it calls).
      { code: "import subprocess\ndef execute(cmd, wait=True):\n    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if wait:\n        out, _ = proc.communicate()\n        return out\n    return ''\nexecute('make all', wait=False)\nexecute('make all')\nexecute('make all', True)\n", errors: [[8, 1, "stdout/stderr pipe of subprocess.Popen() in execute() (defined in this module) is never read (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import subprocess\ndef execute(cmd, wait=True):\n    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if wait:\n        out, _ = proc.communicate()\n        return out\n    return ''\ndef click(cmd, background):\n    execute(cmd, wait=not background)\nexecute('make all', 1)\n", errors: [[9, 5, "stdout/stderr pipe of subprocess.Popen() in execute() (defined in this module) is never read (the command is not known statically): the pipe stays open: the command blocks once it has written 64 KiB, and is killed by SIGPIPE (a Python child: `BrokenPipeError`) at its next write if the program exits first"]] },
      // An argv list with words added (`[...] + (['-j', n] if n else [])`): the list names the program
      { code: "import subprocess\ndef build(jobs):\n    p = subprocess.Popen(['make', 'all'] + (['-j', jobs] if jobs else []), stdout=subprocess.PIPE)\n    p.wait()\n    return p.stdout.read()\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 6, a wrapper whose partial read runs only when a parameter says so (`if on_line:`): judged at each
      // caller by what it passes - nothing or None skips the arm (communicate() then drains both pipes), a lambda runs
      // it, a name not known statically may; `x is not None` and an `else:` arm by the same values (wrapper-flags.ts).
      { code: "import subprocess\ndef query(cmd, on_line=None):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if on_line:\n        for line in p.stderr:\n            on_line(line)\n    out, _ = p.communicate()\n    return out\nquery(['make', 'all'])\nquery(['make', 'all'], on_line=None)\nquery(['make', 'all'], lambda line: print(line))\nquery(['make', 'install'], on_line=print)\n", errors: [[11, 1, "stdout pipe of subprocess.Popen() in query() (defined in this module) is not read while stderr is read line by line until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"], [12, 1, "stdout pipe of subprocess.Popen() in query() (defined in this module) is not read while stderr is read line by line until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef query(cmd, quiet=False, on_line=None):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if on_line is not None:\n        while p.poll() is None:\n            on_line(p.stderr.readline())\n    if not quiet:\n        for line in p.stdout:\n            print(line)\n    else:\n        p.wait()\n    return p.communicate()[0]\ndef run_quiet(cmd):\n    return query(cmd, quiet=True)\nquery(['make', 'all'], True)\nquery(['make', 'all'], on_line=False)\nquery(['make', 'all'], 0, None)\nrun_quiet(['make', 'all'])\n", errors: [[15, 1, "stdout/stderr pipe of subprocess.Popen() in query() (defined in this module) is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"], [16, 1, "stdout pipe of subprocess.Popen() in query() (defined in this module) is not read while stderr is read line by line in a loop that runs until the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"], [17, 1, "stderr pipe of subprocess.Popen() in query() (defined in this module) is not read while stdout is read line by line until it ends, which comes only when the command exits (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"], [18, 1, "stdout/stderr pipe of subprocess.Popen() in query() through run_quiet() (defined in this module) is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 5: a pipe on an attribute nothing in the module reads
      { code: "import subprocess\nclass T:\n    def setUp(self):\n        self.server = subprocess.Popen(['python', '-m', 'http.server'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def tearDown(self):\n        self.server.terminate()\n", errors: [[4, 23, "stdout pipe of subprocess.Popen() stored in `self.server` is never read in this module (`python` runs a program whose output can grow): the pipe stays open: `python` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write if the program exits first"]] },
      { code: "import subprocess\nclass Job:\n    def start(self):\n        self.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.out = self.proc.stdout\n    def stop(self):\n        self.proc.terminate()\n        self.proc.wait(timeout=5)\n", errors: [[4, 21, "stderr pipe of subprocess.Popen() stored in `self.proc` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      // Shape B: a server kept on self and ended through a function that only signals it: nothing ever reads its log
      { code: "import subprocess, os, signal\ndef stop(proc):\n    os.kill(proc.pid, signal.SIGTERM)\nclass Web:\n    def start(self):\n        self.server = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def close(self):\n        stop(self.server)\n", errors: [[6, 23, "stdout pipe of subprocess.Popen() stored in `self.server` is never read in this module (`python3` runs a program whose output can grow): the pipe stays open: `python3` blocks once it has written 64 KiB, and dies of `BrokenPipeError` at its next write if the program exits first"]] },
      { code: "import subprocess\nself.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\n", errors: [[2, 13, "stdout pipe of subprocess.Popen() stored in `self.proc` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      // A stream read somewhere does not hide the other, which nothing reads: stderr fills while stdout is read (on an
      // attribute, or through an alias of p.stdout); a kill method named but not called reads nothing
      { code: "import subprocess\nclass Build(object):\n    def start(self, target):\n        self.proc = subprocess.Popen(['make', target], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def lines(self):\n        for line in self.proc.stdout:\n            yield line\n", errors: [[4, 21, "stderr pipe of subprocess.Popen() stored in `self.proc` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      { code: "import subprocess\ndef build(target):\n    p = subprocess.Popen(['make', target], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    out = p.stdout\n    while True:\n        line = out.readline()\n        if not line:\n            break\n", errors: [[3, 9, "stderr pipe of subprocess.Popen() is never read (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      { code: "import subprocess\nclass Job(object):\n    def start(self):\n        self.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\n    def stop(self):\n        self.proc.kill\n", errors: [[4, 21, "stdout pipe of subprocess.Popen() stored in `self.proc` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      // shape 5, containers: a dict, a list filled by append() and waited through a loop, a set literal, read nowhere
      { code: "import subprocess\njobs = {}\njobs['a'] = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nprint(len(jobs))\n", errors: [[3, 13, "stdout pipe of subprocess.Popen() stored in `jobs` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import subprocess\nprocs = []\nfor t in ['a', 'b']:\n    procs.append(subprocess.Popen(['make', t], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))\nfor p in procs:\n    p.wait()\n", errors: [[4, 18, "stdout pipe of subprocess.Popen() stored in `procs` is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nkids = {subprocess.Popen(['make'], stdout=subprocess.PIPE)}\n", errors: [[2, 9, "stdout pipe of subprocess.Popen() stored in `kids` is never read in this module (`make` builds, installs or runs other programs: both streams can grow): the pipe stays open: `make` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      // shape 3: read(n), then wait()
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nlines = p.stdout.readlines(4096)\np.wait()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is only partly read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef preview(path):\n    p = subprocess.Popen(['cat', path], stdout=subprocess.PIPE)\n    return b''.join(p.stdout.readlines(100000))\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is only partly read, then left (`cat` copies its files (or its input) to stdout): the pipe stays open: `cat` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nhead = p.stdout.read(100)\np.wait()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is only partly read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Shape 7: bindings, not names - the drain of the first handle does not hide the second
      { code: "import subprocess\nproc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nproc.communicate()\nproc = subprocess.Popen(['make', 'install'], stdout=subprocess.PIPE)\nproc.wait()\n", errors: [[4, 8, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nproc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nproc.wait()\nproc = subprocess.Popen(['make', 'install'], stdout=subprocess.PIPE)\nproc.communicate()\n", errors: [[2, 8, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Closed unread
      { code: "import subprocess\nwith subprocess.Popen(['make'], stdout=subprocess.PIPE) as p:\n    pass\n", errors: [[2, 6, "stdout pipe of subprocess.Popen() is not read before the with-block ends (`make` builds, installs or runs other programs: both streams can grow): `make` is killed by SIGPIPE at its next write"]] },
      // Growing output on every target
      { code: "import subprocess\nsubprocess.Popen(['tcpdump', '-l', '-i', 'eth0'], stdout=subprocess.PIPE)\n", target: ">=2.7", errors: [[2, 1, "stdout pipe of subprocess.Popen() is never read (`tcpdump` prints a line per captured packet until it is stopped): on Python 2.7 the pipe stays open: `tcpdump` blocks once it has written 64 KiB, and gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once this script has exited; on Python 3.6–3.9, 3.10+ the pipe stays open: `tcpdump` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write once this script has exited"]] },
      { code: "import subprocess\nsubprocess.Popen('tar czvf x.tgz d', shell=True, stdout=subprocess.PIPE).wait()\n", errors: [[2, 1, "stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nsubprocess.Popen(shlex.split('rsync -av a b'), stdout=subprocess.PIPE).wait()\n", errors: [[2, 1, "stdout pipe of subprocess.Popen() is not read before wait() (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // Command knowledge (commands.data.ts): growing modes of tools that also have bounded ones
      // each call runs the list its name reaches; a saved capture read with a display filter grows with the capture
      { code: "from subprocess import Popen, PIPE\ndef check(cap):\n    cmd = ['tshark', '-r', cap, '-R', 'eapol', '-2', '-n']\n    p = Popen(cmd, stdout=PIPE)\n    p.wait()\n    cmd = ['tshark', '-r', cap, '-Y', 'beacon', '-n']\n    q = Popen(cmd, stdout=PIPE)\n    q.wait()\n", errors: [[7, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // git pull names every fetched ref on stderr
      { code: "import subprocess\nsubprocess.Popen('cd %s; git pull' % d, shell=True, stderr=subprocess.PIPE).wait()\n", errors: [[2, 1, "stderr pipe of subprocess.Popen() is not read before wait() (`git pull` prints a diffstat of the merge on stdout and names every fetched ref on stderr): `git` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a quiet flag appended under a condition may be missing: the louder list counts
      { code: "from subprocess import Popen, PIPE\ndef check(cap, essid, strict):\n    cmd = ['cowpatty', '-r', cap, '-s', essid]\n    if strict:\n        cmd.append('-c')\n    p = Popen(cmd, stdout=PIPE)\n    p.wait()\n", errors: [[6, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`cowpatty` prints a line for every thousand words it tries): `cowpatty` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a replay attack prints a status line ten times a second
      { code: "from subprocess import Popen, PIPE\ndef replay(bssid, iface):\n    p = Popen(['aireplay-ng', '-3', '-b', bssid, iface], stdout=PIPE, stderr=PIPE)\n    while p.poll() is None:\n        time.sleep(1)\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is not read before the poll loop (`aireplay-ng` prints a status line about ten times a second until it is stopped): `aireplay-ng` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A shell string bound to a name: each call runs the string whose assignment reaches it (one
      // per branch of a menu in a loop); an assignment that may happen in between counts too, the louder wins
      { code: "import subprocess\ndef menu(iface, script):\n    while True:\n        choice = input()\n        if choice == 'monitor':\n            cmd = 'airmon-ng start ' + iface\n            subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n        elif choice == 'run':\n            cmd = 'python ' + script\n            subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n", errors: [[10, 13, "stdout/stderr pipe of subprocess.Popen() is not read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef stop(mon, verbose):\n    cmd = 'airmon-ng stop ' + mon\n    if verbose:\n        cmd = 'python trace.py ' + mon\n    subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE).wait()\n", errors: [[6, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A command line run in the background: the shell exits at once, the dropped Popen is reaped at
      // the next subprocess call and its pipe closes under the command, which dies at its next write
      { code: "import subprocess, time\ndef flood(iface, addr):\n    for i in range(100):\n        subprocess.Popen('l2ping -i %s -f %s &' % (iface, addr), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        time.sleep(3)\n", errors: [[4, 9, "stdout pipe of subprocess.Popen() is never read (`l2ping` prints a line per echo until it is stopped): the shell exits at once, leaving the command running in the background, and the pipe closes under it when the dropped Popen is reaped (at the next subprocess call, or at exit): `l2ping` is killed by SIGPIPE at its next write"]] },
      { code: "import subprocess\ndef start(job):\n    subprocess.Popen('python %s &' % job, shell=True, stdout=subprocess.PIPE)\n", target: ">=2.7", errors: [[3, 5, "stdout pipe of subprocess.Popen() is never read (`python` runs a program whose output can grow): the shell exits at once, leaving the command running in the background, and the pipe closes under it when the dropped Popen is reaped (at the next subprocess call, or at exit): on Python 2.7 `python` dies of `IOError: [Errno 32] Broken pipe` at its next write; on Python 3.6–3.9, 3.10+ `python` dies of `BrokenPipeError` at its next write"]] },
      // Growing modes next to the bounded ones below: every rule, a spoofing plugin
      { code: "import subprocess\np = subprocess.Popen(['ipfw', 'list'], stdout=subprocess.PIPE)\np.wait()\n", errors: [[2, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`ipfw` lists the rules): `ipfw` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\nsubprocess.Popen('ettercap -T -q -i %s -P dns_spoof -M arp // //' % iface, shell=True, stdout=subprocess.PIPE).wait()\n", errors: [[2, 1, "stdout pipe of subprocess.Popen() is not read before wait() (`ettercap -P dns_spoof` reports every spoofed reply or event): `ettercap` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\np = subprocess.Popen([tool, '--help', topic], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nlines = p.stdout.readlines()\n", errors: [[2, 5, "stderr pipe of subprocess.Popen() is not read while stdout is read to its end (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
      "from subprocess import Popen, PIPE\np = Popen(['make'], stdout=PIPE, stderr=PIPE)\nrc = p.wait()\n",
      "import subprocess as sp\nsp.Popen(['make'], stdout=sp.PIPE)\n",
      "import subprocess\nsubprocess.Popen(['make'], stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nwith subprocess.Popen(['make'], stdout=subprocess.PIPE) as p:\n    p.wait()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    pass\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stdin=subprocess.PIPE)\np.stdin.write(b'x')\np.wait()\n",
      "import subprocess\nsubprocess.Popen('airodump-ng wlan0', shell=True, stdout=subprocess.PIPE)\n",
      // Item 1 of the py3 audit: every caller of a wrapper seen and judged - a growing command is reported where it is passed, not again at the definition
      { code: "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\nexecute('sysctl -w a=b')\nexecute('tar czvf /tmp/x.tgz /usr')\n", errors: [[10,1,"stdout pipe of subprocess.Popen() in execute() (defined in this module) is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A wrapper of a wrapper: the outermost caller's command decides, and is reported there
      { code: "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\ndef run_shell(command):\n    return execute(command)\nrun_shell('iwconfig')\nrun_shell('tar czvf /tmp/x.tgz /usr')\n", errors: [[12,1,"stdout pipe of subprocess.Popen() in execute() through run_shell() (defined in this module) is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A hand-off to a function of the module that reads the pipes is a read there: wait() before it is shape 1
      { code: "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef f():\n    p = subprocess.Popen('tar czvf /tmp/x.tgz /usr', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\n", errors: [[6,9,"stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef finish(pi):\n    pi.wait()\n    return pi.communicate()\np = subprocess.Popen(['rsync', '-av', 'a', 'b'], stdout=subprocess.PIPE)\nout = finish(p)\n", errors: [[5,5,"stdout pipe of subprocess.Popen() is not read before the wait in finish() (`rsync -av` lists every file): `rsync` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef read_out(pi):\n    return pi.stdout.read()\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = read_out(p)\n", errors: [[4,5,"stderr pipe of subprocess.Popen() is not read while read_out() reads stdout to its end (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A wrapper that returns the process on another path: a caller that keeps it takes that path, so its own callers' commands are not followed
      { code: "import subprocess\ndef start(cmd, wait=True):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if not wait:\n        return p\n    p.wait()\n    return p.returncode == 0\ndef run(cmd):\n    p = start(cmd, wait=False)\n    out, err = p.communicate()\n    return out\nrun('tar czvf /tmp/x.tgz /usr')\nstart('iptables -F')\n", errors: [[3,9,"stdout/stderr pipe of subprocess.Popen() is not read before wait() (start() runs its parameter `cmd`, and the caller at case.py:9 passes on a command it was given and keeps the process): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // The definition stays for a caller whose command the code does not show, and names it
      { code: "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\ndef run_shell(command):\n    return execute(command)\nrun_shell('iwconfig')\nrun_shell(sys.argv[1])\n", errors: [[6,9,"stdout/stderr pipe of subprocess.Popen() is not read before wait() (execute() runs its parameter `command`, and the caller at case.py:12 passes a command not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A second reader: a nested function run by a thread reads stderr; stdout, read by nobody, fills while the parent waits
      { code: "import subprocess, threading\ndef fetch(cmd):\n    process = subprocess.Popen(['make'] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def read_stderr():\n        for line in process.stderr:\n            log(line)\n    threading.Thread(target=read_stderr).start()\n    process.wait()\n", errors: [[3, 15, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A module-level handle a function of the module only kills: no read elsewhere, the wait comes before any read
      { code: "import subprocess\ncat_file = None\ndef lookup(blob_id):\n    cat_file.kill()\ncat_file = subprocess.Popen(['git', 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\nrun_filter(lookup)\ncat_file.stdin.close()\ncat_file.wait()\n", errors: [[5, 12, "stdout pipe of subprocess.Popen() is not read before wait() (`git` can print a lot): `git` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // for line in iter(p.stdout.readline, b''): ... break: the loop stops at a line, nobody reads the rest, and the parent waits
      { code: "import subprocess\ndef start_server(port):\n    p = subprocess.Popen(['python3', 'server.py', str(port)], stdout=subprocess.PIPE)\n    for line in iter(p.stdout.readline, b''):\n        if b'listening' in line:\n            break\n    p.wait()\n", errors: [[3, 9, "stdout pipe of subprocess.Popen() is only partly read before wait() (`python3` runs a program whose output can grow): `python3` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // which('x') bound to a name names the program x (a project's own which() too)
      { code: "import subprocess\nfrom catkin_tools.utils import which\ndef build():\n    exe = which('make')\n    subprocess.call([exe, '-j4'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n", errors: [[5, 5, "stdout/stderr pipe of subprocess.call() is never read: call() waits for the command without reading it (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A template's fields filled where the code shows them: the POSIX branch of a Windows test (`-i`: ping until stopped)
      { code: "import os, subprocess\ndef watch(host):\n    return subprocess.call(\"ping -{} 1 {}\".format('c' if os.name == 'nt' else 'i', host), shell=True, stdout=subprocess.PIPE)\n", errors: [[3, 12, "stdout pipe of subprocess.call() is never read: call() waits for the command without reading it (`ping` pings until it is stopped): `ping` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // `python -m pip` is no PyInstaller: stdout can grow while stderr is read to its end
      { code: "import subprocess, sys\ndef build(filename):\n    process = subprocess.Popen('{0} -m pip install {1}'.format(sys.executable, filename), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    for line in process.stderr:\n        print(line)\n    process.wait()\n", errors: [[3, 15, "stdout pipe of subprocess.Popen() is not read while stderr is read line by line until it ends, which comes only when the command exits (`python` runs a program whose output can grow): `python` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A pipe closed at once, while the other is read (audit 13: powerline readlines()): the child dies at its first write there
      { code: "from subprocess import Popen, PIPE\ndef readlines(cwd):\n    p = Popen(['git', 'status', '--porcelain'], stdout=PIPE, stderr=PIPE, cwd=cwd)\n    p.stderr.close()\n    with p.stdout:\n        for line in p.stdout:\n            yield line[:-1]\n", evidence: 'any-size', errors: [[3, 9, "stderr pipe of subprocess.Popen() is closed before it is read, while the command runs and its stdout is read (`git` can print a lot): `git` is killed by SIGPIPE at its next write to stderr (a warning, an error message), and where it dies the stdout the code reads stops there: the rest of its output is lost (redirect stderr to /dev/null instead of closing the pipe)"]] },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.stdout.close()\nerrors = p.stderr.read()\n", evidence: 'any-size', errors: [[2, 5, "stdout pipe of subprocess.Popen() is closed before it is read, while the command runs and its stderr is read (`make` builds, installs or runs other programs: both streams can grow): `make` is killed by SIGPIPE at its next write to stdout, and where it dies the stderr the code reads stops there: the rest of its output is lost (redirect stdout to /dev/null instead of closing the pipe)"]] },
      { code: "import subprocess\ndef lines(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.stderr.close()\n    return p.stdout.readlines()\n", evidence: 'external-command' },
      // Popen rebound to a partial of itself that only adds a Windows flag is still subprocess.Popen
      { code: "import sys\nfrom functools import partial\nfrom subprocess import Popen, PIPE\nif sys.platform.startswith('win32'):\n    Popen = partial(Popen, creationflags=0x08000000)\ndef build():\n    p = Popen(['make'], stdout=PIPE)\n    p.wait()\n    return p.stdout.read()\n", evidence: 'grows', errors: [[7, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // A list assigned in each arm of an if: one of them runs, the louder counts.
      { code: "import subprocess\ndef pack(out, src, quiet):\n    if quiet:\n        cmd = ['tar', 'czf', out, src]\n    else:\n        cmd = ['tar', 'czvf', out, src]\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[7, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // The command read through a template and shlex.split(), a copy of a list, an item of one.
      { code: "import shlex, subprocess\ndef pack(name):\n    cmd = 'tar czvf {0} /srv'.format(name)\n    p = subprocess.Popen(shlex.split(cmd), stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef pack(out, src):\n    args = ['tar', 'czvf', out, src]\n    p = subprocess.Popen(list(args[:]) + ['--one-file-system'], stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      { code: "import subprocess\ndef pack(out, src):\n    argv = ['tar', 'czvf', out, src]\n    p = subprocess.Popen([argv[0], argv[1], out, src], stdout=subprocess.PIPE)\n    p.wait()\n", errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tar czvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    ],
    valid: [
      // The stream handed on beside the handle, to a file-like object that reads it; the wait in its __exit__ follows the read.
      "import subprocess, sys\nclass _Reader(object):\n    def __init__(self, process, stream):\n        self.process = process\n        self.stream = stream\n    def __exit__(self, a, b, c):\n        self.stream.close()\n        self.process.wait()\n        for line in self.process.stderr:\n            sys.stderr.write(line)\n    def read(self, size):\n        return self.stream.read(size)\ndef send(path):\n    process = subprocess.Popen(['tar', 'czvf', '-', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return _Reader(process, process.stdout)\n",
      // Quiet commands read through a copy, an item, a template: `unzip -l` and `apt-file --dummy` write their errors only on stderr.
      "import subprocess\ndef top(zip_name):\n    unzip_path = '/usr/bin/unzip'\n    args = [unzip_path, zip_name]\n    res = subprocess.Popen([args[0], '-l', args[1]], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    for line in res.stdout:\n        print(line)\n",
      "import subprocess\ndef dry(pattern):\n    args = ['apt-file', 'search', '--regexp', pattern]\n    dry_run_args = args[:] + ['--dummy', '--non-interactive']\n    cmd = subprocess.Popen(dry_run_args, stderr=subprocess.PIPE)\n    if cmd.wait():\n        raise RuntimeError(cmd.stderr.read())\n",
      "import shlex, subprocess\ndef head(url):\n    cmd = 'git rev-parse {0}'.format(url)\n    p = subprocess.Popen(shlex.split(cmd), stdout=subprocess.PIPE)\n    p.wait()\n",
      // The pipeline idiom: stdout handed to the next command before the close; a close under a condition;
      // a close after the child is killed; a command quiet on the closed stream; the close alone (a probe)
      "import subprocess\np1 = subprocess.Popen(['git', 'log'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np2 = subprocess.Popen(['grep', 'x'], stdin=p1.stdout, stdout=subprocess.PIPE)\np1.stdout.close()\nout = p2.communicate()[0]\n",
      "import subprocess\ndef run(quiet):\n    p = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if quiet:\n        p.stderr.close()\n    return p.stdout.read()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.kill()\np.stderr.close()\nout = p.stdout.read()\n",
      "import subprocess\np = subprocess.Popen('make 2>/dev/null', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.stderr.close()\nfor line in p.stdout:\n    print(line)\np.wait()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.stderr.close()\np.stdout.close()\np.wait()\n",
      // A partial that binds the streams (or anything but a platform option) makes another call: not followed
      "import functools, subprocess\nPopen = functools.partial(subprocess.Popen, stdout=subprocess.DEVNULL)\np = Popen(['make'])\np.wait()\n",
      "from functools import partial\nfrom subprocess import Popen, PIPE, DEVNULL\nPopen = partial(Popen, stdout=DEVNULL)\np = Popen(['make'], stderr=PIPE)\np.wait()\n",
      // 'ping -{} 1'.format('n' if os.name == 'nt' else 'c', host): `ping -c 1` where pipes are POSIX pipes (audit 9: byob portscanner)
      "import os, subprocess, sys\ndef alive(host):\n    return subprocess.call(\"ping -{} 1 -W 90 {}\".format('n' if os.name == 'nt' else 'c', host), 0, None, subprocess.PIPE, subprocess.PIPE, subprocess.PIPE, shell=True) == 0\n",
      // 'ping -c %d %s' % (3, host): a count written in the code
      "import subprocess\ndef alive(host):\n    return subprocess.call('ping -c %d %s' % (3, host), shell=True, stdout=subprocess.PIPE)\n",
      // '{0} -m PyInstaller ...'.format(sys.executable, f): PyInstaller logs on stderr, which is read; stdout stays small (audit 9: byob generators)
      "import subprocess, sys\ndef build(filename):\n    process = subprocess.Popen('{0} -m PyInstaller --onefile {1}'.format(sys.executable, filename), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    for line in process.stderr:\n        print(line)\n    process.wait()\n",
      // Two reader threads (nested functions), one per pipe: the parent waits while both are read
      "import subprocess, threading\ndef fetch(cmd):\n    process = subprocess.Popen(['make'] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def read_stderr():\n        for line in process.stderr:\n            log(line)\n    def read_stdout():\n        for line in process.stdout:\n            log(line)\n    threading.Thread(target=read_stderr).start()\n    threading.Thread(target=read_stdout).start()\n    process.wait()\n",
      // A request/response child (`git cat-file --batch`) read per request by a function of the module through the global name
      "import subprocess\ncat_file = None\ndef lookup(blob_id):\n    cat_file.stdin.write(blob_id + b'\\n')\n    cat_file.stdin.flush()\n    objhash, objtype, objsize = cat_file.stdout.readline().split()\n    return cat_file.stdout.read(int(objsize) + 1)[:-1]\ncat_file = subprocess.Popen(['git', 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\nrun_filter(lookup)\ncat_file.stdin.close()\ncat_file.wait()\n",
      // iter(p.stdout.readline, b'') without a break reads to the end
      "import subprocess\ndef build():\n    p = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    for line in iter(p.stdout.readline, b''):\n        print(line)\n    p.wait()\n",
      // A notifier found with which('notify-send') prints nothing
      "import subprocess\nfrom shutil import which\ndef notify(title, msg):\n    exe = which('notify-send')\n    if exe is None:\n        return\n    subprocess.Popen([exe, '-t', '2000', title, msg], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n",
      // The project's own which() helper, same convention
      "import subprocess\nfrom catkin_tools.utils import which\ndef notify(title, msg):\n    exe = which('notify-send')\n    subprocess.Popen([exe, '-t', '2000', title, msg], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n",
      // Shape B: the function the server is handed to reads what it wrote
      "import subprocess\ndef stop(proc):\n    proc.terminate()\n    return proc.communicate()[0]\nclass Web:\n    def start(self):\n        self.server = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def close(self):\n        return stop(self.server)\n",
      // Shape A: stderr merged into stdout, or read by a thread the class starts: nothing fills meanwhile
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nwhile p.poll() is None:\n    line = p.stdout.readline()\nrest = p.stdout.read()\n",
      "import subprocess, threading\nclass Scan:\n    def _err(self):\n        self.err = self.proc.stderr.read()\n    def _read(self):\n        for line in iter(self.proc.stdout.readline, ''):\n            pass\n    def run(self):\n        self.proc = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        threading.Thread(target=self._err).start()\n        while self.proc.poll() is None:\n            self._read()\n",
      // ... a quiet stderr (git's few lines of errors)
      "import subprocess\nclass Log:\n    def _read(self):\n        return self.proc.stdout.readline()\n    def run(self):\n        self.proc = subprocess.Popen(['git', 'log'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        while self._read():\n            pass\n        return self.proc.stderr.read()\n",
      // Shape C: a quiet or bounded command, no pause, the pipe read during the pause, the command not known
      "import subprocess, time\np = subprocess.Popen(['ping', '-c', '3', 'host'], stdout=subprocess.PIPE)\ntime.sleep(5)\np.terminate()\nout = p.communicate()[0]\n",
      "import subprocess\np = subprocess.Popen(['tcpdump', '-l'], stdout=subprocess.PIPE)\np.terminate()\nout = p.communicate()[0]\n",
      "import subprocess, time, threading\np = subprocess.Popen(['tcpdump', '-l'], stdout=subprocess.PIPE)\nt = threading.Thread(target=collect, args=(p.stdout,))\nt.start()\ntime.sleep(5)\np.terminate()\n",
      "import subprocess, time\ndef run(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    time.sleep(5)\n    p.terminate()\n    return p.communicate()[0]\n",
      // ... kept on self and read while it runs (a method reads it before any end)
      "import subprocess\nclass Capture:\n    def start(self, iface):\n        self.cap = subprocess.Popen(['tshark', '-l', '-i', iface], stdout=subprocess.PIPE)\n    def frames(self):\n        for line in self.cap.stdout:\n            yield line\n    def stop(self):\n        self.cap.terminate()\n        return self.cap.communicate()[0]\n",
      // ... ended and never read: the output is not wanted
      "import subprocess, time\np = subprocess.Popen(['tcpdump', '-l', '-w', 'cap.pcap'], stdout=subprocess.PIPE)\ntime.sleep(5)\np.terminate()\np.wait()\n",
      // ... a child stopped elsewhere but read by a public method (anyone may call it while it runs), by a thread, closed,
      // or started and ended in the same method (no sign it outlives the call)
      "import subprocess\nclass Job:\n    def start(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def output(self):\n        return self.proc.communicate()\n    def stop(self):\n        self.proc.kill()\n",
      "import subprocess, threading\nclass Server:\n    def start(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n        threading.Thread(target=self._pump).start()\n    def _pump(self):\n        for line in self.proc.stdout:\n            self.log.append(line)\n    def stop(self):\n        self.proc.terminate()\n        self.rest = self.proc.stdout.read()\n",
      "import subprocess\nclass Server:\n    def start(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.port = int(self.proc.stdout.readline())\n    def stop(self):\n        self.proc.terminate()\n        self.proc.stderr.close()\n        self.rest = self.proc.stdout.read()\n",
      "import subprocess\nclass Recorder:\n    def run(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE)\n        self.proc.kill()\n        return self.proc.communicate()[0]\n",
      "import subprocess\nclass Reader:\n    def _drain(self):\n        self.out = self.proc.communicate()[0]\n    def start(self):\n        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE)\n        threading.Thread(target=self._drain).start()\n    def stop(self):\n        self.proc.terminate()\n        self._drain()\n",
      // ... a Popen handed to a class that reads it
      "import subprocess\nclass Reader(object):\n    def __init__(self, proc):\n        self.proc = proc\n    def lines(self):\n        for line in self.proc.stdout:\n            yield line\n    def finish(self):\n        self.proc.wait()\ndef start(argv):\n    return Reader(subprocess.Popen(argv, stdout=subprocess.PIPE))\n",
      // ffmpeg reading frames on stdin (`-i -`) and writing its output to a file prints nothing on stdout; its path held by a name
      "import subprocess, time\ndef write_frames(path, frames):\n    cmd = [get_ffmpeg_exe(), '-y', '-f', 'rawvideo']\n    cmd += ['-i', '-']\n    cmd += ['-vcodec', 'libx264']\n    cmd.append(path)\n    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None)\n    for f in frames:\n        p.stdin.write(f)\n    p.stdin.close()\n    while p.poll() is None:\n        time.sleep(0.01)\n",
      // ... a Popen returned by a function of the module, read by its caller
      "import subprocess\ndef start_server():\n    return subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE)\ndef main():\n    p = start_server()\n    out, _ = p.communicate()\n",
      // ... a method returning a Popen of its parameter's command is a wrapper: the command is the caller's
      "import subprocess\nclass FF:\n    @staticmethod\n    def _spawn(cmds):\n        return subprocess.Popen(cmds, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def convert(self, src, dst):\n        p = self._spawn(['ffmpeg', '-i', src, dst])\n        for line in iter(p.stderr.readline, b''):\n            pass\n        p.wait()\n",
      // ... tmux control mode, its path held by `tmux_bin`: its protocol on stdout (read), stderr a few lines
      "import subprocess\nclass Control:\n    def __enter__(self):\n        tmux_bin = self.server.tmux_bin or 'tmux'\n        self._proc = subprocess.Popen([tmux_bin, '-C', 'attach-session'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)\n        return self\n    def lines(self):\n        for line in self._proc.stdout:\n            yield line\n    def __exit__(self, *exc):\n        self._proc.terminate()\n        self._proc.wait(timeout=5)\n",
      // A program held by a name bound once to a quiet command
      "import subprocess\ndef stop(pid):\n    exe = '/bin/kill'\n    subprocess.Popen([exe, str(pid)], stdout=subprocess.PIPE)\n",
      // Class wrappers: a caller that sends the output elsewhere (a flag, the stream itself), an unlisted program, a quiet command, the raw handle drained
      "import subprocess\nclass Job(object):\n    def __init__(self, command, devnull=False, stdout=subprocess.PIPE):\n        if type(command) is str:\n            command = command.split(' ')\n        if devnull:\n            out = open('/dev/null', 'w')\n        else:\n            out = stdout\n        self.proc = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)\n    def output(self):\n        self.proc.wait()\n        return self.proc.communicate()\n    def text(self):\n        return self.output()[0]\n    def __del__(self):\n        if self.proc.poll() is None:\n            self.proc.kill()\nJob(['tshark', '-r', 'a.pcap'], devnull=True).text()\nJob(['tshark', '-r', 'a.pcap'], stdout=None).text()\nJob(['hcxtool', '-o', 'x']).text()\nJob(['git', 'rev-parse', 'HEAD']).text()\nk = Job(['python', 'x.py'])\nout = k.proc.communicate()\n",
      // readlines() with no hint, or a negative one, reads to the end
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nlines = p.stdout.readlines(-1)\np.wait()\n",
      // Both streams read somewhere (stderr by a thread); reaver logs on stdout, its stderr holds a banner
      "import subprocess, threading\nclass Build(object):\n    def start(self, target):\n        self.proc = subprocess.Popen(['make', target], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        threading.Thread(target=self.drain, args=(self.proc.stderr,)).start()\n    def lines(self):\n        for line in self.proc.stdout:\n            yield line\n",
      "import subprocess\np = subprocess.Popen(['reaver', '-i', 'mon0', '-b', bssid], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nfor line in p.stdout:\n    print(line)\n",
      // call() with a quiet command, or with the output sent elsewhere
      "import subprocess\nsubprocess.call(['git', 'rev-parse', 'HEAD'], stdout=subprocess.PIPE)\n",
      "import subprocess\nsubprocess.check_call(['make'], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)\n",
      // check_call() with PIPE whose handler wants no output (the status, the command), a stream not piped, call()
      "import subprocess\ntry:\n    subprocess.check_call(['kill', pid], stderr=subprocess.PIPE)\nexcept subprocess.CalledProcessError as e:\n    print(e.returncode, e.cmd)\n",
      "import subprocess\ntry:\n    subprocess.check_call(['kill', pid], stdout=subprocess.PIPE)\nexcept subprocess.CalledProcessError as e:\n    print(e.stderr)\n",
      "import subprocess\ntry:\n    rc = subprocess.call(['kill', pid], stderr=subprocess.PIPE)\nexcept Exception as e:\n    print(e.stderr)\n",
      "import subprocess\ntry:\n    subprocess.check_call(['kill', pid], stderr=subprocess.PIPE)\nexcept OSError as e:\n    print(e.stderr)\n",
      "import subprocess\ntry:\n    def later():\n        subprocess.check_call(['kill', pid], stderr=subprocess.PIPE)\nexcept subprocess.CalledProcessError as e:\n    print(e.stderr)\n",
      // The None placeholder only where the import may replace it: a module set to None and never imported is not subprocess
      "subprocess = None\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
      // call() runs a command once: one not known (a variable, an unlisted program) is not known to fill the pipe.
      "import subprocess\ndef run(cmd):\n    return subprocess.check_call(cmd, shell=True, stdout=subprocess.PIPE)\n",
      // A hand-off that reads the pipe or keeps the handle; the pid used for something else than a wait
      "import subprocess\ndef collect(proc):\n    return proc.stdout.read()\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout = collect(p)\np.wait()\n",
      "import subprocess\nrunning = []\ndef track(proc):\n    running.append(proc)\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\ntrack(p)\np.wait()\n",
      "import psutil, subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nprint(psutil.Process(p.pid).cpu_percent())\nout, _ = p.communicate()\n",
      // Every path drains: read loops that test poll(), both arms of an if, a branch that returns what it read
      "import subprocess\np = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\nwhile True:\n    line = p.stdout.readline()\n    if p.poll() is not None:\n        break\n",
      // `pacman -T` tests dependencies (audit 15: rosdep); `adb shell ps` is a process list with adb's errors on stderr (audit 15: pidcat).
      "import subprocess\ndef detect(p):\n    return not subprocess.call(['pacman', '-T', p], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n",
      "import subprocess\nps = subprocess.Popen(['adb', 'shell', 'ps'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile True:\n    line = ps.stdout.readline()\n    if not line:\n        break\n",
      // An encoder in a variable given only `-i FILE` describes the input on stderr, which is read; its listing on stdout, read (audit 15: Curlew).
      "from subprocess import Popen, PIPE\nclass Converter:\n    def get_duration(self, input_file):\n        proc = Popen([self.encoder, '-i', input_file], stdout=PIPE, stderr=PIPE)\n        return proc.stderr.read()\n    def get_time(self, input_file):\n        proc = Popen('{} -i \"{}\"'.format(self.encoder, input_file), stdout=PIPE, stderr=PIPE, shell=True)\n        return proc.stderr.read()\ndef get_available_codecs(encoder):\n    proc = Popen('{} -encoders'.format(encoder), shell=True, stdout=PIPE, stderr=PIPE)\n    return proc.stdout.read()\n",
      // The generator's loop stops only at the end of the output, or reads the rest after it.
      "import subprocess\n\ndef run_subprocess(p):\n    while True:\n        retcode = p.poll()\n        line = p.stdout.readline()\n        if len(line) > 0:\n            yield line\n        if retcode is not None and not line:\n            break\n\ndef run_command_print(command):\n    p = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, shell=True)\n    return list(run_subprocess(p))\n",
      "import subprocess\n\ndef run_subprocess(p):\n    while True:\n        retcode = p.poll()\n        line = p.stdout.readline()\n        if len(line) > 0:\n            yield line\n        if retcode is not None:\n            break\n    yield p.stdout.read()\n\ndef run_command_print(command):\n    p = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True, shell=True)\n    return list(run_subprocess(p))\n",
      // An alias of the stream also read to its end after the loop, or read to EOF by an iter() loop.
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout = p.stdout\nwhile p.poll() is None:\n    print(out.readline())\nprint(out.read())\n",
      "import subprocess\nclass Installer:\n    def install(self, name):\n        self.p = subprocess.Popen(['install-printerdriver', name], stdout=subprocess.PIPE)\n        stdout = self.p.stdout\n        for line in iter(stdout.readline, b''):\n            self.files.append(line)\n",
      // A reader thread's method reads `self._process` meanwhile.
      "import subprocess, threading, time\nclass Chooser:\n    def _pump(self):\n        for line in self._process.stdout:\n            self.lines.append(line)\n    def run(self):\n        self._process = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\n        threading.Thread(target=self._pump).start()\n        while True:\n            ret = self._process.poll()\n            if ret is not None:\n                return self._process.communicate()[0]\n            time.sleep(0.1)\n",
      "import subprocess, time\np = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\nwhile True:\n    if p.poll() is None:\n        print(p.stdout.readline())\n        continue\n    break\n",
      "import subprocess\np = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\nif tee:\n    for line in p.stdout:\n        print(line)\n    p.wait()\nelse:\n    out = p.communicate()[0]\n",
      "import subprocess\ndef run(fast):\n    p = subprocess.Popen(['python', 'x.py'], stdout=subprocess.PIPE)\n    if fast:\n        return p.communicate()[0]\n    out = p.stdout.read()\n    p.wait()\n    return out\n",
      // A short inline program writes a bounded amount; an explicit close is a deliberate discard;
      // a child terminated before the with-block ends has nothing left to break.
      "import subprocess, sys\nwith subprocess.Popen([sys.executable, '-c', \"import sys; sys.stdout.write('stdout'); sys.stderr.write('stderr')\"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:\n    out = proc.stdout.read()\n    err = proc.stderr.read()\n",
      "import subprocess\np = subprocess.Popen([cc], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.stdout.close()\np.stderr.close()\np.wait()\n",
      "import subprocess, sys\nwith subprocess.Popen([sys.executable, 'server.py'], stdout=subprocess.PIPE) as p:\n    name = p.stdout.readline()\n    p.terminate()\n    p.wait()\n",
      // A launcher waited for exits at once; its program's warnings sent away; macOS open starts no child of its own
      { code: "import subprocess\np = subprocess.Popen(['xdg-open', url], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.wait()\n" },
      { code: "import subprocess\nsubprocess.Popen('xdg-open %s 2>/dev/null' % url, shell=True, stdout=subprocess.PIPE)\n" },
      { code: "import subprocess\nsubprocess.Popen(['open', url], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n" },
      // A program the code names, that the table does not list, run once and waited for before the read
      { code: "import subprocess\nwith subprocess.Popen(['encfs', '--version'], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:\n    err = p.stderr.read()\n    out = p.stdout.read()\n" },
      // The same through a wrapper whose every caller is seen: the loudest passes an unlisted program
      // Quiet or bounded commands: the pipe cannot fill
      { code: "import subprocess\np = subprocess.Popen(['git', 'rev-parse', 'HEAD'], stdout=subprocess.PIPE)\np.wait()\n" },
      { code: "import subprocess\nsubprocess.Popen(['iptables', '-A', 'INPUT', '-j', 'DROP'], stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n" },
      { code: "import subprocess\nsubprocess.Popen('kill %d' % pid, shell=True, stdout=subprocess.PIPE).wait()\n" },
      { code: "import subprocess\np = subprocess.Popen('ifconfig wlan0 up'.split(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.wait()\n" },
      { code: "import subprocess\np = subprocess.Popen(['dot', '-V'], stderr=subprocess.PIPE)\np.wait()\n" },
      { code: "import subprocess\np = subprocess.Popen(['git', 'rev-parse', 'HEAD'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\np.wait()\n" },
      // Bounded modes of the same tools: a handshake check, an analysis, a word list of one line, one fake
      // authentication, a clone without a terminal; an unlisted program's stderr carries diagnostics only
      { code: "from subprocess import Popen, PIPE\ndef check(cap, essid, bssid, iface):\n    cmd = ['cowpatty', '-r', cap, '-s', essid, '-c']\n    p = Popen(cmd, stdout=PIPE)\n    p.wait()\n    cmd = ['pyrit', '-r', cap, 'analyze']\n    p = Popen(cmd, stdout=PIPE)\n    p.wait()\n    p = Popen('echo \"\" | aircrack-ng -a 2 -w - -b ' + bssid + ' ' + cap, stdout=PIPE, shell=True)\n    p.wait()\n    cmd = ['aireplay-ng', '-1', '0', '-a', bssid, '-T', '1', iface]\n    p = Popen(cmd, stdout=PIPE)\n    while p.poll() is None:\n        time.sleep(1)\n    p = Popen(['git', 'clone', '--depth=1', url, d], stderr=PIPE)\n    p.wait()\n    p = Popen(['latexml', '--quiet', x], stdout=PIPE, stderr=PIPE)\n    out = p.stdout.read()\n    p.wait()\n" },
      // A shell string reassigned in each branch of a menu in a loop: each call runs its own, quiet, command
      { code: "import subprocess\ndef menu(iface, mon):\n    while True:\n        choice = input()\n        if choice == 'scan':\n            cmd = 'airmon-ng stop ' + mon\n            subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n            cmd2 = 'airmon-ng start ' + iface\n            subprocess.Popen(cmd2, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n        elif choice == 'run':\n            cmd = 'airmon-ng stop ' + mon\n            subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n            cmd2 = 'airmon-ng start ' + iface + ' ' + channel\n            subprocess.Popen(cmd2, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n        elif choice == 'attack':\n            cmd = 'python flood.py ' + mon\n            os.system(cmd)\n" },
      // Services, init scripts, resolver flushes, one numbered rule, probes and usage texts, quiet modes
      { code: "import subprocess\nsubprocess.Popen('/etc/init.d/apache2 start', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nsubprocess.Popen(['/etc/init.d/dnsmasq', 'restart'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n" },
      { code: "import subprocess\np = subprocess.Popen(['resolvectl', 'flush-caches'], stdout=subprocess.PIPE)\np.wait()\np = subprocess.Popen(['systemd-resolve', '--flush-caches'], stdout=subprocess.PIPE)\np.wait()\n" },
      { code: "import subprocess\ndef rule_exists(n):\n    p = subprocess.Popen(['ipfw', 'list', '%d' % n], stdout=subprocess.PIPE)\n    for line in p.stdout:\n        if line.startswith(b'%05d ' % n):\n            break\n    p.wait()\n" },
      { code: "import subprocess\ndef operations(app):\n    p = subprocess.Popen([app, '--help'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return p.stdout.readlines()\ndef version(binary):\n    p = subprocess.Popen([binary, '-version'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return p.stdout.read()\ndef commands():\n    p = subprocess.Popen('docker', stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return p.stdout.readlines() or p.stderr.readlines()\n" },
      { code: "import subprocess\nsubprocess.Popen('ettercap -i ' + iface + ' -Tq -P rand_flood /' + a + '/ /' + b + '/', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nsubprocess.Popen('sslstrip -p -k -f', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nsubprocess.Popen(['flvtool2', '-U', out], stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n" },
      // A backgrounded command whose writes fail without stopping it on Python 2 (l2ping prints
      // without checking); a backgrounded command waited for, then read: wait() returns at once
      { code: "import subprocess, time\ndef flood(iface, addr):\n    for i in range(100):\n        subprocess.Popen('l2ping -i %s -f %s &' % (iface, addr), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        time.sleep(3)\n    print 'done'\n" },
      { code: "import subprocess\np = subprocess.Popen('python worker.py &', shell=True, stdout=subprocess.PIPE)\np.wait()\nout = p.stdout.read()\n" },
      // Drained in an order that works
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nout = p.stdout.read()\np.wait()\n" },
      // A poll-guarded readline() loop with the rest read after it, read to EOF inside it, or the handle handed on
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    line = p.stdout.readline()\nrest = p.stdout.read()\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    print(p.stdout.readline())\nfor line in p.stdout:\n    print(line)\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    print(p.stdout.readline())\nout, _ = p.communicate()\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    for line in iter(p.stdout.readline, b''):\n        print(line)\n" },
      { code: "import subprocess\ndef start(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    while p.poll() is None:\n        if p.stdout.readline().startswith(b'ready'):\n            return p\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nfor line in iter(p.stdout.readline, b''):\n    print(line)\np.wait()\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nt = threading.Thread(target=drain, args=(p.stderr,))\nout = p.stdout.read()\n" },
      { code: "import subprocess\nclass T:\n    def start(self):\n        self.server = subprocess.Popen(['python', 'server.py'], stdout=subprocess.PIPE)\n    def log(self):\n        return self.server.stdout.read()\n" },
      // shape 5, containers: read through the container (a loop, a comprehension, an item), or handed on (returned, passed)
      { code: "import subprocess\nprocs = []\nprocs.append(subprocess.Popen(['make'], stdout=subprocess.PIPE))\nfor p in procs:\n    print(p.stdout.read())\n    p.wait()\n" },
      { code: "import subprocess\nprocs = [subprocess.Popen(['make', t], stdout=subprocess.PIPE) for t in targets]\nouts = [p.communicate()[0] for p in procs]\n" },
      { code: "import subprocess\nclass Pool:\n    def __init__(self):\n        self.jobs = {}\n    def start(self, name):\n        self.jobs[name] = subprocess.Popen(['make', name], stdout=subprocess.PIPE)\n    def log(self, name):\n        return self.jobs[name].stdout.read()\n" },
      { code: "import subprocess\njobs = {}\ndef start(name):\n    jobs[name] = subprocess.Popen(['make', name], stdout=subprocess.PIPE)\n    return jobs\n" },
      { code: "import subprocess\nprocs = []\nprocs.append(subprocess.Popen(['make'], stdout=subprocess.PIPE))\nmonitor(procs)\n" },
      { code: "import subprocess\njobs = {}\njobs['a'] = subprocess.Popen(['git', 'rev-parse', 'HEAD'], stdout=subprocess.PIPE)\n" },
      // shape 7: both bindings of the name drained; shape 9: del after a full read
      { code: "import subprocess\nproc = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nproc.communicate()\nproc = subprocess.Popen(['make', 'install'], stdout=subprocess.PIPE)\nout = proc.stdout.read()\nproc.wait()\n" },
      { code: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout = p.stdout.read()\np.wait()\ndel p\n" },
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, err = p.communicate()\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nfor line in p.stdout:\n    print(line)\np.wait()\n",
      "import subprocess\nout = subprocess.Popen(['make'], stdout=subprocess.PIPE).communicate()[0]\n",
      "import subprocess\nout = subprocess.Popen(['make'], stdout=subprocess.PIPE).stdout.read()\n",
      "import subprocess\ndef f():\n    return subprocess.Popen(['make'], stdout=subprocess.PIPE)\n",
      "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nq = subprocess.Popen(['grep', 'x'], stdin=p.stdout)\n",
      "import subprocess\nsubprocess.Popen(['make']).wait()\n",
      "import subprocess\nsubprocess.Popen(['make'], stdout=subprocess.DEVNULL).wait()\n",
      "import subprocess\nsubprocess.Popen('rm -f x', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nsubprocess.Popen('make >log 2>&1', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()\n",
      "import subprocess\nwith self.assertRaises(OSError):\n    subprocess.Popen(['nope'], stdout=subprocess.PIPE)\n",
      "PIPE = 1\ndef Popen(*a, **k): pass\nPopen(['make'], stdout=PIPE)\n",
      // Wrappers of wrappers whose outermost callers all pass quiet or bounded commands
      "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command, wait=True):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if wait:\n        p.wait()\n        return get_stdout(p)\n    return p\ndef run_shell(command):\n    return execute(command, wait=True)\nrun_shell('sysctl -w a=b')\nrun_shell('iptables -F')\n",
      "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef execute(command):\n    p = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\ndef run_shell(command):\n    return execute(command)\ndef sh(c):\n    return run_shell(c)\nsh('iwconfig')\nrun_shell('kill 12')\nsh('sleep 2')\nexecute('ifconfig')\nsh('ps aux | grep dhcpd | grep -v grep')\nrun_shell('hostapd -B /etc/hostapd.conf')\nsh('ssh -V')\n",
      // A function of the module that reads the pipe, then the wait: drained in order
      "import subprocess\ndef get_stdout(pi):\n    result = pi.communicate()\n    return result[0]\ndef f():\n    p = subprocess.Popen('tar czvf /tmp/x.tgz /usr', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    out = get_stdout(p)\n    p.wait()\n    return out\n",
      "import subprocess\ndef read_out(pi):\n    return pi.stdout.read()\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout = read_out(p)\np.wait()\n",
      // Every caller seen: a flag that skips the drain with a command that prints a line (pass show -c) breaks nothing
      "import subprocess\ndef execute(cmd, wait=True):\n    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if wait:\n        out, _ = proc.communicate()\n        return out\n    return ''\nexecute('pass show -c mail', wait=False)\n",
      // An argv list with words added: the program it names prints nothing (rm -f)
      "import subprocess, sys\np = subprocess.Popen(['rm', '-f'] + sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\np.wait()\n",
      // A wrapper whose partial read runs only under `if on_line:`: callers that pass nothing, None or an empty
      // value skip it, and communicate() drains both pipes; so does the definition, every caller being seen
      "import subprocess\ndef query(cmd, on_line=None, stdin=None):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if on_line:\n        line = ''\n        while True:\n            c = p.stderr.read(1)\n            if not c:\n                break\n            on_line(c)\n    out, _ = p.communicate(stdin)\n    return out\ndef tracked(paths):\n    return query(['git', 'ls-files'] + paths)\nquery(['make', 'all'])\nquery(['make', 'all'], None)\nquery(['make', 'all'], on_line='')\ntracked(sys.argv[1:])\n",
    ],
  },
  POP008: {
    invalid: [
      // Python 2: the redirect does not make it fire-and-forget, pclose() waits (issue 11 item 6); the
      // subprocess fix checks the status, the background fix reuses the devnull handle in scope
      { code: "import os\nos.popen(cmd + ' >/dev/null')\n", target: "py2", errors: [[2, 1, "os.popen() used to fire and forget (the command's output is redirected): nothing breaks, but its exit status and errors are lost; on Python 2 the parent still waits for it when the pipe is collected"]] },
      { code: "import os\nDN = open(os.devnull, 'w')\nos.popen('kill %d' % pid)\n", target: "py2", errors: [[3, 1, "os.popen() used to fire and forget (`kill` prints nothing): nothing breaks, but its exit status and errors are lost; on Python 2 the parent still waits for it when the pipe is collected"]] },
      { code: "import os\nos.popen('iptables -A INPUT -s %s -j DROP' % ip)\n", errors: [[2, 1, "os.popen() used to fire and forget (`iptables -A` prints nothing): nothing breaks, but its exit status and errors are lost"]] },
      { code: "import os\nos.popen('git rev-parse --git-dir').close()\n", errors: [[2, 1, "os.popen() used to fire and forget (`git rev-parse` prints a line or a few): nothing breaks, but its exit status and errors are lost"]] },
      { code: "import os\nos.popen('kill %d' % pid)\n", target: "py2", errors: [[2, 1, "os.popen() used to fire and forget (`kill` prints nothing): nothing breaks, but its exit status and errors are lost; on Python 2 the parent still waits for it when the pipe is collected"]] },
      { code: "import os\nos.popen('python job.py >/dev/null 2>&1 &')\n", errors: [[2, 1, "os.popen() used to fire and forget (the output of `python` is redirected): nothing breaks, but its exit status and errors are lost"]] },
    ],
    valid: [
      { code: "import os\nos.popen('python job.py')\n" },
      { code: "import os\nout = os.popen('iptables -L').read()\n" },
    ],
  },
  POP007: {
    invalid: [
      // The documented asyncio deadlock: wait() before the read, or a partial read
      { code: "import asyncio\nasync def build():\n    proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n", errors: [[3, 18, "stdout pipe of create_subprocess_exec() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock"]] },
      { code: "import asyncio\nfrom asyncio.subprocess import PIPE\nasync def f(cmd):\n    p = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)\n    out = await p.stdout.read()\n    await p.wait()\n", errors: [[4, 15, "stderr pipe of create_subprocess_shell() is not read while the other is read to its end (the command is not known statically): the command blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock"]] },
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('python', 'srv.py', stdout=asyncio.subprocess.PIPE)\n    await p.stdout.readline()\n    await p.wait()\n", errors: [[3, 15, "stdout pipe of create_subprocess_exec() is only partly read before wait() (`python` runs a program whose output can grow): `python` blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock"]] },
      // Kept on self in one method, waited in another (or in a subclass), read nowhere
      { code: "import asyncio\n\nclass Build:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)\n\n    async def finish(self):\n        await self.proc.wait()\n        return self.proc.returncode\n", errors: [[5, 27, "stdout/stderr pipe of create_subprocess_exec() stored in `self.proc` is not read before the wait in Build.finish() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock"]] },
      { code: "import asyncio\nfrom asyncio.subprocess import PIPE\n\nclass Tool:\n    async def run(self, cmd):\n        self.proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)\n\nclass Cracker(Tool):\n    async def result(self):\n        if self.proc:\n            await self.proc.wait()\n", errors: [[6, 27, "stdout pipe of create_subprocess_shell() stored in `self.proc` is not read before the wait in Cracker.result() (the command is not known statically): the command blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock"]] },
    ],
    valid: [
      // Bounded or quiet commands, and reads that drain
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('git', 'rev-parse', 'HEAD', stdout=asyncio.subprocess.PIPE)\n    await p.wait()\n" },
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    out, _ = await p.communicate()\n" },
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    async for line in p.stdout:\n        print(line)\n    await p.wait()\n" },
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.DEVNULL)\n    await p.wait()\n" },
      { code: "import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_shell('kill %d' % pid, stdout=asyncio.subprocess.PIPE)\n    await p.wait()\n" },
      // Kept on self: read in another method (order unknown: drained), handed on, only killed, or never waited (closed with its transport)
      "import asyncio\n\nclass Build:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n\n    async def lines(self):\n        async for line in self.proc.stdout:\n            yield line\n\n    async def finish(self):\n        await self.proc.wait()\n",
      "import asyncio\n\nclass Build:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n        return self.proc\n\n    async def finish(self):\n        await self.proc.wait()\n",
      "import asyncio\n\nclass Build:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n\n    def stop(self):\n        self.proc.kill()\n",
      "import asyncio\n\nclass Build:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec('git', 'rev-parse', 'HEAD', stdout=asyncio.subprocess.PIPE)\n\n    async def finish(self):\n        await self.proc.wait()\n",
    ],
  },
  POP006: {
    invalid: [
      // A child that outlives the call, in a module that makes a pipe: the pipe's reader blocks until the child exits
      { code: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'])\nos.close(w)\nprint(os.fdopen(r).read())\n", target: "py2", errors: [[3, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (on Python 2 close_fds defaults to False and every descriptor is inheritable): it keeps the pipe made by `os.pipe()` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"]] },
      { code: "import os\nr, w = os.pipe()\nos.popen('job.sh &')\n", target: "py2", errors: [[3, 1, "the child of os.popen() runs on in the background and inherits the parent's descriptors (on Python 2 every descriptor is inheritable): it keeps the pipe made by `os.pipe()` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"]] },
      { code: "import socket, subprocess\na, b = socket.socketpair()\nsubprocess.Popen(['python', 'worker.py'])\n", target: "py2", errors: [[3, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (on Python 2 close_fds defaults to False and every descriptor is inheritable): it keeps the pipe made by `socket.socketpair()` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"]] },
      // Python 3.4+: close_fds=False passes a descriptor made inheritable (here a pipe2 without O_CLOEXEC)
      { code: "import os, subprocess\nr, w = os.pipe2(0)\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n", errors: [[3, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (close_fds=False): it keeps the pipe made by `os.pipe2()` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"]] },
      // A target range that includes Python 2
      { code: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['sleep', '10'])\n", target: ">=2.7", errors: [[3, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (on Python 2 close_fds defaults to False and every descriptor is inheritable): it keeps the pipe made by `os.pipe()` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"]] },
      // A command run in the background keeps the pipe whose output the parent reads to EOF: every version
      { code: "import subprocess\nout = subprocess.check_output('nohup ./server.sh &', shell=True)\n", errors: [[2, 7, "`./server.sh` runs in the background (`&`) and inherits the write end of the pipe subprocess.check_output() reads: check_output() sees EOF only when `./server.sh` exits, so the parent blocks for as long as it runs"]] },
      { code: "import os\nprint(os.popen('python worker.py &').read())\n", target: "py2", errors: [[2, 7, "`python` runs in the background (`&`) and inherits the write end of the pipe os.popen() reads: read() sees EOF only when `python` exits, so the parent blocks for as long as it runs"]] },
      { code: "import subprocess\np = subprocess.Popen('./agent start & echo ok', shell=True, stdout=subprocess.PIPE)\nout, _ = p.communicate()\n", errors: [[2, 5, "`./agent` runs in the background (`&`) and inherits the write end of the pipe subprocess.Popen() reads: communicate() sees EOF only when `./agent` exits, so the parent blocks for as long as it runs"]] },
      { code: "import subprocess\nr = subprocess.run('./daemon >/dev/null &', shell=True, capture_output=True)\n", errors: [[2, 5, "`./daemon` runs in the background (`&`) and inherits the write end of the pipe subprocess.run() reads: run() sees EOF only when `./daemon` exits, so the parent blocks for as long as it runs"]] },
    ],
    valid: [
      // A listening socket or a lock blocks nothing the code does: POP009's (off by default)
      { code: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'])\n", target: "py2" },
      { code: "import os, fcntl\nfcntl.flock(f, fcntl.LOCK_EX)\nos.system('nohup ./daemon.sh &')\n", target: "py2" },
      // Python 3.4+: os.pipe() is not inheritable, close_fds=False does not pass it (PEP 446)
      { code: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n" },
      { code: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'])\n" },
      // Waited, nothing held, close_fds=True, pass_fds
      { code: "import os, subprocess\nr, w = os.pipe()\np = subprocess.Popen(['python', 'worker.py'])\np.wait()\n", target: "py2" },
      { code: "import os\nos.popen('job.sh &')\n", target: "py2" },
      { code: "import os\nr, w = os.pipe()\nos.system('make')\n", target: "py2" },
      { code: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\n", target: "py2" },
      { code: "import os, subprocess\nr, w = os.pipe2(0)\nsubprocess.Popen(['python', 'worker.py'], close_fds=False, pass_fds=(w,))\n" },
      // The background command's output redirected, a `wait` for it, the pipe not read, or no shell
      { code: "import subprocess\nout = subprocess.check_output('nohup ./server.sh >/dev/null 2>&1 &', shell=True)\n" },
      { code: "import os\nfor line in os.popen('./a.sh & ./b.sh; wait'):\n    print(line)\n" },
      { code: "import subprocess\np = subprocess.Popen('./server.sh > log &', shell=True, stdout=subprocess.PIPE)\np.communicate()\n" },
      { code: "import subprocess\nsubprocess.Popen('./server.sh &', shell=True)\n" },
      { code: "import subprocess\nsubprocess.check_output(['echo', 'a & b'])\n" },
    ],
  },
  POP009: {
    invalid: [
      // A child that outlives the call keeps a listening socket or a lock
      { code: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'])\n", target: "py2", errors: [[5, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (on Python 2 close_fds defaults to False and every descriptor is inheritable): it keeps the socket opened by `socket.socket()` (a restart fails with \"Address already in use\" while the child lives)"]] },
      { code: "import socket, subprocess\ns = socket.socket()\ns.listen(5)\ns.set_inheritable(True)\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n", errors: [[5, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (close_fds=False): it keeps the socket opened by `socket.socket()` (a restart fails with \"Address already in use\" while the child lives)"]] },
      { code: "import os, fcntl\nfcntl.flock(f, fcntl.LOCK_EX)\nos.system('nohup ./daemon.sh &')\n", target: "py2", errors: [[3, 1, "the child of os.system() runs on in the background and inherits the parent's descriptors (on Python 2 every descriptor is inheritable): it keeps the lock taken by `fcntl.flock()` (it is not released while the child lives)"]] },
      { code: "import SocketServer, subprocess\nserver = SocketServer.TCPServer(('', 8000), Handler)\nsubprocess.Popen(['./agent.sh'], close_fds=False)\nserver.serve_forever()\n", target: "py2", errors: [[3, 1, "the child of subprocess.Popen() is never waited for here and inherits the parent's descriptors (close_fds=False): it keeps the server socket opened by `SocketServer.TCPServer()` (a restart fails with \"Address already in use\" while the child lives)"]] },
    ],
    valid: [
      // A client socket (no listen) held by the child a while longer harms nothing.
      { code: "import socket, subprocess\ns = socket.socket()\ns.connect(('example.com', 80))\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n", target: "py2" },
      // Python 3.4+: sockets are not inheritable, close_fds=False does not pass them (PEP 446)
      { code: "import socket, subprocess\ns = socket.socket()\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n" },
      // A pipe is POP006's
      { code: "import os\nr, w = os.pipe()\nos.popen('job.sh &')\n", target: "py2" },
      // Waited, no holdings, Python 3 defaults, close_fds=True
      { code: "import socket, subprocess\ns = socket.socket()\nsubprocess.Popen(['python', 'worker.py'])\n" },
      { code: "import socket, subprocess\ns = socket.socket()\ns.listen(1)\np = subprocess.Popen(['python', 'worker.py'])\np.wait()\n", target: "py2" },
      { code: "import os, socket\ns = socket.socket()\ns.listen(1)\nos.system('make')\n", target: "py2" },
      { code: "import socket, subprocess\ns = socket.socket()\ns.listen(1)\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\n", target: "py2" },
    ],
  },
};

const norm = (c: string | Case): Case => (typeof c === 'string' ? { code: c } : c);
const targetOf = (t: string | undefined) => (t === undefined || t === 'py2' || t === 'py3' ? (t as 'py2' | 'py3' | undefined) : parseRequiresPython(t)!);

for (const [rule, table] of Object.entries(tables)) {
  describe(rule, () => {
    const snapshots = new SnapshotFile(path.join(SNAPSHOTS, 'rules', `${rule}.snap`));
    for (const [i, raw] of table.invalid.entries()) {
      const c = norm(raw);
      test(`invalid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', targetOf(c.target))).filter((f) => f.rule === rule);
        if (c.errors) assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.column, f.message]), c.errors);
        else {
          assert.equal(findings.length, c.lines?.length ?? 1, findings.map((f) => f.message).join('\n'));
          if (c.lines) assert.deepEqual(findings.map((f) => f.range.start.line), c.lines);
        }
        if (c.evidence) assert.deepEqual(findings.map((f) => f.evidence), findings.map(() => c.evidence));
        snapshots.check(`${c.target ?? 'py3'} ${JSON.stringify(c.code)}`, renderFindings(c.code, findings));
        await assertMetamorphic('case.py', c.code, 'python', [rule], targetOf(c.target));
      });
    }
    for (const [i, raw] of table.valid.entries()) {
      const c = norm(raw);
      test(`valid #${i}: ${c.code.split('\n').find((l) => /popen|Popen/i.test(l))?.trim()}`, async () => {
        const findings = (await lint(c.code, [rule], 'python', targetOf(c.target))).filter((f) => f.rule === rule);
        assert.deepEqual(findings.map((f) => `${f.range.start.line}: ${f.message}`), []);
        assert.equal(await assertMetamorphic('case.py', c.code, 'python', [rule], targetOf(c.target)), 0);
      });
    }
    test('snapshots: every entry belongs to a case', () => snapshots.finish());
  });
}

test('the article: message names the hazard, position is the call', async () => {
  const findings = await lint("import os\ncmd = 'python test.py'\nos.popen(cmd)\n", ['POP001']);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /dies of `BrokenPipeError`/);
  assert.deepEqual(findings[0]!.range, { start: { line: 3, column: 1 }, end: { line: 3, column: 14 } });
});

test('columns count code points, not UTF-16 units', async () => {
  const findings = await lint("import os\nx = '𝄞é'; os.popen('ls')\n", ['POP001']);
  assert.deepEqual(findings[0]!.range.start, { line: 2, column: 11 });
});

test('suppression comments', async () => {
  const code = [
    'import os',
    "os.popen('a')  # noqa",
    "os.popen('b')  # noqa: POP001",
    "os.popen('c')  # noqa: POP002",
    "os.popen('d')  # popenlint: ignore[POP001]",
    "os.popen('e')",
  ].join('\n');
  const { lintText } = await import('../src/engine.js');
  const { SourceText } = await import('../src/source.js');
  const r = await lintText('x.py', new SourceText(code), 'python', { enabled: new Set(['POP001']), target: 'py3', evidence: 'possible' });
  assert.deepEqual(r.findings.map((f) => f.range.start.line), [4, 6]);
  const file = await lintText('x.py', new SourceText(`# popenlint: noqa\n${code}`), 'python', { enabled: new Set(['POP001']), target: 'py3' });
  assert.deepEqual(file.findings, []);
});
