import fs from 'node:fs';
import { argument } from './analysis.js';
import type { SyntaxNode, Tree } from './parse.js';
import { resolveModule } from './project.js';
import { outerExpression, PythonModel, unparenthesize } from './semantic.js';

/**
 * Project wrappers (shape 6 of issue 12): a function that starts a process and returns its
 * handle, `def run(cmd): return os.popen(cmd)`, makes every caller that drops the handle a
 * hazard. A summary says what the wrapper returns (which opener, which pipes), and which of
 * its parameters carries the command. Summaries of another module's functions are computed
 * once per module file and cached.
 */
export interface WrapperSummary {
  name: string;
  /** The opener it returns: 'os.popen' (stdout piped) or 'subprocess.Popen'. */
  opener: 'os.popen' | 'subprocess.Popen';
  /** Index of the parameter that is the command (its position in the call). */
  param: number;
  /** For Popen: the piped streams and whether stderr goes to stdout; shell=True. */
  stdout: boolean;
  stderr: boolean;
  merged: boolean;
  shell: boolean;
  /** The return statement's opener call, for messages. */
  line: number;
}

const OPENERS = new Set(['os.popen', 'platform.popen', 'subprocess.Popen']);

/** Module-level functions of `model` that return an opener's handle with a parameter as the command. */
export function wrapperSummaries(model: PythonModel): Map<string, WrapperSummary> {
  const out = new Map<string, WrapperSummary>();
  for (const fn of model.tree.rootNode.namedChildren) {
    const def = fn.type === 'decorated_definition' ? fn.childForFieldName('definition') : fn;
    if (def?.type !== 'function_definition') continue;
    const name = def.childForFieldName('name')?.text;
    const params = def.childForFieldName('parameters')?.namedChildren.map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text ?? '')) ?? [];
    const body = def.childForFieldName('body');
    if (!name || !body) continue;
    for (const stmt of body.descendantsOfType('return_statement')) {
      const value = stmt.namedChildren[0] ? unparenthesize(stmt.namedChildren[0]) : null;
      if (value?.type !== 'call') continue;
      const callee = value.childForFieldName('function');
      const qualified = callee ? model.qualifiedName(callee) : null;
      if (!qualified || !OPENERS.has(qualified)) continue;
      const cmd = argument(value, 0, qualified === 'subprocess.Popen' ? 'args' : 'cmd');
      const cmdName = cmd && unparenthesize(cmd).type === 'identifier' ? unparenthesize(cmd).text : null;
      const param = cmdName ? params.indexOf(cmdName) : -1;
      if (param < 0) continue;
      const is = (node: SyntaxNode | null, q: string) => !!node && model.qualifiedName(unparenthesize(node)) === q;
      const shellArg = argument(value, 8, 'shell');
      out.set(name, {
        name,
        opener: qualified === 'subprocess.Popen' ? 'subprocess.Popen' : 'os.popen',
        param,
        stdout: qualified !== 'subprocess.Popen' || is(argument(value, 4, 'stdout'), 'subprocess.PIPE'),
        stderr: qualified === 'subprocess.Popen' && is(argument(value, 5, 'stderr'), 'subprocess.PIPE'),
        merged: is(argument(value, 5, 'stderr'), 'subprocess.STDOUT'),
        shell: qualified !== 'subprocess.Popen' || (!!shellArg && shellArg.text === 'True'),
        line: value.startPosition.row + 1,
      });
      break;
    }
  }
  return out;
}

const moduleCache = new Map<string, Map<string, WrapperSummary>>();

// The parser, handed over by the engine once it is loaded: rules run after a parse, and the
// prefilter (importsProjectWrapper) must not load it (it reads wrapper names from the text).
let parse: ((text: string) => Tree) | null = null;
export function useParser(p: (text: string) => Tree): void {
  parse = p;
}

function moduleSummaries(file: string): Map<string, WrapperSummary> {
  let cached = moduleCache.get(file);
  if (cached) return cached;
  cached = new Map();
  moduleCache.set(file, cached);
  try {
    const text = fs.readFileSync(file, 'utf8');
    // The prefilter's question first: a module that never names an opener wraps none.
    if (parse && /popen|Popen/.test(text)) cached = wrapperSummaries(new PythonModel(parse(text), text));
    moduleCache.set(file, cached);
  } catch {
    /* unreadable or unparsable: no summaries */
  }
  return cached;
}

/** A call to a wrapper: `run(...)` defined in this module, or `sh.run(...)` / `from sh import run` from a project module. */
export interface WrapperCall {
  call: SyntaxNode;
  summary: WrapperSummary;
  where: string;
}

