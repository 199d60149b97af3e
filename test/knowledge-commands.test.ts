import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyArgv, classifyShell, type CommandOutput, type OutputClass } from '../src/knowledge/commands.js';
import { PLACEHOLDER } from '../src/shell.js';
import { SCALING } from '../src/knowledge/commands.data.js';

/** [shell command line, stdout class, stderr class, evidence (substring)]; `%s` stands for an interpolated value. */
const shell: [string, OutputClass, OutputClass, string][] = [
  // Firewall and network configuration: the changing forms print nothing.
  ['iptables -A INPUT -s %s -j DROP', 'none', 'bounded', '`iptables -A` prints nothing'],
  // tor's one-shot commands exit; tor alone serves (audit 27: Mailpile's --hash-password).
  ['tor --hush --hash-password %s', 'bounded', 'bounded', 'runs one command'],
  ['tor -f /etc/tor/torrc', 'unbounded', 'unbounded', 'serves until it is stopped'],
  // tshark -v prints its version; tcpdump -v is verbose (audit 27: cowrie's vendored ja4).
  ['tshark -v', 'bounded', 'bounded', 'prints its version'],
  // msfvenom: the payload and the format decide the size (audit 27: Winpayloads's stagers, -f python).
  ['msfvenom -p windows/meterpreter/reverse_tcp LHOST=%s LPORT=%s -f python -e x86/shikata_ga_nai', 'bounded', 'bounded', 'writes a stager or a single payload'],
  ['msfvenom -p windows/shell_reverse_tcp LHOST=%s -f c', 'bounded', 'bounded', 'a few KB in any text format'],
  ['msfvenom --payload=linux/x86/shell_reverse_tcp LHOST=%s --format=elf', 'bounded', 'bounded', 'a few KB'],
  ['msfvenom -p windows/meterpreter_reverse_tcp LHOST=%s -f python', 'unbounded', 'bounded', 'stageless meterpreter'],
  ['msfvenom -p windows/%s/meterpreter_reverse_https LHOST=%s', 'unbounded', 'bounded', 'stageless meterpreter'],
  ['msfvenom -p windows/meterpreter/reverse_tcp LHOST=%s -f exe', 'unbounded', 'bounded', 'built on a template'],
  ['msfvenom -p windows/meterpreter/reverse_tcp LHOST=%s --format=msi', 'unbounded', 'bounded', 'built on a template'],
  ['msfvenom -p windows/shell_reverse_tcp -x putty.exe -f exe-only', 'unbounded', 'bounded', 'built on a template'],
  ['msfvenom -p %s LHOST=%s -f python', 'unbounded', 'bounded', '`msfvenom -p …` writes the payload chosen at run time'],
  ['msfvenom -p windows/meterpreter/reverse_tcp LHOST=%s -f %s', 'unbounded', 'bounded', 'chosen at run time'],
  ['msfvenom -p %s LHOST=%s -f exe', 'unbounded', 'bounded', 'built on a template'],
  ['msfvenom -p %s LHOST=%s -f raw -o %s', 'none', 'bounded', 'writes the payload to the file -o names'],
  ['msfvenom -l payloads', 'unbounded', 'bounded', 'lists its modules'],
  ['tshark -D', 'bounded', 'bounded', 'lists the capture interfaces'],
  ['tcpdump -v -i eth0', 'unbounded', 'bounded', 'prints a line per captured packet'],
  ['/sbin/iptables -t nat -I POSTROUTING -o %s -j MASQUERADE', 'none', 'bounded', '`iptables -I` prints nothing'],
  ['iptables --flush', 'none', 'bounded', 'prints nothing'],
  ['iptables -L -n', 'unbounded', 'bounded', '`iptables -L` lists the rules'],
  // Bibliography tools: a line per problem entry on stdout; index tools a fixed summary (audit 21: Setzer).
  ['bibtex %s', 'unbounded', 'bounded', '`bibtex` prints a line on stdout for every entry'],
  ['biber --input-directory %s %s', 'unbounded', 'bounded', '`biber` prints a line on stdout for every entry'],
  ['makeindex -s %s %s', 'bounded', 'bounded', '`makeindex` prints a short summary'],
  ['iptables -nvL INPUT', 'unbounded', 'bounded', 'lists the rules'],
  ['iptables %s', 'unbounded', 'bounded', '`iptables` may list the rules'],
  ['ip6tables -D FORWARD 1', 'none', 'bounded', 'prints nothing'],
  ['iptables-restore < rules.v4', 'none', 'bounded', 'prints nothing'],
  ['iptables-save', 'unbounded', 'bounded', 'prints every rule'],
  ['ifconfig %s up', 'none', 'bounded', '`ifconfig up` prints nothing'],
  ['ifconfig wlan0 down', 'none', 'bounded', 'prints nothing'],
  ['ifconfig', 'bounded', 'bounded', 'prints the interfaces'],
  ['ip link set %s up', 'none', 'bounded', '`ip link set` prints nothing'],
  ['ip -4 addr add 10.0.0.1/24 dev eth0', 'none', 'bounded', 'prints nothing'],
  ['ip route del default', 'none', 'bounded', 'prints nothing'],
  ['ip addr show', 'bounded', 'bounded', 'prints the interfaces'],
  ['route add default gw 10.0.0.1', 'none', 'bounded', 'prints nothing'],
  ['modprobe -r iwlwifi', 'none', 'bounded', 'prints nothing'],
  ['rmmod nf_conntrack', 'none', 'bounded', 'prints nothing'],
  ['sysctl -w net.ipv4.ip_forward=1', 'bounded', 'bounded', 'prints the settings'],
  ['sysctl -a', 'unbounded', 'bounded', 'prints every setting'],
  ['service apache2 stop', 'bounded', 'bounded', '`service stop` prints a status line'],
  ['systemctl restart nginx', 'bounded', 'bounded', 'prints a status line'],
  ['mkfifo /tmp/f', 'none', 'bounded', 'prints nothing'],
  ['kill -9 %s', 'none', 'bounded', '`kill` prints nothing'],
  ['pkill -f airodump', 'none', 'bounded', 'prints nothing'],
  ['killall dnsmasq', 'none', 'bounded', 'prints nothing'],
  // File utilities, quiet unless verbose.
  ['cp -r a b', 'none', 'bounded', '`cp` prints nothing'],
  ['cp -rv a b', 'unbounded', 'bounded', '`cp -rv` names every file'],
  ['rm -rf %s', 'none', 'bounded', 'prints nothing'],
  ['mkdir -p x && chmod 700 x', 'none', 'bounded', '`mkdir`, `chmod` print nothing'],
  ['tar czf out.tgz dir', 'none', 'bounded', 'prints nothing'],
  ['tar czvf out.tgz dir', 'unbounded', 'bounded', '`tar czvf` lists every file'],
  ['tar -xzvf x.tgz', 'unbounded', 'bounded', 'lists every file'],
  ['tar -czf x.tgz dir', 'none', 'bounded', 'prints nothing'],
  ['rsync -a src/ dst/', 'none', 'bounded', 'prints nothing'],
  ['rsync -avz src/ dst/', 'unbounded', 'bounded', 'lists every file'],
  // git: plumbing answers in a line.
  ['git rev-parse --git-dir', 'bounded', 'bounded', '`git rev-parse` prints a line'],
  ['git -C %s rev-parse HEAD', 'bounded', 'bounded', 'prints a line'],
  ['git log --oneline', 'unbounded', 'bounded', '`git` can print a lot'],
  // osascript -e prints the value its inline script ends with; `do shell script` returns a command's output.
  [`osascript -e 'tell application "Terminal" to do script "cd '%s'"' -e 'tell application "Terminal" to activate'`, 'bounded', 'bounded', '`osascript -e` prints the value its inline AppleScript ends with'],
  [`osascript -e 'do shell script "ls -R /"'`, 'unbounded', 'bounded', 'returns the output of a shell command and prints it'],
  ['osascript helper.scpt -w %s', 'bounded', 'bounded', 'prints the value its AppleScript ends with on stdout, and its errors on stderr'],
  ['osascript %s', 'bounded', 'bounded', 'prints the value its AppleScript ends with on stdout, and its errors on stderr'],
  // JavaScript for Automation writes console.log on stderr.
  ['git diff --no-index --output=%s.diff -- a b', 'none', 'bounded', '`git diff --output=` writes to the file --output names'],
  ['osascript -l JavaScript %s', 'bounded', 'unbounded', 'runs JavaScript for Automation'],
  ['osascript helper.js', 'bounded', 'unbounded', 'runs JavaScript for Automation'],
  // Windows find is a line filter (blind audit 34); Unix find under Git Bash's /c drive walks it.
  ['find /V "Caption"', 'unbounded', 'bounded', '`find /V` is Windows find'],
  ['find /c /v ""', 'unbounded', 'bounded', 'is Windows find'],
  ['find /c -name x.txt', 'bounded', 'unbounded', 'prints the few files of that name'],
  // pg_restore: a database or a file named, or words not known here that can name one.
  ['pg_restore -F c -f out.sql latest.dump', 'none', 'bounded', 'restores into the database (or writes the script to a file)'],
  ['pg_restore -F c latest.dump', 'unbounded', 'bounded', 'writes the dump to stdout'],
  ['dotnet restore %s', 'bounded', 'bounded', 'restores the packages of a project or solution'],
  ['dotnet restore -v diag', 'unbounded', 'bounded', 'logs every task of the restore'],
  ['git diff', 'unbounded', 'bounded', 'can print a lot'],
  // Probes.
  ['dot -V', 'bounded', 'bounded', '`dot -V` prints a version line'],
  ['gcc --version', 'bounded', 'bounded', 'prints a version line'],
  ['python --version', 'bounded', 'bounded', 'prints a version line'],
  // Capture tools, interpreters, unknown programs: output that can grow.
  ['tcpdump -i eth0 -w out.pcap', 'none', 'bounded', '`tcpdump -w` writes the packets to a file'],
  ['tcpdump -i eth0', 'unbounded', 'bounded', 'prints a line per captured packet'],
  ['airodump-ng wlan0mon', 'unbounded', 'unbounded', 'writes until it is stopped'],
  ['python worker.py', 'unbounded', 'unbounded', '`python` runs a program'],
  ['python3.11 -m http.server', 'unbounded', 'unbounded', '`python3.11` runs a program'],
  ['/usr/bin/perl x.pl', 'unbounded', 'unbounded', 'runs a program'],
  ['make all', 'unbounded', 'unbounded', '`make` builds, installs or runs other programs'],
  ['%s', 'unbounded', 'unbounded', 'not known statically'],
  // A directory known at run time, then a literal program name.
  ['%smsfvenom -p %s --format raw', 'unbounded', 'bounded', '`msfvenom -p …` writes the payload chosen at run time'],
  ['%s/tshark -r cap.pcap', 'unbounded', 'bounded', '`tshark -r` prints a line per frame of the saved capture'],
  ['nmap -T4 -O -e eth0 %s', 'bounded', 'bounded', '`nmap` prints a few lines per host'],
  ['nmap -sn -iL hosts.txt', 'unbounded', 'bounded', 'a large scan'],
  ['dnsmasq -C /tmp/dns.conf', 'none', 'bounded', 'forks into the background'],
  ['dnsmasq -C /tmp/dns.conf -d', 'unbounded', 'unbounded', 'logs in the foreground'],
  ['sudo dpkg --add-architecture i386', 'bounded', 'bounded', '`dpkg --add-architecture` prints a line'],
  // An unlisted program: its stdout can grow, its stderr carries diagnostics (UNLISTED); a
  // command not known statically can grow on both.
  ['frobnicate --all', 'unbounded', 'bounded', '`frobnicate` is not known to be quiet'],
  ['$CMD -A', 'unbounded', 'unbounded', 'not known statically'],
  // Bounded modes of growing tools, and growing modes of quiet ones (one pair per data line).
  ['du -sh /srv', 'bounded', 'bounded', '`du -sh` prints a total'],
  ['du /srv', 'unbounded', 'bounded', '`du` prints a line per directory'],
  ['dig example.com', 'bounded', 'bounded', 'prints a few lines'],
  ['dig axfr example.com @ns1', 'unbounded', 'bounded', '`dig axfr` lists a whole zone'],
  ['host -l example.com', 'unbounded', 'bounded', '`host -l` lists a whole zone'],
  ['head -n 5 f', 'bounded', 'bounded', 'prints a few lines'],
  ['head -n -5 f', 'unbounded', 'bounded', '`head -n -5` prints all but the last lines'],
  ['tail -n 5 f', 'bounded', 'bounded', 'prints the last lines'],
  ['tail -n +2 f', 'unbounded', 'bounded', 'prints the file from a line on'],
  ['dd if=/dev/zero of=x bs=1M count=1', 'none', 'bounded', 'a summary to stderr'],
  ['dd if=/dev/zero of=x status=progress', 'none', 'unbounded', 'reports its progress on stderr'],
  ['dd if=/dev/sda', 'unbounded', 'bounded', '`dd` copies its input to stdout'],
  ['gzip -t x.gz', 'none', 'bounded', 'prints nothing'],
  ['gzip -c x', 'unbounded', 'bounded', '`gzip -c` writes the data to stdout'],
  ['gzip -kv x', 'none', 'bounded', 'names each file it is given on stderr'],
  ['gzip -rv dir', 'none', 'unbounded', 'names every file of the tree on stderr'],
  ['gzip -l x.gz', 'bounded', 'bounded', 'prints a line per file'],
  ['zcat x.gz', 'unbounded', 'bounded', 'writes the data to stdout'],
  ['tar czf - dir', 'unbounded', 'bounded', '`tar czf -` writes the archive to stdout'],
  ['tar czvf - dir', 'unbounded', 'unbounded', 'lists every file on stderr'],
  ['tar xzf - -C src', 'none', 'bounded', 'prints nothing'],
  ['unzip -q x.zip', 'none', 'bounded', 'prints nothing'],
  ['unzip -qp x.zip a.txt', 'unbounded', 'bounded', 'lists or prints the files'],
  ['nft -f rules.nft', 'none', 'bounded', 'prints nothing'],
  ['nft list ruleset', 'unbounded', 'bounded', '`nft list` lists the ruleset'],
  ['ip monitor', 'unbounded', 'bounded', 'prints every network event'],
  ['modprobe -c', 'unbounded', 'bounded', 'prints its whole configuration'],
  ['depmod -a', 'none', 'bounded', 'prints nothing'],
  ['depmod -n', 'unbounded', 'bounded', 'writes the module index to stdout'],
  ['pactl set-sink-volume 0 50%', 'none', 'bounded', '`pactl set-sink-volume` changes the sound server and prints nothing'],
  ['pactl subscribe', 'unbounded', 'bounded', 'prints every sound event'],
  // git: fetch and pull name every updated ref on stderr, even without a terminal.
  ['cd %s; git pull', 'unbounded', 'unbounded', '`git pull` prints a diffstat of the merge on stdout and names every fetched ref on stderr'],
  ['git pull -q', 'bounded', 'bounded', 'prints errors only'],
  ['git fetch origin', 'bounded', 'unbounded', '`git fetch` names every fetched ref on stderr'],
  ['git remote update', 'bounded', 'unbounded', 'names every fetched ref'],
  ['git remote -v', 'bounded', 'bounded', 'prints a line or a few'],
  ['git clone --depth=1 %s %s', 'bounded', 'bounded', '`git clone` prints a line or a few'],
  ['git clone --progress %s', 'bounded', 'unbounded', 'reports its progress on stderr'],
  ['git push origin main', 'bounded', 'bounded', 'prints a line or a few'],
  ['git push --tags', 'bounded', 'unbounded', 'names every pushed ref'],
  ['git submodule update --init', 'bounded', 'bounded', 'prints a line or a few'],
  ['git submodule foreach git pull', 'unbounded', 'unbounded', 'runs a command in every submodule'],
  ['git stash', 'bounded', 'bounded', 'prints a line or a few'],
  ['git stash show -p', 'unbounded', 'bounded', 'lists the stashes or shows a diff'],
  ['git add .', 'bounded', 'bounded', 'prints a line or a few'],
  ['git add -v .', 'unbounded', 'bounded', '`git add -v` names every file'],
  ['git rm -r -q --cached .', 'bounded', 'bounded', 'prints errors only'],
  ['git rm -r --cached .', 'unbounded', 'bounded', 'names every file it removes'],
  ['git log -1 --format=%H', 'bounded', 'bounded', '`git log -1` prints a few commits'],
  ['git log -1 -p', 'unbounded', 'bounded', 'prints a diff per commit'],
  ['git tag v1.0', 'bounded', 'bounded', 'prints a line at most'],
  ['git tag -l', 'unbounded', 'bounded', 'lists every tag or branch'],
  ['git tag', 'unbounded', 'bounded', '`git tag` lists every tag or branch unless given a name'],
  ['git branch', 'unbounded', 'bounded', '`git branch` lists every tag or branch unless given a name'],
  // Words known only at run time (audit 18: gulp-git): a name or a listing option, git branch's own class either way.
  ['git branch %s %s', 'unbounded', 'bounded', '`git branch` lists every tag or branch unless given a name'],
  ['git clean %s', 'unbounded', 'bounded', '`git clean` names every path it removes'],
  ['git rm %s', 'bounded', 'bounded', '`git rm` prints a line or a few'],
  ['git frobnicate %s', 'unbounded', 'bounded', '`git` can print a lot'],
  ['git branch -D old', 'bounded', 'bounded', 'prints a line at most'],
  ['git branch -a', 'unbounded', 'bounded', 'lists every tag or branch'],
  ['git version', 'bounded', 'bounded', '`git version` prints its version'],
  // Go: one package against a whole tree.
  ['go version', 'bounded', 'bounded', '`go version` prints its version'],
  ['go list -f {{.Dir}} example.com/x', 'bounded', 'bounded', '`go list` describes the packages it is given'],
  ['go list -f x ./...', 'unbounded', 'unbounded', '`go list ./...` lists every package of the tree'],
  ['go list -m all', 'unbounded', 'unbounded', 'lists every package of the tree'],
  ['go build ./cmd/x', 'unbounded', 'unbounded', 'builds, tests or runs code'],
  // Packet capture: to a file, from a file, live.
  ['tcpdump -i eth0 -v -w out.pcap', 'none', 'unbounded', 'a packet count on stderr every second'],
  ['tcpdump -i eth0 -w -', 'unbounded', 'bounded', 'writes the packets to stdout'],
  ['tshark -i wlan0 -w out.pcap', 'none', 'unbounded', 'a running packet count on stderr'],
  ['tshark -i wlan0 -q -w out.pcap', 'none', 'bounded', 'a count at the end'],
  ['tshark -r %s -R eapol -2 -n', 'bounded', 'bounded', 'prints only its handshake (EAPOL) frames'],
  ['tshark -r %s -n -Y "eapol && wlan.addr == 00:11:22:33:44:55"', 'bounded', 'bounded', 'handshake (EAPOL) frames'],
  // A filter with a part only known at run time may select anything.
  ['tshark -r %s -n -Y "eapol && %s"', 'unbounded', 'bounded', 'a line per frame of the saved capture'],
  ['tcpdump -r x.pcap "ether proto 0x888e"', 'bounded', 'bounded', 'handshake (EAPOL) frames'],
  ['tcpdump -r x.pcap ether proto 0x888e or port 80', 'unbounded', 'bounded', 'a line per frame of the saved capture'],
  ['tshark -r %s -R "wlan.fc.type_subtype == 0x05 && wlan.sa == %s" -2 -n', 'unbounded', 'bounded', '`tshark -r` prints a line per frame of the saved capture'],
  ['tshark -r %s -n -Y "eapol || beacon"', 'unbounded', 'bounded', 'a line per frame of the saved capture'],
  ['tshark -r %s -Y eapol -w %s', 'none', 'bounded', 'writes the frames it selects to a file'],
  ['tshark -i wlan0', 'unbounded', 'bounded', 'prints a line per captured packet until it is stopped'],
  // The aircrack-ng suite: bounded modes and replay attacks.
  ['aireplay-ng -1 0 -a %s -T 1 wlan0mon', 'bounded', 'bounded', '`aireplay-ng -1 0` sends a few packets'],
  ['aireplay-ng -1 6000 -o 1 -q 10 -a %s wlan0mon', 'unbounded', 'bounded', 'ten times a second'],
  ['aireplay-ng -0 5 -a %s wlan0mon', 'bounded', 'bounded', '`aireplay-ng -0 5` sends a few packets'],
  ['aireplay-ng -0 0 -a %s wlan0mon', 'unbounded', 'bounded', 'a status line about ten times a second'],
  ['aireplay-ng -0 %s -a %s wlan0mon', 'unbounded', 'bounded', '`aireplay-ng -0 …` sends as many deauthentication bursts as its count asks, a line each (0: until it is stopped)'],
  ['aireplay-ng -9 wlan0mon', 'bounded', 'bounded', 'prints a few lines'],
  ['aireplay-ng -3 -b %s -h %s wlan0mon', 'unbounded', 'bounded', '`aireplay-ng` prints a status line about ten times a second until it is stopped'],
  ['aircrack-ng -q -w words.txt -b %s x.cap', 'bounded', 'bounded', 'prints its result only'],
  ['aircrack-ng -w words.txt -b %s x.cap', 'unbounded', 'bounded', 'redraws its status screen'],
  ['echo "" | aircrack-ng -a 2 -w - -b %s %s', 'bounded', 'bounded', '`aircrack-ng -w -` reads its input from `echo`, which prints a few lines'],
  ['cat words.txt | aircrack-ng -w - -b %s %s', 'unbounded', 'bounded', 'tries every word of its standard input'],
  ['aircrack-ng -w - -b %s %s < words.txt', 'unbounded', 'bounded', 'tries every word of its standard input'],
  ['echo "" | aircrack-ng -w - -b %s %s < words.txt', 'unbounded', 'bounded', 'tries every word of its standard input'],
  ['python gen.py | aircrack-ng -w - -b %s %s', 'unbounded', 'unbounded', 'tries every word of its standard input'],
  ['cowpatty -r %s -s %s -c', 'bounded', 'bounded', '`cowpatty -c` checks the capture for a handshake'],
  // Capture editors write the capture to a file they are given, or to stdout when it is `-` (audit 23: waidps mergecap).
  ['mergecap -a %s %s -w %s', 'none', 'bounded', '`mergecap` writes the merged capture to its -w file'],
  ['mergecap -w - a.pcap b.pcap', 'unbounded', 'bounded', '`mergecap -w -` writes the merged capture to stdout'],
  ['editcap -c 1000 in.pcap out.pcap', 'none', 'bounded', 'writes the capture to its output file'],
  ['editcap in.pcap -', 'unbounded', 'bounded', 'writes the capture to stdout'],
  ['cowpatty -f words.txt -r %s -s %s', 'unbounded', 'bounded', 'a line for every thousand words'],
  ['pyrit -r %s analyze', 'bounded', 'bounded', '`pyrit analyze` prints a few lines'],
  ['pyrit -r %s -i words.txt attack_passthrough', 'unbounded', 'bounded', '`pyrit` is not known to be quiet'],
  ['wash -f %s -j', 'bounded', 'bounded', 'a line per WPS access point of the saved capture'],
  ['wash -i wlan0mon', 'unbounded', 'bounded', 'logs every pin attempt or access point on stdout until it is stopped'],
  ['reaver -i wlan0mon -b %s -vv', 'unbounded', 'bounded', 'logs every pin attempt or access point on stdout until it is stopped'],
  ['pass show -c %s', 'bounded', 'bounded', 'copies a password to the clipboard and prints one line'],
  ['pass git log', 'unbounded', 'bounded', '`pass` is not known to be quiet: its output can grow'],
  ['packetforge-ng -0 -a %s -h %s -y x.xor -w arp.cap wlan0', 'bounded', 'bounded', 'prints a few lines'],
  ['hostapd -B /tmp/hostapd.conf', 'none', 'bounded', 'forks into the background'],
  ['wpa_supplicant -i wlan0 -c x.conf', 'unbounded', 'unbounded', 'logs every event in the foreground'],
  // Fetchers: a progress meter on stderr unless silent; `-O -` writes the download to stdout.
  ['curl -fsSL https://x', 'unbounded', 'bounded', '`curl -fsSL` writes the response to stdout and errors only'],
  ['curl -sSLo out https://x', 'none', 'bounded', 'saves to a file and prints errors only'],
  ['curl -k -L -o out https://x', 'none', 'unbounded', 'logs its progress on stderr'],
  ['curl https://x', 'unbounded', 'unbounded', 'its progress meter on stderr'],
  ['wget -qO- https://x', 'unbounded', 'bounded', '`wget -qO-` writes the download to stdout'],
  ['wget -O - https://x', 'unbounded', 'unbounded', 'writes the download to stdout and its progress on stderr'],
  ['wget -q https://x', 'none', 'bounded', 'prints nothing'],
  // Documents and installers.
  ['pandoc -s -f markdown -t html', 'unbounded', 'bounded', '`pandoc` writes the document to stdout and only warnings on stderr'],
  ['pandoc -s x.md -o x.html', 'none', 'bounded', 'writes the document to a file'],
  ['%s/Update.exe --createShortcut=app.exe', 'none', 'bounded', '`Update.exe --createShortcut=app.exe` logs to its own file'],
  ['Update.exe --removeShortcut=%s', 'none', 'bounded', '`Update.exe --removeShortcut=` logs to its own file'],
  ['curl -s --output=%s https://x', 'none', 'bounded', 'saves to a file and prints errors only'],
  ['Update.exe --update https://x', 'bounded', 'bounded', '`Update.exe` logs to its own file and prints at most its progress'],
  ['dpkg -s bash', 'bounded', 'bounded', 'prints a line or a few'],
  ['dpkg --get-selections', 'unbounded', 'bounded', '`dpkg --get-selections` lists packages or files'],
  ['ffmpeg -i in.mp4 out.webm', 'none', 'unbounded', 'logs its progress on stderr'],
  // Alone, a check that it is installed (audit 26: TGVCBot): the banner and a usage hint
  ['ffmpeg', 'none', 'bounded', '`ffmpeg` alone prints its banner and a usage hint, and exits'],
  ['ffprobe', 'none', 'bounded', '`ffprobe` alone prints its banner and a usage hint, and exits'],
  ['ffmpeg -nostats -loglevel error -i in.mp4 out.webm', 'none', 'bounded', 'logs errors only'],
  ['ffmpeg -nostats -i in.mp4 out.webm', 'none', 'bounded', 'not its progress'],
  ['ps -p %s -o comm=', 'bounded', 'bounded', '`ps -p` prints the processes it is asked about'],
  ['ps aux', 'unbounded', 'bounded', 'lists processes'],
  ['chmod -R 755 dir', 'none', 'bounded', 'prints nothing'],
  ['chown -Rc user dir', 'unbounded', 'bounded', '`chown -Rc` names every file it changes'],
  ['grep -q needle file', 'none', 'bounded', '`grep -q` answers with its exit status only'],
  ['grep -c needle file', 'bounded', 'bounded', 'prints a count'],
  ['grep -rc needle .', 'unbounded', 'bounded', '`grep -rc` searches a whole tree'],
  ['grep needle file', 'unbounded', 'bounded', '`grep` prints every line that matches'],
  // A pattern picks a few processes out of a process list (ps's lines); an inverted one, or another listing, does not.
  ['ps aux | grep dhcpd', 'bounded', 'bounded', '`grep` picks the processes that match out of the list of `ps`'],
  ['ps -ef | grep -i hostapd | grep -v grep', 'bounded', 'bounded', '`grep -v` reads its input from `grep`, which prints a few lines'],
  ['ps -ef | grep -v root', 'unbounded', 'bounded', '`grep -v` prints every line that does not match'],
  ['ps aux | grep', 'unbounded', 'bounded', '`grep` prints every line that matches'],
  ['lsof | grep deleted', 'unbounded', 'bounded', '`grep` prints every line that matches'],
  ['cat big.log | grep ERROR', 'unbounded', 'bounded', '`grep` prints every line that matches'],
  ['ssh -VV', 'bounded', 'bounded', '`ssh -VV` prints its version'],
  ['sshfs -V', 'bounded', 'bounded', '`sshfs -V` prints a version line'],
  ['$SHELL --version', 'bounded', 'bounded', 'a program run with only `--version` prints a version line'],
  // A bare program is not a probe: many print their usage, but find, ls, cat, yes, dmesg, interpreters do not stop there.
  ['encfs', 'unbounded', 'bounded', '`encfs` is not known to be quiet'],
  ['cmd /C start "" %s', 'none', 'bounded', 'runs `start`, which opens the file in a window of its own'],
  ['cmd /c start /B server.exe', 'unbounded', 'unbounded', 'runs `start /B`'],
  ['cmd /c build.bat', 'unbounded', 'unbounded', 'runs a program whose output can grow'],
  ['attrib +h %s', 'bounded', 'bounded', 'sets file attributes'],
  ['attrib /S %s', 'unbounded', 'bounded', '`attrib` is not known to be quiet'],
  ['dmesg', 'unbounded', 'bounded', '`dmesg` prints the whole kernel ring buffer'],
  ['find', 'unbounded', 'unbounded', '`find` names every file it finds'],
  ['deno coverage coverage --lcov', 'unbounded', 'bounded', '`deno coverage` prints the coverage report'],
  ['deno test -A', 'unbounded', 'unbounded', '`deno` builds, installs or runs other programs'],
  ['xterm -e airodump-ng wlan0mon', 'none', 'bounded', '`xterm` runs its command in its own window'],
  ['rfkill unblock all', 'bounded', 'bounded', 'prints a few lines'],
  ['google-chrome --headless --remote-debugging-port=9222', 'unbounded', 'unbounded', 'logs on both streams'],
  ['adb logcat', 'unbounded', 'bounded', 'follows the device log'],
  ['adb -s emulator-5554 logcat -v time', 'unbounded', 'bounded', 'follows the device log'],
  ['adb devices', 'bounded', 'bounded', 'prints a few lines'],
  ['adb shell ps | grep com.example', 'bounded', 'bounded', 'picks the processes that match out of the list of `ps`'],
  ['adb shell', 'unbounded', 'unbounded', 'runs a command on the device'],
  ['adb -s emulator-5554 shell monkey -p com.example --ignore-crashes --throttle 100 -v 500', 'unbounded', 'unbounded', 'reports every crash and ANR of the app on stderr'],
  ['adb shell monkey -p com.example -v 500', 'unbounded', 'bounded', 'logs every event it injects'],
  ['pacman -T python-yaml', 'bounded', 'bounded', 'prints the missing dependencies'],
  ['pacman --deptest python-yaml', 'bounded', 'bounded', 'prints the missing dependencies'],
  ['pacman -Syu --noconfirm', 'unbounded', 'unbounded', 'builds, installs or runs other programs'],
  ['nginx -s reload', 'bounded', 'bounded', 'prints a line at most'],
  ['nginx -T', 'unbounded', 'bounded', 'prints its whole configuration'],
  ['dhclient wlan0', 'bounded', 'bounded', 'forks into the background'],
  ['dhclient -d wlan0', 'unbounded', 'unbounded', 'logs in the foreground'],
  ['npm root -g', 'bounded', 'bounded', '`npm root` prints a line'],
  ['cmd /c dir', 'unbounded', 'unbounded', '`cmd` runs a program'],
  // Programs that log on stderr have lines of their own.
  ['find /', 'unbounded', 'unbounded', 'every directory it cannot read on stderr'],
  ['find / -name x', 'bounded', 'unbounded', 'every directory it cannot read on stderr'],
  // find with -exec or -delete and no printing action names no file: its stdout is what the
  // commands it runs print (audit 22: Shinobi's `find -exec rm -f {} +`), once per file or batch.
  ['find %s -type f -cmin +60 -exec rm -f {} +', 'none', 'bounded', '`find -exec` runs `rm` on the files it selects, which prints nothing, and names none of them'],
  ['find . -type d -exec chmod u+rwx {} \\;', 'none', 'bounded', 'runs `chmod` on the files it selects'],
  ["find build -name '*.o' -delete", 'none', 'bounded', '`find -delete` deletes the files it selects and names none of them'],
  ["find . -name '*.js' -exec grep -l TODO {} +", 'unbounded', 'bounded', '`find -exec` prints what `grep` prints, for every file it selects'],
  ["find . -exec sh -c 'make -C \"$1\"' _ {} \\;", 'unbounded', 'unbounded', 'prints what `make` prints'],
  ['find . -exec %s {} +', 'unbounded', 'unbounded', 'prints what a command not known statically prints'],
  // A printing action, or a `;` the shell takes for its own (no terminator): find's own line.
  ['find . -exec rm {} \\; -print', 'unbounded', 'unbounded', 'runs a command on every file it selects'],
  ['find . -exec rm {} ;', 'unbounded', 'unbounded', 'runs a command on every file it selects'],
  ['strace -f ls', 'unbounded', 'unbounded', 'traces the program it runs on stderr'],
  ['npm install', 'unbounded', 'unbounded', 'builds, installs or runs other programs'],
  // The shell parser, not a re-split: the second command of a list counts.
  ['sleep 1 & python worker.py', 'unbounded', 'unbounded', '`python` runs a program'],
  ['sleep 1; python worker.py', 'unbounded', 'unbounded', 'runs a program'],
  ['cd /srv && make', 'unbounded', 'unbounded', '`make`'],
  // Redirections: a stderr-only redirect leaves a quiet command quiet; stdout redirected is quiet.
  ['iptables -A INPUT -j DROP 2>/dev/null', 'none', 'none', 'prints nothing'],
  ['kill %s 2>/dev/null', 'none', 'none', 'prints nothing'],
  ['python worker.py >/dev/null', 'none', 'unbounded', 'the output of `python` is redirected'],
  ['python worker.py >/dev/null 2>&1', 'none', 'none', 'redirected'],
  ['python worker.py 2>&1 >/dev/null', 'unbounded', 'none', 'runs a program'],
  ['iptables -A INPUT -j DROP 2>&1', 'bounded', 'none', 'prints nothing'],
  ['python gen.py | head -1', 'bounded', 'unbounded', '`head` prints a few lines'],
  ['{ make; make install; } >/dev/null', 'none', 'unbounded', 'redirected'],
  // Wrappers are stripped.
  ['sudo cp a b', 'none', 'bounded', '`cp` prints nothing'],
  ['sudo -u root iptables -F', 'none', 'bounded', 'prints nothing'],
  ['nohup python server.py &', 'unbounded', 'unbounded', '`python` runs a program'],
  ['nohup python server.py >/dev/null 2>&1 &', 'none', 'none', 'redirected'],
  ['env LANG=C nice -n 10 ionice -c 3 timeout 30 stdbuf -oL tar czvf x.tgz d', 'unbounded', 'bounded', '`tar czvf`'],
  ['timeout 10 kill 1', 'none', 'bounded', '`kill` prints nothing'],
  ['exec rm x', 'none', 'bounded', '`rm` prints nothing'],
  ['command -v git', 'bounded', 'bounded', 'lookup'],
  ['LANG=C ifconfig eth0 up', 'none', 'bounded', 'prints nothing'],
  // Compound commands: the words inside still count.
  ['for i in 1 2; do iptables -A INPUT -j DROP; done', 'none', 'bounded', 'prints nothing'],
  ['if true; then make; fi', 'unbounded', 'unbounded', '`make`'],
  ['echo "unterminated', 'unbounded', 'unbounded', 'could not be read'],
  // Init scripts run by their path take the actions `service` passes them; without one the script is unlisted.
  ['/etc/init.d/apache2 start', 'bounded', 'bounded', '`/etc/init.d/apache2 start` prints a status line, as `service NAME ACTION` does'],
  ['sudo /etc/rc.d/init.d/sshd restart', 'bounded', 'bounded', '`/etc/rc.d/init.d/sshd restart` prints a status line'],
  ['/etc/init.d/ssh %s', 'unbounded', 'bounded', '`/etc/init.d/ssh` is not known to be quiet'],
  // systemd-resolved: flushing prints nothing, monitoring follows every lookup.
  ['resolvectl flush-caches', 'none', 'bounded', '`resolvectl flush-caches` prints nothing'],
  ['systemd-resolve --flush-caches', 'none', 'bounded', '`systemd-resolve --flush-caches` prints nothing'],
  ['resolvectl monitor', 'unbounded', 'bounded', '`resolvectl monitor` prints every lookup'],
  ['resolvectl status', 'bounded', 'bounded', 'prints a few lines per link'],
  // ipfw: one numbered rule, a range, all of them.
  ['ipfw list %s', 'bounded', 'bounded', '`ipfw list N` prints the rule it is given'],
  ['ipfw -a show 100', 'bounded', 'bounded', '`ipfw show N` prints the rule it is given'],
  ['ipfw list 100-65535', 'unbounded', 'bounded', '`ipfw list 100-65535` lists the rules of a range'],
  ['ipfw list', 'unbounded', 'bounded', '`ipfw` lists the rules'],
  ['ipfw -q add 100 fwd 127.0.0.1,%s tcp from any to any', 'none', 'bounded', '`ipfw -q` prints nothing'],
  ['ipfw add 100 allow ip from any to any', 'bounded', 'bounded', '`ipfw add` prints the rule it changes'],
  // airmon-ng switches monitor mode in a few lines.
  ['airmon-ng stop %s', 'bounded', 'bounded', '`airmon-ng stop` prints the interfaces'],
  ['airmon-ng start %s %s', 'bounded', 'bounded', '`airmon-ng start` prints the interfaces'],
  // Probes and usage: alone, a dispatcher prints its usage; `help TOPIC` can be a whole manual.
  ['apt-get --help', 'bounded', 'bounded', '`apt-get --help` prints its help'],
  ['ffmpeg -version', 'bounded', 'bounded', '`ffmpeg -version` prints a version line'],
  // java -version after -D properties is still the probe (audit 12: firebase-tools); java running a class is not.
  ['java -Duser.language=en -Dfile.encoding=UTF-8 -version', 'bounded', 'bounded', '`java -version` prints its version'],
  ['java -cp lib Main', 'unbounded', 'unbounded', '`java` runs a program whose output can grow'],
  // iproxy forwards ports until stopped, two lines on stdout per accepted connection (audits 9, 23: Airtest, MobSF).
  ['iproxy 2222 22 -u %s', 'unbounded', 'bounded', '`iproxy` forwards ports until it is stopped'],
  // java -jar X.jar runs X: a jar the table lists is that program (audit 21: adb-enhanced's apksigner.jar, whose
  // warnings go to stdout); an unlisted jar stays java, a program whose output can grow.
  ['java -jar %s/apksigner.jar verify --print-certs %s', 'unbounded', 'bounded', '`apksigner verify` prints its warnings on stdout'],
  ['java -Xmx1g -cp lib -jar /opt/apksigner-30.0.3.jar verify --Werr %s', 'unbounded', 'unbounded', '`apksigner verify --Werr`'],
  ['java -jar apksigner.jar sign --ks %s %s', 'bounded', 'bounded', '`apksigner` prints a few lines'],
  ['java -jar %s/server.jar', 'unbounded', 'unbounded', '`java` runs a program whose output can grow'],
  ['java -jar %s verify', 'unbounded', 'unbounded', '`java` runs a program whose output can grow'],
  ['%s --help', 'bounded', 'bounded', 'a program run with only `--help` prints its help'],
  ['%s --help %s', 'unbounded', 'unbounded', 'not known statically'],
  // An encoder in a variable given only an input (`-i FILE`, no output file) is the ffmpeg probe: its
  // description of the input on stderr, nothing on stdout (audit 15: Curlew); its listings are fixed tables.
  ['%s -i "%s"', 'none', 'bounded', 'a program run with only `-i FILE` names an input and no output: it describes the input on stderr and exits, as ffmpeg does'],
  ['%s -hide_banner -i %s', 'none', 'bounded', 'names an input and no output'],
  ['%s -encoders', 'bounded', 'bounded', 'a program run with only `-encoders` prints the fixed table it names, as ffmpeg does'],
  ['%s -i %s %s', 'unbounded', 'unbounded', 'not known statically'],
  // A dependency test installs nothing (audit 15: rosdep); `adb shell ps` is a process list, adb's errors on stderr (audit 15: pidcat).
  ['pacman -S python-yaml', 'unbounded', 'unbounded', '`pacman` builds, installs or runs other programs'],
  ['adb -s emulator-5554 shell ps', 'unbounded', 'bounded', '`ps` lists processes'],
  ['adb shell logcat', 'unbounded', 'bounded', '`logcat` prints the device log'],
  ['%s -y -i %s out.mp4', 'unbounded', 'unbounded', 'not known statically'],
  ['docker', 'bounded', 'bounded', '`docker` without a subcommand prints its usage'],
  ['docker ps -a', 'unbounded', 'bounded', '`docker ps` prints a line per container or image'],
  // docker's pull progress goes to stdout, only an error to stderr; -v is --version (audit 43: ATAODBC-POC).
  ['docker pull %s:latest', 'unbounded', 'bounded', '`docker pull` prints its progress, a line per layer and step, on stdout, and only an error on stderr'],
  ['docker -v', 'bounded', 'bounded', '`docker -v` prints a version line'],
  ['docker -v %s', 'unbounded', 'unbounded', 'builds, installs or runs other programs'],
  // iftop in text mode with -s prints one report and exits (audit 43: IntensiveCPU-simple); without -s it runs until stopped.
  ['sudo iftop -t -s %s -B', 'bounded', 'bounded', '`iftop -s -t` in text mode with -s prints one report of the top flows, then exits'],
  ['iftop -t -s10', 'bounded', 'bounded', 'prints one report of the top flows'],
  ['iftop -t', 'unbounded', 'bounded', 'prints every event until it is stopped'],
  ['iftop -s 1', 'unbounded', 'bounded', 'prints every event until it is stopped'],
  // masscan ends when its scan is done; -oJ and its kin take the results (audit 43: misc_scripts).
  ['masscan %s -p 1-65535 -oJ ./tmp/%s_res --rate 10000', 'bounded', 'unbounded', '`masscan -oJ ./tmp/…_res` writes its results to the file it is given and ends when the scan is done'],
  ['masscan %s -p80 --output-filename=scan.xml', 'bounded', 'unbounded', 'writes its results to the file it is given'],
  ['masscan %s -p80 -oL -', 'unbounded', 'unbounded', '`masscan` prints a line per open port it finds, and a status line a second on stderr, until the scan of its targets is done'],
  ['masscan 10.0.0.0/8 -p80 -oJ out.json', 'unbounded', 'unbounded', 'scans a large range or a list of targets'],
  ['git help', 'bounded', 'bounded', '`git help` prints its usage'],
  ['git help log', 'unbounded', 'bounded', '`git` can print a lot'],
  ['make', 'unbounded', 'unbounded', '`make` builds'],
  // Containers and supervisors: lifecycle commands print a line each; attached or following ones stream.
  ['docker stop %s', 'bounded', 'bounded', '`docker stop` prints a line per service or container'],
  // docker save: the archive on stdout (or in the file -o names), only an error on stderr (audit 33: python-on-whales)
  ['docker image save %s', 'unbounded', 'bounded', '`docker image save` writes the image archive to stdout'],
  ['docker save -o out.tar %s', 'none', 'bounded', '`docker save -o` writes the image archive to the file'],
  ['docker start -a %s', 'unbounded', 'unbounded', '`docker start -a` attaches'],
  ['docker run -d -p 80:80 nginx', 'bounded', 'bounded', '`docker run -d` starts a container in the background'],
  ['docker run --rm nginx', 'unbounded', 'unbounded', 'builds, installs or runs other programs'],
  ['supervisorctl restart web', 'bounded', 'bounded', '`supervisorctl restart` prints a status line per process'],
  ['supervisorctl tail -f web', 'unbounded', 'bounded', 'follows the log without end'],
  ['pm2 start app.js --no-daemon', 'unbounded', 'bounded', 'follows the log without end'],
  // ettercap: quiet text mode vs per-packet output and the spoofing plugins.
  ['ettercap -i %s -Tq -P rand_flood /%s/ /%s/', 'bounded', 'bounded', '`ettercap -Tq` runs quiet in text mode'],
  ['ettercap -T -q -i eth0 -P dns_spoof -M arp /%s/ //', 'unbounded', 'bounded', '`ettercap -P dns_spoof` reports every spoofed reply'],
  ['ettercap -T -i eth0 -M arp /%s/ //', 'unbounded', 'unbounded', '`ettercap` writes until it is stopped'],
  ['ettercap -D -i eth0 -M arp // //', 'none', 'bounded', '`ettercap -D` forks into the background'],
  // sslstrip logs to its file; arpspoof prints every reply.
  ['sslstrip -p -k -f', 'bounded', 'bounded', '`sslstrip` logs to a file (-w, sslstrip.log by default)'],
  ['arpspoof -i eth0 -t %s %s', 'unbounded', 'unbounded', 'writes until it is stopped'],
  ['tcpkill -i eth0 -9 host %s', 'unbounded', 'unbounded', '`tcpkill` writes until it is stopped'],
  // FLV metadata update in place vs an unlisted mode.
  ['flvtool2 -U out.flv', 'none', 'bounded', '`flvtool2 -U` updates the file in place'],
  ['flvmeta --update out.flv', 'none', 'bounded', 'updates the file in place'],
  ['flvmeta --dump out.flv', 'unbounded', 'bounded', '`flvmeta` is not known to be quiet'],
  // l2ping: a count of echoes vs a flood until stopped.
  ['l2ping -c 3 %s', 'bounded', 'bounded', '`l2ping -c` prints a line per probe'],
  ['l2ping -i hci0 -s 600 -f %s &', 'unbounded', 'bounded', '`l2ping` prints a line per echo until it is stopped'],
  ['hcitool scan', 'bounded', 'bounded', 'prints a few lines'],
  ['hcitool lescan', 'unbounded', 'bounded', 'a line per advertisement'],
  // Desktop settings: one value vs a whole tree.
  ['gsettings set org.gnome.desktop.background picture-uri %s', 'bounded', 'bounded', 'prints a value at most'],
  ['dconf dump /', 'unbounded', 'bounded', '`dconf dump` prints every key'],
  ['feh --bg-fill %s', 'none', 'bounded', '`feh --bg-fill` sets the wallpaper'],
  ['xrdb -merge %s', 'none', 'bounded', '`xrdb` prints nothing'],
  ['pip3 install -q -r requirements.txt', 'bounded', 'bounded', '`pip3 -q` prints warnings and errors only'],
  ['pip3 install -r requirements.txt', 'unbounded', 'unbounded', 'builds, installs or runs other programs'],
  ['openssl req -new -x509 -nodes -out %s -keyout %s -subj /CN=x', 'bounded', 'bounded', '`openssl` prints a key, a certificate or a digest'],
  ['openssl s_client -connect %s:443', 'unbounded', 'bounded', '`openssl s_client` streams'],
  // Clipboard writers store stdin and print nothing; the readers print what was copied; xclip -f echoes its input.
  ['xclip -selection clipboard', 'none', 'bounded', '`xclip` stores its input in the clipboard and prints nothing'],
  ['xclip -selection clipboard -o', 'bounded', 'bounded', 'prints what the clipboard holds'],
  ['xclip -f -selection clipboard', 'unbounded', 'bounded', 'prints its input back'],
  ['xsel --clipboard --input', 'none', 'bounded', 'prints nothing'],
  ['xsel -b', 'none', 'bounded', 'prints nothing'],
  ['xsel -bo', 'bounded', 'bounded', 'prints what the clipboard holds'],
  ['xsel --clipboard --output', 'bounded', 'bounded', 'prints what the clipboard holds'],
  ['pbcopy', 'none', 'bounded', 'prints nothing'],
  ['termux-clipboard-set', 'none', 'bounded', 'prints nothing'],
  ['wl-copy', 'none', 'bounded', 'prints nothing'],
  ['pbpaste', 'bounded', 'bounded', '`pbpaste` prints what the clipboard holds'],
  ['wl-paste --no-newline', 'bounded', 'bounded', 'prints what the clipboard holds'],
];

