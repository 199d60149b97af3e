import { type CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
import { type CommandParameter } from './wrappers.js';
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
export declare function handedParameter(args: SyntaxNode | null, model: PythonModel): HandedParameter | null;
