/**
 * POP005 subprocess-pipe-never-drained
 *
 * ## What it does
 * Checks for `subprocess.Popen(..., stdout=PIPE)` (or `stderr=PIPE`) handles whose pipes are
 * not drained in an order that works: wait() before the first read, one pipe read while the
 * other fills, a partial read then wait(), a pipe never read (dropped, or on an attribute or
 * in a container nothing reads), when the command can write more than the pipe holds.
 *
 * ## Why is this bad?
 * `wait()` does not read the pipe. Once the command has written 64 KiB (the Linux pipe buffer)
 * it blocks on its write while the parent blocks in `wait()`: a deadlock, as the Python docs
 * warn. A Popen that is dropped closes the pipe and the command dies of SIGPIPE instead.
 */
import { argument, callsTo, enclosingStatement, handleUses, parentLifetime, reachedLoads } from '../src/python/analysis.js';
import { commandOf, processOutput, shellExitsAtOnce } from '../src/python/command.js';
import type { PythonContext, PythonRule } from '../src/python/context.js';
import { drainVerdict, eventPaths, handleEvent, type HandleEvent, type Stream, type Verdict } from '../src/python/drain.js';
import { communicateFix } from '../src/python/communicate.js';
import { devnullFile, insertStatementAfter, insertStatementBefore, subprocessModule } from '../src/python/edit.js';
import type { SyntaxNode } from '../src/python/parse.js';
import path from 'node:path';
import { type WrapperSummary, wrapperCalls, wrapperSummaries } from '../src/python/wrappers.js';
import { type ClassSite, type ClassWrapper, classSite, switchesPassed, waitsBeforeRead } from '../src/python/wrapper-class.js';
import { judgeCallers, parameterOf, projectCallers } from '../src/python/callers.js';
import type { PythonModel } from '../src/python/semantic.js';
import { type Stored, storedInContainer, storedOnAttribute } from '../src/python/stored.js';
import { outerExpression, unparenthesize } from '../src/python/semantic.js';
import { classifyShell, type CommandOutput, isListed } from '../src/knowledge/commands.js';
import { pipeHazard, type PipePattern } from '../src/knowledge/runtimes.js';
import { includesBefore } from '../src/knowledge/targets.js';
import type { Edit, Fix } from '../src/types.js';

const POPEN = new Set(['subprocess.Popen']);

interface Pipes {
  /** The argument nodes of the pipes the parent gets: stdout=PIPE, stderr=PIPE. */
  stdout: SyntaxNode | null;
  stderr: SyntaxNode | null;
  /** stderr=STDOUT: the child's stderr goes down the stdout pipe. */
  merged: boolean;
  stdin: boolean;
}

// Ex) stdout=subprocess.PIPE, stderr=PIPE (from subprocess import PIPE), stderr=STDOUT
function pipesOf(ctx: PythonContext, call: SyntaxNode): Pipes {
  const is = (node: SyntaxNode | null, name: string) => !!node && ctx.model.qualifiedName(unparenthesize(node)) === name;
  const stdout = argument(call, 4, 'stdout');
  const stderr = argument(call, 5, 'stderr');
  const stdin = argument(call, 3, 'stdin');
  return {
    stdout: is(stdout, 'subprocess.PIPE') ? stdout : null,
    stderr: is(stderr, 'subprocess.PIPE') ? stderr : null,
    merged: is(stderr, 'subprocess.STDOUT'),
    stdin: is(stdin, 'subprocess.PIPE'),
  };
}

/** The piped streams whose writer can outgrow the pipe. */
function growingStreams(pipes: Pipes, output: CommandOutput): Stream[] {
  const out: Stream[] = [];
  if (pipes.stdout && (output.stdout === 'unbounded' || (pipes.merged && output.stderr === 'unbounded'))) out.push('stdout');
  if (pipes.stderr && output.stderr === 'unbounded') out.push('stderr');
  return out;
}

function isShell(call: SyntaxNode): boolean {
  const shell = argument(call, 8, 'shell');
  return !!shell && !['False', '0', 'None'].includes(shell.text);
}