describe('classifyShell', () => {
  for (const [cmd, stdout, stderr, evidence] of shell) {
    test(JSON.stringify(cmd), () => {
      const r = classifyShell(cmd.replaceAll('%s', PLACEHOLDER));
      assert.deepEqual([r.stdout, r.stderr], [stdout, stderr], r.evidence);
      assert.ok(r.evidence.includes(evidence), `evidence ${JSON.stringify(r.evidence)} should include ${JSON.stringify(evidence)}`);
    });
  }
  test('null is an unknown command', () => {
    assert.deepEqual(classifyShell(null), { stdout: 'unbounded', stderr: 'unbounded', program: null, evidence: 'the command is not known statically', basis: 'value' });
  });
});

// A count of repetitions known only at run time decides how much the command writes: the class of
// the worst count, resting on that value (basis `count`), not on the table (audit 23: waidps).
describe('classifyShell: a count known only at run time', () => {
  const cases: [string, CommandOutput['basis']][] = [
    ['aireplay-ng -0 %s -a %s wlan0mon', 'count'],
    ['aireplay-ng --deauth %s -a %s wlan0mon', 'count'],
    ['aireplay-ng --deauth=%s -a %s wlan0mon', 'count'],
    ['aireplay-ng -0 0 -a %s wlan0mon', undefined],
    ['aireplay-ng -0 5 -a %s wlan0mon', undefined],
    ['aireplay-ng -3 -b %s wlan0mon', undefined],
    ['aireplay-ng -0 5%s -a %s wlan0mon', undefined],
    // A payload or a format chosen at run time decides how much msfvenom writes (audit 27: Winpayloads).
    ['msfvenom -p %s LHOST=%s -f python', 'count'],
    ['msfvenom --payload=%s -f python', 'count'],
    ['msfvenom -p windows/shell_reverse_tcp --format %s', 'count'],
    ['msfvenom -p windows/shell_reverse_tcp -f python', undefined],
    ['msfvenom -p windows/meterpreter_reverse_tcp -f %s', undefined],
    // How long masscan runs, and so how many status lines it writes, is set by the targets it is given (audit 43).
    ['masscan %s -p 1-65535 -oJ %s.json --rate 10000', 'count'],
    ['masscan %s -p80', undefined],
  ];
  for (const [cmd, basis] of cases) {
    test(JSON.stringify(cmd), () => {
      const r = classifyShell(cmd.replaceAll('%s', PLACEHOLDER));
      assert.equal(r.basis, basis, r.evidence);
    });
  }
  test('argv: a word not known statically after -0', () => {
    const r = classifyArgv(['aireplay-ng', '-0', null, '-a', null, 'wlan0']);
    assert.deepEqual([r.stdout, r.stderr, r.basis, r.evidence], ['unbounded', 'bounded', 'count', '`aireplay-ng -0 …` sends as many deauthentication bursts as its count asks, a line each (0: until it is stopped)']);
  });
});

