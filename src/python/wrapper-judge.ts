import path from 'node:path';
import { classifyShell, type CommandOutput, isListed } from '../knowledge/commands.js';
import { pipeHazard } from '../knowledge/runtimes.js';
import { argument, handleUses, parentLifetime, reachedLoads } from './analysis.js';
import { projectCallers } from './callers.js';
import { commandOf } from './command.js';
import { processOutput } from './argv.js';
import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import { drainVerdict, type Verdict } from './drain-verdict.js';
import { eventPaths } from './event-paths.js';
import type { SyntaxNode } from './parse.js';
import { growingStreams, isShell, pipesOf, siteOf } from './pipe-site.js';
import { describe, PATTERN, waitHow } from './site-words.js';
import { outerExpression, type PythonModel } from './semantic.js';
import { type ClassSite, type ClassWrapper, classSite, switchesPassed, waitsBeforeRead } from './wrapper-class.js';
import { drainFlags, flagsAt, guardFlags, skippedArms } from './wrapper-flags.js';
import { internalName, type WrapperSummary } from './wrappers.js';

/**
 * POP005's judgments of project wrappers (shape 6): a class that keeps the Popen on `self`,
 * judged at each caller through what its methods do and at its own wait-before-read; a
 * function that leaves the pipe undrained inside, judged with each caller's command.
 */

// What a caller of a class wrapper runs, and the piped streams it can fill. A program the
// command table does not list is assumed to grow where the pipe is made, not at each call of a
// helper class (a project's many small tools): only a listed program that can fill the pipe
// counts here; a command the code does not show counts at the class (classDefinition).
function classCommand(model: PythonModel, call: SyntaxNode, s: WrapperSummary, cls: ClassWrapper): { output: CommandOutput; growing: Stream[] } | null {
  if (switchesPassed(call, cls)) return null;
  const arg = argument(call, s.param, s.paramName);
  // A string the class splits into words runs as those words (no shell, but the same argv).
  const output = processOutput(arg, s.shell || (cls.splits && !!arg && commandOf(arg, model).segments.every((seg) => seg.map !== null)), model);
  const growing = output.program !== null && isListed(output.program) ? growingStreams({ stdout: s.stdout ? call : null, stderr: s.stderr ? call : null, merged: s.merged, stdin: false }, output) : [];
  return { output, growing };
}

function refsAfter(model: PythonModel, call: SyntaxNode): SyntaxNode[] | null {
  const handle = handleUses(model, call);
  const found = handle && model.lookup(handle.name.text, model.scopeOf(handle.name));
  const binding = handle && found?.bindings.find((b) => b.node.id === handle.name.id);
  if (!binding) return null;
  const refs = reachedLoads(model, binding);
  return [...refs.filter((r) => r.startIndex > call.startIndex), ...refs.filter((r) => r.startIndex < call.startIndex)];
}

