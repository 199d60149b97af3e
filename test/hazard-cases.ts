import type { Strategy } from '../src/types.js';
import { HELD_CASES } from './hazard-held-cases.js';

/**
 * Hazard cases for the shapes of issue 12 and the fixes of issue 11, run by real interpreters
 * (test/hazard-shapes.test.ts on python3 and python2.7; test/e2e/hazard-shapes-matrix.test.ts on
 * every version under ~/.pyenv). Each case is a small program (`main.py`, with project modules
 * where the shape needs them) that popenlint must report; the program runs unfixed and shows
 * the failure, then popenlint's own fix is applied and the fixed program runs clean.
 * test/hazard-check.ts checks a case, test/hazard-run.ts runs the programs; the held-pipe
 * cases are in test/hazard-held-cases.ts.
 *
 * The children are files in the run's folder. `big.py` writes 300 KB to stdout (past the 64 KiB
 * pipe) and then leaves `child-done`; `big_err.py` the same on stderr; `chunks.py` in 4 KB lines; `article.py` sleeps 0.8 s
 * (the parent is gone by then), writes 4 KB and leaves `child-done`; `slow.py` the same after 1 s. A shell command
 * `... ; echo $? >status` records the child's exit status: 1 when it died of BrokenPipeError
 * (IOError on 2.7), 0 when it finished. The parent leaves `parent-done` when it gets past the hazard.
 */
export const CHILDREN: Record<string, string> = {
  'big.py': "import sys\nsys.stdout.write('x' * 300000)\nsys.stdout.flush()\nopen('child-done', 'w').write('1')\n",
  'big_err.py': "import sys\nsys.stderr.write('e' * 300000)\nsys.stderr.flush()\nsys.stdout.write('ok')\nopen('child-done', 'w').write('1')\n",
  'ready.py': "import sys\nprint('ready')\nsys.stdout.flush()\nsys.stdout.write('x' * 300000)\nsys.stdout.flush()\nopen('child-done', 'w').write('1')\n",
  // Line by line, as a server logs: once the reader is gone the blocked write fails whole
  // (one 300 KB write would return short instead, and Python 3 would drop the rest silently).
  'chunks.py': "import sys\nopen('child-started', 'w').write('1')\nfor i in range(75):\n    sys.stdout.write('x' * 4095 + '\\n')\n    sys.stdout.flush()\nopen('child-done', 'w').write('1')\n",
  'slow.py': "import sys, time\ntime.sleep(1)\nsys.stdout.write('1000' * 1024)\nsys.stdout.flush()\nopen('child-done', 'w').write('1')\n",
  'article.py': "import sys, time\ntime.sleep(0.8)\nsys.stdout.write('1000' * 1024)\nsys.stdout.flush()\nopen('child-done', 'w').write('1')\n",
};

/**
 * What the unfixed program shows:
 * - `deadlock`: the child sleeps in the kernel's pipe_write while the parent waits, for good;
 * - `lost`: the child dies before its work is done (exit status 1, no `child-done`);
 * - `status-lost`: a failing command, and the parent exits 0 without noticing;
 * - `waits`: Python 2's pclose() holds the parent until a fire-and-forget command ends;
 * - `cut`: the child sits blocked on the full pipe while the parent pauses, is ended, and the
 *   output the parent reads after the end is short (no `parent-done`; the parent exits 0);
 * - `held`: a pipeline's consumer has stopped or failed, its producer sleeps in pipe_write on the
 *   pipe whose read end this process still holds, and the parent waits for good; after the fix
 *   the producer dies of the closed pipe (`producer`) and the parent finishes
 *   (test/hazard-held-cases.ts).
 */
export type Before = 'deadlock' | 'lost' | 'status-lost' | 'waits' | 'cut' | 'held';

