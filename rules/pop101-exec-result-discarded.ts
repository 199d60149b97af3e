import type { ts as TS } from 'ts-morph';
import type { CommandOutput } from '../src/knowledge/commands.js';
import { commandEvidence, nodeBufferEvidence, type Evidence } from '../src/knowledge/evidence.js';
import { formatBytes, nodeFacts } from '../src/knowledge/node.js';
import { knownToGrowPastBuffer } from '../src/typescript/command.js';
import { judgedOutput } from '../src/typescript/caller-commands.js';
import type { JsContext, JsRule } from '../src/typescript/context.js';
import { importedName, spawnCallee, spawnOptionEdits } from '../src/typescript/edit.js';
import { overlaps } from '../src/fix/edits.js';
import { callbackOf, optionsOf } from '../src/typescript/options.js';
import { ts } from '../src/typescript/load.js';
import { skipOuter } from '../src/typescript/resolve.js';
import { isFunctionLike } from '../src/typescript/scope.js';
import { childUses } from '../src/typescript/usage.js';
import { stoppedBy } from '../src/typescript/kill-limit.js';
import { exitsSoonAfter } from '../src/typescript/flow.js';
import type { Edit, Fix } from '../src/types.js';
import { ARTICLE_CHILD } from '../src/reproduction.js';

const EXEC = new Set(['child_process.exec', 'child_process.execFile']);

// Ex) exec('make >/dev/null 2>&1 &'), exec('mkfifo p'), execFile('git', ['rev-parse', 'HEAD']):
// the command writes nothing or a line, so neither maxBuffer nor the parent's exit can cut it
// short; that leaves a fire-and-forget call, not a hazard.
function quiet(ctx: JsContext, call: TS.CallExpression, qualified: string): boolean {
  const out = judgedOutput(ctx.model, call, qualified, ctx.path);
  return out.stdout !== 'unbounded' && out.stderr !== 'unbounded';
}

/**
 * A try written for the command: the exec is one of its few statements, not a branch of a
 * handler that wraps a whole dispatcher (audit 22: Shinobi's websocket switch, whose catch is
 * for the JavaScript errors of every case; the blind audits 15, 20 and 22 judged none of the 5
 * exec-in-try findings real). Past this many statements, or under an if/switch/loop inside it, the
 * catch is not taken to want the command's failure.
 */
const MAX_TRY_STATEMENTS = 3;

// Ex) try { exec('taskkill /pid 12 /T /F'); } catch (e) { log('could not stop it'); }
// The catch shows the code wants the failure, but exec reports it to a callback, after the try
// has ended: the catch runs only if exec itself throws (bad arguments). An empty catch wants nothing.
function catchingTry(call: TS.CallExpression): TS.CatchClause | null {
  let branched = false;
  for (let c: TS.Node = call, p = call.parent; p; c = p, p = p.parent) {
    if (isFunctionLike(p)) return null;
    if (ts.isTryStatement(p) && p.tryBlock === c && p.catchClause && p.catchClause.block.statements.length > 0) {
      return !branched && p.tryBlock.statements.length <= MAX_TRY_STATEMENTS ? p.catchClause : null;
    }
    if (ts.isIfStatement(p) || ts.isSwitchStatement(p) || ts.isCaseClause(p) || ts.isIterationStatement(p, false)) branched = true;
  }
  return null;
}

// Ex) exec(cmd) with cmd unknown, or `git log`: commands whose output nobody can bound, or that
// the knowledge says grows; `ls` (merely unlisted) is left alone once the code uses the child.
function canPassMaxBuffer(out: CommandOutput): boolean {
  const grows = (s: 'stdout' | 'stderr') => out[s] === 'unbounded' && (out.program === null || knownToGrowPastBuffer(out, s) || !!out.scales);
  return grows('stdout') || grows('stderr');
}

// Ex) exec(cmd) -> spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error))
const ON_ERROR = ".on('error', (error) => console.error(error))";

interface Dropped {
  call: TS.CallExpression;
  qualified: string;
}

/** One call's own edits: its options, and the 'error' listener after it. */
function callEdits(ctx: JsContext, { call, qualified }: Dropped): Edit[] | null {
  const isExec = qualified === 'child_process.exec';
  // cmd.run(line) (node-cmd): the package's call, not exec's; spawn would not replace it in place.
  if (ctx.model.wrappedName(call.expression)) return null;
  const options = optionsOf(ctx.model, call, !isExec);
  if (!options) return null;
  const args = spawnOptionEdits(ctx.source, ctx.sourceFile, call, options, isExec);
  // exec swallowed a failure to start (bad cwd, missing program); spawn with no 'error'
  // listener would crash the process instead. Keep the failure visible, not fatal.
  return args ? [...args, { start: call.end, end: call.end, content: ON_ERROR }] : null;
}