// A compressor given no file reads stdin and writes the data on stdout; given one, it prints nothing.
describe('classifyArgv: compressors with no file are filters', () => {
  const cases: [(string | null)[], OutputClass, string][] = [
    [['gzip'], 'unbounded', '`gzip` with no file reads its input and writes the data to stdout'],
    [['gzip', '-9', '-S', '.z'], 'unbounded', 'with no file'],
    [['xz', '-d', '-T0', '--threads', '4'], 'unbounded', 'with no file'],
    [['bzip2', '-'], 'unbounded', 'with no file'],
    [['zstd', '-19', '-D', 'dict'], 'unbounded', 'with no file'],
    [['pigz', '-p', '8'], 'unbounded', 'with no file'],
    [['gzip', '-9', 'f.txt'], 'none', '`gzip` prints nothing'],
    [['gzip', '-9', null], 'none', '`gzip` prints nothing'],
    [['xz', '-T', '4', 'big.img'], 'none', 'prints nothing'],
    [['zstd', '-o', 'out.zst'], 'none', '`zstd -o` writes to its -o file'],
    [['gzip', '-t'], 'none', '`gzip -t` tests its files'],
    [['gzip', '-l', 'a.gz'], 'bounded', '`gzip -l` prints a line per file'],
    [['pigz', '-9', 'f'], 'none', 'prints nothing'],
  ];
  for (const [words, stdout, evidence] of cases) {
    test(JSON.stringify(words), () => {
      const r = classifyArgv(words);
      assert.equal(r.stdout, stdout, r.evidence);
      assert.ok(r.evidence.includes(evidence), r.evidence);
    });
  }
  test('fed by a command that prints a few lines, a few lines', () => {
    assert.equal(classifyShell('echo hi | gzip').stdout, 'bounded');
    assert.equal(classifyShell('tar -cf - src | gzip -9').stdout, 'unbounded');
  });
});

