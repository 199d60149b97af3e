import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import type { StreamName } from './child-fate.js';
import { judgedOutput } from './caller-commands.js';
import type { Site } from './callers-of.js';
import { type Concurrency, concurrency } from './concurrency.js';
import type { JsContext } from './context.js';
import { replaceNode } from './edit.js';
import { closeTakesSameArgs, type ExitRace } from './exit-race.js';
import { wordsHidden } from './hidden-words.js';
import { ts } from './load.js';
import type { OptionsArg } from './options.js';
import { stringValue } from './resolve.js';
import { propertyKey } from './scope.js';
import type { Fix } from '../types.js';
import type { CommandOutput } from '../knowledge/commands.js';
import type { LastWrite } from '../knowledge/last-write.data.js';

/**
 * How POP102 reports output taken at a child's 'exit' (exit-race.ts finds it): which races can
 * cut anything, whether the code runs the child alongside others (concurrency.ts), the message
 * and the `close` fix. Measured (bench/exit-race.mjs, docs/rules/POP102.md): a child run alone
 * loses nothing at 'exit', the parent busy or idle; native children that end together lose output
 * at every size, children run by an interpreter none (test/e2e/exit-race-kinds.test.ts;
 * last-write.data.ts says which is which). Only children the code starts together are `race`.
 */

const FD: Record<StreamName, 1 | 2> = { stdout: 1, stderr: 2 };

function lineOf(ctx: JsContext, node: TS.Node): number {
  return ctx.sourceFile.getLineAndCharacterOfPosition(node.getStart(ctx.sourceFile)).line + 1;
}

// Ex) child.on('exit', (code) => resolve(out)) -> child.on('close', (code) => resolve(out))
// 'close' passes the same (code, signal); it comes after the streams have ended.
function closeFix(ctx: JsContext, exit: TS.CallExpression): Fix[] {
  if (!closeTakesSameArgs(ctx.model, exit)) return [];
  const event = exit.arguments[0]!;
  const quote = event.getText(ctx.sourceFile)[0]!;
  return [{
    strategy: 'close',
    applicability: 'unsafe',
    description: `Listen for 'close' instead of 'exit' (line ${lineOf(ctx, exit)}): it passes the same (code, signal) once the output has been read; it also comes after a failed spawn ('error', then code -2) and waits for any process still holding the pipes`,
    edits: [replaceNode(ctx.sourceFile, event, `${quote}close${quote}`)],
  }];
}

/**
 * Ex) { stdio: 'inherit' } / { stdio: ['ignore', 'inherit', 'pipe'] } / [0, process.stdout, 2] for fd 1 -> true;
 *     { stdio: [x, opts.output ? 'pipe' : process.stdout, y] } -> false (piped on one branch).
 * The options give the stream no pipe, by what is written for it: a string other than 'pipe', this
 * process's own stream, an fd number (or a name bound to one of them).
 */
function writtenNotPiped(ctx: JsContext, options: OptionsArg, fd: 1 | 2): boolean {
  const prop = options.object?.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name!) === 'stdio');
  if (!prop || (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop))) return false;
  const v = ctx.model.initializerOf(ts.isPropertyAssignment(prop) ? prop.initializer : prop.name);
  const written = (e: TS.Expression | undefined) => {
    if (!e || ts.isSpreadElement(e) || ts.isOmittedExpression(e)) return false;
    const x = ctx.model.initializerOf(e);
    // process.stdout / process.stderr / an fd number: the child writes there, not to a pipe.
    if (ts.isNumericLiteral(x) || /^process\.(stdout|stderr)$/.test(x.getText().replace(/\s+/g, ''))) return true;
    const s = stringValue(x);
    return s !== null && s !== 'pipe' && s !== 'overlapped';
  };
  if (ts.isArrayLiteralExpression(v)) return !v.elements.some((e) => ts.isSpreadElement(e)) && written(v.elements[fd]);
  return written(v);
}

/** The races left, and the command's output as the knowledge judged it. */
export interface CutRaces {
  races: ExitRace[];
  /** What the knowledge says of the command (null when no race is left to judge). */
  output: CommandOutput | null;
}

/**
 * The races on a stream the command writes anything on. Size does not matter: libuv reaps every
 * exited child when it handles one SIGCHLD, so when two children end in the same turn of the
 * event loop, the second one's 'exit' comes before its pipe is read, and the output used there is
 * empty, however short (measured on Node 20 / Linux: `sh -c 'printf …'` of 40 bytes, 140 of 200
 * empty at 'exit' with 20 children at a time, 32 of 40 with two and a busy loop, none at 'close';
 * test/e2e/exit-race-busy.test.ts). A direct child alone is read before its exit is reaped, the
 * parent busy or idle (none of 1,800, 3 bytes to 2 MiB; the same test). Only a stream the command
 * writes nothing on cannot lose anything. Also what the knowledge says of the command, for how its
 * output and its exit come together.
 */
