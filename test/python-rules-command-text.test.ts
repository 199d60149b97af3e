import { runTable } from './python-rules-table.js';

/**
 * POP005 and the command text: a command seen through the builtin `str()` (src/python/command.ts
 * sameText), cmd's built-ins `vol`/`ver`, aircrack-ng's speed test (src/knowledge/commands.data.ts),
 * a saved capture read back as a listing whose rest nobody wants (src/knowledge/output-only.data.ts),
 * a name bound again in every branch of an if/else (src/python/analysis.ts coveringIfs), the command
 * line or argv a function of the module or a method of the class returns (src/python/returned-command.ts).
 * Each case's findings (line, column, message, evidence) are pinned here, its fixes by
 * test/snapshots/rules/POP005-command-text.snap.
 */
runTable('POP005', {
  invalid: [
    // str(cmd) of the builtin is the command itself: the program is known (audit 23: waidps wraps every command in str())
    { code: "import subprocess\ndef build(target):\n    cmd = \"make \" + target\n    p = subprocess.Popen(str(cmd), shell=True, stdout=subprocess.PIPE)\n    p.wait()\n", evidence: 'grows', errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // a module's own str() is not the builtin: the command is what that function returns (`make`), not its argument
    { code: "import subprocess\ndef str(x):\n    return \"make\"\ndef ip():\n    cmd = \"ip route show\"\n    p = subprocess.Popen(str(cmd), shell=True, stdout=subprocess.PIPE)\n    p.wait()\n", evidence: 'grows', errors: [[6, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // cmd /c running a program: `vol` as one of its arguments is not cmd's built-in
    { code: "import subprocess\ndef run(x):\n    subprocess.check_call([\"cmd.exe\", \"/c\", \"python\", x, \"vol\"], stdout=subprocess.PIPE)\n", evidence: 'grows', errors: [[3, 5, "stdout pipe of subprocess.check_call() is never read: check_call() waits for the command without reading it (`cmd.exe` runs a program whose output can grow): `cmd.exe` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // a live capture read until a frame, then waited: it goes on capturing into the full pipe
    { code: "import subprocess\ndef sniff(iface):\n    p = subprocess.Popen([\"tcpdump\", \"-l\", \"-i\", iface], stdout=subprocess.PIPE)\n    for line in p.stdout:\n        if \"EAPOL\" in line:\n            break\n    p.wait()\n", evidence: 'grows', errors: [[3, 9, "stdout pipe of subprocess.Popen() is only partly read before wait() (`tcpdump` prints a line per captured packet until it is stopped): `tcpdump` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // an if/elif without an else leaves the earlier binding reaching the call: `make` may run there
    { code: "import subprocess\ndef run(quick, pipe):\n    cmd = [\"make\", \"all\"]\n    subprocess.call(cmd)\n    if quick:\n        cmd = [\"git\", \"rev-parse\", \"HEAD\"]\n    elif pipe:\n        cmd = [\"mkfifo\", pipe]\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\n", evidence: 'grows', errors: [[9, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // a command line a method of the class returns is the command the call runs (audit 35: MeasurementFramework's generate_tshark_command)
    { code: "import subprocess\nclass Build:\n    def command(self, target):\n        return \"make \" + target\n    def run(self, target):\n        cmd = self.command(target)\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'grows', errors: [[7, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // of several returns, the loudest counts
    { code: "import subprocess\nclass Repo:\n    def command(self, quick):\n        if quick:\n            return \"git rev-parse HEAD\"\n        return \"make all\"\n    def run(self, quick):\n        p = subprocess.Popen(self.command(quick), shell=True, stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'grows', errors: [[8, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // an argv a method returns
    { code: "import subprocess\nclass Build:\n    def argv(self, target):\n        return [\"make\", target]\n    def run(self, target):\n        p = subprocess.Popen(self.argv(target), stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'grows', errors: [[6, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // a command line held on self, set once in __init__: that line runs (blind audit 43: IntensiveCPU-simple's monitors)
    { code: "import subprocess\nclass Build:\n    def __init__(self):\n        self.command = \"make all\"\n    def run(self):\n        p = subprocess.Popen(self.command, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'grows', errors: [[6, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // a part of the line held on self, set once in __init__ with a field known at run time (audit 43: Fetch.py's scp prefix)
    { code: "import subprocess\nclass Build:\n    def __init__(self, d):\n        self.pre = \"make -C \" + d\n    def run(self):\n        cmd = self.pre + \" all\"\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'grows', errors: [[7, 13, "stdout pipe of subprocess.Popen() is not read before wait() (`make` builds, installs or runs other programs: both streams can grow): `make` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // set again outside __init__: the line may be any
    { code: "import subprocess\nclass Monitor:\n    def __init__(self):\n        self.command = \"sudo iftop -t -s 1 -B\"\n    def use(self, line):\n        self.command = line\n    def run(self):\n        p = subprocess.Popen(self.command, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n", evidence: 'deadlock', errors: [[8, 13, "stdout pipe of subprocess.Popen() is not read before wait() (the command is not known statically): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
  ],
  valid: [
    // iftop in text mode with -s prints one report and exits; its line is held on self from __init__ (blind audit 43: IntensiveCPU-simple iftop_monitor.py)
    "import subprocess\nclass Iftop:\n    def __init__(self):\n        self.interval = 1\n        self.command = \"sudo iftop -t -s \" + str(self.interval) + \" -B\"\n    def run(self):\n        val = subprocess.Popen(self.command, shell=True, stdout=subprocess.PIPE)\n        val.wait()\n        return val.stdout.readlines()\n",
    // a quiet program named in a part of the line held on self
    "import subprocess\nclass Fifo:\n    def __init__(self, d):\n        self.pre = \"mkfifo \" + d\n    def run(self, name):\n        cmd = self.pre + \"/\" + name\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n        p.wait()\n",
    // a method's command line that ends in `> file`, handed to a method that waits unread (audit 35: MeasurementFramework timestamptool.py:273)
    "import subprocess\nclass Tool:\n    def tshark_command(self):\n        command = f\"sudo tshark -T ek -r {self.pcap} \"\n        out = f\"> {self.out_path}\"\n        fields = \"\"\n        for f in self.fields:\n            fields += f\"-e {f} \"\n        cmd = command + fields + out\n        return cmd\n    def read_capture(self, cmd):\n        p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        p.wait()\n    def main(self):\n        tshark_cmd = self.tshark_command()\n        self.read_capture(cmd=tshark_cmd)\n",
    // a module function's command line sends stdout to /dev/null
    "import subprocess\ndef sync_line(dst):\n    return \"rsync -a src/ %s > /dev/null\" % dst\ndef sync(dst):\n    p = subprocess.Popen(sync_line(dst), shell=True, stdout=subprocess.PIPE)\n    p.wait()\n",
    // an argv a method returns runs a quiet program
    "import subprocess\nclass Fifo:\n    def argv(self, path):\n        return [\"mkfifo\", path]\n    def make(self, path):\n        p = subprocess.Popen(self.argv(path), stdout=subprocess.PIPE)\n        p.wait()\n",
    // a return inside a nested function is not the method's
    "import subprocess\nclass Fifo:\n    def command(self, path):\n        def loud():\n            return \"make all\"\n        return \"mkfifo \" + path\n    def run(self, path):\n        p = subprocess.Popen(self.command(path), shell=True, stdout=subprocess.PIPE)\n        p.wait()\n",
    // a name holding the `> file` part of a concatenated command line (a template with a field)
    "import subprocess\ndef dump(pcap, dst):\n    out = f\"> {dst}\"\n    p = subprocess.Popen(f\"tshark -r {pcap} \" + out, shell=True, stdout=subprocess.PIPE)\n    p.wait()\n",
    // an if/elif/else whose every branch binds the name again: the earlier `make` does not reach the call (audit 23: waidps)
    "import subprocess\ndef run(quick, pipe):\n    cmd = [\"make\", \"all\"]\n    subprocess.call(cmd)\n    if quick:\n        cmd = [\"git\", \"rev-parse\", \"HEAD\"]\n    elif pipe:\n        cmd = [\"mkfifo\", pipe]\n    else:\n        cmd = [\"git\", \"--version\"]\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n    p.wait()\n",
    // str() round a literal pipeline that prints one address (audit 23: waidps)
    "import subprocess\ndef gateway():\n    cmdLine = \"ip route show | grep default | awk '{print $3}'\"\n    ps = subprocess.Popen(str(cmdLine), shell=True, stdout=subprocess.PIPE)\n    ps.wait()\n    return ps.stdout.read()\n",
    // str() round a concatenation whose shell line sends stdout to a file: nothing reaches the pipe (audit 23: waidps)
    "import subprocess\ndef http(f, tmpdir):\n    Rund = \"tshark -nr \" + str(f) + \" -R http.request \" + \" > \" + tmpdir + \"http.txt\"\n    ps = subprocess.Popen(str(Rund), shell=True, stdout=subprocess.PIPE)\n    ps.wait()\n",
    // aircrack-ng's 15-second speed test: a rate redrawn with \r, then it exits (audit 23: aircrack-ng dcrack.py)
    "import subprocess\ndef speed():\n    p = subprocess.Popen([\"aircrack-ng\", \"-S\"], stdout=subprocess.PIPE)\n    line = p.stdout.readline()\n    p.wait()\n    return line\n",
    // cmd's built-in vol prints two lines (audit 23: rapid-photo-downloader)
    "import shlex, subprocess\ndef valid_drive(d):\n    subprocess.check_call(shlex.split(f\"cmd.exe /c vol {d}:\"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n",
    // a saved capture read until the frame wanted: the rest of the listing is output nobody wants (audit 23: wifit3)
    "import subprocess\ndef frames(cap):\n    p = subprocess.Popen([\"tshark\", \"-r\", cap, \"-T\", \"fields\", \"-e\", \"frame.number\"], stdout=subprocess.PIPE, text=True)\n    for line in p.stdout:\n        if line.startswith(\"100\"):\n            break\n    return line\n",
  ],
}, 'POP005-command-text', 'POP005 command text');
