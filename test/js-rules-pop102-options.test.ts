import fs from 'node:fs';
import { CP, FIND, NEVER, table } from './js-rules-table.js';

// POP102 spawn-output-never-consumed, the stdio that options written before the call give, and a
// child handed to the constructor of a class of the module: the rule table (js-rules-table.ts says
// how the tables work). Its snapshots are test/snapshots/rules/POP102-options.snap; the rule's
// other cases are in js-rules-pop102.test.ts and js-rules-pop102-race.test.ts.

/** The same, with its waitForExit() a default export of another module (fixtures/js-projects/ipc-worker). */
const IPC_WORKER = 'fixtures/js-projects/ipc-worker/lib/host.ts';
const FORK = '`node` runs a program whose output can grow';
/** A child kept by the code and fed on `how` (its stdin, IPC messages): what it writes adds up over the session. */
const SESSION = (fn: string, how: string, evidence: string) => `${fn}(): stdout and stderr are never read, the child being kept and fed ${how} for the session, so what it writes there adds up over the session (${evidence}): on Node 20 the child blocks for good once about 20–243 KiB are waiting`;
/** fork-with-emitter's lib/host.ts (audit 42), cut down: a default stdio of pipes, and the child kept by a class that talks to it. */
const HOST = (stdio: string, extra = '') => `import { fork, ChildProcess, ForkOptions } from 'child_process';
export class Fork {
  constructor(public readonly process: ChildProcess) {
    this.process.on('message', (m) => console.log(m));${extra}
  }
  emit(event: string) {
    this.process.send({ type: 'emit', event });
  }
  kill() {
    this.process.kill('SIGINT');
  }
}
export const createFork = (modulePath: string, options: ForkOptions = {}) => {
  options.stdio = ${stdio};
  const forked = fork(modulePath, [], options);
  return new Fork(forked);
};
`;

table('POP102', {
  // A default that sends the output elsewhere: no pipe unless a caller asks for one.
  "options.stdio = options.stdio || 'inherit'": { code: `${CP}function run(m, options = {}) {\n  options.stdio = options.stdio || 'inherit';\n  cp.fork(m, [], options).on('exit', done);\n}` },
  'the stdio written under an if: unknown on the other path': { code: `${CP}function run(m, options = {}) {\n  if (quiet) options.stdio = 'pipe';\n  cp.spawn('find', ['/'], options).on('exit', done);\n}` },
  'the stdio written after the call': { code: `${CP}function run(options = {}) {\n  cp.spawn('find', ['/'], options).on('exit', done);\n  options.stdio = 'pipe';\n}` },
  'the stdio written twice': { code: `${CP}function run(options = {}) {\n  options.stdio = 'pipe';\n  if (quiet) options.stdio = 'ignore';\n  cp.spawn('find', ['/'], options).on('exit', done);\n}` },
  'the options handed to other code too': { code: `${CP}function run(options = {}) {\n  options.stdio = 'pipe';\n  configure(options);\n  cp.spawn('find', ['/'], options).on('exit', done);\n}` },
  // The class reads the streams it is handed: nothing unread.
  'the constructor reads both streams': { file: 'host.ts', code: HOST('options.stdio || [undefined, undefined, undefined, \'ipc\']', '\n    this.process.stdout!.pipe(process.stdout);\n    this.process.stderr!.pipe(process.stderr);') },
  'the default stdio inherits (fork with silent false)': { file: 'host.ts', code: HOST("options.stdio || 'inherit'") },
  // A class of another module may read what it is given.
  'a child handed to the constructor of an imported class': { code: `${CP}const { Worker } = require('worker-lib');\nmodule.exports = (m) => new Worker(cp.fork(m, [], { stdio: 'pipe' }));` },
  'a child handed to a constructor that hands it on': { code: `${CP}class Holder {\n  constructor(proc) {\n    register(proc);\n  }\n}\nnew Holder(cp.spawn('find', ['/']));` },
}, {
  // The value written over the declaration's is the one the call gets.
  "options changed after declaration: opts.stdio = 'pipe'": { code: `${CP}const opts = { stdio: 'ignore' };\nopts.stdio = 'pipe';\ncp.spawn('find', ['/'], opts);`, errors: [[4, 1, NEVER('stdout and stderr', FIND)]] },
  // fork's stdio array: undefined or null at 0-2 is a pipe, as 'pipe' is (Node's stdio normalization).
  "a default written on the caller's options: options.stdio = options.stdio || [undefined x3, 'ipc']": { file: 'run.ts', code: "import { fork, ForkOptions } from 'child_process';\nexport function run(m: string, options: ForkOptions = {}) {\n  options.stdio = options.stdio || [undefined, undefined, undefined, 'ipc'];\n  fork(m, [], options).on('message', console.log);\n}", errors: [[4, 3, NEVER('stdout and stderr', FORK, 'fork')]] },
  'a default written with ??= on an options parameter with no default': { file: 'run.ts', code: "import { spawn, SpawnOptions } from 'child_process';\nexport function run(options: SpawnOptions) {\n  options.stdio ??= 'pipe';\n  spawn('find', ['/'], options).on('exit', console.log);\n}", errors: [[4, 3, NEVER('stdout and stderr', FIND)]] },
  'the stdio set on a local object before an if that holds the call': { code: `${CP}function run(m) {\n  const options = {};\n  options.stdio = [null, null, null, 'ipc'];\n  if (m) {\n    cp.fork(m, [], options).on('exit', done);\n  }\n}`, errors: [[6, 5, NEVER('stdout and stderr', FORK, 'fork')]] },
  // Audit 42: fork-with-emitter's createFork(), the child kept as `this.process` by the class its
  // constructor declares, talked to over IPC and killed by kill(): a worker for the session.
  'fork-with-emitter: the child kept by a constructor parameter property, fed IPC messages': { file: 'host.ts', code: HOST("options.stdio || [undefined, undefined, undefined, 'ipc']"), errors: [[15, 18, SESSION('fork', 'IPC messages', FORK)]] },
  'fork-with-emitter: the child also handed to a default export of another module that only waits for it': { code: fs.readFileSync(IPC_WORKER, 'utf8'), file: IPC_WORKER, errors: [[27, 18, NEVER('stdout and stderr', FORK, 'fork').replace(' are never read', ' are never read, the child being handed to waitForExit() at line 13, which reads neither of its streams')]] },
  'a child handed to a constructor that keeps it in a property and writes its stdin': { code: `${CP}class Repl {\n  constructor(proc) {\n    this.proc = proc;\n  }\n  eval(line) {\n    this.proc.stdin.write(line + '\\n');\n  }\n}\nmodule.exports = () => new Repl(cp.spawn('python3', ['-i']));`, errors: [[10, 33, SESSION('spawn', 'on its stdin', '`python3` runs a program whose output can grow')]] },
  // Not talked to: kept, but what it writes over a session is not known to add up.
  'a child handed to a constructor, only listened to': { code: `${CP}class Job {\n  constructor(proc) {\n    proc.on('exit', (code) => this.done(code));\n  }\n}\nnew Job(cp.spawn('find', ['/']));`, errors: [[7, 9, NEVER('stdout and stderr', FIND)]] },
}, 'POP102-options', 'POP102 options');
