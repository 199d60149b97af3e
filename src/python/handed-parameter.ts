import { classifyArgv, classifyShell, type CommandOutput, handedOnLine } from '../knowledge/commands.js';
import { PLACEHOLDER } from '../shell.js';
import { itemsWords } from './argv.js';
import { commandOf } from './command.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel, unparenthesize } from './semantic.js';
import { type CommandParameter, parameterOf } from './wrappers.js';

/**
 * Ex) def SSH(COMMAND): p = Popen(['ssh', HOST, COMMAND], stdout=PIPE, stderr=PIPE) ...
 * The argv names its program, but the command that program hands on (to the remote shell of
 * `ssh`, a container's `docker exec`, `bash -c`) is a parameter of the enclosing function: what
 * is written decides nothing (`ssh` runs anything), the callers' commands do (blind audit 37:
 * Bridge's only caller passes `echo > temp.py;`). The parameter, and how a caller's argument is
 * judged: the argv with that word made of the caller's command. Null for any other argv.
 */
export interface HandedParameter {
  wrapper: CommandParameter;
  classify: (model: PythonModel, arg: SyntaxNode | null) => CommandOutput;
}

// Stands for the parameter's word while the program's line is looked for; no written word holds it.
const MARK = '\uE001';

export function handedParameter(args: SyntaxNode | null, model: PythonModel): HandedParameter | null {
  const list = args && unparenthesize(args);
  if (!list || (list.type !== 'list' && list.type !== 'tuple')) return null;
  const items = list.namedChildren.filter((c) => c.type !== 'comment');
  if (items.some((c) => c.type === 'list_splat')) return null;
  const found = items.map((c, i) => ({ i, param: i > 0 && unparenthesize(c).type === 'identifier' ? parameterOf(model, c, true) : null })).filter((p) => p.param);
  if (found.length !== 1) return null;
  const { i: at, param } = found[0]!;
  const words = itemsWords(items, model);
  if (words.length !== items.length) return null;
  // The parameter must begin the line the program hands on: then it is the command that runs.
  const marked = words.map((w, i) => (i === at ? MARK : w));
  if (!handedOnLine(marked)?.startsWith(MARK)) return null;
  const classify = (m: PythonModel, arg: SyntaxNode | null): CommandOutput => {
    // An argv list passed for one word, or nothing: not a command line known here.
    if (!arg || ['list', 'tuple'].includes(unparenthesize(arg).type)) return classifyShell(null);
    const text = commandOf(arg, m).text;
    // A command not known statically, or one that starts with a word not known: its program is not known.
    if (text.trim() === '' || text.trimStart().startsWith(PLACEHOLDER)) return classifyShell(null);
    return classifyArgv(words.map((w, i) => (i === at ? text : w)));
  };
  return { wrapper: param!, classify };
}
