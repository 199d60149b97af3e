/**
 * Just enough of a POSIX sh parser to answer two questions about a command string handed to
 * `sh -c` by os.popen, popen2 or subprocess(shell=True):
 *   1. After every redirection, can any command still write to the pipe the parent drops?
 *   2. Where must `>/dev/null` go so that none can, keeping a trailing `&` last?
 * Interpolated values (`%s`, `{}`, f-string fields, non-literal operands) arrive as PLACEHOLDER
 * characters and are opaque words.
 */

export const PLACEHOLDER = '\uE000';

interface Token {
  kind: 'word' | 'op' | 'redir';
  text: string;
  start: number;
  end: number;
  /** For redirections: the fd it applies to (null: the operator's default), and its target. */
  fd?: number | null;
  target?: string;
}

interface SimpleCommand {
  kind: 'simple';
  words: Token[];
  redirs: Token[];
  start: number;
  end: number;
}
interface GroupCommand {
  kind: 'group';
  body: List;
  redirs: Token[];
  start: number;
  end: number;
}
type Command = SimpleCommand | GroupCommand;
interface Pipeline {
  commands: Command[];
  /** `|&` after command i also sends its stderr down the pipe. */
  stderrPiped: boolean[];
}
interface List {
  items: { pipelines: Pipeline[]; separator: string | null }[];
}

export interface ShellScript {
  ok: boolean;
  list: List;
  hasComment: boolean;
  hasHeredoc: boolean;
  /** A reserved word (if, for, while, case...) at command position: only grouping is safe. */
  hasCompound: boolean;
  /** A whole command is an interpolated value and may itself be a list. */
  placeholderCommand: boolean;
  firstStart: number;
  lastEnd: number;
}

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'select', 'function', '[[', '!']);
const OPERATORS = ['&&', '||', ';;', '|&', ';', '&', '|', '(', ')'];
const REDIR_OPS = ['&>>', '&>', '>>', '>|', '>&', '<<<', '<<-', '<<', '<&', '<>', '>', '<'];

class ShellSyntaxError extends Error {}

const isBreak = (c: string) => ' \t\n;&|()<>'.includes(c);

/** Finds where a word ends, honouring quotes, escapes, backquotes and $( ) / ${ } (nested). */
class WordScanner {
  private readonly n: number;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  /** Reads one word starting at `from`; returns its end. */
  word(from: number): number {
    const { text, n } = this;
    let j = from;
    while (j < n && !isBreak(text[j]!)) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === '`') j = this.backtick(j + 1);
      else if (c === '$' && (text[j + 1] === '(' || text[j + 1] === '{')) j = this.balanced(j + 1);
      else j++;
    }
    return Math.min(j, n);
  }

  private single(from: number): number {
    const close = this.text.indexOf("'", from);
    if (close < 0) throw new ShellSyntaxError('unterminated quote');
    return close + 1;
  }

  private double(from: number): number {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== '"') {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '`') j = this.backtick(j + 1);
      else if (text[j] === '$' && (text[j + 1] === '(' || text[j + 1] === '{')) j = this.balanced(j + 1);
      else j++;
    }
    if (j >= n) throw new ShellSyntaxError('unterminated quote');
    return j + 1;
  }

  private backtick(from: number): number {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    if (j >= n) throw new ShellSyntaxError('unterminated backquote');
    return j + 1;
  }

  private balanced(from: number): number {
    const { text, n } = this;
    const open = text[from]!;
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === open) { depth++; j++; }
      else if (c === close) { depth--; j++; if (depth === 0) return j; }
      else j++;
    }
    throw new ShellSyntaxError('unbalanced substitution');
  }
}

/** A redirection at i (`[n]>file`, `[n]>&m`, `&>file`...), or null; digits count as an fd only when glued to the operator. */
function redirection(text: string, i: number, words: WordScanner, script: { hasHeredoc: boolean }): Token | null {
  const c = text[i]!;
  const fdMatch = /^\d+(?=[<>])/.exec(text.slice(i, i + 12));
  const opStart = fdMatch ? i + fdMatch[0].length : i;
  const redir = REDIR_OPS.find((op) => text.startsWith(op, opStart));
  if (!redir || !(fdMatch || c === '<' || c === '>' || (c === '&' && redir.startsWith('&')))) return null;
  if (redir.startsWith('<<') && redir !== '<<<') script.hasHeredoc = true;
  let j = opStart + redir.length;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const targetEnd = words.word(j);
  if (targetEnd === j) throw new ShellSyntaxError('redirection without a target');
  return { kind: 'redir', text: redir, start: i, end: targetEnd, fd: fdMatch ? Number(fdMatch[0]) : null, target: text.slice(j, targetEnd) };
}

