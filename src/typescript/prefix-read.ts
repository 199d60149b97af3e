import type { ts as TS } from 'ts-morph';
import { ts } from './load.js';
import type { CommandOutput } from '../knowledge/commands.js';
import type { CallerCommand } from './caller-commands.js';
import type { Site } from './callers-of.js';
import { fnOf } from './flow.js';
import { type JsModel, skipOuter } from './resolve.js';
import { isFunctionLike } from './scope.js';

/**
 * Does exec's callback use only the start of stdout, whatever comes after it, and nothing that
 * tells a cut from a whole run? Past maxBuffer Node kills the child and still calls back with
 * the output it kept (the first maxBuffer bytes) and an ERR_CHILD_PROCESS_STDIO_MAXBUFFER
 * error. Code that reads only a prefix of stdout gets the same answer either way (audit 30:
 * how-old-is-it reads the first `Date:` of `git log --reverse`, the same in the 1 MiB Node keeps
 * as in the whole 1.85 MB log, measured). So: an inline callback whose error parameter is absent
 * or never read, whose stderr parameter is absent or never read, and whose every read of stdout
 * is a prefix (PREFIX_USE), or hands it to a callback the function around the call takes
 * (`function execute(command, callback) { exec(command, (e, out) => callback(out)); }`), when
 * every caller `via` judged (caller-commands.ts) whose command's output grows passes an inline
 * function that reads only a prefix of it, and runs a listing or a query (`outputOnly`): killed
 * part-way, it loses nothing else. A callback given by name, or one that reads the error (a cut
 * run then fails), is not.
 */
export function readsOnlyPrefix(model: JsModel, call: TS.CallExpression, via: CallerCommand | null): boolean {
  const handed = handedOn(model, call);
  if (!handed) return false;
  if (!handed.length) return true;
  if (!via) return false;
  return via.judged.every(({ site, output }) => (output.stdout !== 'unbounded' && !output.scales) || callerReadsOnlyPrefix(site, output, handed));
}

/**
 * The callers `via` judged that read only the start of what the callback hands them, for a listing
 * or a query (see readsOnlyPrefix): killed past maxBuffer, their command loses them nothing. A
 * message about the limit names the others.
 */
export function prefixOnlyCallers(model: JsModel, call: TS.CallExpression, via: CallerCommand): Set<Site> {
  const handed = handedOn(model, call);
  const found = new Set<Site>();
  if (!handed?.length) return found;
  for (const { site, output } of via.judged) if (callerReadsOnlyPrefix(site, output, handed)) found.add(site);
  return found;
}

/**
 * Where exec's inline callback hands stdout on to a callback of the function around the call, when
 * it reads stdout only as a prefix or hands it on, reads neither the error nor stderr: an empty
 * list when it only reads a prefix itself; null when it reads more, or is not such a callback.
 */
function handedOn(model: JsModel, call: TS.CallExpression): { index: number; position: number }[] | null {
  const last = call.arguments.at(-1);
  const fn = last ? skipOuter(last) : null;
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return null;
  const [err, stdout, stderr, ...rest] = fn.parameters;
  if (!stdout || rest.length) return null;
  if (err && !unread(model, err)) return null;
  if (stderr && !unread(model, stderr)) return null;
  const refs = readsOf(model, stdout);
  if (!refs?.length) return null;
  // callback(out): the callers' functions read it.
  const handed: { index: number; position: number }[] = [];
  for (const r of refs) {
    if (prefixUse(r)) continue;
    const to = handedTo(model, r, fnOf(call));
    if (!to) return null;
    handed.push(to);
  }
  return handed;
}

