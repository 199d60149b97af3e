/** How much a command writes on one stream: nothing, a few lines, or without bound. */
export type OutputClass = 'none' | 'bounded' | 'unbounded';

/**
 * What commands write, one line per case. To teach popenlint a command, add a line.
 *
 * - `command`: the program, then the subcommand words that must follow it in order (options in
 *   between are skipped). `a|b` means either spelling: `'ip link|l set'`. `*` as the program
 *   matches any program (used with `exact`). Paths are reduced to their last part, and a
 *   version suffix is dropped (`/usr/bin/python3.11` is `python3.11`, then `python`).
 * - `when`: the line applies only when one of these argument words is present. `-v` also
 *   matches a cluster of short options (`-avz`), `--list` also `--list=x`, `/re/` is a regular
 *   expression tried on each word. A word interpolated at run time (`%s`, `{}`, `$x`) matches
 *   nothing, so a quiet line needs its evidence in the literal text.
 * - `exact`: the argument words must be exactly these (`git --version`).
 * - `stdout`, `stderr`: 'none' (nothing in normal operation), 'bounded' (a few lines: a
 *   version, a path, a status word, an error message), 'unbounded' (can grow past the 64 KiB a
 *   pipe holds: interpreters running scripts, builds, listings, verbose modes, servers).
 * - `says`: how messages put it, after the command: "`iptables -A` prints nothing".
 *
 * The first line that matches wins, so a verbose or listing variant goes above the quiet one.
 * A command with no matching line is assumed to write without bound.
 */
export interface CommandEntry {
  command: string;
  when?: readonly string[];
  exact?: readonly string[];
  stdout: OutputClass;
  stderr: OutputClass;
  says: string;
}

const VERBOSE = ['-v', '--verbose'];

