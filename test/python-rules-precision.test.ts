import { runTable } from './python-rules-table.js';

/**
 * POP005 where the code says less than it seems to, or more of the command than a bare value:
 * counted reads (`for n in range(k): p.stdout.readline()`, src/python/drain.ts), a program named
 * by the name holding its path when the table does not list it (src/python/argv.ts), a probe for
 * a program's presence (src/python/presence-probe.ts), a query whose rest nobody wants
 * (src/knowledge/output-only.data.ts). Each case's findings (line, column, message, evidence) are
 * pinned here, its fixes by test/snapshots/rules/POP005-precision.snap.
 */
runTable('POP005', {
  invalid: [
    // A readline() in `for n in range(count)` reads that many lines, not to EOF: a partial read, then the handle
    // left, stderr never read; a command from outside is no evidence by default (audit 21: ccm generatetokens)
    { code: "import subprocess\ndef tokens(cmd_list, node_count):\n    process = subprocess.Popen(cmd_list, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    process.stdout.readline()\n    out = []\n    for n in range(1, node_count + 1):\n        out.append(process.stdout.readline())\n    return out\n", evidence: 'external-command', errors: [[3, 15, "stdout/stderr pipe of subprocess.Popen() is only partly read, then left (tokens() runs its parameter `cmd_list`, and no caller in this repository shows the command): the pipe stays open: the command blocks once it has written 64 KiB, and is killed by SIGPIPE (a Python child: `BrokenPipeError`) at its next write if the program exits first"]] },
    // ... then wait(): what is left after the counted lines fills the pipe while the parent waits (still a deadlock)
    { code: "import subprocess\ndef tokens(cmd_list, n):\n    process = subprocess.Popen(cmd_list, stdout=subprocess.PIPE)\n    out = []\n    for i in range(n):\n        out.append(process.stdout.readline())\n    process.wait()\n    return out\n", evidence: 'deadlock', errors: [[3, 15, "stdout pipe of subprocess.Popen() is only partly read before wait() (tokens() runs its parameter `cmd_list`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A name ending in a word for "the path of" names its program when the table does not list it too
    // (`self.simarrange_path`, `UPX_BIN`): an unlisted program, not a value from outside (audit 19: Printrun)
    { code: "import subprocess\nclass Plater:\n    def autoplate(self, files):\n        p = subprocess.Popen([self.simarrange_path, '--dryrun'] + files, stdout=subprocess.PIPE)\n        for line in p.stdout:\n            if 'Generating plate' in line:\n                break\n        p.wait()\n", evidence: 'unlisted-program', errors: [[4, 13, "stdout pipe of subprocess.Popen() is only partly read before wait() (`simarrange` is not known to be quiet: its output can grow): `simarrange` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    { code: "import subprocess\nUPX_BIN = find_upx()\ndef pack(f):\n    subprocess.Popen([UPX_BIN, '-9', f], stdout=subprocess.PIPE).wait()\n", evidence: 'unlisted-program' },
    // The same name filling the field a command line starts with (%-template, str.format, f-string) names the
    // program there, as the first item of an argv does (audit 11: social-engineer-toolkit's `upx_path`)
    { code: "import subprocess\ndef pack(upx_path, conf, f):\n    subprocess.Popen('%s -9 -q -o %s/temp.binary %s' % (upx_path, conf, f), stdout=subprocess.PIPE, stderr=subprocess.PIPE, shell=True).wait()\n", evidence: 'unlisted-program', errors: [[3, 5, "stdout pipe of subprocess.Popen() is not read before wait() (`upx` is not known to be quiet: its output can grow): `upx` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    { code: "import subprocess\ndef pack(upx_path, f):\n    subprocess.Popen(f'{upx_path} -9 {f}', stdout=subprocess.PIPE, shell=True).wait()\n", evidence: 'unlisted-program' },
    { code: "import subprocess\nclass Job:\n    def probe(self, src):\n        subprocess.Popen('{} -i {} out.mp4'.format(self.ffmpeg_path, src), stdout=subprocess.PIPE, stderr=subprocess.PIPE, shell=True).wait()\n", evidence: 'grows', errors: [[4, 9, "stderr pipe of subprocess.Popen() is not read before wait() (`ffmpeg` logs its progress on stderr): `ffmpeg` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A field elsewhere in the line is an argument, whatever its name: the command stays a value from outside
    { code: "import subprocess\ndef run(tool, upx_path):\n    subprocess.Popen('%s %s' % (tool, upx_path), stdout=subprocess.PIPE, shell=True).wait()\n", evidence: 'deadlock' },
    // A name whose word is a shell builtin holds no program's path (audit 11: social-engineer-toolkit's `set_path`, SET's own shell)
    { code: "import subprocess\ndef launch(set_path):\n    subprocess.Popen('%s' % (set_path), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.PIPE)\n", evidence: 'external-command' },
    // An attribute of self set in two places may hold either: still a value from outside
    { code: "import subprocess\nclass Repo:\n    def __init__(self):\n        self._fvs2 = self._get_fvs2_bin()\n    def use(self, other):\n        self._fvs2 = other\n    def restore(self, state):\n        p = subprocess.Popen([self._fvs2, 'restore', '-s', state], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        for line in p.stdout:\n            print(line)\n        p.wait()\n", evidence: 'deadlock' },
    // A name for a role, not a program (`player_path`: mpv or vlc), stays a value from outside
    { code: "import subprocess\ndef play(self, url):\n    p = subprocess.Popen([self.player_path, url], stdout=subprocess.PIPE)\n    p.wait()\n", evidence: 'deadlock' },
    // A poll loop that ends the child at its deadline waits no longer than that: the message says the child is
    // ended there, its work unfinished, rather than "a deadlock" (audit 21: webscreenshot's renderer timeout)
    { code: "import datetime, signal, subprocess, time\ndef shell_exec(command, timeout):\n    start = datetime.datetime.now()\n    p = subprocess.Popen(command.split(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    while p.poll() is None:\n        time.sleep(0.1)\n        if (datetime.datetime.now() - start).seconds > timeout:\n            p.send_signal(signal.SIGKILL)\n            return 1\n    return p.poll()\n", evidence: 'deadlock', errors: [[4, 9, "stdout/stderr pipe of subprocess.Popen() is not read before the poll loop (shell_exec() runs its parameter `command`, and no caller in this repository shows the command): the command blocks once it has written 64 KiB while the parent waits for it, until the poll loop gives up and ends it: its work is left unfinished and its output lost"]] },
    // A bare program in a try whose handler is not about starting it, or a program given arguments: no presence probe
    { code: "import subprocess, sys\ndef check():\n    try:\n        subprocess.Popen('ant.bat', stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    except ValueError:\n        sys.exit('no ant')\n" },
    { code: "import subprocess, sys\ndef build():\n    try:\n        subprocess.Popen(['ant', 'dist'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    except OSError:\n        sys.exit('no ant')\n" },
    // rpcclient running a command that changes the server is no query: its work is cut when the reading stops
    { code: "import subprocess\ndef users(ip):\n    proc = subprocess.Popen(\"rpcclient -U '' -N {0} -c 'setuserinfo2 bob 23 pw'\".format(ip), stdout=subprocess.PIPE, shell=True)\n    for line in iter(proc.stdout.readline, ''):\n        if 'user:' not in line:\n            break\n" },
    // aireplay-ng deauthenticating for a count known only at run time writes a line per burst: a few for the few
    // bursts callers ask for, and a count of 0 hangs wait() with or without the pipe. The count is a value from
    // outside, no default evidence (audit 23: waidps, 5 findings judged false); a count of 0 written here grows
    { code: "import os\nfrom subprocess import Popen, PIPE\ndef deauth(bssid, iface, n):\n    cmd = ['aireplay-ng', '-0', str(n), '-a', bssid, iface]\n    ps = Popen(cmd, stdout=PIPE, stderr=open(os.devnull))\n    ps.wait()\n", evidence: 'external-command', errors: [[5, 10, "stdout pipe of subprocess.Popen() is not read before wait() (`aireplay-ng -0 …` sends as many deauthentication bursts as its count asks, a line each (0: until it is stopped)): `aireplay-ng` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    { code: "import os\nfrom subprocess import Popen, PIPE\ndef deauth(bssid, iface):\n    cmd = ['aireplay-ng', '-0', '0', '-a', bssid, iface]\n    ps = Popen(cmd, stdout=PIPE, stderr=open(os.devnull))\n    ps.wait()\n", evidence: 'grows', errors: [[5, 10, "stdout pipe of subprocess.Popen() is not read before wait() (`aireplay-ng` prints a status line about ten times a second until it is stopped): `aireplay-ng` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A list run with shell=True runs its first item as the command line (the rest are the shell's $0, $1...):
    // a name bound to a list there is that line, not a command unknown (audit 23: waidps 2776)
    { code: "import os\nfrom subprocess import Popen, PIPE\ndef check(cap, mac, loose):\n    if loose:\n        cmd = 'cowpatty -r ' + cap + ' -s ' + mac + ' -c'\n    else:\n        cmd = ['tshark -r ' + cap, '-x']\n    proc = Popen(cmd, stdout=PIPE, stderr=open(os.devnull), shell=True)\n    proc.wait()\n    return proc.communicate()[0]\n", evidence: 'grows', errors: [[8, 12, "stdout pipe of subprocess.Popen() is not read before wait() (`tshark -r` prints a line per frame of the saved capture): `tshark` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A name every reaching assignment binds to one literal names the program of a command line built with `+` (audit 23: waidps's exename)
    { code: "from subprocess import Popen, PIPE\ndef crack(cap, mac):\n    exename = 'cowpatty'\n    cmd = exename + ' -r ' + cap + ' -s ' + mac + ' -f words.txt'\n    p = Popen(cmd, stdout=PIPE, shell=True)\n    p.wait()\n", evidence: 'grows', errors: [[5, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`cowpatty` prints a line for every thousand words it tries): `cowpatty` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // An argument the code writes in one way only, through names and `+` (`'-x' + verbose + 'f'`, verbose 'v'): tar -xvf
    { code: "from subprocess import Popen, PIPE\ndef extract(archive):\n    verbose = 'v'\n    p = Popen(['tar', '-x' + verbose + 'f', archive], stdout=PIPE)\n    p.wait()\n", evidence: 'grows', errors: [[4, 9, "stdout pipe of subprocess.Popen() is not read before wait() (`tar -xvf` lists every file): `tar` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A command line assigned, then grown with `+=`: its first words name the program (audit 25: ISIS-frontend airodump-ng)
    { code: "import subprocess, time\ndef scan(interface):\n    command = 'sudo airodump-ng -w /tmp/dump '\n    command += interface\n    sub = subprocess.Popen(command, stdout=subprocess.PIPE, shell=True)\n    time.sleep(60)\n    sub.kill()\n", evidence: 'grows', errors: [[5, 11, "stdout pipe of subprocess.Popen() is never read (`airodump-ng` writes until it is stopped): the pipe stays open: `airodump-ng` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
    // A short option and its value in one argument: `-c 1` is ping's count only for ping; an option without a value stays
    { code: "import subprocess\ndef ping(host):\n    subprocess.Popen(['ping', '-n 1', host], stdout=subprocess.PIPE)\n", evidence: 'grows' },
    // A compressor given no file is a filter: it writes the data on stdout (here, unread before the wait)
    { code: "import subprocess\ndef pack(src):\n    tar = subprocess.Popen(['tar', '-cf', '-', src], stdout=subprocess.PIPE)\n    gz = subprocess.Popen(['gzip', '-9'], stdin=tar.stdout, stdout=subprocess.PIPE)\n    tar.stdout.close()\n    gz.wait()\n    return gz.stdout.read()\n", evidence: 'grows', errors: [[4, 10, "stdout pipe of subprocess.Popen() is not read before wait() (`gzip` with no file reads its input and writes the data to stdout): `gzip` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
  ],
  valid: [
    // ... given a file, it compresses it in place and prints nothing
    "import subprocess\ndef pack(path):\n    gz = subprocess.Popen(['gzip', '-9', path], stdout=subprocess.PIPE)\n    gz.wait()\n",
    // ... quiet when so written (tar -xzf)
    "from subprocess import Popen, PIPE\ndef extract(archive):\n    flags = 'z'\n    p = Popen(['tar', '-x' + flags + 'f', archive], stdout=PIPE)\n    p.wait()\n",
    // ... the same program checking a capture (cowpatty -c): a few lines
    "from subprocess import Popen, PIPE\ndef check(cap, mac):\n    exename = 'cowpatty'\n    cmd = exename + ' -r ' + cap + ' -s ' + mac + ' -c'\n    p = Popen(cmd, stdout=PIPE, shell=True)\n    p.wait()\n",
    "import os\nfrom subprocess import Popen, PIPE\ndef check(cap, mac, loose):\n    if loose:\n        cmd = 'cowpatty -r ' + cap + ' -s ' + mac + ' -c'\n    else:\n        cmd = ['aircrack-ng', '-a 2', '-w -', '-b', mac, cap]\n    proc = Popen(cmd, stdout=PIPE, stderr=open(os.devnull), shell=True)\n    proc.wait()\n    return proc.communicate()[0]\n",
    "import os\nfrom subprocess import Popen, PIPE\ndef deauth(bssid, iface):\n    cmd = ['aireplay-ng', '-0', '5', '-a', bssid, iface]\n    ps = Popen(cmd, stdout=PIPE, stderr=open(os.devnull))\n    ps.wait()\n",
    // An attribute of self set once in its class, from a name that holds a program's path (`self._get_fvs2_bin()`): that
    // program, unlisted, whose stderr carries diagnostics only, while stdout is read to its end (audit 9: Bottles fvs2)
    "import subprocess\nclass Repo:\n    def __init__(self):\n        self._fvs2 = self._get_fvs2_bin()\n    def restore(self, state):\n        p = subprocess.Popen([self._fvs2, 'restore', '-s', state], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        for line in p.stdout:\n            print(line)\n        p.wait()\n",
    // A counted loop that breaks at the line it looks for searches the first lines: judged as a read loop, as before
    "import subprocess\ndef tunnel(host):\n    t = subprocess.Popen(['ssh', '-R', '80:localhost:7860', host], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    for _ in range(27):\n        line = t.stdout.readline()\n        if 'https://' in line:\n            return line\n",
    // A presence probe: the program alone, dropped, in a try whose handler catches its failure to start (audit 21: ccm ant.bat)
    "import subprocess, sys\ndef check_win_requirements():\n    try:\n        subprocess.Popen('ant.bat', stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    except Exception:\n        sys.exit('ERROR! Could not find or execute ant.bat.')\n",
    "import subprocess\ndef has_make():\n    try:\n        subprocess.Popen(['make'], stdout=subprocess.PIPE)\n    except (OSError, ValueError):\n        return False\n    return True\n",
    // A short option and its value in one argument, as getopt reads it: ping's count (audit 25: ISIS-frontend)
    "import subprocess\ndef ping(host):\n    subprocess.Popen(['ping', '-c 1', host], stdout=subprocess.PIPE)\n",
    // A pipe iterated as `p.stdout or []` is read to its end (audit 25: libinput-gestures)
    "import subprocess\nfrom subprocess import PIPE\ndef gestures(command):\n    cmd = subprocess.Popen(command.split(), stdout=PIPE, bufsize=1, universal_newlines=True)\n    for line in cmd.stdout or []:\n        print(line)\n",
    // A PIPE chosen by a condition (`PIPE if capture else None`) is not judged: the reads and the waits are
    // chosen by the same condition, which the analysis does not pair (scapy's tcpdump(): reads when dump or
    // getfd, waits otherwise; holland's run_command(); 5 + 1 + 2 + 1 findings over 225 repositories, all false)
    "import subprocess\ndef run(command, capture=False):\n    pipeout = subprocess.PIPE if capture else None\n    p = subprocess.Popen(command, stdout=pipeout)\n    if capture:\n        return p.stdout.read()\n    p.wait()\n",
    "import subprocess\ndef run(command, capture=False):\n    pipeout = subprocess.PIPE if capture else None\n    p = subprocess.Popen(command, stdout=pipeout, stderr=pipeout)\n    return p.communicate()\n",
    // rpcclient running queries only: the rest of the listing is output nobody wants (audit 11: social-engineer-toolkit ridenum)
    "import subprocess\ndef users(ip):\n    proc = subprocess.Popen(\"rpcclient -U '' -N {0} -c 'enumdomusers'\".format(ip), stdout=subprocess.PIPE, stderr=subprocess.PIPE, shell=True)\n    for line in iter(proc.stdout.readline, ''):\n        if 'user:' not in line:\n            break\n        print(line)\n",
  ],
}, 'POP005-precision', 'POP005 precision');
