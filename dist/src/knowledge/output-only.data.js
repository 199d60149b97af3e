export const OUTPUT_ONLY = [
    // find's actions run commands or change the tree; its -fprint family writes files.
    { command: 'find', when: ['-exec', '-execdir', '-ok', '-okdir', '-delete', '-fprint', '-fprint0', '-fprintf', '-fls'], outputOnly: false },
    { command: 'find|locate|tree|ls|dir|du|df|stat|file|which|whereis', outputOnly: true },
    // A step of a command line that does nothing but set up or print (`cd repo && git log`).
    { command: 'cd|pushd|echo|printf|true', outputOnly: true },
    // grep family and text tools over files: they read and print. `sed -i` and `sort -o` write.
    { command: 'sed', when: ['-i', '--in-place'], outputOnly: false },
    { command: 'sort', when: ['-o', '--output'], outputOnly: false },
    { command: 'grep|egrep|fgrep|rg|ag|ack|cat|zcat|bzcat|xzcat|head|tail|wc|cut|sort|uniq|sed|strings|nl|od|hexdump|xxd|jq', outputOnly: true },
    { command: 'ps|pgrep|lsof|netstat|ss|lsblk|blkid|lsusb|lspci|lsmod|journalctl|last|who|id|printenv|uname|uptime|free|vmstat|iostat', outputOnly: true },
    // git's read-only commands (`git log`, `git diff` without an output file).
    { command: 'git diff|log', when: ['--output'], outputOnly: false },
    { command: 'git log|rev-list|reflog|shortlog|whatchanged|diff|diff-tree|diff-index|diff-files|ls-files|ls-tree|ls-remote|grep|show|blame|annotate|cat-file|rev-parse|describe|name-rev|for-each-ref|show-ref|status|cherry|count-objects', outputOnly: true },
    { command: 'hg log|status|diff|cat|annotate|manifest|files|heads|branches|tags', outputOnly: true },
    { command: 'svn log|status|diff|cat|list|ls|info|blame', outputOnly: true },
    { command: 'tar', when: ['-t', '--list', '/^-?[tvzjJf]*t[tvzjJf]*$/'], outputOnly: true },
    { command: 'unzip', when: ['-l', '-Z', '-v'], outputOnly: true },
    { command: 'zipinfo', outputOnly: true },
    { command: 'dpkg', when: ['-l', '--list', '-L', '--listfiles', '-S', '--search', '-s', '--status'], outputOnly: true },
    { command: 'dpkg-query', outputOnly: true },
    // A saved capture read back (`tshark -r`, `tcpdump -r`) prints its frames and changes nothing;
    // with -w it writes a file (audit 23: wifit3 reads frames until the sequence it follows ends).
    { command: 'tshark|tcpdump', when: ['-w'], outputOnly: false },
    { command: 'tshark|tcpdump', when: ['-r', '/^--read-file=/'], outputOnly: true },
    { command: 'rpm', when: ['-q', '--query'], outputOnly: true },
    { command: 'pip|pip3 list|freeze|show', outputOnly: true },
    { command: 'npm ls|list', outputOnly: true },
    { command: 'yarn list', outputOnly: true },
    // Samba's rpcclient running only its queries (`-c 'enumdomusers'`, `querydominfo`, `lookupnames`,
    // `lsaquery`, `srvinfo`): each prints what it finds and changes nothing on the server (audit 11:
    // social-engineer-toolkit's ridenum reads the user lines and gives up at the first other line).
    { command: 'rpcclient', when: ['-c /^((enum|query|lookup|lsaquery|lsaenum|getdom|getusrdom|srvinfo|netshareenum|dsroledominfo)\\w*\\s*;?\\s*)+$/', '/^--command=((enum|query|lookup|lsaquery|lsaenum|getdom|getusrdom|srvinfo|netshareenum|dsroledominfo)\\w*\\s*;?\\s*)+$/'], outputOnly: true },
];
