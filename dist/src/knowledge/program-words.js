import { WRAPPERS } from './commands.data.js';
import { table } from './command-table.js';
/**
 * The program a command's words name: its names to look up (`python3.11` -> python3), the
 * wrappers in front of it (`sudo -u x`, `timeout 10`), the jar `java -jar` runs.
 */
// Ex) /etc/init.d/apache2, /etc/rc.d/init.d/sshd, /etc/rc.d/nginx: a System V or BSD init
// script, which takes the same actions as `service NAME ACTION`. Its lines in the data name it
// `/etc/init.d/*`, whatever the script's own name (a script named `ssh` is not the ssh client).
const INIT_SCRIPT = /^(?:\/[\w.-]+)*\/(?:init\.d|rc\.d)\/[^/]+$/;
export const INIT_SCRIPT_NAME = '/etc/init.d/*';
/** `/usr/sbin/iptables` -> iptables; `python3.11` -> python3.11, then python3, then python. */
export function programNames(word) {
    if (INIT_SCRIPT.test(word))
        return [INIT_SCRIPT_NAME];
    // Ex) C:\Windows\System32\OpenSSH\ssh-keygen.exe: a Windows path names its program last too.
    const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
    // Ex) node.exe, python.exe, npm.cmd, yarn.cmd: the Windows launcher of the same program.
    const stem = /^(.+)\.(?:exe|cmd|bat)$/i.exec(base)?.[1];
    if (stem)
        return [base, ...programNames(stem)];
    // Ex) ./collect-logs.sh, scripts/build.py: a script run by its path; its lines name it `*.sh`.
    const script = /^[^.].*(\.(?:sh|bash|zsh|ksh|py|pl|rb|js|mjs|cjs|php|ps1))$/i.exec(base)?.[1];
    if (script)
        return [base, `*${script.toLowerCase()}`];
    const names = [base];
    const unversioned = base.replace(/[\d.]+$/, '');
    if (unversioned && unversioned !== base) {
        const major = /^(\D+\d)[\d.]*$/.exec(base)?.[1];
        if (major && major !== base)
            names.push(major);
        names.push(unversioned);
    }
    return names;
}
/** Drops leading `VAR=value` words and wrappers (`sudo -u x`, `timeout 10`, `nice -n 5`...). */
export function stripWrappers(argv) {
    let i = 0;
    for (;;) {
        while (i < argv.length && argv[i] !== null && /^[A-Za-z_]\w*=/.test(argv[i]))
            i++;
        const word = argv[i];
        if (word === null || word === undefined)
            break;
        const wrapper = WRAPPERS.find((w) => w.name === programNames(word)[0]);
        if (!wrapper)
            break;
        const at = i;
        i++;
        let positionals = wrapper.positionals;
        while (i < argv.length) {
            const w = argv[i];
            if (w === null)
                break;
            if (w === '--') {
                i++;
                break;
            }
            if (wrapper.queries?.includes(w))
                return { argv: [], query: true };
            if (w.startsWith('-') && w.length > 1) {
                i += wrapper.valued.includes(w) ? 2 : 1;
                continue;
            }
            if (wrapper.name === 'env' && /^[A-Za-z_]\w*=/.test(w)) {
                i++;
                continue;
            }
            if (positionals > 0) {
                positionals--;
                i++;
                continue;
            }
            break;
        }
        // Ex) env -i, env FOO=1: env with no program prints the environment (commands.data.ts).
        if (wrapper.name === 'env' && i >= argv.length)
            return { argv: argv.slice(at), query: false };
    }
    return { argv: argv.slice(i), query: false };
}
/**
 * Ex) java -Xmx1g -jar /opt/lib/apksigner.jar verify --print-certs app.apk: the JVM runs the
 * program the jar holds, and what is written is that program's. A jar whose name (less a
 * version, `bundletool-all-1.15.6.jar`) the table lists stands for that program, with the words
 * after it; any other jar stays `java`, a program whose output can grow.
 */
export function jarProgram(argv) {
    if (argv[0] === null || argv[0] === undefined || !/^javaw?$/.test(programNames(argv[0])[0]))
        return argv;
    for (let i = 1; i < argv.length; i++) {
        const w = argv[i];
        if (w === null || !w.startsWith('-'))
            return argv;
        if (w === '-cp' || w === '-classpath' || w === '--class-path' || w === '--module-path' || w === '-p') {
            i++;
            continue;
        }
        if (w !== '-jar')
            continue;
        const jar = argv[i + 1];
        const base = jar?.slice(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1) ?? '';
        const name = /^([A-Za-z][\w+]*(?:-[A-Za-z][\w+]*)*?)(?:-\d[\w.-]*)?\.jar$/.exec(base)?.[1];
        return name && isListed(name) ? [name, ...argv.slice(i + 2)] : argv;
    }
    return argv;
}
/** The program has an entry in the command table (its class is not the default for an unlisted program). */
export function isListed(program) {
    // The names once, not once per entry of the table.
    const names = programNames(program);
    return table().lists(names);
}
