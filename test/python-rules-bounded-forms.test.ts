import { runTable } from './python-rules-table.js';

/**
 * POP005 and the forms of loud programs that write a few lines (audit 31): make's cleaning target
 * alone (commands.data.ts `alone`), `docker ps -q`, `docker inspect -f`, ffmpeg's information
 * options; and the words of a formatted string split into an argv (src/python/argv.ts), which
 * tell `tshark -r FILE` (a quiet stderr) from a command not known statically. Each case's
 * findings (line, column, message, evidence) are pinned here, its fixes by
 * test/snapshots/rules/POP005-bounded-forms.snap.
 */
runTable('POP005', {
  valid: [
    // make clean echoes a few `rm` lines (audit 31: spoken-website, imaging8896)
    "import subprocess\ndef clean(d, f):\n    p = subprocess.Popen('make -C {0} clean file_name={1}'.format(d, f), stdout=subprocess.PIPE, shell=True)\n    p.wait()\n",
    "import subprocess\nfrom subprocess import PIPE\ndef cleanup(d):\n    subprocess.call('cd ' + d + ' && make clean', shell=True, stdout=PIPE, stderr=PIPE)\n",
    // ids only, and one templated field (audit 31: thesis-benchmark)
    "from subprocess import PIPE, Popen\ndef running():\n    p = Popen(['docker', 'ps', '-aq'], stdout=PIPE, text=True)\n    p.wait()\n    return p.stdout.read()\n",
    "from subprocess import PIPE, Popen\ndef pid(c):\n    p = Popen(['docker', 'inspect', '-f=\"{{.State.Pid}}\"', c], stdout=PIPE, text=True)\n    p.wait()\n    return p.stdout.read()\n",
    // ffmpeg -colors prints a fixed list and exits (audit 31: pyffmpeg)
    "from subprocess import PIPE, Popen\np = Popen(['/usr/local/bin/ffmpeg', '-colors'], stdin=PIPE, stdout=PIPE, stderr=PIPE)\nwhile p.poll() is None:\n    pass\n",
    // tshark -r writes the frames on stdout, read to its end; stderr gets an error at most (audit 31: Parsin-rtls)
    "import subprocess\ndef scan(name):\n    cmd = subprocess.Popen(('tshark -r ' + name + ' -T fields -e wlan.sa').split(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return cmd.stdout.read()\n",
    "import subprocess\ndef scan(name):\n    cmd = subprocess.Popen(('tshark -r %s -T fields' % name).split(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    return cmd.stdout.read()\n",
    // Code under `if False:` / `while 0:` never runs (blind audit 41: a demo's old loop kept under `if False:`)
    "from subprocess import PIPE, Popen\ndef logs(c):\n    if False:\n        p = Popen(['docker', 'logs', c], stdout=PIPE, text=True)\n        p.wait()\n        return p.stdout.read()\n",
    "from subprocess import PIPE, Popen\nwhile 0:\n    p = Popen(['docker', 'logs', 'web'], stdout=PIPE, text=True)\n    p.wait()\n",
  ],
  invalid: [
    // make clean all builds after cleaning
    { code: "import subprocess\nfrom subprocess import PIPE\ndef rebuild(d):\n    subprocess.call('cd ' + d + ' && make clean all', shell=True, stdout=PIPE, stderr=PIPE)\n", evidence: 'grows', errors: [[4, 5, 'stdout/stderr pipe of subprocess.call() is never read: call() waits for the command without reading it (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock']] },
    // docker logs without a count replays the whole log
    { code: "from subprocess import PIPE, Popen\ndef logs(c):\n    p = Popen(['docker', 'logs', c], stdout=PIPE, text=True)\n    p.wait()\n    return p.stdout.read()\n", evidence: 'grows', errors: [[3, 9, 'stdout pipe of subprocess.Popen() is not read before wait() (`docker logs` prints the whole log of the container, its stdout and its stderr each on its own stream): `docker` blocks once it has written 64 KiB while the parent waits for it: a deadlock']] },
    // the split words still say what an ffmpeg encode logs on its unread stderr
    { code: "import subprocess\ndef encode(src, out):\n    p = subprocess.Popen(('ffmpeg -i ' + src + ' -c:v libx264 ' + out).split(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    for line in p.stdout:\n        print(line)\n", evidence: 'grows', errors: [[3, 9, 'stderr pipe of subprocess.Popen() is not read while stdout is read line by line until it ends, which comes only when the command exits (`ffmpeg -c:v libx264` logs its progress on stderr while it encodes): `ffmpeg` blocks once it has written 64 KiB while the parent waits for it: a deadlock']] },
    // The `else` arm of `if False:` runs, and so does a test that is not false as written
    { code: "from subprocess import PIPE, Popen\ndef logs(c):\n    if False:\n        pass\n    else:\n        p = Popen(['docker', 'logs', c], stdout=PIPE, text=True)\n        p.wait()\n        return p.stdout.read()\n", evidence: 'grows', errors: [[6, 13, 'stdout pipe of subprocess.Popen() is not read before wait() (`docker logs` prints the whole log of the container, its stdout and its stderr each on its own stream): `docker` blocks once it has written 64 KiB while the parent waits for it: a deadlock']] },
    { code: "from subprocess import PIPE, Popen\nDEBUG = False\ndef logs(c):\n    if DEBUG:\n        p = Popen(['docker', 'logs', c], stdout=PIPE, text=True)\n        p.wait()\n        return p.stdout.read()\n", evidence: 'grows', errors: [[5, 13, 'stdout pipe of subprocess.Popen() is not read before wait() (`docker logs` prints the whole log of the container, its stdout and its stderr each on its own stream): `docker` blocks once it has written 64 KiB while the parent waits for it: a deadlock']] },
  ],
}, 'POP005-bounded-forms', 'POP005 bounded forms');
