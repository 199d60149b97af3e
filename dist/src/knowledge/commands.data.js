/**
 * A program named in the source but without a line here. Its stdout can grow: it is the
 * program's output, and nothing is known of it. Its stderr is taken to carry diagnostics
 * only (a few lines: warnings, an error), by the POSIX convention most programs follow: results
 * on stdout, diagnostics on stderr. The programs that log, trace or report progress on stderr
 * have lines of their own (builds, package managers, fetchers, capture tools, interpreters,
 * `find`, `strace`...). This holds for Python and JavaScript alike. A command that is not
 * known at all (a variable) is different: both of its streams can grow.
 */
/**
 * Output over a child's life, and what each shape lets through. Whether a pipe nobody drains
 * breaks a child depends on how much the child writes before the parent reads, against what the
 * shape holds:
 *
 * | what the child writes over its life | example |
 * |---|---|
 * | nothing (`none`) | `iptables -A`, `mkfifo`, `kill`, a launcher itself |
 * | a few lines (`bounded`) | `git rev-parse`, a version probe, `service x stop` |
 * | a trickle of diagnostics over a long life (`livesOn`) | the GUI program `xdg-open` starts: a few warnings an hour, for hours |
 * | output that grows with its work (`unbounded`) | builds, `tar -v`, capture tools, servers that log |
 *
 * | shape | what it holds before the child breaks |
 * |---|---|
 * | a pipe never read while the child lives (a dropped `Popen`, a `spawn` whose streams nobody consumes) | 64 KiB (Node: about 130–250 KiB) over the child's whole life: a trickle passes it in hours |
 * | a pipe read only after the child ends (`wait()` before the read, `call()` with PIPE) | 64 KiB before the child exits: only output that grows with work |
 * | exec/execFile buffering the output (Node, maxBuffer) | 1 MiB, read as it comes: only output that grows with work or with what the command walks |
 *
 * So a launcher's program counts where a pipe is never read for its life, not where the parent
 * waits for the launcher (it exits at once) or buffers what comes (a trickle stays far below 1 MiB).
 */
