/**
 * POP005 subprocess-pipe-never-drained
 *
 * ## What it does
 * Checks for `subprocess.Popen(..., stdout=PIPE)` (or `stderr=PIPE`) handles whose pipes are
 * not drained in an order that works: wait() before the first read, one pipe read while the
 * other fills, a partial read then wait(), a pipe never read (dropped, or on an attribute or
 * in a container nothing reads), when the command can write more than the pipe holds.
 *
 * ## Why is this bad?
 * `wait()` does not read the pipe. Once the command has written 64 KiB (the Linux pipe buffer)
 * it blocks on its write while the parent blocks in `wait()`: a deadlock, as the Python docs
 * warn. A Popen that is dropped closes the pipe and the command dies of SIGPIPE instead.
 */
import { argument, callsTo, parentLifetime } from '../src/python/analysis.js';
import { shellExitsAtOnce } from '../src/python/command.js';
import { processOutput } from '../src/python/argv.js';
import { devnullFix } from '../src/python/devnull-fix.js';
import { waitingCall } from '../src/python/waiting-call.js';
import { chosenPipes, growingStreams, isShell, NEVER_READ_SHAPES, pipesOf, siteOf } from '../src/python/pipe-site.js';
import { describe, patternOf, waitHow } from '../src/python/site-words.js';
import { choiceNote, ruledOutAt } from '../src/python/pipe-choice.js';
import { readFix } from '../src/python/read-fix.js';
import { endedCapture } from '../src/python/ended-capture.js';
import { returnedCapture } from '../src/python/returned-capture.js';
import { importedCaptures } from '../src/python/imported-capture.js';
import { pollTailLoss, pollTailOf } from '../src/python/poll-tail-loss.js';
import { commandEvidence, stronger } from '../src/knowledge/evidence.js';
import { reportClosedAtOnce } from '../src/python/closed-at-once.js';
import { heldPipe, reportHeldPipe } from '../src/python/held-pipe.js';
import { readsSharedPipe, sharedPipe, sharedPipeMessage } from '../src/python/shared-pipe.js';
import { pidRecorded } from '../src/python/pid-recorded.js';
import { readyMarker } from '../src/python/ready-marker.js';
import { wrapperCalls, wrapperSummaries } from '../src/python/wrappers.js';
import { classCall, classDefinition, internalCall } from '../src/python/wrapper-judge.js';
import { drainFlags, flagsAt, guardFlags, skippedArms } from '../src/python/wrapper-flags.js';
import { judgeCallers, parameterOf, unseenCallers } from '../src/python/callers.js';
import { handedParameter } from '../src/python/handed-parameter.js';
import { isTestPath } from '../src/test-files.js';
import { presenceProbe } from '../src/python/presence-probe.js';
import { isListed } from '../src/knowledge/commands.js';
import { pipeHazard } from '../src/knowledge/runtimes.js';
import { stderrReaderEvidence } from '../src/python/stderr-reader.js';
// psutil.Popen is a subclass of subprocess.Popen: the same pipes, the same wait().
const POPEN = new Set(['subprocess.Popen', 'psutil.Popen']);
// call() and check_call() are Popen(...).wait(): the Python docs warn against PIPE with them.
const WAITING = new Set(['subprocess.call', 'subprocess.check_call']);
export const rule = {
    meta: {
        id: 'POP005',
        name: 'subprocess-pipe-never-drained',
        language: 'python',
        summary: 'subprocess.Popen pipe not drained: wait() before the read, one pipe read while the other fills, or never read',
        defaultEnabled: true,
        severity: 'error',
        strategies: ['devnull', 'read', 'close'],
        needles: ['Popen', 'call', 'check_call'],
        requires: ['PIPE'],
        resolves: ['subprocess.Popen', 'psutil.Popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.PIPE', 'subprocess.DEVNULL', 'subprocess.STDOUT'],
        docs: {
            whatItDoes: "Checks `subprocess.Popen(..., stdout=PIPE)` / `stderr=PIPE` handles (PIPE written out, held in a local, spread from a dict the function binds once to a display or `dict(...)` and stores no other value of that key in, `Popen(cmd, **kwargs)`, or chosen by a condition on names the function binds once, `pipeout = PIPE if capture else None`: judged on the runs that pipe, where a use under a test of the same condition that cannot hold then, or after an `if` that returns when it holds, is no use of the pipe; a wrapper returning such a Popen is not judged at a caller that passes a literal ruling the pipe out, `capture=False`), following each binding of the name (a later `p = Popen(...)` is a new handle) and attributes across the module, for the orders that deadlock or break: `wait()` or a `poll()`/`returncode` loop before the first read (a loop that ends the child at its deadline, `if elapsed > timeout: p.kill()`, blocks until then and leaves the child's work unfinished: the message says so; also on the path that skips the reads: `if not background: out = p.stdout.read()` then `p.wait()`, an `if` without an `else` whose condition is not about the process and that sits in no loop; also a poll kept in a name, `ret = p.poll()`, whose `if ret is not None:` alone reads, in a loop; on a handle kept on `self`, in the method that starts it, when no other method reads it); one pipe read to its end (`p.stdout.read()`, `for line in p.stdout`) while the other pipe is never read; a partial read (`readline()`, `read(n)`, a `for` that breaks) then `wait()` or nothing (a `for` over the pipe whose every `break` follows a line saying the child is ready, `if 'listening on' in line: break`, leaves a server running and logging into a pipe nobody reads: reported whatever the command); a pipe closed unread (`p.stdout.close()`, the end of `with Popen(...) as p:`); a pipe closed right after the Popen, before anything read it, while the code goes on to read the other one (`p.stderr.close()` then `for line in p.stdout`): the child dies at its next write to the closed stream (a single warning on stderr: killed by SIGPIPE on Python 3, EPIPE on 2.7), and the output read stops there, whatever its size (not the pipeline idiom `p2 = Popen(..., stdin=p1.stdout); p1.stdout.close()`, a close under an `if`, or one after `wait()`/`kill()`; not for a command that writes nothing on that stream); a Popen dropped, or stored in an attribute or a container that nothing in the module reads a pipe through (`self.server = Popen(...)`, `jobs[k] = Popen(...)`, `procs.append(Popen(...))` then only `for p in procs: p.wait()`). Only pipes whose command can write more than the pipe holds are reported: `git rev-parse`, `iptables -A`, a command whose output the shell string redirects are not. A listing or a query read until the parent has what it wants and then left (`for line in p.stdout: ... break` over `git log`; `find` without an action, `grep`, `cat`, `ps`: the commands of `src/knowledge/output-only.data.ts`) is not reported either: the rest is output nobody reads, and the command has no other work to lose when it blocks on the full pipe or dies of SIGPIPE. A command line run wholly in the background (`shell=True`, `cmd &`) starts a shell that exits at once: `wait()` returns at once (a read after it is fine), and a pipe nobody reads closes under the command when the dropped Popen is reaped at the next subprocess call, killing it at its next write on Python 3 (on 2.7 its writes fail with EPIPE: reported unless the program is known to print without checking). A handle returned or passed on, or a container returned or passed on, is not reported where it is made: project wrappers that return it are judged at their callers, with the caller's command. A wrapper whose command is its parameter is judged with the commands the repository's callers pass (its calls, and the threads, processes and pools started on it: `Thread(target=run, args=(cmd,))`, `Process(target=..., kwargs={...})`, `_thread.start_new_thread(self.run, (cmd,))`, `executor.submit(run, cmd)`, `pool.apply_async(run, (cmd,))`, `loop.run_in_executor(None, run, cmd)`; a method, with its calls on `self` in its class and its subclasses, on the class (`Tool.run(cmd)`, a plain method taking the instance first) and on an instance whose class is known (`Tool().run(cmd)`, `t = Tool(); t.run(cmd)`, `self.tool.run(cmd)` where the class binds `self.tool` only to `Tool(...)`), a call on a module (`os.pipe()`) being none of them and one on an object of no known class leaving the command unknown; a copy without history, with the files under its outermost `pyproject.toml`, `setup.py` or `setup.cfg`, else under the folder named on the command line), following wrappers of wrappers (`def run_shell(cmd): return execute(cmd)`, up to four levels, across modules and star imports) to the outermost call: silent when every caller is seen and quiet; a wrapper that leaves the pipe undrained inside is reported where a caller passes a listed growing command, and at its definition only for the callers not judged there (a command not known statically, a program the command table does not list, no caller in the repository: a function for code outside it), the message saying which; a handle passed to a function of the module that reads it (`return get_stdout(p)`, where `get_stdout` calls `communicate()`) is read at that call; a class that keeps the Popen on `self` is judged through what its methods do (a `wait()` before the read inside a method, `__del__` ending the child of an object dropped at once); a wrapper that drains only when a parameter says so (`if wait: out = p.communicate(); return out`) is judged at each caller by the value it passes (the draining value: nothing to report; `False` or a value not known: the pipes are left unread, whatever the command). A wait found through a hand-off counts as a wait: the child's pid given to `os.waitpid()` or `psutil.Process(pid).wait()`, the handle passed to a function or method of the module that only waits, polls or kills. A stream read somewhere does not hide the other one nothing reads (`out = p.stdout` read line by line, `stderr=PIPE` never read). One pipe read line by line to its end (`for line in p.stdout`, `iter(p.stdout.readline, b'')`) reads until EOF, which comes only when the child exits, and `readline()` in a `while p.poll() is None` loop reads until the child exits, so a stderr read after the loop (`p.stderr.read()`, `communicate()`) deadlocks once the child has written 64 KiB of errors or progress. Where stderr is the stream read to its end and stdout is left unread, a command not known statically is no default evidence (`external-command`): code that reads only a child's stderr runs a program that reports there and writes its work to a file (an encoder given its output file), whose stdout stays empty; unless the code goes on to read stdout to its end once stderr has ended, wanting what the command prints there. Such a poll-guarded `readline()` loop (`while p.poll() is None`, `while p.returncode is None`, or a method or property of the class that answers it for the child kept on `self`, `while self._proc_is_alive()`, each of its returns that test or `False`) does not read to the end: it stops as soon as the child has exited, and the lines still in the pipe or the reader's buffer are never read; where it is the only read of that pipe (no read, `communicate()` or loop after it, the handle handed to nothing else), the end of the output is lost, whatever the command (no fix offered: `for line in iter(p.stdout.readline, b'')`, or a read of the rest after the loop, changes the loop's body); so does a loop that takes `poll()` before its `readline()` and breaks once that value is not None (`retcode = p.poll(); line = p.stdout.readline(); ...; if retcode is not None: break`: after the exit it reads one more line), or on the poll itself (`if p.poll() is not None: break`, before or after the read, as a reader thread's loop often does), also inside a function of the module the handle is handed to (a generator: `for line in run_subprocess(p)`), and a stream read through a local alias (`stdout = self.p.stdout`, `(out, err) = (p.stdout, p.stderr)`) used for nothing else; a Popen kept on `self` is followed in the method that starts it, through the methods of the class it calls on `self` (`while self.proc.poll() is None: self._read_stdout()`), unless another method (a reader thread's) or a subclass reads the filling pipe. A handle handed to a function of another module of the repository (`util.kill_app(self.server)`) is judged by what that function does with it, as one of this module is; an import the file's folders do not resolve (a folder the program puts on `sys.path`) reaches the one module of that name in the repository that defines the function. A handle written in the literal a `for` walks (`for p, name in ((a, 'a'), (b, 'b')):`) is followed to the loop variable. A capture left unread while the parent pauses (`time.sleep()`, `signal.pause()`, `input()`) and then ended (`terminate()`, `kill()`, `os.kill(p.pid, sig)`) and read (`communicate()`, `p.stdout.read()`) loses its output: a command listed as writing as it goes (a line per packet or frame, `tail -f`, `ping` without `-c`) blocks at 64 KiB during the pause, and what is read after the end stops there (a command not known statically is not reported in this shape); a capture kept on `self` and read, in every method that reads it, only after that method ends it (`self.cap.terminate(); out = self.cap.communicate()[0]` in `stop()`) is read by nothing while it runs, and loses its output the same way. A child kept on `self` (or in a container, or a module global a function sets) that the code stops from another method than the one that starts it (`kill()`, `terminate()`, `send_signal()`, `os.kill(pid)` in `stop()`, `close()`, `__exit__()`) runs until then, a server, a display, a tunnel: when every read of a piped stream comes only once it is ended or has exited (after the end in the same method, under `if self.proc.poll() is not None:`, or in a private method the class calls only there: `self._collect()` after `kill()`), nothing reads the pipe for its whole life, and it blocks once it has written 64 KiB of log; reported whatever the command (a command not known statically rests on the command: `external-command`), with an unsafe `devnull` fix (what the code reads after the end is lost). A stream read while it runs (a reader thread, a public method anyone may call, a protocol read on stdout), closed, or redirected is not reported. A Popen handed to a class of the module (`Connected(process=p)`, kept as `self._process` by `__init__`) is judged by what the class does with the attribute when it waits or reads (`block()` waiting unread is a wait before the read); a class that only ends it keeps the hand-off. A function with its own command that returns the Popen (`def start_server(): return Popen([...], stdout=PIPE)`) is judged at each call of it in the module, where the caller holds the handle, and so is a module-level function of another module of the repository at each call of it through an import (`from utils.run import run_playbook`), when it returns one Popen whose pipes are PIPE written out. The program of an argv is also named by `shutil.which('x')`, or by the name holding its path (`FFMPEG_BINARY`, `self.ffmpeg_path`, `get_ffmpeg_exe()`: a program the table lists, with words such as path, bin, exe, get; a name ending in such a word names a program the table does not list too, `self.simarrange_path` running `simarrange` with the evidence of an unlisted program, unless its word is a role, `player_path`, `tool_bin`, or a shell builtin, `set_path`; an attribute of self set once in its class holds what its value names, `self._fvs2 = self._get_fvs2_bin()`; a function whose name ends in such a word, given the program's name, returns its path, `thirdparty_binary('ngramsymbols')`; a name holding the program's command line names it before the words added to it, `self.docker_cmd + ['image', 'save']`; the field a command-line template starts with, `'%s -9 -q %s' % (upx_path, f)`, names its program the same way); an argv built with `+=` (`cmd += ['-v', src]`) keeps its words, and so does a copy made a word at a time (`[str(x) for x in cmd]`, `list(map(str, cmd))`), which also keeps a wrapper's parameter. `readlines(hint)` is a partial read, and so is a `readline()` in a `for` over `range()` that nothing breaks out of (`for n in range(count): p.stdout.readline()` reads that many lines, not to EOF). A Popen dropped in a `try` whose handler catches its failure to start, running the program alone (`try: Popen('ant.bat', stdout=PIPE)` `except OSError: sys.exit(...)`), is a probe for the program's presence: its work and its output are not wanted, and it is not reported. `subprocess.call()` / `check_call()` with PIPE wait without reading (shape 1): reported when the command is known to write more than the pipe holds (a variable is not; a program the command table does not list only with `--evidence possible`, as a warning), and for `check_call()` whatever the command when a handler of the `try` around it (`except CalledProcessError as e`, `SubprocessError`, `Exception`) reads the exception's `output`, `stdout` or `stderr` of a piped stream: nothing captured it, so it is None (before 3.5 `stdout`/`stderr` do not exist: AttributeError) and the error text the handler reports is lost, whatever its size. A pipe handed to the next stage of a pipeline (`p2 = Popen(['xz'], stdin=p1.stdout)`, or `subprocess.run()`/`check_output()` with `stdin=p1.stdout`) while this process keeps its own copy of the read end, and then waits for the producer, or for a stage upstream of it whose output flows into it (`p1.wait()`, a poll loop, `os.waitpid()`, a read of its other pipe to the end, or a function of the project the stream is handed to that starts the consumer with it, `stdin=stdin` or `**{'stdin': stdin}`, and waits for the producer it is given, by itself or in a list: `run(cmd, stdin=gen.stdout, companions=[gen])`), or writes the producer's input (`shutil.copyfileobj(resp, p1.stdin)`, `p1.stdin.write(data)`, also inside `with Popen(...) as p1, Popen(..., stdin=p1.stdout)`: a producer blocked on its output reads no more input, and the write hangs) before closing that copy: when the consumer exits early (it is done, `head`, `grep -q`; or it fails, `xz` on a full disk) the producer gets no SIGPIPE while a read end is open, blocks once it has written 64 KiB, and the wait hangs (a producer whose output stays small is not reported; a command not known statically follows the policy of a wait before the read). Not reported: the copy closed after the consumer starts and before the wait (the Python docs' `p1.stdout.close()`), a `with Popen(...) as p1:` whose end is the only wait (it closes stdout first), the rest read by the parent once the consumer is done (`p2.wait()` then `p1.communicate()`), the producer ended before the wait, no wait for the producer; a producer whose consumer is itself a stage whose output can grow into a pipe this process also holds (`find | cpio | xz` with both copies kept: `cpio` blocks, not exits, when `xz` stops, and the hang is reported at `cpio`'s pipe). Handles are followed bound to a name, stored under a key written the same way at each use in the function (`self.proc['gz_' + k] = Popen(...)`), or kept on an attribute of the instance, through their uses in the class that stores them (`self.pid = Popen(['gzip', '-c'], stdin=PIPE, stdout=PIPE)`, `self.split = Popen(split, stdin=self.pid.stdout)`, `self.pid.wait()` in `close()`); a stream passed through an alias, or handles kept in a list, are not followed, and a pipeline inside one shell string holds no copy in this process. Where the parent holds the copies of two stages (`partclone | gzip | split`, both kept), the finding is the later stage's; once that copy is closed the earlier stage's is reported in its turn. The `close` fix inserts `p1.stdout.close()` on the line after the consumer starts (none when the wait is inside the function the stream is handed to: the close belongs there). A pipe handed to the next stage (`p2 = Popen(B, stdin=p1.stdout)`) and read by this process too while that stage runs (`p1.communicate()`, `p1.stdout.read()`, a `for` over it, `readline()`, with nothing between that waits for `p2`, reads it to its end or ends it) has two readers: each read takes what the other does not get, so the output is split between them differently on every run, on every runtime and at any size. It is reported on the producer; the consumer's own unread pipes are not (what it writes is its share of that output). No fix is offered: which reader the code means is not known. A child whose pid the code writes to a file (`f.write('%d' % p.pid)`, `print(p.pid, file=f)`: a pid file, for another process to stop it later) is meant to outlive this process, whose exit closes its unread pipes under it: a finding on a pipe it never reads rests on that (`lives-on`), whatever the program.",
            whyIsThisBad: "A pipe holds 64 KiB on Linux. `wait()` does not read it: once the child has written that much it blocks on the write while the parent blocks in `wait()` - a deadlock, which the Python documentation warns about. The same happens when the parent reads stdout to its end while the child fills stderr, and after a partial read. A pipe that stays open with nobody reading (a dropped Popen, a server stored on `self`) blocks the child once it has written 64 KiB; a pipe closed unread kills it at its next write.",
            example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
            useInstead: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, _ = p.communicate()\n",
            moreExamples: [
                {
                    title: 'a pipe handed to the next stage and read here too',
                    example: "import subprocess\ncounts = subprocess.Popen(['uniq', '-c', 'names.txt'], stdout=subprocess.PIPE)\nranked = subprocess.Popen(['sort', '-rn'], stdin=counts.stdout, stdout=subprocess.PIPE)\ntable = counts.communicate()[0]\n",
                    useInstead: "import subprocess\ncounts = subprocess.Popen(['uniq', '-c', 'names.txt'], stdout=subprocess.PIPE)\nranked = subprocess.Popen(['sort', '-rn'], stdin=counts.stdout, stdout=subprocess.PIPE)\ncounts.stdout.close()\ntable = ranked.communicate()[0]\ncounts.wait()\n",
                },
                {
                    title: 'stdout read line by line while the child runs, stderr only after',
                    example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile p.poll() is None:\n    print(p.stdout.readline())\nerrors = p.stderr.read()\n",
                    useInstead: "import subprocess\n# The errors come down the same pipe, in order with the output, read to its end.\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nfor line in iter(p.stdout.readline, b''):\n    print(line)\np.wait()\n",
                },
                {
                    title: 'readline() only while poll() says the child runs: its last lines are lost',
                    example: "import subprocess\np = subprocess.Popen(['pytest', '-v'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    line = p.stdout.readline()\n    print(line.decode(), end='')\n",
                    useInstead: "import subprocess\np = subprocess.Popen(['pytest', '-v'], stdout=subprocess.PIPE)\n# readline() returns b'' only at the end of the output, after the child has closed the pipe.\nfor line in iter(p.stdout.readline, b''):\n    print(line.decode(), end='')\np.wait()\n",
                },
                {
                    title: 'a server kept on an object, its pipe never read',
                    example: "import os, signal, subprocess\ndef stop(proc):\n    os.kill(proc.pid, signal.SIGINT)\nclass Site:\n    def start(self):\n        self.web = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def shutdown(self):\n        stop(self.web)\n",
                    useInstead: "import os, signal, subprocess\ndef stop(proc):\n    os.kill(proc.pid, signal.SIGINT)\nclass Site:\n    def start(self):\n        self.web = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)\n    def shutdown(self):\n        stop(self.web)\n",
                },
                {
                    title: "a pipeline whose parent keeps its copy of the pipe, then waits for the producer",
                    example: "import subprocess\nfind = subprocess.Popen(['find', '/srv'], stdout=subprocess.PIPE)\nxz = subprocess.Popen(['xz'], stdin=find.stdout, stdout=open('files.xz', 'wb'))\nxz.wait()\nfind.wait()   # hangs if xz fails (a full disk): find blocks on the pipe this process still holds\n",
                    useInstead: "import subprocess\nfind = subprocess.Popen(['find', '/srv'], stdout=subprocess.PIPE)\nxz = subprocess.Popen(['xz'], stdin=find.stdout, stdout=open('files.xz', 'wb'))\nfind.stdout.close()  # Allow find to receive a SIGPIPE if xz exits.\nxz.wait()\nfind.wait()\n",
                },
                {
                    title: 'a pipeline kept on an object, which holds its copy of the pipe until close() waits',
                    example: "import subprocess\nclass Compressed(object):\n    def __init__(self, path):\n        self.pid = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '1G', '-', path + '.'], stdin=self.pid.stdout)\n    def write(self, data):\n        self.pid.stdin.write(data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()   # hangs if split fails: gzip blocks on the pipe this object still holds\n",
                    useInstead: "import subprocess\nclass Compressed(object):\n    def __init__(self, path):\n        self.pid = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '1G', '-', path + '.'], stdin=self.pid.stdout)\n        self.pid.stdout.close()  # Allow gzip to receive a SIGPIPE if split exits.\n    def write(self, data):\n        self.pid.stdin.write(data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()\n",
                },
                {
                    title: 'pipeline stages stored under keys, the parent reading the first stage until it exits',
                    example: "import subprocess\nclass Backup:\n    def __init__(self):\n        self.proc = {}\n    def run(self, key, image):\n        self.proc['src_' + key] = subprocess.Popen(['partclone.ext4', '-c', '-s', '/dev/' + key, '-o', '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.proc['gz_' + key] = subprocess.Popen(['gzip', '-c'], stdin=self.proc['src_' + key].stdout, stdout=subprocess.PIPE)\n        self.proc['split_' + key] = subprocess.Popen(['split', '-b', '4G', '-', image], stdin=self.proc['gz_' + key].stdout)\n        for line in self.proc['src_' + key].stderr:   # hangs if split fails: gzip, then partclone, block on pipes this process holds\n            print(line)\n        return self.proc['src_' + key].wait()\n",
                    useInstead: "import subprocess\nclass Backup:\n    def __init__(self):\n        self.proc = {}\n    def run(self, key, image):\n        self.proc['src_' + key] = subprocess.Popen(['partclone.ext4', '-c', '-s', '/dev/' + key, '-o', '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.proc['gz_' + key] = subprocess.Popen(['gzip', '-c'], stdin=self.proc['src_' + key].stdout, stdout=subprocess.PIPE)\n        self.proc['src_' + key].stdout.close()  # Allow partclone to receive a SIGPIPE if gzip exits.\n        self.proc['split_' + key] = subprocess.Popen(['split', '-b', '4G', '-', image], stdin=self.proc['gz_' + key].stdout)\n        self.proc['gz_' + key].stdout.close()  # Allow gzip to receive a SIGPIPE if split exits.\n        for line in self.proc['src_' + key].stderr:\n            print(line)\n        return self.proc['src_' + key].wait()\n",
                },
                {
                    title: 'a capture left unread during a pause, then stopped and read',
                    example: "import subprocess, time\np = subprocess.Popen(['tcpdump', '-l', '-i', 'wlan0mon'], stdout=subprocess.PIPE)\ntime.sleep(10)\np.terminate()\nframes = len(p.communicate()[0].splitlines())\n",
                    useInstead: "import subprocess, time\nwith open('frames.txt', 'wb') as f:\n    p = subprocess.Popen(['tcpdump', '-l', '-i', 'wlan0mon'], stdout=f)\n    time.sleep(10)\n    p.terminate()\n    p.wait()\nwith open('frames.txt', 'rb') as f:\n    frames = len(f.read().splitlines())\n",
                },
            ],
            fixSafety: "`close` (safe), offered for a pipe handed to the next stage and kept: `p1.stdout.close()` on the line after the consumer's Popen (the Python docs' pipeline idiom); unsafe when the producer's exit status is looked at (a producer that used to finish into the pipe's buffer may now die of SIGPIPE when the consumer exits early) or the stream went to a function of the project; not offered when the stream is read later (a read of a closed file raises ValueError) or the wait is in the function it was handed to.\n`devnull` (safe), offered for a pipe nothing reads: `stdout=subprocess.DEVNULL` (an open devnull where the target includes Python 2 or 3.0-3.2, reusing a handle already in scope); nobody read the pipe, so nothing observable changes but the hazard. An existing `DEVNULL` import or `subprocess` alias is reused.\n`read`: `p.communicate()` in place of a bare `p.wait()` when nothing reads the pipe later (safe unless stdin is a pipe: communicate() also closes it); when the output is read after the wait (`p.wait(); out = p.stdout.read()`), or the other pipe after one is read to its end (`out = p.stdout.read(); err = p.stderr.read()`), `p_out, p_err = p.communicate()` where the parent first blocks, the later reads taking the output from its result (`out = p_out`, `for line in p_out.splitlines(True)`) and a used `p.wait()` becoming `p.returncode` (unsafe: the reads move); where a read cannot take its value so (a partial read, a pipe handed on), `p.wait()` moved below the first read (unsafe: it moves code); `p.communicate()` inserted before `rc = p.wait()` or after a Popen that is never read (unsafe: the parent now waits); `.communicate()` after a dropped Popen (unsafe). A handle returned by a project wrapper gets the `read` fix at the caller (unsafe: the wrapper's stdin is not known, and communicate() closes it); its PIPE stays, since other callers may read it.",
            reproduction: {
                files: {
                    'task.py': 'import subprocess, sys\np = subprocess.Popen([sys.executable, \'-c\', "print(\'x\' * 200000)"], stdout=subprocess.PIPE)\np.wait()   # the child blocks at 64 KiB, the parent in wait(): deadlock\nprint(\'finished\')\n',
                },
                run: 'timeout 5 python3 task.py; echo "exit status $?"',
                shows: 'exit status 124',
                says: 'exit status 124: killed by the timeout, never finished',
                fix: 'task.py',
            },
            references: [
                'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.wait',
                'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate',
            ],
        },
    },
    check(ctx) {
        for (const { call, qualified } of callsTo(ctx.model, POPEN)) {
            // Ex) pipeout = PIPE if capture else None; Popen(cmd, stdout=pipeout): judged on the runs that pipe (pipe-choice.ts).
            const chosen = chosenPipes(ctx, call);
            const pipes = chosen?.pipes ?? pipesOf(ctx, call);
            const choice = chosen?.choice ?? null;
            if (!pipes.stdout && !pipes.stderr)
                continue;
            // Ex) p.stderr.close() right after the Popen, stdout read: see closed-at-once.ts.
            if (!choice && reportClosedAtOnce(ctx, call, pipes, qualified))
                continue;
            // Ex) p2 = Popen(B, stdin=p1.stdout); out = p1.communicate()[0]: one pipe, two readers (shared-pipe.ts).
            const shared = choice ? null : sharedPipe(ctx, call);
            if (shared) {
                ctx.report(call, { message: sharedPipeMessage(ctx, call, shared, qualified), fixes: [], evidence: 'any-size' });
                continue;
            }
            // Ex) Popen(['sort', '-rn'], stdin=p1.stdout, stdout=PIPE): its input is that shared pipe, reported on p1.
            if (!choice && readsSharedPipe(ctx, call))
                continue;
            let output = processOutput(argument(call, 0, 'args'), isShell(call), ctx.model);
            // Ex) p2 = Popen(['xz'], stdin=p1.stdout); ...; p1.wait() - p1.stdout never closed: see held-pipe.ts.
            const held = choice ? null : heldPipe(ctx, call);
            // Ex) Popen(['osslsigncode', 'sign', ...], stdout=PIPE).wait(): see unlistedWaited().
            let unlisted = output.program !== null && !isListed(output.program);
            // Ex) def run(cmd): Popen(cmd, stdout=PIPE).wait() - the command is the callers'.
            if (output.program === null) {
                const wrapper = parameterOf(ctx.model, argument(call, 0, 'args'), true);
                // Ex) def execute(cmd): p = Popen(cmd, ..., stdout=PIPE); p.wait(); ...  execute('tar czvf ...')
                // A wrapper that leaves the pipe undrained inside is reported at each caller that passes a
                // listed growing command, or sets its drain flag otherwise (internalCall): the definition
                // answers only for the others.
                const inside = !!wrapper && [...wrapperSummaries(ctx.model).values()].some((s) => s.internal?.opener.id === call.id);
                const flags = wrapper ? drainFlags(ctx.model, call) : [];
                // Ex) if on_line: <read loop> - a caller known to skip the arm where the pipe is left runs none of it.
                const guards = wrapper ? guardFlags(ctx.model, call) : [];
                const skips = (c) => {
                    const skipped = skippedArms(c, guards);
                    return skipped.length > 0 && !siteOf(ctx, call, growingStreams(pipes, output), skipped, choice);
                };
                const judged = wrapper && judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => processOutput(a, isShell(call), m), (o) => growingStreams(pipes, o).length > 0, (c) => (flags.length > 0 && (inside || flagsAt(c, flags) === 'drains')) || skips(c), !inside);
                // Ex) def run_process(cmd): <poll-tail loop> ...  run_process('tcpdump -c 10'.split()) - quiet
                // callers leave no pipe to fill, but the tail the loop leaves unread is lost at any size.
                if (judged && !judged.growing && judged.unseen === 0) {
                    if (!choice && !held)
                        pollTailLoss(ctx, call, pipes, qualified);
                    continue;
                }
                // A held pipe is this function's own order (held-pipe.ts): judged here with the callers' commands.
                if (inside && judged && !judged.unlisted && !judged.started && judged.unseen === 0 && !held) {
                    if (!choice)
                        pollTailLoss(ctx, call, pipes, qualified);
                    continue;
                }
                const shown = inside && judged && !held ? judged.unlisted ?? judged.started : judged?.growing;
                // A command a test passes is no evidence when the program's own callers pass ones not known.
                // Every caller seen, and the loudest passes a program it names that the table does not list
                // (not a test's: what a test passes says nothing of what the program runs).
                unlisted = !!shown && shown === judged?.unlisted && judged.unseen === 0 && !isTestPath(shown.file) && shown.output.program !== null && !isListed(shown.output.program);
                if (shown && !(isTestPath(shown.file) && judged.unseenOutsideTests > 0))
                    output = { ...shown.output, evidence: `${shown.output.evidence}, passed to ${shown.fn}() at ${shown.at}` };
                else if (wrapper)
                    output = { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
            }
            // Ex) def SSH(COMMAND): Popen(['ssh', HOST, COMMAND], stdout=PIPE, ...) - the remote command is the callers'
            // (`['bash', '-c', line]`: a line not known statically, no program named).
            const handed = (output.program !== null || output.basis === 'value') && growingStreams(pipes, output).length > 0 ? handedParameter(argument(call, 0, 'args'), ctx.model) : null;
            if (handed) {
                const judged = judgeCallers({ file: ctx.path, model: ctx.model }, handed.wrapper, handed.classify, (o) => growingStreams(pipes, o).length > 0);
                if (judged && !judged.growing && judged.unseen === 0)
                    continue;
                if (judged?.growing && !(isTestPath(judged.growing.file) && judged.unseenOutsideTests > 0))
                    output = { ...judged.growing.output, evidence: `${judged.growing.output.evidence}, passed to ${judged.growing.fn}() at ${judged.growing.at}` };
            }
            if (held) {
                reportHeldPipe(ctx, call, held, pipes, output, qualified);
                continue;
            }
            let growing = growingStreams(pipes, output);
            let site = siteOf(ctx, call, growing, [], choice);
            // Ex) Popen(['xdg-open', path], stdout=PIPE, stderr=PIPE) dropped: the program the launcher
            // starts keeps the pipes for its life, and nothing ever reads them.
            const life = growingStreams(pipes, output, true);
            let launched = false;
            if (!site && life.length > growing.length) {
                const lived = siteOf(ctx, call, life, [], choice);
                if (lived && NEVER_READ_SHAPES.has(lived.verdict.shape))
                    [site, growing, launched] = [lived, life, true];
            }
            if (!site) {
                if (choice) {
                    returnedCapture(ctx, call, growing, output, choice);
                    continue;
                }
                if (!pollTailLoss(ctx, call, pipes, qualified) && !returnedCapture(ctx, call, growing, output))
                    endedCapture(ctx, call, pipes, growing, output);
                continue;
            }
            if (launched)
                output = { ...output, evidence: output.livesOn.says };
            const { verdict } = site;
            // Ex) try: Popen('ant.bat', stdout=PIPE) except OSError: sys.exit(...) - it only asks whether
            // the program starts: its work and output are not wanted (presence-probe.ts).
            if (site.handle === 'dropped' && verdict.shape === 'never-read' && presenceProbe(ctx.model, call, argument(call, 0, 'args')))
                continue;
            const pattern = patternOf(verdict, isShell(call) && shellExitsAtOnce(argument(call, 0, 'args'), ctx.model));
            if (!pattern) {
                if (!choice)
                    pollTailLoss(ctx, call, pipes, qualified);
                continue;
            }
            // Ex) for line in Popen(['git', 'log', ...], stdout=PIPE).stdout: ... break - a listing read
            // until the parent has what it wants: the rest is output nobody reads, and killing or
            // blocking the command loses nothing else (output-only.data.ts).
            if (verdict.shape === 'partial-then-left' && output.outputOnly && !launched)
                continue;
            // Ex) for line in p.stdout: if 'listening at' in line: break - a server read until ready, then
            // left running: it lives on whatever the command is (ready-marker.ts).
            const ready = !launched && verdict.shape === 'partial-then-left' && commandEvidence(output) !== 'grows' ? readyMarker(site.events) : null;
            const server = output.program ? `\`${output.program}\`` : 'the server';
            if (ready !== null)
                output = { ...output, evidence: `the read loop stops at the line saying ${JSON.stringify(ready.trim())}: ${server} is ready and runs on, logging into the pipe nobody reads any more` };
            // Ex) Popen(['osslsigncode', 'sign', ...], stdout=PIPE).wait(): the program writes what the
            // invocation asks, the same on every run; only its absence from the table says it grows.
            const weak = pattern === 'waited' && unlisted ? { basis: 'unlisted' } : {};
            const subject = launched ? `the program \`${output.program}\` starts` : ready !== null ? server : undefined;
            const hazard = pipeHazard(pattern, ctx.versions, 'unbounded', subject ? { ...output, subject } : { ...output, ...weak }, parentLifetime(ctx.model, call));
            if (!hazard.breaks) {
                if (!choice)
                    pollTailLoss(ctx, call, pipes, qualified);
                continue;
            }
            const streams = verdict.full.join('/');
            const fixes = [];
            const neverRead = verdict.neverRead.map((s) => (s === 'stdout' ? pipes.stdout : pipes.stderr)).filter((v) => v !== null);
            const devnull = devnullFix(ctx, call, neverRead);
            if (devnull)
                fixes.push(devnull);
            const read = readFix(ctx, call, site, pipes.stdin);
            if (read)
                fixes.push(read);
            // The evidence speaks of the stream that fills: stdout's phrase would not explain a stderr hazard.
            const evidence = launched || ready !== null || verdict.full.includes('stdout') || output.stdout === output.stderr || (output.stdout !== 'unbounded' && output.stderr === 'unbounded') ? output.evidence
                : `${output.program ? `\`${output.program}\`` : 'the command'} can write without bound on stderr`;
            // Ex) while p.poll() is None: p.stdout.readline()  ... stderr never read: the stderr deadlock, and
            // should the command exit first, the tail of stdout the loop leaves unread.
            const tail = verdict.shape === 'other-pipe-fills' && !choice ? pollTailOf(ctx, call, pipes) : null;
            const also = tail && !verdict.full.includes(tail.stream) ? `; should it exit first, the loop stops at once and the last lines of ${tail.stream}, still in the pipe, are lost` : '';
            // Ex) out.write('%d' % p.pid): a pid file, the child meant to outlive this process (pid-recorded.ts).
            const recorded = pattern === 'dropped-open' && !launched && ready === null ? pidRecorded(ctx, call) : null;
            const kept = recorded ? `; its pid is written to a file by \`${recorded.text.replace(/\s+/g, ' ')}\` (line ${recorded.startPosition.row + 1}) for something else to stop it later: it is meant to outlive this process, whose exit closes the pipe under it` : '';
            const judged = stderrReaderEvidence(site, output, hazard.evidence);
            ctx.report(call, { message: `${describe(site, streams).replace('subprocess.Popen()', `${qualified}()${choiceNote(choice)}`)} (${evidence}): ${waitHow(site, hazard.how)}${also}${kept}`, fixes, evidence: recorded ? stronger(judged, 'lives-on') : judged });
        }
        for (const { call, qualified } of callsTo(ctx.model, WAITING))
            waitingCall(ctx, call, qualified);
        for (const s of wrapperSummaries(ctx.model).values())
            if (s.cls)
                classDefinition(ctx, s, s.cls);
        // Ex) def sh(cmd): return Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE)  ...  sh('make').wait()  (shape 6)
        for (const w of wrapperCalls(ctx.model, ctx.path)) {
            const s = w.summary;
            // Ex) def _run(self, cmd, capture=False): pipeout = PIPE if capture else None; return Popen(cmd, stdout=pipeout)
            const chosen = !s.stdout && !s.stderr && s.chosen && !s.cls && !s.internal ? s.chosen : null;
            if (chosen?.choice && ruledOutAt(w.call, chosen.choice, chosen.params))
                continue;
            if (s.opener !== 'subprocess.Popen' || (!s.stdout && !s.stderr && !chosen))
                continue;
            if (s.cls) {
                classCall(ctx, w.call, s, s.cls, w.where);
                continue;
            }
            if (s.internal) {
                internalCall(ctx, w.call, s, s.internal, w.where);
                continue;
            }
            const output = processOutput(argument(w.call, s.param, s.paramName), s.shell, ctx.model);
            const growing = growingStreams({ stdout: s.stdout || chosen?.stdout ? w.call : null, stderr: s.stderr || chosen?.stderr ? w.call : null, merged: s.merged, stdin: false }, output);
            const site = siteOf(ctx, w.call, growing);
            if (!site)
                continue;
            const { verdict } = site;
            const pattern = patternOf(verdict, s.shell && shellExitsAtOnce(argument(w.call, s.param, ''), ctx.model));
            if (!pattern)
                continue;
            const hazard = pipeHazard(pattern, ctx.versions, 'unbounded', output, parentLifetime(ctx.model, w.call));
            if (!hazard.breaks)
                continue;
            const text = describe(site, verdict.full.join('/')).replace('subprocess.Popen()', `subprocess.Popen()${choiceNote(chosen?.choice ?? null)} returned by ${s.name}() (${w.where})`);
            // The wrapper's PIPE serves its other callers: only this caller's wait() can change.
            // Its stdin is not known here: communicate() would close it, so the fix is unsafe.
            const read = readFix(ctx, w.call, site, true);
            ctx.report(w.call, { message: `${text} (${output.evidence}): ${waitHow(site, hazard.how)}`, fixes: read ? [read] : [], evidence: stderrReaderEvidence(site, output, hazard.evidence) });
        }
        // Ex) from utils.run import run_playbook  ...  proc = run_playbook(path); while proc.poll() is None: ...
        importedCaptures(ctx);
    },
};
