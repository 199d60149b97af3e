import { runTable } from './python-rules-table.js';

/**
 * POP005's shared pipe (src/python/shared-pipe.ts): a pipe handed to the next stage as its stdin
 * and read by this process too while that stage runs, two readers of one pipe; and the pid file
 * (src/python/pid-recorded.ts): a dropped child whose pid is written to a file, meant to outlive
 * this process. Each case's findings (line, column, message) are pinned here, and the rest by
 * test/snapshots/rules/POP005-shared-pipe.snap.
 */
const TWO_READERS = (read: string, line: number) =>
  `stdout pipe of subprocess.Popen() is handed to \`sort\` (line 3) as its stdin and read by this process too, in \`${read}\` (line ${line}), while \`sort\` runs: two readers of one pipe, and each read takes what the other does not get, so \`uniq\`'s output is split between them differently on every run, and \`${read}\` returns part of it or none; give the pipe one reader (read \`sort\`'s output, or start it after the read with the data as its input)`;

runTable('POP005', {
  invalid: [
    // Blind audit 45, git-better-blame's git-collate-report.py: `uniq -c` handed to `sort -rn` and read by communicate(); sort's own unread stdout is not reported
    { code: "import subprocess\nuniq = subprocess.Popen(['uniq', '-c', 'authors.txt'], stdout=subprocess.PIPE)\nranked = subprocess.Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=subprocess.PIPE)\ntable = uniq.communicate()[0]\nprint(table)\n", errors: [[2, 8, TWO_READERS('uniq.communicate()', 4)]], evidence: 'any-size' },
    // The same in a function, read line by line; the consumer dropped (nothing waits for it)
    { code: "import subprocess\ndef authors(path):\n    uniq = subprocess.Popen(['uniq', '-c', path], stdout=subprocess.PIPE)\n    subprocess.Popen(['sort', '-rn'], stdin=uniq.stdout)\n    return [line for line in uniq.stdout]\n", lines: [3], evidence: 'any-size' },
    // A partial read takes lines from the consumer as well
    { code: "import subprocess\nuniq = subprocess.Popen(['uniq', '-c', 'authors.txt'], stdout=subprocess.PIPE)\nranked = subprocess.Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=open('ranked.txt', 'w'))\nfirst = uniq.stdout.readline()\nranked.wait()\n", lines: [2], evidence: 'any-size' },
    // Blind audit 45, muspractice's recording hook: the recorder's pid written to a file for the stop hook; the hook exits at once
    { code: "import os, subprocess\ndef main():\n    popen = subprocess.Popen(['jack_capture', '-c', '2', '-fn', 'record.mp3'], preexec_fn=os.setsid, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n    print('Recording started in process #%d' % popen.pid)\n    with open('recording.pid', 'w') as out:\n        out.write('%d' % popen.pid)\nif __name__ == '__main__':\n    main()\n", errors: [[3, 13, "stdout pipe of subprocess.Popen() is never read (`jack_capture` is not known to be quiet: its output can grow): the pipe stays open: `jack_capture` blocks once it has written 64 KiB, and is killed by SIGPIPE at its next write if the program exits first; its pid is written to a file by `out.write('%d' % popen.pid)` (line 6) for something else to stop it later: it is meant to outlive this process, whose exit closes the pipe under it"]], evidence: 'lives-on' },
    { code: "import subprocess, sys\nrec = subprocess.Popen(['jack_rec', '-f', 'take.wav', 'system:capture_1'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwith open('/run/rec.pid', 'w') as f:\n    print(rec.pid, file=f)\nsys.exit(0)\n", lines: [2], evidence: 'lives-on' },
    // ffmpeg reading stdin with no `-vn`: as long as its writer writes; once the program exits it runs on (it ignores SIGPIPE once started)
    { code: "import subprocess\ndef record(frames, out):\n    p = subprocess.Popen(['ffmpeg', '-f', 'rawvideo', '-s', '640x480', '-i', '-', out], stdin=subprocess.PIPE, stderr=subprocess.PIPE)\n    for frame in frames:\n        p.stdin.write(frame)\n", errors: [[3, 9, "stderr pipe of subprocess.Popen() is never read (`ffmpeg -i -` reads its input from stdin: it logs its stats line on stderr for as long as its input comes): the pipe stays open: `ffmpeg` blocks once it has written 64 KiB; if the program exits first, `ffmpeg` ignores SIGPIPE once it has started (fftools term_init): its log writes fail and it runs on, its log lost"]] },
  ],
  valid: [
    // The pipeline idiom: the copy closed, the consumer read
    "import subprocess\nuniq = subprocess.Popen(['uniq', '-c', 'authors.txt'], stdout=subprocess.PIPE)\nranked = subprocess.Popen(['sort', '-rn'], stdin=uniq.stdout, stdout=subprocess.PIPE)\nuniq.stdout.close()\ntable = ranked.communicate()[0]\nuniq.wait()\n",
    // The consumer done before the parent reads what it left (held-pipe.ts's safe order)
    "import subprocess\np1 = subprocess.Popen(['uniq', '-c', 'authors.txt'], stdout=subprocess.PIPE)\np2 = subprocess.Popen(['head', '-1'], stdin=p1.stdout, stdout=subprocess.PIPE)\nfirst = p2.communicate()[0]\nrest = p1.communicate()[0]\n",
    // A consumer that runs to its end inside the call: no second reader while the parent reads
    "import subprocess\np1 = subprocess.Popen(['uniq', '-c', 'authors.txt'], stdout=subprocess.PIPE)\nfirst = subprocess.check_output(['head', '-1'], stdin=p1.stdout)\nrest = p1.communicate()[0]\n",
    // Blind audit 45, SoundLine-server's saveload.py: an audio encode (-vn) fed from this process
    "import subprocess as sp\ndef save(filename, audio):\n    pipe2 = sp.Popen(['ffmpeg', '-y', '-f', 's16le', '-acodec', 'pcm_s16le', '-ar', '44100', '-ac', '2', '-i', '-', '-vn', '-b', '3000k', filename], stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.PIPE)\n    audio.tofile(pipe2.stdin)\n",
    // A pid only printed for a person: no pid file (an unlisted program stays at its own evidence, not reported here by default either way)
    "import subprocess\nsubprocess.Popen(['sleep', '100'], stdout=subprocess.PIPE)\n",
  ],
}, 'POP005-shared-pipe', 'POP005 shared pipe and pid file');
