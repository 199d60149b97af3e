import fs from 'node:fs';
import path from 'node:path';
import type { CommandOutput } from '../knowledge/commands.js';
import { argument } from './analysis.js';
import type { SyntaxNode } from './parse.js';
import { PythonModel, unparenthesize } from './semantic.js';
import { importTargets, projectParser, resolvedCalls } from './wrappers.js';

/**
 * The callers of a project function or class, across the repository (item 1 of the audit of
 * issue 12): a wrapper whose command is its parameter is judged with the commands its callers
 * pass. The repository's Python files are listed and read once per run (the folder holding
 * `.git`; the names each calls are kept, not the text); a file that calls the name is parsed, once.
 * Without a repository root, or past MAX_FILES, the callers are unknown (null).
 */
const MAX_FILES = 5_000;
const SKIP = new Set(['node_modules', '__pycache__', 'site-packages', 'venv', 'env', 'build', 'dist']);

const rootCache = new Map<string, string | null>();
const listCache = new Map<string, string[] | null>();
// Per repository root: name -> the files that call something by that name (`name(`), read once.
const callIndex = new Map<string, Map<string, string[]>>();
const modelCache = new Map<string, PythonModel | null>();


function repositoryRoot(file: string): string | null {
  const dir = path.dirname(path.resolve(file));
  let hit = rootCache.get(dir);
  if (hit !== undefined) return hit;
  hit = null;
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) { hit = d; break; }
    if (path.dirname(d) === d) break;
  }
  rootCache.set(dir, hit);
  return hit;
}

function pythonFiles(root: string): string[] | null {
  if (listCache.has(root)) return listCache.get(root)!;
  const out: string[] = [];
  const stack = [root];
  let ok = true;
  while (stack.length && ok) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile() && e.name.endsWith('.py')) {
        out.push(full);
        if (out.length > MAX_FILES) { ok = false; break; }
      }
    }
  }
  const list = ok ? out : null;
  listCache.set(root, list);
  return list;
}

function textOf(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null; // unreadable: no callers there
  }
}

// Every file read once: the names it calls. The text is not kept.
function indexOf(root: string, files: string[]): Map<string, string[]> {
  let index = callIndex.get(root);
  if (index) return index;
  index = new Map();
  callIndex.set(root, index);
  for (const file of files) {
    const text = textOf(file);
    if (text === null) continue;
    const names = new Set<string>();
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) names.add(m[1]!);
    for (const n of names) {
      let list = index.get(n);
      if (!list) index.set(n, (list = []));
      list.push(file);
    }
  }
  return index;
}

// Per file: the project modules its import lines bring in (resolved paths).
const importCache = new Map<string, Set<string>>();

function importsFile(file: string, def: string): boolean {
  let targets = importCache.get(file);
  if (!targets) {
    const text = textOf(file);
    targets = new Set(text === null ? [] : [...importTargets(text, file)].map((t) => path.resolve(t.target)));
    importCache.set(file, targets);
  }
  return targets.has(def);
}

function modelOf(file: string): PythonModel | null {
  if (!modelCache.has(file)) {
    const text = textOf(file);
    let model: PythonModel | null = null;
    try {
      const parse = projectParser();
      if (text !== null && parse) model = new PythonModel(parse(text), text);
    } catch {
      /* unparsable: no callers there */
    }
    modelCache.set(file, model);
  }
  return modelCache.get(file)!;
}

export interface Caller {
  file: string;
  model: PythonModel;
  call: SyntaxNode;
}

/**
 * Every call of `name`, a module-level function or class of `defFile`, in the repository; null
 * when the callers cannot all be seen (no repository root, too many files, no parser).
 */
export function projectCallers(defFile: string, name: string): Caller[] | null {
  const root = repositoryRoot(defFile);
  const files = root && projectParser() ? pythonFiles(root) : null;
  if (!files) return null;
  const def = path.resolve(defFile);
  // An installed library (site-packages, a virtualenv) is not the project: its callers are not here.
  if (path.relative(root!, def).split(path.sep).some((part) => SKIP.has(part) || part.startsWith('.'))) return null;
  const out: Caller[] = [];
  for (const file of indexOf(root!, files).get(name) ?? []) {
    const own = path.resolve(file) === def;
    // Another module's calls reach `name` only through an import of `defFile`: read from the
    // text first, so that a file that calls some other `name(` is not parsed.
    if (!own && !importsFile(file, def)) continue;
    const model = modelOf(file);
    if (!model) continue;
    const found = resolvedCalls(model, file, own ? new Map([[name, true]]) : new Map<string, boolean>(), (target) => (path.resolve(target) === def ? new Map([[name, true]]) : new Map()));
    for (const { call } of found) out.push({ file, model, call });
  }
  return out;
}

/**
 * Ex) def run(cmd): subprocess.Popen(cmd, stdout=PIPE).wait()  - the command is `run`'s
 * parameter: the module-level function, the parameter's position and name.
 */
export function parameterOf(model: PythonModel, arg: SyntaxNode | null): { name: string; index: number; paramName: string } | null {
  const n = arg && unparenthesize(arg);
  if (n?.type !== 'identifier') return null;
  const found = model.lookup(n.text, model.scopeOf(n));
  const param = found?.bindings.find((b) => b.kind === 'param');
  const def = found?.scope.node;
  if (!param || def?.type !== 'function_definition') return null;
  const holder = def.parent?.type === 'decorated_definition' ? def.parent.parent : def.parent;
  if (holder?.type !== 'module') return null;
  const params = def.childForFieldName('parameters')?.namedChildren ?? [];
  const index = params.findIndex((p) => p.id === param.node.id || p.namedChildren.some((c) => c.id === param.node.id) || p.childForFieldName('name')?.id === param.node.id);
  const name = def.childForFieldName('name')?.text;
  if (!name || index < 0 || params.slice(0, index + 1).some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern')) return null;
  return { name, index, paramName: n.text };
}

export interface CallerVerdict {
  /** A caller whose command can fill the pipe, and where: `tools/x.py:12`. */
  growing: { output: CommandOutput; at: string } | null;
  /** Callers whose command is not known statically. */
  unseen: number;
  count: number;
}

/**
 * The commands the callers of a wrapper pass as its parameter, judged by `judge` (true: can
 * fill the pipe); null when the callers are not known.
 */
export function judgeCallers(file: string, wrapper: { name: string; index: number; paramName: string }, classify: (model: PythonModel, arg: SyntaxNode | null) => CommandOutput, grows: (output: CommandOutput) => boolean): CallerVerdict | null {
  const callers = projectCallers(file, wrapper.name);
  if (!callers || callers.length === 0) return null;
  const out: CallerVerdict = { growing: null, unseen: 0, count: callers.length };
  for (const c of callers) {
    const args = c.call.childForFieldName('arguments')?.namedChildren ?? [];
    if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) { out.unseen++; continue; }
    const output = classify(c.model, argument(c.call, wrapper.index, wrapper.paramName));
    if (output.program === null && grows(output)) out.unseen++;
    else if (grows(output) && !out.growing) out.growing = { output, at: `${path.relative(path.dirname(file), c.file) || path.basename(c.file)}:${c.call.startPosition.row + 1}` };
  }
  return out;
}