interface Site {
  verdict: Verdict;
  /** How the handle is held: a name (`p`), an attribute (`self.server`), a container (`jobs`), or nothing. */
  holder: string | null;
  handle: 'dropped' | 'chained' | 'name' | 'attribute' | 'container';
  events: HandleEvent[];
  withBlock: boolean;
  /** For a bound name: the binding statement. */
  statement: SyntaxNode | null;
}

// Ex) self.server = Popen([...], stdout=PIPE, stderr=STDOUT): shape 5. The attribute is read
// nowhere in the module, or only to wait, poll or kill: nothing drains the pipe.
function attributeSite(ctx: PythonContext, call: SyntaxNode, growing: Stream[]): Site | null {
  const stored = storedOnAttribute(ctx.model, call);
  return stored && storedSite(stored, 'attribute', growing);
}

// Any drain, partial read or hand-off anywhere: the attribute or container is read somewhere;
// order across methods is not known, so only "never read" (or only waited) is judged.
function storedSite(stored: Stored, handle: 'attribute' | 'container', growing: Stream[]): Site | null {
  const { events } = stored;
  if (events.some((e) => e.kind === 'drain' || e.kind === 'partial' || e.kind === 'escape' || e.kind === 'close')) return null;
  const verdict = drainVerdict(events.filter((e) => e.kind === 'wait').slice(0, 1), growing, false);
  if (!verdict) return null;
  return { verdict, holder: stored.holder, handle, events, withBlock: false, statement: stored.statement };
}

function siteOf(ctx: PythonContext, call: SyntaxNode, growing: Stream[]): Site | null {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (parent?.type === 'expression_statement') {
    // Ex) subprocess.Popen(cmd, stdout=PIPE)
    const verdict = drainVerdict([], growing, false);
    return verdict && { verdict, holder: null, handle: 'dropped', events: [], withBlock: false, statement: parent };
  }
  if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === expr.id) {
    // Ex) Popen(cmd, stdout=PIPE).wait() / .communicate() / .stdout.read()
    const event = handleEvent(call, call);
    const verdict = drainVerdict([event], growing, false);
    return verdict && { verdict, holder: null, handle: 'chained', events: [event], withBlock: false, statement: null };
  }
  const handle = handleUses(ctx.model, call);
  if (handle) {
    const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
    const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
    // Reads before the Popen are reached round a loop: they come after the others.
    const refs = binding ? reachedLoads(ctx.model, binding) : [];
    const ordered = [...refs.filter((r) => r.startIndex > call.startIndex), ...refs.filter((r) => r.startIndex < call.startIndex)];
    const withBlock = handle.statement.type === 'with_statement';
    const all = ordered.map((ref) => handleEvent(ref, call));
    const [main, ...others] = eventPaths(all, call);
    // The first path holds every event but those of branches that leave the function; the
    // others (exclusive arms, such branches) count only where they block.
    let events = main!;
    let verdict = drainVerdict(events, growing, withBlock);
    for (const path of verdict ? [] : others) {
      const v = drainVerdict(path, growing, false);
      if (v?.at) { verdict = v; events = path; break; }
    }
    if (!verdict) return null;
    // What every path does counts for the fix: a pipe read anywhere, or a handle handed on
    // anywhere (`if not wait: return p`), is not "never read" (no devnull).
    const read = new Set(all.flatMap((e) => (e.kind === 'drain' ? e.streams : e.kind === 'partial' ? [e.stream] : [])));
    verdict.neverRead = all.some((e) => e.kind === 'escape') ? [] : verdict.neverRead.filter((st) => !read.has(st));
    return { verdict, holder: handle.name.text, handle: 'name', events, withBlock, statement: handle.statement };
  }
  return attributeSite(ctx, call, growing) ?? containerSite(ctx, call, growing);
}