export const COMMANDS: readonly CommandEntry[] = [
  // Probes: a version banner or a help text is a few lines.
  { command: '*', exact: ['--version'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
  { command: '*', exact: ['-V'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
  { command: '*', exact: ['-version'], stdout: 'bounded', stderr: 'bounded', says: 'prints a version line' },
  { command: '*', exact: ['--help'], stdout: 'bounded', stderr: 'bounded', says: 'prints its help' },
  { command: '*', exact: ['-h'], stdout: 'bounded', stderr: 'bounded', says: 'prints its help' },

  // Shell builtins and small status commands.
  { command: 'exit|true|false|:|sleep|cd|export|unset|umask|test|[|[[|wait|shift|trap|ulimit|set|source|.|alias|usleep', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'echo|printf|hostname|whoami|id|uname|date|pwd|basename|dirname|readlink|realpath|nproc|arch|tty|logname|getconf|lsb_release|uptime|expr|mktemp|which|type|pidof|pgrep|tput|clear|stty|locale|groups|who|users|md5sum|sha1sum|sha256sum|sha512sum|cksum|wc|stat|file|df|du|free|nslookup|host|dig', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
  { command: 'head', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
  { command: 'tail', when: ['-f', '-F', '--follow', '/^--follow=/'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the file without end' },
  { command: 'tail', stdout: 'bounded', stderr: 'bounded', says: 'prints the last lines' },

  // File utilities: quiet unless asked to be verbose.
  { command: 'mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename', when: VERBOSE, stdout: 'unbounded', stderr: 'bounded', says: 'names every file it touches' },
  { command: 'mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename|sync', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'dd', when: ['/^of=/'], stdout: 'none', stderr: 'bounded', says: 'writes to its output file and a summary to stderr' },
  { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', when: ['-c', '--stdout', '-l', '--list', '-v', '--verbose', '-t', '--test'], stdout: 'unbounded', stderr: 'bounded', says: 'writes data or a listing to stdout' },
  { command: 'gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'tar', when: ['-v', '--verbose', '-t', '--list', '/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every file' },
  { command: 'tar', when: ['-f', '/^--file=/', '/^[ctxrudAzjJp]*f[ctxrudAzjJp]*$/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'zip|unzip', when: ['-q', '-qq', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'rsync', when: ['-v', '--verbose', '--progress', '-P', '--stats', '-i', '--itemize-changes', '/^--info=/', '--list-only'], stdout: 'unbounded', stderr: 'bounded', says: 'lists every file' },
  { command: 'rsync|scp', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'mount|umount|swapon|swapoff|losetup|mkswap', when: ['-a', '--all', '--show', '-l', '-s', '--summary'], stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
  { command: 'mount|umount|swapon|swapoff', when: ['/^[^-]/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },

  // Processes.
  { command: 'kill|killall|pkill|killall5|renice|disown', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  // Launchers (editor extensions, Electron apps): they hand the file or URL over and print nothing.
  { command: 'open|xdg-open|gio|wslview|explorer|explorer.exe', stdout: 'none', stderr: 'bounded', says: 'hands the file or URL over and prints nothing' },
  // Media: ffmpeg writes its media to a file unless told `-`/`pipe:`, and logs progress on stderr.
  { command: 'ffmpeg', when: ['-', '/^pipe:/'], stdout: 'unbounded', stderr: 'unbounded', says: 'writes its media to stdout and logs its progress on stderr' },
  { command: 'ffmpeg', stdout: 'none', stderr: 'unbounded', says: 'logs its progress on stderr' },
  { command: 'ps|lsof|tasklist', stdout: 'unbounded', stderr: 'bounded', says: 'lists processes or files, and only warnings on stderr' },
  { command: 'taskkill', stdout: 'bounded', stderr: 'bounded', says: 'prints a line per process' },
  { command: 'screen', when: ['-dmS', '-dm', '/^-d+m/'], stdout: 'none', stderr: 'bounded', says: 'starts a detached session and prints nothing' },
  { command: 'tmux', when: ['-d'], stdout: 'none', stderr: 'bounded', says: 'starts a detached session and prints nothing' },

  // Network and firewall configuration: the changing forms print nothing, the listing forms can grow.
  { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', when: ['-L', '--list', '-S', '--list-rules', '/^-[a-zA-Z]*[LS][a-zA-Z]*$/'], stdout: 'unbounded', stderr: 'bounded', says: 'lists the rules' },
  { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', when: ['-A', '-I', '-D', '-R', '-N', '-X', '-F', '-P', '-Z', '-E', '-C', '--append', '--insert', '--delete', '--replace', '--new-chain', '--delete-chain', '--flush', '--policy', '--zero', '--rename-chain', '--check'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy', stdout: 'unbounded', stderr: 'bounded', says: 'may list the rules (no action flag in the literal text)' },
  { command: 'iptables-restore|ip6tables-restore|ebtables-restore|nft', when: ['-f', '/^[^-]/'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'iptables-restore|ip6tables-restore', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'iptables-save|ip6tables-save', stdout: 'unbounded', stderr: 'bounded', says: 'prints every rule' },
  { command: 'ifconfig', when: ['up', 'down', 'netmask', 'hw', 'mtu', 'promisc', '-promisc', 'broadcast', 'add', 'del', 'inet', 'inet6', 'arp', '-arp', 'txqueuelen', 'pointopoint'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'ifconfig', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
  { command: 'ifup|ifdown', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
  { command: 'ip link|l|li|addr|a|address|route|r|ro|rule|ru|neigh|n|tunnel|tun|netns|maddr|tuntap|xfrm add|del|delete|set|flush|change|replace|append|flush', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'ip netns exec', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a command' },
  { command: 'ip link|l|li|addr|a|address|neigh|n|route|r|ro|rule|ru', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
  { command: 'route', when: ['add', 'del'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'route|arp', stdout: 'bounded', stderr: 'bounded', says: 'prints a table' },
  { command: 'iwconfig|iwpriv|hciconfig|macchanger|brctl|vconfig|ethtool|tc|iw', when: ['up', 'down', 'mode', 'channel', 'essid', 'key', 'set', 'add', 'del', 'addbr', 'delbr', 'addif', 'delif', 'txpower', 'rate', '-s', '-r', '-m', '-a', 'piscan', 'noscan', 'reset', 'qdisc'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },
  { command: 'iwconfig|hciconfig|brctl', stdout: 'bounded', stderr: 'bounded', says: 'prints the interfaces' },
  { command: 'airmon-ng', stdout: 'bounded', stderr: 'bounded', says: 'prints a table of interfaces' },
  { command: 'sysctl', when: ['-q', '--quiet'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'sysctl', when: ['-a', '-A', '-X', '--all'], stdout: 'unbounded', stderr: 'bounded', says: 'prints every setting' },
  { command: 'sysctl', stdout: 'bounded', stderr: 'bounded', says: 'prints the settings it reads or writes' },
  { command: 'modprobe|rmmod|insmod|depmod', when: VERBOSE, stdout: 'unbounded', stderr: 'bounded', says: 'logs what it does' },
  { command: 'modprobe|rmmod|insmod|depmod', stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'lsmod', stdout: 'bounded', stderr: 'bounded', says: 'prints the loaded modules' },

  // Services.
  { command: 'service', when: ['start', 'stop', 'restart', 'reload', 'force-reload', 'status', 'condrestart', 'try-restart', '--status-all'], stdout: 'bounded', stderr: 'bounded', says: 'prints a status line' },
  { command: 'systemctl', when: ['start', 'stop', 'restart', 'reload', 'try-restart', 'reload-or-restart', 'enable', 'disable', 'mask', 'unmask', 'kill', 'daemon-reload', 'reset-failed', 'is-active', 'is-enabled', 'is-failed', 'status', 'set-default', 'get-default', 'isolate', 'poweroff', 'reboot', 'halt', 'suspend'], stdout: 'bounded', stderr: 'bounded', says: 'prints a status line at most' },
  { command: 'initctl|start|stop|restart|reload|update-rc.d|chkconfig|rc-service|rc-update|invoke-rc.d', stdout: 'bounded', stderr: 'bounded', says: 'prints a status line' },
  { command: 'journalctl|dmesg', when: ['-f', '--follow', '-w', '--follow'], stdout: 'unbounded', stderr: 'bounded', says: 'follows the log without end' },
  { command: 'shutdown|reboot|halt|poweroff|init|telinit', stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },

  // Users and system settings.
  { command: 'useradd|userdel|usermod|groupadd|groupdel|groupmod|gpasswd|chpasswd|chsh|chfn|passwd|adduser|deluser|addgroup|delgroup|ldconfig|hwclock|timedatectl|hostnamectl|loadkeys|setxkbmap|xset|xrandr|amixer|pactl|notify-send|crontab|at', stdout: 'bounded', stderr: 'bounded', says: 'prints a line at most' },

  // git: the plumbing answers in a line, the rest can grow.
  { command: 'git rev-parse|symbolic-ref|describe|merge-base|hash-object|write-tree|commit-tree|mktree|var|init|checkout|switch|reset|add|rm|mv|restore|update-index|update-ref|am|apply|cherry-pick|revert|gc|prune|fetch|push|clone|worktree|stash|commit|config|remote|submodule|notes', stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
  { command: 'git', stdout: 'unbounded', stderr: 'bounded', says: 'can print a lot' },

  // Go tooling (editor extensions): `go list` reports module downloads on stderr; the helpers answer briefly.
  { command: 'gocode|gocode-gomod', when: ['close', 'exit', 'status'], stdout: 'bounded', stderr: 'bounded', says: 'answers with a line' },
  { command: 'gopkgs', stdout: 'unbounded', stderr: 'bounded', says: 'lists packages, and only errors on stderr' },

  // Capture, attack and monitoring tools: they write until stopped.
  // dnsmasq forks into the background and logs to syslog unless kept in the foreground.
  { command: 'dnsmasq', when: ['-d', '--no-daemon', '-k', '--keep-in-foreground', '/^--log-facility=-$/'], stdout: 'unbounded', stderr: 'unbounded', says: 'logs in the foreground until it is stopped' },
  { command: 'dnsmasq', stdout: 'none', stderr: 'bounded', says: 'forks into the background and logs to syslog' },
  { command: 'tcpdump|tshark|airodump-ng|aireplay-ng|aircrack-ng|ettercap|arpspoof|dnsspoof|dsniff|urlsnarf|driftnet|sslstrip|mdk3|mdk4|reaver|bully|wash|hostapd|masscan|hping3|nc|netcat|ncat|socat', stdout: 'unbounded', stderr: 'unbounded', says: 'writes until it is stopped' },
  // nmap prints a few lines per host: a scan of one host or a small network stays small; a
  // target list, verbose or tracing output can grow.
  { command: 'nmap', when: ['-iL', '-v', '-vv', '-d', '-dd', '--packet-trace', '--reason', '-iR', '/\\/(8|1[0-9])$/'], stdout: 'unbounded', stderr: 'bounded', says: 'prints a line per host and port of a large scan' },
  { command: 'nmap', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines per host' },
  { command: 'packetforge-ng|airdecap-ng|ivstools|wesside-ng', stdout: 'bounded', stderr: 'bounded', says: 'prints a few lines' },
  { command: 'ping|ping6|arping', when: ['-c', '/^-c\\d+$/', '-w', '-q'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line per probe' },
  { command: 'ping|ping6|arping', stdout: 'unbounded', stderr: 'bounded', says: 'pings until it is stopped' },
  { command: 'wget', when: ['-q', '--quiet', '-nv', '--no-verbose', '-o', '/^--output-file=/', '-b', '--background'], stdout: 'none', stderr: 'bounded', says: 'prints nothing' },
  { command: 'wget', stdout: 'none', stderr: 'unbounded', says: 'logs its progress on stderr' },
  { command: 'curl', when: ['-o', '-O', '--output', '--remote-name', '/^--output=/'], stdout: 'none', stderr: 'unbounded', says: 'saves to a file and logs its progress on stderr' },

  { command: 'dpkg', when: ['--add-architecture', '--remove-architecture', '--print-architecture', '--print-foreign-architectures', '-s', '--status', '--compare-versions', '--get-selections'], stdout: 'bounded', stderr: 'bounded', says: 'prints a line or a few' },
  // Clients that print their results on stdout and only errors on stderr.
  { command: 'svn|rpcclient|smbclient|ldapsearch|whois', stdout: 'unbounded', stderr: 'bounded', says: 'prints its results on stdout, errors on stderr' },
  { command: 'msfvenom', stdout: 'unbounded', stderr: 'bounded', says: 'writes the payload on stdout and a few lines on stderr' },

  // Interpreters and shells run code whose output nobody can bound.
  { command: 'python|python2|python3|pypy|pypy3|perl|ruby|node|nodejs|php|bash|sh|dash|zsh|ksh|java|lua|Rscript|osascript|powershell|pwsh', stdout: 'unbounded', stderr: 'unbounded', says: 'runs a program whose output can grow' },
];

/**
 * Commands whose output grows with what they walk (a tree, a repository, a workspace): on a
 * large one it runs to megabytes, past what exec()/execFile() buffer (maxBuffer, 1 MiB). Read
 * only by the rules about buffered output (POP104); lines match as in COMMANDS (first match
 * wins, so a bounded variant goes above with `scales: false`). What a command writes, and how a
 * message says so elsewhere, stays COMMANDS' business.
 */
export interface ScalingEntry {
  command: string;
  when?: readonly string[];
  exact?: readonly string[];
  scales: boolean;
  says: string;
}

export const SCALING: readonly ScalingEntry[] = [
  { command: 'find', when: ['-delete', '-quit'], scales: false, says: 'prints nothing' },
  { command: 'find|rg|ag|ack|locate|tree', scales: true, says: 'prints a line per file it walks' },
  { command: 'grep|egrep|fgrep', when: ['-r', '-R', '--recursive', '--dereference-recursive'], scales: true, says: 'prints every match in the tree' },
  { command: 'ls', when: ['-R', '--recursive'], scales: true, says: 'lists the whole tree' },
  { command: 'git log|rev-list|reflog|shortlog|whatchanged', when: ['-n', '/^-\\d+$/', '/^-n\\d+$/', '--max-count', '/^--max-count=/'], scales: false, says: 'prints the last few entries' },
  { command: 'git log|rev-list|reflog|shortlog|whatchanged|diff|ls-files|ls-tree|grep', scales: true, says: 'prints output that grows with the repository' },
  // Go tools given a package pattern (`./...`, `all`) walk every package below it.
  { command: 'go list|vet|build|test|install|doc|generate|mod', when: ['/\\.\\.\\.$/', 'all'], scales: true, says: 'reports on every package of the pattern' },
  { command: 'golint|staticcheck|errcheck|revive|golangci-lint|gometalinter|ineffassign', when: ['/\\.\\.\\.$/'], scales: true, says: 'reports on every package of the pattern' },
  { command: 'go-symbols', scales: true, says: 'prints every symbol of the workspace that matches the query' },
  { command: 'guru referrers|callers|callstack|peers', scales: true, says: 'prints a line per reference across the workspace' },
];

/** Words that run the rest of the command line: stripped before the command is looked up. */
export interface WrapperEntry {
  name: string;
  /** Options that take a value in the next word. */
  valued: readonly string[];
  /** Positional words the wrapper itself consumes before the command (`timeout 10`, `nice` has none). */
  positionals: number;
  /** With one of these options the wrapper runs nothing: `command -v x` looks a name up. */
  queries?: readonly string[];
}

export const WRAPPERS: readonly WrapperEntry[] = [
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
];
