import { CONDITION_LOOPS, LEADING_WORDS, parseShell, PLACEHOLDER, shellWordValue } from '../shell.js';
import { commandSites } from '../shell-fds.js';
import { paceOf, UNLISTED } from './commands.data.js';
import { INIT_SCRIPT_NAME, isListed, jarProgram, programNames, stripWrappers } from './program-words.js';
import { firstMatch, LineTable, scalingTable, table, unknownWord } from './command-table.js';
import { LAST_WRITE } from './last-write.data.js';
import { OUTPUT_ONLY } from './output-only.data.js';
import { EXIT_STATUS } from './exit-status.data.js';
import { SIGPIPE_IGNORED } from './sigpipe.data.js';
import { backgrounded } from './background.js';
import { projectScriptOutput } from './project-scripts.js';
import { commandLineArgument, evalLine, remoteSessionOnly, runsUnknownLine } from './runner-lines.js';
import { xargsRuns } from './xargs.js';
export { INIT_SCRIPT_NAME, isListed };
let compiledOutputOnly = null;
function outputOnlyTable() {
    compiledOutputOnly ??= new LineTable(OUTPUT_ONLY);
    return compiledOutputOnly;
}
let compiledExitStatus = null;
function exitStatusTable() {
    compiledExitStatus ??= new LineTable(EXIT_STATUS);
    return compiledExitStatus;
}
let compiledLastWrite = null;
function lastWriteTable() {
    compiledLastWrite ??= new LineTable(LAST_WRITE);
    return compiledLastWrite;
}
let compiledSigpipe = null;
function sigpipeTable() {
    compiledSigpipe ??= new LineTable(SIGPIPE_IGNORED);
    return compiledSigpipe;
}
const RANK = { none: 0, bounded: 1, unbounded: 2 };
export function maxClass(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** Output that can grow past what a pipe holds (64 KiB on Linux). */
export function canFill(c) {
    return c === 'unbounded';
}
function shown(words) {
    return `\`${words.join(' ')}\``;
}
// A command line written here that cannot be read (a compound command, a syntax the parser does
// not follow) is literal text, not a value from outside: it counts as an unlisted program.
function unknown(evidence, basis = 'value') {
    return { stdout: 'unbounded', stderr: 'unbounded', program: null, evidence, basis };
}
/** What a command given as an argument vector writes; null words are not known statically. */
export function classifyArgv(argv) {
    const stripped = stripWrappers(argv);
    if (stripped.query)
        return { stdout: 'bounded', stderr: 'bounded', program: null, evidence: 'a command lookup prints a line' };
    const words = jarProgram(stripped.argv);
    const first = words[0];
    if (first === undefined)
        return { stdout: 'none', stderr: 'none', program: null, evidence: 'an empty command prints nothing' };
    // Ex) meta_path + 'msfvenom', '%s/bin/tshark' % root: a directory only known at run time,
    // then a literal program name - the name is enough to look the program up.
    const tail = first === null ? null : /\uE000\/?([A-Za-z][\w.+-]*)$/.exec(first)?.[1] ?? null;
    // Ex) ['ping', '-c 1', host]: one argument holding a short option and its value; getopt gives
    // the option the rest of the word (` 1`), as it would the next argument: read as `-c`, `1`.
    const args = words.slice(1).flatMap((w) => {
        const joined = w === null ? null : /^(-[A-Za-z0-9]) +(\S.*)$/.exec(w);
        return joined ? [joined[1], joined[2]] : [w];
    });
    if (unknownWord(first) && !tail) {
        // Ex) [binary, '-version'], [app, '--help']: whatever the program, a probe prints a few lines.
        // Ex) [encoder, '-i', path]: lines for a program not known statically (`…`) only match here.
        const probe = firstMatch(table().lines(['…']).filter((c) => c.entry.command === '*' || c.entry.command === '…'), ['…'], args, []);
        if (probe)
            return { stdout: probe.entry.stdout, stderr: probe.entry.stderr, program: null, evidence: `a program run with ${probe.entry.exact ? 'only ' : ''}${shown(probe.phrase.slice(1))} ${probe.entry.says}`, ...(probe.entry.serves ? { serves: true } : {}) };
        return unknown('the command is not known statically');
    }
    const names = programNames(tail ?? first);
    // How messages name the program: an init script by its path (`/etc/init.d/apache2`).
    const display = names[0] === INIT_SCRIPT_NAME ? first : names[0];
    const positional = [];
    for (const [i, w] of args.entries()) {
        if (w === null || w.startsWith('-'))
            continue;
        positional.push({ word: w, afterOption: i > 0 && (args[i - 1] ?? '').startsWith('-'), at: i });
    }
    const inline = inlineProgram(names, args) ?? idleShell(names, args) ?? idleSsh(names, args) ?? findActions(names, args) ?? findRepositories(names, args) ?? xargsRuns(names, args, classifyArgv);
    if (inline)
        return inline;
    // Ex) ['sh', '-c', 'make all'], `su - runner -c "docker volume create x"`: the program runs the
    // command line after -c, which decides what is written.
    const line = commandLineArgument(names[0], args);
    if (line !== null)
        return classifyShell(line);
    if (runsUnknownLine(names[0], args))
        return unknown(`\`${display} -c\` runs a command line not known statically`);
    const scales = firstMatch(scalingTable().lines(names), names, args, positional, display);
    const paced = scales && paceOf(scales.entry);
    const pace = paced ? { pace: paced } : {};
    let scaling = scales?.entry.scales ? { scales: `${shown(scales.phrase)} ${scales.entry.says}`, ...pace, ...(scales.entry.document ? { document: true } : {}), ...(scales.entry.what ? { what: scales.entry.what } : {}), ...(scales.entry.nearBuffer ? { nearBuffer: true } : {}) } : scales?.entry.fitsBuffer ? { fitsBuffer: true } : {};
    const hit = firstMatch(table().lines(names), names, args, positional, display);
    if (firstMatch(outputOnlyTable().lines(names), names, args, positional, display)?.entry.outputOnly)
        scaling = { ...scaling, outputOnly: true };
    if (firstMatch(exitStatusTable().lines(names), names, args, positional, display)?.entry.cannotFail)
        scaling = { ...scaling, cannotFail: true };
    const ends = firstMatch(lastWriteTable().lines(names), names, args, positional, display)?.entry.lastWrite;
    if (ends)
        scaling = { ...scaling, lastWrite: ends };
    const ignores = firstMatch(sigpipeTable().lines(names), names, args, positional, display)?.entry.says;
    if (ignores)
        scaling = { ...scaling, ignoresSigpipe: ignores };
    // Ex) python PyServer.py, sh deploy.sh, ./tools/sync.sh: a script of this project, read; it
    // ends as its interpreter does (last-write.data.ts).
    const script = projectScriptOutput(names[0], first, args, classifyShell);
    if (script)
        return { ...script, ...(ends ? { lastWrite: ends } : {}) };
    if (hit)
        return { stdout: hit.entry.stdout, stderr: hit.entry.stderr, program: display, evidence: `${shown(hit.phrase)} ${hit.entry.says}`, ...(hit.entry.fromInput ? { fromInput: true } : {}), ...(hit.entry.listsProcesses ? { listsProcesses: true } : {}), ...(hit.entry.selects ? { selects: true } : {}), ...(hit.entry.writeErrors === 'ignored' ? { ignoresWriteErrors: true } : {}), ...(hit.entry.livesOn ? { livesOn: { says: `${shown(hit.phrase)} ${hit.entry.livesOn}`, stdout: false, stderr: true } } : {}), ...(hit.entry.serves ? { serves: true } : {}), ...(hit.entry.count ? { basis: 'count' } : {}), ...scaling };
    // An unlisted program: its stdout can grow; its stderr is decided once, in commands.data.ts.
    return { stdout: UNLISTED.stdout, stderr: UNLISTED.stderr, program: display, evidence: `${shown([display])} is not known to be quiet: its output can grow`, basis: 'unlisted', ...scaling };
}
/**
 * Ex) ['ssh', host, line], ['bash', '-c', line], ['docker', 'exec', id, ...words]: the command line
 * a runner hands on (to a remote shell, a container, `-c`), as classifyArgv reads it; null when
 * the program hands on none. A word not known statically stands in it as PLACEHOLDER.
 */
export function handedOnLine(argv) {
    const words = jarProgram(stripWrappers(argv).argv);
    const first = words[0];
    if (first === undefined || first === null || unknownWord(first))
        return null;
    const args = words.slice(1).flatMap((w) => {
        const joined = w === null ? null : /^(-[A-Za-z0-9]) +(\S.*)$/.exec(w);
        return joined ? [joined[1], joined[2]] : [w];
    });
    return commandLineArgument(programNames(first)[0], args);
}
const INTERPRETERS = /^(python|pypy|perl|ruby|node|php)/;
// Ex) python -c "import sys; sys.stdout.write('ok')": a short inline program with no loop, no
// repetition and no import beyond sys/os writes a bounded amount. Anything longer or looping
// (`'x' * 200000`, `for ...`, `import app; app.main()`) is left to the interpreter's line.
function inlineProgram(names, args) {
    const name = names[0];
    if (!INTERPRETERS.test(name))
        return null;
    const at = args.findIndex((a) => a === '-c' || a === '-e');
    const code = at >= 0 ? args[at + 1] : undefined;
    if (typeof code !== 'string' || code.includes(PLACEHOLDER) || code.length > 300)
        return null;
    // Repetition by operator or size: `'x' * n`, `1 << 20`, `Buffer.alloc(n)`, a literal of four digits or more.
    if (/\b(for|while|range|repeat|main|run|exec|eval|system|popen|subprocess|loop|forever|alloc|fill)\b|\*|<<|\d{4,}/.test(code))
        return null;
    const imports = [...code.matchAll(/\bimport\s+([\w., ]+)/g)].flatMap((m) => m[1].split(/[\s,]+/)).filter(Boolean);
    if (imports.some((m) => !['sys', 'os', 'time', 'signal', 'errno'].includes(m.split('.')[0])))
        return null;
    return { stdout: 'bounded', stderr: 'bounded', program: name, evidence: `\`${name} ${args[at]}\` runs a short inline program` };
}
// Ex) spawn('cmd.exe', [script, pid]): without /c or /k cmd.exe runs no command; it prints its
// banner and a prompt and reads its commands from stdin (audit 10: mongodb-prebuilt). Every word
// must be known: one that is not may be the /c.
function idleShell(names, args) {
    if (!names.some((n) => /^cmd(\.exe)?$/i.test(n)) || !args.length)
        return null;
    if (args.some((a) => a === null || a.replaceAll(PLACEHOLDER, '') === '' || /^[/-][a-zA-Z]*[cCkK]$/.test(a) || /^\/[cCkK]\b/.test(a)))
        return null;
    return { stdout: 'bounded', stderr: 'bounded', program: 'cmd.exe', evidence: '`cmd.exe` without /c or /k runs no command: it prints its banner and a prompt, and reads its commands from stdin' };
}
// Ex) ssh -L 5432:db:5432 user@host -p 2222: a host and no remote command (runner-lines.ts).
function idleSsh(names, args) {
    const session = remoteSessionOnly(names[0], args);
    if (!session)
        return null;
    const holds = session.forwards ? 'holds its port forwards and ' : '';
    return { stdout: 'bounded', stderr: 'bounded', program: 'ssh', fromInput: true, evidence: `\`ssh\` with no remote command ${holds}starts a login shell that reads its commands from stdin: a banner and a warning at most unless commands are written to it` };
}
// Ex) eval $(ssh-agent) && ssh-add key: what eval runs is judged (runner-lines.ts).
function evalled(written) {
    if (shellWordValue(written[0] ?? '') !== 'eval')
        return null;
    const runs = evalLine(written.slice(1), shellWordValue);
    if (runs === null)
        return null;
    if ('line' in runs)
        return classifyShell(runs.line);
    return { stdout: 'bounded', stderr: 'bounded', program: 'eval', evidence: `\`eval $(${runs.setup})\` runs the variable settings \`${runs.setup}\` prints, which write a line at most` };
}
// find(1)'s actions that run a command: `-exec CMD ... ;` once per file, `-exec CMD ... {} +` on
// batches of files (likewise -execdir, -ok, -okdir).
const FIND_EXEC = new Set(['-exec', '-execdir', '-ok', '-okdir']);
// Actions that print the selected files themselves (to stdout; -fprint and its kin write a file).
const FIND_PRINTS = new Set(['-print', '-print0', '-printf', '-ls']);
/**
 * Ex) find DIR -type f -mmin +60 -exec rm -f {} +  /  find build -name '*.o' -delete
 * find prints the paths it selects only when its expression has no action (POSIX: -print is
 * then implied). With -exec or -delete and no printing action, what reaches its stdout is what
 * the commands it runs print: nothing for `rm -f`, `chmod`, `touch`; for a command that prints
 * anything, its output for every file (or batch), which grows with the tree. Its stderr: the
 * commands' errors, and its own for a directory it cannot read, a few lines on a tree the
 * process changes (it owns it); a command that can write without bound there makes it grow.
 * Null when this is not such a find: its own line of the table decides.
 */
function findActions(names, args) {
    if (names[0] !== 'find')
        return null;
    const commands = [];
    let deletes = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === null)
            continue;
        if (FIND_PRINTS.has(a))
            return null;
        if (a === '-delete')
            deletes = true;
        if (!FIND_EXEC.has(a))
            continue;
        const words = [];
        for (i++; i < args.length && args[i] !== ';' && args[i] !== '\\;' && args[i] !== '+'; i++)
            if (args[i] !== '{}')
                words.push(args[i]);
        // The terminator must be there: an unterminated -exec is a syntax error find reports.
        if (i >= args.length)
            return null;
        commands.push(words);
    }
    if (!commands.length && !deletes)
        return null;
    const runs = commands.map((w) => classifyArgv(w));
    const loud = runs.find((o) => o.stdout !== 'none');
    const stderr = runs.some((o) => o.stderr === 'unbounded') ? 'unbounded' : 'bounded';
    const named = runs.map((o) => `\`${o.program ?? '…'}\``);
    if (loud) {
        const what = loud.program ? `\`${loud.program}\`` : 'a command not known statically';
        return { stdout: 'unbounded', stderr, program: 'find', evidence: `\`find -exec\` prints what ${what} prints, for every file it selects`, scales: `\`find -exec\` prints what ${what} prints for every file it walks`, ...(loud.basis === 'value' ? { basis: 'value' } : {}) };
    }
    const evidence = commands.length
        ? `\`find -exec\` runs ${[...new Set(named)].join(', ')} on the files it selects, which ${new Set(named).size > 1 ? 'print' : 'prints'} nothing, and names none of them`
        : '`find -delete` deletes the files it selects and names none of them';
    return { stdout: 'none', stderr, program: 'find', evidence };
}
/**
 * Ex) find ~/work -name '*.git', find . -type d -name .git: the version-control directories of
 * the tree, one per repository, a few lines. Only when that name test is the whole selection:
 * no alternative (-o), no negation, no -prune (`-name .git -prune -o -print` prints the rest).
 */
