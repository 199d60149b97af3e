import { argument, handleUses } from './analysis.js';
import type { PythonContext } from './context.js';
import type { Stream } from './drain.js';
import type { SyntaxNode } from './parse.js';
import { attributeStore, nameEvents, type pipesOf } from './pipe-site.js';
import { pollTail } from './poll-tail.js';

/**
 * POP005's report of a poll-guarded readline() loop that is the only read of its pipe (the loop
 * is found in poll-tail.ts): the message, and the words it adds to another finding.
 */

// Ex) while p.poll() is None: line = p.stdout.readline()  - the only read of stdout. The loop
// ends as soon as the child has exited, whatever it still had in the pipe: its last lines are
// lost, whatever the command (class c: output the code wanted). No edit: the loop's body would
// have to be rewritten round the new loop.
export function pollTailOf(ctx: PythonContext, call: SyntaxNode, pipes: ReturnType<typeof pipesOf>): { stream: Stream; text: string } | null {
  const handle = handleUses(ctx.model, call);
  const events = handle && nameEvents(ctx, call);
  // Ex) self.p = Popen(...); stdout = self.p.stdout; while self.p.poll() is None: stdout.readline()
  const stored = handle ? null : attributeStore(ctx, call);
  const held = handle && events ? { all: events.all, name: handle.name.text } : stored ? { all: stored.events, name: stored.holder } : null;
  if (!held) return null;
  const piped = (['stdout', 'stderr'] as const).filter((s) => (s === 'stdout' ? pipes.stdout : pipes.stderr));
  const tail = pollTail(held.all, held.name, piped, ctx.model);
  if (!tail) return null;
  const name = held.name;
  // Ex) text=True, universal_newlines=True, encoding='utf-8': readline() returns '' at the end.
  const text = ['text', 'universal_newlines', 'encoding', 'errors'].some((k) => { const a = argument(call, 99, k); return !!a && !['False', 'None', '0'].includes(a.text); });
  const empty = text ? "''" : "b''";
  // Ex) for line in run_subprocess(p)  with  while True: retcode = p.poll(); line = p.stdout.readline(); ...; if retcode is not None: break
  const by = tail.via ?? tail.reader;
  const how = tail.breaks ? `is read with readline()${by ? ` by ${by}` : ''} in a loop that stops once \`${tail.test}\` has seen the command exit: after the exit it reads one more line` : `is read with readline()${by ? ` by ${by}` : ''} only while \`${tail.test}\`: the loop stops as soon as the command has exited`;
  return { stream: tail.stream, text: `${how}, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, \`for line in iter(${name}.${tail.stream}.readline, ${empty})\`, or read the rest after the loop)` };
}

export function pollTailLoss(ctx: PythonContext, call: SyntaxNode, pipes: ReturnType<typeof pipesOf>, qualified: string): boolean {
  const tail = pollTailOf(ctx, call, pipes);
  if (!tail) return false;
  ctx.report(call, { message: `${tail.stream} pipe of ${qualified}() ${tail.text}`, fixes: [], evidence: 'any-size' });
  return true;
}
