import type { PipePattern } from '../knowledge/runtimes.js';
import type { Verdict } from './drain-verdict.js';
import { hasArguments } from './handoff.js';
import type { SyntaxNode } from './parse.js';
import type { Site } from './pipe-site.js';
import { alternating, alternatingWords, killingLoop, nonBlockingRead } from './read-model-words.js';

/**
 * The words of a POP005 finding about a pipe site (pipe-site.ts): the runtime model's pattern
 * for its verdict, what happens to the pipe (`describe`), and how the wait ends (`waitHow`).
 */

export const PATTERN: Record<Verdict['shape'], PipePattern> = {
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
export function patternOf(verdict: Verdict, background: boolean): PipePattern | null {
  if (!background || verdict.shape === 'other-pipe-fills' || verdict.shape === 'closed-unread') return PATTERN[verdict.shape];
  return verdict.laterDrain ? null : 'background-dropped';
}

export function describe(site: Site, streams: string): string {
  const v = site.verdict;
  const held = site.handle === 'attribute' || site.handle === 'container' ? ` stored in \`${site.holder}\`` : '';
  const via = site.events.find((e) => e.kind === 'wait' && e.node.id === v.at?.id && e.via);
  const waitText = via?.kind === 'wait' ? via.via! : v.at?.type === 'while_statement' || (v.at && /poll|returncode/.test(v.at.text) && !/wait/.test(v.at.text)) ? 'the poll loop' : 'wait()';
  switch (v.shape) {
    case 'wait-before-drain': return site.readOnlyWhen && !/\n/.test(site.readOnlyWhen) && site.readOnlyWhen.length <= 60
      ? `${streams} pipe of subprocess.Popen()${held} is read only when \`${site.readOnlyWhen}\`: otherwise nothing reads it before ${waitText}`
      : `${streams} pipe of subprocess.Popen()${held} is not read before ${waitText}`;
    case 'partial-then-wait': return `${streams} pipe of subprocess.Popen() is only partly read before ${waitText}`;
    case 'other-pipe-fills': {
      const read = v.at && /stderr/.test(v.at.text) ? 'stderr' : 'stdout';
      // Ex) out = read_all(p) - a function of the module that reads one pipe to its end.
      const helper = site.events.find((e) => e.kind === 'drain' && e.node.id === v.at?.id && e.via);
      if (helper?.kind === 'drain') return `${streams} pipe of subprocess.Popen() is not read while ${helper.via} reads ${helper.streams.join('/')} to its end`;
      if (v.at && site.events.some((e) => e.kind === 'wait' && e.node.id === v.at!.id)) return `${streams} pipe of subprocess.Popen() is not read before ${waitText}`;
      // Ex) while p.poll() is None: line = p.stdout.readline()  /  for line in p.stdout:  /  self._read_stdout() in a loop
      const fn = v.at?.type === 'call' ? v.at.childForFieldName('function') : null;
      const through = fn?.type === 'attribute' && fn.childForFieldName('object')?.text === 'self' && !/\.(stdout|stderr|communicate)\b/.test(fn.text) ? ` by ${fn.text}()` : '';
      // Ex) self.read() in a poll loop, reading a line of stdout, then a line of stderr (audit 29: OneDriveGUI)
      if (alternating(site.events, v.at ?? null)) return alternatingWords(streams, held, through);
      // Ex) fcntl(p.stdout, F_SETFL, ... | O_NONBLOCK); while True: p.stdout.read() ... (audit 29: MAVProxy's run_command)
      const polled = nonBlockingRead(v.at ?? null, site.holder);
      if (polled) return `${streams} pipe of subprocess.Popen()${held} is not read while ${polled}, made non-blocking, is polled in a loop until the command exits`;
      // Ex) while p.poll() is None: p.stdout.readline() - the loop ends with the child, not at EOF.
      if (v.at && readLoop(v.at) && pollGuarded(v.at)) return `${streams} pipe of subprocess.Popen()${held} is not read while ${read} is read line by line${through} in a loop that runs until the command exits`;
      return v.at && readLoop(v.at)
        ? `${streams} pipe of subprocess.Popen()${held} is not read while ${read} is read line by line${through} until it ends, which comes only when the command exits`
        : `${streams} pipe of subprocess.Popen()${held} is not read while ${read} is read to its end${through}`;
    }
    case 'never-read': return site.handle === 'attribute' || site.handle === 'container' ? `${streams} pipe of subprocess.Popen()${held} is never read in this module` : `${streams} pipe of subprocess.Popen() is never read`;
    case 'partial-then-left': return `${streams} pipe of subprocess.Popen() is only partly read, then left`;
    case 'closed-unread': return site.withBlock && !v.at ? `${streams} pipe of subprocess.Popen() is not read before the with-block ends` : `${streams} pipe of subprocess.Popen() is closed before it is read`;
  }
}

// A read in a loop (a `for` over the pipe, readline round a loop, iter(p.stdout.readline, b'')).
function readLoop(at: SyntaxNode): boolean {
  if (/\.readline\b/.test(at.text)) return true;
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'for_statement' || n.type === 'while_statement' || n.type === 'for_in_clause') return true;
    if (n.type === 'function_definition' || n.type === 'lambda') return false;
  }
  return false;
}

