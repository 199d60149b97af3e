import type { HazardCase } from './hazard-cases.js';

/**
 * Hazard cases for POP005's held pipe (src/python/held-pipe.ts): a pipe handed to the next stage
 * of a pipeline while this process keeps its own copy of the read end, then waits for the
 * producer or for a stage upstream of it. Run with the other cases (test/hazard-cases.ts) on
 * python3 and 2.7 (test/e2e/hazard-shapes.test.ts) and on every interpreter under ~/.pyenv
 * (test/e2e/hazard-shapes-matrix.test.ts).
 *
 * The consumers stop early or fail as real ones do: `head -c 1` reads one byte and exits;
 * `split` into a folder that does not exist (a bad path, or a full disk, the usual failure of a
 * backup) exits 1 at its first output file. The producers are real: `gzip -c` of data it cannot
 * shrink, and `progress.py`, a stand-in for partclone that writes an image on stdout and its
 * progress on stderr. Before the fix the producer sits in pipe_write on the pipe only this
 * process can still read, and the parent waits for good (`held`: cut as soon as that is seen).
 * After it the producer is told the reader is gone: a shell tool dies of SIGPIPE on Python 3
 * (Popen restores the signal, exit status -13) and of EPIPE on 2.7 (its children inherit SIGPIPE
 * ignored: `gzip: stdout: Broken pipe`, exit status 1); a Python producer dies of
 * BrokenPipeError (IOError on 2.7), exit status 1. The parent records that status in
 * `producer-rc` and finishes.
 */
const DONE = "open('parent-done', 'w').write('1')";
const RC = (rc: string) => `open('producer-rc', 'w').write(str(${rc}))\n${DONE}\n`;

// partclone's shape: 1 MiB of image (random: gzip cannot shrink it) on stdout, a progress line per 16 KiB on stderr.
const PROGRESS = "import os\nfor i in range(64):\n    os.write(1, os.urandom(16384))\n    os.write(2, ('%3d%% completed\\n' % (i * 100 // 64)).encode())\nopen('child-done', 'w').write('1')\n";