/** Edits without duplicates, or null when two of them collide (the fix would be garbled). */
function mergeEdits(edits: Edit[]): Edit[] | null {
  const out: Edit[] = [];
  for (const e of edits) {
    if (out.some((a) => a.start === e.start && a.end === e.end && a.content === e.content)) continue;
    if (out.some((a) => overlaps(a, e))) return null;
    out.push(e);
  }
  return out;
}

/**
 * The spawn fix of each dropped call. Ex) `import { exec } ...; exec('a'); exec('b')`: fixed one
 * call at a time, the last fix could never see the import go dead (each call keeps the other
 * alive), so when every use of an imported exec/execFile is a dropped call, each of their fixes
 * rewrites them all and removes the name; the fixes are identical and merge.
 */
function spawnFixes(ctx: JsContext, dropped: Dropped[]): Map<TS.CallExpression, Fix[]> {
  const own = new Map<TS.CallExpression, Edit[]>();
  for (const d of dropped) {
    const edits = callEdits(ctx, d);
    if (edits) own.set(d.call, edits);
  }
  const fixable = dropped.filter((d) => own.has(d.call));
  const fixes = new Map<TS.CallExpression, Fix[]>();
  for (const d of fixable) {
    const imported = importedName(ctx.model, d.call.expression);
    const refs = imported ? ctx.model.references(imported.binding) : [];
    const siblings = fixable.filter((o) => refs.includes(skipOuter(o.call.expression) as TS.Identifier));
    const all = refs.length > 1 && siblings.length === refs.length;
    const fix = (all && spawnFix(ctx, d, siblings, own)) || spawnFix(ctx, d, [d], own);
    fixes.set(d.call, fix ? [fix] : []);
  }
  return fixes;
}

function spawnFix(ctx: JsContext, d: Dropped, members: Dropped[], own: Map<TS.CallExpression, Edit[]>): Fix | null {
  const rewritten = new Set<TS.Node>(members.map((m) => skipOuter(m.call.expression)));
  const edits: Edit[] = [];
  for (const m of members) {
    const callee = spawnCallee(ctx.model, ctx.source, m.call.expression, rewritten);
    if (!callee) return null;
    edits.push(...callee, ...own.get(m.call)!);
  }
  const merged = mergeEdits(edits);
  if (!merged) return null;
  const isExec = d.qualified === 'child_process.exec';
  const base = isExec ? `Run it with spawn(cmd, { shell: true, stdio: 'ignore' })${ON_ERROR}` : `Run it with spawn(file, args, { stdio: 'ignore' })${ON_ERROR}`;
  const others = members.filter((m) => m !== d).map((m) => ctx.sourceFile.getLineAndCharacterOfPosition(m.call.getStart(ctx.sourceFile)).line + 1);
  const name = skipOuter(d.call.expression).getText(ctx.sourceFile);
  const decl = importedName(ctx.model, d.call.expression)?.decl;
  const gone = !!decl && merged.some((e) => e.start <= decl.getStart(ctx.sourceFile) && e.end >= decl.end);
  const lines = `line${others.length > 1 ? 's' : ''} ${others.join(', ')}`;
  const also = others.length ? `; the same for the other call${others.length > 1 ? 's' : ''} of ${name}() (${lines})${gone ? `, so that no unused ${name} is left in the import` : ''}` : '';
  return { strategy: 'subprocess', applicability: 'unsafe', description: base + also, edits: merged };
}

/**
 * What Node's kill past maxBuffer does to the command. execFile's child is the command. exec's
 * is `/bin/sh`, which gets the SIGTERM: bash execs a lone command, so the command gets it; dash
 * (Debian's and Ubuntu's /bin/sh) forks it, so the shell dies and the command runs on with the
 * pipes closed under it, killed by SIGPIPE at its next write unless it ignores SIGPIPE (GNU tar
 * and ffmpeg do, and finish their work without the output). Measured: test/e2e/js-hazard-shell-kill.test.ts.
 */