/** [argv (null: not known statically), stdout class, program] */
const argv: [(string | null)[], OutputClass, string | null][] = [
  [['iptables', '-A', 'INPUT', null, '-j', 'DROP'], 'none', 'iptables'],
  [['iptables', null], 'unbounded', 'iptables'],
  [['sudo', 'kill', null], 'none', 'kill'],
  [['git', 'rev-parse', 'HEAD'], 'bounded', 'git'],
  [['python', '-m', 'http.server'], 'unbounded', 'python'],
  [[null, 'x'], 'unbounded', null],
  [['/usr/bin/python2.7', 'x.py'], 'unbounded', 'python2.7'],
  [['tcpdump', '-w', 'x.pcap'], 'none', 'tcpdump'],
  [['tcpdump', '-i', 'eth0'], 'unbounded', 'tcpdump'],
  // A flag with its value: consecutive words (`-1 0`), and a word not known statically matches nothing.
  [['aireplay-ng', '-1', '0', '-a', null, 'wlan0'], 'bounded', 'aireplay-ng'],
  [['aireplay-ng', '-1', null, '-a', null, 'wlan0'], 'unbounded', 'aireplay-ng'],
  [['tshark', '-r', null, '-R', 'eapol', '-2', '-n'], 'bounded', 'tshark'],
  [['pyrit', '-r', null, 'analyze'], 'bounded', 'pyrit'],
  [[], 'none', null],
  // Short inline programs print a bounded amount; repetition by operator or size makes them grow.
  [['python3', '-c', "import sys; sys.stdout.write('ok')"], 'bounded', 'python3'],
  [['node', '-e', "process.stderr.write(Buffer.alloc(1 << 20, 120))"], 'unbounded', 'node'],
  [['node', '-e', "process.stdout.write('x'.repeat(300000))"], 'unbounded', 'node'],
  // A program not known statically, given only a probe flag: a version or a help text.
  [[null, '-version'], 'bounded', null],
  [[null, '--help'], 'bounded', null],
  [[null, '-version', 'x'], 'unbounded', null],
  [[null, '-i', null], 'none', null],
  [[null, '-i', 'in.mp4', 'out.mp4'], 'unbounded', null],
  [[null, '-i'], 'unbounded', null],
  // `ipfw list N` with N only known at run time.
  [['ipfw', 'list', null], 'bounded', 'ipfw'],
  [['ipfw', 'list'], 'unbounded', 'ipfw'],
  [['/etc/init.d/apache2', 'stop'], 'bounded', '/etc/init.d/apache2'],
  // The Windows spelling of a program is the program.
  [['node.exe', '-e', "console.log('ok')"], 'bounded', 'node.exe'],
  [['C:/Tools/tshark.exe', '-i', null], 'unbounded', 'tshark.exe'],
  [['cmd.exe', '/c', 'start', null], 'none', 'cmd.exe'],
  [['npm.cmd', 'install'], 'unbounded', 'npm.cmd'],
  // A script run by its path is an interpreter running it.
  [['./collect-logs.sh'], 'unbounded', 'collect-logs.sh'],
  [['/opt/tools/build.py', '--all'], 'unbounded', 'build.py'],
];

describe('classifyArgv', () => {
  for (const [words, stdout, program] of argv) {
    test(JSON.stringify(words), () => {
      const r = classifyArgv(words);
      assert.equal(r.stdout, stdout, r.evidence);
      assert.equal(r.program, program);
    });
  }
  test('a program that prints without checking its writes says so, and a line says so only when every writer does', () => {
    assert.equal(classifyArgv(['l2ping', '-f', null]).ignoresWriteErrors, true);
    assert.equal(classifyArgv(['ping', null]).ignoresWriteErrors, undefined);
    assert.equal(classifyShell(`l2ping -f ${PLACEHOLDER} &`).ignoresWriteErrors, true);
    assert.equal(classifyShell(`l2ping -f ${PLACEHOLDER} & python x.py`).ignoresWriteErrors, undefined);
  });
  test('a launcher prints nothing itself, and hands its stderr to the program it starts; macOS open does not', () => {
    const says = 'starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs';
    const xdg = classifyArgv(['xdg-open', null]);
    assert.deepEqual([xdg.stdout, xdg.stderr, xdg.livesOn], ['none', 'bounded', { says: `\`xdg-open\` ${says}`, stdout: false, stderr: true }]);
    assert.deepEqual(classifyArgv(['gio', 'open', null]).livesOn, { says: `\`gio open\` ${says}`, stdout: false, stderr: true });
    assert.deepEqual(classifyArgv(['/usr/bin/kioclient5', 'exec', null]).livesOn?.stderr, true);
    assert.equal(classifyArgv(['gio', 'mount', null]).livesOn, undefined);
    assert.equal(classifyArgv(['open', null]).livesOn, undefined);
    assert.equal(classifyArgv(['explorer', null]).livesOn, undefined);
    // In a command line its program's stderr goes where the launcher's goes.
    assert.deepEqual(classifyShell(`xdg-open ${PLACEHOLDER} &`).livesOn, { says: `\`xdg-open\` ${says}`, stdout: false, stderr: true });
    assert.deepEqual(classifyShell(`xdg-open ${PLACEHOLDER} 2>&1`).livesOn, { says: `\`xdg-open\` ${says}`, stdout: true, stderr: false });
    assert.equal(classifyShell(`xdg-open ${PLACEHOLDER} 2>/dev/null`).livesOn, undefined);
    assert.equal(classifyShell(`sudo -u ${PLACEHOLDER} xdg-open ${PLACEHOLDER} >/dev/null 2>&1`).livesOn, undefined);
    assert.equal(classifyShell(`mkdir -p ${PLACEHOLDER}`).livesOn, undefined);
  });
  test('an inline program is named by its own flag', () => {
    assert.equal(classifyArgv(['node', '-e', "console.log('ok')"]).evidence, '`node -e` runs a short inline program');
  });
  test('a shell or su given a command line with -c is judged by that line', () => {
    const c = (argv: (string | null)[]) => { const r = classifyArgv(argv); return [r.stdout, r.stderr, r.program]; };
    assert.deepEqual(c(['sh', '-c', 'docker volume create data']), ['bounded', 'bounded', 'docker']);
    assert.deepEqual(c(['/bin/bash', '-lc', 'make all']), ['unbounded', 'unbounded', 'make']);
    assert.deepEqual(c(['bash', '-e', '-c', 'git rev-parse HEAD >/dev/null']), ['none', 'bounded', 'git']);
    assert.deepEqual(c(['su', '-', 'runner', '-c', `docker network rm ${PLACEHOLDER}`]), ['bounded', 'bounded', 'docker']);
    assert.deepEqual(c(['runuser', '-u', 'app', '--command=tar czvf /b.tgz /srv']), ['unbounded', 'bounded', 'tar']);
    assert.equal(classifyShell(`su - runner -c "docker volume create ${PLACEHOLDER}"`).evidence, '`docker volume create` prints the name or id of each volume or network it makes or removes, or nothing');
    // No line: the program's own line stands.
    assert.deepEqual(c(['bash', 'build.sh']), ['unbounded', 'unbounded', 'bash']);
    assert.deepEqual(c(['sh', 'run.sh', '-c', 'true']), ['unbounded', 'unbounded', 'sh']);
    // A line of which no word is known statically is a command from outside (audit 43: ATAODBC-POC's `bash -c "<cmd>"`).
    const b = (argv: (string | null)[]) => { const r = classifyArgv(argv); return [r.stdout, r.stderr, r.program, r.basis, r.evidence]; };
    assert.deepEqual(b(['sh', '-c', null]), ['unbounded', 'unbounded', null, 'value', '`sh -c` runs a command line not known statically']);
    assert.deepEqual(b(['su', '-c', PLACEHOLDER]), ['unbounded', 'unbounded', null, 'value', '`su -c` runs a command line not known statically']);
    assert.equal(classifyShell(`docker exec env bash -c "${PLACEHOLDER}"`).basis, 'value');
    assert.equal(classifyShell(`bash -c "make ${PLACEHOLDER}"`).program, "make");
  });
  test('adb shell and exec-out are judged by the command the device runs; an interactive shell or a word not known stays adb\'s', () => {
    const c = (argv: (string | null)[]) => { const r = classifyArgv(argv); return [r.stdout, r.stderr, r.program]; };
    assert.deepEqual(c(['adb', '-s', PLACEHOLDER, 'shell', 'ps']), ['unbounded', 'bounded', 'ps']);
    assert.deepEqual(c(['adb', 'shell', 'getprop ro.build.version.sdk']), ['bounded', 'bounded', 'getprop']);
    assert.deepEqual(c(['adb', '-d', 'shell', '-T', 'am', 'force-stop', 'com.example']), ['bounded', 'bounded', 'am']);
    assert.deepEqual(c(['adb', 'shell', 'logcat']), ['unbounded', 'bounded', 'logcat']);
    assert.deepEqual(c(['adb', 'exec-out', 'screencap', '-p']), ['unbounded', 'bounded', 'screencap']);
    assert.deepEqual(c(['adb', 'shell']), ['unbounded', 'unbounded', 'adb']);
    assert.deepEqual(c(['adb', 'shell', null]), ['unbounded', 'unbounded', 'adb']);
    assert.equal(classifyShell(`adb -s ${PLACEHOLDER} shell dumpsys battery`).program, 'dumpsys');
  });
  test('runners (ssh HOST, docker exec C, kubectl exec P --, su USER) are judged by the command they run; with none, their own line stands', () => {
    const c = (argv: (string | null)[]) => { const r = classifyArgv(argv); return [r.stdout, r.stderr, r.program]; };
    // Android's su runs the words after the user (audit 31: imaging8896 `adb shell su 0 svc power reboot`).
    assert.deepEqual(c(['adb', 'shell', 'su', '0', 'svc', 'power', 'reboot']), ['bounded', 'bounded', 'svc']);
    assert.deepEqual(c(['su', 'root', 'logcat', '-d']), ['unbounded', 'bounded', 'logcat']);
    assert.deepEqual(c(['su', '-', 'root']), ['unbounded', 'unbounded', 'su']);
    // OpenSSH reads options after the host too; the remote shell runs the rest as one line.
    assert.deepEqual(c(['ssh', '-p', '2222', `pi@${PLACEHOLDER}`, 'iptables', '-A', 'INPUT', '-j', 'DROP']), ['none', 'bounded', 'iptables']);
    assert.deepEqual(c(['ssh', PLACEHOLDER, '-o', 'BatchMode=yes', 'mkdir -p /srv/app && tar czvf - /srv/app']), ['unbounded', 'unbounded', 'tar']);
    // No remote command: a login shell reading commands from a pipe nothing writes to, and the
    // forwards (audit 40: a tunnel script); -v logs, -W forwards stdin and stdout, a word that is
    // only an expansion may hold a command.
    assert.deepEqual(c(['ssh', '-i', 'key', 'host']), ['bounded', 'bounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-L', `${PLACEHOLDER}:${PLACEHOLDER}:${PLACEHOLDER}`, `${PLACEHOLDER}@${PLACEHOLDER}`, '-p', PLACEHOLDER]), ['bounded', 'bounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-oServerAliveInterval=60', '-L', '8080:db:80', 'host']), ['bounded', 'bounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-v', '-L', '8080:db:80', 'host']), ['unbounded', 'unbounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-W', 'db:22', 'jump']), ['unbounded', 'unbounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-L', '8080:db:80', PLACEHOLDER]), ['unbounded', 'unbounded', 'ssh']);
    assert.deepEqual(c(['ssh', 'host', null]), ['unbounded', 'unbounded', 'ssh']);
    // A bundle's last letter takes the next word as its value (getopt): `-NR 8080:h:80` is one
    // option, so `user@host` is the host and no remote command follows; `-N` forwards ports only.
    assert.deepEqual(c(['ssh', '-NR', '8080:localhost:80', 'user@host']), ['bounded', 'bounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-fNL', '5432:db:5432', '-p', '2222', 'host']), ['bounded', 'bounded', 'ssh']);
    assert.deepEqual(c(['ssh', '-tp', '2222', 'host', 'tar', 'czvf', '-', '/srv']), ['unbounded', 'unbounded', 'tar']);
    assert.deepEqual(c(['ssh', '-p2222', 'host', 'iptables', '-A', 'INPUT', '-j', 'DROP']), ['none', 'bounded', 'iptables']);
    assert.deepEqual(c(['docker', 'exec', '-it', 'app', 'ls']), ['unbounded', 'bounded', 'ls']);
    // A word known only at run time after the remote program is its argument (audit 37: rcbau/hacks
    // `ssh … host gerrit query %s --format JSON`); the remote program decides, not ssh's own line.
    assert.deepEqual(c(['ssh', '-i', 'key', 'host', 'gerrit', 'query', null, '--format', 'JSON']), ['unbounded', 'bounded', 'gerrit']);
    assert.equal(classifyArgv(['ssh', '-i', 'key', 'host', 'gerrit', 'query', null]).basis, 'unlisted');
    assert.deepEqual(c(['ssh', 'host', 'rm', '-rf', null]), ['none', 'bounded', 'rm']);
    assert.deepEqual(c(['docker', 'exec', 'web', 'mkdir', '-p', null]), ['none', 'bounded', 'mkdir']);
    assert.deepEqual(c(['docker', 'exec', '-u', 'root', PLACEHOLDER, 'mkdir', '-p', '/data']), ['none', 'bounded', 'mkdir']);
    assert.deepEqual(c(['docker', 'exec', 'web']), ['unbounded', 'unbounded', 'docker']);
    // The host or the container a value known only at run time.
    assert.deepEqual(c(['ssh', null, 'reboot']), ['bounded', 'bounded', 'reboot']);
    assert.deepEqual(c(['docker', 'exec', '-i', null, 'mkdir', '/data']), ['none', 'bounded', 'mkdir']);
    assert.deepEqual(c(['kubectl', 'exec', 'web-0', '-c', 'app', '--', 'hostname']), ['bounded', 'bounded', 'hostname']);
  });
});

describe('git log: the commits of a range do not grow with the repository (SCALING)', () => {
  const cases: [(string | null)[], string | undefined][] = [
    [['git', 'log', '--format=%H%x1f%s', `${PLACEHOLDER}..HEAD`, '--', PLACEHOLDER], undefined],
    [['git', 'log', '--oneline', 'v1.2.0...main'], undefined],
    // `A..` is `A..HEAD`: the commits since the previous tag (blind audit 44: action-tag-and-release).
    [['git', 'shortlog', '--no-merges', `${PLACEHOLDER}..`], undefined],
    [['git', 'log', '--oneline', 'v1.2.0..'], undefined],
    // The whole history: HEAD alone, or a ref alone.
    [['git', 'shortlog', '--no-merges', 'HEAD'], '`git shortlog` prints output that grows with the repository'],
    [['git', 'shortlog', 'main'], '`git shortlog` prints output that grows with the repository'],
    // A date may be given or not (`if (since) cmd += ' --since=...'`): the whole history stays the louder.
    [['git', 'log', `--since=${PLACEHOLDER}`], '`git log` prints output that grows with the repository'],
    [['git', 'log', '--stat', `${PLACEHOLDER}..HEAD`], '`git log --stat` prints the files or the diff of every commit it lists, growing with the history'],
    [['git', 'log', '--format=%H'], '`git log` prints output that grows with the repository'],
    // A path is no range: `..` between directories, or a word that is only a placeholder.
    [['git', 'log', '--', `${PLACEHOLDER}/../lib`], '`git log` prints output that grows with the repository'],
    [['git', 'log', PLACEHOLDER], '`git log` prints output that grows with the repository'],
    // A reflog holds the last 90 days of one clone's updates, whatever the history's size.
    [['git', 'reflog', 'show', '--date=iso', PLACEHOLDER, '--'], undefined],
    [['git', 'reflog'], undefined],
    // git ls-tree lists one level of a tree, or the paths it names, unless -r walks it all
    // (blind audit 46: release-please's `git ls-tree ${ref} ${path}`).
    [['git', 'ls-tree', PLACEHOLDER, PLACEHOLDER], undefined],
    [['git', 'ls-tree', '--name-only', 'HEAD'], undefined],
    [['git', 'ls-tree', '-r', '--name-only', 'HEAD'], '`git ls-tree -r` lists every file of the tree'],
    [['git', 'ls-tree', '-rt', PLACEHOLDER], '`git ls-tree -rt` lists every file of the tree'],
  ];
  for (const [argv, scales] of cases) {
    test(argv.map((w) => (w ?? '?').replaceAll(PLACEHOLDER, '$X')).join(' '), () => assert.equal(classifyArgv(argv).scales, scales));
  }
});

