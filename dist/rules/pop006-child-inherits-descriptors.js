/**
 * POP006 child-inherits-descriptors
 *
 * ## What it does
 * Checks for children that outlive the call that starts them - a `Popen` never waited, a
 * command backgrounded with `&` - while the parent holds a pipe (`os.pipe`, `os.openpty`,
 * `socket.socketpair`), and the child inherits it: on Python 2 always (`close_fds` defaults to
 * False and every descriptor is inheritable), on Python 3.4+ only with `close_fds=False` and a
 * descriptor made inheritable (PEP 446).
 *
 * ## Why is this bad?
 * The article's third point (a child inherits the parent's descriptors), where it blocks: the
 * child keeps the write end of the pipe open, so its reader never sees EOF and a read to the
 * end hangs until the child exits. A listening socket or a lock kept by the child (a restart
 * fails while it lives) blocks nothing the code is doing: POP009, off by default, lists those.
 */
import { argument, callsTo, enclosingStatement, handleUses, literalString, reachedLoads } from '../src/python/analysis.js';
import { commandOf } from '../src/python/command.js';
import { BACKGROUND_TEXT, EOF_READ_CALLS, EOF_READ_WORDS, eofReads } from '../src/python/eof-reads.js';
import { devnullFile, subprocessModule } from '../src/python/edit.js';
import { outerExpression } from '../src/python/semantic.js';
import { parseShell } from '../src/shell.js';
import { commandSites } from '../src/shell-fds.js';
import { endsAtOnce } from '../src/knowledge/background.js';
import { includesPython2 } from '../src/knowledge/targets.js';
const HOLDINGS = [
    ['socket-or-lock', ['socket.socket', 'socket.create_server', 'socket.fromfd'], 'the socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
    ['socket-or-lock', ['SocketServer.TCPServer', 'SocketServer.UDPServer', 'SocketServer.ThreadingTCPServer', 'SocketServer.ForkingTCPServer', 'socketserver.TCPServer', 'socketserver.UDPServer', 'socketserver.ThreadingTCPServer', 'socketserver.ForkingTCPServer', 'BaseHTTPServer.HTTPServer', 'http.server.HTTPServer', 'http.server.ThreadingHTTPServer', 'SimpleXMLRPCServer.SimpleXMLRPCServer', 'xmlrpc.server.SimpleXMLRPCServer', 'wsgiref.simple_server.make_server'], 'the server socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
    ['pipe', ['os.pipe', 'os.pipe2', 'os.openpty', 'socket.socketpair'], 'the pipe made by `{call}` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)'],
    ['socket-or-lock', ['fcntl.flock', 'fcntl.lockf'], 'the lock taken by `{call}` (it is not released while the child lives)'],
];
/** The calls that start a child. */
export const RESOLVES = ['subprocess.Popen', 'os.popen', 'os.system', 'platform.popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.run'];
/** The calls that make a holding of this kind, as the prefilter's words (`requires`). */
export function holdingWords(kind) {
    return [...new Set(HOLDINGS.filter(([k]) => k === kind).flatMap(([, names]) => names).map((q) => q.slice(q.lastIndexOf('.') + 1)))];
}
function firstHolding(ctx, kind) {
    const names = new Set(HOLDINGS.filter(([k]) => k === kind).flatMap(([, n]) => n));
    // A client socket held a while longer harms nothing: only a listening one (a server) counts.
    const listens = /\.listen\s*\(/.test(ctx.model.text);
    const calls = callsTo(ctx.model, names).filter((c) => listens || c.qualified === 'socket.socketpair' || !c.qualified.startsWith('socket.'));
    if (calls.length === 0)
        return null;
    const { qualified } = calls[0];
    const [, , text] = HOLDINGS.find(([, n]) => n.includes(qualified));
    // The call names it, not its line: a message must not change when lines move above it.
    return text.replace('{call}', `${qualified}()`);
}
// Ex) 'nohup job.sh &', 'server.py > log 2>&1 &': a command still running after sh returns
// (`cd dir &` is not: a builtin that ends at once).
function backgrounds(text) {
    const sites = commandSites(parseShell(text));
    return !!sites && sites.some((s) => s.background && !endsAtOnce(s.words));
}
function keyword(call, name) {
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
            return a.childForFieldName('value');
    }
    return null;
}
const FALSY = new Set(['False', '0', 'None']);
// Python 3.4+ descriptors are non-inheritable unless made so: set_inheritable(fd, True), a
// pipe2() without O_CLOEXEC, the target of dup2() (inheritable by default).
const INHERITABLE = /\bset_inheritable\s*\(|\bpipe2\s*\(|\bdup2\s*\(/;
// Ex) p = Popen(cmd); ... nothing waits: the child runs on after this scope.
function notWaited(ctx, call) {
    const expr = outerExpression(call);
    const parent = expr.parent;
    if (parent?.type === 'expression_statement')
        return true;
    if (parent?.type === 'attribute')
        return !['wait', 'communicate'].includes(parent.childForFieldName('attribute')?.text ?? '');
    if (parent?.type === 'assignment' && parent.childForFieldName('left')?.type === 'attribute')
        return true;
    const handle = handleUses(ctx.model, call);
    if (!handle)
        return false;
    const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
    const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
    if (!binding || handle.statement.type === 'with_statement')
        return false;
    const loads = reachedLoads(ctx.model, binding);
    return loads.every((ref) => {
        const p = outerExpression(ref).parent;
        const name = p?.type === 'attribute' ? p.childForFieldName('attribute')?.text : null;
        // Returned or passed on: someone else may wait; only a handle that stays here is judged.
        if (!p || p.type !== 'attribute')
            return p?.type === 'if_statement' || p?.type === 'comparison_operator';
        return name !== 'wait' && name !== 'communicate' && name !== 'poll';
    });
}
/** The children that outlive their call and inherit a holding of this kind: POP006 (pipes) and POP009 (sockets, locks). */
export function checkInheritance(ctx, kind) {
    const py2 = includesPython2(ctx.versions);
    const candidates = callsTo(ctx.model, new Set(RESOLVES));
    if (candidates.length === 0)
        return;
    let holding;
    let inheritable;
    for (const { call, qualified } of candidates) {
        const isSubprocess = qualified.startsWith('subprocess.');
        const closeFds = isSubprocess ? keyword(call, 'close_fds') : null;
        // Who inherits: Python 2 children unless close_fds is true. On 3.4+ only with close_fds=False,
        // and only descriptors made inheritable (PEP 446: os.pipe, socket, open are not).
        const inherits = isSubprocess
            ? (closeFds ? FALSY.has(closeFds.text) && (py2 || (inheritable ??= INHERITABLE.test(ctx.model.text))) : py2) && !keyword(call, 'pass_fds')
            : py2; // os.popen/os.system fork the interpreter: on 3.4+ descriptors are non-inheritable.
        if (!inherits)
            continue;
        const cmd = argument(call, 0, isSubprocess ? 'args' : 'command') ?? argument(call, 0, 'cmd');
        const shell = isSubprocess ? !!keyword(call, 'shell') && !FALSY.has(keyword(call, 'shell').text) : true;
        const cmdText = cmd && shell ? (literalString(cmd) ?? commandOf(cmd, ctx.model).text) : null;
        const background = cmdText !== null && backgrounds(cmdText);
        const outlives = background || (qualified === 'subprocess.Popen' && notWaited(ctx, call));
        if (!outlives)
            continue;
        holding ??= firstHolding(ctx, kind);
        if (!holding)
            return;
        const fixes = [];
        if (qualified === 'subprocess.Popen') {
            if (closeFds)
                fixes.push({ strategy: 'subprocess', applicability: 'safe', description: 'Close the parent\'s descriptors in the child: close_fds=True', edits: [{ start: closeFds.startIndex, end: closeFds.endIndex, content: 'True' }] });
            else {
                const args = call.childForFieldName('arguments');
                const last = args.namedChildren.filter((c) => c.type !== 'comment').at(-1);
                if (last)
                    fixes.push({ strategy: 'subprocess', applicability: 'safe', description: 'Close the parent\'s descriptors in the child: close_fds=True', edits: [{ start: last.endIndex, end: last.endIndex, content: ', close_fds=True' }] });
            }
        }
        else if ((qualified === 'os.popen' || qualified === 'os.system') && cmd && enclosingStatement(call)?.type === 'expression_statement' && outerExpression(call).parent?.type === 'expression_statement') {
            const sp = subprocessModule(ctx.model, ctx.source, call);
            if (sp) {
                const out = qualified === 'os.popen' ? `, stdout=${devnullFile(ctx.model, call)}` : '';
                fixes.push({ strategy: 'subprocess', applicability: 'unsafe', description: 'Start it with subprocess.Popen(..., close_fds=True)', edits: [...sp.edits, { start: call.startIndex, end: call.endIndex, content: `${sp.name}.Popen(${cmd.text}, shell=True${out}, close_fds=True)` }] });
            }
        }
        const how = background ? 'runs on in the background' : 'is never waited for here';
        const why = isSubprocess && closeFds ? 'close_fds=False' : isSubprocess ? 'on Python 2 close_fds defaults to False and every descriptor is inheritable' : 'on Python 2 every descriptor is inheritable';
        ctx.report(call, { message: `the child of ${qualified}() ${how} and inherits the parent's descriptors (${why}): it keeps ${holding}`, fixes });
    }
}
export const rule = {
    meta: {
        id: 'POP006',
        name: 'child-inherits-descriptors',
        language: 'python',
        summary: "a child that outlives the call inherits a pipe the parent holds: its reader never sees EOF (Python 2, or close_fds=False)",
        defaultEnabled: true,
        severity: 'warning',
        strategies: ['subprocess', 'devnull'],
        needles: ['Popen', 'popen', 'system', 'call', 'check_call', 'run', 'check_output', 'getoutput', 'getstatusoutput'],
        // `run` and `call` are in most modules: only one that makes a pipe or reads a command's output is parsed.
        requires: [...holdingWords('pipe'), ...EOF_READ_WORDS],
        // Each kind of finding with its evidence: a child and a pipe the module makes (checkInheritance),
        // or a read of a shell line's output and the `&` of its background job (eofReads).
        prefilter: [
            { needles: [...new Set(RESOLVES.map((q) => q.slice(q.lastIndexOf('.') + 1)))], requires: holdingWords('pipe') },
            { needles: EOF_READ_CALLS, requires: EOF_READ_WORDS, bytes: BACKGROUND_TEXT },
        ],
        resolves: [...RESOLVES, 'subprocess.check_output', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput', 'commands.getstatusoutput', 'subprocess.PIPE', 'subprocess.STDOUT'],
        docs: {
            whatItDoes: "Checks for a child that outlives the call that starts it - a `subprocess.Popen` that is never waited, or a shell command backgrounded with `&` (`os.popen`, `os.system`, `shell=True`) - in a module that makes a pipe (`os.pipe`, `os.pipe2`, `os.openpty`, `socket.socketpair`), when the child inherits it: on Python 2 (where `close_fds` defaults to False and every descriptor is inheritable) unless `close_fds=True`, and on Python 3.4+ only with an explicit `close_fds=False` in a module that makes a descriptor inheritable (`os.set_inheritable`, `os.pipe2` without `O_CLOEXEC`, `os.dup2`): since PEP 446 `os.pipe`, sockets and files are not inherited even then. Also, on every version, a shell line whose output the parent reads to EOF (`os.popen(cmd).read()`, `check_output(cmd, shell=True)`, `getoutput`, `run(..., capture_output=True)`, `communicate()`) with a command run in the background (`server &`) that keeps the pipe: the shell hands it fd 1 and 2 whatever `close_fds` says (a builtin that ends at once, `cd dir &`, keeps it for an instant only; a line under a Windows-only test, `if os.name == 'nt':`, is cmd.exe's, whose `&` runs one command after the other). A listening socket or a lock the child keeps is POP009's (off by default).",
            whyIsThisBad: "The seed article's third point: a child inherits the parent's descriptors. A child holds every descriptor it inherited for as long as it lives, among them the write end of the parent's pipe: the pipe's reader never sees EOF, so a read to the end (`os.read` until empty, `f.read()`, a reader thread joined) blocks until the child exits - for good, if the child is a daemon. Python 3.4+ makes descriptors non-inheritable (PEP 446) and closes them in `Popen` by default. A job started in the background by the shell line whose output is read holds that pipe on every version: `subprocess.check_output('nohup ./server.sh &', shell=True)` returns only when the server exits.",
            example: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'])\nos.close(w)\nprint os.fdopen(r).read()\n",
            useInstead: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\nos.close(w)\nprint os.fdopen(r).read()\n",
            fixSafety: "`subprocess` (a subprocess option; the child's output is unchanged): `close_fds=True` added to the `Popen` call, or `close_fds=False` turned into `True` - safe where no descriptor is meant to pass to the child (it is unsafe, and not offered, with `pass_fds`). For `os.popen`/`os.system` on Python 2 the unsafe fix runs the command with `subprocess.Popen(cmd, shell=True, close_fds=True)`.\n`devnull` (unsafe), for a background job that keeps the pipe being read, when every command of the line runs in the background: their output goes to /dev/null (`{ ./server.sh; } >/dev/null 2>&1 &`), so the read returns at once; it no longer returns what they print.",
            reproduction: {
                files: {
                    'reader.py': "import os, subprocess, time\nr, w = os.pipe()\nstart = time.time()\nsubprocess.Popen(['sleep', '2'])\nos.close(w)\nos.read(r, 1)\nprint 'EOF after %ds' % (time.time() - start)\n",
                },
                run: 'python2.7 reader.py',
                shows: 'EOF after [2-9]s',
                says: 'EOF after 2s: the read waited for `sleep`, which held the pipe\'s write end (EOF after 0s once fixed)',
                fix: 'reader.py',
            },
            references: ['https://peps.python.org/pep-0446/', 'https://docs.python.org/2/library/subprocess.html#popen-constructor'],
        },
    },
    check(ctx) {
        checkInheritance(ctx, 'pipe');
        // Ex) subprocess.check_output('nohup ./server.sh &', shell=True): the server keeps stdout.
        for (const r of eofReads(ctx)) {
            const fixes = r.quiet ? [{ strategy: 'devnull', applicability: 'unsafe', description: 'Send the background command\'s output to /dev/null: the read no longer waits for it (and no longer returns what it prints)', edits: r.quiet }] : [];
            ctx.report(r.call, { message: `\`${r.holder}\` runs in the background (\`&\`) and inherits the write end of the pipe ${r.qualified}() reads: ${r.how} sees EOF only when \`${r.holder}\` exits, so the parent blocks for as long as it runs`, fixes });
        }
    },
};
