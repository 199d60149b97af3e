import { CP, table } from './js-rules-table.js';

// POP104 exec-output-past-maxbuffer, a command line a client sends, whole (request-command.ts): the
// rule table (js-rules-table.ts says how the tables work). Its snapshots are
// test/snapshots/rules/POP104-remote.snap; the rule's other cases are in js-rules-pop104.test.ts.

const FAILS = 'the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short';
/** A shell its users type into (a web terminal), under a maxBuffer of `size` written below Node's default: `grows`. */
const TYPED = (value: string, size: string) =>
  `exec() keeps the whole output of the command line a client sends (\`${value}\`), whole: this code is a shell its users type into, and they can run \`cat\` of a log, \`ls -R\` or \`find /\`: maxBuffer is ${size} here, below Node's default (1 MiB on Node 20), and past it Node kills the child and ${FAILS}; raise maxBuffer, or spawn() and read the output as it comes`;
/** The same command from outside, judged as any command the caller hands in: `external-command`. */
const HANDED = (size: string) =>
  `exec() keeps the whole output of a command the caller hands in, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte): maxBuffer is ${size}, and past it Node kills the child and ${FAILS}; raise maxBuffer, or spawn() and read the output as it comes`;
const EXPRESS = "const app = require('express')();\n";

table('POP104', {
  // A command built around what the client sends is judged by the command knowledge: `echo` prints one line.
  'a route that runs a command of its own with the value a client sends': { code: `${CP}${EXPRESS}app.get('/say/:word', (req, res) => {\n  cp.exec('echo ' + req.params.word, { maxBuffer: 200 * 1024 }, (err, out) => res.send(out));\n});` },
  // A limit above Node's default: nothing to report.
  'a web shell with maxBuffer raised to 10 MiB': { code: `${CP}${EXPRESS}app.get('/:cmd', (req, res) => {\n  cp.exec(req.params.cmd, { maxBuffer: 10 * 1024 * 1024 }, (err, out) => res.send(out));\n});` },
}, {
  // Blind audit 44: web-terminal's index.js, the options a const of the module.
  'a route that runs the command line of its URL, maxBuffer 200 KiB': { code: `${CP}${EXPRESS}const exec_options = { encoding: 'utf8', maxBuffer: 200 * 1024 };\napp.get('/:cmd', (req, res) => {\n  cp.exec(req.params.cmd, exec_options, (err, stdout, stderr) => res.send({ stdout, stderr, err }));\n});`, errors: [[5, 3, TYPED('req.params.cmd', '200 KiB')]] },
  'a route that runs the command of its body, through a name': { code: `${CP}${EXPRESS}app.post('/run', (req, res) => {\n  const command = req.body.command;\n  cp.exec(command, { maxBuffer: 100 * 1024 }, (err, out) => res.send(out));\n});`, errors: [[5, 3, TYPED('command', '100 KiB')]] },
  'an http server handler that runs the query': { code: `${CP}const http = require('http');\nhttp.createServer(function (req, res) {\n  cp.exec(req.query.c, { maxBuffer: 64 * 1024 }, function (err, out) { res.end(out); });\n}).listen(8080);`, errors: [[4, 3, TYPED('req.query.c', '64 KiB')]] },
  "a WebSocket terminal: each message is a command line": { code: `${CP}wss.on('connection', (ws) => {\n  ws.on('message', (line) => {\n    cp.exec(line.toString(), { maxBuffer: 200 * 1024 }, (err, out) => ws.send(out));\n  });\n});`, errors: [[4, 5, TYPED('line.toString()', '200 KiB')]] },
  // Node's default limit: the commands a user types are mostly short (blind audit 42: a bot's owner-only
  // exec, unsure), so this stays a command from outside.
  'a web shell under the default maxBuffer': { code: `${CP}${EXPRESS}app.get('/:cmd', (req, res) => {\n  cp.exec(req.params.cmd, (err, out) => res.send(out));\n});`, errors: [[4, 3, HANDED('1 MiB by default on Node 20')]] },
  // The parent's IPC: commands a program sends its worker, not a user's.
  "a worker that runs what its parent sends over IPC": { code: `${CP}process.on('message', (cmd) => {\n  cp.exec(cmd, { maxBuffer: 200 * 1024 }, (err, out) => process.send(out));\n});`, errors: [[3, 3, HANDED('200 KiB here')]] },
  // A handler's other parameter is not what the client sent.
  'a route that runs a value of the response': { code: `${CP}${EXPRESS}app.get('/x', (req, res) => {\n  cp.exec(res.locals.cmd, { maxBuffer: 200 * 1024 }, (err, out) => res.send(out));\n});`, errors: [[4, 3, HANDED('200 KiB here')]] },
}, 'POP104-remote', 'POP104 remote');
