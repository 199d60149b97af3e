import { CONDITION_LOOPS, LEADING_WORDS, parseShell } from '../shell.js';
import { commandSites } from '../shell-fds.js';
// More fixed writes than this is no longer "a few lines" worth stating.
const MAX_WRITES = 20;
const grows = (why) => ({ few: false, why });
/** A line's indentation width (a tab counts as 8, as Python's tokenizer does for consistency). */
function indentOf(line) {
    let n = 0;
    for (const ch of line) {
        if (ch === ' ')
            n++;
        else if (ch === '\t')
            n += 8 - (n % 8);
        else
            break;
    }
    return n;
}
// Python source without comments, docstrings and the shebang: a `print` in a comment or a
// docstring does nothing. String contents elsewhere are kept (the first argument of a print is
// read to tell a fixed line from data).
function pythonCode(text) {
    return text
        .replace(/^#!.*/, '')
        .replace(/("""|''')[\s\S]*?\1/g, (m) => m.replace(/[^\n]/g, ' '))
        .split('\n')
        .map((l) => (/^\s*#/.test(l) ? '' : l.replace(/\s+#[^'"]*$/, '')))
        .join('\n');
}
// Ex) subprocess.Popen(...), os.system('make'), os.popen(cmd), os.execvp(...), pty.spawn(...):
// a program started from the script writes on the streams it inherits, whatever it is.
const PY_RUNS = /\b(?:subprocess|os\.(?:system|popen\d?|exec\w*|spawn\w*|posix_spawn\w*)|pty\.spawn|commands\.get\w+|popen2|Popen|sh\.Command|plumbum|pexpect)\b/;
// Ex) print('...'), print 'x' (Python 2), sys.stdout.write(...), logging.warning(...), log.info(...).
const PY_WRITE = /\bprint\s*\(|\bprint\s+(?=[^\s=(])|\bsys\.std(?:out|err)\.write\s*\(|\bpprint\s*\(|\btraceback\.print_\w+\s*\(|\b(?:self\.)?_?(?:log|logger|LOG|LOGGER|logging)\.(?:debug|info|warning|warn|error|exception|critical|fatal|log)\s*\(/g;
// Ex) os.write(1, data), sys.stdout.buffer.write(b), os.fdopen(1, 'wb'), shutil.copyfileobj(f, sys.stdout):
// writes this check cannot count or size; the script is judged as output that can grow.
const PY_RAW_WRITE = /\bos\.write\s*\(|\bsys\.(?:__)?std(?:out|err)(?:__)?\.buffer\b|\bos\.fdopen\s*\(|\bcopyfileobj\s*\(|\bsys\.__std(?:out|err)__\b|\/dev\/std(?:out|err)/;
const PY_LOGGING = /^(?:self\.)?_?(?:log|logger|LOG|LOGGER|logging)\./;
// Logging configured to a file: a file handler, or basicConfig with a file name.
const PY_LOG_FILE = /\b(?:\w*FileHandler|basicConfig\s*\([^)]*\bfilename\s*=)/;
// A stream handler set up unconditionally at the module's top (not inside a function or a branch).
const PY_LOG_STREAM = /^(?:\w[\w.]*\s*=\s*)?\S*(?:StreamHandler\s*\(|basicConfig\s*\((?![^)]*\bfilename\s*=))/m;
// Ex) sys.stdout.write('x' * 300000), print('1000' * 1024), 'x'.repeat(n), ', '.join(rows),
// json.dumps(data): a literal repeated or joined, or data, is output of unknown size.
const REPEATS = /\*|<<|\.repeat\s*\(|\d{4,}|\bjoin\b|\bdumps?\b|\bstringify\b|\bBuffer\b|\bread\w*\s*\(/;
/**
 * Ex) print('start running on {}'.format(addr)), print(f"done {n}"), print('zerorpc ' + addr),
 * print(e) in `except X as e:`: a fixed line (a literal, formatted), or an exception's message.
 * print(data), print(json.dumps(rows)), sys.stdout.write(out): data of unknown size.
 */
function fixedLine(after, caught) {
    const arg = after.trimStart();
    if (REPEATS.test(arg.split('\n')[0]))
        return false;
    if (/^[rbuf]{0,2}['"]/i.test(arg))
        return true;
    if (arg === '' || arg.startsWith(')'))
        return true;
    const name = /^(\w+)\s*[),]/.exec(arg)?.[1];
    return !!name && caught.has(name);
}
// Libraries that write on their own once the script hands over to them: servers that log every
// request (http.server, werkzeug under Flask, Django's runserver, uvicorn, tornado, aiohttp,
// bottle), builds (setuptools' and distutils' setup()), test runners, progress bars, crawlers.
const PY_CHATTY = /^(?:http\.server|SimpleHTTPServer|BaseHTTPServer|CGIHTTPServer|socketserver|SocketServer|wsgiref|flask|werkzeug|django|uvicorn|gunicorn|hypercorn|tornado|aiohttp|bottle|cherrypy|waitress|twisted|setuptools|distutils|unittest|pytest|nose|doctest|tqdm|progressbar|scrapy|pip|IPython|code)(?:\.|$)/;
// Ex) from black import main; main() / import mytool; mytool.cli(): the work, and what it prints,
// is the imported code's, not the script's.
const PY_HANDOFF = /^(?:main|cli|run\w*|execute\w*|serve\w*|start\w*|app|entry\w*)$/;
// The modules a Python text imports, and the names it imports from them (`from m import a, b as c`).
function pythonImported(code) {
    const modules = [];
    const names = new Map();
    for (const m of code.matchAll(/^\s*import\s+([\w., ]+)/gm))
        for (const part of m[1].split(',')) {
            const [mod, alias] = part.trim().split(/\s+as\s+/);
            if (!mod)
                continue;
            modules.push(mod);
            names.set((alias ?? mod).split('.')[0], mod);
        }
    for (const m of code.matchAll(/^\s*from\s+([\w.]+)\s+import\s+\(?([\w, \n]+?)\)?\s*$/gm)) {
        modules.push(m[1]);
        for (const part of m[2].split(',')) {
            const [name, alias] = part.trim().split(/\s+as\s+/);
            if (name)
                names.set(alias ?? name, m[1]);
        }
    }
    return { modules, names };
}
/**
 * Ex) from django.core.management import execute_from_command_line (manage.py), from setuptools
 * import setup (setup.py), app.run() of Flask, from black import main; main(): the script hands its
 * run to a library that writes on its own: a reason its output can grow, or null.
 */
function handsOff(code, project) {
    const { modules, names } = pythonImported(code);
    const chatty = modules.find((m) => PY_CHATTY.test(m));
    if (chatty)
        return `it runs \`${chatty.split('.')[0]}\`, which writes on its own`;
    for (const m of code.matchAll(/(?<![\w.])(\w+)(?:\.(\w+))?\s*\(/g)) {
        const from = names.get(m[1]);
        if (!from || project.has(from))
            continue;
        const called = m[2] ?? m[1];
        if (PY_HANDOFF.test(called))
            return `it hands its run to \`${from}\``;
    }
    return null;
}
/**
 * The Python script's text, and the text of the project modules it imports (for their logging
 * set-up and the programs they start, not their prints: what they print in functions the script
 * may never call).
 */
export function judgePython(text, imported) {
    const code = pythonCode(text);
    if (PY_RUNS.test(code))
        return grows('it starts other programs');
    if (PY_RAW_WRITE.test(code))
        return grows('it writes to its streams through a file descriptor or a raw buffer');
    const handoff = handsOff(code, new Set(imported.map((m) => m.module ?? '')));
    if (handoff)
        return grows(handoff);
    for (const m of imported)
        if (PY_RUNS.test(pythonCode(m.text)))
            return grows(`${m.name} (which it imports) starts other programs`);
    const fileLog = PY_LOG_FILE.test(code) ? 'this script' : imported.find((m) => PY_LOG_FILE.test(pythonCode(m.text)))?.name;
    if (fileLog && PY_LOG_STREAM.test(code))
        return grows('it logs to a stream as well as to a file');
    const caught = new Set([...code.matchAll(/\bexcept\b[^:\n]*\bas\s+(\w+)\s*:/g)].map((m) => m[1]));
    const lines = code.split('\n');
    // Blocks by indentation: the loops (for/while) and the functions a line sits in.
    const open = [];
    const printingDefs = new Set();
    const loopBodies = [];
    let writes = 0;
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        const indent = indentOf(line);
        while (open.length && open.at(-1).indent >= indent)
            open.pop();
        const loop = /^\s*(?:async\s+)?(?:for|while)\b.*:/.test(line);
        const def = /^\s*(?:async\s+)?def\s+(\w+)/.exec(line)?.[1] ?? null;
        // `for x in rows: print(x)`: the header's own line is in the loop too.
        const inLoop = loop || open.some((b) => b.loop);
        if (inLoop)
            loopBodies.push(line);
        for (const m of line.matchAll(PY_WRITE)) {
            const call = m[0];
            if (PY_LOGGING.test(call) && fileLog)
                continue;
            if (inLoop)
                return grows('it writes in a loop');
            // A method or a nested function (a def not at the module's top) runs once per call: a
            // server's handler, a callback.
            if (open.some((b) => b.def !== null && b.indent > 0))
                return grows('a method or nested function writes, once per call');
            if (/pprint/.test(call))
                return grows('it prints data of unknown size');
            if (!fixedLine(line.slice(m.index + call.length), caught))
                return grows('it prints data of unknown size');
            const owner = open.find((b) => b.def)?.def;
            if (owner)
                printingDefs.add(owner);
            writes++;
        }
        if (loop || def || /:\s*$/.test(line))
            open.push({ indent, loop, def });
    }
    // A function that writes, called in a loop: a line per turn.
    const body = loopBodies.join('\n');
    for (const def of printingDefs)
        if (new RegExp(`\\b${def}\\s*\\(`).test(body))
            return grows(`\`${def}()\` writes and is called in a loop`);
    if (writes > MAX_WRITES)
        return grows(`it holds ${writes} writes`);
    return { few: true, writes, notes: fileLog ? [`its logging goes to a file${fileLog === 'this script' ? '' : ` (set up in ${fileLog})`}`] : [] };
}
// Ex) set -x, set -o xtrace, set -v, set -ex: the shell traces every command on stderr.
const SH_TRACE = /^\s*set\s+(?:-[a-wyz]*[xv][a-z]*\b|-o\s+(?:xtrace|verbose)\b)/m;
const SH_LOOP_WORDS = new Set(['for', ...CONDITION_LOOPS, 'select']);
const SH_LOOP = /^\s*(?:for|while|until|select)\b|(?:;|&&|\|\|)\s*(?:for|while|until)\b/m;
/**
 * Ex) for pid in $pids; do name=$(xdotool getwindowname $pid); xdotool set_window --name x $pid; done
 * The commands of the script's loops run once a turn, as many turns as there are: the first
 * that writes on stdout, or without bound on stderr, makes the script's output grow (`why`). A
 * loop whose every command prints nothing is no more than its commands (a listed program's stderr
 * carries its diagnostics only). A command whose output a substitution captures (`x=$(cmd)`)
 * writes into the script's variable, not its streams. `loops`: the script has a loop.
 */
function loopOutput(body, classify) {
    const sites = commandSites(parseShell(body));
    // Unreadable: a loop's commands cannot be told apart (the whole text is judged unreadable after).
    if (!sites)
        return SH_LOOP.test(body) ? { why: 'it runs commands in a loop', loops: true } : { why: null, loops: false };
    let depth = 0;
    let loops = false;
    for (const site of sites) {
        let words = site.words;
        while (words.length && LEADING_WORDS.has(words[0]))
            words = words.slice(1);
        const first = words[0];
        if (first === undefined)
            continue;
        if (first === 'done') {
            depth = Math.max(0, depth - 1);
            continue;
        }
        if (SH_LOOP_WORDS.has(first)) {
            depth++;
            loops = true;
            // `for x in a b` names its words; the condition of `while`/`until` is a command run every turn.
            if (first === 'for' || first === 'select')
                continue;
            words = words.slice(1);
        }
        if (depth === 0 || !words.length)
            continue;
        const out = classify(words.join(' '));
        const reaches = (dest) => dest === 'out' || dest === 'err';
        if ((reaches(site.stdout) && out.stdout !== 'none') || (reaches(site.stderr) && out.stderr === 'unbounded')) {
            return { why: `it runs ${out.program ? `\`${out.program}\`` : 'a command not known statically'} in a loop`, loops };
        }
    }
    return { why: null, loops };
}
/**
 * A shell script: its commands are judged by the command table, as a command line is
 * (`classify` is knowledge/commands.ts's classifyShell, passed in to keep the import one way);
 * the commands of a loop must print nothing, as they run once a turn.
 */
export function judgeShell(text, classify) {
    const shebang = /^#!.*/.exec(text)?.[0] ?? '';
    if (/\s-[a-wyz]*[xv]/.test(shebang) || SH_TRACE.test(text))
        return grows('it traces its commands (set -x)');
    const body = text.replace(/^#!.*/, '');
    const looping = loopOutput(body, classify);
    if (looping.why)
        return grows(looping.why);
    const out = classify(body);
    if (out.stdout === 'unbounded' || out.stderr === 'unbounded')
        return grows(out.evidence);
    const writes = (body.match(/^\s*(?:echo|printf)\b/gm) ?? []).length;
    if (writes > MAX_WRITES)
        return grows(`it holds ${writes} writes`);
    return { few: true, writes, notes: looping.loops ? ['in its loops only commands that print nothing'] : [] };
}
// Ex) require('child_process'), spawn(...), execSync(...): a program it starts writes on the
// streams it inherits.
const JS_RUNS = /\b(?:child_process|spawn\w*|exec(?:Sync|File\w*|a)?|fork|shelljs|zx)\b/;
const JS_WRITE = /\b(?:console\.(?:log|error|warn|info|debug|trace|dir|table)|process\.std(?:out|err)\.write)\s*\(/g;
// Ex) fs.writeSync(1, buf), stream.pipe(process.stdout), fs.createWriteStream('/dev/stdout'): writes
// this check cannot count or size.
const JS_RAW_WRITE = /\bfs\.write(?:Sync)?\s*\(\s*[12]\s*,|\.pipe\s*\(\s*process\.std(?:out|err)\b|\/dev\/std(?:out|err)|\bprocess\.std(?:out|err)\.fd\b/;
const JS_LOOP = /\b(?:for|while)\s*\(|\bdo\s*\{|\.(?:forEach|map|flatMap|reduce|every|some|filter)\s*\(|\bset(?:Interval|Immediate)\s*\(|\.on\(\s*['"`](?:data|line|message|request|connection|change)|\bcreateServer\b|\.listen\s*\(|\bwatch\w*\s*\(/;
function jsCode(text) {
    return text.replace(/^#!.*/, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
/** A Node script: its own writes; the project modules it requires are read for the programs they start. */
export function judgeNode(text, required) {
    const code = jsCode(text);
    if (JS_RUNS.test(code))
        return grows('it starts other programs');
    if (JS_RAW_WRITE.test(code))
        return grows('it writes to its streams through a file descriptor or a pipe');
    for (const m of required)
        if (JS_RUNS.test(jsCode(m.text)))
            return grows(`${m.name} (which it requires) starts other programs`);
    const caught = new Set([...code.matchAll(/\bcatch\s*\(\s*(\w+)/g), ...code.matchAll(/\(\s*(err|error|e)\s*[,)]/g)].map((m) => m[1]));
    let writes = 0;
    for (const m of code.matchAll(JS_WRITE)) {
        const arg = code.slice(m.index + m[0].length).trimStart();
        const fixed = /^['"`]/.test(arg) && !REPEATS.test(arg.split('\n')[0]) && !/^`[^`]*\$\{[^}]*\b(?:JSON|stringify|join|toString|stats)\b/.test(arg);
        const name = /^(\w+)\s*[),]/.exec(arg)?.[1];
        if (!fixed && !(name && caught.has(name)))
            return grows('it prints data of unknown size');
        writes++;
    }
    if (writes > 0 && JS_LOOP.test(code))
        return grows('it may write in a loop or per event');
    if (writes > MAX_WRITES)
        return grows(`it holds ${writes} writes`);
    return { few: true, writes, notes: [] };
}
// Ruby and Perl, coarser: a loop anywhere with a write anywhere can grow.
const RB_RUNS = /\b(?:system|exec|spawn|fork|Open3|IO\.popen|PTY|qx)\b|`|%x[({[]/;
const RB_WRITE = /^\s*(?:puts|print|printf|say|warn|p|pp|\$std(?:out|err)\.(?:puts|print|write)|STD(?:OUT|ERR)\.(?:puts|print|write))\b(.*)$/gm;
const RB_LOOP = /\b(?:for|while|until|loop|foreach|each\w*|times|upto|downto|map)\b/;
export function judgeRubyPerl(text) {
    const code = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
    if (RB_RUNS.test(code))
        return grows('it starts other programs');
    let writes = 0;
    for (const m of code.matchAll(RB_WRITE)) {
        const arg = m[1].trim().replace(/^\(/, '').replace(/^(?:STDERR|STDOUT)\s*,?\s*/, '');
        if (!/^['"]/.test(arg) || REPEATS.test(arg))
            return grows('it prints data of unknown size');
        writes++;
    }
    if (writes > 0 && RB_LOOP.test(code))
        return grows('it may write in a loop');
    if (writes > MAX_WRITES)
        return grows(`it holds ${writes} writes`);
    return { few: true, writes, notes: [] };
}