// Ex) jobs['a'] = Popen([...], stdout=PIPE); procs.append(Popen(...)): shape 5 for containers.
// Nothing in the module reads a pipe through the container - it is only filled, sized, waited
// on or killed: nothing drains the pipe.
function containerSite(ctx: PythonContext, call: SyntaxNode, growing: Stream[]): Site | null {
  const stored = storedInContainer(ctx.model, call);
  return stored && storedSite(stored, 'container', growing);
}

// The devnull fix: each never-read PIPE becomes DEVNULL, or an open devnull where the target
// has no DEVNULL (Python 2, 3.0-3.2) - a handle already in scope is reused.
function devnullFix(ctx: PythonContext, call: SyntaxNode, values: SyntaxNode[]): Fix | null {
  if (values.length === 0) return null;
  const edits: Edit[] = [];
  for (const value of values) {
    const v = unparenthesize(value);
    if (includesBefore(ctx.versions, [3, 3])) edits.push({ start: v.startIndex, end: v.endIndex, content: devnullFile(ctx.model, call) });
    else if (v.type === 'attribute') {
      const attr = v.childForFieldName('attribute')!;
      edits.push({ start: attr.startIndex, end: attr.endIndex, content: 'DEVNULL' });
    } else {
      const devnull = ctx.model.lookup('DEVNULL', ctx.model.scopeOf(call));
      if (devnull && devnull.bindings.every((b) => b.kind === 'import' && b.qualified === 'subprocess.DEVNULL')) {
        edits.push({ start: v.startIndex, end: v.endIndex, content: 'DEVNULL' });
      } else {
        const sp = subprocessModule(ctx.model, ctx.source, call);
        if (!sp) return null;
        edits.push(...sp.edits, { start: v.startIndex, end: v.endIndex, content: `${sp.name}.DEVNULL` });
      }
    }
  }
  return { strategy: 'devnull', applicability: 'safe', description: 'Send the output nobody reads to /dev/null instead of a pipe', edits };
}

// The simple statement holding node, when it sits directly in a block: `rc = p.wait()`.
function enclosingSimple(node: SyntaxNode): SyntaxNode | null {
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    if (n.type === 'expression_statement' || n.type === 'return_statement') return n.parent?.type === 'block' || n.parent?.type === 'module' ? n : null;
    if (n.type === 'block' || n.type === 'if_statement' || n.type === 'while_statement') return null;
  }
  return null;
}

