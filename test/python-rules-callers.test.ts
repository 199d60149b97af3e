import { runTable } from './python-rules-table.js';

/**
 * POP005 for a wrapper whose command is its parameter, judged with the commands its callers
 * pass (src/python/callers.ts): the callers a thread, process or pool start makes
 * (started-targets.ts), and the calls of a method on its class or on an instance of it
 * (method-callers.ts). Audit 21 found these not seen (Setzer, udocker, rescuezilla). Each shape
 * both ways: a growing command keeps the finding and names the caller; a quiet one clears it.
 * Fixes are pinned by test/snapshots/rules/POP005-callers.snap.
 */
runTable('POP005', {
    invalid: [
      // a method's first parameter is its instance whatever its name (audit 31: va_pyghon's `this`)
      { code: "import subprocess\nclass Repo:\n    def __run(this, cmd):\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n        return p\n    def status(this):\n        return this.__run('git status').stdout.read()\n", evidence: 'grows', errors: [[4, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`git` can print a lot, passed to __run() at case.py:8): `git` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // thread.start_new_thread on a bound method (audit 21: Setzer document_stats)
      { code: "import subprocess, _thread\nclass Stats:\n    def count(self, f):\n        _thread.start_new_thread(self.run_query, (['make', f], f))\n    def run_query(self, arguments, filename):\n        p = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n        p.wait()\n        return p.communicate()[0]\n", errors: [[6,13,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to run_query() at case.py:4): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // threading.Thread(target=f, args=(...))
      { code: "import threading\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nthreading.Thread(target=build, args=(['make', 'all'],)).start()\n", errors: [[4,9,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to build() at case.py:6): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // executor.submit(f, ...)
      { code: "from concurrent.futures import ThreadPoolExecutor\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nwith ThreadPoolExecutor() as ex:\n    ex.submit(build, ['make', 'all'])\n", errors: [[4,9,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to build() at case.py:7): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // multiprocessing.Process(target=f, kwargs={...})
      { code: "import multiprocessing\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nmultiprocessing.Process(target=build, kwargs={'cmd': ['make']}).start()\n", errors: [[4,9,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to build() at case.py:6): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // pool.apply_async(f, (...))
      { code: "import multiprocessing\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\npool = multiprocessing.Pool(2)\npool.apply_async(build, (['make'],))\n", errors: [[4,9,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to build() at case.py:7): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // loop.run_in_executor(None, f, ...)
      { code: "import asyncio\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nasync def main():\n    await asyncio.get_running_loop().run_in_executor(None, build, ['make'])\n", errors: [[4,9,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to build() at case.py:7): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // an instance made in the call (audit 21: udocker Uprocess().pipe)
      { code: "import subprocess\nclass Runner:\n    def pipe_into(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nRunner().pipe_into(['make'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to pipe_into() at case.py:6): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a name bound once to an instance
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\ndef main():\n    r = Runner()\n    r.run_step(['make'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to run_step() at case.py:8): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // an attribute the class binds only to instances
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nclass App:\n    def __init__(self):\n        self.helper = Runner()\n    def go(self):\n        self.helper.run_step(['make'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to run_step() at case.py:10): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a static method on its class (audit 21: rescuezilla Utility.interruptable_run)
      { code: "import subprocess\nclass Utility:\n    @staticmethod\n    def interruptable_run(desc, cmd_list):\n        p = subprocess.Popen(cmd_list, stdout=subprocess.PIPE)\n        while p.poll() is None:\n            p.wait(timeout=1)\n        return p.communicate()\nUtility.interruptable_run('mount', ['make', 'all'])\n", errors: [[5,13,"stdout pipe of subprocess.Popen() is not read before the poll loop (`make` builds, installs or runs other programs: both streams can grow, passed to interruptable_run() at case.py:9): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a plain method called on the class takes the instance first
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nr = Runner()\nRunner.run_step(r, ['make'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow, passed to run_step() at case.py:7): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a call on an object of no known class: the method may get any command there
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\ndef main(runner):\n    runner.run_step(['mkfifo', 'x'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (run_step() runs its parameter `cmd`, and it is reached at case.py:7 in a way this run cannot follow (on an object of no known class, or handed on), with any command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // the bound method handed on: its calls are not followed
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\n    def later(self):\n        return self.run_step\nRunner().run_step(['mkfifo', 'x'])\n", errors: [[4,13,"stdout pipe of subprocess.Popen() is not read before wait() (run_step() runs its parameter `cmd`, and it is reached at case.py:7 in a way this run cannot follow (on an object of no known class, or handed on), with any command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
      // a start whose arguments are held in a name
      { code: "import subprocess, threading\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\ndef go(argv):\n    threading.Thread(target=build, args=argv).start()\n", errors: [[3,9,"stdout pipe of subprocess.Popen() is not read before wait() (build() runs its parameter `cmd`, and the caller at case.py:6 passes a command not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    ],
    valid: [
      // a name-mangled method nothing in its class calls: `self.__run` in another class is that class's own (audit 31: va_pyghon)
      "import subprocess\nclass Ui:\n    def __run(self, cmd):\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n        return p\nclass Repo:\n    def __run(self, cmd):\n        return 0\n    def pull(self):\n        self.__run('git pull')\n",
      // the same quiet command passed through `this`
      "import subprocess\nclass Repo:\n    def __run(this, cmd):\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n        return p\n    def head(this):\n        return this.__run('git rev-parse HEAD').stdout.read()\n",
      // thread.start_new_thread on a bound method (audit 21: Setzer document_stats): the caller passes a quiet command
      { code: "import subprocess, _thread\nclass Stats:\n    def count(self, f):\n        _thread.start_new_thread(self.run_query, (['mkfifo', f], f))\n    def run_query(self, arguments, filename):\n        p = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n        p.wait()\n        return p.communicate()[0]\n" },
      // threading.Thread(target=f, args=(...)): the caller passes a quiet command
      { code: "import threading\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nthreading.Thread(target=build, args=(['mkfifo', '/tmp/f'],)).start()\n" },
      // executor.submit(f, ...): the caller passes a quiet command
      { code: "from concurrent.futures import ThreadPoolExecutor\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nwith ThreadPoolExecutor() as ex:\n    ex.submit(build, ['git', 'rev-parse', 'HEAD'])\n" },
      // multiprocessing.Process(target=f, kwargs={...}): the caller passes a quiet command
      { code: "import multiprocessing\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nmultiprocessing.Process(target=build, kwargs={'cmd': ['kill', '1']}).start()\n" },
      // pool.apply_async(f, (...)): the caller passes a quiet command
      { code: "import multiprocessing\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\npool = multiprocessing.Pool(2)\npool.apply_async(build, (['mkdir', '-p', 'x'],))\n" },
      // loop.run_in_executor(None, f, ...): the caller passes a quiet command
      { code: "import asyncio\nimport subprocess\ndef build(cmd):\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\nasync def main():\n    await asyncio.get_running_loop().run_in_executor(None, build, ['mkfifo', 'x'])\n" },
      // an instance made in the call (audit 21: udocker Uprocess().pipe): the caller passes a quiet command
      { code: "import subprocess\nclass Runner:\n    def pipe_into(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nRunner().pipe_into(['mkfifo', 'x'])\n" },
      // a name bound once to an instance: the caller passes a quiet command
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\ndef main():\n    r = Runner()\n    r.run_step(['ifconfig', 'eth0', 'up'])\n" },
      // an attribute the class binds only to instances: the caller passes a quiet command
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nclass App:\n    def __init__(self):\n        self.helper = Runner()\n    def go(self):\n        self.helper.run_step(['kill', '-9', '1'])\n" },
      // a static method on its class (audit 21: rescuezilla Utility.interruptable_run): the caller passes a quiet command
      { code: "import subprocess\nclass Utility:\n    @staticmethod\n    def interruptable_run(desc, cmd_list):\n        p = subprocess.Popen(cmd_list, stdout=subprocess.PIPE)\n        while p.poll() is None:\n            p.wait(timeout=1)\n        return p.communicate()\nUtility.interruptable_run('mount', ['umount', '/mnt'])\n" },
      // a plain method called on the class takes the instance first: the caller passes a quiet command
      { code: "import subprocess\nclass Runner:\n    def run_step(self, cmd):\n        p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n        p.wait()\nr = Runner()\nRunner.run_step(r, ['mkfifo', 'x'])\n" },
    ],
}, 'POP005-callers', 'POP005 callers');