export const UNLISTED = { stdout: 'unbounded', stderr: 'bounded' };
const VERBOSE = ['-v', '--verbose'];
// msfvenom's formats other than the payload's bytes written raw or as text (`--list formats`:
// its transform formats), a PowerShell script that holds them, or an ELF (a header and the
// payload): executables on a template, installers, archives, scripts that carry an executable.
// Written as a regular expression on one word.
const MSF_BINARY = '/^(?!(?:raw|c|csharp|python|py|ruby|rb|perl|pl|bash|sh|java|js_be|js_le|hex|num|dword|dw|octal|powershell|ps1|psh|vbscript|vbapplication|base32|base64|go|golang|nim|nimlang|rust|rustlang|zig|masm|elf)$)[\\w-]+$/';
// ffmpeg(1) log levels that keep only errors (by name or number, with flags as `repeat+level+error`).
const FFMPEG_QUIET = ['-loglevel', '?/^-v$/'].map((o) => `${o} /^(\\w+\\+)*(quiet|panic|fatal|error|-8|0|8|16)$/`);
// Signs of a stream that runs as long as its source or its audience: a URL or a playlist written
// as the input or the output, the options only a network input takes, the demuxers that open one
// segment after another, the muxers that stream or cut segments. (Stdin as the input is not one:
// it runs as long as whoever writes it, often this process with data it holds: FFMPEG_STDIN.)
const FFMPEG_STREAMING = [
    '?/^[A-Za-z][\\w+.-]*:\\/\\//', '?/\\.(m3u8|m3u|mpd)(\\?|$)/',
    '-headers', '-user_agent', '-user-agent', '-referer', '-cookies', '/^-reconnect/', '-rw_timeout', '-stimeout', '-timeout', '-rtsp_transport', '-rtsp_flags', '-protocol_whitelist', '-http_proxy', '-live_start_index', '-re', '-listen', '-stream_loop',
    '?/^-f$/ /^(concat|hls|dash|segment|stream_segment|ssegment|rtsp|rtp|rtp_mpegts|flv|mpegts|tee|v4l2|video4linux2|x11grab|gdigrab|avfoundation|dshow|alsa|pulse|lavfi)$/', '-segment_time', '-hls_time',
];
// Its input read from stdin (`-i -`, `-i pipe:0`): as long as the writer writes.
const FFMPEG_STDIN = ['?/^-i$/ -', '?/^-i$/ /^pipe:/'];
// Inputs that are live: they run as long as their source (a camera, a capture device, a server
// that listens), not as long as a file takes to convert.
const FFMPEG_LIVE_INPUT = [
    '-rtsp_transport', '-rtsp_flags', '-re', '-stream_loop', '-listen', '/^-reconnect/',
    '-i /^(rtsps?|rtmps?|rtp|udp|tcp|srt|mmsh?):\\/\\//', '?/^-f$/ /^(v4l2|video4linux2|x11grab|gdigrab|avfoundation|dshow|alsa|pulse|kmsgrab|decklink)$/',
];
// A video encoder named (`-c:v libx264`), which wins over an earlier `-c copy`; a stream copy of the video.
const FFMPEG_VIDEO_ENCODER = ['-c:v', '-c:V', '-vcodec', '-codec:v'].map((o) => `${o} /^(?!copy$)[\\w-]+$/`);
const FFMPEG_STREAM_COPY = ['?/^-(c|codec)(:[vV](:\\d+)?)?$/ copy', '-vcodec copy'];
// A few frames: a frame count written in the source (`-frames:v 1`, `-vframes 1`, `-frames 1`,
// under a thousand), or a single image named as the output without a sequence pattern (the image2
// muxer stops at the second frame: measured, ffmpeg 5.1 fails with "Could not get frame filename
// number 2"): ffmpeg renders them in seconds, and its stderr is the banner, the stream mapping and
// a stats line or two, 3 KB measured for one frame (blind audit 46: wabot-aq's `-frames:v 1`
// overlay). Read by both tables, what it writes (COMMANDS) and whether that grows (SCALING).
const FFMPEG_FEW_FRAMES = ['/^-(frames(:v(:\\d+)?)?|vframes)$/ /^\\d{1,3}$/', '?/^(?!-i$)/ ?/^[^%]*\\.(png|jpe?g|bmp|tiff?)$/'];
// find's tests on a file's name or path, which take a shell pattern: with a wildcard known in the
// source (`-name '*.js'`: a share of the tree), and, not negated, with a value known to have none
// (`-name setup.py`: the files of that name). A regular expression's wildcards are its operators.
const NAME_TESTS = ['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename'];
const FIND_WILDCARD_TEST = [...NAME_TESTS.map((t) => `${t} ?/[*?[]/`), ...['-regex', '-iregex'].map((t) => `${t} ?/[*+?[|]/`)];
const FIND_NAMED = [...NAME_TESTS.map((t) => `?/^(?!(-not|!)$)/ ${t} /^[^*?[]+$/`), ...['-regex', '-iregex'].map((t) => `?/^(?!(-not|!)$)/ ${t} /^[^*+?[|]+$/`)];
// Windows find.exe's options (`/V`, `/C`, `/N`, `/I`, `/OFF[LINE]`), which Unix find never takes as
// its first start point: an upper-case one, a lower-case one other than `/c`, or `/c` before another
// of them or the quoted string (`/c` alone may be Git Bash's C: drive).
const WIN_FIND = ['/^\\/([VCNI]|[vni]|OFF(LINE)?|off(line)?)$/', '/^\\/c$/ /^(\\/([VCNIvcni]|OFF(LINE)?|off(line)?)|".*")$/'];
// Files that pass a megabyte in a large project: lockfiles, minified bundles, source maps.
const LOCKFILES = 'package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|bun\\.lockb?|Cargo\\.lock|composer\\.lock|Gemfile\\.lock|poetry\\.lock|Pipfile\\.lock|uv\\.lock|go\\.sum|[^/]*\\.min\\.js|[^/]*\\.map';
// A literal count of commits: `-n 5`, `-5`, `-n5`, `--max-count=5`, `--max-count 5`.
const COUNT = (n) => [`-n /^${n}$/`, `/^-n?${n}$/`, `/^--max-count=${n}$/`, `--max-count /^${n}$/`];
// Programs whose first word is a subcommand (`docker run`, `pip install`): alone, they print their usage.
const DISPATCHERS = 'docker|podman|kubectl|helm|git|go|npm|pnpm|cargo|rustup|pip|pip3|apt|apt-get|apt-cache|yum|dnf|brew|dotnet|vagrant|ansible-galaxy|snap|flatpak';
export const COMMANDS = [
    // Probes: a version banner or a help text is a few lines.
    { command: '*', exact: ['--version'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
    { command: '*', exact: ['-V'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
    { command: '*', exact: ['-VV'], stdout: 'bounded', stderr: 'bounded', says: 'prints its version' },
    { command: '*', exact: ['-version'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
    { command: '*', exact: ['--help'], stdout: 'bounded', stderr: 'bounded', says: 'prints its help' },
    { command: '*', exact: ['-h'], stdout: 'bounded', stderr: 'bounded', says: 'prints its help' },
    { command: '*', exact: ['-help'], stdout: 'bounded', stderr: 'bounded', says: 'prints its help' },
    { command: '*', exact: ['--usage'], stdout: 'bounded', stderr: 'bounded', says: 'prints its usage' },
    // ffmpeg(1) and avconv given an input and no output file describe the input (its streams and
    // metadata) on stderr, print nothing on stdout, and exit: the probe GUIs run on an encoder they
    // keep in a variable (`[self.encoder, '-i', path]`; audit 15: Curlew). Its listings (`-encoders`,
    // `-codecs`, ...) print a fixed table of a few hundred lines on stdout and the banner on stderr.
    // `…` is a program not known statically: these forms say nothing of a program the table names
    // (`tcpdump -i eth0` captures, `dpkg -i x.deb` installs).
    { command: '…', exact: ['-i', '*'], stdout: 'none', stderr: 'bounded', says: 'names an input and no output: it describes the input on stderr and exits, as ffmpeg does' },
    { command: '…', exact: ['-hide_banner', '-i', '*'], stdout: 'none', stderr: 'bounded', says: 'names an input and no output: it describes the input on stderr and exits, as ffmpeg does' },
    // A program run with the flags of a Chromium-family browser (`--app=URL`, `--new-window`,
    // `--remote-debugging-port=N`, `--user-data-dir=DIR`, `--kiosk`): a browser, kept open for a
    // session, logging its warnings and errors on stderr for as long as it runs; stdout stays all
    // but empty (audit 9: Eel's `[path, '--app=%s' % url]`, where the path is the user's browser).
    { command: '…', when: ['/^--app=/', '--new-window', '/^--remote-debugging-port(=|$)/', '/^--user-data-dir=/', '--kiosk', '--no-first-run'], stdout: 'bounded', stderr: 'unbounded', says: 'takes the flags of a Chromium-family browser: a browser, logging on stderr for as long as it runs' },
    ...['-encoders', '-decoders', '-codecs', '-formats', '-filters', '-muxers', '-demuxers', '-pix_fmts'].map((o) => ({ command: '…', exact: [o], stdout: 'bounded', stderr: 'bounded', says: 'prints the fixed table it names, as ffmpeg does' })),
    // Watch mode and dev servers: a compiler, a bundler or a test runner run with --watch (tsc,
    // webpack, rollup, babel, jest --watchAll, node --watch), or a build's own watcher (`rescript
    // build -w`, `rescript watch`, `npm run watch`, `ng serve`, `next dev`, `elm reactor`), runs
    // until it is stopped and writes a rebuild report or a request log on every change or request:
    // under exec the log piles up in the buffer for the whole session (audit 20: rescript-vscode's
    // build watcher, vscode-elm's `elm reactor`). A program not known statically (`…`) counts as a
    // watcher when its words say so: `watch` or `serve`, or `-w` after `build`.
    // webpack-cli (3, 4, 5) writes the stats of each build, errors and warnings included, on
    // stdout (process.stdout.write of the printed stats); its own lines go through webpack's
    // infrastructure logger on stderr at the 'log' level, which the default level 'info' hides,
    // so stderr gets only a few lines of its own failures (a bad option, a missing config).
    // Audit 30 measured webpack-cli 4.9.2 over 21 watch rebuilds, half with syntax errors: 0 bytes
    // on stderr, 6.3 KB on stdout. --progress prints the ProgressPlugin's lines on stderr for every
    // build; `webpack serve` runs webpack-dev-server, which logs on stderr (the lines below).
    { command: 'webpack serve|s|server', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a dev server, which rebuilds on every change and logs until it is stopped', serves: true },
    { command: 'webpack|webpack-cli', when: ['--progress', '/^--progress=/'], also: ['/^(-w|--watch)$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs in watch mode: it prints its progress on stderr and its stats on stdout on every change until it is stopped', serves: true },
    { command: 'webpack|webpack-cli', when: ['--progress', '/^--progress=/'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints its progress on stderr and its stats on stdout' },
    { command: 'webpack|webpack-cli', when: ['-w', '/^--watch$/', '/^--watch=(?!(false|0|no)$)/'], stdout: 'unbounded', stderr: 'bounded', says: 'runs in watch mode: it prints its stats, errors included, on stdout on every change until it is stopped, and at most a few lines on stderr', serves: true },
    { command: 'webpack|webpack-cli', stdout: 'unbounded', stderr: 'bounded', says: 'prints its stats, errors included, on stdout, and at most a few lines on stderr' },
    { command: '*', when: ['/^--watch(All)?$/', '/^--watch(All)?=(?!(false|0|no)$)/'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs in watch mode: it rebuilds and reports on every change until it is stopped', serves: true },
    { command: '…', when: ['watch', 'serve'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs a watcher or a dev server, which reports on every change or request until it is stopped', serves: true },
    { command: '…', when: ['build'], also: ['-w'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs a build in watch mode, which rebuilds and reports on every change until it is stopped', serves: true },
    // Programs that dispatch to subcommands print their usage when given none, or `help`
    // (`git help log` is a whole manual page), and a version line for `version`.
    { command: DISPATCHERS, exact: [], stdout: 'bounded', stderr: 'bounded', says: 'without a subcommand prints its usage' },
    { command: DISPATCHERS, exact: ['help'], stdout: 'bounded', stderr: 'bounded', says: 'prints its usage' },
    { command: `${DISPATCHERS} version`, stdout: 'bounded', stderr: 'bounded', says: 'prints its version' },
    // Forms of otherwise loud or unlisted programs that write little (issue 11, audits 9 and 10).
    // docker-volume-create(1), docker-network-create(1): the name or id of what was made; rm the
    // names it removed (one per argument); connect and disconnect print nothing.
    { command: 'docker|podman volume|network create|rm|remove|connect|disconnect', stdout: 'bounded', stderr: 'bounded', says: 'prints the name or id of each volume or network it makes or removes, or nothing' },
    // qemu(1): `-machine help` (`-M ?`), `-cpu help`, `-accel help`, `-display help` print a fixed list and exit.
    { command: 'qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm', when: ['-machine help', '-M help', '-cpu help', '-accel help', '-display help', '-machine ?', '-M ?', '-cpu ?'], stdout: 'bounded', stderr: 'bounded', says: 'prints the list of machines or CPUs it supports and exits' },
    // wineserver(1): -d logs every request on stderr; -k kills the running server and -w waits for it, printing nothing.
    { command: 'wineserver', when: ['/^-d\\d*$/', '/^--debug(=\\d+)?$/'], stdout: 'none', stderr: 'unbounded', says: 'logs every request on stderr' },
    { command: 'wineserver', when: ['-w', '--wait', '/^-k\\d*$/', '/^--kill(=\\d+)?$/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // pyminifier prints the minified source unless -o/--outfile or -d/--destdir names where it goes;
    // then it prints a size line per file it was given.
    { command: 'pyminifier', when: ['-o', '--outfile', '/^--outfile=/', '-d', '--destdir', '/^--destdir=/'], stdout: 'bounded', stderr: 'bounded', says: 'writes the result to a file and prints a size line per file' },
    { command: 'pyminifier', stdout: 'unbounded', stderr: 'bounded', says: 'prints the minified source' },
    // terminal-notifier posts (or lists, removes) macOS notifications: a few lines at most.
    { command: 'terminal-notifier', stdout: 'bounded', stderr: 'bounded', says: 'shows a notification and prints a few lines at most' },
    // git-clean(1): one line per path it removes (or would, -n), growing with the untracked files; -q prints errors only.
    { command: 'git clean', when: ['-q', '--quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints errors only' },
    { command: 'git clean', stdout: 'unbounded', stderr: 'bounded', says: 'names every path it removes' },
    // tcpreplay(1): a statistics block when it ends; -v decodes every packet on stdout, --stats repeats the block.
    { command: 'tcpreplay|tcpreplay-edit', when: ['-v', '--verbose', '--stats', '/^--stats=/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every packet or a statistics block per interval' },
    { command: 'tcpreplay|tcpreplay-edit', stdout: 'bounded', stderr: 'bounded', says: 'prints a statistics block when it ends' },
    // PyInstaller logs through Python's logging, on stderr; stdout stays nearly empty.
    { command: 'pyinstaller', stdout: 'bounded', stderr: 'unbounded', says: 'logs its build on stderr and prints little on stdout' },
    // tasklist /FI "IMAGENAME eq x" or "PID eq n" keeps the processes of one image or one id.
    { command: 'tasklist|tasklist.exe', when: ['/^(IMAGENAME|imagename|ImageName|PID|pid) +(eq|EQ) /'], stdout: 'bounded', stderr: 'bounded', says: 'prints the processes of one image or id' },
    // svn --version (--quiet: the number alone).
    { command: 'svn', when: ['--version'], stdout: 'bounded', stderr: 'bounded', says: 'prints its version' },
    // git-upload-pack(1) sends a pack on stdout (protocol data); its stderr carries errors only.
    { command: 'git upload-pack|upload-archive', stdout: 'unbounded', stderr: 'bounded', says: 'sends a pack on stdout and only errors on stderr' },
    { command: 'git-upload-pack|git-upload-archive', stdout: 'unbounded', stderr: 'bounded', says: 'sends a pack on stdout and only errors on stderr' },
    // Shell builtins and small status commands. Given no name, the builtins that set the shell's
    // state list it instead, a line per variable, alias, trap or limit, as `env` does (measured with
    // bash 5.2 and dash 0.5.12 under `sh -c`: `export` 1.8-2 KB, `set` 1.6-2.2 KB, `declare -p` 3.3
    // KB, `set -o` 0.4-0.5 KB, `ulimit -a` 0.3-0.8 KB; `trap` and `alias` list only what the line
    // itself set). Given a name or a setting they print nothing (`export LC_ALL=C`, `set -e`,
    // `ulimit -n 4096`, `declare -a x`). dash has no `declare`: it prints `not found` on stderr.
    ...[
        ['export|readonly', 'with no name lists the exported or read-only variables, a line each, as `env` does'],
        ['declare|typeset', 'with no name lists the shell\'s variables, a line each, as `env` does'],
        ['alias', 'with no name lists the aliases'],
        ['ulimit', 'with no value prints the limits it names'],
        ['umask', 'with no mask prints the mask'],
    ].map(([command, says]) => ({ command, filter: [], stdout: 'bounded', stderr: 'bounded', says })),
    // `export -p NAME`: dash lists every exported variable all the same; bash prints nothing.
    { command: 'export|readonly', when: ['-p'], stdout: 'bounded', stderr: 'bounded', says: 'lists the exported or read-only variables, a line each' },
    { command: 'declare|typeset', when: ['-p', '/^-f$/', '-F'], stdout: 'bounded', stderr: 'bounded', says: 'prints the variables or functions it names' },
    ...[[], ['-o'], ['+o']].map((exact) => ({ command: 'set', exact, stdout: 'bounded', stderr: 'bounded', says: exact.length ? 'lists the shell\'s options' : 'with no argument lists every shell variable, a line each, as `env` does' })),
    { command: 'trap', exact: [], stdout: 'bounded', stderr: 'bounded', says: 'with no argument lists the traps set' },
    { command: 'trap', when: ['-p', '-l'], stdout: 'bounded', stderr: 'bounded', says: 'lists the traps set or the signals' },
    // `alias ll` (no `=`) prints the alias it names; `umask -S 077` sets the mask and prints it (bash).
    { command: 'alias', when: ['/^[^-][^=]*$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints the alias it names' },
    { command: 'umask', when: ['-S'], stdout: 'bounded', stderr: 'bounded', says: 'prints the mask' },
    // `cd -` goes back to the previous directory and prints its path.
    { command: 'cd', when: ['-'], stdout: 'bounded', stderr: 'bounded', says: 'prints the directory it returns to' },
    { command: 'exit|true|false|:|sleep|cd|export|unset|umask|test|[|[[|wait|shift|trap|ulimit|set|source|.|alias|usleep|let|declare|typeset|readonly|local', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // du names every directory unless it sums up; a zone transfer lists a whole zone.
    { command: 'du', when: ['-s', '--summarize', '/^--max-depth=[01]$/', '-d 0', '-d 1'], stdout: 'bounded', stderr: 'bounded', says: 'prints a total' },
    { command: 'du', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per directory' },
    { command: 'dig', when: ['axfr', 'AXFR', 'ixfr', 'IXFR'], stdout: 'unbounded', stderr: 'bounded', says: 'lists a whole zone' },
    { command: 'host', when: ['-l', 'axfr', 'AXFR'], stdout: 'unbounded', stderr: 'bounded', says: 'lists a whole zone' },
    // stty given settings sets them and prints nothing (on a stdin that is not a terminal, an error on stderr).
    { command: 'stty', when: ['sane', 'echo', '-echo', 'raw', '-raw', 'cooked', '-cooked', 'icanon', '-icanon', 'cbreak', '-cbreak', 'onlcr', '-onlcr'], stdout: 'none', stderr: 'bounded', says: 'sets the terminal and prints nothing' },
    { command: 'echo|printf|hostname|whoami|id|uname|date|pwd|basename|dirname|readlink|realpath|nproc|arch|tty|logname|getconf|lsb_release|uptime|expr|mktemp|which|type|pidof|pgrep|tput|clear|stty|locale|groups|who|users|where|md5sum|sha1sum|sha256sum|sha512sum|cksum|wc|stat|file|df|free|nslookup|host|dig', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // `head -n -5` prints all but the last lines, `tail -n +2` all but the first: the whole file.
    // grep -q answers with its exit status, -c with a count; otherwise it prints every match.
    { command: 'grep|egrep|fgrep', when: ['-q', '--quiet', '--silent'], stdout: 'none', stderr: 'bounded', says: 'answers with its exit status only' },
    { command: 'grep|egrep|fgrep', when: ['-r', '-R', '--recursive', '--dereference-recursive'], stdout: 'unbounded', stderr: 'bounded', says: 'searches a whole tree' },
    { command: 'grep|egrep|fgrep', when: ['-c', '--count'], stdout: 'bounded', stderr: 'bounded', says: 'prints a count per file it is given' },
    { command: 'grep|egrep|fgrep', when: ['-v', '--invert-match', '/^-\\w*v/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every line that does not match', fromInput: true },
    { command: 'grep|egrep|fgrep', stdout: 'unbounded', stderr: 'bounded', says: 'prints every line that matches', fromInput: true, selects: true },
    { command: 'head', when: ['-n /^-\\d+$/', '-c /^-\\d+$/', '/^-[nc]-\\d+$/', '/^--(lines|bytes)=-/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints all but the last lines of its input' },
    { command: 'head', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'tail', when: ['-f', '-F', '--follow', '/^--follow=/'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the file without end' },
    { command: 'tail', when: ['/^\\+\\d+$/', '/^-[nc]\\+\\d+$/', '/^--(lines|bytes)=\\+/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the file from a line on' },
    { command: 'tail', stdout: 'bounded', stderr: 'bounded', says: 'prints the last lines' },
    // File utilities: quiet unless asked to be verbose.
    { command: 'chmod|chown|chgrp', when: ['-c', '--changes'], stdout: 'unbounded', stderr: 'bounded', says: 'names every file it changes' },
    { command: 'mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename', when: VERBOSE, stdout: 'unbounded', stderr: 'bounded', says: 'names every file it touches' },
    { command: 'mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename|sync', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'dd', when: ['status=progress'], also: ['/^of=/'], stdout: 'none', stderr: 'unbounded', says: 'writes to its output file and reports its progress on stderr every second' },
    { command: 'dd', when: ['/^of=/'], stdout: 'none', stderr: 'bounded', says: 'writes to its output file and a summary to stderr' },
    { command: 'dd', stdout: 'unbounded', stderr: 'bounded', says: 'copies its input to stdout' },
    { command: 'cat|tac', stdout: 'unbounded', stderr: 'bounded', says: 'copies its files (or its input) to stdout' },
    // Compressors: `-c` writes the data to stdout, `-v` names each file on stderr, `-t` and `-l` are checks.
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-c', '--stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the data to stdout' },
    { command: 'zcat|bzcat|xzcat|zstdcat', stdout: 'unbounded', stderr: 'bounded', says: 'writes the data to stdout' },
    // With no file named they are filters: stdin to stdout (`Popen(['gzip'], stdin=..., stdout=PIPE)`),
    // unless they only test or list it, or write it to an -o file.
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-l', '--list'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per file' },
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-t', '--test'], stdout: 'none', stderr: 'bounded', says: 'tests its files and prints nothing' },
    { command: 'zstd', when: ['-o'], stdout: 'none', stderr: 'bounded', says: 'writes to its -o file' },
    { command: 'gzip|gunzip', filter: ['-S', '--suffix'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'bzip2|bunzip2', filter: [], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'xz|unxz|lzma', filter: ['-S', '--suffix', '-F', '--format', '-C', '--check', '-T', '--threads', '-M', '--memlimit', '--memory', '--memlimit-compress', '--memlimit-decompress', '--block-size', '--block-list'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'zstd', filter: ['-D', '--output-dir-flat', '--output-dir-mirror'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-v', '--verbose'], also: ['/^-[a-zA-Z]*r[a-zA-Z]*$|^--recursive$/'], stdout: 'none', stderr: 'unbounded', says: 'names every file of the tree on stderr' },
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-v', '--verbose'], stdout: 'none', stderr: 'bounded', says: 'names each file it is given on stderr' },
    { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // `tar czf - dir` writes the archive to stdout (and a verbose listing to stderr).
    { command: 'tar', when: ['/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/', '--create'], also: ['-', '/^-?[ctxrudAzjJpfvhPW]*v[ctxrudAzjJpfvhPW]*$|^--verbose$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the archive to stdout and lists every file on stderr' },
    { command: 'tar', when: ['/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/', '--create'], also: ['-'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the archive to stdout' },
    { command: 'tar', when: ['-v', '--verbose', '-t', '--list', '/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every file' },
    { command: 'tar', when: ['-f', '/^--file=/', '/^[ctxrudAzjJp]*f[ctxrudAzjJp]*$/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'unzip', when: ['-l', '-v', '-Z', '-p', '-c'], stdout: 'unbounded', stderr: 'bounded', says: 'lists or prints the files of the archive' },
    { command: 'zip|unzip', when: ['-q', '-qq', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'rsync', when: ['-v', '--verbose', '--progress', '-P', '--stats', '-i', '--itemize-changes', '/^--info=/', '--list-only'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every file' },
    { command: 'rsync|scp', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'mount|umount|swapon|swapoff|losetup|mkswap', when: ['-a', '--all', '--show', '-l', '-s', '--summary'], stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'mount|umount|swapon|swapoff', when: ['/^[^-]/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // Processes.
    { command: 'kill|killall|pkill|killall5|renice|disown', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // Quiet forms of desktop and client commands listed further down: their actions print nothing,
    // their queries a few lines (issue 11).
    // notify-send(1) prints nothing, only the notification's id with -p/--print-id.
    { command: 'notify-send', when: ['-p', '--print-id'], stdout: 'bounded', stderr: 'bounded', says: 'prints the id of the notification' },
    { command: 'notify-send', stdout: 'none', stderr: 'bounded', says: 'shows a notification and prints nothing' },
    // xset(1): `q` prints the settings; the other forms change one and print nothing.
    { command: 'xset', when: ['q', '-q'], stdout: 'bounded', stderr: 'bounded', says: 'prints the current settings' },
    { command: 'xset', stdout: 'none', stderr: 'bounded', says: 'changes an X setting and prints nothing' },
    // setxkbmap(1): -query and -print describe the layout, -v[level] reports what it sets.
    { command: 'setxkbmap', when: ['-query', '-print', '/^-v\\d*$/', '-verbose'], stdout: 'bounded', stderr: 'bounded', says: 'prints the keyboard layout' },
    { command: 'setxkbmap', stdout: 'none', stderr: 'bounded', says: 'sets the keyboard layout and prints nothing' },
    // amixer(1): `set` prints the control's new state unless -q.
    { command: 'amixer', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'changes a mixer control and prints nothing' },
    // xrandr(1): without an action, or with a query, it prints the outputs; an action prints nothing.
    { command: 'xrandr', when: ['-q', '--query', '--verbose', '--listmonitors', '--listactivemonitors', '--listproviders', '--prop', '--props', '--current'], stdout: 'bounded', stderr: 'bounded', says: 'prints the screens and outputs' },
    { command: 'xrandr', when: ['--output', '-s', '--size', '--orientation', '--fb', '--setmonitor', '--delmonitor', '--newmode', '--rmmode', '--addmode', '--delmode', '--dpi', '--auto'], stdout: 'none', stderr: 'bounded', says: 'changes the screen setup and prints nothing' },
    // pactl(1): the set-, move-, suspend- and kill- commands change the sound server and print nothing.
    { command: 'pactl set-sink-volume|set-sink-mute|set-source-volume|set-source-mute|set-default-sink|set-default-source|set-card-profile|set-sink-port|set-source-port|set-sink-input-volume|set-sink-input-mute|set-source-output-volume|set-source-output-mute|set-sink-formats|set-port-latency-offset|suspend-sink|suspend-source|move-sink-input|move-source-output|unload-module|kill-client|kill-sink-input|kill-source-output|play-sample|remove-sample|upload-sample|exit', stdout: 'none', stderr: 'bounded', says: 'changes the sound server and prints nothing' },
    // svn(1): -q keeps only conflicts and errors; info and the property, lock and cleanup commands print a few lines.
    { command: 'svn checkout|co|update|up|export|switch|sw|commit|ci|add|delete|del|remove|rm|import|revert|copy|cp|move|mv', when: ['-q', '--quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints conflicts and errors only' },
    { command: 'svn info|cleanup|propset|pset|ps|propget|pget|pg|propdel|pdel|pd|lock|unlock|mkdir|resolve|resolved|upgrade|relocate', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Launchers (editor extensions, Electron apps): they hand the file or URL over and print
    // nothing. On Linux the program that opens it is started from the launcher, by GLib or by
    // xdg-open's own exec of the desktop entry, with the launcher's stdout and stderr (a GUI
    // program opened from a terminal prints its warnings there); the launcher exits at once and
    // the program lives on with the pipes (reproduced: test/e2e/hazard-launchers.test.ts). macOS `open`
    // asks LaunchServices, and Windows' explorer ShellExecute: the program is not their child.
    { command: 'xdg-open|gnome-open|gvfs-open|kde-open|kde-open5|exo-open|gtk-launch|gtk4-launch', stdout: 'none', stderr: 'bounded', says: 'hands the file or URL to the program that opens it', livesOn: 'starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs' },
    { command: 'gio open|launch', stdout: 'none', stderr: 'bounded', says: 'hands the file or URL to the program that opens it', livesOn: 'starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs' },
    { command: 'kioclient|kioclient5 exec', stdout: 'none', stderr: 'bounded', says: 'hands the file or URL to the program that opens it', livesOn: 'starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs' },
    { command: 'open|gio|wslview|explorer|explorer.exe', stdout: 'none', stderr: 'bounded', says: 'hands the file or URL over and prints nothing' },
    // Windows: `start` opens the file or program in a window of its own and returns, unless /B keeps it in this console.
    { command: 'cmd|cmd.exe', also: ['/^[/-][cCkK]$/', 'start', '/^\\/[bB]$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs `start /B`: the program writes to this console' },
    // cmd's own `vol` and `ver` print two lines (the volume label and serial, the Windows version;
    // audit 23: rapid-photo-downloader reads a drive's serial with `cmd.exe /c vol X:`).
    { command: 'cmd|cmd.exe', when: ['/^[/-][cC]$/ /^([vV][oO][lL]|[vV][eE][rR])$/'], stdout: 'bounded', stderr: 'bounded', says: 'runs its built-in `vol` or `ver`, which prints two lines' },
    { command: 'cmd|cmd.exe', also: ['/^[/-][cCkK]$/', 'start'], stdout: 'none', stderr: 'bounded', says: 'runs `start`, which opens the file in a window of its own and returns' },
    // attrib with +x/-x flags sets attributes and prints nothing (an error line at most); without them it lists.
    { command: 'attrib|attrib.exe', when: ['/^[+-][rahsiRAHSI]$/'], stdout: 'bounded', stderr: 'bounded', says: 'sets file attributes and prints an error line at most' },
    // A terminal emulator runs its command in its own window: nothing reaches our pipes but its warnings.
    { command: 'xterm|x-terminal-emulator|gnome-terminal|konsole|xfce4-terminal|terminator|urxvt|rxvt|lxterminal|mate-terminal|tilix', stdout: 'none', stderr: 'bounded', says: 'runs its command in its own window' },
    // Clipboards. xclip(1): "-o, -out: prints the selection to standard out"; "-f, -filter: ... print the text piped
    // to standard in back to standard out"; in mode (the default) it reads stdin into the selection and prints nothing.
    // xsel(1): -o/--output prints the selection; -i/--input (the default when stdin is not a terminal), -a, -c, -d
    // change it and print nothing. The readers print what a user copied: text, a few lines.
    { command: 'xclip', when: ['/^-f(ilter)?$/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints its input back as it stores it', fromInput: true },
    { command: 'xclip', when: ['/^-o(ut)?$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints what the clipboard holds' },
    { command: 'xsel', when: ['-o', '--output'], stdout: 'bounded', stderr: 'bounded', says: 'prints what the clipboard holds' },
    { command: 'pbpaste|wl-paste|termux-clipboard-get', stdout: 'bounded', stderr: 'bounded', says: 'prints what the clipboard holds' },
    { command: 'xclip|xsel|termux-clipboard-set', stdout: 'none', stderr: 'bounded', says: 'stores its input in the clipboard and prints nothing' },
    { command: 'pbcopy|wl-copy|clip|clip.exe|say|afplay|paplay|aplay|espeak', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    // Pickers: what they print on stdout is the entry the user picked (fzf(1): "the selected item is
    // printed to stdout"; --print-query and --expect add a line each); they draw their screen on the
    // terminal (fzf, sk: on stderr) or in a window of their own (dmenu, rofi). With -m/--multi the
    // user may pick every entry (audit 15: iterfzf); --filter prints every entry that matches, as grep.
    { command: 'fzf|sk', when: ['-f', '/^--filter(=|$)/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every entry of its input that matches the query', fromInput: true },
    { command: 'fzf|sk', when: ['-m', '/^--multi(=|$)/'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints the entries the user picks, any number of them (--multi), and draws its screen on stderr' },
    { command: 'fzf|sk', stdout: 'bounded', stderr: 'unbounded', says: 'prints the entry the user picks, and draws its screen on stderr for as long as the user browses' },
    { command: 'rofi|wofi|fuzzel|tofi', when: ['-multi-select', '--multi-select'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the entries the user picks, any number of them' },
    { command: 'dmenu|rofi|wofi|bemenu|fuzzel|tofi', stdout: 'bounded', stderr: 'bounded', says: 'prints the entry the user picks, from a window of its own' },
    { command: 'zenity|kdialog|yad|notify-send|launchctl|sw_vers|code|reg|reg.exe|sc|sc.exe|schtasks|netsh|rfkill|nmcli|hostapd_cli|wpa_cli', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Browsers log on stderr for as long as they run.
    { command: 'chrome|google-chrome|google-chrome-stable|chromium|chromium-browser|firefox|msedge|microsoft-edge', stdout: 'unbounded', stderr: 'unbounded', says: 'logs on both streams while it runs' },
    // Android's adb: logcat follows the log and shell runs a command (`adb shell ps` is judged as
    // `ps`: commands.ts, adbRemoteLine; an interactive shell stays here); the rest answer briefly.
    // `adb logcat` prints the device log on stdout; on stderr only adb's own words (`- waiting for device -`, an error).
    { command: 'adb logcat', stdout: 'unbounded', stderr: 'bounded', says: 'follows the device log' },
    { command: 'adb shell|exec-out', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command on the device' },
    { command: 'adb', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // What `adb shell` runs on the device: the log follows; the device's settings and managers answer briefly.
    { command: 'logcat', stdout: 'unbounded', stderr: 'bounded', says: 'prints the device log' },
    { command: 'getprop|setprop|am|input|settings|wm|svc', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines (an Android device tool)' },
    // Android's monkey reports a crash or ANR of the app (its stack trace, the ANR's traces) on stderr and stops, unless
    // told to ignore them: then it reports every one and goes on (audit 41: droidbot). `-v` logs every event on stdout.
    { command: 'monkey', when: ['--ignore-crashes', '--ignore-timeouts', '--ignore-native-crashes'], stdout: 'unbounded', stderr: 'unbounded', says: 'reports every crash and ANR of the app on stderr and goes on, and logs its events on stdout' },
    { command: 'monkey', when: ['-v'], stdout: 'unbounded', stderr: 'bounded', says: 'logs every event it injects (`-v`), and stops at the first crash of the app' },
    // Daemons that fork into the background by default; `nginx -T` dumps its configuration.
    { command: 'nginx', when: ['-T'], stdout: 'unbounded', stderr: 'bounded', says: 'prints its whole configuration' },
    { command: 'nginx|apachectl|apache2ctl|httpd', stdout: 'bounded', stderr: 'bounded', says: 'starts or signals the daemon and prints a line at most' },
    { command: 'dhclient|dhcpcd', when: ['-d', '-v'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs in the foreground' },
    { command: 'dhclient|dhcpcd', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines and forks into the background' },
    // streamripper prints its status line (the title being ripped and the bytes so far) on stdout for as
    // long as it rips the stream, hours for a radio (blind audit 35: a player plugin's pipes, never read).
    { command: 'streamripper', stdout: 'unbounded', stderr: 'bounded', says: 'prints its status line for as long as it rips the stream' },
    // Media: ffmpeg writes its media to a file unless told `-`/`pipe:`, and logs progress on stderr.
    // `-i -` / `-i pipe:0` is its input (read from stdin), not an output: the word before must not be `-i`.
    // Ex) spawn('ffmpeg') with no argument: a check that it is installed (audit 26: TGVCBot); it prints its
    // banner and a usage hint on stderr (1-2 KB) and exits.
    { command: 'ffmpeg|ffprobe', exact: [], stdout: 'none', stderr: 'bounded', says: 'alone prints its banner and a usage hint, and exits' },
    // Its information options print a fixed list and exit before any input is opened (cmdutils'
    // OPT_EXIT options, whatever else is on the line): `-colors` some 140 lines, `-formats` and
    // `-codecs` a few hundred, `-filters` about 40 KB, all under a pipe's 64 KiB; the banner goes to
    // stderr (audit 31: pyffmpeg's `ffmpeg -colors`, which encodes nothing). `-h full` is not one of
    // them: it prints every option of every codec, hundreds of KB.
    { command: 'ffmpeg|ffprobe|ffplay|avconv', when: ['/^-(version|buildconf|formats|muxers|demuxers|devices|codecs|decoders|encoders|bsfs|protocols|filters|pix_fmts|layouts|sample_fmts|colors|hwaccels|dispositions|L)$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints the fixed list it names and exits' },
    // `-f null -` names the null muxer, which writes nothing: `-` is only the output's required name.
    { command: 'ffmpeg', when: FFMPEG_FEW_FRAMES, also: ['?/^(?!-i$|null$)/ /^(-$|pipe:)/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes a few frames to stdout and logs only its settings and a stats line or two' },
    { command: 'ffmpeg', when: FFMPEG_FEW_FRAMES, stdout: 'none', stderr: 'bounded', says: 'renders a few frames: it logs its settings and a stats line or two' },
    { command: 'ffmpeg', when: ['?/^(?!-i$|null$)/ -', '?/^(?!-i$|null$)/ /^pipe:/'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes its media to stdout and logs its progress on stderr' },
    // What ffmpeg writes on stderr is decided by its arguments. Its stats line (`frame= ... speed=`,
    // 75 to 115 bytes every 0.5 s) is printed at log level info and above unless -nostats, and at any
    // level with -stats; below `warning` (quiet, panic, fatal, error) only errors are left. At
    // `warning` a damaged input can still print a line per packet ("Non-monotonous DTS"; audit 9:
    // tartube). A network, live or segmented input (a URL, HLS, `-f concat`, the options only a
    // network input takes), or a streaming or segmenting output runs as long as the stream
    // does, with a line per segment it opens (audit 19: animdl's HLS download, audit 11: frigate's
    // concat). Otherwise a stream copy (`-c copy`, `-c:v copy`: no video encoder) of a file runs at
    // the speed of the disk, gigabytes a minute: a film is copied in a minute or two, a few hundred
    // stats lines at most, where 64 KiB is some 650 (audit 19: animdl's subtitle merge). An encode runs
    // at the speed of the encoder, an hour for a film: its stats line grows with it.
    { command: 'ffmpeg', when: ['-stats'], stdout: 'none', stderr: 'unbounded', says: 'prints its stats line (-stats) on stderr while it works' },
    { command: 'ffmpeg', when: FFMPEG_QUIET, stdout: 'none', stderr: 'bounded', says: 'logs errors only' },
    { command: 'ffmpeg', when: ['-nostats'], stdout: 'none', stderr: 'bounded', says: 'logs its settings and errors, not its progress' },
    { command: 'ffmpeg', when: FFMPEG_STREAMING, stdout: 'none', stderr: 'unbounded', says: 'reads or writes a network, live or segmented stream: it logs each segment it opens and its stats line on stderr for as long as the stream runs' },
    { command: 'ffmpeg', when: FFMPEG_VIDEO_ENCODER, stdout: 'none', stderr: 'unbounded', says: 'logs its progress on stderr while it encodes' },
    // `-vn`: no video in the output, an audio encode. It runs at many times real time: measured on
    // this project's 2-core machine under load, an hour of audio to MP3 took 176 s and printed 26 KB
    // of stats lines (336), under a pipe's 64 KiB; a faster machine prints fewer. A live input
    // (FFMPEG_STREAMING, above) runs as long as its source, `-vn` or not. Stdin otherwise runs as
    // long as its writer does: a video encoded from it logs all along, so do a copy or an unknown encode.
    { command: 'ffmpeg', when: ['-vn'], stdout: 'none', stderr: 'bounded', says: 'encodes audio only, at many times real time: an hour of audio prints some 26 KB of stats lines' },
    { command: 'ffmpeg', when: FFMPEG_STDIN, stdout: 'none', stderr: 'unbounded', says: 'reads its input from stdin: it logs its stats line on stderr for as long as its input comes' },
    { command: 'ffmpeg', when: FFMPEG_STREAM_COPY, stdout: 'none', stderr: 'bounded', says: 'copies the video without encoding it, at the speed of the disk: its stats line stays at a few hundred lines' },
    { command: 'ffmpeg', stdout: 'none', stderr: 'unbounded', says: 'logs its progress on stderr' },
    { command: 'HandBrakeCLI|HandbrakeCLI|handbrakecli', stdout: 'unbounded', stderr: 'unbounded', says: 'prints its progress on stdout and its log on stderr while it encodes' },
    // FLV metadata tools: -U updates the file in place and prints nothing.
    { command: 'flvtool2|flvmeta', when: ['-U', '--update'], stdout: 'none', stderr: 'bounded', says: 'updates the file in place and prints nothing' },
    { command: 'ps', when: ['-p', '--pid', '-q', '--quick-pid'], stdout: 'bounded', stderr: 'bounded', says: 'prints the processes it is asked about' },
    { command: 'ps', stdout: 'unbounded', stderr: 'bounded', says: 'lists processes, and only warnings on stderr', listsProcesses: true },
    { command: 'lsof|tasklist', stdout: 'unbounded', stderr: 'bounded', says: 'lists processes or files, and only warnings on stderr' },
    { command: 'taskkill', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per process' },
    { command: 'screen', when: ['-dmS', '-dm', '/^-d+m/'], stdout: 'none', stderr: 'bounded', says: 'starts a detached session and prints nothing' },
    { command: 'tmux', when: ['-d'], stdout: 'none', stderr: 'bounded', says: 'starts a detached session and prints nothing' },
    // Network and firewall configuration: the changing forms print nothing, the listing forms can grow.
    { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', when: ['-L', '--list', '-S', '--list-rules', '/^-[a-zA-Z]*[LS][a-zA-Z]*$/'], stdout: 'unbounded', stderr: 'bounded', says: 'lists the rules' },
    { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', when: ['-A', '-I', '-D', '-R', '-N', '-X', '-F', '-P', '-Z', '-E', '-C', '--append', '--insert', '--delete', '--replace', '--new-chain', '--delete-chain', '--flush', '--policy', '--zero', '--rename-chain', '--check'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', stdout: 'unbounded', stderr: 'bounded', says: 'may list the rules (no action flag in the literal text)' },
    { command: 'nft list|monitor', stdout: 'unbounded', stderr: 'bounded', says: 'lists the ruleset or its events' },
    { command: 'iptables-restore|ip6tables-restore|ebtables-restore|nft', when: ['-f', '/^[^-]/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'iptables-restore|ip6tables-restore', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'iptables-save|ip6tables-save', stdout: 'unbounded', stderr: 'bounded', says: 'prints every rule' },
    // ipfw (FreeBSD, macOS): `list N` prints one rule, a range or no number all of them; `add`
    // echoes the rule it adds unless -q.
    { command: 'ipfw list|l|show|sh', when: ['/^\\d+-\\d+$/'], stdout: 'unbounded', stderr: 'bounded', says: 'lists the rules of a range' },
    { command: 'ipfw list|l|show|sh *', stdout: 'bounded', stderr: 'bounded', says: 'prints the rule it is given' },
    { command: 'ipfw', when: ['-q'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'ipfw add|delete|flush|zero|resetlog|disable|enable|pipe|queue|sched|nat', stdout: 'bounded', stderr: 'bounded', says: 'prints the rule it changes' },
    { command: 'ipfw', stdout: 'unbounded', stderr: 'bounded', says: 'lists the rules' },
    { command: 'ufw|firewall-cmd', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line or the rules it is asked about' },
    { command: 'ifconfig', when: ['up', 'down', 'netmask', 'hw', 'mtu', 'promisc', '-promisc', 'broadcast', 'add', 'del', 'inet', 'inet6', 'arp', '-arp', 'txqueuelen', 'pointopoint'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'ifconfig', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
    { command: 'ifup|ifdown', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'ip monitor|mon', stdout: 'unbounded', stderr: 'bounded', says: 'prints every network event until it is stopped' },
    { command: 'ip link|l|li|addr|a|address|route|r|ro|rule|ru|neigh|n|tunnel|tun|netns|maddr|tuntap|xfrm add|del|delete|set|flush|change|replace|append|flush', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'ip netns exec', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command' },
    { command: 'ip link|l|li|addr|a|address|neigh|n|route|r|ro|rule|ru', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
    { command: 'route', when: ['add', 'del'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'route|arp', stdout: 'bounded', stderr: 'bounded', says: 'prints a table' },
    { command: 'iwconfig|iwpriv|hciconfig|macchanger|brctl|vconfig|ethtool|tc|iw', when: ['up', 'down', 'mode', 'channel', 'essid', 'key', 'set', 'add', 'del', 'addbr', 'delbr', 'addif', 'delif', 'txpower', 'rate', '-s', '-r', '-m', '-a', 'piscan', 'noscan', 'reset', 'qdisc'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },
    { command: 'iwconfig|hciconfig|brctl', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
    // airmon-ng start/stop switches an interface into or out of monitor mode; check lists the processes in the way.
    { command: 'airmon-ng start|stop|check', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces and the monitor interface it starts or stops' },
    { command: 'airmon-ng', stdout: 'bounded', stderr: 'bounded', says: 'prints a table of interfaces' },
    { command: 'sysctl', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'sysctl', when: ['-a', '-A', '-X', '--all'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every setting' },
    { command: 'sysctl', stdout: 'bounded', stderr: 'bounded', says: 'prints the settings it reads or writes' },
    { command: 'modprobe|rmmod|insmod|depmod', when: VERBOSE, stdout: 'unbounded', stderr: 'bounded', says: 'logs what it does' },
    { command: 'modprobe', when: ['-c', '--showconfig'], stdout: 'unbounded', stderr: 'bounded', says: 'prints its whole configuration' },
    { command: 'depmod', when: ['-n', '--dry-run'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the module index to stdout' },
    { command: 'modprobe|rmmod|insmod|depmod', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'lsmod', stdout: 'bounded', stderr: 'bounded', says: 'prints the loaded modules' },
    // Services.
    { command: 'service', when: ['start', 'stop', 'restart', 'reload', 'force-reload', 'status', 'condrestart', 'try-restart', '--status-all'], stdout: 'bounded', stderr: 'bounded', says: 'prints a status line' },
    { command: 'systemctl', when: ['start', 'stop', 'restart', 'reload', 'try-restart', 'reload-or-restart', 'enable', 'disable', 'mask', 'unmask', 'kill', 'daemon-reload', 'reset-failed', 'is-active', 'is-enabled', 'is-failed', 'status', 'set-default', 'get-default', 'isolate', 'poweroff', 'reboot', 'halt', 'suspend'], stdout: 'bounded', stderr: 'bounded', says: 'prints a status line at most' },
    { command: 'initctl|start|stop|restart|reload|update-rc.d|chkconfig|rc-service|rc-update|invoke-rc.d', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line' },
    // An init script run by its path takes the actions `service NAME ACTION` passes it.
    { command: '/etc/init.d/*', when: ['start', 'stop', 'restart', 'reload', 'force-reload', 'status', 'condrestart', 'try-restart', 'graceful', 'force-stop'], stdout: 'bounded', stderr: 'bounded', says: 'prints a status line, as `service NAME ACTION` does' },
    { command: 'supervisorctl|sv|pm2', when: ['-f', '--follow', 'logs', 'monit', 'fg', 'maintail', '--no-daemon'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the log without end' },
    { command: 'supervisorctl|sv|pm2 start|stop|restart|reload|status|reread|update|delete|kill|save|up|down|once|term|hup', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line per process' },
    // A container's or a pod's log: the last N lines when a count up to a hundred is written
    // (`--tail 50`, `-n 20`), unless it follows the log (-f) for as long as the container runs.
    // docker replays the container's stdout and stderr each on its own stream; kubectl prints both on stdout.
    // `docker ps -q` / `docker images -q` print only ids, 13 bytes a line: 64 KiB is some 5000
    // containers or images. `docker inspect -f TEMPLATE` prints the template once per object named
    // (audit 31: thesis-benchmark's `inspect -f={{.State.Pid}}` and `ps -aq`).
    { command: 'docker|podman ps|images', when: ['-q', '--quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints only ids, one line each' },
    // `docker ps` / `docker images`: a line per container or image on stdout, only an error on stderr.
    // `docker pull` (not a terminal) prints a line per layer and step on stdout, and only an error on
    // stderr; podman's pull reports its progress on stderr. `docker -v` is `--version` (blind audit 43:
    // ATAODBC-POC reads stdout to its end, then stderr).
    { command: 'docker|podman ps|images', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per container or image' },
    { command: 'docker pull', stdout: 'unbounded', stderr: 'bounded', says: 'prints its progress, a line per layer and step, on stdout, and only an error on stderr' },
    { command: 'docker', exact: ['-v'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
    // Node and its package managers take -v for --version (node 20, npm and npx 11 measured; yarn,
    // pnpm and bun document it), where most programs take it for verbose.
    { command: 'node|nodejs|npm|npx|yarn|pnpm|bun', exact: ['-v'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
    { command: 'docker|podman inspect', when: ['-f', '--format', '/^(-f|--format)=/'], stdout: 'bounded', stderr: 'bounded', says: 'prints its template once per object it names' },
    { command: 'docker|podman logs', when: ['-f', '--follow', '/^--follow=(true|1)$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'follows the log for as long as the container runs' },
    { command: 'kubectl logs', when: ['-f', '--follow', '/^--follow=(true|1)$/'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the log for as long as the pod runs' },
    { command: 'docker|podman|kubectl logs', when: ['--tail /^([1-9]\\d?|100)$/', '/^--tail=([1-9]\\d?|100)$/', '-n /^([1-9]\\d?|100)$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints the last lines of the log, a hundred at most' },
    { command: 'docker|podman logs', stdout: 'unbounded', stderr: 'unbounded', says: 'prints the whole log of the container, its stdout and its stderr each on its own stream' },
    // `docker save` writes the image archive to stdout, or to the file -o names, and nothing on stderr but an
    // error (no progress): a reader of stdout leaves no stderr to fill (audit 33: python-on-whales' image save).
    ...['docker|podman save', 'docker|podman image save'].flatMap((command) => [
        { command, when: ['-o', '--output', '/^--output=/'], stdout: 'none', stderr: 'bounded', says: 'writes the image archive to the file it is given' },
        { command, stdout: 'unbounded', stderr: 'bounded', says: 'writes the image archive to stdout, and only an error on stderr' },
    ]),
    { command: 'docker|podman start', when: ['-a', '--attach', '-i', '--interactive'], stdout: 'unbounded', stderr: 'unbounded', says: 'attaches to the container\'s output' },
    { command: 'brew|docker|podman services|start|stop|restart|rm|rmi|kill|pause|unpause|tag|rename|wait|port', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per service or container' },
    // The same commands in their management form (`docker container kill ID`, `docker image rm NAME`:
    // an `Untagged`/`Deleted` line per tag and layer).
    { command: 'docker|podman container stop|start|restart|rm|kill|pause|unpause|rename|wait|port', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per container' },
    { command: 'docker|podman image rm|remove|tag', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per tag and layer it removes, or nothing' },
    { command: 'docker|podman run|create|exec', when: ['-d', '--detach'], stdout: 'bounded', stderr: 'bounded', says: 'starts a container in the background and prints its id' },
    // systemd-resolved's clients: flushing or resetting prints nothing; `monitor` follows every lookup.
    { command: 'resolvectl monitor', stdout: 'unbounded', stderr: 'bounded', says: 'prints every lookup until it is stopped' },
    { command: 'resolvectl flush-caches|reset-statistics|reset-server-features|revert', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'systemd-resolve', when: ['--flush-caches', '--reset-statistics', '--reset-server-features', '--revert'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'resolvectl|systemd-resolve', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines per link or name' },
    { command: 'journalctl|dmesg', when: ['-f', '--follow', '-w', '--follow'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the log without end' },
    { command: 'shutdown|reboot|halt|poweroff|init|telinit', stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },
    // Users and system settings.
    { command: 'pactl subscribe', stdout: 'unbounded', stderr: 'bounded', says: 'prints every sound event until it is stopped' },
    { command: 'gsettings|dconf', when: ['list-recursively', 'monitor', 'watch', 'dump'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every key or change' },
    { command: 'gsettings|dconf', stdout: 'bounded', stderr: 'bounded', says: 'prints a value at most' },
    { command: 'feh', when: ['/^--bg-/'], stdout: 'none', stderr: 'bounded', says: 'sets the wallpaper and prints nothing' },
    { command: 'xrdb|xsetroot', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'useradd|userdel|usermod|groupadd|groupdel|groupmod|gpasswd|chpasswd|chsh|chfn|passwd|adduser|deluser|addgroup|delgroup|ldconfig|hwclock|timedatectl|hostnamectl|loadkeys|setxkbmap|xset|xrandr|amixer|pactl|notify-send|crontab|at', stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },
    // git: the plumbing answers in a line, the rest can grow. Progress meters go to stderr only
    // on a terminal (or with --progress), but fetch and pull name every updated ref there.
    { command: 'git clone|fetch|pull|push|submodule', when: ['--progress'], stdout: 'bounded', stderr: 'unbounded', says: 'reports its progress on stderr' },
    { command: 'git fetch|pull', when: ['-q', '--quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints errors only' },
    { command: 'git pull', stdout: 'unbounded', stderr: 'unbounded', says: 'prints a diffstat of the merge on stdout and names every fetched ref on stderr' },
    { command: 'git fetch', stdout: 'bounded', stderr: 'unbounded', says: 'names every fetched ref on stderr' },
    { command: 'git remote update', stdout: 'bounded', stderr: 'unbounded', says: 'names every fetched ref on stderr' },
    { command: 'git push', when: ['--all', '--mirror', '--tags'], stdout: 'bounded', stderr: 'unbounded', says: 'names every pushed ref on stderr' },
    { command: 'git submodule foreach', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command in every submodule' },
    { command: 'git stash list|show', stdout: 'unbounded', stderr: 'bounded', says: 'lists the stashes or shows a diff' },
    { command: 'git add|rm|mv', when: ['-v', '--verbose', '-n', '--dry-run'], stdout: 'unbounded', stderr: 'bounded', says: 'names every file' },
    { command: 'git rm', when: ['-q', '--quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints errors only' },
    { command: 'git rm', when: ['-r'], stdout: 'unbounded', stderr: 'bounded', says: 'names every file it removes' },
    // The diff family's --output=FILE writes the patch to that file and nothing on stdout (blind
    // audit 34: vscode-pull-request-github's `git diff --no-index --output=${diffName}`).
    { command: 'git diff|log|show|format-patch|diff-index|diff-tree|diff-files|range-diff', when: ['--output'], stdout: 'none', stderr: 'bounded', says: 'writes to the file --output names' },
    // --quiet disables all output and answers with the exit status (`git diff-index --quiet HEAD --`).
    { command: 'git diff|diff-index|diff-files|diff-tree', when: ['--quiet'], stdout: 'none', stderr: 'bounded', says: 'answers with its exit status only' },
    // ls-remote and show-ref given a ref without a wildcard print that ref, a line; alone they list every ref.
    { command: 'git ls-remote', when: ['/^refs\\/[^*?[]+$/', 'HEAD', '--get-url'], stdout: 'bounded', stderr: 'bounded', says: 'prints the ref it names' },
    { command: 'git show-ref', when: ['/^refs\\/[^*?[]+$/', '--verify', '-q', '--quiet', '--exists'], stdout: 'bounded', stderr: 'bounded', says: 'prints the ref it names' },
    { command: 'git log', when: ['-p', '--patch', '--stat', '--numstat', '--name-only', '--name-status', '-u'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a diff per commit' },
    { command: 'git log', when: COUNT('([1-9]|10)'), stdout: 'bounded', stderr: 'bounded', says: 'prints a few commits' },
    // rev-list prints a commit id a line (41 bytes): a count written in the source, up to a thousand, stays below 64 KiB.
    { command: 'git rev-list', when: ['--max-parents=0'], stdout: 'bounded', stderr: 'bounded', says: 'prints the root commits, one in nearly every repository' },
    { command: 'git rev-list', when: [...COUNT('([1-9]\\d{0,2}|1000)'), '--count'], stdout: 'bounded', stderr: 'bounded', says: 'prints a commit id per line, a thousand at most, or a count' },
    // `git tag -a NAME -m MSG` makes an annotated tag and prints nothing; `git branch -a` lists every branch.
    { command: 'git tag', when: ['-a', '--annotate', '-s', '--sign'].map((o) => `${o} ?/^[^-]/`), stdout: 'none', stderr: 'bounded', says: 'makes a tag and prints nothing' },
    { command: 'git tag|branch', when: ['-l', '--list', '-a', '--all', '-r', '--remotes', '--contains', '--merged', '--no-merged'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every tag or branch' },
    { command: 'git tag|branch', when: ['/^(?!(tag|branch)$)[^-]/', '-d', '-D', '--delete', '-m', '-M', '--show-current'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },
    // Words known only at run time (gulp-git's `git branch ' + opt.args + ' ' + name`, audit 18)
    // may hold a name (a line at most) or a listing option: take the listing, which for a pipe
    // nobody reads can pass 64 KiB in a repository with thousands of refs, so that the known
    // subcommand keeps its own class rather than falling to `git` below. SCALING says a listing
    // fits maxBuffer.
    { command: 'git tag|branch', stdout: 'unbounded', stderr: 'bounded', says: 'lists every tag or branch unless given a name' },
    { command: 'git rev-parse|symbolic-ref|describe|merge-base|hash-object|write-tree|commit-tree|mktree|var|init|checkout|switch|reset|add|rm|mv|restore|update-index|update-ref|am|apply|cherry-pick|revert|gc|prune|push|clone|worktree|stash|commit|config|remote|submodule|notes|version', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // --error-unmatch: is each path it is given tracked? It names those paths, a line each (audit 36: a blame extension's check of the file open in the editor).
    { command: 'git ls-files', when: ['--error-unmatch'], stdout: 'bounded', stderr: 'bounded', says: 'names the files it is given' },
    // -e: does the object exist? The exit status says (audit 36: the same extension's check of a file at a commit); -t and -s print its type or size.
    { command: 'git cat-file', when: ['-e', '-t', '-s'], stdout: 'bounded', stderr: 'bounded', says: 'checks an object, or prints its type or size: a line at most' },
    { command: 'git', stdout: 'unbounded', stderr: 'bounded', says: 'can print a lot' },
    // Go tooling (editor extensions): `go list` reports module downloads and package errors on
    // stderr, for the packages it is given: a pattern with `...` (`./...`, `all`) names every
    // package of the tree, one import path names one. Builds, tests and runs can grow on both streams.
    { command: 'go version|env', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'go list', when: ['/\\.\\.\\.$/', 'all', '-deps', '-test'], stdout: 'unbounded', stderr: 'unbounded', says: 'lists every package of the tree, and reports downloads and errors for each on stderr' },
    { command: 'go list', stdout: 'bounded', stderr: 'bounded', says: 'describes the packages it is given, and the module downloads for them on stderr (tens of KB at most)' },
    { command: 'go', stdout: 'unbounded', stderr: 'unbounded', says: 'builds, tests or runs code: both streams can grow' },
    { command: 'gocode|gocode-gomod', when: ['close', 'exit', 'status'], stdout: 'bounded', stderr: 'bounded', says: 'answers with a line' },
    { command: 'gopkgs', stdout: 'unbounded', stderr: 'bounded', says: 'lists packages, and only errors on stderr' },
    // Capture, attack and monitoring tools: they write until stopped.
    // dnsmasq forks into the background and logs to syslog unless kept in the foreground.
    { command: 'dnsmasq', when: ['-d', '--no-daemon', '-k', '--keep-in-foreground', '/^--log-facility=-$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs in the foreground until it is stopped' },
    { command: 'dnsmasq', stdout: 'none', stderr: 'bounded', says: 'forks into the background and logs to syslog' },
    // Packet capture: `-w FILE` writes the packets to the file, not to stdout; `-r FILE` reads a
    // saved capture and prints a line per frame it selects, so it grows with the capture - except
    // a display filter on the WPA handshake (EAPOL) frames, which a capture holds a few of (four
    // per handshake). tcpdump -v and tshark (without -q) report a packet count on stderr while capturing.
    // tshark -v and dumpcap -v print their version (tcpdump's -v is verbose); -D lists the interfaces, -h the usage
    // (audit 27: a version check in cowrie's vendored ja4).
    { command: 'tshark|dumpcap', exact: ['-v'], stdout: 'bounded', stderr: 'bounded', says: 'prints its version' },
    { command: 'tcpdump|tshark|dumpcap', when: ['-D', '--list-interfaces', '-h', '--help'], stdout: 'bounded', stderr: 'bounded', says: 'lists the capture interfaces or its usage and exits' },
    { command: 'tcpdump|tshark|dumpcap', when: ['-w -'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the packets to stdout' },
    { command: 'tcpdump|tshark', when: ['-r', '/^--read-file=/'], also: ['-w'], stdout: 'none', stderr: 'bounded', says: 'reads a saved capture and writes the frames it selects to a file' },
    { command: 'tcpdump|tshark', when: ['-r', '/^--read-file=/'], also: ['/^\\(*(eapol|ether proto 0x888e)\\)*(\\s*(&&|and)\\s.*)?$|\\s(&&|and)\\s*\\(*eapol\\)*$/'], stdout: 'bounded', stderr: 'bounded', says: 'reads a saved capture and prints only its handshake (EAPOL) frames, a few lines' },
    { command: 'tcpdump|tshark', when: ['-r', '/^--read-file=/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per frame of the saved capture' },
    { command: 'tcpdump', when: ['-w'], also: ['/^-[a-zA-Z]*v[a-zA-Z]*$/'], stdout: 'none', stderr: 'unbounded', says: 'writes the packets to a file and a packet count on stderr every second' },
    { command: 'tcpdump', when: ['-w'], stdout: 'none', stderr: 'bounded', says: 'writes the packets to a file and a line or two on stderr' },
    { command: 'tshark|dumpcap', when: ['-w'], also: ['-q'], stdout: 'none', stderr: 'bounded', says: 'writes the packets to a file and a count at the end' },
    { command: 'tshark|dumpcap', when: ['-w'], stdout: 'none', stderr: 'unbounded', says: 'writes the packets to a file and a running packet count on stderr' },
    { command: 'tcpdump|tshark|dumpcap', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per captured packet until it is stopped' },
    // mergecap writes the merged capture to its -w file (`-w -`: stdout); editcap and reordercap to their last argument.
    { command: 'mergecap', when: ['-w -', '/^-w-$/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the merged capture to stdout' },
    { command: 'mergecap', stdout: 'none', stderr: 'bounded', says: 'writes the merged capture to its -w file' },
    { command: 'editcap|reordercap', when: ['/^-$/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the capture to stdout' },
    { command: 'editcap|reordercap', stdout: 'none', stderr: 'bounded', says: 'writes the capture to its output file' },
    // aircrack-ng suite. aireplay-ng prints a status line about ten times a second while it
    // replays or injects (-2, -3, -4, -5, -6, -7, -0 0); fake authentication with a reassociation
    // delay of 0 (`-1 0`), a deauthentication of a few bursts (`-0 5`) and the injection test (-9)
    // end after a few lines. aircrack-ng redraws its status screen for every batch of keys it
    // tries: with `-q`, or a word list read from a command that prints a few lines, it stays small.
    { command: 'aireplay-ng', when: ['-1 0', '--fakeauth 0', '--fakeauth=0', '-0 /^[1-9]\\d?$/', '--deauth /^[1-9]\\d?$/', '/^--deauth=[1-9]\\d?$/', '-9', '--test'], stdout: 'bounded', stderr: 'bounded', says: 'sends a few packets and prints a few lines' },
    // A deauthentication whose count is known only at run time (`-0 str(n)`): as many lines as the
    // count (audit 23: waidps asks the user for it, 5 by default, or passes 1 to 5).
    { command: 'aireplay-ng', when: ['-0 ?/^\uE000+$/', '--deauth ?/^\uE000+$/', '?/^--deauth=\uE000+$/'], stdout: 'unbounded', stderr: 'bounded', count: true, says: 'sends as many deauthentication bursts as its count asks, a line each (0: until it is stopped)' },
    { command: 'aireplay-ng', stdout: 'unbounded', stderr: 'bounded', says: 'prints a status line about ten times a second until it is stopped' },
    // -S is its speed test: a "k/s" figure redrawn with \r for 15 s, then it exits (aircrack-ng.c:
    // _speed_test_length; audit 23: aircrack-ng's own dcrack.py reads it with readline()).
    // Without a capture file (no argument at all) it prints its usage and exits.
    { command: 'aircrack-ng', exact: [], stdout: 'bounded', stderr: 'bounded', says: 'without a capture file prints its usage' },
    { command: 'aircrack-ng', when: ['-S'], stdout: 'bounded', stderr: 'bounded', says: 'runs its 15-second speed test and prints the rate' },
    { command: 'aircrack-ng', when: ['-q', '--quiet', '-J', '-j'], stdout: 'bounded', stderr: 'bounded', says: 'prints its result only' },
    { command: 'aircrack-ng', when: ['-w -'], stdout: 'unbounded', stderr: 'bounded', says: 'tries every word of its standard input and redraws its status screen', fromInput: true },
    { command: 'aircrack-ng', stdout: 'unbounded', stderr: 'bounded', says: 'redraws its status screen for every batch of keys it tries' },
    // cowpatty -c only checks a capture for a handshake; otherwise it prints a line every thousand words.
    { command: 'cowpatty', when: ['-c'], stdout: 'bounded', stderr: 'bounded', says: 'checks the capture for a handshake and prints a few lines' },
    { command: 'cowpatty', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line for every thousand words it tries' },
    { command: 'pyrit analyze|list_cores|list_essids|selftest', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines per access point or core' },
    // wash reads a saved capture (-f) and prints a line per access point, or scans until it is stopped.
    { command: 'wash|walsh', when: ['-f', '--file', '/^--file=/'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per WPS access point of the saved capture' },
    // Daemons: in the background (-B) they log to syslog; in the foreground they log every event.
    { command: 'hostapd|wpa_supplicant', when: ['-B'], stdout: 'none', stderr: 'bounded', says: 'forks into the background' },
    { command: 'hostapd|wpa_supplicant', stdout: 'unbounded', stderr: 'unbounded', says: 'logs every event in the foreground until it is stopped' },
    // ettercap in text mode (-T) with -q prints its banner, the hosts it scanned and what its
    // plugins report: the spoofing plugins a line per spoofed reply, the others a line or two.
    // Without -q it prints every packet; -D daemonizes.
    { command: 'ettercap', when: ['-D', '--daemon'], stdout: 'none', stderr: 'bounded', says: 'forks into the background' },
    { command: 'ettercap', when: ['-P /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/', '--plugin /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/', '/^--plugin=(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/'], stdout: 'unbounded', stderr: 'bounded', says: 'reports every spoofed reply or event' },
    { command: 'ettercap', when: ['-q', '--quiet'], also: ['/^-[a-zA-Z]*T[a-zA-Z]*$|^--text$/'], stdout: 'bounded', stderr: 'bounded', says: 'runs quiet in text mode: its banner, the hosts it scanned and its plugin\'s messages' },
    // sslstrip logs what it strips to a file (-w, sslstrip.log by default) and prints its banner.
    // Audit 25 judged a dropped sslstrip real on the argument that Twisted's tracebacks for failed
    // connections pile up on stderr over hours (reasoned, not measured); audit 2 judged one false
    // (only the banner): kept bounded until a run shows the tracebacks.
    { command: 'sslstrip', stdout: 'bounded', stderr: 'bounded', says: 'logs to a file (-w, sslstrip.log by default) and prints its banner' },
    { command: 'hping3|l2ping', when: ['-c', '/^-c\\d+$/', '--count'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per probe' },
    { command: 'l2ping', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per echo until it is stopped', writeErrors: 'ignored' },
    { command: 'hcitool lescan|lecc|cmd', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per advertisement until it is stopped' },
    { command: 'hcitool|wpa_passphrase|ssh-keygen', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'env|printenv', stdout: 'bounded', stderr: 'bounded', says: 'prints the environment, a line per variable' },
    // osslsigncode sign/verify/extract-signature: `Succeeded` or a few lines of the signature it checks.
    { command: 'osslsigncode', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line or the few lines of a signature' },
    // gphoto2: a capture prints where the file went, a few lines per shot; -F/--frames and -I/--interval take many shots, the listings grow with the card.
    { command: 'gphoto2', when: ['-F', '--frames', '-I', '--interval', '-L', '--list-files', '--list-config', '--list-all-config', '--get-all-files', '-P', '--get-all-raw-data', '--get-all-thumbnails', '--capture-movie', '--capture-tethered', '--stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per file of the card, per shot, or the data itself' },
    { command: 'gphoto2', when: ['--capture-image-and-download', '--capture-image', '--capture-preview', '--trigger-capture', '--auto-detect', '--summary', '--set-config', '/^--set-config-(value|index)$/', '--get-config', '--reset', '--version', '-v'], stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines for the shot or setting it handles' },
    // OpenGrm's ngramsymbols IN OUT: the symbol table goes to the file it is given.
    { command: 'ngramsymbols', exact: ['*', '*'], stdout: 'none', stderr: 'bounded', says: 'writes the symbol table to the file it is given' },
    // password-store: `pass show -c` puts the first line on the clipboard and says so in one line.
    { command: 'pass show', when: ['-c', '--clip', '/^--clip=/'], stdout: 'bounded', stderr: 'bounded', says: 'copies a password to the clipboard and prints one line' },
    // reaver and wash log through one file, stdout unless -o names another (set_log_file(stdout) in
    // their sources); stderr gets the banner, the usage and a fatal error.
    { command: 'reaver|wash|walsh', stdout: 'unbounded', stderr: 'bounded', says: 'logs every pin attempt or access point on stdout until it is stopped' },
    // masscan ends when the scan of its targets is done: a status line a second on stderr (rewritten
    // with \r) for as long as the scan lasts, and a line per open port on stdout unless -oJ/-oX/-oL/
    // -oG/-oB/-oD (or --output-filename) name a file, which then takes the results. How long it runs
    // is set by the targets, ports and rate it is given: one host's 65,535 ports at 10,000 packets a
    // second take 7 s, a /8 hours (blind audit 43: misc_scripts scans one host into an -oJ file).
    { command: 'masscan', when: ['?/\\/([0-9]|1[0-9])$/', '-iL', '--includefile', '/^--includefile=/'], stdout: 'unbounded', stderr: 'unbounded', says: 'scans a large range or a list of targets: a line per open port and a status line a second, for minutes to hours' },
    { command: 'masscan', when: ['/^-o[XJLGBDU]$/ ?/^(?!-$)/', '--output-filename ?/^(?!-$)/', '?/^--output-filename=(?!-$)/'], stdout: 'bounded', stderr: 'unbounded', count: true, says: 'writes its results to the file it is given and ends when the scan is done, with a status line a second on stderr for as long as the scan of the targets it is given lasts' },
    { command: 'masscan', stdout: 'unbounded', stderr: 'unbounded', says: 'prints a line per open port it finds, and a status line a second on stderr, until the scan of its targets is done' },
    { command: 'airodump-ng|ettercap|arpspoof|dnsspoof|dsniff|urlsnarf|tcpkill|driftnet|mdk3|mdk4|bully|hping3|nc|netcat|ncat|socat|airbase-ng|besside-ng|hcxdumptool', stdout: 'unbounded', stderr: 'unbounded', says: 'writes until it is stopped' },
    // nmap prints a few lines per host: a scan of one host or a small network stays small; a
    // target list, verbose or tracing output can grow.
    { command: 'nmap', when: ['-iL', '-v', '-vv', '-d', '-dd', '--packet-trace', '--reason', '-iR', '/\\/(8|1[0-9])$/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per host and port of a large scan' },
    { command: 'nmap', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines per host' },
    { command: 'packetforge-ng|airdecap-ng|ivstools|wesside-ng', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'ping|ping6|arping', when: ['-c', '/^-c\\d+$/', '-w', '-q'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per probe' },
    { command: 'ping|ping6|arping', stdout: 'unbounded', stderr: 'bounded', says: 'pings until it is stopped' },
    // `wget -O -` writes the download to stdout.
    { command: 'wget', when: ['-O -', '/^-[a-zA-Z]*O-$/', '/^--output-document=-$/'], also: ['/^-[a-zA-Z]*q[a-zA-Z]*(O-)?$|^--quiet$/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the download to stdout' },
    { command: 'wget', when: ['-O -', '/^-[a-zA-Z]*O-$/', '/^--output-document=-$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the download to stdout and its progress on stderr' },
    { command: 'wget', when: ['-q', '--quiet', '-nv', '--no-verbose', '-o', '/^--output-file=/', '-b', '--background'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'wget', stdout: 'none', stderr: 'unbounded', says: 'logs its progress on stderr' },
    { command: 'curl', when: ['-s', '--silent'], also: ['/^-[a-zA-Z]*[oO]$|^--output$|^--remote-name|^--output=/'], stdout: 'none', stderr: 'bounded', says: 'saves to a file and prints errors only' },
    { command: 'curl', when: ['-s', '--silent'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the response to stdout and errors only on stderr' },
    { command: 'curl', when: ['-o', '-O', '--output', '--remote-name', '/^--output=/'], stdout: 'none', stderr: 'unbounded', says: 'saves to a file and logs its progress on stderr' },
    { command: 'curl', stdout: 'unbounded', stderr: 'unbounded', says: 'writes the response to stdout and its progress meter on stderr' },
    { command: 'dpkg', when: ['--add-architecture', '--remove-architecture', '--print-architecture', '--print-foreign-architectures', '-s', '--status', '--compare-versions'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // Clients that print their results on stdout and only errors on stderr.
    { command: 'svn|rpcclient|smbclient|ldapsearch|whois', stdout: 'unbounded', stderr: 'bounded', says: 'prints its results on stdout, errors on stderr' },
    // openssl writes keys and certificates to -out, or a PEM block to stdout; enc and the clients stream.
    { command: 'openssl enc|s_client|s_server|s_time|speed|base64', stdout: 'unbounded', stderr: 'bounded', says: 'streams its data or a session' },
    { command: 'openssl', stdout: 'bounded', stderr: 'bounded', says: 'prints a key, a certificate or a digest at most' },
    // msfvenom writes the payload it builds on stdout, and a few status lines on stderr ("Payload
    // size", "Final size of python file"). How much is the payload's and the format's: a stager
    // (`windows/meterpreter/reverse_tcp`: stage and transport joined by `/`) or a single
    // (`windows/shell_reverse_tcp`) is a few hundred bytes, some 5 times that as text (`-f python`:
    // a `buf += b"\x.."` line per 16 bytes), a few KB; a stageless meterpreter (joined by `_`:
    // `windows/meterpreter_reverse_tcp`, 175 KB; mettle on Linux, a megabyte), an x86 Windows
    // executable (`-f exe`: its template alone is 73,802 bytes), an installer (`-f msi`) or a
    // template of the caller's (`-x`) pass a pipe's 64 KiB. A payload or a format chosen at run
    // time decides which: a value from outside, as a count is (audit 27: Winpayloads passes only
    // stagers to a function that runs `msfvenom -p payload -f python`).
    { command: 'msfvenom', when: ['-o', '--out', '/^--out=/'], stdout: 'none', stderr: 'bounded', says: 'writes the payload to the file -o names, and a few lines on stderr' },
    { command: 'msfvenom', when: ['-l', '--list', '--list-options'], stdout: 'unbounded', stderr: 'bounded', says: 'lists its modules, a line each' },
    { command: 'msfvenom', when: ['-p ?/meterpreter_|mettle/', '/^--payload$/ ?/meterpreter_|mettle/', '/^--payload=.*(meterpreter_|mettle)/', '-x', '--template', '/^--template=/', `-f ${MSF_BINARY}`, `/^--format$/ ${MSF_BINARY}`, `/^--format=${MSF_BINARY.slice(2, -1)}/`], stdout: 'unbounded', stderr: 'bounded', says: 'writes a stageless meterpreter or an executable built on a template: 64 KiB and more' },
    { command: 'msfvenom', when: ['-p ?/\uE000/', '/^--payload$/ ?/\uE000/', '?/^--payload=.*\uE000/', '-f ?/\uE000/', '/^--format$/ ?/\uE000/', '?/^--format=.*\uE000/'], stdout: 'unbounded', stderr: 'bounded', count: true, says: 'writes the payload chosen at run time: a few KB for a stager or a single, 175 KB and more for a stageless meterpreter' },
    { command: 'msfvenom', when: ['-p', '--payload', '/^--payload=/'], stdout: 'bounded', stderr: 'bounded', says: 'writes a stager or a single payload, a few KB in any text format' },
    { command: 'msfvenom', stdout: 'unbounded', stderr: 'bounded', says: 'writes the payload on stdout and a few lines on stderr' },
    // Documents: pandoc writes the document to stdout unless told -o, and only warnings on stderr.
    { command: 'pandoc', when: ['-o', '/^--output=/', '--output'], stdout: 'none', stderr: 'bounded', says: 'writes the document to a file and only warnings on stderr' },
    { command: 'pandoc', stdout: 'unbounded', stderr: 'bounded', says: 'writes the document to stdout and only warnings on stderr' },
    // Bibliography tools report on stdout per entry: bibtex a `Warning--` line for every entry with
    // an empty or missing field or key, biber INFO and WARN lines for each entry it reads (a
    // bibliography of a few thousand entries, `\nocite{*}`, passes 64 KiB; audit 21: Setzer). Index
    // and glossary tools print a fixed summary and log the rest to their .ilg/.glg file.
    { command: 'bibtex|bibtex8|bibtexu|biber', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line on stdout for every entry of the bibliography with a problem (a missing field or key; biber also its INFO lines)' },
    { command: 'makeindex|makeglossaries|xindy', stdout: 'bounded', stderr: 'bounded', says: 'prints a short summary (the details go to its log file)' },
    // Squirrel's installer (Electron apps on Windows): shortcut and start-up commands log to a file.
    { command: 'Update.exe|update.exe|Squirrel.exe', when: ['--createShortcut', '--removeShortcut', '--processStart', '--processStartAndWait'], stdout: 'none', stderr: 'bounded', says: 'logs to its own file and prints nothing' },
    // Its other commands (--install, --update, --download, --checkForUpdate, --uninstall) log to
    // SquirrelSetup.log too; on the console at most a percentage per progress step, and one JSON
    // line of release info for --download and --checkForUpdate.
    { command: 'Update.exe|update.exe|Squirrel.exe', stdout: 'bounded', stderr: 'bounded', says: 'logs to its own file and prints at most its progress and a line of release info' },
    // Package managers' one-line queries; pip -q prints warnings and errors only.
    { command: 'pip|pip3', when: ['-q', '--quiet', '-qq'], stdout: 'bounded', stderr: 'bounded', says: 'prints warnings and errors only' },
    { command: 'npm|pnpm|yarn root|bin|prefix|whoami|config|get', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // A registry query: the package's metadata, or the fields asked for. Its size is the package's:
    // `time` is a line per version published (measured 2026-12-04: typescript's 3,481 versions,
    // 206 KB; @types/node's 2,352, 115 KB), past a pipe's 64 KiB for a large package, far below 1 MiB
    // (SCALING). Warnings only on stderr (audit 36: dumlj-build's `npm show NAME time --json`).
    { command: 'npm|pnpm|yarn view|show|info|v', stdout: 'unbounded', stderr: 'bounded', says: "prints the registry's metadata of a package, or the fields asked for" },
    // Dependency listings: a line (or a JSON object) per package. `npm ls` (npm 7 and later) and
    // `pnpm ls` list the direct dependencies unless --all or a depth says more; `yarn list` (v1)
    // names every package of the lockfile with its dependencies; --depth=0 keeps the direct ones.
    { command: 'npm|pnpm|yarn ls|list|la|ll', when: ['--depth 0', '/^--depth=0$/'], stdout: 'bounded', stderr: 'bounded', says: 'lists the direct dependencies' },
    { command: 'npm|pnpm|yarn ls|list|la|ll', stdout: 'unbounded', stderr: 'bounded', says: 'lists the installed packages, a line per package, and its problems (missing, invalid) on stderr' },
    // ---- Programs real code runs (issue 11), by kind. A long-lived program (a server, an X
    // server, a GUI program, a tunnel, a watcher) writes for as long as it runs: output that grows
    // with its life, 'unbounded', though each line is small.
    // X servers log on stderr for as long as they run: a line or more per client connection and at
    // each server reset (xkbcomp warnings, resource notices). xvfb-run and startx run a session.
    { command: 'Xvfb|Xephyr|Xvnc|Xtigervnc|Xorg|X|Xnest|Xwayland|Xdummy', stdout: 'none', stderr: 'unbounded', says: 'runs an X server, which logs on stderr for as long as it runs', serves: true },
    { command: 'startx|xinit', stdout: 'unbounded', stderr: 'unbounded', says: 'runs an X server and a session, which log for as long as they run', serves: true },
    // x11vnc(1) logs every client and screen event on stderr; -q logs less, -o/-logfile sends it to a file, -bg forks.
    { command: 'x11vnc', when: ['/^-o$/', '-logfile', '-bg'], stdout: 'bounded', stderr: 'bounded', says: 'logs to a file or forks into the background' },
    { command: 'x11vnc', stdout: 'bounded', stderr: 'unbounded', says: 'logs every client and screen event on stderr for as long as it runs', serves: true },
    // vncserver(1) (TigerVNC, TightVNC) starts Xvnc in the background and prints where it logs.
    { command: 'vncserver|tigervncserver|tightvncserver', stdout: 'bounded', stderr: 'bounded', says: 'starts the VNC server in the background and prints a few lines' },
    { command: 'websockify|novnc_proxy|vncviewer|xtigervncviewer|xfreerdp|rdesktop|remmina', stdout: 'unbounded', stderr: 'unbounded', says: 'logs every connection for as long as it runs', serves: true },
    // iproxy (libusbmuxd) forwards local ports to an iOS device until it is stopped; its main loop prints
    // "waiting for connection" and "New connection for L->D, fd = N" on stdout for every connection it accepts
    // (tools/iproxy.c), errors on stderr. A forwarder kept for a test session or a server's life passes 64 KiB
    // (audits 9 and 23: Airtest's and MobSF's iproxy with unread pipes, both real).
    { command: 'iproxy', stdout: 'unbounded', stderr: 'bounded', says: 'forwards ports until it is stopped, printing two lines on stdout for every connection it accepts', serves: true },
    // Compositors, window managers, panels and desktop daemons: warnings on stderr for as long as they run.
    { command: 'weston|sway|cage|gamescope|mutter|kwin_x11|kwin_wayland|openbox|fluxbox|i3|xfwm4|metacity|twm|matchbox-window-manager|awesome|icewm|herbstluftwm|bspwm|picom|compton|polybar|tint2|dunst|swaybg|swayidle|xscreensaver|redshift|gammastep|sxhkd|xbindkeys|nm-applet|blueman-applet|plank|conky', stdout: 'bounded', stderr: 'unbounded', says: 'runs for the whole session and writes its warnings on stderr for as long as it runs' },
    // GUI programs run directly: GTK/Qt warnings on stderr for as long as they run (hours). Media
    // players also print a status line: mpv on stderr unless --really-quiet or --no-terminal,
    // mplayer on stdout unless -really-quiet; VLC prints its errors only (below).
    { command: 'mpv|mplayer', when: ['--really-quiet', '-really-quiet', '--no-terminal', '--quiet', '-quiet', '/^--msg-level=all=no$/'], stdout: 'bounded', stderr: 'bounded', says: 'plays without its status line' },
    { command: 'vlc|cvlc', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'plays without its messages' },
    { command: 'ffplay', when: ['-nostats', '-loglevel /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/', '-v /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/'], stdout: 'none', stderr: 'bounded', says: 'plays without its stats line' },
    // mpv common/msg.c: `(root->force_stderr || lev == MSGL_STATUS) ? stderr : stdout` - the status
    // line goes to stderr; stdout gets a few info lines per file, unless -v/--msg-level turn on its
    // log or --o=- encodes to stdout.
    { command: 'mpv', when: ['-v', '--v', '/^--msg-level=/', '--o -', '/^--o=-$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'plays while it prints its log or its encoded output on stdout, for as long as it runs', serves: true },
    { command: 'mpv', stdout: 'bounded', stderr: 'unbounded', says: 'plays while it prints a few lines per file on stdout and its status line on stderr, for as long as it runs', serves: true },
    // ffplay logs (banner, stats line, warnings) through av_log, on stderr; it prints nothing on stdout.
    { command: 'ffplay', stdout: 'none', stderr: 'unbounded', says: 'plays while it prints its stats line on stderr, for as long as it runs', serves: true },
    // VLC's default verbosity (0) prints its banner and its errors only, on stderr, and no status
    // line: a few lines for a file it plays (audit 32: ARTY's `cvlc sound.mp3`; audit 5: syncplay).
    // -v (-vv) turns on its warnings and debug log, the rc and cli interfaces print on stdout.
    { command: 'vlc|cvlc', when: ['-v', '--verbose', '/^--verbose=[1-9]/', '-I rc', '-I cli', '--intf rc', '--intf cli', '/^--intf=(rc|cli)$/', '--extraintf rc', '/^--extraintf=(rc|cli)/'], stdout: 'unbounded', stderr: 'unbounded', says: 'plays while it prints its log, for as long as it runs', serves: true },
    { command: 'vlc|cvlc', stdout: 'bounded', stderr: 'bounded', says: 'prints its banner and its errors only (its log needs -v)' },
    { command: 'mplayer', stdout: 'unbounded', stderr: 'unbounded', says: 'plays while it prints a status line or its log, for as long as it runs', serves: true },
    // LibreOffice(1): --cat prints the text of the documents; --convert-to, --print-to-file and
    // --headless run without a window and print a line per file they convert.
    { command: 'libreoffice|soffice|lowriter|localc|loimpress|lodraw', when: ['--cat'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the text of the documents on stdout' },
    { command: 'libreoffice|soffice|lowriter|localc|loimpress|lodraw', when: ['--convert-to', '/^--convert-to=/', '--print-to-file', '--headless', '--invisible'], stdout: 'bounded', stderr: 'bounded', says: 'runs without a window and prints a line per file it converts' },
    { command: 'totem|smplayer|celluloid|audacious|rhythmbox|clementine|parole|xine|nautilus|dolphin|caja|thunar|nemo|pcmanfm|pcmanfm-qt|dde-file-manager|konqueror|spacefm|gedit|kate|kwrite|mousepad|pluma|xed|geany|leafpad|gvim|eog|evince|okular|gwenview|ristretto|shotwell|gimp|atril|xreader|qpdfview|zathura|mupdf|xpdf|libreoffice|soffice|lowriter|localc|loimpress|lodraw|thunderbird|brave|brave-browser|vivaldi|opera|epiphany|midori|qutebrowser|telegram-desktop|signal-desktop|discord|slack|steam|transmission-gtk|qbittorrent|deluge', stdout: 'bounded', stderr: 'unbounded', says: 'runs a GUI program, which writes its warnings on stderr for as long as it runs' },
    // Servers and daemons started as children: they log every request or event until they are stopped.
    // Build tools whose -w is --watch, and the watchers and dev servers of JS builds (see watch
    // mode above): they rebuild or serve until they are stopped, and report on every change.
    { command: 'tsc|webpack|rollup|babel|coffee|stylus|sass|node-sass|rescript|bsb|swc', when: ['-w'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs in watch mode: it rebuilds and reports on every change until it is stopped', serves: true },
    { command: 'npm|pnpm|yarn|bun run|run-script watch|dev|serve', stdout: 'unbounded', stderr: 'unbounded', says: 'runs the project\'s watcher or dev server, which reports on every change or request until it is stopped', serves: true },
    // `npm start` runs the project's start script: by convention its server or app, which logs until it is stopped (audit 32: sketch-bot).
    { command: 'npm|pnpm|yarn|bun start', stdout: 'unbounded', stderr: 'unbounded', says: 'runs the project\'s start script, by convention its server or app, which logs until it is stopped', serves: true },
    { command: 'npm|pnpm|yarn|bun run|run-script start', stdout: 'unbounded', stderr: 'unbounded', says: 'runs the project\'s start script, by convention its server or app, which logs until it is stopped', serves: true },
    { command: 'yarn|pnpm|bun watch|dev|serve', stdout: 'unbounded', stderr: 'unbounded', says: 'runs the project\'s watcher or dev server, which reports on every change or request until it is stopped', serves: true },
    { command: 'rescript|parcel|microbundle|gulp|grunt watch', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a watcher, which rebuilds and reports on every change until it is stopped', serves: true },
    { command: 'ng|vue-cli-service|gulp|grunt|ember|webpack|quasar|parcel serve', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a dev server, which rebuilds on every change and logs until it is stopped', serves: true },
    { command: 'next|nuxt|nuxi|astro|remix|vite|quasar dev', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a dev server, which rebuilds on every change and logs until it is stopped', serves: true },
    { command: 'gatsby develop', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a dev server, which rebuilds on every change and logs until it is stopped', serves: true },
    // elm reactor (Elm 0.19; `elm-reactor` before) serves the project and compiles on each request;
    // elm-analyse -s serves its report and re-analyses on every change; elm-live rebuilds on every change.
    { command: 'elm reactor', stdout: 'unbounded', stderr: 'unbounded', says: 'serves the project until it is stopped, compiling and reporting on every request', serves: true },
    { command: 'elm-reactor|elm-live', stdout: 'unbounded', stderr: 'unbounded', says: 'serves the project until it is stopped, compiling and reporting on every request', serves: true },
    { command: 'elm-analyse', when: ['-s', '--serve'], stdout: 'unbounded', stderr: 'unbounded', says: 'serves its report until it is stopped and re-analyses on every change', serves: true },
    // A server's own management commands end, judged by their words, not the program's name:
    // appium's extension CLI (`appium driver|plugin list|doctor|install|update|uninstall|run`,
    // `appium setup`) lists, checks or installs drivers and plugins and exits; only `appium` and
    // `appium server` serve (audit 12: webdriverio's `appium plugin list --installed`).
    { command: 'appium driver|plugin', when: ['list', 'doctor'], stdout: 'bounded', stderr: 'bounded', says: 'lists or checks its drivers or plugins and ends' },
    { command: 'appium driver|plugin|setup', stdout: 'unbounded', stderr: 'unbounded', says: 'installs, updates or runs a driver or plugin with npm and ends' },
    // tor(1): these options run one command and exit instead of starting the relay: `--hash-password` prints the
    // hashed password (one line), `--verify-config` checks the configuration, `--list-fingerprint` prints the key's
    // fingerprint, `--keygen` makes a key (audit 27: Mailpile's control-password hash).
    { command: 'tor', when: ['--hash-password', '--verify-config', '--list-fingerprint', '--keygen', '--list-torrc-options', '--list-deprecated-options', '--list-modules', '--help', '-h'], stdout: 'bounded', stderr: 'bounded', says: 'runs one command (a password hash, a configuration check, a fingerprint) and exits' },
    { command: 'gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled|emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame', when: ['--daemonize', '--fork', '--detach', '--background', '-daemonize'], stdout: 'bounded', stderr: 'bounded', says: 'forks into the background' },
    { command: 'gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled', stdout: 'unbounded', stderr: 'unbounded', says: 'serves until it is stopped and logs every request or event', serves: true },
    { command: 'emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a machine or a program under emulation and logs for as long as it runs', serves: true },
    { command: 'jupyter notebook|lab|server|console|qtconsole|kernel', stdout: 'unbounded', stderr: 'unbounded', says: 'serves until it is stopped and logs every request', serves: true },
    { command: 'mlflow server|ui', stdout: 'unbounded', stderr: 'unbounded', says: 'serves until it is stopped and logs every request', serves: true },
    { command: 'airflow webserver|scheduler|worker|triggerer|standalone|celery', stdout: 'unbounded', stderr: 'unbounded', says: 'serves until it is stopped and logs every task', serves: true },
    { command: 'celery', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a worker or a beat that logs every task' },
    { command: 'flask|hugo|jekyll|mkdocs|zola|hexo|docusaurus run|serve|server|s|start|watch|dev', stdout: 'unbounded', stderr: 'unbounded', says: 'serves until it is stopped and logs every request', serves: true },
    { command: 'hugo|jekyll|mkdocs|zola', stdout: 'bounded', stderr: 'bounded', says: 'builds the site and prints a summary' },
    { command: 'jupyter|mlflow', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'airflow|flask|hexo|docusaurus', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command of the project, which can print anything' },
    // openvpn(8) logs on stdout unless --daemon or --log; memcached(1) logs only with -v.
    { command: 'openvpn', when: ['--daemon', '--log', '/^--log=/', '--log-append'], stdout: 'bounded', stderr: 'bounded', says: 'logs to syslog or a file' },
    { command: 'openvpn', stdout: 'unbounded', stderr: 'unbounded', says: 'logs every event on stdout until it is stopped', serves: true },
    { command: 'memcached', when: ['-v', '-vv', '-vvv'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs every connection or command' },
    { command: 'memcached', stdout: 'none', stderr: 'bounded', says: 'serves and prints errors only' },
    // dhcpd(8) logs on stderr in the foreground (-f, -d) and forks otherwise.
    { command: 'dhcpd|udhcpd', when: ['/^-f$/', '/^-d$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs every lease in the foreground', serves: true },
    { command: 'dhcpd|udhcpd', stdout: 'bounded', stderr: 'bounded', says: 'prints its banner and forks into the background' },
    // pg_ctl(1): `start` without -l leaves the server's log on pg_ctl's stdout, which the server keeps.
    { command: 'pg_ctl', when: ['-l', '/^--log=/', '--log'], stdout: 'bounded', stderr: 'bounded', says: 'starts or stops the server, which logs to a file' },
    { command: 'pg_ctl start|restart', stdout: 'unbounded', stderr: 'bounded', says: 'starts the server, which logs on this stdout for as long as it runs', serves: true },
    { command: 'pg_ctl|pg_ctlcluster|initdb|createdb|dropdb|createuser|dropuser|pg_isready|mysqladmin', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Database clients print the rows a query returns; dumps write the database to stdout unless to a file.
    { command: 'redis-cli', when: ['monitor', 'MONITOR', 'subscribe', 'SUBSCRIBE', 'psubscribe', 'PSUBSCRIBE', '--scan', '--bigkeys', '--stat', '-r', '--pipe'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the server or walks every key' },
    { command: 'redis-cli', stdout: 'bounded', stderr: 'bounded', says: 'prints the reply' },
    { command: 'mysql|psql|sqlite3|mongo|mongosh|sqlcmd|clickhouse-client|cqlsh', stdout: 'unbounded', stderr: 'bounded', says: 'prints the rows its queries return' },
    { command: 'mysqldump|mariadb-dump', when: ['-r', '/^--result-file=/'], stdout: 'none', stderr: 'bounded', says: 'writes the dump to a file' },
    { command: 'pg_dump|pg_dumpall', when: ['-f', '/^--file=/', '--file'], stdout: 'none', stderr: 'bounded', says: 'writes the dump to a file' },
    { command: 'pg_restore', when: ['-d', '/^--dbname=/', '--dbname', '-f', '/^--file=/', '--file'], stdout: 'none', stderr: 'bounded', says: 'restores into the database (or writes the script to a file) and prints errors only' },
    // pg_restore writes a script on stdout only when no database is named, which code that runs it
    // rarely wants: words not known here (`...connArgs(target)`) are the connection, `-d` among
    // them (blind audit 16: heroku-cli's `pg:pull`/`pg:push`, where a helper adds `-d DB`).
    { command: 'pg_restore', when: ['?/^\uE000+$/'], stdout: 'none', stderr: 'bounded', says: 'with words not known here (the connection, `-d` among them) restores into a database and prints errors only' },
    { command: 'mysqldump|mariadb-dump|pg_dump|pg_dumpall|pg_restore|mongoexport', stdout: 'unbounded', stderr: 'bounded', says: 'writes the dump to stdout' },
    { command: 'mongodump|mongorestore|mongoimport', stdout: 'bounded', stderr: 'unbounded', says: 'logs its progress on stderr' },
    // elasticdump logs a line per batch it reads and one per batch it writes (100 documents by default),
    // on stdout, for as long as the index takes (blind audit 35: an import/export polled unread).
    { command: 'elasticdump|multielasticdump', stdout: 'unbounded', stderr: 'bounded', says: 'logs a line per batch of documents it moves' },
    // Followers: they print until they are stopped.
    { command: 'journalctl', when: ['-n', '/^--lines=/', '--lines', '--disk-usage', '--list-boots', '--vacuum-size', '/^--vacuum-/', '--rotate', '--flush', '--verify', '--field', '-F'], stdout: 'bounded', stderr: 'bounded', says: 'prints the last lines or a summary' },
    { command: 'journalctl', stdout: 'unbounded', stderr: 'bounded', says: 'prints the whole journal it selects' },
    { command: 'dmesg', when: ['-C', '--clear', '-n', '--console-level', '-D', '--console-off', '-E', '--console-on'], stdout: 'none', stderr: 'bounded', says: 'changes the kernel log and prints nothing' },
    { command: 'dmesg', stdout: 'unbounded', stderr: 'bounded', says: 'prints the whole kernel ring buffer' },
    { command: 'inotifywait', when: ['-m', '--monitor'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every change until it is stopped' },
    { command: 'fswatch', when: ['-1', '--one-event'], stdout: 'bounded', stderr: 'bounded', says: 'prints one change' },
    { command: 'fswatch', stdout: 'unbounded', stderr: 'bounded', says: 'prints every change until it is stopped' },
    { command: 'inotifywait', stdout: 'bounded', stderr: 'bounded', says: 'waits for one change and prints it' },
    { command: 'watchman|watchexec|entr|chokidar|onchange|reflex|cargo-watch|watchmedo', stdout: 'unbounded', stderr: 'unbounded', says: 'runs its command on every change until it is stopped' },
    { command: 'watch', stdout: 'unbounded', stderr: 'bounded', says: 'reruns its command and prints its output every few seconds' },
    { command: 'udevadm|dbus-monitor|gdbus|busctl|evtest|xev|acpi_listen|btmon', when: ['monitor', '--monitor', '/^--monitor=/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every event until it is stopped' },
    // iftop -t (text mode) -s N prints one report of the top flows (-L lines, 10 by default) after N
    // seconds, then exits; its interface and address lines go to stderr (blind audit 43: IntensiveCPU-simple).
    { command: 'iftop', when: ['-s', '/^-s\\d+$/'], also: ['-t'], stdout: 'bounded', stderr: 'bounded', says: 'in text mode with -s prints one report of the top flows, then exits' },
    { command: 'dbus-monitor|evtest|xev|acpi_listen|btmon|iftop|nethogs|bmon', stdout: 'unbounded', stderr: 'bounded', says: 'prints every event until it is stopped' },
    { command: 'udevadm settle|trigger|control', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'udevadm info', when: ['-e', '--export-db'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the whole device database' },
    { command: 'udevadm|busctl|gdbus|loginctl|xprop|xwininfo|xdpyinfo|xhost|xauth|fc-match|qdbus|dbus-send|xdg-mime|xdg-settings|xdg-user-dir|xfconf-query|lsblk|blkid|findmnt|lscpu|lspci|lsusb|dmidecode|hdparm|smartctl|sensors|acpi|upower|inxi|neofetch|screenfetch|ldd|pkg-config|mountpoint|traceroute|traceroute6|tracepath|ntpdate|chronyc|localectl', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // kubectl: port-forward and proxy print their address, then a line on stderr for every
    // connection that fails, for as long as they run; logs -f and get -w follow.
    { command: 'kubectl port-forward|proxy', stdout: 'bounded', stderr: 'unbounded', says: 'forwards until it is stopped and logs every failed connection on stderr' },
    { command: 'kubectl exec|attach|run|debug|cp', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command in a container, or copies: both streams can grow' },
    { command: 'kubectl logs|get|describe|top|events|explain|api-resources|api-versions|diff', stdout: 'unbounded', stderr: 'bounded', says: 'prints the log or every resource it lists (with -f or -w, until it is stopped)' },
    { command: 'kubectl apply|create|delete|patch|label|annotate|scale|config|rollout|set|expose|cordon|uncordon|drain|taint|wait|auth|replace|autoscale|cluster-info', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per resource it changes' },
    // Media and conversion. ffprobe(1) prints the description of its input on stdout (its banner and
    // stream list on stderr); -show_frames and -show_packets print a block per frame or packet.
    { command: 'ffprobe', when: ['-show_frames', '-show_packets', '-show_data', '-show_log'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a block per frame or packet' },
    { command: 'ffprobe', stdout: 'bounded', stderr: 'bounded', says: 'describes its input in a few lines' },
    // sox(1): quiet unless -S shows its progress (the default for play and rec, off with -q); `-p`
    // writes the audio to stdout (a file named `-` may be the input or the output: not told apart).
    { command: 'sox|play|rec', when: ['-S', '--show-progress'], stdout: 'none', stderr: 'unbounded', says: 'reports its progress on stderr while it works' },
    { command: 'sox|rec', when: ['-p', '--sox-pipe'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the audio to stdout' },
    { command: 'sox|play|rec', when: ['-q', '--no-show-progress'], stdout: 'none', stderr: 'bounded', says: 'works quietly' },
    { command: 'play|rec', stdout: 'none', stderr: 'unbounded', says: 'reports its progress on stderr while it plays or records' },
    { command: 'sox|soxi', stdout: 'none', stderr: 'bounded', says: 'writes its output file or device, and only warnings on stderr' },
    // ImageMagick: convert, magick and montage write the image to the file named last; `-` or `fmt:-`
    // writes it to stdout. identify prints a line per image, -verbose a long description.
    { command: 'convert|magick|montage|composite|mogrify|identify|compare', when: ['-', '/^[A-Za-z0-9]+:-$/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the image to stdout' },
    { command: 'convert|magick|montage|composite|mogrify|identify|compare', when: ['-verbose', '-list', '-monitor'], stdout: 'unbounded', stderr: 'unbounded', says: 'describes every image or reports its progress' },
    { command: 'identify|compare', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per image or a metric' },
    { command: 'convert|magick|montage|composite|mogrify', stdout: 'none', stderr: 'bounded', says: 'writes the image to a file and only warnings on stderr' },
    // Ghostscript prints a banner and a line per page unless -q; -sOutputFile=- (-o -) writes the output to stdout.
    { command: 'gs|gsc|gswin32c|gswin64c', when: ['/^-sOutputFile=(-|%stdout%?)$/', '-o -', '/^-sstdout=/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the rendered document to stdout' },
    { command: 'gs|gsc|gswin32c|gswin64c', when: ['-q', '-dQUIET', '-dNOINFO'], stdout: 'none', stderr: 'bounded', says: 'renders to its output file and prints errors only' },
    { command: 'gs|gsc|gswin32c|gswin64c', stdout: 'bounded', stderr: 'bounded', says: 'prints a banner and a line per page' },
    { command: 'pdftk', when: ['output -'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the document to stdout' },
    { command: 'mutool show', stdout: 'unbounded', stderr: 'bounded', says: 'prints the objects of the document' },
    { command: 'ps2pdf|pdf2ps|pdftoppm|pdftocairo', when: ['-'], stdout: 'unbounded', stderr: 'bounded', says: 'may write the document to stdout (a file named `-`)' },
    { command: 'ps2pdf|pdf2ps|ps2pdfwr|epstopdf|pdfcrop|pdfjam|pdftk|qpdf|pdfseparate|pdfunite|pdftoppm|pdftocairo|pdfimages|mutool|cpdf|pdfinfo|pdffonts', stdout: 'bounded', stderr: 'bounded', says: 'writes its output file and prints a few lines' },
    // Document converters print the converted document on stdout (SCALING has their quiet forms).
    { command: 'pdftotext|pdftohtml', when: ['-', '-stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the text of the document to stdout' },
    { command: 'pdftotext|pdftohtml', stdout: 'none', stderr: 'bounded', says: 'writes the text to a file' },
    { command: 'lynx|w3m|elinks', when: ['-dump', '-source'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the whole page on stdout' },
    { command: 'antiword|catdoc|catppt|xls2csv|unrtf|odt2txt|docx2txt|html2text', stdout: 'unbounded', stderr: 'bounded', says: 'prints the converted document on stdout' },
    // unoconv(1) writes a file unless --stdout; its --listener serves until it is stopped.
    { command: 'unoconv', when: ['--stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the converted document to stdout' },
    { command: 'unoconv', when: ['--listener', '-l'], stdout: 'unbounded', stderr: 'unbounded', says: 'serves conversions until it is stopped' },
    { command: 'unoconv', stdout: 'bounded', stderr: 'bounded', says: 'writes the converted document to a file' },
    // wkhtmltopdf(1): an output named `-` is the PDF on stdout; without -q it reports its stages on stderr.
    { command: 'wkhtmltopdf|wkhtmltoimage', when: ['-'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the document to stdout' },
    { command: 'wkhtmltopdf|wkhtmltoimage', stdout: 'none', stderr: 'bounded', says: 'writes the document to a file and reports its stages on stderr' },
    // tesseract(1): an output base `stdout` or `-` prints the text it recognises (SCALING).
    { command: 'tesseract', when: ['stdout', '-'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the text it recognises on stdout' },
    { command: 'tesseract', when: ['--list-langs', '--print-parameters'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a list' },
    { command: 'tesseract', stdout: 'none', stderr: 'bounded', says: 'writes the text to a file and its banner on stderr' },
    // Downloaders print a progress line about once a second while they download.
    // -j/-J imply --simulate and --quiet: the description in JSON and no progress.
    { command: 'youtube-dl|yt-dlp|youtube-dlc|yt-dlx', when: ['-j', '--dump-json', '-J', '--dump-single-json'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the whole description of the video in JSON to stdout' },
    // An output named `-` is the video on stdout, and then every message, the progress line included,
    // goes to stderr (youtube-dl and yt-dlp set `logtostderr` for `-o -`): a line per block, about
    // once a second for as long as the download runs (blind audit 32: a server relaying yt-dlp's
    // stdout to its client, stderr piped and never read).
    { command: 'youtube-dl|yt-dlp|youtube-dlc', when: ['-q', '--quiet', '--no-progress'], also: ['-o -'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the video to stdout and no progress' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc', when: ['-q', '--quiet', '--no-progress'], also: ['/^--output=-$/'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the video to stdout and no progress' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc', when: ['-o -', '/^--output=-$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the video to stdout, and its progress on stderr (a line per block, about once a second, while it downloads)' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc', when: ['-q', '--quiet', '-s', '--simulate', '--skip-download', '-g', '--get-url', '-e', '--get-title', '--get-id', '--get-filename', '--get-duration', '-U', '--update', '--print', '-O', '-F', '--list-formats'], stdout: 'bounded', stderr: 'bounded', says: 'prints what it is asked and no progress' },
    { command: 'aria2c|axel|streamlink|spotdl|gallery-dl|you-get', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'downloads and prints errors only' },
    { command: 'streamlink', when: ['-O', '--stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the stream to stdout' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc|aria2c|axel|streamlink|spotdl|gallery-dl|you-get', stdout: 'unbounded', stderr: 'bounded', says: 'prints its progress while it downloads' },
    // Audio encoders report their progress on stderr unless quiet (lame --quiet/-S, flac -s, oggenc -Q, opusenc --quiet).
    { command: 'flac', when: ['-c', '--stdout'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the audio to stdout and its progress on stderr' },
    { command: 'lame', when: ['--quiet', '-S', '--silent'], stdout: 'none', stderr: 'bounded', says: 'encodes quietly' },
    { command: 'flac', when: ['-s', '--silent'], stdout: 'none', stderr: 'bounded', says: 'encodes quietly' },
    { command: 'oggenc', when: ['-Q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'encodes quietly' },
    { command: 'opusenc', when: ['--quiet'], stdout: 'none', stderr: 'bounded', says: 'encodes quietly' },
    { command: 'lame|flac|oggenc|opusenc', stdout: 'none', stderr: 'unbounded', says: 'reports its progress on stderr while it encodes' },
    { command: 'exiftool', when: ['-r', '-recurse'], stdout: 'unbounded', stderr: 'bounded', says: 'reports on every file of a tree' },
    { command: 'mediainfo|exiftool|mkvmerge|mkvextract|mkvinfo|mkvpropedit|gifsicle|optipng|pngquant|jpegoptim|cwebp|dwebp|gif2webp|img2webp|avifenc|heif-convert|gifski|svgo|sips', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines per file' },
    // rsvg-convert and Graphviz write to stdout unless -o names a file.
    { command: 'rsvg-convert|dot|neato|fdp|circo|twopi|sfdp', when: ['/^-o/', '/^--output/', '/^-O$/'], stdout: 'none', stderr: 'bounded', says: 'writes the image to a file' },
    { command: 'rsvg-convert|dot|neato|fdp|circo|twopi|sfdp', stdout: 'unbounded', stderr: 'bounded', says: 'writes the image to stdout' },
    // Builds, test runners and installers: both streams grow with the work.
    { command: 'terraform|packer|pulumi version|output|fmt|validate|workspace|providers', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'gem|bundle|bundler|rake|rails|composer|sbt|lein|stack|cabal|dune|opam|swift|swiftc|xcodebuild|xcrun|flutter|dart|pod|carthage|conan|vcpkg|bazelisk|buck|pants|waf|autoreconf|autoconf|automake|libtoolize|pyinstaller|nuitka|cython|pipx|pipenv|poetry|pdm|hatch|uv|conda|mamba|micromamba|virtualenv|tox|nox|pytest|py.test|nosetests|coverage|twine|flit|maturin|jest|vitest|mocha|karma|ava|jasmine|cypress|playwright|rollup|esbuild|parcel|vite|babel|sass|node-sass|lessc|postcss|tailwindcss|ng|next|nuxt|gatsby|expo|react-scripts|vue-cli-service|lerna|nx|turbo|grunt|gulp|ember|electron-builder|electron-packager|electron-forge|electron-rebuild|node-gyp|node-pre-gyp|prebuild|prebuild-install|cmake-js|vsce|ts-node|tsx|babel-node|terraform|packer|pulumi|zypper|emerge|apk|xbps-install|nix|nix-env|nix-build|nix-shell|guix|port|pkg|add-apt-repository|apt-add-repository|debootstrap|mock|rpmbuild|dpkg-buildpackage|debuild|makepkg|yay|paru|snapcraft|winget|choco|scoop|sfc|dism|DISM', stdout: 'unbounded', stderr: 'unbounded', says: 'builds, tests or installs: both streams can grow' },
    // dpkg(1): installing runs the packages' scripts; the listing options print every package or file.
    { command: 'dpkg', when: ['-i', '--install', '-r', '--remove', '-P', '--purge', '--configure', '--unpack', '-x', '--extract', '-X', '--vextract'], stdout: 'unbounded', stderr: 'unbounded', says: 'installs or removes packages and runs their scripts' },
    { command: 'dpkg|dpkg-query', when: ['-l', '--list', '-L', '--listfiles', '--get-selections', '-S', '--search', '-c', '--contents'], stdout: 'unbounded', stderr: 'bounded', says: 'lists packages or files' },
    { command: 'dpkg', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'apt-cache search|dump|dumpavail|pkgnames|showsrc|xvcg|dotty', stdout: 'unbounded', stderr: 'bounded', says: 'lists every package it finds' },
    { command: 'apt-cache', stdout: 'bounded', stderr: 'bounded', says: 'describes the packages it is given' },
    // apt-get(8) update fetches the package lists: a Hit/Get/Ign line per source and index, then
    // "Reading package lists...": a few KiB on a normal sources.list; warnings (W:, E:) on stderr
    // (blind audit 35: GX2019's setup script, unsure as a deadlock). It installs nothing.
    { command: 'apt|apt-get update', alone: true, stdout: 'bounded', stderr: 'bounded', says: 'fetches the package lists and prints a line per source' },
    // grub-mkconfig(8) writes the configuration to stdout unless -o names the file.
    { command: 'grub-mkconfig|grub2-mkconfig', when: ['-o', '/^--output=/'], stdout: 'bounded', stderr: 'bounded', says: 'writes the configuration to a file and names every kernel it finds' },
    { command: 'grub-mkconfig|grub2-mkconfig', stdout: 'unbounded', stderr: 'bounded', says: 'writes the configuration to stdout' },
    { command: 'dpkg-query|apt-key|apt-mark|dpkg-reconfigure|debconf-set-selections|update-alternatives|alternatives|update-initramfs|mkinitcpio|dracut|update-grub|msgfmt|msgmerge|xgettext|getfattr|getcap', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Qt Linguist tools (lupdate(1), lrelease(1), pylupdate5): "Updating 'x.ts'..." and a count or two per translation file.
    { command: 'pylupdate4|pylupdate5|pylupdate6|pylupdate|pyside-lupdate|pyside2-lupdate|pyside6-lupdate|lupdate|lupdate-qt4|lupdate-qt5|lupdate-qt6|lrelease|lrelease-qt4|lrelease-qt5|lrelease-qt6|pyside6-lrelease', stdout: 'bounded', stderr: 'bounded', says: 'prints a summary line or two per translation file' },
    // Linters and formatters: a line per problem or per file on stdout; black reports on stderr.
    { command: 'black|isort|autopep8|yapf', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'formats quietly' },
    { command: 'black', when: ['--diff', '-'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints a diff or the formatted code on stdout and a line per file on stderr' },
    { command: 'black', stdout: 'none', stderr: 'unbounded', says: 'names every file it reformats on stderr' },
    // cpplint prints its diagnostics and its totals on stderr; stdout gets a "Done processing FILE" line
    // per file it lints (none with --quiet), so a tree (--recursive) makes it grow.
    { command: 'cpplint', when: ['--recursive'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints a line per file on stdout and a line per problem on stderr' },
    { command: 'cpplint', stdout: 'bounded', stderr: 'unbounded', says: 'prints a line per problem on stderr and a line per file it is given on stdout' },
    { command: 'eslint|tslint|prettier|stylelint|jshint|jscs|standard|xo|flake8|pylint|mypy|pyright|ruff|isort|autopep8|yapf|pycodestyle|pyflakes|pydocstyle|bandit|rubocop|shellcheck|hadolint|clang-tidy|clang-format|cppcheck|swiftlint|ktlint|markdownlint|yamllint|vale|codespell', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per problem or file' },
    // Cloud clients print the resources they list; gsutil reports every copy on stderr unless -q.
    { command: 'gsutil', when: ['-q'], stdout: 'unbounded', stderr: 'bounded', says: 'prints what it lists, and errors only on stderr' },
    { command: 'gsutil', stdout: 'unbounded', stderr: 'unbounded', says: 'prints what it lists, and every copy on stderr' },
    // `az account set` selects a subscription and prints nothing; `show` prints it, one object.
    { command: 'az account set', stdout: 'none', stderr: 'bounded', says: 'selects a subscription and prints nothing' },
    { command: 'az account show', stdout: 'bounded', stderr: 'bounded', says: 'prints the current subscription' },
    { command: 'aws|az|gcloud|doctl|heroku|flyctl|vercel|netlify|firebase|eb|oc|minikube|kind|k3d|eksctl', stdout: 'unbounded', stderr: 'bounded', says: 'prints the resources it lists or creates' },
    { command: 'helm install|upgrade|uninstall|delete|repo|rollback|dependency|package|push|lint|env', stdout: 'bounded', stderr: 'bounded', says: 'prints a status and the chart notes' },
    { command: 'helm', stdout: 'unbounded', stderr: 'bounded', says: 'prints the charts, releases or manifests it lists' },
    // gh(1): --jq and --template pick values out; api, list, view, diff and the watchers print what they fetch.
    { command: 'gh', when: ['-q', '--jq', '-t', '--template'], stdout: 'bounded', stderr: 'bounded', says: 'prints the values it picks out' },
    { command: 'gh', when: ['api', 'list', 'view', 'diff', 'watch', '--watch', 'checks', '--log', '--log-failed', 'search', 'download'], stdout: 'unbounded', stderr: 'bounded', says: 'prints what it fetches' },
    { command: 'gh', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // `hg id --debug` prints the full changeset id, where other commands list every file.
    { command: 'hg id|identify', when: ['--debug'], stdout: 'bounded', stderr: 'bounded', says: 'prints the full changeset id' },
    // Mercurial: the commands that act or answer print a line or a few (every file with -v); log,
    // diff, status, add, annotate and the like can grow.
    { command: 'hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge', when: ['-v', '--verbose', '--debug', '-p', '--patch', '--stat', '--print'], stdout: 'unbounded', stderr: 'bounded', says: 'names every file or change' },
    { command: 'hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    { command: 'hg', stdout: 'unbounded', stderr: 'bounded', says: 'can print a lot (log, diff, status, annotate, manifest)' },
    { command: 'fossil version|info|branch|tag|user|remote|settings|open|close|commit|ci|clone|pull|push|sync|init|new|undo|redo', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // cvs(1) login/logout: the server it logs in to and the password prompt, a line or two (blind
    // audit 45: showteamwork's getlog scripts feeding the empty anonymous password).
    { command: 'cvs login|logout', stdout: 'bounded', stderr: 'bounded', says: 'logs in or out: it prints the server and a password prompt' },
    { command: 'fossil|bzr|darcs|cvs', stdout: 'unbounded', stderr: 'bounded', says: 'can print a lot (timeline, diff, changes, annotate)' },
    // Archivers. zip(1) and unzip(1) name every file they add or extract, unless -q (above).
    { command: 'zip|unzip', stdout: 'unbounded', stderr: 'bounded', says: 'names every file it adds or extracts' },
    { command: 'unar', when: ['-q', '-quiet'], stdout: 'bounded', stderr: 'bounded', says: 'prints errors only' },
    { command: 'zipinfo|lsar|unar', stdout: 'unbounded', stderr: 'bounded', says: 'names every file of the archive' },
    // 7-Zip lists with `l`, hashes with `h`, names files with -bb1 and up, writes to stdout with -so; otherwise a summary.
    { command: '7z|7za|7zr|7zz', when: ['-so', '/^-bb[1-3]$/', '-bsp1'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the data, every file name or its progress to stdout' },
    { command: '7z|7za|7zr|7zz l|h', stdout: 'unbounded', stderr: 'bounded', says: 'names every file of the archive' },
    { command: '7z|7za|7zr|7zz', stdout: 'bounded', stderr: 'bounded', says: 'prints a summary' },
    { command: 'rar|unrar', when: ['-inul', '-idq', '/^-id[cdpq]+$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints errors only' },
    { command: 'rar|unrar', stdout: 'unbounded', stderr: 'bounded', says: 'names every file it adds, extracts or lists' },
    // cpio(1): -o writes the archive to stdout, -t lists it, -v names every file.
    { command: 'cpio', when: ['-o', '--create', '-v', '--verbose', '-t', '--list'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the archive to stdout or names every file' },
    { command: 'cpio', stdout: 'none', stderr: 'bounded', says: 'extracts or copies its files and prints a block count on stderr' },
    { command: 'pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop', when: ['-c', '--stdout', '--to-stdout'], stdout: 'unbounded', stderr: 'bounded', says: 'writes the data to stdout' },
    { command: 'pigz|unpigz|pbzip2|lbzip2|brotli|lzop', when: ['-t', '--test', '-l', '--list', '-o', '--output'], stdout: 'bounded', stderr: 'bounded', says: 'tests or lists its files, or writes to its -o file' },
    { command: 'pigz|unpigz', filter: ['-p', '--processes', '-b', '--blocksize', '-S', '--suffix'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'pbzip2|lzop', filter: ['-S', '--suffix'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'lbzip2', filter: ['-n'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'brotli', filter: ['-q', '--quality', '-w', '--lgwin', '-S', '--suffix'], stdout: 'unbounded', stderr: 'bounded', fromInput: true, says: 'with no file reads its input and writes the data to stdout' },
    { command: 'pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop', stdout: 'none', stderr: 'bounded', says: 'compresses or expands its files and prints nothing' },
    // Backups: a list, an extract to stdout and a verbose run grow; the others print a summary.
    { command: 'borg', when: ['--stdout', '--list', '--progress', '--stats', '-v', '--verbose', '--info', '--debug'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes the data to stdout or names every file on stderr' },
    { command: 'borg list|diff|export-tar', stdout: 'unbounded', stderr: 'bounded', says: 'prints every archive or file it lists' },
    { command: 'borg', stdout: 'bounded', stderr: 'bounded', says: 'prints warnings and errors only' },
    { command: 'borgmatic', stdout: 'unbounded', stderr: 'unbounded', says: 'runs borg and logs what it does' },
    { command: 'restic', when: ['-v', '--verbose', '/^--verbose=/'], stdout: 'unbounded', stderr: 'unbounded', says: 'names every file it handles' },
    { command: 'restic snapshots|ls|find|dump|cat|diff|list|stats', stdout: 'unbounded', stderr: 'bounded', says: 'prints every snapshot or file it lists, or the data' },
    { command: 'restic', stdout: 'bounded', stderr: 'bounded', says: 'prints a summary' },
    { command: 'rclone', when: ['-v', '-vv', '--verbose', '-P', '--progress', '--stats-one-line'], stdout: 'unbounded', stderr: 'unbounded', says: 'reports every file and its progress' },
    { command: 'rclone ls|lsl|lsd|lsf|lsjson|cat|tree|ncdu|md5sum|sha1sum|hashsum|check|cryptcheck|listremotes|size', stdout: 'unbounded', stderr: 'bounded', says: 'prints every file it lists, or the data' },
    { command: 'rclone', stdout: 'bounded', stderr: 'bounded', says: 'prints notices and errors only' },
    // ZFS: `send` writes a stream to stdout; list, get, history and diff print a line per dataset or change.
    { command: 'zfs send', stdout: 'unbounded', stderr: 'bounded', says: 'writes the snapshot stream to stdout' },
    { command: 'zfs receive|recv|destroy|snapshot|rollback', when: ['-v'], stdout: 'unbounded', stderr: 'bounded', says: 'names every dataset or snapshot it handles' },
    { command: 'zfs|zpool list|get|history|diff|status|iostat|events|holds|userspace|groupspace', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per dataset, pool, change or event' },
    { command: 'zfs|zpool create|destroy|snapshot|rollback|rename|set|inherit|hold|release|promote|clone|unmount|umount|receive|recv|scrub|clear|online|offline|attach|detach|add|remove|labelclear|export|upgrade|replace|split|trim|initialize|reguid|allow|unallow|bookmark|load-key|unload-key|change-key|share|unshare', stdout: 'none', stderr: 'bounded', says: 'changes the pool or dataset and prints nothing' },
    { command: 'zfs|zpool', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Network and Wi-Fi. iwlist and iw scans print some thirty lines per access point in range.
    { command: 'iwlist', when: ['scan', 'scanning'], stdout: 'unbounded', stderr: 'bounded', says: 'prints some thirty lines per access point in range' },
    { command: 'iwlist', stdout: 'bounded', stderr: 'bounded', says: 'prints the interface\'s frequencies, rates or keys' },
    { command: 'iw', when: ['scan', 'event'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every access point in range or every event' },
    { command: 'iw', stdout: 'bounded', stderr: 'bounded', says: 'prints the interface or the change it makes' },
    { command: 'netstat|ss', when: ['-c', '--continuous'], stdout: 'unbounded', stderr: 'bounded', says: 'prints the table again every second' },
    // netstat -r prints the routing table, a few lines on a host, as `route` and `ip route` do.
    { command: 'netstat', when: ['-r', '--route'], stdout: 'bounded', stderr: 'bounded', says: 'prints the routing table' },
    { command: 'netstat|ss', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per socket or route (thousands on a busy host)' },
    { command: 'conntrack', when: ['-L', '--dump', '-E', '--event'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every tracked connection or event' },
    { command: 'conntrack', stdout: 'bounded', stderr: 'bounded', says: 'prints a summary line' },
    { command: 'ipset', when: ['list', 'save', '-L', '-S', '--list', '--save'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every set and entry' },
    { command: 'ipset', stdout: 'none', stderr: 'bounded', says: 'changes a set and prints nothing' },
    { command: 'sshfs', when: ['-d', '--debug'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs every request' },
    // ssh -N (often -fN, -NR, -NL): it forwards ports and runs no remote command; a banner or a
    // warning at most. Without -N and without a command ssh opens a login shell (its own line below).
    { command: 'ssh', when: ['-N'], stdout: 'bounded', stderr: 'bounded', says: 'forwards ports only (`-N` runs no remote command): a banner at most' },
    { command: 'tc|wondershaper|wg-quick|wg|tailscale|ssh-keyscan|ssh-copy-id|ssh-add|sshfs|fusermount|fusermount3', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'snmpwalk|snmpbulkwalk|snmptable', stdout: 'unbounded', stderr: 'bounded', says: 'prints every value of the subtree it walks' },
    { command: 'snmpget|snmpset|snmpgetnext|snmptrap', stdout: 'bounded', stderr: 'bounded', says: 'prints the values it gets or sets' },
    { command: 'telnet|ftp|lftp|sftp|tftp|minicom|picocom|cu', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a session that prints what the other end sends' },
    { command: 'bluetoothctl', when: ['scan', 'monitor'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every device it finds until it is stopped' },
    { command: 'bluetoothctl', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Security and attack tools: they print every result and their progress until they finish.
    // hashcat prints its session summary and the hashes it cracks (a status screen with --status); john
    // the passwords it cracks (its status on a key press), and every candidate word with --stdout.
    { command: 'hashcat', when: ['--status', '/^--status-timer=/', '--status-timer'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a status screen every few seconds' },
    { command: 'john', when: ['--stdout', '/^--stdout=/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every candidate word' },
    { command: 'crunch', when: ['-o'], stdout: 'bounded', stderr: 'bounded', says: 'writes the word list to a file' },
    { command: 'hashcat|john', stdout: 'bounded', stderr: 'bounded', says: 'prints a summary and the passwords it cracks' },
    // Password candidate generators: their output is the candidate list itself, one word per line over
    // the whole keyspace (hashcat-utils' combinator*, combipow, ngramX, permute, expander, maskprocessor,
    // statsprocessor, princeprocessor, kwprocessor, OMEN's enumNG), millions of lines, usually piped
    // into a cracker's stdin. The hashcat-utils binaries are named with their `.bin` suffix.
    { command: 'combinator|combinator.bin|combinator3|combinator3.bin|combinatorX|combinatorX.bin|combipow|combipow.bin|ngramX|ngramX.bin|permute|permute.bin|expander|expander.bin|mp32.bin|mp64.bin|maskprocessor|sp32.bin|sp64.bin|statsprocessor|pp32.bin|pp64.bin|pp.bin|princeprocessor|kwp|kwp.bin|kwp64.bin|kwprocessor|enumNG', stdout: 'unbounded', stderr: 'bounded', says: 'prints every password candidate it generates' },
    { command: 'gobuster|ffuf|feroxbuster|nuclei|subfinder|amass', stdout: 'unbounded', stderr: 'unbounded', says: 'prints every result, and its progress on stderr' },
    { command: 'nikto|sqlmap|hydra|medusa|wfuzz|dirb|wpscan|enum4linux|bettercap|xettercap|sslsplit|responder|msfconsole|msfcli|setoolkit|crunch|searchsploit|netdiscover|zmap|theHarvester|kismet|horst|hcidump|rtl_433|rtl_fm|dump1090', stdout: 'unbounded', stderr: 'bounded', says: 'prints every result until it ends or is stopped' },
    // Walkers and searches grow with the tree (ls, one directory's entries, stays unlisted; SCALING has ls -R).
    { command: 'rg|ag|ack', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'answers with its exit status only' },
    { command: 'locate|plocate|mlocate', when: ['-c', '--count'], stdout: 'bounded', stderr: 'bounded', says: 'prints a count' },
    { command: 'tree|locate|plocate|mlocate|fd|fdfind|rg|ag|ack', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per file it lists or finds' },
    { command: 'top', when: ['/^-[a-zA-Z]*b/', '--batch'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a screen of processes, again and again unless -n bounds it', listsProcesses: true },
    { command: 'top', stdout: 'bounded', stderr: 'bounded', says: 'needs a terminal without -b, and prints an error line' },
    // Statistics every interval: an interval and a count end; an interval alone runs until stopped.
    { command: 'vmstat|iostat|mpstat|pidstat|sar', when: ['?/^\\d+$/ ?/^\\d+$/'], stdout: 'bounded', stderr: 'bounded', says: 'prints a report for each of a few intervals' },
    { command: 'vmstat|iostat|mpstat|pidstat|sar', when: ['/^\\d+$/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a report every interval until it is stopped' },
    { command: 'nvidia-smi', when: ['-l', '--loop', '/^--loop=/', '-lms', 'dmon', 'pmon'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a report every interval until it is stopped' },
    { command: 'vmstat|iostat|mpstat|pidstat|sar|nvidia-smi|lsns|lslocks|lsipc', stdout: 'bounded', stderr: 'bounded', says: 'prints a report' },
    { command: 'dumpe2fs', when: ['-h'], stdout: 'bounded', stderr: 'bounded', says: 'prints the superblock' },
    { command: 'dumpe2fs|btrfs', stdout: 'unbounded', stderr: 'bounded', says: 'prints every group, subvolume or device it lists' },
    { command: 'mkfs|mke2fs|mkfs.ext2|mkfs.ext3|mkfs.ext4|mkfs.vfat|mkfs.fat|mkfs.msdos|mkdosfs|mkfs.xfs|mkfs.btrfs|mkfs.ntfs|mkntfs|mkfs.exfat|mkfs.f2fs|fsck|e2fsck|fsck.ext4|resize2fs|tune2fs|parted|sfdisk|sgdisk|gdisk|fdisk|partprobe|wipefs|cryptsetup|pvcreate|vgcreate|lvcreate|pvremove|vgremove|lvremove|lvextend|lvresize|pvs|vgs|lvs|dmsetup|kpartx|eject|udisksctl|hdiutil|diskutil|blockdev|fstrim|quotacheck|quotaon|setquota', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // Text filters print their input or their files, transformed (`sed -i` edits in place).
    { command: 'sed', when: ['-i', '--in-place', '/^--in-place=/', '/^-i./'], stdout: 'none', stderr: 'bounded', says: 'edits the file in place and prints nothing' },
    { command: 'sort', when: ['-o', '/^--output=/', '-c', '--check', '-C'], stdout: 'none', stderr: 'bounded', says: 'writes to its output file or only checks' },
    { command: 'cmp', when: ['-s', '--silent', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'answers with its exit status only' },
    { command: 'diff', when: ['-q', '--brief'], stdout: 'bounded', stderr: 'bounded', says: 'says whether the files differ' },
    { command: 'sed|awk|gawk|mawk|nawk|sort|uniq|cut|tr|paste|column|fold|fmt|nl|rev|expand|unexpand|iconv|base64|base32|xxd|od|hexdump|strings|jq|yq|xq|xmllint|xmlstarlet|mlr|tee|shuf|numfmt|envsubst|pr', stdout: 'unbounded', stderr: 'bounded', says: 'prints its input or its files, transformed', fromInput: true },
    { command: 'diff|diff3|sdiff|colordiff|wdiff', stdout: 'unbounded', stderr: 'bounded', says: 'prints every line that differs' },
    { command: 'comm', stdout: 'unbounded', stderr: 'bounded', says: 'prints the lines of its two files, in columns' },
    { command: 'join', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line for each pair of lines of its files that share a field' },
    { command: 'seq', stdout: 'unbounded', stderr: 'bounded', says: 'prints a sequence of numbers, one a line' },
    { command: 'yes', stdout: 'unbounded', stderr: 'bounded', says: 'prints its word, a line at a time, until it is stopped' },
    { command: 'cmp|patch|split|csplit|look', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per file or difference at most' },
    { command: 'dos2unix|unix2dos|mac2unix|unix2mac', stdout: 'none', stderr: 'bounded', says: 'converts the files in place and names each on stderr' },
    // macOS tools.
    { command: 'security dump-keychain|dump-trust-settings', stdout: 'unbounded', stderr: 'bounded', says: 'prints every item of the keychain' },
    { command: 'pkgutil', when: ['--files', '--pkgs', '--payload-files', '--lsbom'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every package or file' },
    { command: 'otool', when: ['-L', '-D', '-h', '-f', '-l'], stdout: 'bounded', stderr: 'bounded', says: 'prints the libraries or headers of the binary' },
    { command: 'otool', stdout: 'unbounded', stderr: 'bounded', says: 'prints the sections or the disassembly of the binary' },
    { command: 'system_profiler', when: ['/^SP\\w+DataType$/'], stdout: 'bounded', stderr: 'bounded', says: 'describes one part of the machine' },
    { command: 'mdfind|system_profiler|ioreg', stdout: 'unbounded', stderr: 'bounded', says: 'prints every item it finds' },
    { command: 'log stream|show', stdout: 'unbounded', stderr: 'bounded', says: 'prints the system log (stream follows it until it is stopped)' },
    { command: 'log', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    { command: 'screencapture', stdout: 'none', stderr: 'bounded', says: 'saves the screenshot and prints nothing' },
    { command: 'codesign|install_name_tool|lipo|xattr|SetFile|spctl|ditto|pkgbuild|productbuild|productsign|notarytool|stapler|pmset|tmutil|networksetup|scutil|systemsetup|dscacheutil|PlistBuddy|plutil|defaults|mdls|mdutil|csrutil|nvram|bless|softwareupdate|xcode-select|security|pkgutil|dscl', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
    // Windows tools.
    { command: 'wmic|wmic.exe', when: ['where', 'WHERE'], stdout: 'bounded', stderr: 'bounded', says: 'prints the properties of the items it selects' },
    { command: 'wmic|wmic.exe|robocopy|robocopy.exe|xcopy|xcopy.exe|icacls|icacls.exe|takeown|takeown.exe|driverquery|wevtutil', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per item or file it handles' },
    { command: 'msiexec|msiexec.exe|rundll32|rundll32.exe', stdout: 'none', stderr: 'bounded', says: 'prints nothing to the console' },
    // cmd.exe finds a program whatever the case of its name, and scripts often spell the Windows
    // tools in capitals (`REG DELETE ... /f`, `SETX key value`): the same programs, a status line each.
    { command: 'REG|REG.EXE|Reg|SETX|SETX.EXE|Setx', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line' },
    { command: 'setx|setx.exe|mklink|net|net.exe|ipconfig|ipconfig.exe|getmac|bcdedit|powercfg|certutil|systeminfo|systeminfo.exe|cygpath|cygpath.exe|wslpath|mountvol|fsutil|vssadmin', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines at most' },
    { command: 'wsl|wsl.exe|cscript|cscript.exe|wscript|wscript.exe', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a program whose output can grow' },
    // X and desktop actions: they act and print nothing; their queries print a few lines.
    { command: 'xdotool key|keydown|keyup|type|mousemove|mousemove_relative|click|mousedown|mouseup|windowactivate|windowfocus|windowraise|windowminimize|windowmap|windowunmap|windowmove|windowsize|windowclose|windowkill|windowstate|set_desktop|set_window|set_desktop_for_window|set_num_desktops|sleep', stdout: 'none', stderr: 'bounded', says: 'acts on the display and prints nothing' },
    { command: 'xdotool', stdout: 'bounded', stderr: 'bounded', says: 'prints the windows or the position it is asked about' },
    { command: 'ydotool|wtype|dotool|dotoolc|xte|xvkbd|wlrctl', stdout: 'none', stderr: 'bounded', says: 'acts on the display and prints nothing' },
    { command: 'wmctrl', when: ['-l', '-d', '-m'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per window or desktop' },
    { command: 'wmctrl', stdout: 'none', stderr: 'bounded', says: 'acts on a window and prints nothing' },
    { command: 'pamixer', when: ['--get-volume', '--get-volume-human', '--get-mute', '--list-sinks', '--list-sources', '--get-default-sink'], stdout: 'bounded', stderr: 'bounded', says: 'prints the volume or the devices' },
    { command: 'pamixer', stdout: 'none', stderr: 'bounded', says: 'changes the volume and prints nothing' },
    { command: 'playerctl', when: ['-F', '--follow'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every change until it is stopped' },
    { command: 'playerctl play|pause|play-pause|next|previous|stop|position|volume|open|shuffle|loop', stdout: 'none', stderr: 'bounded', says: 'controls the player and prints nothing' },
    { command: 'mpc idleloop', stdout: 'unbounded', stderr: 'bounded', says: 'prints every change until it is stopped' },
    { command: 'playerctl|mpc', stdout: 'bounded', stderr: 'bounded', says: 'prints the player\'s status' },
    { command: 'xbacklight|light', when: ['-get', '-G'], stdout: 'bounded', stderr: 'bounded', says: 'prints the brightness' },
    { command: 'brightnessctl', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'changes the brightness and prints nothing' },
    { command: 'xbacklight|light', stdout: 'none', stderr: 'bounded', says: 'changes the brightness and prints nothing' },
    { command: 'xmodmap', when: ['/^-p/'], stdout: 'bounded', stderr: 'bounded', says: 'prints the keymap' },
    { command: 'xmodmap', stdout: 'none', stderr: 'bounded', says: 'changes the keymap and prints nothing' },
    { command: 'xinput test|test-xi2', stdout: 'unbounded', stderr: 'bounded', says: 'prints every input event until it is stopped' },
    { command: 'xinput set-prop|set-int-prop|set-float-prop|set-atom-prop|enable|disable|map-to-output|set-button-map|float|reattach|create-master|remove-master|set-cp|set-mode|set-ptr-feedback|set-integer-feedback|delete-prop', stdout: 'none', stderr: 'bounded', says: 'changes an input device and prints nothing' },
    { command: 'xdg-desktop-menu|xdg-icon-resource|xdg-desktop-icon|xdg-screensaver|xdg-user-dirs-update|update-desktop-database|glib-compile-schemas|numlockx|hsetroot|xwallpaper|kwriteconfig5|kwriteconfig6|cpufreq-set|xkbset|xcalib', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'xinput|synclient|xsetwacom|brightnessctl|gtk-update-icon-cache|update-mime-database|cpupower|tlp|iwctl|pacmd|powerprofilesctl|nitrogen', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines at most' },
    { command: 'fc-list|fc-cat', stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per installed font' },
    // objcopy and strip (GNU binutils and LLVM's) write the files they are given (--dump-section=NAME=FILE too) and print only errors.
    { command: 'fc-cache|strip|objcopy|llvm-strip|llvm-objcopy|restorecon|chcon', when: VERBOSE, stdout: 'unbounded', stderr: 'bounded', says: 'names every file it handles' },
    { command: 'fc-cache|ranlib|llvm-ranlib|strip|objcopy|llvm-strip|llvm-objcopy|patchelf|chcon|restorecon|setfattr|setcap', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'nm|objdump|readelf|size|addr2line|c++filt', stdout: 'unbounded', stderr: 'bounded', says: 'prints the symbols, sections or disassembly of the binary' },
    // Interpreters and REPLs run code whose output nobody can bound.
    { command: 'julia|octave|octave-cli|matlab|scala|kotlin|groovy|elixir|iex|mix|erl|escript|clojure|clj|racket|guile|tclsh|wish|expect|swipl|runghc|runhaskell|ghci|jshell|jruby|jython|ipython|ipython3|irb|sage|gnuplot|maxima|tcsh|csh|fish|busybox|xonsh|mksh|ash|coffee|luajit|php-cgi|raku', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a program whose output can grow' },
    // Pagers, manual pages and terminal editors write their screen or their files to stdout (a
    // pager whose stdout is not a terminal copies its files, as cat does); terminal emulators run
    // their command in their own window, as xterm above.
    { command: 'man|less|more|most|lynx|w3m|elinks|vim|vi|nvim|nano|micro|emacs|mc|ranger|htop|btop', stdout: 'unbounded', stderr: 'bounded', says: 'prints a whole page or redraws its screen on stdout' },
    { command: 'kitty|alacritty|wezterm|foot|st|sakura|termite|guake|tilda|qterminal|deepin-terminal|kgx|gnome-console|terminology|cool-retro-term', stdout: 'none', stderr: 'bounded', says: 'runs its command in its own window' },
    // Java's jar(1) names every file with v and lists with t; keytool and jarsigner print a few lines (-verbose: a line per entry).
    { command: 'jar', when: ['/^-?[ctxuf0meMiv]*[tv][ctxuf0meMiv]*$/'], stdout: 'unbounded', stderr: 'bounded', says: 'names every file of the archive' },
    { command: 'jar', stdout: 'none', stderr: 'bounded', says: 'writes the archive and prints nothing' },
    { command: 'keytool|jarsigner', when: ['-verbose', '-v'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every entry it handles' },
    { command: 'keytool|jarsigner', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // apksigner (Android build-tools; also run as `java -jar apksigner.jar`) verify prints its result, the signers'
    // certificates (--print-certs) and a WARNING line per problem on stdout, one per entry the signature does not
    // cover; only ERROR lines and "DOES NOT VERIFY" go to stderr, warnings too under --Werr (ApkSignerTool.verify:
    // `PrintStream out = warningsTreatedAsErrors ? System.err : System.out`, read with javap from the jar adb-enhanced
    // ships; audit 21: adb-enhanced reads stdout to its end, then stderr). sign prints nothing but with -v.
    { command: 'apksigner verify', when: ['--Werr'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints a line per entry the signature does not cover, on stderr too under --Werr' },
    { command: 'apksigner verify', stdout: 'unbounded', stderr: 'bounded', says: 'prints its warnings on stdout, a line per entry the signature does not cover, and only its errors on stderr' },
    { command: 'apksigner', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // iproute2's bridge(8), as ip above; virtual machine and snap controls answer in a few lines.
    { command: 'bridge monitor', stdout: 'unbounded', stderr: 'bounded', says: 'prints every bridge event until it is stopped' },
    { command: 'bridge fdb|link|vlan|mdb add|del|append|replace|set|flush', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
    { command: 'bridge', stdout: 'bounded', stderr: 'bounded', says: 'prints the bridge table' },
    // docker-machine -D: its debug log names every VBoxManage and ssh call it makes with their whole
    // output (kitematic's `docker-machine -D create`: past exec's maxBuffer, audit 10).
    { command: 'docker-machine|docker-machine.exe', when: ['-D', '--debug'], stdout: 'bounded', stderr: 'unbounded', says: 'logs every VBoxManage and ssh call it makes, with their output, on stderr' },
    // Without -D: `status` a word, `env` the variables to set, `create`/`start` a line per step.
    { command: 'docker-machine|docker-machine.exe ssh', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command on the machine' },
    { command: 'docker-machine|docker-machine.exe', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per step or a status word' },
    // AtomicParsley writing tags into a file prints a Started/Progress/Finished summary (audit 10, freyr-js).
    { command: 'AtomicParsley|atomicparsley|AtomicParsley.exe', stdout: 'bounded', stderr: 'bounded', says: 'prints a short summary of the tags it writes' },
    { command: 'VBoxManage|vboxmanage guestcontrol', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command in the virtual machine' },
    { command: 'VBoxManage|vboxmanage|prlctl|virsh|snapctl|swww|airgraph-ng', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
    // ---- end of the programs added for issue 11.
    // Programs that log, trace or report progress on stderr as well as stdout (see UNLISTED).
    // find(1) prints the paths its tests select, and names on stderr every directory it cannot read,
    // however narrow its tests: it walks the whole tree (audit 11: social-engineer-toolkit, audit 5:
    // recon-ng). A name test with no wildcard selects the files of that name, a few (audit 20:
    // codecov-node's report search); -quit stops at the first match; -maxdepth 0 tests the start
    // points alone. -exec and its kin print what the command they run prints, for every file.
    // Windows find.exe (`wmic ... | find /V "Caption"`, `tasklist | find /I "node"`) is a line
    // filter: it prints the lines of its input, or of the files it names, that hold the string
    // (with /V: that lack it; with /C: a count). It walks no tree (blind audit 34: cli-microsoft365's
    // `spawnSync('find', ['/V', '"Caption"'], { input })` on wmic's two lines).
    { command: 'find', when: WIN_FIND, stdout: 'unbounded', stderr: 'bounded', says: 'is Windows find: it prints the lines of its input or its files that hold (with /V: lack) the string', fromInput: true },
    { command: 'find', when: ['-exec', '-execdir', '-ok', '-okdir'], stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command on every file it selects' },
    { command: 'find', when: ['-quit', '-maxdepth 0'], stdout: 'bounded', stderr: 'unbounded', says: 'prints the first file it finds or its start points, and every directory it cannot read on stderr' },
    { command: 'find', when: FIND_WILDCARD_TEST, stdout: 'unbounded', stderr: 'unbounded', says: 'prints only the files that the pattern matches, a number that grows with the tree, and every directory it cannot read on stderr' },
    // An alternative (`-name .git -prune -o -print`) may select every other file.
    { command: 'find', when: ['/^-o$/', '-or'], stdout: 'unbounded', stderr: 'unbounded', says: 'prints every file one of its alternatives selects, and every directory it cannot read on stderr' },
    { command: 'find', when: FIND_NAMED, stdout: 'bounded', stderr: 'unbounded', says: 'prints the few files of that name, and every directory it cannot read on stderr' },
    { command: 'find', when: ['-type d'], stdout: 'unbounded', stderr: 'unbounded', says: 'names every directory it finds, and every directory it cannot read on stderr' },
    { command: 'find', stdout: 'unbounded', stderr: 'unbounded', says: 'names every file it finds, and every directory it cannot read on stderr' },
    { command: 'strace|ltrace|valgrind', stdout: 'unbounded', stderr: 'unbounded', says: 'traces the program it runs on stderr' },
    // pacman's dependency test prints the dependencies that are missing, one per line, at most.
    { command: 'pacman', when: ['-T', '--deptest'], stdout: 'bounded', stderr: 'bounded', says: 'prints the missing dependencies, if any' },
    // make's cleaning targets run `rm -f` lines that it echoes, a few lines (audit 31: spoken-website's
    // `make -C DIR clean file_name=X`, a C tool's `make clean`); only when nothing else is built
    // after (`make clean all` builds: the line below).
    // A compiler asked about itself (`gcc -dumpversion`, `cc -print-file-name=libc.so`) prints a line.
    { command: 'gcc|g++|cc|c++|clang|clang++', when: ['-dumpversion', '-dumpfullversion', '-dumpmachine', '/^--?print-/'], stdout: 'bounded', stderr: 'bounded', says: 'prints its version, its target or a path' },
    { command: 'make|gmake clean|distclean|mostlyclean|maintainer-clean|realclean|clobber', alone: true, stdout: 'bounded', stderr: 'bounded', says: 'only runs its cleaning target, a few `rm` lines' },
    // dotnet's housekeeping subcommands print a few lines whatever the project (blind audit 34:
    // vscode-csharp's `dotnet dev-certs https --check`, `dotnet tool install`); build, test, run and
    // publish stay below with the builders.
    { command: 'dotnet dev-certs', stdout: 'bounded', stderr: 'bounded', says: 'checks, trusts or cleans the HTTPS development certificate: a few lines' },
    { command: 'dotnet tool install|update|uninstall|list|restore|search', stdout: 'bounded', stderr: 'bounded', says: 'installs, updates or lists .NET tools: a few lines' },
    // `dotnet restore` at its default verbosity (minimal) prints a line per project it restores and
    // its NuGet warnings; -v d[etailed]/diag logs every task (blind audit 34: vscode-csharp's test
    // assets, `dotnet restore ${root}` under a 500 KiB maxBuffer).
    { command: 'dotnet restore', when: ['-v /^(d|detailed|diag|diagnostic)$/', '--verbosity /^(d|detailed|diag|diagnostic)$/', '/^--verbosity=(d|detailed|diag|diagnostic)$/'], stdout: 'unbounded', stderr: 'bounded', says: 'logs every task of the restore' },
    { command: 'dotnet restore', stdout: 'bounded', stderr: 'bounded', says: 'restores the packages of a project or solution: a line per project' },
    { command: 'dotnet --info|--list-sdks|--list-runtimes|new|sln|add|remove|list|nuget', stdout: 'bounded', stderr: 'bounded', says: 'prints the SDKs and runtimes, or edits the project or solution: a few lines' },
    // deno coverage reads the profiles a test run left and prints the report (text, --lcov, --html
    // to a folder); it runs no code, so only its errors reach stderr (blind audit 38: vscode-jest-runner).
    { command: 'deno coverage', stdout: 'unbounded', stderr: 'bounded', says: 'prints the coverage report of the profiles it reads, and only its errors on stderr' },
    { command: 'make|gmake|cmake|ninja|meson|scons|bazel|gcc|g++|cc|c++|clang|clang++|rustc|cargo|javac|mvn|gradle|gradlew|ant|msbuild|dotnet|npm|npx|yarn|pnpm|bun|deno|tsc|webpack|pip|pip3|apt|apt-get|yum|dnf|pacman|brew|docker|podman|kubectl|ssh|su|runuser|xargs|parallel|electron|vagrant|ansible|ansible-playbook', stdout: 'unbounded', stderr: 'unbounded', says: 'builds, installs or runs other programs: both streams can grow' },
    // osascript prints on stdout only the value its AppleScript ends with (`tell application
    // "Terminal" to do script ...` answers with a tab, `activate` with nothing), and `log` lines on
    // stderr; `do shell script` returns a shell command's whole output as that value, so a script
    // that shows one in its readable text (-e) can print without bound. A script file is not read.
    { command: 'osascript', when: ['/\\bdo shell script\\b/'], stdout: 'unbounded', stderr: 'bounded', says: 'returns the output of a shell command and prints it' },
    { command: 'osascript', when: ['-e'], stdout: 'bounded', stderr: 'bounded', says: 'prints the value its inline AppleScript ends with' },
    // JavaScript for Automation (`-l JavaScript`, a `.js` script) writes console.log on stderr: a
    // script that reports as it goes does so there. An AppleScript writes there only its error and
    // the lines of `log`, a debugging aid of Script Editor that scripts run by programs seldom keep
    // (blind audit 34: vscode-cnb's clipboard script, stderr never read).
    { command: 'osascript', when: ['-l /^JavaScript$/', '/\\.(js|jxa)$/'], stdout: 'bounded', stderr: 'unbounded', says: 'runs JavaScript for Automation: the value its script ends with on stdout, its console.log lines on stderr' },
    { command: 'osascript', stdout: 'bounded', stderr: 'bounded', says: 'prints the value its AppleScript ends with on stdout, and its errors on stderr' },
    // A script run by its path (`./collect-logs.sh`, `tools/build.py`) is an interpreter running it.
    { command: '*.sh|*.bash|*.zsh|*.ksh|*.py|*.pl|*.rb|*.js|*.mjs|*.cjs|*.php|*.ps1', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a script whose output can grow' },
    // `python -m PyInstaller` is pyinstaller run as a module: its build log on stderr, little on
    // stdout (audit 9: byob's generators.py reads stderr line by line and leaves stdout).
    { command: 'python|python2|python3|pypy|pypy3', also: ['-m /^(PyInstaller|pyinstaller)$/'], stdout: 'bounded', stderr: 'unbounded', says: 'runs PyInstaller, which logs its build on stderr and prints little on stdout' },
    // DynamoDB Local (`java -Djava.library.path=.../DynamoDBLocal_lib -jar DynamoDBLocal.jar`)
    // serves until it is stopped and logs on stdout (serverless-dynamodb-local#219, fixed in
    // rynop/dynamodb-local #46 "fixes hangs" by not piping it; audit 10: dynamodb-localhost).
    { command: 'java', when: ['?/DynamoDBLocal/'], stdout: 'unbounded', stderr: 'unbounded', serves: true, says: 'runs DynamoDB Local, which serves until it is stopped and logs on stdout' },
    // `java -version` prints three lines (on stderr; `--version` on stdout) and exits, whatever
    // `-D` properties come before it (audit 12: firebase-tools checkJavaMajorVersion). A `-version`
    // after `-jar app.jar` is the program's own option: rare enough to read as the probe.
    { command: 'java', when: ['-version', '--version', '-fullversion'], stdout: 'bounded', stderr: 'bounded', says: 'prints its version' },
    // Interpreters and shells run code whose output nobody can bound.
    { command: 'python|python2|python3|pypy|pypy3|perl|ruby|node|nodejs|php|bash|sh|dash|zsh|ksh|java|lua|Rscript|powershell|pwsh|powershell.exe|cmd|cmd.exe', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a program whose output can grow' },
];
// ffmpeg's video encoder, named: `-c:v libx264`, `-vcodec libvpx-vp9`, not `copy` or an image codec.
const VIDEO_CODEC = '/^(?!(copy|libwebp|libwebp_anim|webp|png|apng|mjpeg|jpeg|gif|bmp|tiff)$)[\\w-]+$/';
const VIDEO_ENCODER = ['-c:v', '-vcodec', '-codec:v'].map((o) => `${o} ${VIDEO_CODEC}`);
// A start point that is a whole file system or one of its large trees (`/`, `/usr`, `~`).
const FIND_SYSTEM_ROOT = ['/^(\\/|~|\\/(home|root|usr|var|opt|etc|lib|srv|mnt|media|nix|proc|sys|Users|Volumes|Library|System|Applications))\\/?$/'];
const FIND_WILDCARD_TESTS = [...NAME_TESTS.map((t) => `${t} ?/[*?[]/`), ...['-regex', '-iregex'].map((t) => `${t} ?/[*+?[|]/`)];
/** The pace a time-paced line gives a command's output (CommandOutput.pace), or undefined. */
export function paceOf(entry) {
    return entry.perSecond ? { perSecond: entry.perSecond, doing: entry.doing ?? 'working', lasts: entry.lasts ?? LONG_INPUT_LASTS } : undefined;
}
/**
 * A download lasts minutes: a video of hours comes at many times its running time, a clip in
 * seconds, and a progress line a second passes 200 KiB only after half an hour. Blind audit 44
 * judged all three findings that needed 28 to 107 minutes of downloading false (this_vid2-discord's
 * Reddit and Twitter clips through youtube-dl, one web page through curl); an encode runs at the
 * speed of the machine on the whole video, and audit 4 judged handbrake-js's 47 to 71 minutes real.
 */
const DOWNLOAD_LASTS = 20 * 60;
/**
 * An encode of a file ends with the file: a clip, an upload, a sticker or a timelapse of snapshots
 * in seconds to minutes, an episode at a slow preset in half an hour; a film takes an hour or more,
 * but an ffmpeg line does not say its input is one. Blind audit 46 judged ESP32-Camera's timelapse
 * (`-c:v libx264` over a folder of snapshots, 76 to 117 minutes to pass 1 MiB) false; under the
 * 200 KiB of Node before 12 (15 minutes) such an encode passes the limit (audit 5: node-ffmpeg).
 * HandBrakeCLI's input is a film or a disc, what it is for, and a live input runs for good: their
 * lines say so (LONG_INPUT_LASTS).
 */
const ENCODE_LASTS = 30 * 60;
/** A run as long as the two hours the rules look at: a film's encode, a live input (commands.data.ts `lasts`). */
export const LONG_INPUT_LASTS = 2 * 3600;
export const SCALING = [
    { command: 'find', when: WIN_FIND, scales: false, says: 'is Windows find, a line filter: it walks no tree' },
    { command: 'find', when: ['-delete'], scales: false, says: 'prints nothing' },
    { command: 'find', when: ['-quit'], scales: false, says: 'stops at the first file it finds' },
    { command: 'find', when: ['-maxdepth /^[01]$/'], scales: false, says: 'lists one directory at most' },
    // A name test prints only the files it selects: a pattern with a wildcard selects a share of
    // the tree (`-name '*.js'`), a name without one only the few files of that name, wherever they
    // are (also when the name is only known at run time: it is what the code looks for).
    // The tree decides how much against maxBuffer (1 MiB, some 15,000 paths): a whole file system
    // (`find /`, `find /usr`) passes it; a folder of the project (`find src -name '*.ts'`, a
    // configured tests folder) is far below it on most runs (`nearBuffer`: can-grow). Audits 5-38: of
    // the JS find sites under maxBuffer, the one real was `find /`; the 6 over a project folder were
    // not (cloving-cli's tests and source folders, codecov-node's root, vscode-arduino's cwd).
    { command: 'find', when: FIND_SYSTEM_ROOT, also: [`/^(${NAME_TESTS.join('|')})$/ ?/[*?[]/`], scales: true, says: 'prints every file of the file system that the pattern matches' },
    { command: 'find', when: FIND_SYSTEM_ROOT, also: ['/^-i?regex$/ ?/[*+?[|]/'], scales: true, says: 'prints every file of the file system that the pattern matches' },
    { command: 'find', when: FIND_WILDCARD_TESTS, scales: true, nearBuffer: true, says: 'prints only the files that the pattern matches, a number that grows with the tree' },
    // `-name .git -prune -o -print`: every file outside the pruned directories.
    { command: 'find', when: ['-prune'], scales: true, nearBuffer: true, says: 'prints every file outside the directories it prunes' },
    { command: 'find', when: [...NAME_TESTS, '-regex', '-iregex'].map((t) => `${t} ?/./`), scales: false, says: 'prints the files of that name that it finds' },
    // Words the code adds past the start point, not known here (`[root].concat(patterns)`, `[dir,
    // ...tests]`): they are the code's tests, which select the few files it looks for as often as a
    // share of the tree (audit 20: codecov-node's report search, a name list in a variable).
    { command: 'find', when: ['?/^\uE000+$/ ?/^\uE000+$/'], scales: false, says: 'prints what tests not known here select' },
    { command: 'find', when: FIND_SYSTEM_ROOT, scales: true, says: 'prints a line per file of the file system it walks' },
    { command: 'find', when: ['-type d'], scales: true, nearBuffer: true, says: 'prints a line per directory it walks' },
    { command: 'find', scales: true, nearBuffer: true, says: 'prints a line per file it walks' },
    { command: 'rg|ag|ack', scales: true, says: 'prints a line per match in the tree it searches' },
    { command: 'tree', scales: true, says: 'prints a line per file it walks' },
    // locate(1) walks nothing: it prints the paths of its index that match the pattern, and a
    // pattern without a wildcard matches the paths that contain it, a few for the path or the name
    // the code looks for (audit 18: systeminformation's `locate bin/postgres`), as find's name test
    // does; a wildcard or a regular expression can match a share of the whole index.
    { command: 'locate|plocate|mlocate', when: ['-r', '--regex', '--regexp', '/^--regexp?=/'], scales: true, says: 'prints every path of its index that the regular expression matches' },
    { command: 'locate|plocate|mlocate', when: ['?/^[^-*?[\\]][^*?[\\]]*$/'], scales: false, says: 'prints the paths of its index that contain the text it is given' },
    { command: 'locate|plocate|mlocate', scales: true, says: 'prints every path of its index that the pattern matches' },
    { command: 'grep|egrep|fgrep', when: ['-r', '-R', '--recursive', '--dereference-recursive'], scales: true, says: 'prints every match in the tree' },
    { command: 'ls', when: ['-R', '--recursive'], scales: true, says: 'lists the whole tree' },
    // git log: a count written in the source bounds it (ten commits even with their files or
    // diffs, a thousand as one line each); a count only known at run time does not. A diff or a
    // file list per commit grows with the size of each commit too.
    { command: 'git log|rev-list|reflog|shortlog|whatchanged', when: COUNT('([1-9]|10)'), scales: false, says: 'prints the last few entries' },
    { command: 'git log|whatchanged', when: ['-p', '--patch', '-u', '--stat', '--numstat', '--name-only', '--name-status', '--raw', '--summary'], scales: true, says: 'prints the files or the diff of every commit it lists, growing with the history' },
    { command: 'git log|rev-list|reflog|shortlog|whatchanged', when: [...COUNT('([1-9]\\d{0,2}|1000)'), '--count'], scales: false, says: 'prints a line per entry, a thousand at most' },
    { command: 'git diff|log|show|format-patch|diff-index|diff-tree|diff-files|range-diff', when: ['--output'], scales: false, says: 'writes to the file --output names' },
    { command: 'git diff', when: ['--quiet', '-s', '--no-patch', '--shortstat'], scales: false, says: 'prints a summary line at most' },
    // A file list of the changes, a line of 20 to 60 bytes per changed file: 1 MiB is 20,000 files
    // or more, far past a commit's or a working tree's changes in practice (judged `not` five times
    // in audits 7, 14, 19, 20 and 22: cz-cli, pretty-quick, morituri, gitlab-ci-local, git-cz).
    { command: 'git diff|diff-index|diff-tree|diff-files', when: ['--name-only', '--name-status', '--stat', '--numstat'], scales: false, fitsBuffer: true, says: 'prints a line per changed file' },
    // A revision range lists the commits since a release or a bump (release notes, a changelog),
    // not the whole history: a line or a message per commit (audit 18: x-minecraft-launcher). `A..`
    // is `A..HEAD` (blind audit 44: action-tag-and-release's `git shortlog ${prevTag}..`); a bare
    // `HEAD` or a ref alone is the whole history and still grows.
    { command: 'git log|rev-list|shortlog|whatchanged', when: ['/^[^\\s/.][^\\s/]*?[^\\s/.]\\.\\.\\.?(?:[^\\s/.][^\\s/]*)?$/'], scales: false, says: 'lists the commits of a range' },
    // git's transfer commands name each ref they update (a line of about 60 bytes) and, when not
    // on a terminal, report progress only with --progress (a few hundred lines at most): past a
    // pipe's 64 KiB for a fetch of a thousand new tags (audit 6: ptf), never near 1 MiB (audit 16:
    // napi-rs `git fetch origin`). `git pull` also prints the merge's diffstat on stdout.
    { command: 'git fetch|clone|push|remote', scales: false, fitsBuffer: true, says: 'names the refs it updates' },
    { command: 'git submodule update|init|sync', scales: false, fitsBuffer: true, says: 'names the refs it updates' },
    // A listing of tags or branches is a line of 20 to 60 bytes per ref: 200 KiB is 3,000 to
    // 10,000 refs, far more than a repository holds in practice (audit 18: gulp-git `tag.js`,
    // `branch.js`; audit 16: auto's branch list).
    { command: 'git tag|branch', scales: false, fitsBuffer: true, says: 'lists the tags or branches' },
    // git-clean(1) names each path it removes, an untracked directory as one line (-d), and never
    // the files inside one it leaves (without -d): a line of 20 to 60 bytes per untracked entry of a
    // tracked directory, 3,000 to 10,000 of them in 200 KiB (audit 18: gulp-git `clean.js`).
    { command: 'git clean', scales: false, fitsBuffer: true, says: 'names each untracked file or directory it removes' },
    // A registry query (COMMANDS): 206 KB for typescript's 3,481 versions, the most of any package we measured.
    { command: 'npm|pnpm|yarn view|show|info|v', scales: false, fitsBuffer: true, says: "prints the registry's metadata of a package" },
    { command: 'git ls-files', when: ['--error-unmatch'], scales: false, says: 'names the files it is given' },
    // The changes of the work tree, not the repository: modified, deleted, unmerged files, and the
    // untracked ones .gitignore does not exclude, a line each (audit 24: angular-cli's `ls-files -m
    // -d -o --exclude-standard` before `ng update`; audits 16, 18, 19: `-o --exclude-standard`, `-m`).
    // Untracked files without --exclude-standard include the ignored ones (node_modules): they grow.
    { command: 'git ls-files', when: ['-o', '--others'], also: ['--exclude-standard'], scales: false, fitsBuffer: true, says: 'prints a line per changed or untracked file' },
    { command: 'git ls-files', when: ['-o', '--others'], scales: true, says: 'prints every untracked file, the ignored ones too' },
    { command: 'git ls-files', when: ['-m', '--modified', '-d', '--deleted', '-u', '--unmerged', '-k', '--killed'], scales: false, fitsBuffer: true, says: 'prints a line per changed file' },
    // The root commits: one in nearly every repository, a few where histories were joined (audit
    // 24: astro's telemetry takes the first commit's id).
    { command: 'git rev-list', when: ['--max-parents=0'], scales: false, says: 'prints the root commits' },
    // git grep naming only the files that match, or a count per file: a line of 20 to 60 bytes per
    // matching file, not per match (audit 24: qunit's `git grep --name-only -i unreleased docs/`).
    { command: 'git grep', when: ['-l', '--files-with-matches', '--name-only', '-L', '--files-without-match', '-c', '--count', '-q', '--quiet'], scales: false, says: 'prints a line per matching file' },
    // A reflog is a line per update of the ref here (a commit, a reset, a checkout), and git gc
    // expires entries older than 90 days (30 for unreachable ones): it grows with recent activity
    // on one clone, not with the repository (blind audit 42: git-statistical's `git reflog show
    // --date=iso ${branch}`, judged small).
    { command: 'git reflog', scales: false, fitsBuffer: true, says: 'prints a line per update of the ref in the last 90 days' },
    // git-ls-tree(1) lists one tree object: without -r it does not descend into the trees it
    // meets, so it prints the top level, or only the entries the paths it is given name (a file: its
    // one line; a directory: its own entry, or its entries one level down with a trailing slash),
    // not the repository (blind audit 46: release-please's `git ls-tree ${ref} ${path}`, a test that
    // a file exists). With -r it walks the whole tree.
    { command: 'git ls-tree', when: ['-r'], scales: true, says: 'lists every file of the tree' },
    { command: 'git ls-tree', scales: false, fitsBuffer: true, says: 'lists the entries of one level of the tree, or of the paths it names' },
    { command: 'git log|rev-list|reflog|shortlog|whatchanged|diff|ls-files|grep', scales: true, says: 'prints output that grows with the repository' },
    // git-show(1) of `<rev>:<path>` prints that file as it was at the revision: as large as the
    // file. A lockfile or a minified bundle passes a megabyte in a large project (audit 16:
    // `git show BASE:package-lock.json`); so can any file when the path is known only at run time
    // (the file the caller names, \uE000 = PLACEHOLDER; audit 14: danger-js). Any other path written
    // here names one file of the project's own, the size its maintainers see (blind audit 34:
    // vscode-csharp's `git show ${commit}:package.json`, 232 KiB).
    { command: 'git show', when: [`?/^[^-][^:]*:(.*\\/)?(${LOCKFILES})$/`], scales: true, document: true, says: 'prints a lockfile or a bundle as it was at that revision, whole: past a megabyte in a large project' },
    { command: 'git show', when: ['?/^[^-][^:]*:.*\uE000/'], scales: true, document: true, says: 'prints a file of the repository as it was at that revision, whole: as large as the file' },
    { command: 'git show', when: ['?/^[^-][^:]*:[^\uE000]+$/'], scales: false, fitsBuffer: true, says: 'prints one file of the project as it was at that revision' },
    // git-blame(1) (and git-annotate) prints every line of the file with its commit, author and
    // date in front: the file and some 70 bytes a line more (measured: 100 to 195 bytes a line over
    // this project's own files, 143 over the file of blind audit 36's vs-code-extension-for-git-blame,
    // `git blame ${fileName}` of the editor's file), so a file of 5,000 to 10,000 lines passes 1 MiB,
    // and a lockfile or a generated file of the workspace has more. --line-porcelain adds a header
    // per line (600 to 900 bytes a line). A range (`-L n,+1`, audit 36: vscode-git-line-blame)
    // prints those lines only, --incremental a record per run of lines from one commit. A path
    // written here names a file of the project's own.
    { command: 'git blame|annotate', when: ['-L', '/^-L./', '/^--line-range/', '--incremental'], scales: false, says: 'prints the lines it is asked for' },
    { command: 'git blame|annotate', when: ['?/^(?!-).*\uE000/'], scales: true, document: true, says: 'prints every line of the file with its commit, author and date, some 70 bytes a line more than the file (hundreds with --line-porcelain): a file of 5,000 to 10,000 lines passes 1 MiB' },
    { command: 'git blame|annotate', scales: false, fitsBuffer: true, says: 'prints every line of a file of the project with its commit' },
    // docker-logs(1) without --tail or --since prints the container's whole log, both streams as the
    // container wrote them: it grows for as long as the container has run, every request a server
    // logs, every console.log of a function it ran (audit 12: serverless's invoke local, which
    // shows the function's logs). The last lines or a stretch of time are bounded by what is asked.
    { command: 'docker|podman logs', when: ['--tail', '-n', '/^--tail=/', '--since', '/^--since=/', '--until', '/^--until=/'], scales: false, says: 'prints the last lines or a stretch of the log' },
    { command: 'docker|podman logs', scales: true, says: 'prints the whole log of the container, which grows for as long as the container runs' },
    // kubectl-get(1) with `-o json` or `-o yaml` prints every object it lists whole (status, spec,
    // managed fields): 5 to 15 KiB a pod, so a namespace of some hundred pods passes 1 MiB (blind audit
    // 40: snuggs's `kubectl get pods -o json`). One object named (`get pod NAME`, `pod/NAME`) is one
    // such object. kubectl-logs(1) without --tail, --since or --limit-bytes prints the pod's whole log,
    // as docker logs does.
    { command: 'kubectl get', when: ['/^(?!get$)[a-z][\\w.-]*$/ ?/^[^-]/', '/^[a-z][\\w.-]*\\/./'], scales: false, says: 'prints the object it names' },
    { command: 'kubectl get', when: ['-o /^(json|yaml)$/', '/^-o(json|yaml)$/', '/^--output=(json|yaml)$/'], scales: true, says: 'prints every object it lists whole, 5 to 15 KiB a pod in JSON or YAML: some hundred pods pass 1 MiB' },
    { command: 'kubectl logs', when: ['--tail', '/^--tail=/', '--since', '/^--since=/', '/^--since-time=/', '/^--limit-bytes=/'], scales: false, says: 'prints the last lines or a stretch of the log' },
    { command: 'kubectl logs', scales: true, says: 'prints the whole log of the pod, which grows for as long as the pod runs' },
    // Listings of a tree or an archive.
    { command: 'du', when: ['-s', '--summarize', '/^--max-depth=[01]$/', '-d 0', '-d 1'], scales: false, says: 'prints a total' },
    { command: 'docker-machine|docker-machine.exe', when: ['-D', '--debug'], scales: true, says: 'logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)' },
    { command: 'du', scales: true, says: 'prints a line per directory it walks (per file with -a)' },
    { command: 'tar', when: ['-v', '--verbose', '-t', '--list', '/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/'], scales: true, says: 'names every file of the archive' },
    { command: 'unzip', when: ['-l', '-v', '-Z'], scales: true, says: 'names every file of the archive' },
    { command: 'zipinfo', scales: true, says: 'names every file of the archive' },
    { command: 'rsync', when: ['-v', '--verbose', '--progress', '-P', '-i', '--itemize-changes', '--list-only'], scales: true, says: 'names every file it copies' },
    // nmap(1) prints a few lines per host it finds up and per open port: one host or a small network
    // stays small, a list of targets (-iL), random targets (-iR) or a large range (a /16: 65,536
    // addresses) prints a report per live host, megabytes with -v, -sV or scripts (blind audit 40:
    // penmode3-plugin, whose console runs nmap with any arguments its user types).
    { command: 'nmap', when: ['-iL', '-iR', '/\\/(8|9|1[0-9])$/'], scales: true, says: 'prints a report for every live host of the targets it scans: a list of targets or a large range (a /16) passes 1 MiB' },
    // Wireless scans grow with the air around: `iw dev IF scan` prints every BSS in range with its
    // capabilities (HT, VHT, HE, RSN, WPS), 2 to 5 KB each. 50 to 100 networks in an office or a
    // block of flats pass the 200 KiB Node gave exec before version 12; 1 MiB takes some 250
    // (audit 10: wireless-tools).
    { command: 'iw', when: ['scan'], scales: true, says: 'prints 2 to 5 KB for every access point in range: 50 to 100 networks in an office pass 200 KiB, some 250 pass 1 MiB' },
    // Progress that grows with time. HandBrakeCLI's main loop (test/test.c) waits up to 100 ms
    // on stdin and 200 ms more, then prints `\rEncoding: task 1 of 1, 12.34 % (45.67 fps, avg
    // 50.12 fps, ETA 00h12m34s)` (~75 bytes) on stdout: 3 to 5 lines a second. ffmpeg prints its
    // stats line (`frame= ... speed=1.2x`, 75 to 115 bytes) on stderr every 0.5 s (-stats_period)
    // unless -nostats, or a log level below info without -stats. curl's progress meter: a line of
    // ~80 bytes about once a second on stderr (110 bytes a second measured, curl 7.88). youtube-dl
    // and yt-dlp print a progress line per block, and size their blocks to about a second of download.
    // wget's dots (a line per 50 KiB, 1.5 KiB of log per MiB downloaded) grow with the data: 1 MiB
    // of log is some 670 MiB of download, so it is left out.
    { command: 'HandBrakeCLI|HandbrakeCLI|handbrakecli', when: ['-z', '--preset-list', '--preset-export', '--scan', '-u', '--update', '--version', '-h', '--help'], scales: false, says: 'prints a list or its version and ends' },
    { command: 'HandBrakeCLI|HandbrakeCLI|handbrakecli', scales: true, says: 'prints a progress line 3 to 5 times a second while it encodes', perSecond: [245, 375], doing: 'encoding', lasts: LONG_INPUT_LASTS },
    { command: 'ffmpeg', when: ['-nostats', '-loglevel /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/', '-v /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/', ...FFMPEG_FEW_FRAMES, '-version', '-formats', '-codecs', '-encoders', '-decoders', '-filters', '-devices', '-protocols', '-pix_fmts', '-hwaccels', '-buildconf'], scales: false, says: 'prints no stats line' },
    { command: 'ffmpeg', lastAfter: '-i', scales: false, says: 'only describes its input' },
    // A live input (a camera over RTSP or RTMP, a capture device, `-re`, a looped or listening
    // input) runs for as long as its source does, hours or for good, and prints the stats line
    // every half second all along, stream copy included (audit 22: PetCam's and Shinobi's RTSP
    // relays, ffmeg's and cloudscope's v4l2 cameras). An HTTP input is as often a file to fetch.
    // Above the encoder's line: a camera encoded with libx264 runs for good, not for an encode's length.
    { command: 'ffmpeg', when: FFMPEG_LIVE_INPUT, scales: true, says: 'prints its stats line every half second for as long as its live input runs', perSecond: [150, 230], doing: 'relaying a live stream', lasts: LONG_INPUT_LASTS },
    // An hour of ffmpeg is an encode of a long video: a video encoder named (not `copy`, which
    // remuxes at many times real time, nor an image codec). Audio, stickers, thumbnails and remuxes
    // end within minutes, and an encode of a file ends with the file: nothing in the line says it is
    // a film, so its long run is ENCODE_LASTS.
    { command: 'ffmpeg', when: VIDEO_ENCODER, scales: true, says: 'prints its stats line every half second while it encodes', perSecond: [150, 230], doing: 'encoding', lasts: ENCODE_LASTS },
    { command: 'curl', when: ['-s', '--silent'], scales: false, says: 'prints no progress meter' },
    { command: 'curl', scales: true, says: 'prints its progress meter on stderr about once a second', perSecond: [80, 110], doing: 'downloading', lasts: DOWNLOAD_LASTS },
    // The info JSON (`-j` prints a line per video, `-J` one document for the whole URL) holds every
    // format with its full URL and headers, and the subtitles and automatic captions (some 150
    // languages, 6 formats each, a long URL apiece): several hundred KB for one YouTube video, 1.5 MB
    // in youtube-dl#11856; the 200 KiB Node gave exec before version 12 was passed by single videos
    // (node-youtube-dl#126, #128, #173). A playlist, a channel or a search holds that once per entry
    // (node-youtube-dl#67, #181; PeerTube#5226: a channel of 200 videos past even execa's 100 MB).
    // --flat-playlist lists the entries in brief (about a KB each). With --no-playlist only the one
    // video is described: of the order of 1 MiB, past it for some videos and far below for most, which
    // no report measures for today's yt-dlp: `can-grow` (nearBuffer), not reported by default.
    { command: 'youtube-dl|yt-dlp|youtube-dlc|yt-dlx', when: ['-j', '--dump-json', '-J', '--dump-single-json'], also: ['--flat-playlist'], scales: false, says: 'lists the entries of a playlist in brief' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc|yt-dlx', when: ['-j', '--dump-json', '-J', '--dump-single-json'], also: ['--no-playlist'], scales: true, document: true, nearBuffer: true, what: 'the description in JSON of one video', says: 'prints every format and the automatic captions in some 150 languages: several hundred KB for a YouTube video, past 1 MiB for some' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc|yt-dlx', when: ['-j', '--dump-json', '-J', '--dump-single-json'], scales: true, document: true, what: 'the description in JSON of every video a URL names', says: 'prints every format and the automatic captions in some 150 languages: several hundred KB for one YouTube video, past 1 MiB for some, and that once per entry of a playlist, a channel or a search' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc', when: ['-q', '--quiet', '--no-progress', '-s', '--simulate', '--skip-download', '-j', '--dump-json', '-J', '--dump-single-json', '-g', '--get-url', '-e', '--get-title', '--get-id', '--get-filename', '--get-duration', '--get-format', '--get-thumbnail', '--get-description', '-F', '--list-formats', '--list-extractors', '-U', '--update', '--print', '-O'], scales: false, says: 'prints no progress' },
    { command: 'youtube-dl|yt-dlp|youtube-dlc', scales: true, says: 'prints a progress line about once a second while it downloads', perSecond: [60, 120], doing: 'downloading', lasts: DOWNLOAD_LASTS },
    // Document converters print the whole converted document on stdout: it grows with the document
    // a user hands in (antiword(1), catdoc(1), unrtf(1): "writes to standard output"; pdftotext(1)
    // and odt2txt(1) only when the output named is `-` or none; pandoc(1) unless -o/--output). pdftotext and its kin take long options after one dash
    // (`-layout`, `-nopgbrk`), so their single letters are matched whole, never as a cluster.
    { command: 'antiword|catdoc|catppt|xls2csv|unrtf|pandoc|pdftotext|pdftohtml|odt2txt|docx2txt|html2text|lynx|w3m|elinks', when: ['/^-(v|h|o|help|version)$/', '--version', '--help', '--output', '--list'], scales: false, says: 'prints a version or its help, or writes to the file it names' },
    { command: 'pdftotext', when: ['-'], document: true, scales: true, says: 'prints the text of the whole document on stdout' },
    { command: 'pdftohtml', when: ['-stdout'], document: true, scales: true, says: 'prints the whole document as HTML on stdout' },
    { command: 'lynx|w3m|elinks', when: ['-dump'], document: true, scales: true, says: 'prints the whole page as text on stdout' },
    { command: 'antiword|catdoc|catppt|xls2csv|unrtf|pandoc|odt2txt|html2text', document: true, scales: true, says: 'prints the whole converted document on stdout' },
    // Graphviz renders the graph it is given on stdout unless -o names a file: an SVG or a PostScript grows with the
    // graph, thousands of nodes for a large project's dependency graph (audit 28: dependency-cruiser's `dot -Tsvg`).
    { command: 'dot|neato|fdp|circo|twopi|sfdp', when: ['/^-o/', '/^--output/', '/^-O$/', '-V', '-?'], scales: false, says: 'writes the image to a file, or prints its version' },
    { command: 'dot|neato|fdp|circo|twopi|sfdp', document: true, scales: true, says: 'prints the whole rendered graph on stdout' },
    // tesseract(1): `tesseract imagename|imagelist|stdin outputbase|stdout [configfile...]`: an output base `stdout`
    // or `-` prints the recognised text (or the hOCR, TSV, ALTO of the `hocr`/`tsv`/`alto` configs) on stdout, one
    // page after another for a list of images: as long as the document.
    { command: 'tesseract', when: ['--version', '-v', '--help', '-h', '--list-langs', '--print-parameters'], scales: false, says: 'prints its version, its help or a list and ends' },
    { command: 'tesseract', when: ['stdout', '-'], document: true, scales: true, says: 'prints the text it recognises on stdout, a page per image' },
    // Go tools given a package pattern (`./...`, `all`) walk every package below it.
    { command: 'go list|vet|build|test|install|doc|generate|mod', when: ['/\\.\\.\\.$/', 'all'], scales: true, says: 'reports on every package of the pattern' },
    { command: 'golint|staticcheck|errcheck|revive|golangci-lint|gometalinter|ineffassign', when: ['/\\.\\.\\.$/'], scales: true, says: 'reports on every package of the pattern' },
    { command: 'go-symbols', scales: true, says: 'prints every symbol of the workspace that matches the query' },
    { command: 'guru referrers|callers|callstack|peers', scales: true, says: 'prints a line per reference across the workspace' },
];
export const WRAPPERS = [
    { name: 'sudo', valued: ['-u', '-g', '-C', '-p', '-U', '-h', '-r', '-t', '-T', '-D', '-R'], positionals: 0, queries: ['-l', '-v', '-k', '-K', '-V'] },
    { name: 'doas', valued: ['-u', '-C'], positionals: 0 },
    { name: 'nohup', valued: [], positionals: 0 },
    { name: 'env', valued: ['-u', '-C', '-S', '--unset', '--chdir'], positionals: 0 },
    { name: 'nice', valued: ['-n', '--adjustment'], positionals: 0 },
    { name: 'ionice', valued: ['-c', '-n', '-p', '-P', '-u', '--class', '--classdata'], positionals: 0 },
    { name: 'timeout', valued: ['-k', '-s', '--kill-after', '--signal'], positionals: 1 },
    { name: 'stdbuf', valued: ['-i', '-o', '-e', '--input', '--output', '--error'], positionals: 0 },
    { name: 'exec', valued: ['-a'], positionals: 0 },
    { name: 'command', valued: [], positionals: 0, queries: ['-v', '-V'] },
    { name: 'builtin', valued: [], positionals: 0 },
    { name: 'time', valued: ['-f', '-o', '--format', '--output'], positionals: 0 },
    { name: 'setsid', valued: [], positionals: 0 },
    { name: 'chrt', valued: [], positionals: 1 },
    { name: 'taskset', valued: [], positionals: 1 },
    // Wrappers that run the rest of the line (issue 11): a password feeder, a throwaway X server
    // (its own output goes to /dev/null unless -e), privilege and sandbox changers, proxies.
    { name: 'sshpass', valued: ['-p', '-f', '-d', '-P'], positionals: 0 },
    { name: 'xvfb-run', valued: ['-n', '--server-num', '-s', '--server-args', '-f', '--auth-file', '-e', '--error-file', '-p', '--xauth-protocol', '-w', '--wait'], positionals: 0 },
    { name: 'pkexec', valued: ['--user'], positionals: 0 },
    { name: 'chroot', valued: ['--userspec', '--groups'], positionals: 1 },
    { name: 'gosu', valued: [], positionals: 1 },
    { name: 'su-exec', valued: [], positionals: 1 },
    { name: 'unbuffer', valued: [], positionals: 0 },
    { name: 'proxychains', valued: ['-f'], positionals: 0 },
    { name: 'proxychains4', valued: ['-f'], positionals: 0 },
    { name: 'torsocks', valued: ['-u', '-p', '-a', '-P'], positionals: 0 },
    { name: 'firejail', valued: [], positionals: 0 },
    { name: 'dbus-run-session', valued: ['--config-file', '--dbus-daemon'], positionals: 0 },
    { name: 'systemd-inhibit', valued: ['--what', '--who', '--why', '--mode'], positionals: 0 },
    { name: 'caffeinate', valued: ['-t', '-w'], positionals: 0 },
    { name: 'prime-run', valued: [], positionals: 0 },
    { name: 'optirun', valued: [], positionals: 0 },
];