function tokenize(text: string, script: { hasComment: boolean; hasHeredoc: boolean }): Token[] {
  const tokens: Token[] = [];
  const words = new WordScanner(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && text[i + 1] === '\n') { i += 2; continue; }
    if (c === '\n') { tokens.push({ kind: 'op', text: '\n', start: i, end: i + 1 }); i++; continue; }
    if (c === '#') {
      script.hasComment = true;
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    const redir = redirection(text, i, words, script);
    const op = redir ? undefined : OPERATORS.find((o) => text.startsWith(o, i));
    const token: Token = redir ?? (op ? { kind: 'op', text: op, start: i, end: i + op.length } : { kind: 'word', text: '', start: i, end: words.word(i) });
    if (token.kind === 'word') token.text = text.slice(i, token.end);
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[], private readonly script: ShellScript) {}

  private peek(): Token | undefined { return this.tokens[this.pos]; }
  private isOp(t: Token | undefined, ...ops: string[]): boolean { return !!t && t.kind === 'op' && ops.includes(t.text); }

  parseProgram(): List {
    const list = this.parseList(null);
    if (this.pos < this.tokens.length) throw new ShellSyntaxError('unexpected token');
    return list;
  }

  /** A list ends at end of input, at `)` for a subshell, or at a `}` word for a group. */
  private parseList(closer: ')' | '}' | null): List {
    const list: List = { items: [] };
    for (;;) {
      while (this.isOp(this.peek(), '\n')) this.pos++;
      const t = this.peek();
      if (!t) break;
      if (closer === ')' && this.isOp(t, ')')) break;
      if (closer === '}' && t.kind === 'word' && t.text === '}') break;
      const pipelines = [this.parsePipeline()];
      while (this.isOp(this.peek(), '&&', '||')) {
        this.pos++;
        while (this.isOp(this.peek(), '\n')) this.pos++;
        pipelines.push(this.parsePipeline());
      }
      const sep = this.peek();
      if (this.isOp(sep, ';', ';;', '&', '\n')) {
        this.pos++;
        list.items.push({ pipelines, separator: sep!.text });
      } else {
        list.items.push({ pipelines, separator: null });
        break;
      }
    }
    return list;
  }

  private parsePipeline(): Pipeline {
    const pipeline: Pipeline = { commands: [this.parseCommand()], stderrPiped: [] };
    while (this.isOp(this.peek(), '|', '|&')) {
      pipeline.stderrPiped.push(this.peek()!.text === '|&');
      this.pos++;
      while (this.isOp(this.peek(), '\n')) this.pos++;
      pipeline.commands.push(this.parseCommand());
    }
    return pipeline;
  }

  private parseCommand(): Command {
    const first = this.peek();
    if (!first) throw new ShellSyntaxError('missing command');
    if (this.isOp(first, '(') || (first.kind === 'word' && first.text === '{')) {
      this.pos++;
      const closer = first.text === '(' ? ')' : '}';
      const body = this.parseList(closer);
      const close = this.peek();
      if (!close || close.text !== closer) throw new ShellSyntaxError(`missing ${closer}`);
      this.pos++;
      const redirs: Token[] = [];
      while (this.peek()?.kind === 'redir') redirs.push(this.tokens[this.pos++]!);
      const last = redirs.at(-1) ?? close;
      return { kind: 'group', body, redirs, start: first.start, end: last.end };
    }
    const words: Token[] = [];
    const redirs: Token[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.kind === 'op') break;
      if (t.kind === 'word' && t.text === '}' && words.length === 0 && redirs.length === 0) break;
      if (t.kind === 'word') {
        if (words.length === 0 && RESERVED.has(t.text)) this.script.hasCompound = true;
        if (words.length === 0 && t.text.includes(PLACEHOLDER) && !/^\w+=/.test(t.text)) this.script.placeholderCommand = true;
        words.push(t);
      } else redirs.push(t);
      this.pos++;
    }
    if (words.length === 0 && redirs.length === 0) throw new ShellSyntaxError('empty command');
    const all = [...words, ...redirs];
    return { kind: 'simple', words, redirs, start: Math.min(...all.map((t) => t.start)), end: Math.max(...all.map((t) => t.end)) };
  }
}

export function parseShell(text: string): ShellScript {
  const script: ShellScript = {
    ok: true, list: { items: [] }, hasComment: false, hasHeredoc: false, hasCompound: false,
    placeholderCommand: false, firstStart: 0, lastEnd: 0,
  };
  try {
    const tokens = tokenize(text, script);
    script.list = new Parser(tokens, script).parseProgram();
    const firstToken = tokens.find((t) => t.kind !== 'op' || t.text !== '\n');
    script.firstStart = firstToken?.start ?? 0;
    const lastItem = script.list.items.at(-1);
    script.lastEnd = lastItem ? lastItem.pipelines.at(-1)!.commands.at(-1)!.end : 0;
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    script.ok = false;
  }
  return script;
}

