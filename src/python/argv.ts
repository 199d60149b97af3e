import { type CommandOutput, classifyArgv, classifyShell } from '../knowledge/commands.js';
import { parseShell, PLACEHOLDER, shellWordValue } from '../shell.js';
import { commandSites } from '../shell-fds.js';
import type { SyntaxNode } from './parse.js';
import { enclosingStatement, reachedLoads, reachingAssignments } from './analysis.js';
import { inExclusiveArm } from './exclusive-arms.js';
import type { Binding } from './binding.js';
import { type PythonModel, unparenthesize } from './semantic.js';
import { isStringNode, literalText, rank, textChoices, textOf } from './command-text.js';
import { commandOf, shellOutput } from './command.js';
import { programNamed } from './program-name.js';
import { besideThisFile, wordsOfName } from './name-words.js';
import { copiedList } from './list-copy.js';
import { returnedValues } from './returned-command.js';

/**
 * The words of an argument vector (`['tar', 'czvf', out, src]`, `cmd.split()`, `shlex.split(cmd)`,
 * a name bound to one, a list grown with `+=`, `.append()`, `.extend()`, a copy, an item) and what
 * the program a subprocess call runs writes (processOutput). The command line of a shell is
 * command.ts's.
 */

// How deep argvWords follows names, copies and concatenations (`dry = args[:] + ['-n']`).
const MAX_DEPTH = 6;

// Ex) ['iptables', '-A', chain] / ('kill', pid) / 'git rev-parse HEAD'.split() / shlex.split('tar czf x d')
function argvWords(node: SyntaxNode, model: PythonModel, depth = 0): (string | null)[] | null {
  const n = unparenthesize(node);
  if (n.type === 'list' || n.type === 'tuple') return itemsWords(n.namedChildren, model, depth);
  // Ex) [str(x) for x in cmd]: a copy holds the same words.
  const copied = depth < MAX_DEPTH ? copiedList(n) : null;
  if (copied) return argvWords(copied, model, depth + 1);
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    const args = n.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'split' && args.length === 0) {
      // Ex) ('tshark -r ' + path + ' -T fields').split(), ('rsync %s %s' % (a, b)).split(): the
      // template's words, a part known only at run time standing for one word not known.
      const object = fn.childForFieldName('object')!;
      const text = literalText(object) ?? commandOf(object, model).text;
      if (text.replaceAll(PLACEHOLDER, '').trim() === '') return null;
      return text.split(/\s+/).filter(Boolean).map((w) => ([...w].every((ch) => ch === PLACEHOLDER) ? null : w));
    }
    // Ex) cmd = 'convert {0} {1}'.format(src, dst); shlex.split(cmd): the template's words.
    if (fn && model.qualifiedName(fn) === 'shlex.split' && args.length === 1) {
      const text = literalText(args[0]!) ?? commandOf(args[0]!, model).text;
      if (text.replaceAll(PLACEHOLDER, '').trim() === '') return null;
      return classifyShellWords(text);
    }
    // Ex) list(args): a copy holds the same words.
    if (fn?.type === 'identifier' && ['list', 'tuple'].includes(fn.text) && args.length === 1 && depth < MAX_DEPTH) return argvWords(args[0]!, model, depth + 1);
    // Ex) Popen(self.tunnel_args(), stdout=PIPE): the argv a function of this module or a method
    // of the class returns (returned-command.ts); of several returns, the loudest.
    const returned = depth < MAX_DEPTH ? returnedValues(n, model) : null;
    let loudest: (string | null)[] | null = null;
    for (const value of returned ?? []) {
      const words = argvWords(value, model, depth + 2);
      if (!words) return null;
      if (!loudest || rank(classifyArgv(words)) > rank(classifyArgv(loudest))) loudest = words;
    }
    return loudest;
  }
  // Ex) dry_run = args[:] + ['--dummy']: a whole slice is a copy.
  if (n.type === 'subscript' && depth < MAX_DEPTH) {
    const index = n.childrenForFieldName('subscript').filter((c) => c.type !== 'comment');
    const whole = index.length === 1 && index[0]!.type === 'slice' && index[0]!.namedChildren.length === 0;
    return whole ? argvWords(n.childForFieldName('value')!, model, depth + 1) : null;
  }
  if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '+' && depth < MAX_DEPTH) {
    // Ex) ['git', 'clone', url] + (['--depth', d] if d else []): the list's words, then those
    // added (one unknown word when they are not written), as for `cmd += ...` (extendedWords).
    const left = n.childForFieldName('left')!;
    // Ex) self.docker_cmd + ['image', 'save']: a name holding the program's command line (its
    // path and options, which the table skips) before the words written here (audit 33: python-on-whales).
    const named = ['attribute', 'identifier'].includes(unparenthesize(left).type) ? programNamed(left, model) : null;
    const words = argvWords(left, model, depth + 1) ?? (named ? [named] : null);
    return words && [...words, ...(argvWords(n.childForFieldName('right')!, model, depth + 1) ?? [null])];
  }
  if (n.type === 'identifier' && depth < MAX_DEPTH) {
    // Ex) cmd = ['tshark', ...]; Popen(cmd) ... cmd = ['cowpatty', ...]; Popen(cmd): each call
    // runs the list its own name reaches, with the words appended to it.
    const bindings = reachingAssignments(model, n);
    if (!bindings) return loopWords(n, model, depth) ?? extendedWords(n, model, depth);
    let loudest: (string | null)[] | null = null;
    for (const b of bindings ?? []) {
      const words = argvWords(b.value!, model, depth + 1);
      const all = words && appended(words, b, n, model, depth);
      if (!all) return null;
      if (!loudest || rank(classifyArgv(all)) > rank(classifyArgv(loudest))) loudest = all;
    }
    return loudest;
  }
  return null;
}