export const HELD_CASES: HazardCase[] = [
  {
    // Audit 23, holland's compression.py: `self.pid = Popen(argv, stdin=PIPE, stdout=PIPE)`, `self.split = Popen(split_args,
    // stdin=self.pid.stdout)`, the dump written through os.write() into the compressor's stdin, close() waiting for it.
    // When split fails the compressor blocks on the pipe the object holds, stops reading, and the parent's write blocks too.
    rule: 'POP005', name: "held pipe on self: holland's compressor piped into split, which fails; the object keeps its copy", strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '-13' },
    source: `import os, subprocess, sys\nclass Compressed(object):\n    def __init__(self, path):\n        self.pid = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '64k', '-', path + '.'], stdin=self.pid.stdout)\n        self.fd = self.pid.stdin.fileno()\n    def write(self, data):\n        return os.write(self.fd, data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()\nc = Compressed('no-such-dir/dump')\ntry:\n    for i in range(64):\n        c.write(os.urandom(16384))\nexcept (IOError, OSError):\n    pass  # the compressor is gone: the backup fails instead of hanging\n${RC('c.close()')}`,
  },
  {
    // Holland as it is: the compressor's argv comes from the backup's configuration, so the command is not known
    // statically (evidence `deadlock`): whatever it runs, a compressor's output outgrows the pipe the object holds.
    rule: 'POP005', name: 'held pipe on self, the producer from the configuration: holland\'s compressor piped into split, which fails', strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '-13' },
    files: { 'backup.json': '{"compression": ["gzip", "-c"]}\n' },
    source: `import json, os, subprocess, sys\nclass Compressed(object):\n    def __init__(self, path, argv):\n        self.pid = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '64k', '-', path + '.'], stdin=self.pid.stdout)\n        self.fd = self.pid.stdin.fileno()\n    def write(self, data):\n        return os.write(self.fd, data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()\nconfig = json.load(open('backup.json'))\nc = Compressed('no-such-dir/dump', config['compression'])\ntry:\n    for i in range(64):\n        c.write(os.urandom(16384))\nexcept (IOError, OSError):\n    pass\n${RC('c.close()')}`,
  },
  {
    // The same shape with nothing written by the parent: the wait for the producer, in another method, is what hangs.
    rule: 'POP005', name: 'held pipe on self: a Python producer piped into head -c 1, waited in another method', strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '1' },
    source: `import os, subprocess, sys\nclass Pack(object):\n    def start(self):\n        self.gen = subprocess.Popen([sys.executable, 'chunks.py'], stdout=subprocess.PIPE)\n        self.head = subprocess.Popen(['head', '-c', '1'], stdin=self.gen.stdout, stdout=open(os.devnull, 'w'))\n    def finish(self):\n        self.head.wait()\n        return self.gen.wait()\np = Pack()\np.start()\n${RC('p.finish()')}`,
  },
  {
    // A stage upstream: the held pipe is gzip's, the wait is for the stage that feeds gzip (its own copy already closed).
    // When split fails gzip blocks on the pipe this process holds, progress.py blocks behind it, and p1.wait() hangs.
    rule: 'POP005', name: 'held pipe of a middle stage, the parent waits for the stage upstream of it', strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '1' },
    files: { 'progress.py': PROGRESS },
    source: `import subprocess, sys\np1 = subprocess.Popen([sys.executable, 'progress.py'], stdout=subprocess.PIPE)\np2 = subprocess.Popen(['gzip', '-c'], stdin=p1.stdout, stdout=subprocess.PIPE)\np1.stdout.close()\np3 = subprocess.Popen(['split', '-b', '64k', '-', 'no-such-dir/part.'], stdin=p2.stdout)\n${RC('p1.wait()')}`,
  },
  {
    // Audit 41, drgn's vmtest/download.py: `with Popen(zstd, stdin=PIPE, stdout=PIPE) as p1, Popen(tar, stdin=p1.stdout)`,
    // the download copied into the decompressor's stdin. When the consumer fails the decompressor blocks on the pipe this
    // process holds and reads no more input: the parent's copyfileobj() hangs, before any wait. No fix: the hand-on is a
    // with item (the close goes on a line of its own, by hand).
    rule: 'POP005', name: "held pipe fed by the parent: drgn's decompressor in a with-statement piped into split, which fails", strategy: 'close', before: 'held', noFix: true, minPy3: [3, 2],
    source: `import io, os, shutil, subprocess\nwith subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p1, subprocess.Popen(['split', '-b', '64k', '-', 'no-such-dir/part.'], stdin=p1.stdout) as p2:\n    try:\n        shutil.copyfileobj(io.BytesIO(os.urandom(1 << 20)), p1.stdin)\n        p1.stdin.close()\n    except (IOError, OSError):\n        pass\n${DONE}\n`,
  },
  {
    // The same feeding without a with-statement: popenlint's close of p1's copy lets gzip die of the closed pipe, the
    // parent's write fails (EPIPE) instead of hanging.
    rule: 'POP005', name: 'held pipe fed by the parent: gzip piped into split, which fails, the input copied with copyfileobj', strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '-13' },
    source: `import io, os, shutil, subprocess\np1 = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\np2 = subprocess.Popen(['split', '-b', '64k', '-', 'no-such-dir/part.'], stdin=p1.stdout)\ntry:\n    shutil.copyfileobj(io.BytesIO(os.urandom(1 << 20)), p1.stdin)\n    p1.stdin.close()\nexcept (IOError, OSError):\n    pass\np2.wait()\n${RC('p1.wait()')}`,
  },
  {
    // Audit 21, rescuezilla's backup_manager.py: three stages stored under keys, the parent reading partclone's progress
    // until it exits, both copies closed only after that loop. popenlint's close of gzip's copy is not enough alone:
    // gzip then dies when split fails, and partclone blocks on its own pipe, which this process still holds. That is the
    // finding popenlint makes once the first fix is in (no fix offered: the stream is read later); closing that copy
    // too, by hand, ends the hang.
    rule: 'POP005', name: "held pipes of keyed stages (rescuezilla's partclone | gzip | split), split fails while the parent reads progress", strategy: 'close', before: 'held',
    producer: { py2: '1', py3: '1' },
    files: { 'progress.py': PROGRESS },
    byHand: {
      remaining: /^\d+:\d+ stdout pipe of subprocess\.Popen\(\) is handed to `gzip` \(line 7\), but this process keeps its own copy of the read end until `self\.proc\['src_' \+ key\]\.stderr\.readline\(\)`/,
      complete: (fixed) => fixed.replace(/^( *)(self\.proc\['gz_' \+ key\] = .*\n)/m, "$1$2$1self.proc['src_' + key].stdout.close()\n"),
    },
    source: `import subprocess, sys\nclass Backup(object):\n    def __init__(self):\n        self.proc = {}\n    def run(self, key, out):\n        self.proc['src_' + key] = subprocess.Popen([sys.executable, 'progress.py'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.proc['gz_' + key] = subprocess.Popen(['gzip', '-c'], stdin=self.proc['src_' + key].stdout, stdout=subprocess.PIPE)\n        self.proc['split_' + key] = subprocess.Popen(['split', '-b', '64k', '-', out], stdin=self.proc['gz_' + key].stdout)\n        while True:\n            line = self.proc['src_' + key].stderr.readline()\n            if self.proc['src_' + key].poll() is not None:\n                break\n        self.proc['src_' + key].stdout.close()\n        self.proc['gz_' + key].stdout.close()\n        try:\n            self.proc['src_' + key].communicate()\n        except ValueError:\n            pass  # 2.7's communicate() refuses the closed stdout; rescuezilla catches it too\n        return self.proc['src_' + key].returncode\n${RC("Backup().run('sda1', 'no-such-dir/sda1.')")}`,
  },
];