describe('find: what it prints grows with the tree unless a test bounds it (SCALING)', () => {
  const cases: [string, string | undefined][] = [
    ['find .', '`find` prints a line per file it walks'],
    ["find src -name '*.js'", "`find -name *.js` prints only the files that the pattern matches, a number that grows with the tree"],
    [`find src -name '*.${PLACEHOLDER}' -type f`, `\`find -name *.…\` prints only the files that the pattern matches, a number that grows with the tree`],
    ["find / -regex '.*/lib[^/]*\\.so'", "`find / -regex .*/lib[^/]*\\.so` prints every file of the file system that the pattern matches"],
    ['find . -name package.json -type f', undefined],
    [`find ${PLACEHOLDER} -name ${PLACEHOLDER} -type f`, undefined],
    ['find / -iname README -o -path ./lib', undefined],
    ["find . -name foo -o -name '*.bak'", "`find -name *.bak` prints only the files that the pattern matches, a number that grows with the tree"],
    ['find . -name x -print -quit', undefined],
    ["find . -maxdepth 1 -name '*.log'", undefined],
    ["find . -maxdepth 2 -name '*.log'", "`find -name *.log` prints only the files that the pattern matches, a number that grows with the tree"],
    ["find build -name '*.o' -delete", undefined],
    ['find . -type f -exec rm -f {} +', undefined],
    ["find . -name '*.js' -exec grep -l TODO {} +", '`find -exec` prints what `grep` prints for every file it walks'],
    ['find . -name .git -prune -o -print', '`find -prune` prints every file outside the directories it prunes'],
    // Tests not known here (`[root].concat(patterns)`): the code's own, no promise of a whole tree (audit 20: codecov-node).
    [`find ${PLACEHOLDER} ${PLACEHOLDER}`, undefined],
    [`find ${PLACEHOLDER}`, '`find` prints a line per file it walks'],
    [`find ${PLACEHOLDER} -type f ${PLACEHOLDER}`, '`find` prints a line per file it walks'],
    // A file list of the changes: a line per changed file, far below 1 MiB (audits 7, 14, 19, 20, 22).
    ['git diff --cached --name-only', undefined],
    [`git diff --name-status ${PLACEHOLDER}`, undefined],
    ['git diff-index --name-only HEAD', undefined],
    ['git diff HEAD~1', '`git diff` prints output that grows with the repository'],
    // --output=FILE: the patch goes to the file (blind audit 34: vscode-pull-request-github).
    [`git diff --no-index --output=${PLACEHOLDER}.diff -- a b`, undefined],
    // The work tree's changes, not the repository (audit 24: angular-cli); untracked files with the ignored ones grow.
    ['git ls-files -m -d -o --exclude-standard', undefined],
    ['git ls-files --modified', undefined],
    ['git ls-files -o', '`git ls-files -o` prints every untracked file, the ignored ones too'],
    ['git ls-files', '`git ls-files` prints output that grows with the repository'],
    // locate walks nothing: without a wildcard it prints the indexed paths that contain the text (audit 18: systeminformation).
    ['locate bin/postgres', undefined],
    [`locate ${PLACEHOLDER}`, undefined],
    ["locate '*.conf'", '`locate` prints every path of its index that the pattern matches'],
    ["locate -r '/bin/[a-z]*$'", '`locate -r` prints every path of its index that the regular expression matches'],
    // Windows find is a line filter, not a walk (blind audit 34: cli-microsoft365); /c alone may be Git Bash's C: drive.
    ['find /V "Caption"', undefined],
    ['find /I "node.exe"', undefined],
    ['find /c /v ""', undefined],
    ['find /c -type f', '`find` prints a line per file it walks'],
    // git show of one file at a revision: as large as that file. A path written here names the
    // project's own file (blind audit 34: package.json); a lockfile, or a path not known, can pass a megabyte.
    [`git show ${PLACEHOLDER}:package.json`, undefined],
    ['git show HEAD:src/index.ts', undefined],
    [`git show ${PLACEHOLDER}:package-lock.json`, '`git show …:package-lock.json` prints a lockfile or a bundle as it was at that revision, whole: past a megabyte in a large project'],
    ['git show main:web/yarn.lock', '`git show main:web/yarn.lock` prints a lockfile or a bundle as it was at that revision, whole: past a megabyte in a large project'],
    [`git show ${PLACEHOLDER}:${PLACEHOLDER}`, '`git show …:…` prints a file of the repository as it was at that revision, whole: as large as the file'],
    ['rg --vimgrep TODO', '`rg` prints a line per match in the tree it searches'],
    ['tree -a', '`tree` prints a line per file it walks'],
  ];
  for (const [cmd, scales] of cases) {
    test(cmd.replaceAll(PLACEHOLDER, '$X'), () => assert.equal(classifyShell(cmd).scales, scales));
  }
});

// Against maxBuffer (1 MiB, some 15,000 paths) the tree decides: a whole file system passes it, a
// folder of the project (cloving-cli's tests folder, blind audit 38) is far below it on most runs.
describe('find: a walk of the file system passes maxBuffer, a folder of the project rarely (nearBuffer)', () => {
  const cases: [string, boolean][] = [
    ['find / -type f', false],
    ["find / -name '*.so'", false],
    ["find ~ -iname '*.mp3'", false],
    ['find /usr/ -type f', false],
    ["find / -regex '.*\\.so'", false],
    ['find tests -type f', true],
    [`find ${PLACEHOLDER} -type f`, true],
    ["find src -name '*.ts'", true],
    ["find . -regex '.*\\.so'", true],
    ['find . -name .git -prune -o -print', true],
  ];
  for (const [cmd, near] of cases) {
    test(cmd.replaceAll(PLACEHOLDER, '$X'), () => {
      const out = classifyShell(cmd);
      assert.ok(out.scales, 'it scales');
      assert.equal(!!out.nearBuffer, near);
    });
  }
});

describe("converters: a whole document on stdout, unless it goes to a file (SCALING document lines)", () => {
  const cases: [string, string | undefined][] = [
    [`antiword -m UTF-8.txt "${PLACEHOLDER}"`, '`antiword` prints the whole converted document on stdout'],
    [`unrtf --html --nopict ${PLACEHOLDER}`, '`unrtf` prints the whole converted document on stdout'],
    [`catdoc ${PLACEHOLDER}`, '`catdoc` prints the whole converted document on stdout'],
    ['pandoc -f markdown -t html notes.md', '`pandoc` prints the whole converted document on stdout'],
    ['pandoc notes.md -o notes.html', undefined],
    ['pandoc --output=notes.html notes.md', undefined],
    ['pdftotext -layout report.pdf -', '`pdftotext -` prints the text of the whole document on stdout'],
    ['pdftotext -layout report.pdf report.txt', undefined],
    ['pdftotext -v', undefined],
    ['pdftohtml -stdout -i report.pdf', '`pdftohtml -stdout` prints the whole document as HTML on stdout'],
    ['lynx -dump https://example.org/', '`lynx -dump` prints the whole page as text on stdout'],
    ['antiword -h', undefined],
    [`tesseract ${PLACEHOLDER} stdout -l eng hocr`, '`tesseract stdout` prints the text it recognises on stdout, a page per image'],
    ['tesseract pages.txt - tsv', '`tesseract -` prints the text it recognises on stdout, a page per image'],
    [`tesseract ${PLACEHOLDER} ${PLACEHOLDER}`, undefined],
    ['tesseract scan.png out -l eng', undefined],
    ['tesseract --list-langs', undefined],
    // Graphviz renders the graph on stdout unless -o names a file (audit 28: dependency-cruiser's `dot -Tsvg`).
    ['dot -Tsvg', '`dot` prints the whole rendered graph on stdout'],
    ['dot -Tpng graph.dot -o graph.png', undefined],
    ['dot -V', undefined],
  ];
  for (const [cmd, scales] of cases) {
    test(cmd.replaceAll(PLACEHOLDER, '$X'), () => {
      const out = classifyShell(cmd);
      assert.equal(out.scales, scales);
      assert.equal(out.document, scales === undefined ? undefined : true);
    });
  }
  test('a converter feeding a pipeline is not the document of the line', () => {
    assert.equal(classifyShell('antiword report.doc | wc -l').document, undefined);
  });
});

/**
 * Programs real code runs (issue 11): one case per line of the table, in the table's order
 * ([shell command line, stdout class, stderr class, evidence (substring)]; `%s` is interpolated).
 */