/**
 * Ex) for cmd in [['iproxy', port, '22'], ['iproxy', '37042', '27042']]: Popen(cmd, ...)
 * The variable of a `for` over a list or tuple of argvs the code writes (in place, or in a name
 * assigned once): each round runs one of them, and the loudest counts. Null when the name is
 * bound anywhere else, the use is not in the loop's body, or an item's words are not known.
 */
function loopWords(use: SyntaxNode, model: PythonModel, depth: number): (string | null)[] | null {
  const found = model.lookup(use.text, model.scopeOf(use));
  const only = found?.bindings.length === 1 ? found.bindings[0]! : null;
  const loop = only?.node.parent;
  if (loop?.type !== 'for_statement' || loop.childForFieldName('left')?.id !== only!.node.id) return null;
  const body = loop.childForFieldName('body');
  if (!body || use.startIndex < body.startIndex || use.endIndex > body.endIndex) return null;
  let items = unparenthesize(loop.childForFieldName('right')!);
  if (items.type === 'identifier') {
    const reaching = reachingAssignments(model, items);
    items = reaching?.length === 1 && reaching[0]!.value ? unparenthesize(reaching[0]!.value) : items;
  }
  if (items.type !== 'list' && items.type !== 'tuple') return null;
  let loudest: (string | null)[] | null = null;
  for (const item of items.namedChildren.filter((c) => c.type !== 'comment')) {
    const i = unparenthesize(item);
    if (i.type !== 'list' && i.type !== 'tuple') return null;
    const words = argvWords(i, model, depth + 1);
    if (!words) return null;
    if (!loudest || rank(classifyArgv(words)) > rank(classifyArgv(loudest))) loudest = words;
  }
  return loudest;
}

/**
 * The words of an argv written item by item: a list's or a tuple's items, or the positional
 * arguments of `asyncio.create_subprocess_exec(program, *args)` (pop007), read alike.
 */
