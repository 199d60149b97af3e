import type { ts as TS } from 'ts-morph';
import { formatBytes, nodeFacts } from '../src/knowledge/node.js';
import { commandOutput } from '../src/typescript/command.js';
import type { JsContext, JsRule } from '../src/typescript/context.js';
import { spawnCallee, spawnOptionEdits } from '../src/typescript/edit.js';
import { callbackOf, optionsOf } from '../src/typescript/options.js';
import { childUses } from '../src/typescript/usage.js';
import type { Fix } from '../src/types.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';

const EXEC = new Set(['child_process.exec', 'child_process.execFile']);

// Ex) exec('make >/dev/null 2>&1 &'), exec('mkfifo p'), execFile('git', ['rev-parse', 'HEAD']):
// the command writes nothing or a line, so neither maxBuffer nor the parent's exit can cut it
// short; that leaves a fire-and-forget call, not a hazard.
function quiet(ctx: JsContext, call: TS.CallExpression, qualified: string): boolean {
  const out = commandOutput(ctx.model, call, qualified);
  return out.stdout !== 'unbounded' && out.stderr !== 'unbounded';
}

// Ex) exec(cmd).on('exit', done) / child.stdout.pipe(log) / return exec(cmd) - someone is
// listening, or the child is handed to code that may.
function observed(ctx: JsContext, call: TS.CallExpression): boolean {
  const uses = childUses(ctx.model, call);
  return uses.escapes || uses.listens || uses.stdoutTouched || uses.otherStreams;
}

// Ex) exec(cmd) -> spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error))
function spawnFix(ctx: JsContext, call: TS.CallExpression, qualified: string): Fix[] {
  const isExec = qualified === 'child_process.exec';
  const options = optionsOf(ctx.model, call, !isExec);
  if (!options) return [];
  const callee = spawnCallee(ctx.model, ctx.source, call.expression);
  const args = spawnOptionEdits(ctx.source, ctx.sourceFile, call, options, isExec);
  if (!callee || !args) return [];
  // exec swallowed a failure to start (bad cwd, missing program); spawn with no 'error'
  // listener would crash the process instead. Keep the failure visible, not fatal.
  const onError = ".on('error', (error) => console.error(error))";
  return [{
    strategy: 'subprocess',
    applicability: 'unsafe',
    description: isExec
      ? `Run it with spawn(cmd, { shell: true, stdio: 'ignore' })${onError}`
      : `Run it with spawn(file, args, { stdio: 'ignore' })${onError}`,
    edits: [...callee, ...args, { start: call.end, end: call.end, content: onError }],
  }];
}

export const rule: JsRule = {
  meta: {
    id: 'POP101',
    name: 'exec-result-discarded',
    language: 'javascript',
    summary: 'exec()/execFile() without a callback, ChildProcess dropped: errors lost, child killed at maxBuffer or by SIGPIPE',
    defaultEnabled: true,
    severity: 'error',
    strategies: ['subprocess'],
    needles: ['child_process'],
    resolves: ['child_process.exec', 'child_process.execFile'],
    docs: {
      whatItDoes:
        "Checks for `child_process.exec(cmd)` and `execFile(file, args)` (any import spelling: `import { exec as run }`, `require('node:child_process').exec`, destructured or namespace bindings) called without a callback, whose returned ChildProcess is dropped, or kept but never listened to (no `.on(...)`, no use of its streams, not passed on), when the command's output can grow (by the command knowledge; an unknown command counts). A quiet command (`mkfifo`, `kill`, `git rev-parse`, `dot -V`, `cmd >/dev/null 2>&1`) is not reported: neither maxBuffer nor the parent's exit can cut it short.",
      whyIsThisBad:
        "Without a callback, exec swallows spawn errors and the exit status, so a failed command goes unnoticed. Its stdout and stderr still go through pipes into buffers that nobody reads: once either passes `maxBuffer` (1 MiB since Node 12, 200 KiB before) Node kills the child with SIGTERM, silently. When the parent exits first (`process.exit()` in a CLI, or a crash), the read ends close and the child's next write dies of SIGPIPE (EPIPE), half-way through its work. A command whose stdout and stderr are both redirected in the shell string (`cmd >/dev/null 2>&1`) is not reported.",
      example: "const { exec } = require('child_process');\nexec('npm run build');\nprocess.exit(0);\n",
      useInstead: "const { exec } = require('child_process');\nexec('npm run build', (error) => {\n  if (error) console.error(error);\n  process.exit(error ? 1 : 0);\n});\n",
      fixSafety:
        "`subprocess` (unsafe): rewrites the call to `spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error))` (exec; an explicit `shell` option is kept) or `spawn(file, args, { stdio: 'ignore' }).on('error', ...)` (execFile): exec swallowed a failure to start, and spawn without an 'error' listener would crash the process instead, so the failure is logged. When this call was the only use of an imported or destructured `exec`/`execFile`, that name is removed from the import (or turned into `spawn`), so no unused import is left behind (one exception below). The child stays fire-and-forget but writes to /dev/null, so neither maxBuffer nor SIGPIPE can kill it. `spawn` is reached the way `exec` was (`cp.exec` becomes `cp.spawn`), through an existing `spawn` binding, or by adding `spawn` to the file's child_process import or require; a named options object is spread into the new one. It is unsafe because behaviour changes beyond the hazard: the child's stdin becomes /dev/null instead of an open pipe; a spawn error (bad `cwd`, missing shell) that exec swallowed is now logged on stderr; a command that exec would have killed at maxBuffer now runs to completion; in TypeScript, exec-only options such as `maxBuffer` or `encoding` in an inline options object no longer type-check; and an `exec` that was the only name of an import while `spawn` comes from elsewhere is left unused (the statement is kept: it may have a comment or a side effect).",
      reproduction: {
        files: {
          'child.py': ARTICLE_CHILD,
          'task.js': 'const { exec } = require(\'child_process\');\nexec(\'python3 child.py\');\nsetTimeout(() => process.exit(0), 100);\n',
        },
        run: 'node task.js; sleep 1; ls marker',
        shows: 'No such file',
        says: 'no marker: the parent exited, the child died of EPIPE on its next write',
        fix: 'task.js',
      },
      references: [
        'https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback',
        'https://nodejs.org/api/child_process.html#maxbuffer-and-unicode',
        'https://nodejs.org/api/child_process.html#optionsstdio',
      ],
    },
  },
  check(ctx) {
    for (const { call, qualified } of ctx.model.callsTo(EXEC)) {
      if (callbackOf(ctx.model, call) !== 'no') continue;
      if (quiet(ctx, call, qualified) || observed(ctx, call)) continue;
      const fn = qualified.slice(qualified.indexOf('.') + 1);
      const out = commandOutput(ctx.model, call, qualified);
      // `make >/dev/null`: the evidence is about stdout; the hazard is what is left on stderr.
      const evidence = out.stdout === 'unbounded' ? out.evidence : `its stdout is redirected, but \`${out.program ?? 'the command'}\` can still write without bound on stderr`;
      const max = formatBytes(nodeFacts(ctx.nodeMajor).execMaxBuffer);
      ctx.report(call, {
        message: `${fn}() without a callback, its ChildProcess unused (${evidence}): on Node ${ctx.nodeMajor} the child is killed once its output passes maxBuffer (${max}), or at its next write once this process exits, and nobody learns that it failed`,
        fixes: spawnFix(ctx, call, qualified),
      });
    }
  },
};