export function racesThatCanCut(ctx: JsContext, call: TS.CallExpression, qualified: string, races: ExitRace[], options: OptionsArg | null): CutRaces {
  // spawn(cmd, args, { stdio: 'inherit' }); c.stdout?.on('data', ...): no pipe, nothing to collect.
  races = races.filter((r) => !options || !writtenNotPiped(ctx, options, FD[r.stream]));
  if (!races.length) return { races, output: null };
  const output = judgedOutput(ctx.model, call, qualified, ctx.path);
  // A command quiet on stderr still writes its error there when it fails (`git rev-parse`'s "fatal: ...").
  // Output the code delivers from a stream judged quiet only for want of its arguments (hidden-words.ts).
  return { races: races.filter((r) => output[r.stream] !== 'none' || (r.errorOnly && r.stream === 'stderr') || (!r.errorOnly && wordsHidden(ctx.model, call, qualified, ctx.path))), output };
}

/** How the output is collected, one and several. */
const COLLECTED_BY = {
  data: ["the 'data' listener", "the 'data' listeners"],
  pipe: ['the Writable it is piped into', 'the Writables they are piped into'],
  line: ["the 'line' listener of the readline interface", "the 'line' listeners of the readline interfaces"],
  iterate: ['the `for await` loop that reads it', 'the `for await` loops that read them'],
  whole: ['the sink that hands over the whole output once the stream ends', 'the sinks that hand over the whole output once the streams end'],
} as const;

/** Where a node is, for messages: "line 12", or "line 12 of lib/run.js" in another module. */
function place(ctx: JsContext, node: TS.Node, file: string): string {
  const line = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const other = path.resolve(file) !== path.resolve(ctx.path) ? ` of ${path.relative(path.dirname(path.resolve(ctx.path)), file) || path.basename(file)}` : '';
  return `line ${line}${other}`;
}

const REAPS = "libuv reaps every exited child when it handles one SIGCHLD, so a child that ends with another gets its 'exit' before its pipe has been read";
const HELD = 'and whenever a process the command started still holds the pipe';

/** How the child ends after its last write (last-write.data.ts), and the program, for messages. */
interface ChildKind {
  lastWrite: LastWrite | null;
  program: string | null;
}

/** A fork() runs a Node program; a spawn, the command the knowledge judged. */
export function childKind(fn: string, output: CommandOutput | null): ChildKind {
  if (fn === 'fork') return { lastWrite: 'teardown', program: 'node' };
  return { lastWrite: output?.lastWrite ?? null, program: output?.program ?? null };
}

/** Why the child's output and its exit come together, by what it is. */
function together(kind: ChildKind): string {
  return kind.lastWrite === 'at-exit'
    ? `\`${kind.program}\` is a native program: what it writes to a pipe is flushed as it exits, so its output and its exit come together`
    : 'a native program (`ls`, `git`) flushes what it writes to a pipe as it exits, so its output and its exit come together';
}

/** What a lone child was measured to lose: nothing (bench/exit-race.mjs; test/e2e/exit-race-busy.test.ts for one child and a busy loop). */
const ALONE = "measured, a child run alone is read before its 'exit' (none cut short on Node 16 to 22, at any size, the parent busy or idle)";

/** The callers found, for messages: "line 14", "line 14 and 3 more". */
function sitesText(ctx: JsContext, sites: Site[]): string {
  const site = sites[0]!;
  return `${place(ctx, site.call, site.file)}${sites.length > 1 ? ` and ${sites.length - 1} more` : ''}`;
}

/**
 * Why the output can be cut, by the child's kind and what the code shows of the children around
 * it. Only children the code starts several at a time (a loop that does not wait, an array
 * method, `Promise.all`, here or at a caller, or two children at a module's top level) keep the
 * `race`, reported by default, with how a native program's output and exit come together. The
 * rest is `lone-race`, reported at `possible` only: a child run by an interpreter (it tears down
 * after its last write), one every caller runs one at a time, one started once at a module's top
 * level, one whose callers cannot be seen (an API, a handler a framework calls: nothing here
 * shows another child ending with it), and one in an editor's extension host (other extensions'
 * children end whenever they do). Measured, a lone child loses nothing, the parent busy or idle.
 */