export function itemsWords(items: readonly SyntaxNode[], model: PythonModel, depth = 0): (string | null)[] {
  const out: (string | null)[] = [];
  // Ex) name = 'wash' if old else 'walsh'; [name, '-f', cap]: the program is one of several.
  let programs: string[] = [];
  for (const c of items) {
    if (c.type === 'comment') continue;
    if (c.type === 'list_splat') return [...out, null];
    // Ex) ['aireplay-ng', '-0', str(count)], ['tar', '-C', d, '-x' + mode]: an argument the code
    // writes in one way only, through names and `+` (textChoices).
    const texts = out.length > 0 && !isStringNode(c) ? textChoices(c, model) : null;
    // Ex) [sys.executable, 'x.py']: the running interpreter.
    if (c.type === 'attribute' && model.qualifiedName(c) === 'sys.executable') out.push('python');
    else if (c.type === 'subscript' && depth < MAX_DEPTH) out.push(itemWord(c, model, depth));
    else if (texts?.length === 1) out.push(texts[0]!);
    else if (out.length > 0 && besideThisFile(c, model) !== null) out.push(besideThisFile(c, model));
    else {
      const words = literalText(c) ?? (depth < MAX_DEPTH ? wordsOfName(c, model) : null) ?? (out.length === 0 ? programNamed(c, model) : optionWord(c));
      if (Array.isArray(words) && out.length === 0) programs = words;
      out.push(Array.isArray(words) ? (words.length === 1 ? words[0]! : null) : words);
    }
  }
  // The loudest of the programs it may be, with these arguments.
  if (programs.length > 1) return programs.map((p) => [p, ...out.slice(1)]).reduce((a, b) => (rank(classifyArgv(b)) > rank(classifyArgv(a)) ? b : a));
  return out;
}

// Ex) '--app=%s' % url, '--user-data-dir=' + d, f'--port={port}': an option whose name is written
// and whose value is known only at run time keeps its name (command-table.ts knownPart); any
// other word built at run time stays unknown.
function optionWord(node: SyntaxNode): string | null {
  const n = unparenthesize(node);
  if (n.type !== 'binary_operator' && n.type !== 'string' && n.type !== 'concatenated_string') return null;
  const text = textOf(n);
  return /^--[A-Za-z][\w-]*=/.test(text) && !/\s/.test(text) ? text : null;
}

// Ex) args = [unzip_path, zip_name]; Popen([args[0], '-l', args[1]]): an item of a list whose
// words are known, by its literal index (negative from the end); not known otherwise.
function itemWord(node: SyntaxNode, model: PythonModel, depth: number): string | null {
  const index = node.childrenForFieldName('subscript').filter((c) => c.type !== 'comment');
  const literal = index.length === 1 ? /^-?\d+$/.exec(index[0]!.text.replace(/\s+/g, ''))?.[0] : undefined;
  const value = node.childForFieldName('value');
  if (literal === undefined || value?.type !== 'identifier') return null;
  const words = argvWords(value, model, depth + 1);
  // A list with a splat or an unknown extension ends in one null for any number of words: an
  // index from the end is not known then, one from the start is up to that null.
  const at = Number(literal);
  if (!words || (at < 0 && words.includes(null))) return null;
  return words.at(at) ?? null;
}

// Ex) cmd = ['cowpatty', '-r', cap]; if loose: cmd.append('-2'); Popen(cmd): the words
// appended (or extended) before the call count. One appended under a condition the call is
// not under may or may not be there: the louder of both lists is kept. Any other change to
// the list (insert, item assignment) leaves it unknown.
function appended(words: (string | null)[], binding: Binding, use: SyntaxNode, model: PythonModel, depth: number): (string | null)[] | null {
  const always = [...words];
  const maybe = [...words];
  const refs = reachedLoads(model, binding).filter((r) => r.id !== use.id && r.startIndex > binding.node.startIndex && r.startIndex < use.startIndex);
  for (const ref of refs) {
    const parent = ref.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === ref.id && parent.parent?.type === 'call') {
      const method = parent.childForFieldName('attribute')?.text;
      const args = parent.parent.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
      let added: (string | null)[] | null = null;
      if (method === 'append' && args.length === 1) added = [literalText(args[0]!)];
      else if (method === 'extend' && args.length === 1) added = argvWords(args[0]!, model, depth + 1) ?? [null];
      else if (method && ['insert', 'remove', 'pop', 'clear', 'reverse', 'sort'].includes(method)) return null;
      if (!added) continue;
      const block = enclosingStatement(parent)?.parent;
      if (block && use.startIndex >= block.startIndex && use.endIndex <= block.endIndex) always.push(...added);
      maybe.push(...added);
      continue;
    }
    if (parent?.type === 'subscript' && parent.parent?.type === 'assignment' && parent.parent.childForFieldName('left')?.id === parent.id) return null;
  }
  if (maybe.length === always.length) return always;
  return rank(classifyArgv(always)) >= rank(classifyArgv(maybe)) ? always : maybe;
}

