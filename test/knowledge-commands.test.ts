import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyArgv, classifyShell, type OutputClass } from '../src/knowledge/commands.js';
import { PLACEHOLDER } from '../src/shell.js';

/** [shell command line, stdout class, stderr class, evidence (substring)]; `%s` stands for an interpolated value. */
const shell: [string, OutputClass, OutputClass, string][] = [
  // Firewall and network configuration: the changing forms print nothing.
  ['iptables -A INPUT -s %s -j DROP', 'none', 'bounded', '`iptables -A` prints nothing'],
  ['/sbin/iptables -t nat -I POSTROUTING -o %s -j MASQUERADE', 'none', 'bounded', '`iptables -I` prints nothing'],
  ['iptables --flush', 'none', 'bounded', 'prints nothing'],
  ['iptables -L -n', 'unbounded', 'bounded', '`iptables -L` lists the rules'],
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
  ['git diff', 'unbounded', 'bounded', 'can print a lot'],
  // Probes.
  ['dot -V', 'bounded', 'bounded', '`dot -V` prints a version line'],
  ['gcc --version', 'bounded', 'bounded', 'prints a version line'],
  ['python --version', 'bounded', 'bounded', 'prints a version line'],
  // Capture tools, interpreters, unknown programs: output that can grow.
  ['tcpdump -i eth0 -w out.pcap', 'unbounded', 'unbounded', 'writes until it is stopped'],
  ['airodump-ng wlan0mon', 'unbounded', 'unbounded', 'writes until it is stopped'],
  ['python worker.py', 'unbounded', 'unbounded', '`python` runs a program'],
  ['python3.11 -m http.server', 'unbounded', 'unbounded', '`python3.11` runs a program'],
  ['/usr/bin/perl x.pl', 'unbounded', 'unbounded', 'runs a program'],
  ['make all', 'unbounded', 'unbounded', '`make` is not known to be quiet'],
  ['%s', 'unbounded', 'unbounded', 'not known statically'],
  // A directory known at run time, then a literal program name.
  ['%smsfvenom -p x --format raw', 'unbounded', 'bounded', '`msfvenom` writes the payload'],
  ['%s/tshark -r cap.pcap', 'unbounded', 'unbounded', '`tshark` writes until it is stopped'],
  ['nmap -T4 -O -e eth0 %s', 'bounded', 'bounded', '`nmap` prints a few lines per host'],
  ['nmap -sn -iL hosts.txt', 'unbounded', 'bounded', 'a large scan'],
  ['dnsmasq -C /tmp/dns.conf', 'none', 'bounded', 'forks into the background'],
  ['dnsmasq -C /tmp/dns.conf -d', 'unbounded', 'unbounded', 'logs in the foreground'],
  ['sudo dpkg --add-architecture i386', 'bounded', 'bounded', '`dpkg --add-architecture` prints a line'],
  // An unlisted program: both streams can grow.
  ['frobnicate --all', 'unbounded', 'unbounded', '`frobnicate` is not known to be quiet'],
  ['$CMD -A', 'unbounded', 'unbounded', 'not known statically'],
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
    assert.deepEqual(classifyShell(null), { stdout: 'unbounded', stderr: 'unbounded', program: null, evidence: 'the command is not known statically' });
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
  [['tcpdump', '-w', 'x.pcap'], 'unbounded', 'tcpdump'],
  [[], 'none', null],
  // Short inline programs print a bounded amount; repetition by operator or size makes them grow.
  [['python3', '-c', "import sys; sys.stdout.write('ok')"], 'bounded', 'python3'],
  [['node', '-e', "process.stderr.write(Buffer.alloc(1 << 20, 120))"], 'unbounded', 'node'],
  [['node', '-e', "process.stdout.write('x'.repeat(300000))"], 'unbounded', 'node'],
];

describe('classifyArgv', () => {
  for (const [words, stdout, program] of argv) {
    test(JSON.stringify(words), () => {
      const r = classifyArgv(words);
      assert.equal(r.stdout, stdout, r.evidence);
      assert.equal(r.program, program);
    });
  }
  test('an inline program is named by its own flag', () => {
    assert.equal(classifyArgv(['node', '-e', "console.log('ok')"]).evidence, '`node -e` runs a short inline program');
  });
});
