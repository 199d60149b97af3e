import { type CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * What the program a subprocess call runs writes: `args` is an argv list (or `'...'.split()`,
 * `shlex.split(...)`) without a shell, a command line with `shell=True`; anything else is unknown.
 */
export declare function processOutput(args: SyntaxNode | null, shell: boolean, model: PythonModel): CommandOutput;
