/**
 * POP009 child-inherits-socket-or-lock (opt-in)
 *
 * ## What it does
 * Checks for children that outlive the call that starts them while the parent holds a listening
 * socket, a server or a lock, and the child inherits it (Python 2, or `close_fds=False`): the
 * cases of the article's third point that POP006 leaves out because nothing blocks.
 *
 * ## Why is this bad?
 * Nothing the code does is killed, blocked or lost: the child keeps the socket or lock for as
 * long as it lives, so a restart of the server fails ("Address already in use") or a second
 * instance cannot take the lock until the child exits. For services that restart in place.
 */
import { checkInheritance, holdingWords, RESOLVES } from './pop006-child-inherits-descriptors.js';
export const rule = {
    meta: {
        id: 'POP009',
        name: 'child-inherits-socket-or-lock',
        language: 'python',
        summary: "a child that outlives the call keeps the parent's listening socket or lock (Python 2, or close_fds=False)",
        defaultEnabled: false,
        severity: 'warning',
        strategies: ['subprocess'],
        needles: ['Popen', 'popen', 'system', 'call', 'check_call', 'run'],
        requires: holdingWords('socket-or-lock'),
        resolves: RESOLVES,
        docs: {
            whatItDoes: "Checks for a child that outlives the call that starts it - a `subprocess.Popen` that is never waited, or a shell command backgrounded with `&` - in a module that holds a listening socket, a server (`socketserver`, `http.server`, `xmlrpc.server`, `wsgiref`) or a lock (`fcntl.flock`, `fcntl.lockf`), when the child inherits it: on Python 2 unless `close_fds=True`, on Python 3.4+ only with `close_fds=False` in a module that makes a descriptor inheritable (`os.set_inheritable`, `os.pipe2`, `os.dup2`). Off by default (`--select POP009`): nothing is killed, blocked or lost, the socket or lock is only held longer. The pipes a child inherits are POP006's.",
            whyIsThisBad: 'The child holds every descriptor it inherited for as long as it lives: the parent\'s listening socket (restarting the server fails with "Address already in use" until the child exits) or a lock (a second instance cannot take it). Python 3.4+ makes descriptors non-inheritable (PEP 446) and closes them in `Popen` by default.',
            example: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'])\nprint 'serving'\n",
            useInstead: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\nprint 'serving'\n",
            fixSafety: "`subprocess` (a subprocess option; the child's output is unchanged): `close_fds=True` added to the `Popen` call, or `close_fds=False` turned into `True` - safe where no descriptor is meant to pass to the child (it is unsafe, and not offered, with `pass_fds`). For `os.popen`/`os.system` on Python 2 the unsafe fix runs the command with `subprocess.Popen(cmd, shell=True, close_fds=True)`.",
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
        checkInheritance(ctx, 'socket-or-lock');
    },
};