function readFix(ctx: PythonContext, call: SyntaxNode, site: Site, stdinPiped: boolean): Fix | null {
  const { verdict } = site;
  const name = site.holder;
  // A container's other handles may have stdin piped or need their own order: no rewrite of its loop.
  if (site.handle === 'container') return null;
  if (site.handle === 'dropped') {
    return { strategy: 'read', applicability: 'unsafe', description: 'Drain the pipe with .communicate() (the parent now waits)', edits: [{ start: call.endIndex, end: call.endIndex, content: '.communicate()' }] };
  }
  const at = verdict.at;
  // Ex) p.wait(); out = p.stdout.read()  ->  p_out = p.communicate()[0]; out = p_out
  // Ex) out = p.stdout.read(); err = p.stderr.read()  ->  p_out, p_err = p.communicate(); ...
  const anchor = site.events.find((e) => (e.kind === 'wait' || e.kind === 'drain') && e.node.id === at?.id);
  const readLater = anchor?.kind === 'wait' ? !!verdict.laterDrain : verdict.full.some((s) => !verdict.neverRead.includes(s));
  if (anchor && name && site.handle === 'name' && readLater) {
    const fix = communicateFix(ctx.source, ctx.tree, name, anchor, site.events, call);
    if (fix) return fix;
  }
  const wait = anchor?.kind === 'wait' ? anchor : undefined;
  if (wait?.kind === 'wait' && wait.call) {
    const waitCall = wait.call;
    const own = waitCall.parent?.type === 'expression_statement' || (waitCall.parent?.type === 'await' && waitCall.parent.parent?.type === 'expression_statement');
    const bare = own && (waitCall.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0;
    const attr = waitCall.childForFieldName('function')?.childForFieldName('attribute');
    const later = verdict.laterDrain;
    // Python 2's file iteration reads ahead: communicate() after `for line in p.stdout: ... break`
    // raises "Mixing iteration and read methods would lose data" (and the child dies of EPIPE).
    // No read fix there on a target that includes Python 2.
    if (includesBefore(ctx.versions, [3, 0]) && site.events.some((e) => e.kind === 'partial' && e.node.parent?.type === 'for_statement')) return null;
    if (bare && attr && !later) {
      // Ex) p.wait() -> p.communicate(): reads everything, then waits, as wait() did.
      return { strategy: 'read', applicability: stdinPiped ? 'unsafe' : 'safe', description: 'Drain the pipes: communicate() instead of wait()', edits: [{ start: attr.startIndex, end: waitCall.endIndex, content: 'communicate()' }] };
    }
    const waitStmt = enclosingStatement(waitCall);
    if (bare && later && waitStmt) {
      // Ex) p.wait(); out = p.stdout.read()  ->  out = p.stdout.read(); p.wait()
      const laterStmt = enclosingStatement(later.node);
      if (laterStmt && laterStmt.parent?.id === waitStmt.parent?.id && laterStmt.type !== 'with_statement') {
        const text = ctx.source.text.slice(waitStmt.startIndex, waitStmt.endIndex);
        const lineStart = ctx.source.lineStart(waitStmt.startIndex);
        const before = ctx.source.text.slice(lineStart, waitStmt.startIndex);
        const nextLine = ctx.source.lineStarts[ctx.source.lineIndex(waitStmt.endIndex) + 1];
        if (before.trim() === '' && nextLine !== undefined && ctx.source.text.slice(waitStmt.endIndex, nextLine).trim() === '') {
          return {
            strategy: 'read',
            applicability: 'unsafe',
            description: `Wait after the output is read: move ${text} below the read`,
            edits: [{ start: lineStart, end: nextLine, content: '' }, insertStatementAfter(ctx.source, laterStmt, text)],
          };
        }
      }
      return null;
    }
    const stmt = enclosingSimple(waitCall);
    if (stmt && name && !later) {
      return { strategy: 'read', applicability: 'unsafe', description: `Drain the pipes with ${name}.communicate() before waiting`, edits: [insertStatementBefore(ctx.source, stmt, `${name}.communicate()`)] };
    }
    return null;
  }
  if (site.handle === 'name' && name && verdict.shape === 'never-read' && !site.withBlock && site.statement && !site.events.some((e) => e.kind === 'wait')) {
    return { strategy: 'read', applicability: 'unsafe', description: `Drain the pipes with ${name}.communicate() (the parent now waits)`, edits: [insertStatementAfter(ctx.source, site.statement, `${name}.communicate()`)] };
  }
  return null;
}

const PATTERN: Record<Verdict['shape'], PipePattern> = {
  'wait-before-drain': 'waited',
  'other-pipe-fills': 'waited',
  'partial-then-wait': 'waited',
  'never-read': 'dropped-open',
  'partial-then-left': 'dropped-open',
  'closed-unread': 'closed-unread',
};

/**
 * The pattern for the runtime model, or null when nothing can break. A command line run wholly
 * in the background (`shell=True`, `cmd &`) leaves the shell exiting at once: wait() returns at
 * once (a read after it drains the pipe), and a pipe left unread closes under the background
 * command when the Popen is reaped, instead of staying open.
 */
function patternOf(verdict: Verdict, background: boolean): PipePattern | null {
  if (!background || verdict.shape === 'other-pipe-fills' || verdict.shape === 'closed-unread') return PATTERN[verdict.shape];
  return verdict.laterDrain ? null : 'background-dropped';
}

function describe(site: Site, streams: string): string {
  const v = site.verdict;
  const held = site.handle === 'attribute' || site.handle === 'container' ? ` stored in \`${site.holder}\`` : '';
  const waitText = v.at?.type === 'while_statement' || (v.at && /poll|returncode/.test(v.at.text) && !/wait/.test(v.at.text)) ? 'the poll loop' : 'wait()';
  switch (v.shape) {
    case 'wait-before-drain': return `${streams} pipe of subprocess.Popen()${held} is not read before ${waitText}`;
    case 'partial-then-wait': return `${streams} pipe of subprocess.Popen() is only partly read before ${waitText}`;
    case 'other-pipe-fills': {
      const read = v.at && /stderr/.test(v.at.text) ? 'stderr' : 'stdout';
      return v.at && site.events.some((e) => e.kind === 'wait' && e.node.id === v.at!.id)
        ? `${streams} pipe of subprocess.Popen() is not read before ${waitText}`
        : `${streams} pipe of subprocess.Popen() is not read while ${read} is read to its end`;
    }
    case 'never-read': return site.handle === 'attribute' || site.handle === 'container' ? `${streams} pipe of subprocess.Popen()${held} is never read in this module` : `${streams} pipe of subprocess.Popen() is never read`;
    case 'partial-then-left': return `${streams} pipe of subprocess.Popen() is only partly read, then left`;
    case 'closed-unread': return site.withBlock && !v.at ? `${streams} pipe of subprocess.Popen() is not read before the with-block ends` : `${streams} pipe of subprocess.Popen() is closed before it is read`;
  }
}

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
function classCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, cls: ClassWrapper, where: string): void {
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
    ctx.report(call, { message: `${made} is dropped: ${how}`, fixes: [] });
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
  ctx.report(call, { message: `${verdict.full.join('/')} pipe of ${made} ${shape[verdict.shape]} (${output.evidence}): ${hazard.how}`, fixes: [] });
}