export interface HazardCase {
  rule: string;
  name: string;
  /** main.py */
  source: string;
  /** The project's other modules, by path. */
  files?: Record<string, string>;
  strategy: Strategy;
  before: Before;
  /** Only on Python 2, or only on Python 3 from this version. */
  py2Only?: boolean;
  minPy3?: [number, number];
  /** `lost`: the child also sat blocked on the full pipe while the parent lived. */
  blocksFirst?: boolean;
  /** popenlint offers no fix of this strategy (the wait is another function's): only the failure is shown. */
  noFix?: boolean;
  /** How many findings of the rule (default 1): a wrapper's definition and its caller. */
  findings?: number;
  /** `held`: the producer's exit status after the fix (`producer-rc`), on 2.7 and on 3.x. */
  producer?: { py2: string; py3: string };
  /**
   * popenlint's fix leaves a finding (`remaining`, with no fix) whose advice `complete` applies
   * by hand: the program with popenlint's fix alone must still show the failure, the completed
   * one must not.
   */
  byHand?: { remaining: RegExp; complete: (fixed: string) => string };
}

const DONE = "open('parent-done', 'w').write('1')";
const SH = (child: string) => `sys.executable + ' ${child}; echo $? >status'`;
/** A parent that lives on for a while after the call (a server, a long job), then exits once the harness has seen the child asleep on the full pipe, or done. */
// The parent lives until the harness has seen what it looks for (the child asleep on the full
// pipe, or done), at most 10 s: a fixed second was too short on a loaded machine, and 3 s too
// short at a load of 48 on 2 cores (the harness's samples come late). A run that goes as
// expected never waits for the bound: the harness writes `seen` at once.
const LIVE = "while not os.path.exists('child-started'):\n    time.sleep(0.02)\n_t = time.time()\nwhile not os.path.exists('seen') and time.time() - _t < 10:\n    time.sleep(0.02)";

