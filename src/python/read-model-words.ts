import type { HandleEvent } from './drain.js';
import type { SyntaxNode } from './parse.js';

/**
 * The words of an other-pipe-fills finding when the reads are not "one pipe read to its end
 * while the other waits" (audit 29): the two pipes read a line each in turn, or the one read
 * made non-blocking and polled in a loop that kills the child at a deadline.
 */

/**
 * Ex) while self.p.poll() is None: self.read()   with   def read(self): out = self.p.stdout.readline(); err = self.p.stderr.readline()
 * Both pipes read at one place (a call of a method that reads a line of each, or a loop
 * round both readline() calls): the parent reads them in turn, blocking in the readline() of
 * the one the command is not writing to while nothing reads the other. The stream the parent
 * waits in is whichever is silent: the message names both.
 */
export function alternating(events: readonly HandleEvent[], at: SyntaxNode | null): boolean {
  if (!at) return false;
  const streams = new Set(events.filter((e) => e.kind === 'drain' && e.node.id === at.id).flatMap((e) => (e.kind === 'drain' ? e.streams : [])));
  if (streams.has('stdout') && streams.has('stderr')) return true;
  // Ex) while p.poll() is None: out = p.stdout.readline(); err = p.stderr.readline()
  const loop = lineLoop(at);
  if (!loop) return false;
  const inLoop = events.filter((e) => (e.kind === 'drain' || e.kind === 'partial') && e.node.tree === at.tree && e.node.startIndex >= loop.startIndex && e.node.endIndex <= loop.endIndex && lineLoop(e.node)?.id === loop.id);
  const read = new Set(inLoop.flatMap((e) => (e.kind === 'drain' ? e.streams : e.kind === 'partial' ? [e.stream] : [])));
  return read.has('stdout') && read.has('stderr');
}

// The nearest loop round a readline() call (`x.stdout.readline()`), or null.
function lineLoop(read: SyntaxNode): SyntaxNode | null {
  if (read.type !== 'call' || !/\.(stdout|stderr)\.readline$/.test(read.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '')) return null;
  for (let n = read.parent; n; n = n.parent) {
    if (n.type === 'while_statement' || n.type === 'for_statement') return n;
    if (n.type === 'function_definition' || n.type === 'lambda') return null;
  }
  return null;
}

export function alternatingWords(streams: string, held: string, through: string): string {
  const [other, read] = streams === 'stderr' ? ['stderr', 'stdout'] : ['stdout', 'stderr'];
  return `${read} and ${other} pipes of subprocess.Popen()${held} are read in turn, one line of each${through} in a loop: the parent blocks in the readline() of the pipe the command is not writing to, and nothing reads the other meanwhile`;
}

/**
 * Ex) fcntl.fcntl(p.stdout, fcntl.F_SETFL, fcntl.fcntl(p.stdout, fcntl.F_GETFL) | os.O_NONBLOCK)
 * Ex) os.set_blocking(p.stdout.fileno(), False)
 * The stream the read at `at` takes is made non-blocking in the same function before it: the
 * read returns what is there and the loop polls on. Null when it is not.
 */
export function nonBlockingRead(at: SyntaxNode | null, holder: string | null): string | null {
  if (!at || !holder) return null;
  const stream = new RegExp(`^${escape(holder)}\\.(stdout|stderr)\\.read`).exec(at.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '')?.[1];
  if (!stream) return null;
  let fn: SyntaxNode | null = at.parent;
  while (fn && fn.type !== 'function_definition' && fn.type !== 'module') fn = fn.parent;
  if (!fn) return null;
  const target = `${holder}.${stream}`;
  const stack = [...fn.namedChildren];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.startIndex >= at.startIndex) continue;
    if (n.type === 'call') {
      const name = n.childForFieldName('function')?.text.replace(/\s+/g, '');
      const args = n.childForFieldName('arguments')?.namedChildren ?? [];
      const first = args[0]?.text.replace(/\s+/g, '');
      if (name === 'fcntl.fcntl' && (first === target || first === `${target}.fileno()`) && /F_SETFL/.test(args[1]?.text ?? '') && /O_NONBLOCK/.test(args[2]?.text ?? '')) return stream;
      if (name === 'os.set_blocking' && first === `${target}.fileno()` && args[1]?.text === 'False') return stream;
    }
    if (n.type !== 'function_definition' && n.type !== 'lambda' && n.type !== 'class_definition') stack.push(...n.namedChildren);
  }
  return null;
}

/** The loop round `at` (nearest `while`), when its body ends the child: `p.kill()`, `os.kill(p.pid, ...)`. */
export function killingLoop(at: SyntaxNode, holder: string, ends: (loop: SyntaxNode, holder: string) => boolean): SyntaxNode | null {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'while_statement') return ends(n, holder) ? n : null;
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'for_statement') return null;
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