// Ex) cmd = ['ffmpeg', '-y', '-i', src]; cmd += ['-vcodec', codec]; cmd += extra; cmd.append(out)
// A list built with `+=` in the function that runs it: a plain assignment before the call, then,
// in order, the lists added with `+=`, `.append()` and `.extend()` (a value not known adds a word
// not known). One added under a condition the call is not under may or may not be there: the
// louder of both lists is kept. Ex) if soft: cmd = ['ffmpeg', ..., out] else: cmd = ['ffmpeg', ...];
// cmd += [out]: each arm's assignment starts a list, grown by what is added after it and not in
// an arm its own excludes, up to a later assignment that always runs before the addition; the
// loudest counts. A use in a function nested in the one that builds it (a thread's target) reads
// the list as it stands where that function is defined, when nothing binds the name after it.
// Any other change (insert, an item assigned, a rebinding by a loop or a `with`) leaves the list
// unknown.
function extendedWords(use: SyntaxNode, model: PythonModel, depth: number): (string | null)[] | null {
  const found = model.lookup(use.text, model.scopeOf(use));
  if (!found || found.bindings.length < 2) return null;
  const anchor = nestedDefinition(use, found.scope.node, model) ?? use;
  if (anchor !== use && found.bindings.some((b) => b.node.startIndex > anchor.startIndex)) return null;
  const before = found.bindings.filter((b) => b.node.startIndex < anchor.startIndex).sort((a, b) => a.node.startIndex - b.node.startIndex);
  const isPlain = (b: Binding) => b.kind === 'assign' && !!b.value && b.node.parent?.type === 'assignment';
  const plain = before.filter(isPlain);
  if (!plain.length || before[0] !== plain[0]) return null;
  // Whether `stmt` runs whenever `node` (after it) runs: its block holds `node`.
  const always = (stmt: SyntaxNode | null, node: SyntaxNode) => !!stmt?.parent && node.startIndex >= stmt.endIndex && node.startIndex >= stmt.parent.startIndex && node.endIndex <= stmt.parent.endIndex;
  // The additions in order, each with its words and statement; null when the list is changed otherwise.
  const additions: { at: SyntaxNode; words: (string | null)[] }[] = [];
  for (const id of model.occurrences(use.text)) {
    if (id.startIndex >= anchor.startIndex || model.scopeOf(id) !== found.scope) continue;
    const parent = id.parent;
    let added: (string | null)[] | null = null;
    if (parent?.type === 'augmented_assignment' && parent.childForFieldName('left')?.id === id.id) {
      if (parent.childForFieldName('operator')?.text !== '+=') return null;
      added = argvWords(parent.childForFieldName('right')!, model, depth + 1) ?? [null];
    } else if (model.isBinding(id)) {
      if (plain.some((b) => b.node.id === id.id)) continue;
      return null;
    } else if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === id.id && parent.parent?.type === 'call') {
      const method = parent.childForFieldName('attribute')?.text;
      const args = parent.parent.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
      if (method === 'append' && args.length === 1) added = [literalText(args[0]!)];
      else if (method === 'extend' && args.length === 1) added = argvWords(args[0]!, model, depth + 1) ?? [null];
      else if (method && ['insert', 'remove', 'pop', 'clear', 'reverse', 'sort'].includes(method)) return null;
    } else if (parent?.type === 'subscript' && parent.parent?.type === 'assignment' && parent.parent.childForFieldName('left')?.id === parent.id) return null;
    if (added) additions.push({ at: parent!, words: added });
  }
  let loudest: (string | null)[] | null = null;
  for (const [k, base] of plain.entries()) {
    const later = plain.slice(k + 1).map((b) => enclosingStatement(b.node));
    // A later assignment that always runs before the call hides this one.
    if (later.some((stmt) => always(stmt, anchor))) continue;
    const words = argvWords(base.value!, model, depth + 1);
    if (!words) return null;
    const baseStmt = enclosingStatement(base.node);
    const sure = [...words];
    const maybe = [...words];
    for (const { at, words: added } of additions) {
      if (at.startIndex < base.node.startIndex || inExclusiveArm(model, base.node, at)) continue;
      if (later.some((stmt) => stmt && stmt.startIndex < at.startIndex && always(stmt, at))) continue;
      const block = enclosingStatement(at)?.parent;
      if ((block && anchor.startIndex >= block.startIndex && anchor.endIndex <= block.endIndex) || block?.id === baseStmt?.parent?.id) sure.push(...added);
      maybe.push(...added);
    }
    for (const candidate of [sure, maybe]) if (!loudest || rank(classifyArgv(candidate)) > rank(classifyArgv(loudest))) loudest = candidate;
  }
  return loudest;
}