const programs: [string, OutputClass, OutputClass, string][] = [
  // Quiet forms of desktop and client commands listed further down.
  ['notify-send -p "Done" %s', 'bounded', 'bounded', '`notify-send -p` prints the id'],
  ['notify-send "Backup finished" %s', 'none', 'bounded', '`notify-send` shows a notification and prints nothing'],
  ['xset q', 'bounded', 'bounded', '`xset q` prints the current settings'],
  ['xset s off -dpms', 'none', 'bounded', '`xset` changes an X setting'],
  ['setxkbmap -query', 'bounded', 'bounded', '`setxkbmap -query` prints the keyboard layout'],
  ['setxkbmap -layout us -variant intl', 'none', 'bounded', '`setxkbmap` sets the keyboard layout'],
  ['amixer -q sset Master 5%+', 'none', 'bounded', '`amixer -q` changes a mixer control'],
  ['xrandr --listmonitors', 'bounded', 'bounded', '`xrandr --listmonitors` prints the screens'],
  ['xrandr --output %s --mode 1920x1080', 'none', 'bounded', '`xrandr --output` changes the screen setup'],
  ['pactl set-sink-mute @DEFAULT_SINK@ toggle', 'none', 'bounded', '`pactl set-sink-mute` changes the sound server'],
  ['svn update -q %s', 'bounded', 'bounded', '`svn update -q` prints conflicts and errors only'],
  ['svn info --show-item revision', 'bounded', 'bounded', '`svn info` prints a few lines'],
  // X servers, VNC, desktops.
  ['Xvfb :99 -screen 0 1280x1024x24', 'none', 'unbounded', '`Xvfb` runs an X server, which logs on stderr'],
  ['startx -- :1', 'unbounded', 'unbounded', '`startx` runs an X server and a session'],
  ['x11vnc -display :0 -forever -bg -o /tmp/x11vnc.log', 'bounded', 'bounded', 'logs to a file or forks into the background'],
  ['x11vnc -display :0 -forever -shared', 'bounded', 'unbounded', '`x11vnc` logs every client and screen event'],
  ['vncserver :1 -geometry 1280x800', 'bounded', 'bounded', '`vncserver` starts the VNC server in the background'],
  ['websockify --web /usr/share/novnc 6080 localhost:5901', 'unbounded', 'unbounded', '`websockify` logs every connection'],
  ['swaybg -i %s -m fill', 'bounded', 'unbounded', '`swaybg` runs for the whole session'],
  ['mplayer -really-quiet -noidx -loop 0 %s', 'bounded', 'bounded', '`mplayer -really-quiet` plays without its status line'],
  ['cvlc -q --play-and-exit %s', 'none', 'bounded', '`cvlc -q` plays without its messages'],
  // VLC at its default verbosity: its banner and its errors (audit 32: ARTY); -v its log.
  ['cvlc stop.mp3', 'bounded', 'bounded', '`cvlc` prints its banner and its errors only'],
  ['vlc -vv %s', 'unbounded', 'unbounded', '`vlc -vv` plays while it prints its log'],
  // eval runs what its words say: ssh-agent's variable settings, a line written here (audit 40).
  ['eval $(ssh-agent) && ssh-add %s && ssh -NR %s:localhost:22 ubuntu@%s', 'bounded', 'bounded', '`eval $(ssh-agent)` runs the variable settings'],
  ['eval "$(pyenv init -)"', 'bounded', 'bounded', '`eval $(pyenv init -)`'],
  ['eval "git log"', 'unbounded', 'bounded', '`git` can print a lot'],
  // env with no program prints the environment (audit 40: piston's `source environment; env`).
  ['cd %s; source environment; env', 'bounded', 'bounded', '`env` prints the environment'],
  ['env -i', 'bounded', 'bounded', '`env` prints the environment'],
  // find naming version-control directories: the repositories (audit 40); -type d the directories.
  ['find %s -name "*.git";', 'bounded', 'unbounded', 'prints the repositories it finds'],
  ['find . -name .git -prune -o -print', 'unbounded', 'unbounded', '`find -o`'],
  ['find src -type d', 'unbounded', 'unbounded', '`find -type d` names every directory it finds'],
  // A shot of gphoto2, osslsigncode's status, ngramsymbols given its output file (audits 37, 33).
  ['gphoto2 --capture-image-and-download', 'bounded', 'bounded', 'a few lines for the shot'],
  ['gphoto2 --list-files', 'unbounded', 'bounded', 'a line per file of the card'],
  ['osslsigncode sign -pkcs12 %s -in %s -out %s', 'bounded', 'bounded', 'a status line'],
  ['ngramsymbols - %s', 'none', 'bounded', 'writes the symbol table to the file'],
  ['ffplay -nodisp -autoexit -loglevel error %s', 'none', 'bounded', '`ffplay -loglevel error` plays without its stats line'],
  ['mplayer -slave %s', 'unbounded', 'unbounded', '`mplayer` plays while it prints a status line'],
  ['mpv --fullscreen %s', 'bounded', 'unbounded', '`mpv` plays while it prints a few lines per file on stdout and its status line on stderr'],
  ['mpv --msg-level=all=v %s', 'unbounded', 'unbounded', '`mpv --msg-level=all=v` plays while it prints its log'],
  ['ffplay -autoexit %s', 'none', 'unbounded', '`ffplay` plays while it prints its stats line on stderr'],
  ['pylupdate5 -noobsolete -verbose pyzo.pro', 'bounded', 'bounded', '`pylupdate5` prints a summary line or two per translation file'],
  ['lrelease pyzo.pro', 'bounded', 'bounded', '`lrelease` prints a summary line or two per translation file'],
  ['smplayer %s', 'bounded', 'unbounded', '`smplayer` runs a GUI program'],
  ['soffice --headless --cat %s', 'unbounded', 'bounded', '`soffice --cat` prints the text of the documents'],
  ['soffice --headless --convert-to pdf --outdir /tmp %s', 'bounded', 'bounded', '`soffice --headless` runs without a window and prints a line per file it converts'],
  ["soffice --headless '--accept=socket,host=localhost,port=2002;urp;'", 'bounded', 'bounded', '`soffice --headless` runs without a window'],
  ['dolphin --select %s', 'bounded', 'unbounded', '`dolphin` runs a GUI program, which writes its warnings'],
  // Servers and daemons started as children.
  ['redis-server --daemonize yes --port 7000', 'bounded', 'bounded', '`redis-server --daemonize` forks into the background'],
  // A server's management commands end: appium's extension CLI (audit 12: webdriverio).
  ['appium --port 4723', 'unbounded', 'unbounded', '`appium` serves until it is stopped'],
  ['appium plugin list --installed', 'bounded', 'bounded', '`appium plugin list` lists or checks its drivers or plugins and ends'],
  ['appium driver doctor uiautomator2', 'bounded', 'bounded', '`appium driver doctor` lists or checks'],
  ['appium driver install xcuitest', 'unbounded', 'unbounded', '`appium driver` installs, updates or runs a driver or plugin with npm and ends'],
  ['gunicorn -b 0.0.0.0:8000 app:app', 'unbounded', 'unbounded', '`gunicorn` serves until it is stopped'],
  ['qemu-system-x86_64 -nographic -hda %s', 'unbounded', 'unbounded', '`qemu-system-x86_64` runs a machine'],
  ['jupyter notebook --no-browser --port 8888', 'unbounded', 'unbounded', '`jupyter notebook` serves until it is stopped'],
  ['mlflow ui --port 5000', 'unbounded', 'unbounded', '`mlflow ui` serves'],
  ['airflow scheduler', 'unbounded', 'unbounded', '`airflow scheduler` serves until it is stopped and logs every task'],
  ['celery -A proj worker -l info', 'unbounded', 'unbounded', '`celery` runs a worker'],
  ['mkdocs serve -a 127.0.0.1:8000', 'unbounded', 'unbounded', '`mkdocs serve` serves until it is stopped'],
  ['hugo --minify', 'bounded', 'bounded', '`hugo` builds the site and prints a summary'],
  ['jupyter nbconvert --to html %s', 'bounded', 'bounded', '`jupyter` prints a few lines'],
  ['flask db upgrade', 'unbounded', 'unbounded', '`flask` runs a command of the project'],
  ['openvpn --config %s --daemon', 'bounded', 'bounded', '`openvpn --daemon` logs to syslog'],
  ['openvpn --config %s', 'unbounded', 'unbounded', '`openvpn` logs every event'],
  ['memcached -vv -p 11211', 'unbounded', 'unbounded', '`memcached -vv` logs every connection'],
  ['memcached -d -p 11211', 'none', 'bounded', '`memcached` serves and prints errors only'],
  ['dhcpd -d -cf /tmp/dhcpd.conf %s', 'unbounded', 'unbounded', '`dhcpd -d` logs every lease'],
  ['dhcpd -cf /tmp/dhcpd.conf -pf /tmp/dhcpd.pid %s', 'bounded', 'bounded', '`dhcpd` prints its banner and forks'],
  ['pg_ctl -D %s -l %s start', 'bounded', 'bounded', '`pg_ctl -l` starts or stops the server, which logs to a file'],
  ['pg_ctl -D %s -w start', 'unbounded', 'bounded', '`pg_ctl start` starts the server, which logs on this stdout'],
  ['initdb -D %s', 'bounded', 'bounded', '`initdb` prints a few lines'],
  ['redis-cli monitor', 'unbounded', 'bounded', '`redis-cli monitor` follows the server'],
  ['redis-cli -p 7000 ping', 'bounded', 'bounded', '`redis-cli` prints the reply'],
  ['psql -U postgres -c %s', 'unbounded', 'bounded', '`psql` prints the rows its queries return'],
  ['mysqldump -u root --result-file=/tmp/db.sql db', 'none', 'bounded', '`mysqldump --result-file='],
  ['pg_dump -f /tmp/db.sql db', 'none', 'bounded', '`pg_dump -f` writes the dump to a file'],
  ['pg_restore -d db /tmp/db.dump', 'none', 'bounded', '`pg_restore -d` restores into the database'],
  ['pg_dump db', 'unbounded', 'bounded', '`pg_dump` writes the dump to stdout'],
  ['mongodump --out /tmp/dump', 'bounded', 'unbounded', '`mongodump` logs its progress on stderr'],
  ['elasticdump --input=http://localhost:9200/idx --output=/tmp/idx.json --type=data', 'unbounded', 'bounded', '`elasticdump` logs a line per batch of documents it moves'],
  ['streamripper http://radio.example/stream -d /tmp/music', 'unbounded', 'bounded', '`streamripper` prints its status line for as long as it rips the stream'],
  // Followers.
  ['journalctl -u nginx -n 50 --no-pager', 'bounded', 'bounded', '`journalctl -n` prints the last lines'],
  ['journalctl -u nginx --since today', 'unbounded', 'bounded', '`journalctl` prints the whole journal it selects'],
  ['dmesg -C', 'none', 'bounded', '`dmesg -C` changes the kernel log'],
  ['dmesg -T', 'unbounded', 'bounded', '`dmesg` prints the whole kernel ring buffer'],
  ['inotifywait -m -r -e close_write %s', 'unbounded', 'bounded', '`inotifywait -m` prints every change'],
  // webpack-cli prints stats and errors on stdout; stderr only at --progress (audit 30: mustafaadnan.xyz, 0 bytes over 21 rebuilds).
  ['webpack --watch --mode=development', 'unbounded', 'bounded', '`webpack --watch` runs in watch mode: it prints its stats, errors included, on stdout'],
  ['webpack -w', 'unbounded', 'bounded', 'on stdout on every change'],
  ['webpack build --config webpack.prod.js --mode=production', 'unbounded', 'bounded', 'prints its stats, errors included, on stdout, and at most a few lines on stderr'],
  ['webpack --watch=false', 'unbounded', 'bounded', 'prints its stats, errors included'],
  ['webpack --watch --progress', 'unbounded', 'unbounded', 'prints its progress on stderr'],
  ['webpack --progress=profile', 'unbounded', 'unbounded', 'prints its progress on stderr'],
  ['webpack serve --hot', 'unbounded', 'unbounded', 'runs a dev server'],
  ['fswatch -1 %s', 'bounded', 'bounded', '`fswatch -1` prints one change'],
  ['fswatch -r %s', 'unbounded', 'bounded', '`fswatch` prints every change'],
  ['inotifywait -e modify %s', 'bounded', 'bounded', '`inotifywait` waits for one change'],
  ['watchexec -e py -- pytest', 'unbounded', 'unbounded', '`watchexec` runs its command on every change'],
  ['watch -n 1 nvidia-smi', 'unbounded', 'bounded', '`watch` reruns its command'],
  ['udevadm monitor --udev', 'unbounded', 'bounded', '`udevadm monitor` prints every event'],
  ['dbus-monitor --session', 'unbounded', 'bounded', '`dbus-monitor` prints every event'],
  ['udevadm settle', 'none', 'bounded', '`udevadm settle` prints nothing'],
  ['udevadm info --export-db', 'unbounded', 'bounded', '`udevadm info --export-db` prints the whole device database'],
  ['xdpyinfo', 'bounded', 'bounded', '`xdpyinfo` prints a few lines'],
  // kubectl.
  ['kubectl -n %s port-forward %s 8080:80', 'bounded', 'unbounded', '`kubectl port-forward` forwards until it is stopped and logs every failed connection'],
  ['kubectl exec -it %s -- sh', 'unbounded', 'unbounded', '`sh` runs a program whose output can grow'],
  ['kubectl logs -f %s', 'unbounded', 'bounded', '`kubectl logs -f` follows the log'],
  ['kubectl apply -f deploy.yaml', 'bounded', 'bounded', '`kubectl apply` prints a line per resource'],
  // Media and conversion.
  ['ffprobe -v error -show_packets %s', 'unbounded', 'bounded', '`ffprobe -show_packets` prints a block per frame or packet'],
  ['ffprobe -v quiet -print_format json -show_format -show_streams %s', 'bounded', 'bounded', '`ffprobe` describes its input'],
  ['sox -S %s %s rate 16k', 'none', 'unbounded', '`sox -S` reports its progress'],
  ['sox -p %s', 'unbounded', 'bounded', '`sox -p` writes the audio to stdout'],
  ['play -q %s', 'none', 'bounded', '`play -q` works quietly'],
  ['play %s', 'none', 'unbounded', '`play` reports its progress on stderr'],
  ['sox %s -r 16000 %s', 'none', 'bounded', '`sox` writes its output file or device'],
  ['convert %s -resize 200x200 jpg:-', 'unbounded', 'bounded', '`convert jpg:-` writes the image to stdout'],
  ['identify -verbose %s', 'unbounded', 'unbounded', '`identify -verbose` describes every image'],
  ['identify -format %s %s', 'bounded', 'bounded', '`identify` prints a line per image'],
  ['convert %s -resize 50% %s', 'none', 'bounded', '`convert` writes the image to a file'],
  ['gs -q -dBATCH -dNOPAUSE -sDEVICE=png16m -sOutputFile=- %s', 'unbounded', 'bounded', '`gs -sOutputFile=-` writes the rendered document to stdout'],
  ['gs -q -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=out.pdf %s', 'none', 'bounded', '`gs -q` renders to its output file'],
  ['gs -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=out.pdf %s', 'bounded', 'bounded', '`gs` prints a banner and a line per page'],
  ['pdftk %s cat 1-3 output -', 'unbounded', 'bounded', '`pdftk output -` writes the document to stdout'],
  ['mutool show %s trailer', 'unbounded', 'bounded', '`mutool show` prints the objects'],
  ['pdftoppm -png -r 150 %s -', 'unbounded', 'bounded', '`pdftoppm -` may write the document to stdout'],
  ['qpdf --linearize %s %s', 'bounded', 'bounded', '`qpdf` writes its output file'],
  ['pdftotext -layout %s -', 'unbounded', 'bounded', '`pdftotext -` writes the text of the document to stdout'],
  ['pdftotext -layout %s %s', 'none', 'bounded', '`pdftotext` writes the text to a file'],
  ['lynx -dump %s', 'unbounded', 'bounded', '`lynx -dump` prints the whole page'],
  ['antiword %s', 'unbounded', 'bounded', '`antiword` prints the converted document'],
  ['unoconv -f pdf --stdout %s', 'unbounded', 'bounded', '`unoconv --stdout` writes the converted document to stdout'],
  ['unoconv --listener', 'unbounded', 'unbounded', '`unoconv --listener` serves conversions'],
  ['unoconv -f pdf -o %s %s', 'bounded', 'bounded', '`unoconv` writes the converted document to a file'],
  ['wkhtmltopdf -q %s -', 'unbounded', 'bounded', '`wkhtmltopdf -` writes the document to stdout'],
  ['wkhtmltopdf %s %s', 'none', 'bounded', '`wkhtmltopdf` writes the document to a file'],
  ['tesseract %s stdout -l eng', 'unbounded', 'bounded', '`tesseract stdout` prints the text it recognises'],
  ['tesseract --list-langs', 'unbounded', 'bounded', '`tesseract --list-langs` prints a list'],
  ['tesseract %s %s -l eng', 'none', 'bounded', '`tesseract` writes the text to a file'],
  // Blind audit 32: with `-o -` every message goes to stderr, the progress line included.
  ['yt-dlp -o - %s', 'unbounded', 'unbounded', '`yt-dlp -o -` writes the video to stdout, and its progress on stderr'],
  ['youtube-dl --output=- %s', 'unbounded', 'unbounded', '`youtube-dl --output=-` writes the video to stdout, and its progress on stderr'],
  ['yt-dlp -q -o - %s', 'unbounded', 'bounded', '`yt-dlp -q -o -` writes the video to stdout and no progress'],
  ['yt-dlp --no-progress --output=- %s', 'unbounded', 'bounded', '`yt-dlp --no-progress --output=-` writes the video to stdout and no progress'],
  ['yt-dlp -j %s', 'unbounded', 'bounded', '`yt-dlp -j` writes the whole description of the video in JSON'],
  ['youtube-dl --get-url %s', 'bounded', 'bounded', '`youtube-dl --get-url` prints what it is asked'],
  ['aria2c -q -d /tmp %s', 'none', 'bounded', '`aria2c -q` downloads and prints errors only'],
  ['streamlink --stdout %s best', 'unbounded', 'bounded', '`streamlink --stdout` writes the stream to stdout'],
  ['yt-dlp -f bestaudio -x %s', 'unbounded', 'bounded', '`yt-dlp` prints its progress while it downloads'],
  ['flac -d -c %s', 'unbounded', 'unbounded', '`flac -c` writes the audio to stdout'],
  ['lame --quiet -b 128 %s %s', 'none', 'bounded', '`lame --quiet` encodes quietly'],
  ['flac -s -8 %s', 'none', 'bounded', '`flac -s` encodes quietly'],
  ['oggenc -Q -q 6 %s', 'none', 'bounded', '`oggenc -Q` encodes quietly'],
  ['opusenc --quiet %s %s', 'none', 'bounded', '`opusenc --quiet` encodes quietly'],
  ['lame -b 192 %s %s', 'none', 'unbounded', '`lame` reports its progress on stderr'],
  ['exiftool -r -json %s', 'unbounded', 'bounded', '`exiftool -r` reports on every file of a tree'],
  ['mkvmerge -o %s %s %s', 'bounded', 'bounded', '`mkvmerge` prints a few lines per file'],
  ['dot -Tpng -o %s %s', 'none', 'bounded', '`dot -o` writes the image to a file'],
  ['dot -Tsvg %s', 'unbounded', 'bounded', '`dot` writes the image to stdout'],
  // Builds, installers, linters, cloud clients.
  ['terraform output -raw ip', 'bounded', 'bounded', '`terraform output` prints a few lines'],
  ['terraform apply -auto-approve', 'unbounded', 'unbounded', '`terraform` builds, tests or installs'],
  ['dpkg -i %s', 'unbounded', 'unbounded', '`dpkg -i` installs or removes packages'],
  ['dpkg-query -l', 'unbounded', 'bounded', '`dpkg-query -l` lists packages'],
  ['dpkg --verify %s', 'bounded', 'bounded', '`dpkg` prints a few lines'],
  ['apt-cache search python3', 'unbounded', 'bounded', '`apt-cache search` lists every package'],
  ['apt-cache policy firefox', 'bounded', 'bounded', '`apt-cache` describes the packages'],
  // apt-get update fetches the package lists (blind audit 35: GX2019); install and upgrade grow.
  ['sudo apt-get update', 'bounded', 'bounded', '`apt-get update` fetches the package lists and prints a line per source'],
  ['apt-get -qq update -y', 'bounded', 'bounded', '`apt-get update` fetches the package lists'],
  ['apt update', 'bounded', 'bounded', '`apt update` fetches the package lists'],
  ['apt-get update %s', 'unbounded', 'unbounded', '`apt-get` builds, installs or runs other programs'],
  ['apt-get update && apt-get upgrade -y', 'unbounded', 'unbounded', '`apt-get` builds, installs or runs other programs'],
  ['apt install -y supervisor', 'unbounded', 'unbounded', '`apt` builds, installs or runs other programs'],
  ['grub-mkconfig -o /boot/grub/grub.cfg', 'bounded', 'bounded', '`grub-mkconfig -o` writes the configuration to a file'],
  ['grub-mkconfig', 'unbounded', 'bounded', '`grub-mkconfig` writes the configuration to stdout'],
  ['dpkg-query -W -f=${Version} %s', 'bounded', 'bounded', '`dpkg-query` prints a few lines'],
  ['black -q %s', 'none', 'bounded', '`black -q` formats quietly'],
  ['black --diff %s', 'unbounded', 'unbounded', '`black --diff` prints a diff'],
  ['black %s', 'none', 'unbounded', '`black` names every file it reformats on stderr'],
  ['eslint --format json %s', 'unbounded', 'bounded', '`eslint` prints a line per problem'],
  ['gsutil -q cp %s gs://bucket/', 'unbounded', 'bounded', '`gsutil -q` prints what it lists'],
  ['gsutil -m rsync -r %s gs://bucket', 'unbounded', 'unbounded', '`gsutil` prints what it lists, and every copy on stderr'],
  ['aws s3 ls s3://bucket --recursive', 'unbounded', 'bounded', '`aws` prints the resources'],
  ['helm upgrade --install %s %s', 'bounded', 'bounded', '`helm upgrade` prints a status'],
  ['helm template %s', 'unbounded', 'bounded', '`helm` prints the charts, releases or manifests'],
  ['gh pr view --json number -q .number', 'bounded', 'bounded', '`gh -q` prints the values it picks out'],
  ['gh run view %s --log', 'unbounded', 'bounded', '`gh view` prints what it fetches'],
  ['gh auth status', 'bounded', 'bounded', '`gh` prints a line or a few'],
  // Version control.
  ['hg pull -v', 'unbounded', 'bounded', '`hg pull -v` names every file or change'],
  ['hg id -i', 'bounded', 'bounded', '`hg id` prints a line or a few'],
  ['hg log -l 10000', 'unbounded', 'bounded', '`hg` can print a lot'],
  ['fossil branch current', 'bounded', 'bounded', '`fossil branch` prints a line or a few'],
  ['fossil timeline -n 0', 'unbounded', 'bounded', '`fossil` can print a lot'],
  // Archivers and backups.
  ['unzip -o %s -d %s', 'unbounded', 'bounded', '`unzip` names every file it adds or extracts'],
  ['unar -q -o %s %s', 'bounded', 'bounded', '`unar -q` prints errors only'],
  ['zipinfo -1 %s', 'unbounded', 'bounded', '`zipinfo` names every file of the archive'],
  ['7z x -so %s', 'unbounded', 'bounded', '`7z -so` writes the data'],
  ['7z l %s', 'unbounded', 'bounded', '`7z l` names every file of the archive'],
  ['7z x -y -o%s %s', 'bounded', 'bounded', '`7z` prints a summary'],
  ['unrar x -inul %s', 'bounded', 'bounded', '`unrar -inul` prints errors only'],
  ['unrar x %s %s', 'unbounded', 'bounded', '`unrar` names every file it adds, extracts or lists'],
  ['find . -depth | cpio -o -H newc', 'unbounded', 'unbounded', '`cpio -o` writes the archive to stdout'],
  ['cpio -idm < %s', 'none', 'bounded', '`cpio` extracts or copies its files'],
  ['pigz -dc %s', 'unbounded', 'bounded', '`pigz -dc` writes the data to stdout'],
  ['pigz -9 %s', 'none', 'bounded', '`pigz` compresses or expands its files'],
  ['borg extract --stdout %s %s', 'unbounded', 'unbounded', '`borg --stdout` writes the data to stdout'],
  ['borg list %s', 'unbounded', 'bounded', '`borg list` prints every archive'],
  ['borg init --encryption=repokey %s', 'bounded', 'bounded', '`borg` prints warnings and errors only'],
  ['borgmatic --config %s', 'unbounded', 'unbounded', '`borgmatic` runs borg'],
  ['restic -v backup %s', 'unbounded', 'unbounded', '`restic -v` names every file'],
  ['restic snapshots --json', 'unbounded', 'bounded', '`restic snapshots` prints every snapshot'],
  ['restic backup %s', 'bounded', 'bounded', '`restic` prints a summary'],
  ['rclone copy -P %s remote:x', 'unbounded', 'unbounded', '`rclone -P` reports every file'],
  ['rclone lsjson remote:x', 'unbounded', 'bounded', '`rclone lsjson` prints every file'],
  ['rclone copy %s remote:x', 'bounded', 'bounded', '`rclone` prints notices and errors only'],
  ['zfs send -R %s', 'unbounded', 'bounded', '`zfs send` writes the snapshot stream'],
  ['zfs receive -v %s', 'unbounded', 'bounded', '`zfs receive -v` names every dataset'],
  ['zfs list -H -t snapshot', 'unbounded', 'bounded', '`zfs list` prints a line per dataset'],
  ['zfs snapshot %s', 'none', 'bounded', '`zfs snapshot` changes the pool or dataset'],
  ['zpool import', 'bounded', 'bounded', '`zpool` prints a few lines'],
  // Network and Wi-Fi.
  ['/sbin/iwlist %s scan', 'unbounded', 'bounded', '`iwlist scan` prints some thirty lines per access point'],
  ['iwlist %s freq', 'bounded', 'bounded', '`iwlist` prints the interface\'s frequencies'],
  ['iw dev %s scan', 'unbounded', 'bounded', '`iw scan` prints every access point'],
  ['iw dev', 'bounded', 'bounded', '`iw` prints the interface'],
  ['netstat -c -tn', 'unbounded', 'bounded', '`netstat -c` prints the table again'],
  ['ss -tanp', 'unbounded', 'bounded', '`ss` prints a line per socket'],
  ['conntrack -L', 'unbounded', 'bounded', '`conntrack -L` prints every tracked connection'],
  ['conntrack -F', 'bounded', 'bounded', '`conntrack` prints a summary line'],
  ['ipset list blocked', 'unbounded', 'bounded', '`ipset list` prints every set'],
  ['ipset add blocked %s', 'none', 'bounded', '`ipset` changes a set'],
  ['sshfs -d %s:/ /mnt', 'unbounded', 'unbounded', '`sshfs -d` logs every request'],
  ['ssh-keyscan -H %s', 'bounded', 'bounded', '`ssh-keyscan` prints a few lines'],
  ['snmpwalk -v2c -c public %s', 'unbounded', 'bounded', '`snmpwalk` prints every value'],
  ['snmpget -v2c -c public %s sysName.0', 'bounded', 'bounded', '`snmpget` prints the values'],
  ['picocom -b 115200 /dev/ttyUSB0', 'unbounded', 'unbounded', '`picocom` runs a session'],
  ['bluetoothctl scan on', 'unbounded', 'bounded', '`bluetoothctl scan` prints every device'],
  ['bluetoothctl connect %s', 'bounded', 'bounded', '`bluetoothctl` prints a few lines'],
  ['hashcat -m 2500 --status %s %s', 'unbounded', 'bounded', '`hashcat --status` prints a status screen'],
  ['john --wordlist=%s --rules --stdout', 'unbounded', 'bounded', '`john --stdout` prints every candidate word'],
  ['crunch 8 8 -o %s', 'bounded', 'bounded', '`crunch -o` writes the word list to a file'],
  ['hashcat --quiet -m 2500 %s %s', 'bounded', 'bounded', '`hashcat` prints a summary and the passwords it cracks'],
  ['john --show %s', 'bounded', 'bounded', '`john` prints a summary'],
  ['/opt/hashcat-utils/bin/combinator3.bin a.txt b.txt c.txt', 'unbounded', 'bounded', '`combinator3.bin` prints every password candidate it generates'],
  ['pp64.bin --pw-min=8 < words.txt', 'unbounded', 'bounded', '`pp64.bin` prints every password candidate it generates'],
  ['enumNG -p -m 1000000 -C omen.cfg', 'unbounded', 'bounded', '`enumNG` prints every password candidate it generates'],
  ['gobuster dir -u %s -w %s', 'unbounded', 'unbounded', '`gobuster` prints every result, and its progress on stderr'],
  ['sqlmap -u %s --batch', 'unbounded', 'bounded', '`sqlmap` prints every result'],
  // Listings and system queries.
  ['rg -q %s %s', 'none', 'bounded', '`rg -q` answers with its exit status'],
  ['locate -c %s', 'bounded', 'bounded', '`locate -c` prints a count'],
  ['fd -e py . %s', 'unbounded', 'bounded', '`fd` prints a line per file'],
  ['top -bn1', 'unbounded', 'bounded', '`top -bn1` prints a screen of processes'],
  ['top', 'bounded', 'bounded', '`top` needs a terminal'],
  ['vmstat 1 5', 'bounded', 'bounded', '`vmstat 1 5` prints a report for each of a few intervals'],
  ['iostat -x 2', 'unbounded', 'bounded', '`iostat -x 2` prints a report every interval'],
  ['nvidia-smi -l 1', 'unbounded', 'bounded', '`nvidia-smi -l` prints a report every interval'],
  ['nvidia-smi --query-gpu=name --format=csv', 'bounded', 'bounded', '`nvidia-smi` prints a report'],
  ['dumpe2fs -h %s', 'bounded', 'bounded', '`dumpe2fs -h` prints the superblock'],
  ['btrfs subvolume list /', 'unbounded', 'bounded', '`btrfs` prints every group, subvolume'],
  ['mkfs.ext4 -F %s', 'bounded', 'bounded', '`mkfs.ext4` prints a few lines'],
  // Text filters.
  ["sed -i 's/a/b/' %s", 'none', 'bounded', '`sed -i` edits the file in place'],
  ['sort -u -o %s %s', 'none', 'bounded', '`sort -o` writes to its output file'],
  ['cmp -s %s %s', 'none', 'bounded', '`cmp -s` answers with its exit status'],
  ['diff -qr %s %s', 'bounded', 'bounded', '`diff -qr` says whether the files differ'],
  ['sort -u %s', 'unbounded', 'bounded', '`sort` prints its input or its files, transformed'],
  ['diff -u %s %s', 'unbounded', 'bounded', '`diff` prints every line that differs'],
  ['yes', 'unbounded', 'bounded', '`yes` prints its word, a line at a time, until it is stopped'],
  ['seq 1 %s', 'unbounded', 'bounded', '`seq` prints a sequence of numbers, one a line'],
  ['comm -12 %s %s', 'unbounded', 'bounded', '`comm` prints the lines of its two files, in columns'],
  ['join -t , %s %s', 'unbounded', 'bounded', '`join` prints a line for each pair of lines of its files that share a field'],
  ['wdiff %s %s', 'unbounded', 'bounded', '`wdiff` prints every line that differs'],
  ['patch -p1 -i %s', 'bounded', 'bounded', '`patch` prints a line per file'],
  ['dos2unix %s', 'none', 'bounded', '`dos2unix` converts the files in place'],
  // macOS.
  ['security dump-keychain', 'unbounded', 'bounded', '`security dump-keychain` prints every item'],
  ['pkgutil --files com.example.pkg', 'unbounded', 'bounded', '`pkgutil --files` lists every package or file'],
  ['otool -L %s', 'bounded', 'bounded', '`otool -L` prints the libraries'],
  ['otool -tv %s', 'unbounded', 'bounded', '`otool` prints the sections or the disassembly'],
  ['system_profiler SPHardwareDataType', 'bounded', 'bounded', '`system_profiler SPHardwareDataType` describes one part'],
  ['mdfind kMDItemCFBundleIdentifier == %s', 'unbounded', 'bounded', '`mdfind` prints every item it finds'],
  ['log stream --predicate %s', 'unbounded', 'bounded', '`log stream` prints the system log'],
  ['log collect --last 1h', 'bounded', 'bounded', '`log` prints a few lines'],
  ['sar -u', 'bounded', 'bounded', '`sar` prints a report'],
  ['w3m %s', 'unbounded', 'bounded', '`w3m` prints a whole page or redraws its screen'],
  ['screencapture -i -c', 'none', 'bounded', '`screencapture` saves the screenshot'],
  ['codesign --force --sign - %s', 'bounded', 'bounded', '`codesign` prints a line or a few'],
  // Windows.
  ['wmic process where "ParentProcessId=%s" get ProcessId', 'bounded', 'bounded', '`wmic where` prints the properties'],
  ['robocopy %s %s /E', 'unbounded', 'bounded', '`robocopy` prints a line per item or file'],
  ['msiexec /qn /a %s TARGETDIR=%s', 'none', 'bounded', '`msiexec` prints nothing to the console'],
  ['cygpath -w %s', 'bounded', 'bounded', '`cygpath` prints a few lines at most'],
  ['REG DELETE HKCU\\Environment /V %s /f', 'bounded', 'bounded', '`REG` prints a status line'],
  ['SETX %s %s', 'bounded', 'bounded', '`SETX` prints a status line'],
  ['wsl.exe ls %s', 'unbounded', 'unbounded', '`wsl.exe` runs a program'],
  // Desktop actions.
  ['xdotool key ctrl+v', 'none', 'bounded', '`xdotool key` acts on the display'],
  ['xdotool getactivewindow', 'bounded', 'bounded', '`xdotool` prints the windows or the position'],
  ['ydotool type %s', 'none', 'bounded', '`ydotool` acts on the display'],
  ['wmctrl -lp', 'bounded', 'bounded', '`wmctrl -lp` prints a line per window'],
  ['wmctrl -r :ACTIVE: -b add,maximized_vert', 'none', 'bounded', '`wmctrl` acts on a window'],
  ['pamixer --get-volume', 'bounded', 'bounded', '`pamixer --get-volume` prints the volume'],
  ['pamixer -i 5', 'none', 'bounded', '`pamixer` changes the volume'],
  ['playerctl metadata --follow', 'unbounded', 'bounded', '`playerctl --follow` prints every change'],
  ['playerctl play-pause', 'none', 'bounded', '`playerctl play-pause` controls the player'],
  ['mpc idleloop player', 'unbounded', 'bounded', '`mpc idleloop` prints every change'],
  ['playerctl status', 'bounded', 'bounded', '`playerctl` prints the player\'s status'],
  ['xbacklight -get', 'bounded', 'bounded', '`xbacklight -get` prints the brightness'],
  ['brightnessctl -q set 10%+', 'none', 'bounded', '`brightnessctl -q` changes the brightness'],
  ['xbacklight -inc 10', 'none', 'bounded', '`xbacklight` changes the brightness'],
  ['xmodmap -pke', 'bounded', 'bounded', '`xmodmap -pke` prints the keymap'],
  ['xmodmap -e %s', 'none', 'bounded', '`xmodmap` changes the keymap'],
  ['xinput test %s', 'unbounded', 'bounded', '`xinput test` prints every input event'],
  ['xinput set-prop %s %s 1', 'none', 'bounded', '`xinput set-prop` changes an input device'],
  ['xdg-desktop-menu install --novendor %s', 'none', 'bounded', '`xdg-desktop-menu` prints nothing'],
  ['brightnessctl set 50%', 'bounded', 'bounded', '`brightnessctl` prints a few lines at most'],
  ['fc-list : family', 'unbounded', 'bounded', '`fc-list` prints a line per installed font'],
  ['fc-cache -fv', 'unbounded', 'bounded', '`fc-cache -fv` names every file'],
  ['strip --strip-unneeded %s', 'none', 'bounded', '`strip` prints nothing'],
  ['llvm-objcopy --dump-section=external_debug_info=/dev/null %s', 'none', 'bounded', '`llvm-objcopy` prints nothing'],
  ['objcopy --only-keep-debug %s %s', 'none', 'bounded', '`objcopy` prints nothing'],
  ['llvm-objcopy -v %s %s', 'unbounded', 'bounded', '`llvm-objcopy -v` names every file it handles'],
  ['nm -D %s', 'unbounded', 'bounded', '`nm` prints the symbols'],
  ['julia %s', 'unbounded', 'unbounded', '`julia` runs a program'],
  ['man bash', 'unbounded', 'bounded', '`man` prints a whole page'],
  ['kitty -e htop', 'none', 'bounded', '`kitty` runs its command in its own window'],
  ['jar cvf %s -C classes .', 'unbounded', 'bounded', '`jar cvf` names every file of the archive'],
  ['jar cf %s -C classes .', 'none', 'bounded', '`jar` writes the archive'],
  ['jarsigner -verbose -keystore %s %s alias', 'unbounded', 'bounded', '`jarsigner -verbose` prints every entry'],
  ['keytool -genkey -alias %s -keystore %s', 'bounded', 'bounded', '`keytool` prints a few lines'],
  ['bridge monitor fdb', 'unbounded', 'bounded', '`bridge monitor` prints every bridge event'],
  ['bridge fdb add %s dev %s', 'none', 'bounded', '`bridge fdb add` prints nothing'],
  ['bridge link show', 'bounded', 'bounded', '`bridge` prints the bridge table'],
  ['VBoxManage guestcontrol %s run --exe /bin/ls', 'unbounded', 'unbounded', '`VBoxManage guestcontrol` runs a command'],
  ['VBoxManage startvm %s --type headless', 'bounded', 'bounded', '`VBoxManage` prints a few lines'],
  // Forms that write little, each under its loud form (audits 9 and 10).
  ['docker volume create --name %s', 'bounded', 'bounded', '`docker volume create` prints the name or id'],
  ['docker network rm %s', 'bounded', 'bounded', '`docker network rm` prints the name or id'],
  ['docker volume ls', 'unbounded', 'unbounded', '`docker` builds, installs or runs other programs'],
  ['qemu-system-aarch64 -machine help', 'bounded', 'bounded', '`qemu-system-aarch64 -machine help` prints the list of machines'],
  ['qemu-system-x86_64 -cpu help', 'bounded', 'bounded', 'prints the list of machines or CPUs'],
  ['qemu-system-aarch64 -M virt -kernel %s', 'unbounded', 'unbounded', 'runs a machine or a program under emulation'],
  ['wineserver -d2', 'none', 'unbounded', '`wineserver -d2` logs every request on stderr'],
  ['wineserver -w', 'none', 'bounded', '`wineserver -w` prints nothing'],
  ['wineserver -k', 'none', 'bounded', '`wineserver -k` prints nothing'],
  ['pyminifier -o %s %s', 'bounded', 'bounded', '`pyminifier -o` writes the result to a file'],
  ['pyminifier --destdir=out a.py b.py', 'bounded', 'bounded', 'prints a size line per file'],
  ['pyminifier --obfuscate %s', 'unbounded', 'bounded', '`pyminifier` prints the minified source'],
  ['terminal-notifier -title %s -message %s', 'bounded', 'bounded', '`terminal-notifier` shows a notification'],
  ['git clean -fdxq', 'bounded', 'bounded', '`git clean -fdxq` prints errors only'],
  ['git clean -x -f -d', 'unbounded', 'bounded', '`git clean` names every path it removes'],
  ['tcpreplay -v -i %s %s', 'unbounded', 'bounded', '`tcpreplay -v` prints every packet'],
  ['tcpreplay --stats=5 --loop=0 -i %s %s', 'unbounded', 'bounded', 'a statistics block per interval'],
  ['tcpreplay -i %s -t %s', 'bounded', 'bounded', '`tcpreplay` prints a statistics block when it ends'],
  ['pyinstaller --onefile %s', 'bounded', 'unbounded', '`pyinstaller` logs its build on stderr'],
  ['python3 -m PyInstaller --noconsole --onefile %s', 'bounded', 'unbounded', '`python3 -m PyInstaller` runs PyInstaller, which logs its build on stderr'],
  ['python -m pip install %s', 'unbounded', 'unbounded', '`python` runs a program whose output can grow'],
  ['tasklist /FI "IMAGENAME eq firefox.exe" /FO CSV /NH', 'bounded', 'bounded', 'prints the processes of one image or id'],
  ['tasklist /FI "STATUS eq running"', 'unbounded', 'bounded', '`tasklist` lists processes'],
  ['svn --version --quiet', 'bounded', 'bounded', '`svn --version` prints its version'],
  ['git-upload-pack --stateless-rpc --advertise-refs %s', 'unbounded', 'bounded', '`git-upload-pack` sends a pack on stdout and only errors on stderr'],
  ['git upload-pack %s', 'unbounded', 'bounded', '`git upload-pack` sends a pack on stdout'],
  // Arguments that decide the size, per stream (audits 19 and 20). ffmpeg: a quiet log level, the
  // stats line asked back, a stream copy of a file against a network, live or segmented stream.
  ['ffmpeg -loglevel error -i %s %s', 'none', 'bounded', '`ffmpeg -loglevel error` logs errors only'],
  ['ffmpeg -v quiet -i %s -f wav %s', 'none', 'bounded', '`ffmpeg -v quiet` logs errors only'],
  ['ffmpeg -loglevel repeat+level+fatal -i %s %s', 'none', 'bounded', 'logs errors only'],
  ['ffmpeg -loglevel warning -i %s %s', 'none', 'unbounded', '`ffmpeg` logs its progress on stderr'],
  ['ffmpeg -v error -stats -i %s %s', 'none', 'unbounded', '`ffmpeg -stats` prints its stats line'],
  // A few frames written as a count, or one image named as the output (blind audit 46: wabot-aq's
  // `-frames:v 1`): the banner and a stats line or two, whatever the input, a camera's too.
  ['ffmpeg -vframes 8 -i %s %s', 'none', 'bounded', '`ffmpeg -vframes 8` renders a few frames'],
  ['ffmpeg -y -i %s -filter_complex %s -frames:v 1 %s', 'none', 'bounded', '`ffmpeg -frames:v 1` renders a few frames'],
  ['ffmpeg -rtsp_transport tcp -i %s -frames 1 snap.jpg', 'none', 'bounded', '`ffmpeg -frames 1` renders a few frames'],
  ['ffmpeg -ss 5 -i %s -vf scale=320:-1 %s/thumb.png', 'none', 'bounded', 'renders a few frames'],
  ['ffmpeg -i %s -vframes 1 -f image2 pipe:1', 'unbounded', 'bounded', 'writes a few frames to stdout'],
  // Not a few: a count of a thousand and more, a count not known here, an image sequence, an image input.
  ['ffmpeg -i %s -frames:v 5000 %s', 'none', 'unbounded', '`ffmpeg` logs its progress on stderr'],
  ['ffmpeg -i %s -vframes %s %s', 'none', 'unbounded', '`ffmpeg` logs its progress on stderr'],
  ['ffmpeg -i %s -r 1 frames/%04d.png', 'none', 'unbounded', '`ffmpeg` logs its progress on stderr'],
  ['ffmpeg -loop 1 -i cover.png -i %s -c:v libx264 %s', 'none', 'unbounded', 'while it encodes'],
  ['ffmpeg -hide_banner -i %s -c:v copy %s -y', 'none', 'bounded', '`ffmpeg -c:v copy` copies the video without encoding it'],
  ['ffmpeg -i %s -codec copy -map 0 %s', 'none', 'bounded', '`ffmpeg -codec copy` copies the video'],
  ['ffmpeg -i %s -vcodec copy -acodec aac %s', 'none', 'bounded', '`ffmpeg -vcodec copy` copies the video'],
  ['ffmpeg -i %s -acodec copy -vcodec libx264 %s', 'none', 'unbounded', '`ffmpeg -vcodec libx264` logs its progress on stderr while it encodes'],
  ['ffmpeg -i %s -c copy -c:v libx265 %s', 'none', 'unbounded', 'while it encodes'],
  ['ffmpeg -hide_banner -headers %s -i %s -c copy %s', 'none', 'unbounded', '`ffmpeg -headers` reads or writes a network, live or segmented stream'],
  ['ffmpeg -i https://%s/index.m3u8 -c copy out.mp4', 'none', 'unbounded', 'a network, live or segmented stream'],
  ['ffmpeg -i %s/master.m3u8 -c copy %s', 'none', 'unbounded', 'a network, live or segmented stream'],
  ['ffmpeg -rtsp_transport tcp -i %s -c copy -f segment -segment_time 60 %s', 'none', 'unbounded', '`ffmpeg -rtsp_transport`'],
  ['ffmpeg -f concat -safe 0 -i list.txt -c copy %s', 'none', 'unbounded', '`ffmpeg -f concat`'],
  ['ffmpeg -i - -c copy %s', 'none', 'unbounded', '`ffmpeg -i -` reads its input from stdin'],
  // Blind audit 45: `-i -` is stdin, no stream; an audio encode (-vn) prints a few hundred stats lines, unless its input is live.
  ['ffmpeg -y -f s16le -acodec pcm_s16le -ar 44100 -ac 2 -i - -vn -b 3000k %s', 'none', 'bounded', '`ffmpeg -vn` encodes audio only'],
  ['ffmpeg -i %s -vn -acodec libmp3lame %s', 'none', 'bounded', 'encodes audio only'],
  ['ffmpeg -re -i %s -vn -f mp3 %s', 'none', 'unbounded', '`ffmpeg -re` reads or writes a network, live or segmented stream'],
  ['ffmpeg -f rawvideo -s 640x480 -i - %s', 'none', 'unbounded', '`ffmpeg -i -` reads its input from stdin'],
  ['cvs -d :pserver:anonymous@%s:/cvsroot login', 'bounded', 'bounded', '`cvs login` logs in or out'],
  ['ffmpeg -i %s -c copy -f flv rtmp://%s/live', 'none', 'unbounded', 'a network, live or segmented stream'],
  // find: a name without a wildcard selects a few files on stdout; it still walks the whole tree,
  // and names on stderr every directory it cannot read.
  ['find %s -name setup.py', 'bounded', 'unbounded', '`find … -name setup.py` prints the few files of that name'],
  ['find / -type f -iname core', 'bounded', 'unbounded', 'prints the few files of that name'],
  ["find . -name '*.pyc'", 'unbounded', 'unbounded', '`find -name *.pyc` prints only the files that the pattern matches, a number that grows with the tree'],
  ['find . -not -name setup.py', 'unbounded', 'unbounded', '`find` names every file it finds'],
  ['find . ! -name setup.py', 'unbounded', 'unbounded', '`find` names every file it finds'],
  ['find . -name %s', 'unbounded', 'unbounded', '`find` names every file it finds'],
  ['find . -name setup.py -exec cat {} ;', 'unbounded', 'unbounded', '`find -exec` runs a command on every file it selects'],
  ['find / -name libc.so.6 -print -quit', 'bounded', 'unbounded', '`find -quit` prints the first file it finds'],
  ['find . -name .git -prune -o -print', 'unbounded', 'unbounded', '`find -o` prints every file one of its alternatives selects'],
  ['find . -name setup.py -or -type f', 'unbounded', 'unbounded', 'one of its alternatives selects'],
  ['find . -follow -name setup.py', 'bounded', 'unbounded', 'prints the few files of that name'],
  ['find . -maxdepth 0 -newer %s', 'bounded', 'unbounded', '`find -maxdepth 0`'],
  // Pickers print the entry the user picks; --multi any number; --filter every match.
  ['fzf --no-sort --prompt=%s', 'bounded', 'unbounded', '`fzf` prints the entry the user picks'],
  ['fzf --multi --ansi', 'unbounded', 'unbounded', '`fzf --multi` prints the entries the user picks, any number of them'],
  ['fzf -m', 'unbounded', 'unbounded', 'any number of them'],
  ['fzf --filter=%s', 'unbounded', 'bounded', '`fzf --filter=` prints every entry of its input that matches'],
  ['rofi -dmenu -p %s', 'bounded', 'bounded', '`rofi` prints the entry the user picks'],
  ['dmenu -l 10', 'bounded', 'bounded', 'prints the entry the user picks'],
  // Dependency listings: a line per package, unless only the direct ones.
  ['yarn list --prod --json', 'unbounded', 'bounded', '`yarn list` lists the installed packages'],
  ['npm ls --all --json', 'unbounded', 'bounded', '`npm ls` lists the installed packages'],
  ['npm ls --depth=0 --json', 'bounded', 'bounded', '`npm ls --depth=0` lists the direct dependencies'],
  ['pnpm list --depth 0', 'bounded', 'bounded', '`pnpm list --depth 0` lists the direct dependencies'],
  // Listings bounded by a count written in the source.
  ['git rev-list -n 1 %s', 'bounded', 'bounded', '`git rev-list -n 1` prints a commit id per line'],
  ['git rev-list --max-count=1000 HEAD', 'bounded', 'bounded', 'a thousand at most'],
  ['git rev-list --count HEAD', 'bounded', 'bounded', '`git rev-list --count`'],
  ['git rev-list -n 5000 HEAD', 'unbounded', 'bounded', '`git` can print a lot'],
  ['git rev-list -n %s HEAD', 'unbounded', 'bounded', '`git` can print a lot'],
  ['git rev-list FETCH_HEAD', 'unbounded', 'bounded', '`git` can print a lot'],
  ['git log --max-count=10 --format=%H', 'bounded', 'bounded', '`git log --max-count=10` prints a few commits'],
  ['git log -n 11', 'unbounded', 'bounded', '`git` can print a lot'],
  ['docker logs --tail 50 %s', 'bounded', 'bounded', '`docker logs --tail 50` prints the last lines of the log, a hundred at most'],
  ['kubectl logs --tail=20 %s', 'bounded', 'bounded', 'a hundred at most'],
  ['docker logs -f --tail 50 %s', 'unbounded', 'unbounded', '`docker logs -f` follows the log'],
  ['docker logs --tail 5000 %s', 'unbounded', 'unbounded', '`docker logs` prints the whole log of the container'],
  ['podman logs %s', 'unbounded', 'unbounded', 'prints the whole log of the container'],
  ['kubectl logs %s', 'unbounded', 'bounded', '`kubectl logs` prints the log'],
  ['kubectl logs -f --tail=20 %s', 'unbounded', 'bounded', '`kubectl logs -f` follows the log'],
  // Shell builtins: given no name they list the shell's state as `env` does (bash and dash under
  // `sh -c`: 0.3 to 3.3 KB); given a name or a setting they print nothing.
  ['export', 'bounded', 'bounded', '`export` with no name lists the exported or read-only variables'],
  ['export -p', 'bounded', 'bounded', '`export` with no name lists'],
  ['export -p LANG', 'bounded', 'bounded', '`export -p` lists the exported or read-only variables'],
  ['export LC_ALL=C', 'none', 'bounded', '`export` prints nothing'],
  ['export %s=%s', 'none', 'bounded', '`export` prints nothing'],
  ['export -n FOO', 'none', 'bounded', '`export` prints nothing'],
  ['readonly', 'bounded', 'bounded', '`readonly` with no name lists'],
  ['readonly X=1', 'none', 'bounded', '`readonly` prints nothing'],
  ['set', 'bounded', 'bounded', '`set` with no argument lists every shell variable'],
  ['set -o', 'bounded', 'bounded', "`set -o` lists the shell's options"],
  ['set +o', 'bounded', 'bounded', "`set +o` lists the shell's options"],
  ['set -e', 'none', 'bounded', '`set` prints nothing'],
  ['set -o pipefail', 'none', 'bounded', '`set` prints nothing'],
  ['set -- %s', 'none', 'bounded', '`set` prints nothing'],
  ['declare', 'bounded', 'bounded', "`declare` with no name lists the shell's variables"],
  ['declare -x', 'bounded', 'bounded', "`declare` with no name lists the shell's variables"],
  ['typeset -p', 'bounded', 'bounded', "`typeset` with no name lists"],
  ['declare -p FOO', 'bounded', 'bounded', '`declare -p` prints the variables or functions it names'],
  ['declare -f main', 'bounded', 'bounded', '`declare -f` prints the variables or functions it names'],
  ['declare -a arr', 'none', 'bounded', '`declare` prints nothing'],
  ['declare -r X=1', 'none', 'bounded', '`declare` prints nothing'],
  ['local x=1', 'none', 'bounded', '`local` prints nothing'],
  ['alias', 'bounded', 'bounded', '`alias` with no name lists the aliases'],
  ['alias ll', 'bounded', 'bounded', '`alias ll` prints the alias it names'],
  ["alias ll='ls -l'", 'none', 'bounded', '`alias` prints nothing'],
  ['trap', 'bounded', 'bounded', '`trap` with no argument lists the traps set'],
  ['trap -l', 'bounded', 'bounded', '`trap -l` lists the traps set or the signals'],
  ["trap 'rm -f %s' EXIT", 'none', 'bounded', '`trap` prints nothing'],
  ['ulimit', 'bounded', 'bounded', '`ulimit` with no value prints the limits it names'],
  ['ulimit -n', 'bounded', 'bounded', '`ulimit` with no value prints the limits it names'],
  ['ulimit -n 4096', 'none', 'bounded', '`ulimit` prints nothing'],
  ['ulimit -c %s', 'none', 'bounded', '`ulimit` prints nothing'],
  ['umask', 'bounded', 'bounded', '`umask` with no mask prints the mask'],
  ['umask -S 077', 'bounded', 'bounded', '`umask -S` prints the mask'],
  ['umask 022', 'none', 'bounded', '`umask` prints nothing'],
  ['cd -', 'bounded', 'bounded', '`cd -` prints the directory it returns to'],
  ['cd %s', 'none', 'bounded', '`cd` prints nothing'],
  ['env', 'bounded', 'bounded', '`env` prints the environment'],
  ['sudo env', 'bounded', 'bounded', '`env` prints the environment'],
  ['set -e; export PATH=%s; make', 'unbounded', 'unbounded', '`make`'],
  // Rows the review of the most frequent programs of the regression corpus fixed (knowledge audit 45).
  ['node -v', 'bounded', 'bounded', '`node -v` prints a version line'],
  ['npx -v', 'bounded', 'bounded', '`npx -v` prints a version line'],
  ['yarn -v', 'bounded', 'bounded', '`yarn -v` prints a version line'],
  ['node -v script.js', 'unbounded', 'unbounded', '`node` runs a program'],
  ['docker container kill %s', 'bounded', 'bounded', '`docker container kill` prints a line per container'],
  ['docker image rm %s', 'bounded', 'bounded', '`docker image rm` prints a line per tag and layer'],
  ['git tag -a v%s -m v%s', 'none', 'bounded', '`git tag -a v…` makes a tag and prints nothing'],
  ['git tag -s v1.0 -m release', 'none', 'bounded', '`git tag -s v1.0` makes a tag'],
  ['git tag -l', 'unbounded', 'bounded', '`git tag -l` lists every tag or branch'],
  ['git branch -a', 'unbounded', 'bounded', '`git branch -a` lists every tag or branch'],
  ['git diff-index --quiet HEAD --', 'none', 'bounded', '`git diff-index --quiet` answers with its exit status only'],
  ['git diff --quiet', 'none', 'bounded', '`git diff --quiet` answers with its exit status only'],
  ['git ls-remote origin refs/tags/v3.3.3', 'bounded', 'bounded', '`git ls-remote refs/tags/v3.3.3` prints the ref it names'],
  ['git ls-remote --get-url', 'bounded', 'bounded', 'prints the ref it names'],
  ['git ls-remote --tags origin', 'unbounded', 'bounded', '`git` can print a lot'],
  ["git ls-remote origin 'refs/tags/*'", 'unbounded', 'bounded', '`git` can print a lot'],
  ['git show-ref -s refs/heads/main', 'bounded', 'bounded', 'prints the ref it names'],
  ['git show-ref', 'unbounded', 'bounded', '`git` can print a lot'],
  ['netstat -rn', 'bounded', 'bounded', '`netstat -rn` prints the routing table'],
  ['netstat -antp', 'unbounded', 'bounded', '`netstat` prints a line per socket'],
  ['ss -r', 'unbounded', 'bounded', '`ss` prints a line per socket'],
  ['gcc -dumpversion', 'bounded', 'bounded', '`gcc -dumpversion` prints its version'],
  ['cc -print-file-name=libc.so', 'bounded', 'bounded', 'prints its version, its target or a path'],
  ['gcc main.c -o main', 'unbounded', 'unbounded', '`gcc` builds'],
  ['stty sane', 'none', 'bounded', '`stty sane` sets the terminal and prints nothing'],
  ['stty size', 'bounded', 'bounded', '`stty` prints a few lines'],
  ['hg id -i --debug', 'bounded', 'bounded', '`hg id --debug` prints the full changeset id'],
  ['hg up --debug', 'unbounded', 'bounded', 'names every file or change'],
  ['az account set --subscription %s', 'none', 'bounded', '`az account set` selects a subscription and prints nothing'],
  ['az account show', 'bounded', 'bounded', '`az account show` prints the current subscription'],
  ['docker-machine status %s', 'bounded', 'bounded', '`docker-machine` prints a line per step or a status word'],
  ['docker-machine ssh %s ls', 'unbounded', 'unbounded', '`docker-machine ssh` runs a command on the machine'],
  ['docker-machine -D create %s', 'bounded', 'unbounded', '`docker-machine -D` logs every VBoxManage'],
];