type FdTable = Map<number, string>;

function applyRedirs(fds: FdTable, redirs: Token[]): FdTable {
  const out = new Map(fds);
  for (const r of redirs) {
    const op = r.text;
    const target = r.target ?? '';
    if ((op === '&>' || op === '&>>') || (op === '>&' && r.fd === null && !/^\d+$|^-$/.test(target))) {
      out.set(1, 'file');
      out.set(2, 'file');
    } else if (op === '>&' || op === '<&') {
      const fd = r.fd ?? (op === '>&' ? 1 : 0);
      out.set(fd, target === '-' ? 'closed' : (out.get(Number(target)) ?? 'closed'));
    } else if (op.startsWith('>')) out.set(r.fd ?? 1, 'file');
    else if (op.startsWith('<')) out.set(r.fd ?? 0, 'file');
    else if (r.fd !== null && r.fd !== undefined) out.set(r.fd, 'file');
  }
  return out;
}

function listLeaks(list: List, fds: FdTable, hazards: Set<string>): boolean {
  return list.items.some((item) =>
    item.pipelines.some((pipeline) =>
      pipeline.commands.some((command, i) => {
        const local = new Map(fds);
        // Every stage but the last writes into the shell's own inner pipe, not ours.
        if (i < pipeline.commands.length - 1) {
          local.set(1, 'inner');
          if (pipeline.stderrPiped[i]) local.set(2, 'inner');
        }
        return commandLeaks(command, local, hazards);
      }),
    ),
  );
}

function commandLeaks(command: Command, fds: FdTable, hazards: Set<string>): boolean {
  const after = applyRedirs(fds, command.redirs);
  if (command.kind === 'group') return listLeaks(command.body, after, hazards);
  return hazards.has(after.get(1) ?? '') || hazards.has(after.get(2) ?? '');
}

/**
 * Whether a command can write into one of the dropped pipes. `pipes` names which of the
 * child's fds start connected to a pipe nobody reads: [1] for os.popen, [1, 2] for popen3/4.
 * An unparsable command is assumed to leak.
 */
export function shellLeaks(script: ShellScript, pipes: number[]): boolean {
  if (!script.ok) return true;
  const fds: FdTable = new Map([[0, 'stdin'], [1, 'inherit-1'], [2, 'inherit-2']]);
  const hazards = new Set<string>();
  for (const fd of pipes) {
    fds.set(fd, `pipe-${fd}`);
    hazards.add(`pipe-${fd}`);
  }
  return listLeaks(script.list, fds, hazards);
}

export interface ShellEdit {
  start: number;
  end: number;
  content: string;
}

export function redirectionFor(pipes: number[]): string {
  return pipes.includes(2) ? '>/dev/null 2>&1' : '>/dev/null';
}

export function applyShellEdits(text: string, edits: ShellEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.content + out.slice(e.end);
  return out;
}

/**
 * Edits that send every write to the dropped pipes to /dev/null, smallest first:
 *   `python test.py`        -> `python test.py >/dev/null`
 *   `nohup job.sh &`        -> `nohup job.sh >/dev/null &`      (the `&` stays last)
 *   `make; make install`    -> `{ make; make install; } >/dev/null`
 *   `%s` (a whole command)  -> `{ %s\n} >/dev/null`           (the value may end in `&`)
 * Each candidate is re-parsed and must no longer leak. Returns null when none qualifies.
 */
export function devnullShellEdits(text: string, script: ShellScript, pipes: number[]): ShellEdit[] | null {
  if (!script.ok || script.hasHeredoc || script.list.items.length === 0) return null;
  const redirect = redirectionFor(pipes);
  const candidates: ShellEdit[][] = [];
  const single = script.list.items.length === 1 && script.list.items[0]!.pipelines.length === 1;
  if (single && !script.hasComment && !script.hasCompound && !script.placeholderCommand) {
    candidates.push([{ start: script.lastEnd, end: script.lastEnd, content: ` ${redirect}` }]);
  }
  const lastSeparator = script.list.items.at(-1)!.separator;
  if (script.hasComment || script.placeholderCommand) {
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: '{ ' },
      { start: text.length, end: text.length, content: `\n} ${redirect}` },
    ]);
  } else {
    let tailEnd = text.length;
    while (tailEnd > script.lastEnd && /\s/.test(text[tailEnd - 1]!)) tailEnd--;
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: '{ ' },
      { start: script.lastEnd, end: tailEnd, content: `; } ${redirect}${lastSeparator === '&' ? ' &' : ''}` },
    ]);
  }
  for (const edits of candidates) {
    const fixed = parseShell(applyShellEdits(text, edits));
    if (fixed.ok && !shellLeaks(fixed, pipes)) return edits;
  }
  return null;
}

