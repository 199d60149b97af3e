import { type CommandOutput } from '../knowledge/commands.js';
import type { SyntaxNode } from './parse.js';
import { type PythonModel } from './semantic.js';
/**
 * The words of an argv written item by item: a list's or a tuple's items, or the positional
 * arguments of `asyncio.create_subprocess_exec(program, *args)` (pop007), read alike.
 */
export declare function itemsWords(items: readonly SyntaxNode[], model: PythonModel, depth?: number): (string | null)[];
/**
 * What the program a subprocess call runs writes: `args` is an argv list (or `'...'.split()`,
 * `shlex.split(...)`) without a shell, a command line with `shell=True`; anything else is unknown.
 */
export declare function processOutput(args: SyntaxNode | null, shell: boolean, model: PythonModel): CommandOutput;