// The nearest loop round a read is a `while` testing the child alive (`p.poll() is None`).
function pollGuarded(at: SyntaxNode): boolean {
  // A method or iter() round the read reads to EOF inside the loop's body.
  if (at.type !== 'call' || !/\.readline$/.test(at.childForFieldName('function')?.text ?? '')) return false;
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'while_statement') return /\.(poll\s*\(\s*\)|returncode)\s*(is|==)\s*None\b/.test(n.childForFieldName('condition')?.text ?? '');
    if (n.type === 'for_statement' || n.type === 'function_definition' || n.type === 'lambda') return false;
  }
  return false;
}

/**
 * The runtime model's words for a wait, made true for a wait with a timeout: it does not block
 * for good, it gives up with the child still blocked and the output unread.
 * Ex) p.wait(timeout=30)  /  psutil.Process(p.pid).wait(5)
 */
export function waitHow(site: Site, how: string): string {
  const at = site.verdict.at;
  const wait = at && site.events.find((e) => e.kind === 'wait' && e.node.id === at.id);
  const timed = wait?.kind === 'wait' && (wait.timed || (wait.call !== null && hasArguments(wait.call)));
  if (timed) return how.replace(/: a deadlock$/, ', until the wait times out: the output is lost and the child is left blocked');
  // Ex) while p.poll() is None: time.sleep(0.1); if elapsed > timeout: p.kill(); return ERROR - a poll
  // loop that ends the child at its deadline does not wait for good: the child, blocked on the
  // full pipe, is ended there, its work unfinished (audit 21: webscreenshot's renderer timeout).
  // Ex) fcntl(p.stdout, F_SETFL, O_NONBLOCK); while True: p.stdout.read(); if time.time() > deadline: os.kill(p.pid, SIGKILL)
  // The parent polls and does not block: the command, blocked on the full pipe, never exits, and the loop kills it at its deadline.
  if (at && site.holder && nonBlockingRead(at, site.holder) && killingLoop(at, site.holder, endsIn)) return how.replace(/( while the parent waits for it)?: a deadlock$/, ' and never exits: the loop polls it until its deadline, then kills it: its work is left unfinished and its output lost');
  const loop = at && site.holder ? pollingLoop(at) : null;
  return loop && endsIn(loop, site.holder!) ? how.replace(/: a deadlock$/, ', until the poll loop gives up and ends it: its work is left unfinished and its output lost') : how;
}

// The `while` whose condition holds this poll (`while p.poll() is None:`), or null.
function pollingLoop(at: SyntaxNode): SyntaxNode | null {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'while_statement') {
      const cond = n.childForFieldName('condition');
      return cond && at.startIndex >= cond.startIndex && at.endIndex <= cond.endIndex ? n : null;
    }
    if (n.type === 'block' || n.type === 'function_definition') return null;
  }
  return null;
}

// The loop's body ends the child: `p.kill()`, `p.terminate()`, `p.send_signal(...)`, `os.kill(p.pid, ...)`.
function endsIn(loop: SyntaxNode, holder: string): boolean {
  const stack = [...(loop.childForFieldName('body')?.namedChildren ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'function_definition' || n.type === 'lambda') continue;
    if (n.type === 'call') {
      const fn = n.childForFieldName('function');
      const object = fn?.type === 'attribute' ? fn.childForFieldName('object')?.text : null;
      const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
      if (object === holder && name && ['kill', 'terminate', 'send_signal'].includes(name)) return true;
      if (fn?.text === 'os.kill' && n.childForFieldName('arguments')?.namedChildren[0]?.text === `${holder}.pid`) return true;
    }
    stack.push(...n.namedChildren);
  }
  return false;
}