function killedPast(fn: string): string {
  if (fn !== 'exec') return 'Node kills the child with SIGTERM';
  return 'Node closes the pipes and sends SIGTERM to the shell: the command gets it where /bin/sh execs it (bash), and dies at its next write where /bin/sh forks it (dash), unless it ignores SIGPIPE (tar, ffmpeg) and runs on without its output';
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
    needles: ['child_process', 'node-cmd'],
    resolves: ['child_process.exec', 'child_process.execFile'],
    docs: {
      whatItDoes:
        "Checks for `child_process.exec(cmd)` and `execFile(file, args)` (any import spelling: `import { exec as run }`, `require('node:child_process').exec`, destructured or namespace bindings) called without a callback, whose returned ChildProcess is dropped, or kept but never listened to (no `.on(...)`, no use of its streams, not passed on), when the command's output can grow (by the command knowledge; an unknown command counts). A quiet command (`mkfifo`, `kill`, `git rev-parse`, `dot -V`, `cmd >/dev/null 2>&1`) is not reported: neither maxBuffer nor the parent's exit can cut it short. Two more shapes are reported although the child is used: a call inside a `try` whose `catch` does something (whatever the command: the catch can never see the failure) unless an 'exit'/'close' listener takes the exit code, where the try is written for the command (three statements at most, the call not under an `if`, a `switch` or a loop inside it: a try around a whole dispatcher catches its JavaScript errors, not a command's failure), or the code reads the stderr of an `exec` (shown in an output panel: the shell turns a failure to start into a line there too, so the failure's text reaches the code; the call is then judged as any other child whose streams are read); and a child whose streams or events are used while nothing looks at its exit code or signal (no 'exit'/'close' listener with a parameter, no `exitCode`/`signalCode`/`killed`), when the command is not known statically or is known to write without bound (a child the code stops itself with `.kill()`, or one that runs until it is stopped by what it is, a server or a watcher kept, read or listened to, is POP104's, in a `try` too).",
      whyIsThisBad:
        "Without a callback, exec swallows spawn errors and the exit status, so a failed command goes unnoticed. Its stdout and stderr still go through pipes into buffers that nobody reads: once either passes `maxBuffer` (1 MiB since Node 12, 200 KiB before) Node closes the pipes and kills the child with SIGTERM, silently. For `exec` the child is `/bin/sh`: where it execs a lone command (bash: macOS, Fedora, Arch) the command gets the SIGTERM; where it forks it (dash: Debian, Ubuntu) the shell dies and the command dies of SIGPIPE at its next write, unless it ignores SIGPIPE (GNU tar, ffmpeg) and finishes without its output (measured in test/e2e/js-hazard-shell-kill.test.ts). When the parent exits first (`process.exit()` in a CLI, or a crash), the read ends close and the child's next write dies of SIGPIPE (EPIPE), half-way through its work. Reading the streams does not help: exec keeps buffering them, and kills the child at maxBuffer all the same; a 'close' handler that ignores its arguments never learns of it. A `try`/`catch` around the call catches only exec's own argument errors: the command's failure arrives later, at a callback there is none of. A command whose stdout and stderr are both redirected in the shell string (`cmd >/dev/null 2>&1`) is not reported.",
      example: "const { exec } = require('child_process');\nexec('npm run build');\nprocess.exit(0);\n",
      useInstead: "const { exec } = require('child_process');\nexec('npm run build', (error) => {\n  if (error) console.error(error);\n  process.exit(error ? 1 : 0);\n});\n",
      fixSafety:
        "`subprocess` (unsafe), for a dropped child only (the two other shapes get no fix: what the catch or the listeners meant to do with a failure cannot be guessed): rewrites the call to `spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error))` (exec; an explicit `shell` option is kept) or `spawn(file, args, { stdio: 'ignore' }).on('error', ...)` (execFile): exec swallowed a failure to start, and spawn without an 'error' listener would crash the process instead, so the failure is logged. When every use of an imported or destructured `exec`/`execFile` is such a dropped call, the fix of each rewrites them all (its description names the other lines) and removes that name from the import (or turns it into `spawn`), so no unused import is left behind (TS6133 under `noUnusedLocals`; one exception below); a name still used elsewhere (a call with a callback) stays. The child stays fire-and-forget but writes to /dev/null, so neither maxBuffer nor SIGPIPE can kill it. `spawn` is reached the way `exec` was (`cp.exec` becomes `cp.spawn`), through an existing `spawn` binding, or by adding `spawn` to the file's child_process import or require; a named options object is spread into the new one. It is unsafe because behaviour changes beyond the hazard: the child's stdin becomes /dev/null instead of an open pipe; a spawn error (bad `cwd`, missing shell) that exec swallowed is now logged on stderr; a command that exec would have killed at maxBuffer now runs to completion; in TypeScript, exec-only options such as `maxBuffer` or `encoding` in an inline options object no longer type-check; and an `exec` that was the only name of an import while `spawn` comes from elsewhere is left unused (the statement is kept: it may have a comment or a side effect).",
      reproduction: {
        files: {
          'child.py': ARTICLE_CHILD,
          'task.js': 'const { exec } = require(\'child_process\');\nexec(\'python3 child.py\');\nsetTimeout(() => process.exit(0), 100);\n',
        },
        run: 'node task.js; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker',
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
    const reports: { call: TS.CallExpression; message: string; evidence: Evidence; dropped?: Dropped }[] = [];
    for (const { call, qualified } of ctx.model.callsTo(EXEC)) {
      if (callbackOf(ctx.model, call) !== 'no') continue;
      const uses = childUses(ctx.model, call);
      if (uses.escapes) continue;
      const fn = qualified.slice(qualified.indexOf('.') + 1);
      const out = judgedOutput(ctx.model, call, qualified, ctx.path);
      const max = formatBytes(nodeFacts(ctx.nodeMajor).execMaxBuffer);
      // A child that runs until it is stopped (a server, a watcher) and is kept or listened to:
      // what breaks it is exec's buffer, POP104's finding (audit 20: vscode-elm's `elm reactor`).
      if (out.serves && (uses.listens || uses.stdoutTouched || uses.otherStreams || uses.outcome)) continue;
      // exec(cmd) whose stderr the code reads (shown in an output panel): the shell turns a
      // failure to start into a line there too, so the failure's text is not lost with the
      // exit code; the call is judged as any other child whose streams are read (audit 20:
      // vscode-elm's `elm make`, shown in its output channel).
      const shown = fn === 'exec' && uses.stderrConsumed;
      const caught = uses.outcome || shown ? null : catchingTry(call);
      if (caught) {
        // Whatever the command: the code asked for its failure and cannot get it this way.
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(caught.getStart(ctx.sourceFile)).line + 1;
        reports.push({
          call,
          message: `${fn}() without a callback inside a try: a failed command never reaches the catch at line ${line} (exec reports it only to a callback, after the try has ended), so its exit code and errors are lost`,
          evidence: 'any-size',
        });
        continue;
      }
      if (quiet(ctx, call, qualified)) continue;
      if (uses.listens || uses.stdoutTouched || uses.otherStreams) {
        // Ex) const c = exec(cmd); c.stdout.on('data', show); c.on('close', () => next()):
        // exec still buffers the output against maxBuffer, and nothing looks at how it ended.
        if (uses.outcome || !canPassMaxBuffer(out)) continue;
        // A child this code stops itself (`child.kill()`) runs until then: POP104 has it.
        if (stoppedBy(ctx.model, call)) continue;
        reports.push({
          call,
          message: `${fn}() without a callback, and nothing here looks at its exit code or signal (${out.evidence}): exec still buffers the output, so on Node ${ctx.node.label}, once it passes maxBuffer (${max}) even if its streams are read, ${killedPast(fn)}, and nobody learns that it failed`,
          evidence: nodeBufferEvidence(out),
        });
        continue;
      }
      // `make >/dev/null`: the evidence is about stdout; the hazard is what is left on stderr.
      const evidence = out.stdout !== 'none' ? out.evidence : `its stdout is redirected, but \`${out.program ?? 'the command'}\` can still write without bound on stderr`;
      reports.push({
        call,
        message: `${fn}() without a callback, its ChildProcess unused (${evidence}): on Node ${ctx.node.label}, once its output passes maxBuffer (${max}), ${killedPast(fn)}; once this process exits, its writes meet a closed pipe (SIGPIPE); nobody learns that it failed`,
        dropped: { call, qualified },
        // A parent that exits soon after kills a child still writing, whatever maxBuffer would hold.
        evidence: exitsSoonAfter(call) !== null ? commandEvidence(out) : nodeBufferEvidence(out),
      });
    }
    const fixes = spawnFixes(ctx, reports.flatMap((r) => (r.dropped ? [r.dropped] : [])));
    for (const r of reports) ctx.report(r.call, { message: r.message, evidence: r.evidence, ...(r.dropped ? { fixes: fixes.get(r.call) ?? [] } : {}) });
  },
};