describe('classifyShell: programs real code runs (issue 11)', () => {
  for (const [cmd, stdout, stderr, evidence] of programs) {
    test(JSON.stringify(cmd), () => {
      const r = classifyShell(cmd.replaceAll('%s', PLACEHOLDER));
      assert.deepEqual([r.stdout, r.stderr], [stdout, stderr], r.evidence);
      assert.ok(r.evidence.includes(evidence), `evidence ${JSON.stringify(r.evidence)} should include ${JSON.stringify(evidence)}`);
      assert.equal(r.basis, undefined, 'a listed program');
    });
  }
  // Ex) sshpass -p pw ssh host ls, xvfb-run -a pytest: the wrapper runs the rest of the line.
  const wrapped: [string, OutputClass, OutputClass, string][] = [
    ['sshpass -p %s ssh %s ls', 'unbounded', 'bounded', '`ls`'],
    ['sshpass -p %s scp %s %s', 'none', 'bounded', '`scp` prints nothing'],
    ['xvfb-run -a -s "-screen 0 1280x1024x24" pytest', 'unbounded', 'unbounded', '`pytest`'],
    ['pkexec chmod 644 %s', 'none', 'bounded', '`chmod` prints nothing'],
    ['chroot /mnt apt-get -y install %s', 'unbounded', 'unbounded', '`apt-get`'],
    ['gosu app touch %s', 'none', 'bounded', '`touch` prints nothing'],
    ['proxychains4 -f %s nmap -sT %s', 'bounded', 'bounded', '`nmap`'],
    ['torsocks curl -s -o %s %s', 'none', 'bounded', '`curl -s -o`'],
    ['dbus-run-session -- notify-send hi', 'none', 'bounded', '`notify-send`'],
    ['caffeinate -i rsync -a %s %s', 'none', 'bounded', '`rsync` prints nothing'],
  ];
  for (const [cmd, stdout, stderr, evidence] of wrapped) {
    test(`wrapper: ${JSON.stringify(cmd)}`, () => {
      const r = classifyShell(cmd.replaceAll('%s', PLACEHOLDER));
      assert.deepEqual([r.stdout, r.stderr], [stdout, stderr], r.evidence);
      assert.ok(r.evidence.includes(evidence), `evidence ${JSON.stringify(r.evidence)} should include ${JSON.stringify(evidence)}`);
    });
  }
});