function when(ctx: JsContext, c: Concurrency, kind: ChildKind): { text: string; lone: boolean } {
  if (kind.lastWrite === 'teardown' && c.kind !== 'sequential') {
    return { text: `but only when another child of this process ends in the same turn, and \`${kind.program}\` runs on an interpreter, which tears its runtime down for milliseconds after its last write, so its pipe has been read before its exit is reaped: measured, none of 560 such children cut short at 'exit' with 4 or 10 ending together, up to 2 MiB each; only on a machine loaded far past its cores, with more than the pipe's 64 KiB left to read at the end, were a few (8 of 500), unless a process it started still holds the pipe`, lone: true };
  }
  switch (c.kind) {
    case 'here':
    case 'callers':
    case 'handler':
      return { text: `the children are started ${c.how} (${c.kind === 'here' ? '' : c.kind === 'handler' ? 'registered at ' : 'by the caller at '}${place(ctx, c.at, c.file)}), ${together(kind)}, and ${REAPS}, ${HELD}`, lone: false };
    case 'unseen': {
      const who = c.sites.length ? `the callers here run it one at a time (${sitesText(ctx, c.sites)}), and theirs cannot all be followed` : 'its callers are not in this project, or cannot be followed';
      return { text: `but only when another child of this process ends in the same turn, which nothing here shows (${who}): ${ALONE}; ${together(kind)}, and ${REAPS}, so callers that run several at once lose output, as does a process the command started that still holds the pipe`, lone: true };
    }
    case 'host':
      return { text: `but only when another child of this process ends in the same turn: the callers here run it one at a time (${sitesText(ctx, c.sites)}), and this code runs in the ${c.host} extension host, one process for every extension, whose children end whenever they do: ${ALONE}; ${together(kind)}, and ${REAPS}, so one that ends in the same turn as another extension's child loses output, as does a process the command started that still holds the pipe`, lone: true };
    case 'sequential':
      return { text: `but only when another child of this process ends in the same turn, and the callers here run it one at a time (${sitesText(ctx, c.sites)}): ${ALONE}, unless a process the command started still holds the pipe`, lone: true };
    case 'once':
      return { text: `but only when another child of this process ends in the same turn, and it is started once, at the module's top level, with no other child there: ${ALONE}, unless a process the command started still holds the pipe`, lone: true };
  }
}

// Ex) "spawn(): stdout is collected by the 'data' listener at line 5 and used (`out`) in the 'exit' listener at line 6: ..."
// An 'exit' listener that uses some output is reported for that; one that only words an error
// with it, for the error text it can lose.
export function reportRaces(ctx: JsContext, call: TS.CallExpression, fn: string, { races, output }: CutRaces): void {
  if (!races.length) return;
  const behind = output?.leavesBehind;
  // `cmd &` in the line: whatever else runs, the command left behind writes after the shell's exit.
  const { text, lone } = behind && races.some((r) => behind[r.stream])
    ? { text: `the command line leaves \`${behind.command}\` running in the background (\`&\`, no \`wait\`), holding the pipe after the shell exits, so what it writes then is missing at 'exit' on every run, whatever else this process runs`, lone: false }
    : when(ctx, concurrency(ctx.model, call, ctx.path), childKind(fn, output));
  const byExit = new Map<TS.CallExpression, ExitRace[]>();
  for (const r of races) byExit.set(r.exit, [...(byExit.get(r.exit) ?? []), r]);
  for (const [exit, all] of byExit) {
    const errorOnly = all.every((r) => r.errorOnly);
    const rs = errorOnly ? all : all.filter((r) => !r.errorOnly);
    const streams = [...new Set(rs.map((r) => r.stream))];
    const names = [...new Set(rs.map((r) => `\`${r.name}\``))].join(' and ');
    const by = (['data', 'pipe', 'line', 'iterate', 'whole'] as const).flatMap((via) => {
      const some = rs.filter((r) => r.via === via);
      if (!some.length) return [];
      const lines = [...new Set(some.map((r) => lineOf(ctx, r.data)))].join(' and ');
      return [`${COLLECTED_BY[via][some.length > 1 ? 1 : 0]} at line${lines.includes(' and ') ? 's' : ''} ${lines}`];
    });
    const collected = `${fn}(): ${streams.join(' and ')} ${streams.length > 1 ? 'are' : 'is'} collected by ${by.join(' and by ')}`;
    ctx.report(call, {
      message: errorOnly
        ? `${collected} and used (${names}) only in the error the 'exit' listener at line ${lineOf(ctx, exit)} gives when the command fails: Node emits 'exit' without waiting for the streams to end ('close' waits), so that error can lack the command's own error text, cut short or empty: ${text}`
        : `${collected} and used (${names}) in the 'exit' listener at line ${lineOf(ctx, exit)}: Node emits 'exit' without waiting for the streams to end ('close' waits), so the output used can be cut short or empty: ${text}`,
      fixes: closeFix(ctx, exit),
      evidence: lone ? 'lone-race' : 'race',
    });
  }
}