function findRepositories(names, args) {
    // The start points (known or not) come first; every word of the expression must be known.
    const expression = args.findIndex((a) => a?.startsWith('-'));
    if (names[0] !== 'find' || expression < 0 || args.slice(expression).some((a) => a === null || /^(-o|-or|-not|!|-prune|-print0?|-printf|-ls)$/.test(a)))
        return null;
    const at = args.findIndex((a, i) => (a === '-name' || a === '-iname') && /^\*?\.(git|hg|svn)$/.test(args[i + 1] ?? ''));
    if (at < 0)
        return null;
    return { stdout: 'bounded', stderr: 'unbounded', program: 'find', evidence: `\`find ${args[at]} ${args[at + 1]}\` prints the repositories it finds (a \`.git\`, \`.hg\` or \`.svn\` directory each), and every directory it cannot read on stderr` };
}
const RESERVED_QUIET = new Set(['fi', 'done', 'esac', '}', 'for', 'select']);
/**
 * What a shell command line writes on the shell's stdout and stderr, following every simple
 * command through its redirections: `make >log 2>&1` writes nothing, `x 2>&1` sends x's
 * stderr to stdout, `a | b` only b's stdout reaches ours. An unparsable line is unknown.
 */
export function classifyShell(command) {
    if (command === null)
        return unknown('the command is not known statically');
    const sites = commandSites(parseShell(command));
    if (!sites)
        return unknown('the command line could not be read', 'unlisted');
    const out = classifyLine(sites);
    const behind = backgrounded(sites);
    return behind ? { ...out, leavesBehind: behind } : out;
}
function classifyLine(sites) {
    let stdout = 'none';
    let stderr = 'none';
    const seen = [];
    const bySite = new Map();
    // `find . | head` does not scale: only a walker whose growing output reaches ours does.
    let scales;
    let pace;
    let document = false;
    let what;
    let nearBuffer = false;
    // The launchers whose streams reach ours: the program each starts writes where they do.
    let livesOn;
    // A command that runs until it is stopped, writing to our pipes (`cd app && npm run dev`).
    let serves = false;
    for (const [index, site] of sites.entries()) {
        let words = site.words.map(shellWordValue);
        // `while cmd`, `until cmd`: the condition is a command too.
        while (words.length && words[0] !== null && (LEADING_WORDS.has(words[0]) || CONDITION_LOOPS.has(words[0])))
            words = words.slice(1);
        let out;
        if (words.length === 0 || (words[0] !== null && RESERVED_QUIET.has(words[0])))
            continue;
        if (words[0] === 'case' || words[0] === 'function')
            out = unknown('the command line holds a compound command', 'unlisted');
        else
            out = evalled(site.words) ?? classifyArgv(words);
        // Ex) echo "" | aircrack-ng -w -: a command whose output grows only with its input,
        // fed by one that prints a few lines, prints a few lines.
        const feeder = site.fedBy !== undefined ? bySite.get(site.fedBy) : undefined;
        // Ex) echo ${files} | xargs wc -l: echo prints its words, as many as the value holds.
        const echoesValue = /^(echo|printf)$/.test(feeder?.program ?? '') && !!sites[site.fedBy]?.words.some((w) => { const v = shellWordValue(w); return v === null || v.includes(PLACEHOLDER); });
        if (out.fromInput && feeder && !canFill(feeder.stdout) && feeder.program && !echoesValue) {
            const { scales: _grows, ...short } = out;
            out = { ...short, stdout: 'bounded', evidence: `${out.evidence.slice(0, out.evidence.indexOf('`', 1) + 1)} reads its input from \`${feeder.program}\`, which prints ${feeder.stdout === 'none' ? 'nothing' : 'a few lines'}` };
        }
        else if (out.program === 'xargs' && out.scales && !feeder?.scales && !echoesValue) {
            // Ex) git branch --merged | xargs git branch -d: what xargs prints grows with its input, a
            // walker's listing or a list the code holds; fed by anything else (or by our stdin) it runs
            // its command on input not known here, and either stream can grow, no more.
            const { scales: _input, ...grows } = out;
            out = { ...grows, stderr: 'unbounded' };
        }
        else if (out.selects && feeder?.listsProcesses && words.length > 1) {
            // Ex) ps aux | grep dhcpd: the processes that match the pattern, a few lines.
            out = { ...out, stdout: 'bounded', evidence: `${out.evidence.slice(0, out.evidence.indexOf('`', 1) + 1)} picks the processes that match out of the list of \`${feeder.program}\`` };
        }
        bySite.set(index, out);
        let reaches = 'none';
        for (const [dest, cls] of [[site.stdout, out.stdout], [site.stderr, out.stderr]]) {
            if (dest === 'out')
                reaches = maxClass(reaches, cls);
            if (dest === 'err')
                stderr = maxClass(stderr, cls);
        }
        // The walker's listing is its stdout (its stderr only when that is all it writes).
        const [dest, cls] = out.stdout === 'unbounded' ? [site.stdout, out.stdout] : [site.stderr, out.stderr];
        if (out.scales && cls === 'unbounded' && (dest === 'out' || dest === 'err') && scales === undefined) {
            scales = out.scales;
            pace = out.pace;
            document = !!out.document && dest === 'out';
            what = document ? out.what : undefined;
            nearBuffer = !!out.nearBuffer;
        }
        if (out.livesOn) {
            // Its program's streams go where the launcher's go: `xdg-open x 2>/dev/null` sends its warnings away.
            const to = [...(out.livesOn.stdout ? [site.stdout] : []), ...(out.livesOn.stderr ? [site.stderr] : [])];
            if (to.some((d) => d === 'out' || d === 'err')) {
                livesOn = { says: livesOn?.says ?? out.livesOn.says, stdout: !!livesOn?.stdout || to.includes('out'), stderr: !!livesOn?.stderr || to.includes('err') };
            }
        }
        if (out.serves && ((canFill(out.stdout) && (site.stdout === 'out' || site.stdout === 'err')) || (canFill(out.stderr) && (site.stderr === 'out' || site.stderr === 'err'))))
            serves = true;
        stdout = maxClass(stdout, reaches);
        seen.push({ out, reaches });
    }
    // Of the commands that make the class, one the table lists speaks first: `unlisted | grep -v x` grows because of grep.
    const deciding = seen.filter((s) => s.reaches === stdout && (stdout !== 'none' || s.out.stdout === 'none'));
    const decisive = deciding.find((s) => (s.out.basis ?? 'listed') === 'listed') ?? deciding.find((s) => s.out.basis === 'count') ?? deciding.find((s) => s.out.basis === 'value') ?? deciding[0];
    const launched = livesOn ? { livesOn } : {};
    // `ffmpeg -i a b`: nothing on stdout, and a stats line on stderr that grows with time.
    // `cd repo && git fetch origin`: each command that can grow stays below maxBuffer.
    const fits = seen.some((s) => s.out.fitsBuffer) && seen.every((s) => s.out.fitsBuffer || (s.out.stdout !== 'unbounded' && s.out.stderr !== 'unbounded'));
    // Ex) `ffmpeg -i a b 2>&1`: every command that can fill a pipe ignores SIGPIPE itself.
    const loud = seen.filter((s) => s.out.stdout === 'unbounded' || s.out.stderr === 'unbounded');
    const ignores = loud.length > 0 && loud.every((s) => s.out.ignoresSigpipe) ? { ignoresSigpipe: loud[0].out.ignoresSigpipe } : {};
    const growth = { ...ignores, ...(scales ? { scales } : {}), ...(pace ? { pace } : {}), ...(document ? { document } : {}), ...(what ? { what } : {}), ...(nearBuffer ? { nearBuffer } : {}), ...(fits ? { fitsBuffer: true } : {}), ...(serves ? { serves } : {}), ...(seen.length && seen.every((s) => s.out.outputOnly) ? { outputOnly: true } : {}), ...(seen.length && seen.every((s) => s.out.cannotFail) ? { cannotFail: true } : {}), ...lastOf(seen) };
    if (stdout === 'none') {
        const own = seen.filter((s) => s.out.stdout === 'none');
        if (own.length === seen.length && own.length > 1) {
            const programs = [...new Set(own.map((s) => s.out.program ?? '?'))].map((p) => `\`${p}\``);
            return { stdout, stderr, program: own[0].out.program, evidence: `${programs.join(', ')} print nothing`, ...(own.every((s) => s.out.cannotFail) ? { cannotFail: true } : {}), ...launched };
        }
        if (decisive && own.length === seen.length)
            return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...growth, ...launched };
        const redirected = seen.find((s) => s.out.stdout !== 'none');
        const what = redirected?.out.program ? `the output of \`${redirected.out.program}\`` : "the command's output";
        return { stdout, stderr, program: redirected?.out.program ?? null, evidence: redirected ? `${what} is redirected` : 'the command line runs nothing', ...launched };
    }
    // Every command writing to our pipes runs on when its writes fail, or the line does not.
    const writers = seen.filter((s) => s.reaches !== 'none');
    const runsOn = writers.length > 0 && writers.every((s) => s.out.ignoresWriteErrors);
    const basis = decisive.out.basis ? { basis: decisive.out.basis } : {};
    // Ex) `adb shell ps`, `ssh host ps aux`: a line of one command that lists processes still does, for the filter it feeds.
    const lists = seen.length === 1 && seen[0].out.listsProcesses ? { listsProcesses: true } : {};
    return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...basis, ...growth, ...(runsOn ? { ignoresWriteErrors: true } : {}), ...lists, ...launched };
}
/**
 * Ex) `cd repo && git log` -> at-exit; `make && node report.js` -> teardown.
 * A command line ends as the last command it runs does (the shell exits right after it).
 */
function lastOf(seen) {
    const last = seen[seen.length - 1]?.out.lastWrite;
    return last ? { lastWrite: last } : {};
}