// Ex) class Job: __init__ starts Popen(cmd, stdout=PIPE); output() waits, then reads  ...
//     Job(['tshark', '-r', cap]).output()  - the wait-before-read of the Popen, with this command.
export function classCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, cls: ClassWrapper, where: string): void {
  const command = classCommand(ctx.model, call, s, cls);
  if (!command) return;
  const { output, growing } = command;
  const dropped = outerExpression(call).parent?.type === 'expression_statement';
  if (growing.length === 0 && !(dropped && cls.endsOnDrop)) return;
  const site = classSite(ctx.model, call, cls, (c) => refsAfter(ctx.model, c), () => false);
  if (!site) return;
  const made = `subprocess.Popen() made by ${cls.className}() (${where})`;
  if (site.handle === 'dropped' && cls.endsOnDrop) {
    // CPython frees the object at once: __del__ runs before the child has done its work,
    // whatever the command writes.
    const how = `the object is freed at once and ${cls.className}.__del__() ends the child before it has finished its work`;
    ctx.report(call, { message: `${made} is dropped: ${how}`, fixes: [], evidence: 'any-size' });
    return;
  }
  const verdict = classVerdict(site, call, growing, cls);
  if (!verdict) return;
  const waiter = verdict.at ? site.behind.get(verdict.at.id)?.find((e) => e.kind === 'wait')?.method : undefined;
  // Ex) while job.poll() is None: ...  - the caller's own poll loop (through the wrapper's poll()).
  const waitText = waiter ? `the wait() in ${cls.className}.${waiter}()` : verdict.at && /poll|returncode/.test(verdict.at.text) ? 'the poll loop' : 'wait()';
  const shape: Record<Verdict['shape'], string> = {
    'wait-before-drain': `is not read before ${waitText}`,
    'other-pipe-fills': verdict.at && site.events.some((e) => e.kind === 'wait' && e.node.id === verdict.at!.id) ? `is not read before ${waitText}` : 'is not read while the other pipe is read to its end',
    'partial-then-wait': `is only partly read before ${waitText}`,
    'never-read': 'is never read',
    'partial-then-left': 'is only partly read, then left',
    'closed-unread': 'is closed before it is read',
  };
  const hazard = pipeHazard(PATTERN[verdict.shape], ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
  ctx.report(call, { message: `${verdict.full.join('/')} pipe of ${made} ${shape[verdict.shape]} (${output.evidence}): ${hazard.how}`, fixes: [], evidence: hazard.evidence });
}

// Ex) def run(cmd): p = Popen(cmd, shell=True, stdout=PIPE); p.wait(); return p.stdout.read()
//     run('tar czvf x.tgz /srv')  - the wrapper's own order, with this caller's command (listed
//     as growing: the wrapper's definition answers for the commands not seen).
export function internalCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, internal: NonNullable<WrapperSummary['internal']>, where: string): void {
  const inner: PythonContext = { ...ctx, model: internal.model };
  const pipes = pipesOf(inner, internal.opener);
  if (!pipes.stdout && !pipes.stderr) return;
  // A caller that sets the wrapper's flag to its draining branch runs nothing undrained; one that
  // skips it (or may) is judged with its command, whatever it is: the definition cannot tell.
  // A chain (`run_shell(cmd)` -> `execute(cmd, wait=...)`): the flags were set by the inner call.
  const flags = internal.fn === s.name ? drainFlags(internal.model, internal.opener) : [];
  const set = flags.length ? flagsAt(call, flags) : internal.set ?? null;
  if (set === 'drains') return;
  const output = processOutput(argument(call, s.param, s.paramName), isShell(internal.opener), ctx.model);
  if (!set && (output.program === null || !isListed(output.program))) return;
  const growing = growingStreams(pipes, output);
  // Ex) pquery(cmd) of `def pquery(cmd, on_line=None): ... if on_line: <read loop>`: the arms
  // this caller is known to skip do not run (for a chain, as the inner call set them).
  const skipped = internal.fn === s.name ? skippedArms(call, guardFlags(internal.model, internal.opener)) : internal.skipped ?? [];
  const site = siteOf(inner, internal.opener, growing, skipped);
  if (!site) return;
  const hazard = pipeHazard(PATTERN[site.verdict.shape], ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
  const text = describe(site, site.verdict.full.join('/')).replace('subprocess.Popen()', `subprocess.Popen() in ${internalName(s, internal)} (${where})`);
  ctx.report(call, { message: `${text} (${output.evidence}): ${waitHow(site, hazard.how)}`, fixes: [], evidence: hazard.evidence });
}

// The caller's paths through the object's methods (as siteOf's): the first that blocks.
function classVerdict(site: ClassSite, call: SyntaxNode, growing: Stream[], cls: ClassWrapper): Verdict | null {
  const [main, ...others] = eventPaths(site.events, call);
  const first = drainVerdict(main!, growing, false);
  // The end of the caller's function ends the child too (__del__): only a blocking point counts.
  if (first && (first.at || !cls.endsOnDrop)) return first;
  for (const path of others) {
    const v = drainVerdict(path, growing, false);
    if (v?.at) return v;
  }
  return null;
}

// Ex) class Job: def output(self): self.p.wait(); return self.p.communicate()
// The wrapper's own order is wrong; it blocks when a caller's command writes more than the pipe
// holds. Reported at the wait, unless every caller in the repository is known and quiet.
export function classDefinition(ctx: PythonContext, s: WrapperSummary, cls: ClassWrapper): void {
  for (const wait of waitsBeforeRead(cls)) {
    const callers = projectCallers(ctx.path, cls.className);
    let growing: { output: CommandOutput; streams: Stream[]; at: string } | null = null;
    let unseen = 0;
    for (const c of callers ?? []) {
      const command = classCommand(c.model, c.call, s, cls);
      const site = command && classSite(c.model, c.call, cls, (x) => refsAfter(c.model, x), () => false);
      if (!command || !site || ![...site.behind.values()].some((effects) => effects.some((e) => e.node.id === wait.node.id))) continue;
      // A caller whose own order blocks in this wait (a poll loop or an interrupt before it does not).
      const v = command.growing.length ? classVerdict(site, c.call, command.growing, cls) : null;
      const here = v?.at && site.behind.get(v.at.id)?.some((e) => e.node.id === wait.node.id);
      if (here && !growing) growing = { output: command.output, streams: command.growing, at: `${path.relative(path.dirname(ctx.path), c.file) || path.basename(c.file)}:${c.call.startPosition.row + 1}` };
      if (command.output.program === null) unseen++;
    }
    if (callers && !growing && unseen === 0) continue;
    const streams: Stream[] = growing?.streams ?? [...(s.stdout ? ['stdout' as const] : []), ...(s.stderr ? ['stderr' as const] : [])];
    const output: CommandOutput = growing?.output ?? classifyShell(null);
    const evidence = growing ? `${growing.output.evidence}, passed at ${growing.at}` : callers ? `a caller passes a command not known statically` : 'the command is the caller\'s';
    const hazard = pipeHazard('waited', ctx.versions, 'unbounded', output, 'long');
    ctx.report(wait.node, { message: `${streams.join('/')} pipe of subprocess.Popen() kept by ${cls.className} (line ${s.line}) is not read before this wait() in ${cls.className}.${wait.method}() (${evidence}): ${hazard.how}`, fixes: [], evidence: hazard.evidence });
  }
}

