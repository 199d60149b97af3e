import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import { classifyArgv, classifyShell, type CommandOutput, isListed } from '../knowledge/commands.js';
import { argvWords } from './argv.js';
import { programs } from './program-name.js';
import { commandOutput, loudest, loudness, usesShell } from './command.js';
import { tailOf } from './caller-tail.js';
import { ts } from './load.js';
import { type JsModel, skipOuter } from './resolve.js';
import { importedConstant } from './project-constants.js';
import { changesListInPlace } from './options.js';
import { shellTexts } from './shell-line.js';
import { callersOf, type Fn, isFn, type Site } from './callers-of.js';

/**
 * A wrapper whose command is its parameter (`execute(command) { return execSync(command) }`,
 * `exec(args, options)`, `spawnAsync(bin, args)`) runs what its callers pass. Its callers in the
 * project, in its own module and in the modules that import it (a function, a method of an
 * exported object or a static method of an exported class), are found and each one's command
 * judged by the command table, as if written in the wrapper: `Utils.execute(Constants.LINUX_COMMAND)`
 * with `static readonly LINUX_COMMAND = 'df -P'` in another module is `df -P`. Callers in tests
 * do not count; without a caller outside them the command stays the caller's (an API's).
 */

/** Where a command of the spawn comes from: the wrapper's parameter `index`, whole or its first or other items (`args[0]`, `args.slice(1)`). */
interface ParamRef {
  /** The function whose parameter it is: the wrapper (the spawn may sit in a callback inside it, `new Promise((resolve) => exec(...))`). */
  fn: Fn;
  index: number;
  pick: 'whole' | 'first' | 'rest';
  /** Words the wrapper writes before the parameter's (`['-C', root, ...args]`): `-C` and a word not known. */
  prefix?: (string | null)[];
}

function paramRef(model: JsModel, expr: TS.Expression | undefined): ParamRef | null {
  if (!expr || ts.isSpreadElement(expr)) return null;
  let e = model.initializerOf(expr);
  let pick: ParamRef['pick'] = 'whole';
  if (ts.isElementAccessExpression(e) && ts.isNumericLiteral(skipOuter(e.argumentExpression)) && skipOuter(e.argumentExpression).getText() === '0') {
    pick = 'first';
    e = skipOuter(e.expression);
  } else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'slice' && e.arguments.length === 1 && e.arguments[0]!.getText() === '1') {
    pick = 'rest';
    e = skipOuter(e.expression.expression);
  }
  if (!ts.isIdentifier(e)) return null;
  const b = model.lookup(e);
  if (!b || b.kind !== 'param' || !ts.isParameter(b.decl) || !isFn(b.decl.parent) || b.decl.dotDotDotToken || model.isReassigned(b)) return null;
  const fn = b.decl.parent;
  return { fn, index: fn.parameters.indexOf(b.decl), pick };
}

/**
 * `this.command()` where the object or class around it has `command() { return util.dockerMachineBinPath(); }`,
 * and `util.dockerMachineBinPath()`: a call named for locating a program the table lists
 * (docker-machine). Null otherwise.
 */