/** One simple command of a script: its words as written, and where its stdout and stderr go. */
export interface CommandSite {
  words: string[];
  /** 'out' / 'err': the script's own stdout / stderr; 'file', 'inner' (a pipe inside the script), 'closed'. */
  stdout: string;
  stderr: string;
  /** Run with a trailing `&`: it may outlive the shell. */
  background: boolean;
  /** The index (in the same list) of the simple command whose stdout is this one's stdin (`a | b`), when there is one. */
  fedBy?: number;
}

/** Every simple command of a parsed script with its fd table after redirections; null when it did not parse. */
export function commandSites(script: ShellScript): CommandSite[] | null {
  if (!script.ok) return null;
  const out: CommandSite[] = [];
  const walk = (list: List, fds: FdTable, background: boolean) => {
    for (const item of list.items) {
      const bg = background || item.separator === '&';
      for (const pipeline of item.pipelines) {
        let feeder: number | undefined;
        pipeline.commands.forEach((command, i) => {
          const local = new Map(fds);
          if (i < pipeline.commands.length - 1) {
            local.set(1, 'inner');
            if (pipeline.stderrPiped[i]) local.set(2, 'inner');
          }
          const after = applyRedirs(local, command.redirs);
          const fedBy = i > 0 && after.get(0) === fds.get(0) ? feeder : undefined;
          feeder = undefined;
          if (command.kind === 'group') walk(command.body, after, bg);
          else {
            // Ex) echo "" | aircrack-ng -w -: the second command reads what the first one prints.
            feeder = after.get(1) === 'inner' ? out.length : undefined;
            out.push({ words: command.words.map((w) => w.text), stdout: after.get(1) ?? 'closed', stderr: after.get(2) ?? 'closed', background: bg, ...(fedBy !== undefined ? { fedBy } : {}) });
          }
        });
      }
    }
  };
  walk(script.list, new Map([[0, 'in'], [1, 'out'], [2, 'err']]), false);
  return out;
}

/**
 * The shell runs every command of the line in the background (`cmd &`, `a & b &`) and so exits
 * at once, its children still writing to whatever it handed them. False when it did not parse.
 */
export function allInBackground(script: ShellScript): boolean {
  const sites = commandSites(script);
  return !!sites && sites.length > 0 && sites.every((s) => s.background);
}

/**
 * A shell word's value once quotes and escapes are removed, or null when part of it is only
 * known at run time (`$VAR`, `$(...)`, backquotes, an interpolated PLACEHOLDER) and the word
 * is nothing but that. A word with a known part keeps PLACEHOLDER where the unknown part is.
 */
export function shellWordValue(raw: string): string | null {
  let out = '';
  for (let i = 0; i < raw.length;) {
    const c = raw[i]!;
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const body = raw.slice(i + 1, close < 0 ? raw.length : close);
      out += body;
      i = close < 0 ? raw.length : close + 1;
    } else if (c === '\\') {
      out += raw[i + 1] ?? '';
      i += 2;
    } else if (c === '$' || c === '`') {
      // An expansion: its value is not in the source.
      let j = i + 1;
      if (c === '`') j = raw.indexOf('`', j) + 1 || raw.length;
      else if (raw[j] === '(' || raw[j] === '{') {
        const close = raw[j] === '(' ? ')' : '}';
        let depth = 0;
        for (; j < raw.length; j++) {
          if (raw[j] === raw[i + 1]) depth++;
          else if (raw[j] === close && --depth === 0) { j++; break; }
        }
      } else while (j < raw.length && /[\w@*#?$!-]/.test(raw[j]!)) j++;
      out += PLACEHOLDER;
      i = j;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && '"\\$`'.includes(raw[i + 1] ?? '')) { out += raw[i + 1]; i += 2; }
        else if (raw[i] === '$' || raw[i] === '`') {
          const sub = /^\$\{[^}]*\}|^\$\([^)]*\)|^\$[\w@*#?$!-]+|^`[^`]*`/.exec(raw.slice(i));
          out += PLACEHOLDER;
          i += sub ? sub[0].length : 1;
        } else { out += raw[i]; i++; }
      }
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (out.length > 0 && [...out].every((ch) => ch === PLACEHOLDER)) return null;
  return out;
}