// Ex) def run(cmd): p = Popen(cmd, shell=True, stdout=PIPE); p.wait(); return p.stdout.read()
//     run('tar czvf x.tgz /srv')  - the wrapper's own order, with this caller's command (listed
//     as growing: the wrapper's definition answers for the commands not seen).
function internalCall(ctx: PythonContext, call: SyntaxNode, s: WrapperSummary, internal: { opener: SyntaxNode; model: PythonModel }, where: string): void {
  const inner: PythonContext = { ...ctx, model: internal.model };
  const pipes = pipesOf(inner, internal.opener);
  if (!pipes.stdout && !pipes.stderr) return;
  const output = processOutput(argument(call, s.param, s.paramName), isShell(internal.opener), ctx.model);
  if (output.program === null || !isListed(output.program)) return;
  const growing = growingStreams(pipes, output);
  const site = siteOf(inner, internal.opener, growing);
  if (!site) return;
  const hazard = pipeHazard(PATTERN[site.verdict.shape], ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
  const text = describe(site, site.verdict.full.join('/')).replace('subprocess.Popen()', `subprocess.Popen() in ${s.name}() (${where})`);
  ctx.report(call, { message: `${text} (${output.evidence}): ${hazard.how}`, fixes: [] });
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
function classDefinition(ctx: PythonContext, s: WrapperSummary, cls: ClassWrapper): void {
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
    ctx.report(wait.node, { message: `${streams.join('/')} pipe of subprocess.Popen() kept by ${cls.className} (line ${s.line}) is not read before this wait() in ${cls.className}.${wait.method}() (${evidence}): ${hazard.how}`, fixes: [] });
  }
}

export const rule: PythonRule = {
  meta: {
    id: 'POP005',
    name: 'subprocess-pipe-never-drained',
    language: 'python',
    summary: 'subprocess.Popen pipe not drained: wait() before the read, one pipe read while the other fills, or never read',
    defaultEnabled: true,
    severity: 'error',
    strategies: ['devnull', 'read'],
    needles: ['Popen'],
    resolves: ['subprocess.Popen', 'subprocess.PIPE', 'subprocess.DEVNULL', 'subprocess.STDOUT'],
    docs: {
      whatItDoes:
        "Checks `subprocess.Popen(..., stdout=PIPE)` / `stderr=PIPE` handles, following each binding of the name (a later `p = Popen(...)` is a new handle) and attributes across the module, for the orders that deadlock or break: `wait()` or a `poll()`/`returncode` loop before the first read; one pipe read to its end (`p.stdout.read()`, `for line in p.stdout`) while the other pipe is never read; a partial read (`readline()`, `read(n)`, a `for` that breaks) then `wait()` or nothing; a pipe closed unread (`p.stdout.close()`, the end of `with Popen(...) as p:`); a Popen dropped, or stored in an attribute or a container that nothing in the module reads a pipe through (`self.server = Popen(...)`, `jobs[k] = Popen(...)`, `procs.append(Popen(...))` then only `for p in procs: p.wait()`). Only pipes whose command can write more than the pipe holds are reported: `git rev-parse`, `iptables -A`, a command whose output the shell string redirects are not. A command line run wholly in the background (`shell=True`, `cmd &`) starts a shell that exits at once: `wait()` returns at once (a read after it is fine), and a pipe nobody reads closes under the command when the dropped Popen is reaped at the next subprocess call, killing it at its next write on Python 3 (on 2.7 its writes fail with EPIPE: reported unless the program is known to print without checking). A handle returned or passed on, or a container returned or passed on, is not reported where it is made: project wrappers that return it are judged at their callers, with the caller's command. A wrapper whose command is its parameter is judged with the commands the repository's callers pass: silent when every caller is seen and quiet; a class that keeps the Popen on `self` is judged through what its methods do (a `wait()` before the read inside a method, `__del__` ending the child of an object dropped at once).",
      whyIsThisBad:
        "A pipe holds 64 KiB on Linux. `wait()` does not read it: once the child has written that much it blocks on the write while the parent blocks in `wait()` - a deadlock, which the Python documentation warns about. The same happens when the parent reads stdout to its end while the child fills stderr, and after a partial read. A pipe that stays open with nobody reading (a dropped Popen, a server stored on `self`) blocks the child once it has written 64 KiB; a pipe closed unread kills it at its next write.",
      example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
      useInstead: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, _ = p.communicate()\n",
      fixSafety:
        "`devnull` (safe), offered for a pipe nothing reads: `stdout=subprocess.DEVNULL` (an open devnull where the target includes Python 2 or 3.0-3.2, reusing a handle already in scope); nobody read the pipe, so nothing observable changes but the hazard. An existing `DEVNULL` import or `subprocess` alias is reused.\n`read`: `p.communicate()` in place of a bare `p.wait()` when nothing reads the pipe later (safe unless stdin is a pipe: communicate() also closes it); when the output is read after the wait (`p.wait(); out = p.stdout.read()`), or the other pipe after one is read to its end (`out = p.stdout.read(); err = p.stderr.read()`), `p_out, p_err = p.communicate()` where the parent first blocks, the later reads taking the output from its result (`out = p_out`, `for line in p_out.splitlines(True)`) and a used `p.wait()` becoming `p.returncode` (unsafe: the reads move); where a read cannot take its value so (a partial read, a pipe handed on), `p.wait()` moved below the first read (unsafe: it moves code); `p.communicate()` inserted before `rc = p.wait()` or after a Popen that is never read (unsafe: the parent now waits); `.communicate()` after a dropped Popen (unsafe). A handle returned by a project wrapper gets the `read` fix at the caller (unsafe: the wrapper's stdin is not known, and communicate() closes it); its PIPE stays, since other callers may read it.",
      reproduction: {
        files: {
          'task.py': 'import subprocess, sys\np = subprocess.Popen([sys.executable, \'-c\', "print(\'x\' * 200000)"], stdout=subprocess.PIPE)\np.wait()   # the child blocks at 64 KiB, the parent in wait(): deadlock\nprint(\'finished\')\n',
        },
        run: 'timeout 5 python3 task.py; echo "exit status $?"',
        shows: 'exit status 124',
        says: 'exit status 124: killed by the timeout, never finished',
        fix: 'task.py',
      },
      references: [
        'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.wait',
        'https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate',
      ],
    },
  },
  check(ctx) {
    for (const { call } of callsTo(ctx.model, POPEN)) {
      const pipes = pipesOf(ctx, call);
      if (!pipes.stdout && !pipes.stderr) continue;
      let output = processOutput(argument(call, 0, 'args'), isShell(call), ctx.model);
      // Ex) def run(cmd): Popen(cmd, stdout=PIPE).wait() - the command is the callers'.
      if (output.program === null) {
        const wrapper = parameterOf(ctx.model, argument(call, 0, 'args'));
        const judged = wrapper && judgeCallers(ctx.path, wrapper, (m, a) => processOutput(a, isShell(call), m), (o) => growingStreams(pipes, o).length > 0);
        if (judged && !judged.growing && judged.unseen === 0) continue;
        if (judged?.growing) output = { ...judged.growing.output, evidence: `${judged.growing.output.evidence}, passed to ${wrapper!.name}() at ${judged.growing.at}` };
      }
      const growing = growingStreams(pipes, output);
      const site = siteOf(ctx, call, growing);
      if (!site) continue;
      const { verdict } = site;
      const pattern = patternOf(verdict, isShell(call) && shellExitsAtOnce(argument(call, 0, 'args'), ctx.model));
      if (!pattern) continue;
      const hazard = pipeHazard(pattern, ctx.versions, 'unbounded', output, parentLifetime(ctx.model, call));
      if (!hazard.breaks) continue;
      const streams = verdict.full.join('/');
      const fixes: Fix[] = [];
      const neverRead = verdict.neverRead.map((s) => (s === 'stdout' ? pipes.stdout : pipes.stderr)).filter((v): v is SyntaxNode => v !== null);
      const devnull = devnullFix(ctx, call, neverRead);
      if (devnull) fixes.push(devnull);
      const read = readFix(ctx, call, site, pipes.stdin);
      if (read) fixes.push(read);
      // The evidence speaks of the stream that fills: stdout's phrase would not explain a stderr hazard.
      const evidence = verdict.full.includes('stdout') || output.stdout === output.stderr ? output.evidence
        : `${output.program ? `\`${output.program}\`` : 'the command'} can write without bound on stderr`;
      ctx.report(call, { message: `${describe(site, streams)} (${evidence}): ${hazard.how}`, fixes });
    }
    for (const s of wrapperSummaries(ctx.model).values()) if (s.cls) classDefinition(ctx, s, s.cls);
    // Ex) def sh(cmd): return Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE)  ...  sh('make').wait()  (shape 6)
    for (const w of wrapperCalls(ctx.model, ctx.path)) {
      const s = w.summary;
      if (s.opener !== 'subprocess.Popen' || (!s.stdout && !s.stderr)) continue;
      if (s.cls) {
        classCall(ctx, w.call, s, s.cls, w.where);
        continue;
      }
      if (s.internal) {
        internalCall(ctx, w.call, s, s.internal, w.where);
        continue;
      }
      const output = processOutput(argument(w.call, s.param, s.paramName), s.shell, ctx.model);
      const growing = growingStreams({ stdout: s.stdout ? w.call : null, stderr: s.stderr ? w.call : null, merged: s.merged, stdin: false }, output);
      const site = siteOf(ctx, w.call, growing);
      if (!site) continue;
      const { verdict } = site;
      const pattern = patternOf(verdict, s.shell && shellExitsAtOnce(argument(w.call, s.param, ''), ctx.model));
      if (!pattern) continue;
      const hazard = pipeHazard(pattern, ctx.versions, 'unbounded', output, parentLifetime(ctx.model, w.call));
      if (!hazard.breaks) continue;
      const text = describe(site, verdict.full.join('/')).replace('subprocess.Popen()', `subprocess.Popen() returned by ${s.name}() (${w.where})`);
      // The wrapper's PIPE serves its other callers: only this caller's wait() can change.
      // Its stdin is not known here: communicate() would close it, so the fix is unsafe.
      const read = readFix(ctx, w.call, site, true);
      ctx.report(w.call, { message: `${text} (${output.evidence}): ${hazard.how}`, fixes: read ? [read] : [] });
    }
  },
};