// The function definition, nested in `outer` (a function), that holds `use` and whose own scope
// is directly inside `outer`'s; null when `use` is not in such a function.
function nestedDefinition(use: SyntaxNode, outer: SyntaxNode, model: PythonModel): SyntaxNode | null {
  if (outer.type !== 'function_definition') return null;
  for (let n = use.parent; n && n.id !== outer.id; n = n.parent) {
    if (n.type === 'function_definition' && model.scopeOf(n).node.id === outer.id) return n;
  }
  return null;
}

// shlex.split follows POSIX word rules: one simple command's words.
function classifyShellWords(text: string): (string | null)[] | null {
  const sites = commandSites(parseShell(text));
  if (!sites || sites.length !== 1) return null;
  return sites[0]!.words.map(shellWordValue);
}

/**
 * What the program a subprocess call runs writes: `args` is an argv list (or `'...'.split()`,
 * `shlex.split(...)`) without a shell, a command line with `shell=True`; anything else is unknown.
 */
export function processOutput(args: SyntaxNode | null, shell: boolean, model: PythonModel): CommandOutput {
  if (!args) return classifyShell(null);
  if (shell) {
    const n = unparenthesize(args);
    if (n.type === 'list' || n.type === 'tuple') {
      // Popen(['cmd args'], shell=True): the first item is the command line.
      const first = n.namedChildren.find((c) => c.type !== 'comment');
      return first ? shellOutput(commandOf(first, model)) : classifyShell(null);
    }
    return shellOutput(commandOf(args, model));
  }
  const words = argvWords(args, model);
  if (words) return classifyArgv(words);
  // Popen('ls -l') without a shell runs the program named by the whole string (POSIX).
  const single = literalText(args);
  if (single !== null && !/\s/.test(single.trim())) return classifyArgv([single]);
  // Ex) cmd = 'adb shell find /system -name OS*.apk'; Popen(cmd, stdout=PIPE): a string of several
  // words without a shell starts nothing on POSIX (no program has that name: the call raises);
  // on Windows it is the command line, which the program splits into its words. What it writes
  // is what those words run.
  const line = single ?? stringLine(args, model);
  if (line !== null) {
    const split = line.trim().split(/\s+/).map((w) => ([...w].every((ch) => ch === PLACEHOLDER) ? null : w.replace(/^"(.*)"$/, '$1')));
    if (split[0] !== null) return classifyArgv(split);
  }
  return classifyShell(null);
}

// The command line a string expression holds (`cmd` bound to 'adb shell ' + x, a template), when
// part of it is written here and holds a space: the words of a command, not a program's path.
// Null for anything else (a list, a value not known).
function stringLine(args: SyntaxNode, model: PythonModel): string | null {
  const command = commandOf(args, model);
  const source = command.source ? unparenthesize(command.source) : null;
  if (!source || source.type === 'list' || source.type === 'tuple' || source.type === 'identifier') return null;
  const written = command.segments.some((s) => s.map !== null && /\S\s+\S/.test(s.text));
  return written ? command.text : null;
}
