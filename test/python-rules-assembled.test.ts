import { runTable } from './python-rules-table.js';

/**
 * POP005 on commands the code writes but builds in steps (src/python/argv.ts): an argv assigned in
 * each arm of an `if`, then grown with `+=`; one read by a thread's target nested in the function
 * that builds it; a command line given as one string without a shell (Windows splits it into its
 * words); a command run through a runner (`ssh HOST CMD`, `docker exec C CMD`, `adb shell su 0 CMD`),
 * judged by CMD. The command is then known, and what it writes on each stream decides, not "the
 * command is not known statically" or the runner's name. Fixes pinned by test/snapshots/rules/POP005-assembled.snap.
 */
runTable('POP005', {
  invalid: [
    // Arms assign the argv, a `+=` after the `if` adds `-f mp4 -`: ffmpeg writes its media to the unread stdout
    { code: "import subprocess\ndef compress(src, out, soft):\n    if soft:\n        cmd = ['ffmpeg', '-i', src, '-c:v', 'libx264']\n    else:\n        cmd = ['ffmpeg', '-i', src, '-c:v', 'copy']\n    cmd += ['-f', 'mp4', '-']\n    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    for line in proc.stderr:\n        print(line)\n", evidence: 'grows', errors: [[8, 12, "stdout pipe of subprocess.Popen() is not read while stderr is read line by line until it ends, which comes only when the command exits (`ffmpeg -f mp4 -` writes its media to stdout and logs its progress on stderr): `ffmpeg` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // The same, read by a thread's target nested in the function: the else arm's list writes to stdout
    { code: "import subprocess, threading\ndef compress(src, out, soft, sub):\n    if soft:\n        cmd = ['ffmpeg', '-i', src, '-i', sub, '-c:v', 'libx264', out, '-y']\n    else:\n        cmd = ['ffmpeg', '-i', src, '-c:v', 'libx264']\n        cmd += ['-f', 'mp4', '-']\n    def run():\n        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)\n        for line in proc.stderr:\n            print(line)\n        proc.wait()\n    threading.Thread(target=run).start()\n", evidence: 'grows', errors: [[9, 16, "stdout pipe of subprocess.Popen() is not read while stderr is read line by line until it ends, which comes only when the command exits (`ffmpeg -f mp4 -` writes its media to stdout and logs its progress on stderr): `ffmpeg` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // A string without a shell: on Windows its words; `adb logcat -d` dumps the whole log
    { code: "import subprocess\ndef log_dump(path):\n    cmd = 'adb logcat -d -v time'\n    pro = subprocess.Popen(cmd, shell=False, stdout=subprocess.PIPE)\n    pro.wait()\n    return pro.stdout.readlines()\n", evidence: 'grows', errors: [[4, 11, "stdout pipe of subprocess.Popen() is not read before wait() (`adb logcat` follows the device log): `adb` blocks once it has written 64 KiB while the parent waits for it: a deadlock"]] },
    // ssh runs `tail -f` on the host: it follows the log into a pipe nobody reads
    { code: "from subprocess import Popen, PIPE\ndef follow(host):\n    Popen(['ssh', '-p', '2222', host, 'tail', '-f', '/var/log/syslog'], stdout=PIPE)\n", evidence: 'grows', errors: [[3, 5, "stdout pipe of subprocess.Popen() is never read (`tail -f` follows the file without end): the pipe stays open: `tail` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first"]] },
  ],
  valid: [
    // Android's su runs `svc power reboot`, which prints nothing much (audit 31: imaging8896 adb.py)
    "from subprocess import Popen, PIPE\ndef reboot_async(serial):\n    cmd = 'adb -s ' + serial + ' shell su 0 svc power reboot'\n    Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE)\n",
    // docker exec runs `mkdir -p` in the container: nothing on stdout
    "import subprocess\ndef prepare(container):\n    p = subprocess.Popen(['docker', 'exec', '-u', 'root', container, 'mkdir', '-p', '/data'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    p.wait()\n",
    // Each arm's argv, grown with `+=` in the else arm, ends with the output file: ffmpeg's stdout stays empty (audit 31: VideoCompress)
    "import subprocess, threading\ndef compress(src, out, soft, sub):\n    if soft:\n        cmd = ['ffmpeg', '-i', src, '-i', sub, '-c:v', 'libx264', out, '-y']\n    else:\n        cmd = ['ffmpeg', '-i', src, '-c:v', 'libx264']\n        if sub:\n            cmd += ['-vf', 'subtitles=' + sub]\n        cmd += [out, '-y']\n    def run():\n        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)\n        for line in proc.stderr:\n            print(line)\n        proc.wait()\n    threading.Thread(target=run).start()\n",
    // A string without a shell: `adb shell getprop KEY` prints one line (audit 31: va_pyghon)
    "import subprocess\ndef old_launchers():\n    cmd = 'adb shell getprop ro.build.version.sdk'\n    pro = subprocess.Popen(cmd, shell=False, stdout=subprocess.PIPE)\n    pro.wait()\n    return pro.stdout.readlines()\n",
  ],
}, 'POP005-assembled', 'POP005 argv assembled in steps');