export const CASES: HazardCase[] = [
  // Shapes 1-3 and 7 (POP005), asyncio (POP007).
  {
    rule: 'POP005', name: 'shape 1: wait() before the read; the fix keeps the output and the returncode', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nrc = p.wait()\nout = p.stdout.read()\nif rc == 0 and len(out) == 300000:\n    ${DONE}\n`,
  },
  {
    // The pipes given through `**kwargs`, a dict the module writes (audit 13: yt-dlg's _create_process()).
    rule: 'POP005', name: 'shape 1: wait() before the read, the pipes spread from a dict', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\nkwargs = dict(stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\np = subprocess.Popen([sys.executable, 'big.py'], **kwargs)\nrc = p.wait()\nout = p.stdout.read()\nif rc == 0 and len(out) == 300000:\n    ${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 1: a poll() loop before the first read', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys, time\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    time.sleep(0.05)\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 1: subprocess.call() with stdout=PIPE', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\nrc = subprocess.call([sys.executable, 'big.py'], stdout=subprocess.PIPE)\nif rc == 0:\n    ${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 2: stdout read to its end while stderr (never read) fills', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'big_err.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 2: stdout read to its end, then stderr', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'big_err.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nout = p.stdout.read()\nerr = p.stderr.read()\nif len(err) == 300000 and out.strip() == b'ok':\n    ${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 3: a partial read, then wait()', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'ready.py'], stdout=subprocess.PIPE)\nline = p.stdout.readline()\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 3: a read(n), then wait()', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'ready.py'], stdout=subprocess.PIPE)\nhead = p.stdout.read(5)\np.wait()\nif head == b'ready':\n    ${DONE}\n`,
  },
  {
    // The line read by a function of the module the handle is handed to (audit 39: a chat bot's `read(process)`).
    rule: 'POP005', name: 'shape 3: head_line(p), a function of the module, reads one line, then wait()', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\ndef head_line(proc):\n    return proc.stdout.readline()\np = subprocess.Popen([sys.executable, 'ready.py'], stdout=subprocess.PIPE)\nline = head_line(p)\np.wait()\nif line.strip() == b'ready':\n    ${DONE}\n`,
  },
  {
    // Lines of 4 KB: Python 2 rounds the hint up to its read buffer, and a line is read whole.
    rule: 'POP005', name: 'shape 3: readlines(hint), then wait()', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'chunks.py'], stdout=subprocess.PIPE)\nhead = p.stdout.readlines(5)\np.wait()\nif len(head[0]) == 4096:\n    ${DONE}\n`,
  },
  {
    // Python 3 only: on 2.7 communicate() after the for loop's read-ahead raises "ValueError: Mixing
    // iteration and read methods would lose data", so no read fix is offered where the target
    // includes Python 2 (test/python-fix.test.ts pins that).
    rule: 'POP005', name: 'shape 3: a break out of for line in p.stdout, then wait()', strategy: 'read', before: 'deadlock', minPy3: [3, 0],
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, 'ready.py'], stdout=subprocess.PIPE)\nfor line in p.stdout:\n    if line.strip() == b'ready':\n        break\np.wait()\nif line.strip() == b'ready':\n    ${DONE}\n`,
  },
  {
    // The read sits under an if the run does not take (`verbose` is false): nothing reads before wait().
    rule: 'POP005', name: 'a read only under an if, then wait(); the fix drains on every path', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\nverbose = len(sys.argv) > 5\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nif verbose:\n    print(p.stdout.read())\nrc = p.wait()\nif rc == 0:\n    ${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 7: the second binding of a name is waited unread', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', 'print(1)'], stdout=subprocess.PIPE)\np.communicate()\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE)\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP007', name: 'asyncio: await proc.wait() before the read', strategy: 'read', before: 'deadlock', minPy3: [3, 7],
    source: `import asyncio, sys\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, 'big.py', stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n    ${DONE}\nasyncio.run(main())\n`,
  },
  {
    // The loop run as 3.6 runs it (no asyncio.run before 3.7): the rule's claim holds on 3.6 as on the later versions.
    rule: 'POP007', name: 'asyncio on its own event loop (3.6 and later): await proc.wait() before the read', strategy: 'read', before: 'deadlock',
    source: `import asyncio, sys\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, 'big.py', stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n    ${DONE}\nloop = asyncio.new_event_loop()\nasyncio.set_event_loop(loop)\nloop.run_until_complete(main())\n`,
  },
  {
    rule: 'POP007', name: 'asyncio: await proc.wait(), then the read; the fix keeps the output and the returncode', strategy: 'read', before: 'deadlock', minPy3: [3, 7],
    source: `import asyncio, sys\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, 'big.py', stdout=asyncio.subprocess.PIPE)\n    rc = await proc.wait()\n    out = await proc.stdout.read()\n    if rc == 0 and len(out) == 300000:\n        ${DONE}\nasyncio.run(main())\n`,
  },
  {
    rule: 'POP007', name: 'asyncio: stdout read to its end while stderr (never read) fills', strategy: 'devnull', before: 'deadlock', minPy3: [3, 7],
    source: `import asyncio, sys\nfrom asyncio.subprocess import PIPE\nasync def main():\n    proc = await asyncio.create_subprocess_exec(sys.executable, 'big_err.py', stdout=PIPE, stderr=PIPE)\n    out = await proc.stdout.read()\n    await proc.wait()\n    ${DONE}\nasyncio.run(main())\n`,
  },
  {
    // Issue 11 (audit 4): the process kept on self by one method, waited by another; the fix reads it (communicate()).
    rule: 'POP007', name: 'asyncio: a process on self.proc, waited in another method, never read', strategy: 'read', before: 'deadlock', minPy3: [3, 7],
    source: `import asyncio, sys\nclass Tool:\n    async def start(self):\n        self.proc = await asyncio.create_subprocess_exec(sys.executable, 'big.py', stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)\n    async def result(self):\n        await self.proc.wait()\n        return self.proc.returncode\nasync def main():\n    t = Tool()\n    await t.start()\n    if await t.result() == 0:\n        ${DONE}\nasyncio.run(main())\n`,
  },
  {
    // The wait is in a subclass another module defines: the fix sends the output nobody reads to /dev/null.
    rule: 'POP007', name: 'asyncio: a base class keeps the process on self, a subclass in another module waits', strategy: 'devnull', before: 'deadlock', minPy3: [3, 7],
    source: `import asyncio, sys\nfrom asyncio.subprocess import PIPE\nclass Tool:\n    async def run(self, *args):\n        self.proc = await asyncio.create_subprocess_exec(sys.executable, *args, stdout=PIPE, stderr=PIPE)\nif __name__ == '__main__':\n    import cracker\n    asyncio.run(cracker.main())\n`,
    files: { 'cracker.py': `from main import Tool\nclass Cracker(Tool):\n    async def result(self):\n        if self.proc:\n            await self.proc.wait()\n        return self.proc.returncode\nasync def main():\n    c = Cracker()\n    await c.run('big.py')\n    if await c.result() == 0:\n        ${DONE}\n` },
  },
  {
    // No read fix: the wait is the helper's (a timeout, another waiter), communicate() before it would change it.
    rule: 'POP005', name: 'shape 1 through a hand-off: the handle passed to a helper that waits for its pid', strategy: 'read', before: 'deadlock', noFix: true,
    source: `import os, subprocess, sys\ndef wait_for(proc):\n    os.waitpid(proc.pid, 0)\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE)\nwait_for(p)\nout = p.stdout.read()\n${DONE}\n`,
  },
  // Shape 5: a pipe stored on an attribute that nothing in the module reads.
  {
    rule: 'POP005', name: 'shape 5: a server on self.proc, never read, waited at stop()', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\nclass Server(object):\n    def start(self):\n        self.proc = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def stop(self):\n        self.proc.wait()\ns = Server()\ns.start()\ns.stop()\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 5: stdout of self.proc read line by line, stderr read nowhere', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\nclass Job(object):\n    def start(self):\n        self.proc = subprocess.Popen([sys.executable, 'big_err.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def lines(self):\n        for line in self.proc.stdout:\n            yield line\nj = Job()\nj.start()\nout = list(j.lines())\n${DONE}\n`,
  },
  {
    // Shape A of the fifth audit: no fix is offered (the loop wants the lines as they come).
    rule: 'POP005', name: 'stdout of self.proc read line by line through a method round a poll loop, stderr only after', strategy: 'read', before: 'deadlock', noFix: true,
    source: `import subprocess, sys\nclass Scan(object):\n    def _read(self):\n        for line in iter(self.proc.stdout.readline, b''):\n            self.out.append(line)\n    def run(self):\n        self.out = []\n        self.proc = subprocess.Popen([sys.executable, 'big_err.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        while self.proc.poll() is None:\n            self._read()\n        return self.proc.stderr.read()\nif len(Scan().run()) == 300000:\n    ${DONE}\n`,
  },
  {
    // Shape B of the fifth audit: a server kept on self, ended through another module's function that only signals it.
    rule: 'POP005', name: 'a server on self ended through a function of another module, never read', strategy: 'devnull', before: 'deadlock',
    source: `import os, subprocess, sys, time\nimport util\nclass Site(object):\n    def start(self):\n        self.web = subprocess.Popen([sys.executable, 'chunks.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def stop(self):\n        util.kill_app(self.web)\ns = Site()\ns.start()\n_t = time.time()\nwhile not os.path.exists('child-done') and time.time() - _t < 15:\n    time.sleep(0.05)\ns.stop()\nif os.path.exists('child-done'):\n    ${DONE}\n`,
    files: { 'util.py': 'import os, signal\ndef kill_app(proc):\n    try:\n        os.kill(proc.pid, signal.SIGTERM)\n    except OSError:\n        return False\n    return True\n' },
  },
  {
    // Issue 11 (audit 8): a long-lived child kept on self, started in one method and stopped from another, its stderr
    // read only by a private method called after kill(): the child blocks on the full pipe while it should be working
    // (the parent waits for its work, `child-done`, and never sees it). The unsafe devnull fix drops what stop() read.
    rule: 'POP005', name: 'a long-lived child on self, its pipes read only once it is stopped', strategy: 'devnull', before: 'deadlock',
    source: `import os, subprocess, sys, time\nclass Display(object):\n    def __init__(self, command):\n        self._command = command\n    def start(self):\n        self._proc = subprocess.Popen(self._command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    def _collect(self):\n        self.out, self.err = self._proc.communicate()\n    def stop(self):\n        self._proc.kill()\n        self._proc.wait()\n        self._collect()\nd = Display([sys.executable, 'big_err.py'])\nd.start()\n_t = time.time()\nwhile not os.path.exists('child-done') and time.time() - _t < 15:\n    time.sleep(0.05)\nd.stop()\nif os.path.exists('child-done'):\n    ${DONE}\n`,
  },
  {
    // Issue 11 (audit 6): a Popen handed to a class of the module, whose method waits without reading.
    rule: 'POP005', name: 'a Popen handed to a class constructor, waited by a method of the class', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\nclass Connected(object):\n    def __init__(self, process=None):\n        self._process = process\n    def block(self):\n        return self._process.wait()\ndef connect():\n    process = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return Connected(process=process)\nif connect().block() == 0:\n    ${DONE}\n`,
  },
  {
    // Issue 11 (audits 5, 6): a function with its own command returns the Popen, the caller waits without reading.
    rule: 'POP005', name: 'a function with its own command returns the Popen, its caller waits', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\ndef start_job():\n    return subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE)\nproc = start_job()\nproc.wait()\nif proc.returncode == 0:\n    ${DONE}\n`,
  },
  {
    // Shape C of the fifth audit: a capture left unread during a pause, ended, then read: the lines read stop at 64 KiB.
    rule: 'POP005', name: 'a capture unread during time.sleep(), terminated, then read', strategy: 'read', before: 'cut', noFix: true,
    source: `import subprocess, sys, time\np = subprocess.Popen([sys.executable, 'chunks.py'], stdout=subprocess.PIPE)\ntime.sleep(2)\np.terminate()\nout = p.communicate()[0]\nif len(out.splitlines()) == 75:\n    ${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 5: Popen handles kept in a list, never read, waited through the list', strategy: 'devnull', before: 'deadlock',
    source: `import subprocess, sys\nprocs = []\nfor i in range(2):\n    procs.append(subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))\nfor p in procs:\n    p.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP002', name: 'shape 5: os.popen handles kept in a list, only closed', strategy: 'devnull', before: 'lost',
    source: `import os, sys\nhandles = []\nhandles.append(os.popen(${SH('article.py')}))\nfor h in handles:\n    h.close()\n`,
  },
  // Shape 6: project wrappers, in the file and in another module of the project.
  {
    rule: 'POP005', name: 'shape 6: a wrapper returns Popen(stdout=PIPE, stderr=PIPE), the caller waits', strategy: 'read', before: 'deadlock',
    source: `import subprocess, sys\ndef sh(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nsh(sys.executable + ' big.py').wait()\n${DONE}\n`,
  },
  {
    // No fix at the caller: the wrapper's other callers use its pipes. The parent waits for the file the child leaves.
    rule: 'POP005', name: 'shape 6: a wrapper that drains only when asked, called with wait=False', strategy: 'read', before: 'deadlock', noFix: true,
    source: `import os, subprocess, sys, time\ndef execute(cmd, wait=True):\n    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    if wait:\n        out, _ = proc.communicate()\n        return out\n    return ''\nexecute(sys.executable + ' big.py', wait=False)\nwhile not os.path.exists('child-done'):\n    time.sleep(0.05)\n${DONE}\n`,
  },
  {
    // A wrapper of a wrapper (run_shell -> execute), the read in a helper the handle is handed to, after the wait:
    // reported where the growing command is passed; no fix there (the wait is execute()'s, its other callers share it).
    rule: 'POP005', name: 'shape 6: a wrapper of a wrapper waits before a helper reads', strategy: 'read', before: 'deadlock', noFix: true,
    source: `import subprocess, sys\ndef get_stdout(pi):\n    return pi.communicate()[0]\ndef execute(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n    return get_stdout(p)\ndef run_shell(cmd):\n    return execute(cmd)\nrun_shell(sys.executable + ' big.py')\n${DONE}\n`,
  },
  {
    rule: 'POP005', name: 'shape 6: a wrapper in another module of the project, the caller waits', strategy: 'read', before: 'deadlock',
    files: { 'tools/__init__.py': '', 'tools/shell.py': 'import subprocess\n\n\ndef sh(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n' },
    source: `import sys\nfrom tools.shell import sh\np = sh(sys.executable + ' big.py')\np.wait()\n${DONE}\n`,
  },
  {
    rule: 'POP001', name: 'shape 6: a wrapper returns os.popen(cmd), the caller drops it', strategy: 'devnull', before: 'lost',
    source: `import os, sys\ndef run(cmd):\n    return os.popen(cmd)\nrun(${SH('article.py')})\n`,
  },
  {
    rule: 'POP001', name: 'shape 6: an os.popen wrapper in another module, the caller drops it', strategy: 'devnull', before: 'lost',
    files: { 'tools/__init__.py': '', 'tools/sh.py': 'import os\n\n\ndef run(cmd):\n    return os.popen(cmd)\n' },
    source: `import sys\nimport tools.sh as sh\nsh.run(${SH('article.py')})\n`,
  },
  // Shape 8: subprocess reached only through a project module's star import.
  {
    rule: 'POP005', name: 'shape 8: from tools.core import * brings subprocess', strategy: 'read', before: 'deadlock',
    files: { 'tools/__init__.py': '', 'tools/core.py': 'import subprocess\nimport sys\n' },
    source: `from tools.core import *\np = subprocess.Popen([sys.executable, 'big.py'], stdout=subprocess.PIPE)\np.wait()\n${DONE}\n`,
  },
  // Shape 9: small shapes.
  {
    rule: 'POP001', name: 'shape 9: os.popen(cmd).read without the call', strategy: 'devnull', before: 'lost',
    source: `import os, sys\nos.popen(${SH('article.py')}).read\n`,
  },
  {
    rule: 'POP001', name: 'shape 9: a list comprehension used as a statement', strategy: 'devnull', before: 'lost',
    source: `import os, sys\ncmds = [${SH('article.py')}]\n[os.popen(c) for c in cmds]\n`,
  },
  {
    rule: 'POP001', name: 'shape 9: threading.Thread(target=os.popen, args=(cmd,))', strategy: 'devnull', before: 'lost',
    source: `import os, sys, threading\nthreading.Thread(target=os.popen, args=(${SH('article.py')},)).start()\n`,
  },
  {
    rule: 'POP005', name: 'shape 9: del p before any read', strategy: 'devnull', before: 'lost', blocksFirst: true,
    source: `import os, subprocess, sys, time\np = subprocess.Popen(${SH('chunks.py')}, shell=True, stdout=subprocess.PIPE)\ndel p\n${LIVE}\n`,
  },
  {
    rule: 'POP004', name: 'shape 9: r, w = popen2.popen2(cmd) with r never read', strategy: 'devnull', before: 'lost', blocksFirst: true, py2Only: true,
    source: `import os, popen2, sys, time\nr, w = popen2.popen2(${SH('chunks.py')})\nw.close()\n${LIVE}\n`,
  },
  // Evidence `deadlock`: the command is read from a file at run time, so it is not known statically; the parent waits
  // unread, and whatever the command is, once it writes more than the pipe holds both wait for good. `job.sh` is a
  // shell child (300 KB through `tr`, then `child-done`).
  {
    rule: 'POP005', name: 'a command read from a file at run time, wait() before the read', strategy: 'read', before: 'deadlock',
    files: { 'job.cmd': 'sh job.sh\n', 'job.sh': "head -c 300000 /dev/zero | tr '\\0' x\necho 1 >child-done\n" },
    source: `import subprocess\ncommand = open('job.cmd').read().strip()\np = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nrc = p.wait()\nif rc == 0:\n    ${DONE}\n`,
  },
  {
    rule: 'POP007', name: 'asyncio: a command read from a file at run time, await proc.wait() before the read', strategy: 'read', before: 'deadlock', minPy3: [3, 7],
    files: { 'job.cmd': 'sh job.sh\n', 'job.sh': "head -c 300000 /dev/zero | tr '\\0' x\necho 1 >child-done\n" },
    source: `import asyncio\nasync def main():\n    proc = await asyncio.create_subprocess_shell(open('job.cmd').read().strip(), stdout=asyncio.subprocess.PIPE)\n    if await proc.wait() == 0:\n        ${DONE}\nasyncio.run(main())\n`,
  },
  // POP008: a quiet command's failure is lost; the fix raises it.
  {
    rule: 'POP008', name: 'fire and forget: a failing quiet command goes unnoticed', strategy: 'subprocess', before: 'status-lost',
    source: "import os\nos.popen('mkdir no-such-dir/sub')\nprint('done')\n",
  },
  // Issue 11 item 6: on Python 2 pclose() waits for a dropped os.popen; the background form does not.
  {
    rule: 'POP008', name: 'Python 2: a dropped quiet os.popen holds the parent until it ends', strategy: 'background', before: 'waits', py2Only: true,
    source: "import os\nos.popen('sleep 1; touch done')\nprint 'started'\n",
  },
  {
    rule: 'POP001', name: 'Python 2: a dropped os.popen holds the parent, and its child dies', strategy: 'background', before: 'waits', py2Only: true,
    source: `import os, sys\nos.popen(${SH('slow.py')})\nprint 'started'\n`,
  },
  ...HELD_CASES,
];

