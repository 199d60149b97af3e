/**
 * POP006 child-inherits-descriptors
 *
 * ## What it does
 * Checks for children that outlive the call that starts them - a `Popen` never waited, a
 * command backgrounded with `&` - while the parent holds a socket, a pipe or a lock, and the
 * child inherits them: on Python 2 always (`close_fds` defaults to False and every descriptor
 * is inheritable), on Python 3.4+ only with `close_fds=False` or `pass_fds`.
 *
 * ## Why is this bad?
 * The article's third point. The child keeps the parent's listening socket open (a restart of
 * the server fails with "Address already in use" while the child lives), the write end of
 * another pipe (its reader never sees EOF), or a lock file (the lock is never released).
 */
import { argument, callsTo, enclosingStatement, handleUses, literalString, reachedLoads } from '../src/python/analysis.js';
import { commandOf } from '../src/python/command.js';
import { devnullFile, subprocessModule } from '../src/python/edit.js';
import { outerExpression } from '../src/python/semantic.js';
import { parseShell } from '../src/shell.js';
import { commandSites } from '../src/shell-fds.js';
import { includesPython2 } from '../src/knowledge/targets.js';
// What the parent may hold that a child must not keep, and what goes wrong when it does.
const HOLDINGS = [
    [['socket.socket', 'socket.create_server', 'socket.fromfd'], 'the socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
    [['SocketServer.TCPServer', 'SocketServer.UDPServer', 'SocketServer.ThreadingTCPServer', 'SocketServer.ForkingTCPServer', 'socketserver.TCPServer', 'socketserver.UDPServer', 'socketserver.ThreadingTCPServer', 'socketserver.ForkingTCPServer', 'BaseHTTPServer.HTTPServer', 'http.server.HTTPServer', 'http.server.ThreadingHTTPServer', 'SimpleXMLRPCServer.SimpleXMLRPCServer', 'xmlrpc.server.SimpleXMLRPCServer', 'wsgiref.simple_server.make_server'], 'the server socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
    [['os.pipe', 'os.pipe2', 'os.openpty', 'socket.socketpair'], 'the pipe made by `{call}` (its reader never sees EOF while the child lives)'],
    [['fcntl.flock', 'fcntl.lockf'], 'the lock taken by `{call}` (it is not released while the child lives)'],
];
const ALL_HOLDINGS = new Set(HOLDINGS.flatMap(([names]) => names));
function firstHolding(ctx) {
    // A client socket held a while longer harms nothing: only a listening one (a server) counts.
    const listens = /\.listen\s*\(/.test(ctx.model.text);
    const calls = callsTo(ctx.model, ALL_HOLDINGS).filter((c) => listens || !c.qualified.startsWith('socket.'));
    if (calls.length === 0)
        return null;
    const { qualified } = calls[0];
    const [, text] = HOLDINGS.find(([names]) => names.includes(qualified));
    // The call names it, not its line: a message must not change when lines move above it.
    return text.replace('{call}', `${qualified}()`);
}
// Ex) 'nohup job.sh &', 'server.py > log 2>&1 &': a command still running after sh returns.
function backgrounds(text) {
    const sites = commandSites(parseShell(text));
    return !!sites && sites.some((s) => s.background);
}
function keyword(call, name) {
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
            return a.childForFieldName('value');
    }
    return null;
}
const FALSY = new Set(['False', '0', 'None']);
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
export const rule = {
    meta: {
        id: 'POP006',
        name: 'child-inherits-descriptors',
        language: 'python',
        summary: "a child that outlives the call inherits the parent's sockets, pipes and locks (Python 2, or close_fds=False)",
        defaultEnabled: true,
        severity: 'warning',
        strategies: ['subprocess'],
        needles: ['Popen', 'popen', 'system', 'call', 'check_call', 'run'],
        // `run` and `call` are in most modules: only one that names what it holds is parsed.
        requires: [...new Set([...ALL_HOLDINGS].map((q) => q.slice(q.lastIndexOf('.') + 1)))],
        resolves: ['subprocess.Popen', 'os.popen', 'os.system', 'platform.popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.run'],
        docs: {
            whatItDoes: "Checks for a child that outlives the call that starts it - a `subprocess.Popen` that is never waited, or a shell command backgrounded with `&` (`os.popen`, `os.system`, `shell=True`) - in a module that holds a socket, a server, a pipe or a lock, when the child inherits them: on Python 2 (where `close_fds` defaults to False and every descriptor is inheritable) unless `close_fds=True`, and on Python 3.4+ only with an explicit `close_fds=False`.",
            whyIsThisBad: 'The seed article\'s third point. A child holds every descriptor it inherited for as long as it lives: the parent\'s listening socket (restarting the server fails with "Address already in use" until the child exits), the write end of another pipe (its reader never sees EOF), a lock file (never released). Python 3.4+ makes descriptors non-inheritable (PEP 446) and closes them in `Popen` by default.',
            example: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'], close_fds=False)\n",
            useInstead: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\n",
            fixSafety: "`subprocess` (a subprocess option; the child's output is unchanged): `close_fds=True` added to the `Popen` call, or `close_fds=False` turned into `True` - safe where no descriptor is meant to pass to the child (it is unsafe, and not offered, with `pass_fds`). For `os.popen`/`os.system` on Python 2 there is no automatic fix: run the command with `subprocess.Popen(cmd, shell=True, close_fds=True)`.",
            reproduction: {
                files: {
                    'server.py': "import socket, subprocess, sys\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(('127.0.0.1', 0))\ns.listen(5)\nopen('port', 'w').write(str(s.getsockname()[1]))\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3)'])\nprint 'serving'\n",
                    'restart.py': "import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ntry:\n    s.bind(('127.0.0.1', int(open('port').read())))\n    print 'restarted'\nexcept socket.error as e:\n    print 'restart failed: %s' % e\n",
                },
                run: 'python2.7 server.py >/dev/null; python2.7 restart.py',
                shows: 'Address already in use',
                says: 'restart failed: [Errno 98] Address already in use - the worker still holds the socket',
                fix: 'server.py',
            },
            references: ['https://peps.python.org/pep-0446/', 'https://docs.python.org/2/library/subprocess.html#popen-constructor'],
        },
    },
    check(ctx) {
        const py2 = includesPython2(ctx.versions);
        const candidates = callsTo(ctx.model, new Set(['subprocess.Popen', 'os.popen', 'os.system', 'platform.popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.run']));
        if (candidates.length === 0)
            return;
        let holding;
        for (const { call, qualified } of candidates) {
            const isSubprocess = qualified.startsWith('subprocess.');
            const closeFds = isSubprocess ? keyword(call, 'close_fds') : null;
            // Who inherits: Python 2 children unless close_fds is true; 3.4+ only with close_fds=False.
            const inherits = isSubprocess
                ? (closeFds ? FALSY.has(closeFds.text) : py2) && !keyword(call, 'pass_fds')
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
            holding ??= firstHolding(ctx);
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
    },
};