function locatedProgram(model: JsModel, expr: TS.Expression, depth = 0): string | null {
  const v = skipOuter(expr);
  if (depth > 3 || !ts.isCallExpression(v) || v.arguments.length || !ts.isPropertyAccessExpression(v.expression)) return null;
  const name = v.expression.name.text;
  const m = /^(?:get)?([A-Za-z][A-Za-z0-9]*?)(?:Bin)?(?:Path|Binary|Exe|Executable)$/.exec(name);
  if (m) {
    const program = m[1]!.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
    return isListed(program) ? program : null;
  }
  if (v.expression.expression.kind !== ts.SyntaxKind.ThisKeyword) return null;
  for (let p = v.parent; p; p = p.parent) {
    if (!ts.isObjectLiteralExpression(p) && !ts.isClassLike(p)) continue;
    const members = ts.isObjectLiteralExpression(p) ? p.properties : p.members;
    const mem = members.find((x) => x.name && ts.isIdentifier(x.name) && x.name.text === name);
    const body = !mem ? undefined : ts.isMethodDeclaration(mem) ? mem.body : ts.isPropertyAssignment(mem) && (ts.isFunctionExpression(mem.initializer) || ts.isArrowFunction(mem.initializer)) ? mem.initializer.body : undefined;
    if (!body) return null;
    // Every path it returns (`null` when it finds none): one program, the same on each.
    const returned: TS.Expression[] = [];
    const visit = (n: TS.Node): void => {
      if (isFn(n)) return;
      if (ts.isReturnStatement(n) && n.expression && n.expression.kind !== ts.SyntaxKind.NullKeyword) returned.push(n.expression);
      ts.forEachChild(n, visit);
    };
    if (ts.isBlock(body)) visit(body);
    else returned.push(body);
    const names = new Set(returned.flatMap((r) => [locatedProgram(model, r, depth + 1) ?? programs(model, r)].flat()).map((n) => n?.replace(/\.exe$/i, '') ?? null));
    const [only] = names;
    return names.size === 1 && only && isListed(only) ? only : null;
  }
  return null;
}

/** What one caller runs: its argument in the wrapper's place, judged by the command table. */
function callerCommand(site: Site, shell: boolean, program: ParamRef | string[], args: ParamRef | (string | null)[]): CommandOutput {
  const { model, call } = site;
  const argAt = (i: number): TS.Expression | undefined => {
    const a = call.arguments[i];
    return a && !ts.isSpreadElement(a) ? a : undefined;
  };
  const listsAt = (a: ParamRef | (string | null)[]): (string | null)[][] => (Array.isArray(a) ? [a] : (argAt(a.index) ? callerWordLists(model, site.file, argAt(a.index)) : [[]]).map((words) => [...(a.prefix ?? []), ...words]));
  // The program written in the wrapper: the caller gives the words only.
  if (Array.isArray(program)) return loudest(program.flatMap((p) => listsAt(args).map((words) => classifyArgv([p, ...words]))));
  const arg = argAt(program.index);
  if (!arg) return classifyShell(null);
  if (shell) {
    const constant = importedConstant(model, arg);
    return loudest((constant !== null ? [constant] : shellTexts(model, arg)).map(classifyShell));
  }
  let progs: (string | null)[];
  let lists: (string | null)[][];
  if (program.pick === 'whole') {
    const constant = importedConstant(model, arg);
    progs = constant !== null ? [constant] : programs(model, arg);
    lists = listsAt(args);
  } else {
    const list = model.initializerOf(arg);
    if (!ts.isArrayLiteralExpression(list) || !list.elements.length || ts.isSpreadElement(list.elements[0]!)) return classifyArgv([null, null]);
    const located = locatedProgram(model, list.elements[0]! as TS.Expression);
    progs = located ? [located] : programs(model, list.elements[0]!);
    lists = [argvWords(model, arg).slice(1)];
  }
  return loudest(progs.flatMap((p) => lists.map((words) => classifyArgv([p, ...words]))));
}

/** At most this many word lists are judged for one caller (callerWordLists). */
const MAX_LISTS = 8;

/**
 * Ex) function git_diff(args) { return git(['diff'].concat(args)); }  git_diff(['--cached', '--name-only'])
 * The word lists a caller's argument can be: its words, and, when they end with a parameter of
 * the function the caller sits in (`['diff'].concat(args)`, `['diff', ...args]`), once for each
 * call of that function in the project, that call's words in the parameter's place (two levels
 * of callers at most, MAX_LISTS lists at most; otherwise the words, the parameter not known).
 */