export function wrapperCalls(model: PythonModel, file: string | null): WrapperCall[] {
  const out: WrapperCall[] = [];
  const local = wrapperSummaries(model);
  const seen = new Set<number>();
  const consider = (name: string, resolve: (callee: SyntaxNode) => { summary: WrapperSummary; where: string } | null) => {
    for (const id of model.occurrences(name)) {
      const parent = id.parent;
      const fn = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === id.id ? parent : id;
      const callee = outerExpression(fn);
      const call = callee.parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.id !== callee.id || seen.has(call.id)) continue;
      const found = resolve(fn);
      if (found) { seen.add(call.id); out.push({ call, ...found }); }
    }
  };
  for (const [name, summary] of local) {
    consider(name, (fn) => {
      if (fn.type !== 'identifier') return null;
      const found = model.lookup(name, model.scopeOf(fn));
      return found?.scope === model.module && found.bindings.length === 1 && found.bindings[0]!.node.parent?.type === 'function_definition' ? { summary, where: `defined at line ${summary.line}` } : null;
    });
  }
  if (!file) return out;
  // Imported from the project: `from tools.sh import run` / `import tools.sh as sh; sh.run(...)`.
  const imports = model.text.matchAll(/^(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+))/gm);
  for (const m of imports) {
    const moduleName = m[1] ?? m[2]!;
    if (/^(os|subprocess|popen2|platform|sys|asyncio)$/.test(moduleName)) continue;
    const target = resolveModule(file, moduleName);
    if (!target) continue;
    for (const [name, summary] of moduleSummaries(target)) {
      consider(name, (fn) => {
        const q = model.qualifiedName(fn);
        return q === `${moduleName.replace(/^\.+/, '')}.${name}` || (moduleName.startsWith('.') && q === null && fn.type === 'identifier' && model.lookup(name, model.scopeOf(fn))?.bindings.some((b) => b.kind === 'other' && b.node.parent?.parent?.type === 'import_from_statement'))
          ? { summary, where: `defined in ${moduleName}` }
          : null;
      });
    }
  }
  return out;
}

/**
 * The prefilter's second chance (shape 6): a file that never says "popen" is still a
 * candidate when it imports a project module that defines a wrapper and names that wrapper.
 * The wrapper modules are summarised once each (the first pass), then every import line of
 * the file is matched against them.
 */
export function importsProjectWrapper(file: string, bytes: Buffer): boolean {
  // Every file of a tree comes here: its import lines are found from the word `import` in the
  // bytes (no string of the whole file), and the text is made only for a wrapper's name.
  let text: string | null = null;
  let done = -1;
  for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + IMPORT.length)) {
    // The line holding this `import` (a line ends at LF or CR, as for the /m flag).
    let start = at;
    while (start > 0 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start--;
    if (start <= done) continue;
    done = start;
    let end = bytes.indexOf(0x0a, at);
    if (end < 0) end = bytes.length;
    const m = IMPORT_LINE.exec(bytes.toString('latin1', start, end));
    if (!m) continue;
    const moduleName = m[1] ?? m[2]!;
    if (/^(os|sys|re|subprocess|time|json|logging|typing|collections|__future__)$/.test(moduleName)) continue;
    const target = resolveModule(file, moduleName);
    if (!target) continue;
    for (const name of wrapperNamesByText(target)) if (callOf(name).test((text ??= bytes.toString('latin1')))) return true;
  }
  return false;
}

const IMPORT = Buffer.from('import');
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+))/;
const callPatterns = new Map<string, RegExp>();
const callOf = (name: string) => callPatterns.get(name) ?? callPatterns.set(name, new RegExp(`\\b${name}\\s*\\(`)).get(name)!;

const namesByText = new Map<string, string[]>();

/**
 * The prefilter's view of a module (no parse): top-level functions whose body returns a call to
 * popen/Popen. It may name a function the parsed summary later rejects; then the file is
 * parsed for nothing, never missed.
 */
function wrapperNamesByText(file: string): string[] {
  let names = namesByText.get(file);
  if (names) return names;
  names = [];
  try {
    const text = fs.readFileSync(file, 'latin1');
    if (/popen|Popen/.test(text)) {
      const defs = [...text.matchAll(/^def[ \t]+(\w+)[ \t]*\(/gm)];
      for (const [i, d] of defs.entries()) {
        const body = text.slice(d.index!, defs[i + 1]?.index ?? text.length);
        if (/\breturn[ \t]+[\w.]*[pP]open\s*\(/.test(body)) names.push(d[1]!);
      }
    }
  } catch {
    /* unreadable: no names */
  }
  namesByText.set(file, names);
  return names;
}