/**
 * The cases `npm test` runs (test/hazard-shapes.test.ts): one per rule, on python3 (POP004's on
 * python2.7, its only runtime). The others run in `npm run test:e2e` on the same two interpreters
 * (test/e2e/hazard-shapes.test.ts) and on every version under ~/.pyenv
 * (test/e2e/hazard-shapes-matrix.test.ts).
 */
export const QUICK_CASES: readonly string[] = [
  'POP001 shape 9: a list comprehension used as a statement',
  'POP002 shape 5: os.popen handles kept in a list, only closed',
  'POP004 shape 9: r, w = popen2.popen2(cmd) with r never read',
  'POP005 shape 1: wait() before the read; the fix keeps the output and the returncode',
  'POP007 asyncio: await proc.wait() before the read',
  'POP008 fire and forget: a failing quiet command goes unnoticed',
];

/** Whether `npm test` runs the case on this interpreter (python3, or python2.7 for a Python 2 only case). */
export function isQuick(c: HazardCase, py2: boolean): boolean {
  return QUICK_CASES.includes(`${c.rule} ${c.name}`) && py2 === !!c.py2Only;
}

/** Whether the case runs on this interpreter version ([2, 7], [3, 12]...). */
export function appliesTo(c: HazardCase, version: [number, number]): boolean {
  if (version[0] === 2) return !c.minPy3 && !c.source.includes('asyncio');
  if (c.py2Only) return false;
  return !c.minPy3 || version[1] >= c.minPy3[1];
}