function callerWordLists(model: JsModel, file: string, expr: TS.Expression | undefined, depth = 0): (string | null)[][] {
  const words = argvWords(model, expr);
  const tail = expr && depth < 2 && words.at(-1) === null ? appendedList(model, expr) : null;
  const ref = tail ? paramRef(model, tail) : null;
  if (!ref || ref.index < 0 || ref.pick !== 'whole') return [words];
  const sites = callersOf(model, ref.fn, file);
  if (!sites || sites.length > MAX_LISTS) return [words];
  const lists = sites.flatMap((site) => {
    const a = site.call.arguments[ref.index];
    return !a || ts.isSpreadElement(a) ? [[null]] : callerWordLists(site.model, site.file, a, depth + 1);
  });
  return lists.length > MAX_LISTS ? [words] : lists.map((l) => [...words.slice(0, -1), ...l]);
}

/** The list appended last to words written here: `args` in `[...].concat(args)` or `['diff', ...args]`; null otherwise. */
function appendedList(model: JsModel, expr: TS.Expression): TS.Expression | null {
  const e = model.initializerOf(expr);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'concat' && ts.isArrayLiteralExpression(skipOuter(e.expression.expression)) && e.arguments.length === 1 && !ts.isSpreadElement(e.arguments[0]!)) return e.arguments[0]!;
  if (!ts.isArrayLiteralExpression(e)) return null;
  const last = e.elements.at(-1);
  return last && ts.isSpreadElement(last) && e.elements.filter((el) => ts.isSpreadElement(el)).length === 1 ? last.expression : null;
}

function weight(o: CommandOutput): number {
  // One that walks first, then one that runs until it is stopped (a server: it writes for as long as
  // it runs, `pRun('ng serve')` among `pRun('git push')`), then one the table says grows, then one
  // not known statically (it can be anything).
  const listedGrowth = o.basis !== 'value' && o.basis !== 'unlisted' && (o.stdout === 'unbounded' || o.stderr === 'unbounded');
  return (o.scales ? 1000 : 0) + (o.serves ? 500 : 0) + (listedGrowth ? 100 : 0) + (o.basis === 'value' ? 50 : 0) + loudness(o);
}

export interface CallerCommand {
  /** The loudest caller's command, its evidence naming the callers that run it. */
  output: CommandOutput;
  /** Where the callers that run it are, relative to the wrapper's folder, each once: "platforms/linux.ts:19". */
  at: string;
  /** How many places `at` names (the messages say "the caller at" or "the callers at"). */
  places: number;
  /** Every caller's command is written in the project (none is a value only known at run time). */
  known: boolean;
  /** Each caller and what it runs (prefix-read.ts asks how a growing one uses the output). */
  judged: { site: Site; output: CommandOutput }[];
  /** The callers that tie as the loudest: the same weight and the same evidence, in source order. */
  loudest: Site[];
}

/** At most this many places are written out; the rest are counted ("and 3 more"). */
const SHOWN_PLACES = 3;

/**
 * The places of `sites`, each once (two calls on one line are one place), relative to the folder
 * of `file`: "git.ts:69", "git.ts:69 and git.ts:80", "a.ts:3, b.ts:9, c.ts:1 and 2 more".
 */
export function placesOf(sites: readonly Site[], file: string): { at: string; places: number } {
  const seen: string[] = [];
  for (const site of sites) {
    const line = site.call.getSourceFile().getLineAndCharacterOfPosition(site.call.getStart()).line + 1;
    const place = `${path.relative(path.dirname(path.resolve(file)), site.file) || path.basename(site.file)}:${line}`;
    if (!seen.includes(place)) seen.push(place);
  }
  const shown = seen.length > SHOWN_PLACES + 1 ? [...seen.slice(0, SHOWN_PLACES), `${seen.length - SHOWN_PLACES} more`] : seen;
  const at = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return { at, places: seen.length };
}

/** "the caller at a.ts:3" or "the callers at a.ts:3 and b.ts:9", with the verb in agreement when `verb` is given ("passes"). */
export function callersPhrase(named: { at: string; places: number }, verb?: 'passes' | 'hands in'): string {
  const one = named.places === 1;
  const v = verb === 'passes' ? (one ? ' passes' : ' pass') : verb === 'hands in' ? (one ? ' hands in' : ' hand in') : '';
  return `${one ? 'the caller' : 'the callers'} at ${named.at}${v}`;
}

