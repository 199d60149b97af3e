/**
 * Just enough of a POSIX sh parser to answer two questions about a command string handed to
 * `sh -c` by os.popen, popen2 or subprocess(shell=True):
 *   1. After every redirection, can any command still write to the pipe the parent drops?
 *   2. Where must `>/dev/null` go so that none can, keeping a trailing `&` last?
 * Interpolated values (`%s`, `{}`, f-string fields, non-literal operands) arrive as PLACEHOLDER
 * characters and are opaque words. This file parses; the fd analysis that answers the two
 * questions is src/shell-fds.ts.
 */

export const PLACEHOLDER = '\uE000';

export interface Token {
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
export type Command = SimpleCommand | GroupCommand;
interface Pipeline {
  commands: Command[];
  /** `|&` after command i also sends its stderr down the pipe. */
  stderrPiped: boolean[];
}
export interface List {
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

/** Reserved words that lead a command without being it (`then cmd`, `do cmd`, `! cmd`, `time cmd`). */
export const LEADING_WORDS: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'do', '!', '{', 'time']);
/** The loops whose condition is a command (`while cmd; do`, `until cmd; do`). */
export const CONDITION_LOOPS: ReadonlySet<string> = new Set(['while', 'until']);

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
