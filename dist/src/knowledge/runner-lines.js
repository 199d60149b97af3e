/**
 * The command line a runner hands on: a shell's `-c LINE`, `su -c`, the words after the host of
 * ssh, the container of `docker exec`, the pod of `kubectl exec --`, `adb shell`. The classifier
 * (commands.ts) judges that line instead of the runner's own line of the table.
 */
import { PLACEHOLDER } from '../shell.js';
const SHELLS = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox-sh)$/;
const SWITCH_USER = /^(?:su|runuser)$/;
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
    return left > 0 ? null : wordsLine(args.slice(i));
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