/**
 * `via` with its evidence and places naming only the loudest callers `keep` admits (the ones a
 * finding is about: a caller that reads only the start of the output loses nothing past maxBuffer).
 * Unchanged when `keep` admits them all or none.
 */
export function namingOnly(via: CallerCommand, keep: (site: Site) => boolean, file: string): CallerCommand {
  const kept = via.loudest.filter(keep);
  if (kept.length === 0 || kept.length === via.loudest.length) return via;
  const named = placesOf(kept, file);
  const evidence = via.output.evidence.replace(callersPhrase(via, 'passes'), callersPhrase(named, 'passes'));
  return { ...via, ...named, output: { ...via.output, evidence } };
}

/**
 * The command of `call` (child_process `exec`, `execSync`, `execFile`, `spawn`...), when it is a
 * parameter of the function around it, as that function's callers in the project pass it: the
 * loudest of theirs. Null when the command is not such a parameter, or its callers are not all
 * known (an exported API no project code calls).
 */
export function callerCommandOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CallerCommand | null {
  const name = qualified.replace(/^promisify\((.*)\)$/, '$1');
  if (name === 'child_process.fork') return null;
  // exec() runs a shell line, and so does spawn(cmd, { shell: true }): the caller's text is one (Rocket.Chat's runAndBuffer).
  const shell = /\.exec(Sync)?$/.test(name) || (/\.spawn(Sync)?$/.test(name) && usesShell(model, call) === true);
  const [first, second] = call.arguments;
  const program = paramRef(model, first);
  if (!program || program.index < 0 || (shell && program.pick !== 'whole')) return null;
  const fn = program.fn;
  let args: ParamRef | (string | null)[] = [];
  if (!shell && program.pick === 'whole') {
    const ref = second ? paramRef(model, second) : null;
    const literal = second && !ts.isSpreadElement(second) && ts.isArrayLiteralExpression(model.initializerOf(second));
    if (ref && ref.fn === fn) args = ref;
    else if (ref) return null;
    else if (literal) args = argvWords(model, second);
  } else if (!shell) {
    const rest = paramRef(model, second);
    if (!rest || rest.fn !== fn || rest.index !== program.index || rest.pick !== 'rest') return null;
  }
  return loudestCaller(model, fn, file, (site) => callerCommand(site, shell, program, args));
}

/**
 * Ex) function git(args, cb) { return cp.execFile('git', args, cb); }  git(['rev-parse', 'HEAD'], done)
 * The command of a call without a shell whose program is written here and whose argument list
 * is a parameter of the function around it, as that function's callers in the project pass the
 * words: the loudest of theirs (`git rev-parse HEAD` prints a line, where `git` alone can print a
 * lot). Null when that is not the call's shape, or its callers are not all known.
 */
export function callerWordsOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string, only?: ReadonlySet<TS.Node>): CallerCommand | null {
  const name = qualified.replace(/^promisify\((.*)\)$/, '$1');
  if (!/\.(execFile|execFileSync|spawn|spawnSync)$/.test(name) || (/spawn(Sync)?$/.test(name) && usesShell(model, call) !== false)) return null;
  const written = callersArgs(model, call.arguments[0], call.arguments[1]);
  return written && loudestCaller(model, written.args.fn, file, (site) => callerCommand(site, false, written.progs, written.args), only);
}

/**
 * Ex) function git(args, cb) { return cp.execFile('git', args, cb); }
 * A program written here (one known name, or several) whose argument list is, whole, a parameter
 * of the function around the call that the function never changes: its callers choose the words.
 */