/** A caller running a listing or a query whose inline callback reads only a prefix of what `handed` gives it. */
function callerReadsOnlyPrefix(site: Site, output: CommandOutput, handed: { index: number; position: number }[]): boolean {
  if (!output.outputOnly) return false;
  return handed.every(({ index, position }) => {
    const arg = site.call.arguments[index];
    const cb = arg ? skipOuter(arg) : null;
    if (!cb || !(ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) return false;
    const param = cb.parameters[position];
    const reads = param ? readsOf(site.model, param) : null;
    return !!reads?.length && reads.every((r) => prefixUse(r));
  });
}

/** The reads of a parameter named by an identifier; null when destructured or not found. */
function readsOf(model: JsModel, p: TS.ParameterDeclaration): TS.Identifier[] | null {
  if (!ts.isIdentifier(p.name)) return null;
  const binding = model.lookup(p.name);
  return binding ? model.references(binding) : null;
}

/**
 * `callback(out)` where `callback` is a parameter of `outer` (the function around the exec
 * call): which parameter, and where `out` sits among the arguments.
 */
function handedTo(model: JsModel, ref: TS.Identifier, outer: TS.Node): { index: number; position: number } | null {
  const call = ref.parent;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return null;
  const position = call.arguments.indexOf(ref);
  if (position < 0) return null;
  const b = model.lookup(call.expression);
  if (!b || !ts.isParameter(b.decl) || b.decl.parent !== outer || !isFunctionLike(outer)) return null;
  const index = outer.parameters.indexOf(b.decl);
  return index >= 0 && !model.isReassigned(b) ? { index, position } : null;
}

/** A parameter nobody reads: `_`, a name with no reference. Destructured: not judged. */
function unread(model: JsModel, p: TS.ParameterDeclaration): boolean {
  if (!ts.isIdentifier(p.name)) return false;
  const binding = model.lookup(p.name);
  return !!binding && model.references(binding).length === 0;
}

/** Calls that keep the start of a text as its start: `out.toString()`, `String(out)`, `out.trim()`. */
const SAME_START = new Set(['toString', 'trim', 'trimStart', 'trimLeft']);

/**
 * PREFIX_USE: one read of stdout, through SAME_START, that looks only at its start:
 * `out.split('\n')[0]`, `const [first] = out.split(/\r?\n/)`, `out.split('\n', 1)`,
 * `out.match(/re/)` and `/re/.exec(out)` without the g flag (the first match), `out.startsWith(s)`.
 */
function prefixUse(ref: TS.Identifier): boolean {
  let e: TS.Expression = ref;
  for (;;) {
    const p = e.parent;
    if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p) || ts.isAsExpression(p)) { e = p; continue; }
    if (ts.isPropertyAccessExpression(p) && p.expression === e && SAME_START.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p && p.parent.arguments.length === 0) { e = p.parent; continue; }
    if (ts.isCallExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'String' && p.arguments.length === 1 && p.arguments[0] === e) { e = p; continue; }
    break;
  }
  const p = e.parent;
  // /re/.exec(out)
  if (ts.isCallExpression(p) && p.arguments.length === 1 && p.arguments[0] === e && ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'exec') {
    return firstMatchOnly(p.expression.expression);
  }
  if (!ts.isPropertyAccessExpression(p) || p.expression !== e) return false;
  const call = p.parent;
  if (!ts.isCallExpression(call) || call.expression !== p) return false;
  const [first, second] = call.arguments;
  switch (p.name.text) {
    case 'startsWith':
      return true;
    case 'match':
      return !!first && call.arguments.length === 1 && firstMatchOnly(first);
    case 'split': {
      if (!first) return false;
      if (second && ts.isNumericLiteral(second) && second.text === '1') return true;
      const use = call.parent;
      if (ts.isElementAccessExpression(use) && use.expression === call && ts.isNumericLiteral(use.argumentExpression) && use.argumentExpression.text === '0') return true;
      return ts.isVariableDeclaration(use) && use.initializer === call && ts.isArrayBindingPattern(use.name) && use.name.elements.length === 1;
    }
    default:
      return false;
  }
}

/** A regular expression literal without the g (or y) flag: match() and exec() give its first match. */
function firstMatchOnly(re: TS.Expression): boolean {
  const r = skipOuter(re);
  if (!ts.isRegularExpressionLiteral(r)) return false;
  const flags = r.text.slice(r.text.lastIndexOf('/') + 1);
  return !/[gy]/.test(flags);
}
