/**
 * The command line a runner hands on: a shell's `-c LINE`, `su -c`, the words after the host of
 * ssh, the container of `docker exec`, the pod of `kubectl exec --`, `adb shell`. The classifier
 * (commands.ts) judges that line instead of the runner's own line of the table.
 */
import { PLACEHOLDER } from '../shell.js';
const SHELLS = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox-sh)$/;
const SWITCH_USER = /^(?:su|runuser)$/;
/**
 * Ex) ['bash', '-c', line] with `line` a parameter, `sh -c "$CMD"`: a shell or `su -c` given a
 * command line of which no word is known statically: what it writes is the line's, a value from
 * outside this code, not the shell's own.
 */
export function runsUnknownLine(name, args) {
    if (!SHELLS.test(name) && !SWITCH_USER.test(name))
        return false;
    const at = args.findIndex((a) => a !== null && (SHELLS.test(name) ? /^-[a-z]*c$/.test(a) : a === '-c' || a === '--command'));
    if (at < 0 || args.slice(0, at).some((a) => a === null || (SHELLS.test(name) && !a.startsWith('-'))))
        return false;
    const line = args[at + 1];
    return at + 1 < args.length && (line === null || line === undefined || line.replaceAll(PLACEHOLDER, '').replace(/["'\s]/g, '') === '');
}
/**
 * The literal command line a shell (`sh -c LINE`, `bash -lc LINE`) or `su`/`runuser`
 * (`-c LINE`, `--command=LINE`) runs, or null: not such a call, or a line not known statically
 * (the program's own line of the table then stands).
 */
export function commandLineArgument(name, args) {
    let at = -1;
    if (SHELLS.test(name)) {
        // The options come first; -c (alone or ending a cluster: -lc, -ec) takes the line as its operand.
        for (const [i, a] of args.entries()) {
            if (a === null || !a.startsWith('-'))
                break;
            if (/^-[a-z]*c$/.test(a)) {
                at = i + 1;
                break;
            }
        }
    }
    else if (SWITCH_USER.test(name)) {
        for (const [i, a] of args.entries()) {
            if (a === '-c' || a === '--command') {
                at = i + 1;
                break;
            }
            if (a?.startsWith('--command='))
                return literalLine(a.slice('--command='.length));
        }
        // Ex) adb shell su 0 svc power reboot: Android's su runs the words after the user.
        if (at < 0)
            return operandsThen(args, SU_VALUED, 1, false);
    }
    else if (name === 'adb') {
        return adbRemoteLine(args);
    }
    else if (name === 'ssh') {
        // Ex) ssh -p 2222 pi@host sudo systemctl restart app: the remote shell runs the words after the host.
        return operandsThen(args, SSH_VALUED, 1, true);
    }
    else if ((name === 'docker' || name === 'podman') && args[0] === 'exec') {
        // Ex) docker exec -u root web mkdir -p /data: the container runs the words after its name.
        return operandsThen(args.slice(1), DOCKER_EXEC_VALUED, 1, false);
    }
    else if (name === 'kubectl' && args[0] === 'exec') {
        // Ex) kubectl exec web-0 -c app -- ls /data: the pod runs the words after `--`.
        const end = args.indexOf('--');
        return end > 0 ? wordsLine(args.slice(end + 1)) : null;
    }
    return at >= 0 ? literalLine(args[at]) : null;
}
// adb's own options before the subcommand, those that take a value first; then `shell`'s.
const ADB_VALUED = new Set(['-s', '-t', '-H', '-P', '-L']);
const ADB_SHELL_VALUED = new Set(['-e']);
// Ex) ['adb', '-s', serial, 'shell', 'ps'], 'adb shell getprop ro.build.version.sdk': the device
// runs the words after `shell` (or `exec-out`) as one command line, and adb passes its output
// on. No command (an interactive shell), or a word not known statically: adb's own line stands.
function adbRemoteLine(args) {
    let i = 0;
    while (i < args.length && args[i]?.startsWith('-'))
        i += ADB_VALUED.has(args[i]) ? 2 : 1;
    if (args[i] !== 'shell' && args[i] !== 'exec-out')
        return null;
    i++;
    while (i < args.length && args[i]?.startsWith('-'))
        i += ADB_SHELL_VALUED.has(args[i]) ? 2 : 1;
    return wordsLine(args.slice(i));
}
// The options of a runner that take a value (`ssh -p 22`, `docker exec -u root`, `su -s /bin/sh`).
const SSH_VALUED = new Set(['-B', '-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-P', '-p', '-Q', '-R', '-S', '-W', '-w']);
const DOCKER_EXEC_VALUED = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys']);
const SU_VALUED = new Set(['-s', '--shell', '-g', '--group', '-G', '--supplementary-group', '-w', '--whitelist-environment']);
/**
 * The command line a runner hands on: the words after its options and its `operands` (a host, a
 * container, a user), as one line (ssh joins them for the remote shell; the others run them).
 * `permute`: options may follow the operands too (OpenSSH reads them after the host). Null when
 * no words follow (an interactive session: the runner's own line stands) or one is not known.
 */
function operandsThen(args, valued, operands, permute) {
    const at = afterOperands(args, valued, operands, permute);
    return at === null ? null : wordsLine(args.slice(at));
}
// Where the words handed on start, after the options and the operands; null when an operand is missing.
function afterOperands(args, valued, operands, permute) {
    let i = 0;
    let left = operands;
    while (i < args.length) {
        const a = args[i];
        // A word not known statically stands for an operand (`ssh host`, `docker exec id`) only.
        if (a === null && left === 0)
            break;
        if (a === null) {
            left--;
            i++;
            continue;
        }
        if (a === '--') {
            i++;
            break;
        }
        if (a.startsWith('-') && (left > 0 || permute)) {
            i += optionWords(a, valued);
            continue;
        }
        if (left === 0)
            break;
        left--;
        i++;
    }
    return left > 0 ? null : i;
}
// ssh options after which the session itself writes a stream that grows: -W (stdin and stdout
// are the forwarded connection), -v (a debug line per channel and packet exchange), -G/-V/-Q
// (print and exit: not a session), -O (a control command), -s (a subsystem such as sftp).
const SSH_NOT_IDLE = new Set(['W', 'v', 'G', 'V', 'Q', 'O', 's']);
// The option letters of a word as getopt reads them: a cluster ends at a letter that takes a value.
function optionLetters(word, valued) {
    if (!/^-[A-Za-z0-9]/.test(word))
        return [];
    const letters = [];
    for (const letter of word.slice(1)) {
        letters.push(letter);
        if (valued.has(`-${letter}`))
            break;
    }
    return letters;
}
/**
 * Ex) ssh -L 5432:db:5432 user@host -p 2222, ssh -fNR 8080:localhost:80 host: ssh with a host
 * and no remote command. It asks for the remote user's login shell, which reads its commands
 * from ssh's stdin: a pipe here that nothing writes commands to, so the shell prints its
 * startup lines and waits; ssh itself holds the port forwards and writes a warning or two
 * (`Pseudo-terminal will not be allocated`). With -N it runs no shell at all. Every word must
 * be known (a word that is only an expansion may split into a host and a command).
 */
export function remoteSessionOnly(name, args) {
    if (name !== 'ssh' || afterOperands(args, SSH_VALUED, 1, true) !== args.length)
        return null;
    let forwards = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === null)
            continue;
        if (a.replaceAll(PLACEHOLDER, '') === '')
            return null;
        const letters = optionLetters(a, SSH_VALUED);
        // -N runs no shell: its own line of the table says so.
        if (letters.some((l) => SSH_NOT_IDLE.has(l) || l === 'N'))
            return null;
        if (letters.some((l) => l === 'L' || l === 'R' || l === 'D'))
            forwards = true;
        // The value of `-p 22`, `-o Opt=x` is no option.
        if (a.startsWith('-'))
            i += optionWords(a, SSH_VALUED) - 1;
    }
    return { forwards };
}
// The words an option takes: 2 when its value is the next word (`-p 22`, and `-NR 8080:h:80`,
// whose last letter takes one, as getopt reads a bundle), else 1 (`-N`, `-p22`, `--env=X`).
function optionWords(option, valued) {
    if (valued.has(option))
        return 2;
    if (!/^-[A-Za-z0-9]{2,}$/.test(option))
        return 1;
    for (let k = 1; k < option.length; k++) {
        if (valued.has(`-${option[k]}`))
            return k === option.length - 1 ? 2 : 1;
    }
    return 1;
}
// Ex) ssh host gerrit query %s --format JSON: a word known only at run time after a known program
// is one of its arguments, read as a line's `%s` is; an unknown program (the first word) is not known.
function wordsLine(words) {
    if (words.length === 0 || words[0] === null)
        return null;
    return literalLine(words.map((w) => w ?? PLACEHOLDER).join(' '));
}
// A line with words known only at run time is read as any command line is (`docker rm %s`); a
// line that is nothing but such a word is not known.
function literalLine(line) {
    return typeof line === 'string' && line.replaceAll(PLACEHOLDER, '').trim() !== '' ? line : null;
}
// Programs that print shell code setting up the environment (variables, exports, a function or
// two) for `eval "$(…)"` to run: ssh-agent's `SSH_AUTH_SOCK=…; export SSH_AUTH_SOCK; echo Agent
// pid 42;`, `docker-machine env`, `pyenv init -`. Run, that code prints a line at most.
const ENV_SETUP = [
    /^ssh-agent(?: -[sck])*$/, /^gpg-agent --daemon\b/, /^keychain --eval\b/, /^dircolors\b/,
    /^(?:docker-machine|podman-machine) env\b/, /^minikube (?:docker|podman)-env\b/,
    /^(?:pyenv|rbenv|nodenv|goenv|jenv|plenv|zoxide|starship|mise|rtx) init\b/, /^pyenv virtualenv-init\b/,
    /^conda shell\.\w+ hook$/, /^direnv (?:hook|export) \w+$/, /^brew shellenv$/, /^opam env\b/, /^fnm env\b/, /^luarocks path\b/,
];
/**
 * Ex) eval $(ssh-agent), eval "$(pyenv init -)", eval "cd $DIR && make": what `eval` runs, from
 * its words as written: `setup`, a program that prints shell code setting up the environment
 * (ENV_SETUP), whose output eval runs; `line`, its words known statically, joined as the shell
 * does; null when a word is not known (eval's own reading: a program not known to be quiet).
 */
export function evalLine(written, value) {
    if (written.length === 1) {
        const inner = /^"?(?:\$\((.*)\)|`(.*)`)"?$/s.exec(written[0]);
        const program = (inner?.[1] ?? inner?.[2])?.trim().replace(/\s+/g, ' ');
        if (program !== undefined && ENV_SETUP.some((re) => re.test(program)))
            return { setup: program };
    }
    const words = written.map(value);
    if (!words.length || words.some((w) => w === null || w.includes(PLACEHOLDER)))
        return null;
    return { line: words.join(' ') };
}