function callersArgs(model: JsModel, first: TS.Expression | undefined, second: TS.Expression | undefined): { progs: string[]; args: ParamRef } | null {
  if (!first || ts.isSpreadElement(first) || !second) return null;
  // spawn('git', ['-C', root, ...args]): the words written before the parameter's, then the caller's.
  const tail = paramRef(model, second) ? null : appendedList(model, second);
  const list = tail ?? second;
  const ref = paramRef(model, list);
  if (!ref || ref.index < 0 || ref.pick !== 'whole') return null;
  const args: ParamRef = tail ? { ...ref, prefix: argvWords(model, second).slice(0, -1) } : ref;
  const progs = programs(model, first);
  if (!progs.length || progs.some((p) => p === null)) return null;
  // args.push('-p') / args[0] = 'log' in the wrapper: its words are not only the caller's.
  const b = model.lookup(skipOuter(model.initializerOf(list)) as TS.Identifier)!;
  return model.references(b).some(changesListInPlace) ? null : { progs: progs as string[], args };
}

/** The loudest of the commands the callers of `fn` in the project run (`judge` says what one runs), the caller named. */
function loudestCaller(model: JsModel, fn: Fn, file: string, judge: (site: Site) => CommandOutput, only?: ReadonlySet<TS.Node>): CallerCommand | null {
  const all = callersOf(model, fn, file);
  if (!all) return null;
  const sites = only ? all.filter((site) => only.has(site.call)) : all;
  let best: { output: CommandOutput; site: Site } | null = null;
  let known = true;
  let interpreted = true;
  const judged: { site: Site; output: CommandOutput }[] = [];
  for (const site of sites) {
    const output = judge(site);
    judged.push({ site, output });
    if (output.basis === 'value') known = false;
    if (output.lastWrite !== 'teardown') interpreted = false;
    if (!best || weight(output) > weight(best.output)) best = { output, site };
  }
  if (!best) return null;
  // Callers that tie with the first loudest one (the same weight, the same command as the
  // evidence tells it) are named with it, each place once: naming only the first would send the
  // reader to one of several callers at random.
  const top = best;
  const loudestSites = judged.filter((j) => weight(j.output) === weight(top.output) && j.output.evidence === top.output.evidence).map((j) => j.site);
  // The child ends as an interpreter does only when every caller runs one (`npx cdk8s` and `git log`: not known).
  if (best.output.lastWrite === 'teardown' && !interpreted) {
    const { lastWrite: _, ...unknown } = best.output;
    best = { output: unknown, site: best.site };
  }
  const named = placesOf(loudestSites, file);
  const evidence = best.output.basis === 'value' ? `${callersPhrase(named, 'passes')} a command not known statically` : `${best.output.evidence}: the command ${callersPhrase(named, 'passes')}`;
  return { output: { ...best.output, evidence }, ...named, known, judged, loudest: loudestSites };
}

/** A shell line that writes the program and takes the rest from a parameter (`'pandoc ' + command`): its callers' lines, the loudest (caller-tail.ts). */
export function callerTailOf(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CallerCommand | null {
  const tail = tailOf(model, call, qualified);
  return tail && isFn(tail.fn as TS.Node) ? loudestCaller(model, tail.fn as Fn, file, tail.judge) : null;
}

/**
 * Ex) function git(args) { return spawn('git', args); }  git(['ls-files', '--error-unmatch', p]).on('close', done)
 * The command of a wrapper's child as the callers at `sites` alone pass its words: the callers that
 * leave a stream unread, where others read it (`for await (const d of git(args).stdout)`). Null
 * when the words are not the callers', or none of `sites` calls the wrapper.
 */
export function judgedOutputAt(model: JsModel, call: TS.CallExpression, qualified: string, file: string, sites: ReadonlySet<TS.Node>): CommandOutput | null {
  return commandOutput(model, call, qualified).basis === 'value' ? null : callerWordsOf(model, call, qualified, file, sites)?.output ?? null;
}

/** commandOutput(), with a wrapper's parameter judged by what its callers in the project pass (callerCommandOf, callerWordsOf). */
export function judgedOutput(model: JsModel, call: TS.CallExpression, qualified: string, file: string): CommandOutput {
  const own = commandOutput(model, call, qualified);
  return (own.basis === 'value' ? callerCommandOf(model, call, qualified, file) ?? callerTailOf(model, call, qualified, file) : callerWordsOf(model, call, qualified, file) ?? callerTailOf(model, call, qualified, file))?.output ?? own;
}