describe('output-only commands (output-only.data.ts): killed part-way, they lose only output', () => {
  const cases: [string, boolean][] = [
    ['git log --raw --pretty=%at', true],
    ['git -C %s rev-list HEAD', true],
    ['git diff --output=%s HEAD', false],
    ['git fetch origin', false],
    ['find %s -name "*.conf"', true],
    ['find %s -name "*.tmp" -delete', false],
    ['find . -type f -exec gzip {} ;', false],
    ['grep -rn TODO src', true],
    ['sed -n 1,10p %s', true],
    ['sed -i s/a/b/ %s', false],
    ['tar -tzf %s', true],
    ['tar -czvf %s %s', false],
    ['rsync -av %s %s', false],
    ['python build.py', false],
    ['cd %s && git log', true],
    ['git log --name-only | xargs rm', false],
    ['ps aux | grep python', true],
  ];
  for (const [cmd, only] of cases) {
    test(JSON.stringify(cmd), () => {
      assert.equal(!!classifyShell(cmd.replaceAll('%s', PLACEHOLDER)).outputOnly, only);
    });
  }
  test('an argv', () => {
    assert.equal(classifyArgv(['cat', PLACEHOLDER]).outputOnly, true);
    assert.equal(classifyArgv(['cp', PLACEHOLDER, PLACEHOLDER]).outputOnly, undefined);
  });
});

describe("how a program ends after its last write (last-write.data.ts): its output taken at 'exit' is cut only when they come together", () => {
  const cases: [string, string | undefined][] = [
    ['ls -la %s', 'at-exit'],
    ['git log -1', 'at-exit'],
    ['ffprobe -of json -show_streams %s', 'at-exit'],
    ['/usr/bin/cat /proc/mounts', 'at-exit'],
    ['./collect.sh', 'at-exit'],
    ['node build.js', 'teardown'],
    ['python3 -m http.server', 'teardown'],
    ['yt-dlp -J %s', 'teardown'],
    ['npx lerna ls', 'teardown'],
    ['java -jar scanner.jar', 'teardown'],
    // Mercurial is a Python program (audit 10: vscode-hg's `hg --version`).
    ['hg --version', 'teardown'],
    ['scripts/report.py', 'teardown'],
    // A command line ends as its last command does.
    ['cd %s && git status --porcelain', 'at-exit'],
    ['make && node report.js', 'teardown'],
    ['frobnicate --all', undefined],
  ];
  for (const [cmd, ends] of cases) {
    test(JSON.stringify(cmd), () => {
      assert.equal(classifyShell(cmd.replaceAll('%s', PLACEHOLDER)).lastWrite, ends);
    });
  }
  test('a program that ignores SIGPIPE itself (sigpipe.data.ts)', () => {
    assert.match(classifyArgv(['ffmpeg', '-i', 'a.mp4', 'b.webm']).ignoresSigpipe ?? '', /^ignores SIGPIPE once it has started/);
    assert.match(classifyShell('ffmpeg -i a.mp4 b.webm 2>&1').ignoresSigpipe ?? '', /^ignores SIGPIPE/);
    assert.equal(classifyArgv(['sox', 'a.wav', 'b.mp3']).ignoresSigpipe, undefined);
  });
  test('an argv', () => {
    assert.equal(classifyArgv(['ffmpeg', '-version']).lastWrite, 'at-exit');
    assert.equal(classifyArgv(['node.exe', PLACEHOLDER]).lastWrite, 'teardown');
    assert.equal(classifyArgv([PLACEHOLDER, '--version']).lastWrite, undefined);
  });
});

// Output that grows with time: every paced line says how long a long run of it lasts, and a job
// that ends with its input lasts less than one whose input is known to be long (blind audit 46:
// ESP32-Camera's timelapse encode, judged false at 76 to 117 minutes).
describe('paced output: how long a long run lasts (SCALING lasts)', () => {
  test('every line with a pace says how long a long run lasts', () => {
    const unsaid = SCALING.filter((e) => e.perSecond && !e.lasts).map((e) => e.command);
    assert.deepEqual(unsaid, []);
  });
  const cases: [(string | null)[], string, number][] = [
    [['ffmpeg', '-i', PLACEHOLDER, '-c:v', 'libx264', 'out.mp4'], 'encoding', 30 * 60],
    [['curl', '-o', 'a.zip', PLACEHOLDER], 'downloading', 20 * 60],
    // A camera encoded with libx264 runs for good; HandBrakeCLI encodes a film.
    [['ffmpeg', '-f', 'v4l2', '-i', '/dev/video0', '-c:v', 'libx264', '-f', 'rtsp', PLACEHOLDER], 'relaying a live stream', 2 * 3600],
    [['HandBrakeCLI', '-i', PLACEHOLDER, '-o', PLACEHOLDER], 'encoding', 2 * 3600],
  ];
  for (const [argv, doing, lasts] of cases) {
    test(argv.map((w) => (w ?? '?').replaceAll(PLACEHOLDER, '$X')).join(' '), () => {
      const pace = classifyArgv(argv).pace;
      assert.deepEqual([pace?.doing, pace?.lasts], [doing, lasts]);
    });
  }
});
